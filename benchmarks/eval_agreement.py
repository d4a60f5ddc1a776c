"""How far two labellers agree on who said what, and how the system compares with each.

    python benchmarks/eval_agreement.py            # every set labelled twice
    python benchmarks/eval_agreement.py --show     # and list each disagreement
    python benchmarks/eval_agreement.py --set dev84 dev86   # only these sets

`benchmarks/attribution/second/<set>.jsonl` is a second, independent labelling of
`benchmarks/attribution/<set>.jsonl`: another labeller, the same RULES.md, without sight of
the first labels, of the code or of its output. Each gold sentence is matched to the
statement our segmenter makes of it (as in eval_attribution.py); two labels of the same
statement agree under the same matching rules that score the system (`correct`).

This gives the ceiling that sentence-level speaker accuracy can be read against: a system
cannot be expected to agree with one labeller more often than a second labeller does.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from eval_attribution import DATASETS, correct, load_docs, statement_index  # noqa: E402

from analysis.pipeline import statements_of  # noqa: E402

SECOND = HERE / "attribution" / "second"


def _as_row(label: dict) -> dict:
    return {"speaker_kind": label["kind"], "speaker": label["speaker"] or "",
            "members": "; ".join(label.get("members") or [])}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--show", action="store_true", help="list each disagreement between the labellers")
    parser.add_argument("--set", nargs="+", metavar="NAME", help="only these sets (default: every set labelled twice)")
    args = parser.parse_args()
    if not DATASETS.is_dir():
        print(f"skipped: {DATASETS} is absent")
        return 0
    total = agree = system_a = system_b = system_agreed = 0
    paths = sorted(SECOND.glob("*.jsonl"))
    if args.set:
        unknown = sorted(set(args.set) - {p.stem for p in paths})
        if unknown:
            parser.error(f"no second labelling of {', '.join(unknown)} in {SECOND}; "
                         f"choose from {', '.join(p.stem for p in paths)}")
        paths = [p for p in paths if p.stem in args.set]
    for path in paths:
        first = [json.loads(x) for x in (HERE / "attribution" / path.name).read_text(encoding="utf-8").splitlines()
                 if x.strip()]
        second = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]
        docs = load_docs(first)
        rows = {doc_id: statements_of(doc)[0] for doc_id, doc in docs.items()}

        by_statement = {(g["doc"], statement_index(rows[g["doc"]], g["sentence_contains"])): g for g in second}
        n = same = sys_a = sys_b = sys_agreed = 0
        for a in first:
            i = statement_index(rows[a["doc"]], a["sentence_contains"])
            b = by_statement.get((a["doc"], i))
            if i is None or b is None:
                continue  # (a sentence one labeller left out: not comparable)
            n += 1
            ok = correct(a, _as_row(b))
            same += ok
            row = rows[a["doc"]][i]
            right = correct(a, row)
            sys_a += right
            sys_b += correct(b, row)
            sys_agreed += ok and right
            if args.show and not ok:
                print(f"- {a['doc'][-60:]} | {a['sentence_contains']!r}\n"
                      f"    first  {a['kind']}: {a['speaker']!r} members={a.get('members')}\n"
                      f"    second {b['kind']}: {b['speaker']!r} members={b.get('members')}")
        print(f"{path.stem}: labellers agree on {same}/{n} = {same / max(n, 1):.3f}; "
              f"system vs first {sys_a / max(n, 1):.3f}, vs second {sys_b / max(n, 1):.3f}; "
              f"on the sentences both agree on {sys_agreed}/{same} = {sys_agreed / max(same, 1):.3f}")
        total, agree, system_a, system_b = total + n, agree + same, system_a + sys_a, system_b + sys_b
        system_agreed += sys_agreed
    print(f"pooled: labellers agree on {agree}/{total} = {agree / max(total, 1):.3f}; "
          f"system vs first {system_a}/{total} = {system_a / max(total, 1):.3f}, "
          f"vs second {system_b}/{total} = {system_b / max(total, 1):.3f}; "
          f"on the sentences both agree on {system_agreed}/{agree} = {system_agreed / max(agree, 1):.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
