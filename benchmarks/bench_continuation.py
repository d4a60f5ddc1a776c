"""Could a learned model decide continuations better than the rules?

    python benchmarks/bench_continuation.py

A sentence without a reporting verb right after reported speech either continues that
speaker's account or is the narrator's. The rules decide (``analysis.pipeline._continues``).
This script asks whether a classifier trained on the labelled sets would do better: over every
such sentence of the development and held-out sets (not the sets newer than held-out 50), the
target is "the gold speaker is the previous statement's speaker"; the features are the
sentence's words (TF-IDF of words and word pairs) and the rules' own signals (same paragraph,
``_continues``, modal verbs, amounts, quotation, first word, the previous speaker's kind). A
logistic regression is scored by 10-fold cross-validation grouped by set, against the rules and
against never continuing, per corpus. Prints the figures; changes nothing.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import numpy as np
from scipy.sparse import hstack
from sklearn.feature_extraction import DictVectorizer
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from eval_attribution import DATASETS, correct, load_docs, statement_index  # noqa: E402

from analysis import pipeline  # noqa: E402
from analysis.pipeline import statements_of  # noqa: E402

NEWEST = 50  # held-out sets after this one are kept out


def _sets() -> list[str]:
    names = sorted(p.stem for p in (HERE / "attribution").glob("*.jsonl"))
    return [n for n in names if not (n.startswith("heldout") and n[7:].isdigit() and int(n[7:]) > NEWEST)]


def examples() -> tuple[list[str], list[dict], np.ndarray, np.ndarray, list[str], np.ndarray]:
    texts, feats, target, rules, groups, corpora = [], [], [], [], [], []
    for name in _sets():
        lines = (HERE / "attribution" / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()
        labels = [json.loads(x) for x in lines if x.strip()]
        rows = {doc_id: statements_of(doc)[0] for doc_id, doc in load_docs(labels).items()}
        for gold in labels:
            rs = rows[gold["doc"]]
            i = statement_index(rs, gold["sentence_contains"])
            if not i or rs[i]["cue"]:
                continue
            prev, row = rs[i - 1], rs[i]
            if prev["speaker_kind"] == "none" or prev["cue"].startswith("("):
                continue
            text = row["text"]
            continues = gold["kind"] != "none" and correct(gold, prev)
            texts.append(text)
            feats.append({
                "same_paragraph": prev["paragraph"] == row["paragraph"],
                "rules_continue": pipeline._continues(text),
                "previous_continued": prev["cue"] == "",
                "sentence_index": min(row["sentence"], 4),
                f"previous_{prev['speaker_kind']}": 1,
                "modal": bool(pipeline._MODAL.search(text)),
                "amount": bool(pipeline._AMOUNT.search(text)),
                "quotation": text.lstrip()[:1] in "“\"",
                "first_word": re.sub(r"\W", "", text.split()[0].lower()) if text.split() else "",
            })
            target.append(int(continues))
            predicted = row["speaker_kind"] != "none"
            rules.append(int(predicted and correct(gold, row)) if continues else int(not predicted))
            groups.append(name)
            corpora.append(gold["corpus"])
    return texts, feats, np.array(target), np.array(rules), groups, np.array(corpora)


def main() -> int:
    if not DATASETS.is_dir():
        print(f"skipped: {DATASETS} is absent")
        return 0
    texts, feats, y, rules, groups, corpora = examples()
    print(f"{len(y)} sentences without a cue after reported speech; {int(y.sum())} continue it")
    for train_on in ("both corpora", "White House only"):
        predicted = np.zeros(len(y))
        for train, test in GroupKFold(n_splits=10).split(texts, y, groups):
            if train_on == "White House only":
                train = np.array([k for k in train if corpora[k] == "wh-briefings"])
            words = TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True)
            flags = DictVectorizer()
            fit_x = hstack([words.fit_transform([texts[k] for k in train]),
                            flags.fit_transform([feats[k] for k in train])]).tocsr()
            test_x = hstack([words.transform([texts[k] for k in test]),
                             flags.transform([feats[k] for k in test])]).tocsr()
            model = LogisticRegression(C=3, max_iter=2000).fit(fit_x, y[train])
            predicted[test] = model.predict_proba(test_x)[:, 1]
        for corpus in ("wh-briefings", "sg-mfa"):
            mask = corpora == corpus
            print(f"{corpus:13} n={int(mask.sum()):4}  model trained on {train_on:17}: "
                  f"{((predicted[mask] > 0.5) == y[mask]).mean():.3f}   rules: {rules[mask].mean():.3f}   "
                  f"never continue: {1 - y[mask].mean():.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
