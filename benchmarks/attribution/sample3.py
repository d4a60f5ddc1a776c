#!/usr/bin/env python3
"""Deterministic choice of the documents for the third development set (DEV3).

DEV3 = 8 wh-briefings readouts + 6 sg-mfa records, random.Random(123), drawn
from sample.py's eligible candidates after removing every document of DEV
(seed 2026), HELDOUT (seed 7) and DEV2 (seed 99) exactly as sample.py /
sample2.py select them.

The eligibility rules, the sorting of candidates and the sampling procedure are
sample.py's own functions (imported, not copied), and DEV2 is taken from
sample2.py's select(), so DEV3 changes only if the data or those scripts change.

Usage:  python3 sample3.py [--json]
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import sample  # noqa: E402
import sample2  # noqa: E402

DEV3_SEED = 123


def ids(sel: dict) -> set[str]:
    return set(sel["wh-briefings"]) | set(sel["sg-mfa"])


def select() -> dict:
    """Return {'candidates', 'DEV', 'HELDOUT', 'DEV2', 'DEV3'} selections."""
    prev = sample2.select()
    wh, sg = sample.wh_candidates(), sample.sg_candidates()
    excluded = ids(prev["DEV"]) | ids(prev["HELDOUT"]) | ids(prev["DEV2"])
    dev3 = sample.choose(DEV3_SEED, wh, sg, excluded)
    assert not ids(dev3) & excluded
    assert len(ids(dev3)) == sample.N_WH + sample.N_SG
    return {"candidates": prev["candidates"], "DEV": prev["DEV"],
            "HELDOUT": prev["HELDOUT"], "DEV2": prev["DEV2"], "DEV3": dev3,
            "excluded": len(excluded)}


def main() -> None:
    sel = select()
    dev3 = sel["DEV3"]
    if "--json" in sys.argv[1:]:
        json.dump({"candidates": sel["candidates"], "DEV3": dev3}, sys.stdout, indent=1)
        print()
        return
    c = sel["candidates"]
    print(f"# candidates: wh-briefings={c['wh-briefings']} sg-mfa={c['sg-mfa']}; "
          f"excluded DEV+HELDOUT+DEV2={sel['excluded']}")
    for corpus in ("wh-briefings", "sg-mfa"):
        for doc in dev3[corpus]:
            print(f"DEV3\t{corpus}\t{doc}")


if __name__ == "__main__":
    main()
