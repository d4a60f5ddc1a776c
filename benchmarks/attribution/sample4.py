#!/usr/bin/env python3
"""Deterministic choice of the documents for the fourth development set (DEV4).

DEV4 = 6 wh-briefings readouts + 4 sg-mfa records, random.Random(4242), drawn
from sample.py's eligible candidates after removing every document of DEV
(seed 2026), HELDOUT (seed 7), DEV2 (seed 99) and DEV3 (seed 123) exactly as
sample.py / sample2.py / sample3.py select them.

The eligibility rules and the sorting of candidates are sample.py's own
functions (imported, not copied); the sampling procedure is sample.choose()'s
(one random.Random(seed), wh-briefings drawn first, then sg-mfa) with the
smaller DEV4 sizes.  DEV..DEV3 are taken from sample3.py's select().

Usage:  python3 sample4.py [--json]
"""
from __future__ import annotations

import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import sample  # noqa: E402
import sample3  # noqa: E402

DEV4_SEED = 4242
N_WH4, N_SG4 = 6, 4


def ids(sel: dict) -> set[str]:
    return set(sel["wh-briefings"]) | set(sel["sg-mfa"])


def choose(seed: int, wh: list[str], sg: list[str], exclude: set[str]) -> dict:
    """sample.choose() with DEV4's sizes."""
    rng = random.Random(seed)
    wh_pool = [d for d in wh if d not in exclude]
    sg_pool = [d for d in sg if d not in exclude]
    return {
        "wh-briefings": rng.sample(wh_pool, N_WH4),
        "sg-mfa": rng.sample(sg_pool, N_SG4),
    }


def select() -> dict:
    """Return {'candidates', 'DEV', 'HELDOUT', 'DEV2', 'DEV3', 'DEV4'} selections."""
    prev = sample3.select()
    wh, sg = sample.wh_candidates(), sample.sg_candidates()
    excluded = (ids(prev["DEV"]) | ids(prev["HELDOUT"]) | ids(prev["DEV2"])
                | ids(prev["DEV3"]))
    dev4 = choose(DEV4_SEED, wh, sg, excluded)
    assert not ids(dev4) & excluded
    assert len(ids(dev4)) == N_WH4 + N_SG4
    return {"candidates": prev["candidates"], "DEV": prev["DEV"],
            "HELDOUT": prev["HELDOUT"], "DEV2": prev["DEV2"],
            "DEV3": prev["DEV3"], "DEV4": dev4, "excluded": len(excluded)}


def main() -> None:
    sel = select()
    dev4 = sel["DEV4"]
    if "--json" in sys.argv[1:]:
        json.dump({"candidates": sel["candidates"], "DEV4": dev4}, sys.stdout, indent=1)
        print()
        return
    c = sel["candidates"]
    print(f"# candidates: wh-briefings={c['wh-briefings']} sg-mfa={c['sg-mfa']}; "
          f"excluded DEV+HELDOUT+DEV2+DEV3={sel['excluded']}")
    for corpus in ("wh-briefings", "sg-mfa"):
        for doc in dev4[corpus]:
            print(f"DEV4\t{corpus}\t{doc}")


if __name__ == "__main__":
    main()
