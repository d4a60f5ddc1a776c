#!/usr/bin/env python3
"""Deterministic choice of the documents for the second development set (DEV2).

DEV2 = 8 wh-briefings readouts + 6 sg-mfa records, random.Random(99), drawn
from sample.py's eligible candidates after removing every document of DEV
(seed 2026) and HELDOUT (seed 7) exactly as sample.py selects them.

The eligibility rules, the sorting of candidates and the sampling procedure are
sample.py's own functions (imported, not copied), so DEV2 changes only if the
data or sample.py change.

Usage:  python3 sample2.py [--json]
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import sample  # noqa: E402

DEV2_SEED = 99


def ids(sel: dict) -> set[str]:
    return set(sel["wh-briefings"]) | set(sel["sg-mfa"])


def select() -> dict:
    """Return {'candidates', 'DEV', 'HELDOUT', 'DEV2'} selections."""
    wh, sg = sample.wh_candidates(), sample.sg_candidates()
    dev = sample.choose(sample.DEV_SEED, wh, sg, set())
    heldout = sample.choose(sample.HELDOUT_SEED, wh, sg, ids(dev))
    excluded = ids(dev) | ids(heldout)
    dev2 = sample.choose(DEV2_SEED, wh, sg, excluded)
    assert not ids(dev2) & excluded
    assert len(ids(dev2)) == sample.N_WH + sample.N_SG
    return {"candidates": {"wh-briefings": len(wh), "sg-mfa": len(sg)},
            "DEV": dev, "HELDOUT": heldout, "DEV2": dev2}


def main() -> None:
    sel = select()
    dev2 = sel["DEV2"]
    if "--json" in sys.argv[1:]:
        json.dump({"candidates": sel["candidates"], "DEV2": dev2}, sys.stdout, indent=1)
        print()
        return
    c = sel["candidates"]
    print(f"# candidates: wh-briefings={c['wh-briefings']} sg-mfa={c['sg-mfa']}; "
          f"excluded DEV+HELDOUT={len(ids(sel['DEV']) | ids(sel['HELDOUT']))}")
    for corpus in ("wh-briefings", "sg-mfa"):
        for doc in dev2[corpus]:
            print(f"DEV2\t{corpus}\t{doc}")


if __name__ == "__main__":
    main()
