#!/usr/bin/env python3
"""Deterministic choice of the documents for the fifth development set (DEV5).

DEV5 = 6 wh-briefings readouts + 4 sg-mfa records, random.Random(555), drawn
from sample.py's eligible candidates after removing every document of DEV
(seed 2026), HELDOUT (seed 7), DEV2 (seed 99), DEV3 (seed 123) and DEV4
(seed 4242) exactly as sample.py / sample2.py / sample3.py / sample4.py
select them.

The eligibility rules and the sorting of candidates are sample.py's own
functions (imported, not copied); the sampling procedure is sample.choose()'s
(one random.Random(seed), wh-briefings drawn first, then sg-mfa) with the
smaller DEV5 sizes.  DEV..DEV4 are taken from sample4.py's select().

Usage:  python3 sample5.py [--json]
"""
from __future__ import annotations

import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import sample  # noqa: E402
import sample4  # noqa: E402

DEV5_SEED = 555
N_WH5, N_SG5 = 6, 4


def ids(sel: dict) -> set[str]:
    return set(sel["wh-briefings"]) | set(sel["sg-mfa"])


def choose(seed: int, wh: list[str], sg: list[str], exclude: set[str]) -> dict:
    """sample.choose() with DEV5's sizes."""
    rng = random.Random(seed)
    wh_pool = [d for d in wh if d not in exclude]
    sg_pool = [d for d in sg if d not in exclude]
    return {
        "wh-briefings": rng.sample(wh_pool, N_WH5),
        "sg-mfa": rng.sample(sg_pool, N_SG5),
    }


def select() -> dict:
    """Return {'candidates', 'DEV', 'HELDOUT', 'DEV2', 'DEV3', 'DEV4', 'DEV5'} selections."""
    prev = sample4.select()
    wh, sg = sample.wh_candidates(), sample.sg_candidates()
    excluded = (ids(prev["DEV"]) | ids(prev["HELDOUT"]) | ids(prev["DEV2"])
                | ids(prev["DEV3"]) | ids(prev["DEV4"]))
    dev5 = choose(DEV5_SEED, wh, sg, excluded)
    assert not ids(dev5) & excluded
    assert len(ids(dev5)) == N_WH5 + N_SG5
    return {"candidates": prev["candidates"], "DEV": prev["DEV"],
            "HELDOUT": prev["HELDOUT"], "DEV2": prev["DEV2"],
            "DEV3": prev["DEV3"], "DEV4": prev["DEV4"], "DEV5": dev5,
            "excluded": len(excluded)}


def main() -> None:
    sel = select()
    dev5 = sel["DEV5"]
    if "--json" in sys.argv[1:]:
        json.dump({"candidates": sel["candidates"], "DEV5": dev5}, sys.stdout, indent=1)
        print()
        return
    c = sel["candidates"]
    print(f"# candidates: wh-briefings={c['wh-briefings']} sg-mfa={c['sg-mfa']}; "
          f"excluded DEV+HELDOUT+DEV2+DEV3+DEV4={sel['excluded']}")
    for corpus in ("wh-briefings", "sg-mfa"):
        for doc in dev5[corpus]:
            print(f"DEV5\t{corpus}\t{doc}")


if __name__ == "__main__":
    main()
