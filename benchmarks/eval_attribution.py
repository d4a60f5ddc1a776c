"""Speaker attribution accuracy on hand-labelled readouts and on the seed.

    python benchmarks/eval_attribution.py                 # seed + dev set
    python benchmarks/eval_attribution.py --set heldout   # the held-out set (never tuned on)
    python benchmarks/eval_attribution.py --set heldout5 heldout6 heldout7 heldout8  # each, and pooled
    python benchmarks/eval_attribution.py --errors        # list every wrong sentence
    python benchmarks/eval_attribution.py --all-dev       # every development set, and pooled

Matching rules (written down before measuring):
* each gold sentence is found in our statements by its `sentence_contains` phrase
  (whitespace folded); a phrase found in no statement counts as wrong;
* `none` is right when we say `none`;
* `person` is right when the kind is person and the names are equal ignoring case,
  punctuation and spacing ("Joseph R. Biden, Jr." = "Joseph R. Biden Jr.");
* `organization` is right when the kind is organization and the names are equal ignoring
  case, punctuation and a leading "the", or name the same state ("the United States" =
  "United States");
* `group` is right when the kind is group and either the speaker strings are equal (as
  above) or both member lists are non-empty and name the same people.
Sentence-level speaker accuracy = right / gold sentences.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from analysis import load_corpus  # noqa: E402
from analysis.lexicon import country_of  # noqa: E402
from analysis.pipeline import statements_of  # noqa: E402

DATASETS = ROOT.parent / "shared" / "datasets"
HERE = Path(__file__).resolve().parent / "attribution"


def norm(text: str | None) -> str:
    text = (text or "").replace("’", "'").lower()
    text = re.sub(r"^the\s+", "", text.strip())
    return re.sub(r"[^\w']+", "", text)


def fold(text: str) -> str:
    return re.sub(r"[\s\u00a0\u202f]+", " ", text).strip()


def statement_index(rows: list[dict], sentence_contains: str) -> int | None:
    """The index of the statement whose text holds a gold record's locator phrase."""
    phrase = fold(sentence_contains)
    return next((i for i, r in enumerate(rows) if phrase in fold(r["text"])), None)


def correct(gold: dict, row: dict) -> bool:
    kind = gold["kind"]
    if row["speaker_kind"] != kind:
        return False
    if kind == "none":
        return True
    if norm(gold["speaker"]) == norm(row["speaker"]):
        return True
    if kind == "organization":
        a, b = country_of(gold["speaker"] or ""), country_of(row["speaker"])
        return bool(a) and a == b
    if kind == "group":
        ours = {norm(m) for m in row["members"].split("; ") if m}
        theirs = {norm(m) for m in gold.get("members") or []}
        return bool(ours) and ours == theirs
    return False


def load_docs(labels: list[dict]) -> dict[str, object]:
    docs = {}
    wh = sorted({g["doc"] for g in labels if g["corpus"] == "wh-briefings"})
    for rel in wh:
        corpus = load_corpus(DATASETS / "wh-briefings" / rel)
        docs[rel] = corpus.documents[0]
    if any(g["corpus"] == "sg-mfa" for g in labels):
        corpus = load_corpus(DATASETS / "sg-mfa" / "statements.jsonl")
        wanted = {g["doc"] for g in labels if g["corpus"] == "sg-mfa"}
        for doc in corpus.documents:
            if doc.doc_id in wanted:
                docs[doc.doc_id] = doc
    return docs


def evaluate(labels: list[dict], docs: dict, *, show_errors: bool) -> dict:
    rows_by_doc = {doc_id: statements_of(doc)[0] for doc_id, doc in docs.items()}
    right = 0
    by_kind: Counter[str] = Counter()
    right_by_kind: Counter[str] = Counter()
    by_corpus: Counter[str] = Counter()
    right_by_corpus: Counter[str] = Counter()
    missing = 0
    for gold in labels:
        rows = rows_by_doc.get(gold["doc"], [])
        phrase = fold(gold["sentence_contains"])
        row = next((r for r in rows if phrase in fold(r["text"])), None)
        by_kind[gold["kind"]] += 1
        by_corpus[gold["corpus"]] += 1
        ok = row is not None and correct(gold, row)
        if row is None:
            missing += 1
        if ok:
            right += 1
            right_by_kind[gold["kind"]] += 1
            right_by_corpus[gold["corpus"]] += 1
        elif show_errors:
            got = "(no statement)" if row is None else f"{row['speaker_kind']}: {row['speaker']!r} [{row['cue']}] members={row['members']!r}"
            print(f"- {gold['doc'][-60:]} | {phrase!r}\n    gold {gold['kind']}: {gold['speaker']!r} members={gold.get('members')}\n    got  {got}")
    return {
        "sentences": len(labels), "right": right, "accuracy": right / max(len(labels), 1),
        "missing": missing,
        "by_kind": {k: f"{right_by_kind[k]}/{n}" for k, n in sorted(by_kind.items())},
        "by_corpus": {k: f"{right_by_corpus[k]}/{n}" for k, n in sorted(by_corpus.items())},
    }


def seed_score() -> str:
    gold = [json.loads(x) for x in open(ROOT / "tests" / "fixtures" / "seed-speakers.jsonl", encoding="utf-8")]
    doc = load_corpus(ROOT / "seeds").documents[0]
    rows = statements_of(doc)[0]
    ok = sum(1 for g in gold if (r := next((r for r in rows if g["sentence_contains"] in r["text"]), None))
             and correct(g, r))
    return f"{ok}/{len(gold)} (statements produced: {len(rows)})"


def _sets() -> list[str]:
    """The labelled sets in ``benchmarks/attribution`` (dev, dev2, ..., heldout, heldout2)."""
    def key(name: str) -> tuple[int, int]:
        digits = re.sub(r"\D", "", name)
        return (name.startswith("heldout"), int(digits or 1))
    return sorted((p.stem for p in HERE.glob("*.jsonl")), key=key)


def main() -> int:
    sets = _sets()
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--set", choices=sets, default=["dev"], nargs="+",
                        help="one or more sets; several are also pooled")
    parser.add_argument("--all-dev", action="store_true",
                        help="every development set (never the held-out ones), one line each, and pooled")
    parser.add_argument("--errors", action="store_true")
    args = parser.parse_args()
    if not DATASETS.is_dir():
        print(f"skipped: {DATASETS} is absent")
        return 0
    print(f"seed: {seed_score()}")
    chosen = [s for s in sets if not s.startswith("heldout")] if args.all_dev else args.set
    right = total = 0
    for name in chosen:
        labels = [json.loads(x) for x in open(HERE / f"{name}.jsonl", encoding="utf-8") if x.strip()]
        docs = load_docs(labels)
        result = evaluate(labels, docs, show_errors=args.errors)
        right, total = right + result["right"], total + result["sentences"]
        print(f"{name}: {result['right']}/{result['sentences']} = {result['accuracy']:.3f} "
              f"sentence-level speaker accuracy over {len(docs)} documents "
              f"({result['missing']} gold sentences not found as statements)")
        if not args.all_dev and len(chosen) == 1:
            print(f"  by kind:   {result['by_kind']}")
            print(f"  by corpus: {result['by_corpus']}")
    if args.all_dev:
        print(f"all development sets: {right}/{total} = {right / max(total, 1):.3f}")
    elif len(chosen) > 1:
        print(f"pooled ({', '.join(chosen)}): {right}/{total} = {right / max(total, 1):.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
