"""Source attribution on PolNeAR (Newell, Margolin and Ruths, LREC 2018), train and dev only.

    python benchmarks/eval_polnear.py                 # dev split
    python benchmarks/eval_polnear.py --split train
    python benchmarks/eval_polnear.py --breakdown     # where the relations not found are

The test split is never read. Matching rules (written before measuring):
* gold: every attribution relation with an explicit source, one annotator per article
  (the first annotator id in sorted order);
* predictions: every statement to which Communiqué attributes a speaker from the text
  (kind person, group or organization), with its source span (the subject: "Wang", "he",
  "The two sides") and its cue span ("said", "exchanged views");
* a prediction matches a gold relation when its cue span overlaps the gold cue and its
  source span overlaps the gold source (lenient); "exact" also requires the source spans to
  be identical (citron's exact-match source measure);
* precision = matched predictions / predictions; recall = matched gold relations / gold
  relations. Communiqué makes at most one attribution per sentence, while PolNeAR also
  annotates beliefs and nested attributions, so recall is bounded below 1.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from analysis.corpus import Document  # noqa: E402
from analysis.pipeline import statements_of  # noqa: E402

POLNEAR = ROOT.parent / "shared" / "datasets" / "polnear"


def overlaps(a: tuple[int, int], spans: list[list[int]]) -> bool:
    return any(a[0] < e and s < a[1] for s, e in spans)


def predictions(text: str, sentences: list[tuple[int, int]] | None = None) -> list[dict]:
    """(source span, cue span, speaker) per attributed statement, in raw-text offsets
    (and, into ``sentences`` when given, every statement's span)."""
    rows, _ = statements_of(Document(doc_id="x", text=text))
    out = []
    pos = 0
    for row in rows:
        start = text.find(row["text"], pos)
        if start < 0:
            continue
        pos = start + len(row["text"])
        if sentences is not None:
            sentences.append((start, pos))
        if row["source_span"] is None or row["cue_span"] is None:
            continue
        out.append({
            "source": (start + row["source_span"][0], start + row["source_span"][1]),
            "cue": (start + row["cue_span"][0], start + row["cue_span"][1]),
            "speaker": row["speaker"],
        })
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--split", choices=("dev", "train"), default="dev")
    parser.add_argument("--breakdown", action="store_true",
                        help="also say where the gold relations not found are: in a sentence whose one attribution "
                             "is another gold relation, one attributed to someone else, or one attributed to nobody")
    args = parser.parse_args()
    if not POLNEAR.is_dir():
        print(f"skipped: {POLNEAR} is absent")
        return 0
    relations: dict[str, dict[str, list[dict]]] = defaultdict(lambda: defaultdict(list))
    with open(POLNEAR / "polnear_attributions.jsonl", encoding="utf-8") as fh:
        for line in fh:
            rel = json.loads(line)
            if rel["compartment"] != args.split or rel["no_source"]:
                continue
            relations[rel["article"]][rel["annotator"]].append(rel)
    n_pred = n_pred_ok = n_gold = n_gold_ok = n_exact = 0
    breakdown: Counter[str] = Counter()
    started = time.perf_counter()
    for article, by_annotator in sorted(relations.items()):
        gold = by_annotator[sorted(by_annotator)[0]]
        text = (POLNEAR / "data" / args.split / "text" / f"{article}.txt").read_text(encoding="utf-8")
        sentences: list[tuple[int, int]] = []
        preds = predictions(text, sentences)
        gold_spans = [([f for s in g["source"] for f in s["fragments"]],
                       [f for c in g["cue"] for f in c["fragments"]]) for g in gold]
        n_gold += len(gold_spans)
        n_pred += len(preds)
        matched_gold = set()
        for p in preds:
            hit = [i for i, (src, cue) in enumerate(gold_spans) if overlaps(p["cue"], cue) and overlaps(p["source"], src)]
            if hit:
                n_pred_ok += 1
                matched_gold.update(hit)
                if any([list(p["source"])] == gold_spans[i][0] for i in hit):
                    n_exact += 1
        n_gold_ok += len(matched_gold)
        if args.breakdown:
            for i, (src, cue) in enumerate(gold_spans):
                if i in matched_gold or not cue:
                    continue
                sent = next(((s, e) for s, e in sentences if s <= cue[0][0] < e), None)
                there = [p for p in preds if sent is not None and sent[0] <= p["cue"][0] < sent[1]]
                if not there:
                    breakdown["sentence attributed to nobody"] += 1
                elif any(overlaps(p["cue"], c) and overlaps(p["source"], s_)
                         for p in there for j, (s_, c) in enumerate(gold_spans) if j != i):
                    breakdown["sentence's one attribution is another gold relation"] += 1
                else:
                    breakdown["sentence attributed otherwise"] += 1
    elapsed = time.perf_counter() - started
    p = n_pred_ok / max(n_pred, 1)
    r = n_gold_ok / max(n_gold, 1)
    f = 2 * p * r / max(p + r, 1e-9)
    pe = n_exact / max(n_pred, 1)
    print(f"PolNeAR {args.split}: {len(relations)} articles, {n_gold} gold relations with a source, "
          f"{n_pred} predicted attributions ({elapsed:.1f} s)")
    print(f"  lenient (cue and source overlap): precision {p:.3f}, recall {r:.3f}, F1 {f:.3f}")
    print(f"  exact source span:                precision {pe:.3f}")
    if args.breakdown:
        print(f"  gold relations found: {n_gold_ok} of {n_gold}; the others:")
        for what, n in breakdown.most_common():
            print(f"    {n:>6}  {what}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
