#!/usr/bin/env python3
"""Deterministic choice of the documents for the attribution evaluation sets.

Prints the ids of the documents in disjoint sets, each drawn (random.Random(seed))
from the candidates left after every earlier set is removed:

  DEV     = 8 wh-briefings readouts + 6 sg-mfa records, seed 2026
  HELDOUT = 8 + 6, seed 7 (never used to change a rule)
  DEV2    = 8 + 6, seed 99;  DEV3 = 8 + 6, seed 123
  DEV4    = 6 + 4, seed 4242;  DEV5 = 6 + 4, seed 555
  DEV6    = 6 + 4, seed 606;   DEV7 = 6 + 4, seed 707
  HELDOUT2 = 8 + 6, seed 8888 (labelled apart, measured once at the end of session 2)
  DEV8    = 6 + 4, seed 808;   DEV9 = 6 + 4, seed 909
  DEV10   = 6 + 4, seed 1010;  DEV11 = 6 + 4, seed 1111
  DEV12   = 6 + 4, seed 1212;  DEV13 = 6 + 4, seed 1313
  DEV14   = 8 + 6, seed 1414;  DEV15 = 8 + 6, seed 1515
  DEV16   = 8 + 6, seed 1616;  DEV17 = 8 + 6, seed 1717
  DEV18   = 8 + 6, seed 1818;  DEV19 = 8 + 6, seed 1919
  DEV20   = 8 + 6, seed 2020;  DEV21 = 8 + 6, seed 2121
  DEV22   = 8 + 6, seed 2222;  DEV23 = 8 + 6, seed 2323
  DEV24   = 8 + 6, seed 2424;  DEV25 = 8 + 6, seed 2525
  HELDOUT3 = 8 + 6, seed 9999 (labelled apart after the last rule change, measured once)
  DEV26   = 8 + 6, seed 2626;  DEV27 = 8 + 6, seed 2727
  HELDOUT4 = 8 + 6, seed 31415 (labelled apart, measured once after the last rule change)
  DEV28   = 8 + 6, seed 2828;  DEV29 = 8 + 6, seed 2929
  HELDOUT5, HELDOUT6, HELDOUT7 = 8 + 6 each, seeds 5151, 6161, 7171 (session 3: labelled
           apart at its start, measured once when its rules were done)
  DEV30 .. DEV33 = 8 + 6 each, seeds 3030, 3131, 3232, 3333
  HELDOUT8 = 8 + 6, seed 8181 (session 3, labelled apart, measured once at its end)
  DEV34 .. DEV44 = 8 + 6 each, seeds 3434, 3535, ..., 4040, 4141, 42421, 4343, 4444
  DEV45 .. DEV48 = 10 + 4 each (the last sg-mfa candidates), seeds 4545, 4646, 4747, 4848
  HELDOUT9 .. HELDOUT12 = 8 + 4 each, seeds 9191, 10101, 11111, 12121 (session 4: labelled
           apart at its start, measured once when its rules were done).  Their sg-mfa
           records come from the LONG pool (bodies of 451-650 words), as every record of
           the 60-450 pool was taken by the sets above.
  DEV49, DEV50 = 12 + 0 each, seeds 4949, 5050 (wh-briefings only)
  DEV51 .. DEV54 = 12 + 0 each, seeds 5151_1, 5252, 5353, 5454 (wh-briefings only)
  DEV55 .. DEV58 = 12 + 0 each, seeds 5555, 5656, 5757, 5858 (wh-briefings only)
  DEV59 .. DEV62 = 12 + 0 each, seeds 5959, 6060, 6161_1, 6262 (wh-briefings only)
  DEV63 .. DEV66 = 12 + 0 each, seeds 6363, 6464, 6565, 6666 (wh-briefings only)
  DEV67 .. DEV70 = 12 + 0 each, seeds 6767, 6868, 6969, 7070 (wh-briefings only)
  HELDOUT13 .. HELDOUT16 = 12 + 0 each, seeds 13131, 14141, 15151, 16161 (wh-briefings only;
           session 4: labelled apart after its last rule, measured once)
  HELDOUT17 .. HELDOUT20 = 12 + 0 each, seeds 17171, 18181, 19191, 20202 (wh-briefings only;
           session 5: labelled apart at its start, measured once when its rules were done)
  HELDOUT21, HELDOUT22 = 0 + 8 and 0 + 7, seeds 21212, 22222: every sg-mfa record left, from
           the EXTRA pool (bodies of 20-59 or 651-900 words; session 5, as HELDOUT17-20)
  HELDOUT23 .. HELDOUT26 = 12 + 0 each, seeds 23232, 24242, 25252, 26262 (wh-briefings only;
           session 5: labelled apart after HELDOUT17-22 were measured, measured once at its end)
  HELDOUT27 .. HELDOUT29 = 12 + 0 each, seeds 27272, 28282, 29292 (wh-briefings only), and
  HELDOUT30 = 0 + 2, seed 30303, from the XL pool (sg-mfa bodies of 901-1300 words, without the
           two records whose system output was looked at during session 5, SEEN_XL): session 5,
           labelled apart after HELDOUT23-26 were measured, measured once at its end
  HELDOUT31 .. HELDOUT34 = 12 + 0 each, seeds 31313, 32323, 34343, 35353 (wh-briefings only;
           session 5: labelled apart after HELDOUT27-30 were measured, measured once at its end)
  HELDOUT35 .. HELDOUT38 = 12 + 0 each, seeds 36363, 37373, 38383, 39393 (wh-briefings only), and
  HELDOUT39 = 0 + 2, seed 40404, from the XXL pool (sg-mfa bodies of 1301-3000 words, without
           the records whose system output was looked at, SEEN_XL): session 6, labelled apart
           at its start, measured once mid-session (then development material)
  HELDOUT40 = 0 + 2, seed 41414, the XXL pool's last records, and HELDOUT41 .. HELDOUT44 =
           12 + 0 each, seeds 42424, 43434, 44444, 45454 (wh-briefings only): drawn late in
           session 6, after HELDOUT35-39 were measured, without the documents whose system
           output session 6 had looked at (AFTER_SESSION6, seen-session6.txt); measured once
           with the session's final rules
  HELDOUT45 .. HELDOUT50 = 12 + 0 each, seeds 46464, 47474, 48484, 49494, 50505, 51515
           (wh-briefings only): drawn at the start of session 7, without the documents whose
           system output session 6 had looked at (as HELDOUT41-44); labelled apart and measured
           once with the session's final rules
  HELDOUT51 = 19 + 0, seed 52525: the last short wh-briefings readouts, and HELDOUT52, HELDOUT53 =
           6 + 0 each, seeds 53535, 54545, from the WH_LONG pool: drawn late in session 7, after
           HELDOUT45-50 were measured, without the documents whose system output sessions 6 and 7
           looked at (seen-session6.txt, seen-session7.txt); measured once with the final rules
  HELDOUT54, HELDOUT55 = 6 + 0 each, seeds 55555, 56565, from the WH_LONG pool, drawn as HELDOUT51-53
           after those were measured; measured once with the final rules
  HELDOUT56 = 5 + 0, seed 57575: the last long readouts (WH_LONG); HELDOUT57, HELDOUT58 = 4 + 0
           and 3 + 0, seeds 58585, 59595, from the WH_XL pool (wh-briefings readouts of 901-1500
           body words); HELDOUT59 = 34 + 0, seed 60606, from the WH_TINY pool (readouts of 1-59
           body words): every readout never drawn and never looked at, drawn at the start of
           session 8 (without seen-session6.txt and seen-session7.txt); measured once at its end
  DEV83 .. DEV85 = 7 + 0 each, seeds 8383, 8484, 8585, from the WH_LONG pool, and DEV86, DEV87 =
           4 + 0 and 3 + 0, seeds 8686, 8787, from the WH_XL pool: the readouts left, all of them
           documents whose system output earlier sessions looked at (development material, session 8)
  HELDOUT60, HELDOUT61 = 6 + 0 each, seeds 61616, 62626, from the WH_TITLED pool: the readouts whose
           title names a readout without starting with "Readout" ("Joint Readout of ...", "READOUT:
           ...", "White House Readout of ..."), which every earlier set left out, without the
           documents whose output sessions 6-7 looked at: drawn late in session 8, after HELDOUT56-59
           were measured; measured once with the final rules
  HELDOUT62 .. HELDOUT64 = 0 + 12 each, seeds 63636, 64646, 65656, from the SG_REST pool: the
           sg-mfa records of 20-900 body words that every earlier set left out because their body
           and title hold none of KEYWORDS (visits, announcements, statements of condolence,
           congratulation or condemnation), without the records whose output was looked at
           (SEEN_XL, SEEN_SESSION6_SG): drawn at the start of session 9, labelled apart, measured
           once at its end
  DEV88, DEV89 = 0 + 12 each, seeds 8888_1, 8989, from the SG_REST pool after HELDOUT62-64 were
           drawn: development material (session 9)
  DEV71 .. DEV82 = 6 + 0 each, seeds 7171_1, 7272, 7373, 7474, 7575, 7676, 7777, 7878, 7979,
           8080, 8181_1, 8282, from
           the WH_LONG pool (wh-briefings readouts of 451-900 body words, never drawn before):
           development material labelled in session 7

Document ids:
  wh-briefings : path relative to the dataset root,
                 e.g. 'readouts/statements-releases/2023-11/xyz.md'
  sg-mfa       : the record's `url`

Eligibility:
  wh-briefings : every readouts/**.md whose front-matter `title` starts with
                 "Readout" and whose body (text after the front matter,
                 without the closing '\\###') has 60-450 words.
  sg-mfa       : records that look like a meeting/call readout or a press
                 statement -- the content mentions one of KEYWORDS, and the
                 title is not one of the other genres in EXCLUDE_TITLE
                 (written replies to parliamentary questions, transcripts,
                 speeches, letters, appointments, ...) -- and whose body
                 (content before the 'MINISTRY OF FOREIGN AFFAIRS' /
                 "PRIME MINISTER'S OFFICE" sign-off) has 60-450 words and
                 contains no duplicated paragraph (scraping artefact).
                 Sets named in SG_LONG draw from the same records with
                 451-650 body words instead (the LONG pool); sets named in
                 SG_EXTRA draw from records of 20-59 or 651-900 body words
                 (the EXTRA pool: what was left when both were used up); sets
                 named in SG_XL draw from records of 901-1300 body words, and
                 SG_XXL from records of 1301-3000 body words.

Words are whitespace-separated tokens.  Candidates are sorted by id before
sampling, so the output depends only on the data and the seeds.

Usage:  python3 sample.py [SET ...] [--json]      (default: every set)
"""
from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
DATASETS = Path(__file__).resolve().parents[3] / "shared" / "datasets"
WH_ROOT = DATASETS / "wh-briefings"
SG_FILE = DATASETS / "sg-mfa" / "statements.jsonl"

MIN_WORDS, MAX_WORDS = 60, 450
LONG_MAX_WORDS = 650
N_WH, N_SG = 8, 6
DEV_SEED, HELDOUT_SEED = 2026, 7
# (name, seed, wh-briefings readouts, sg-mfa records), in the order they were drawn
SETS = (
    ("DEV", DEV_SEED, 8, 6),
    ("HELDOUT", HELDOUT_SEED, 8, 6),
    ("DEV2", 99, 8, 6),
    ("DEV3", 123, 8, 6),
    ("DEV4", 4242, 6, 4),
    ("DEV5", 555, 6, 4),
    ("DEV6", 606, 6, 4),
    ("DEV7", 707, 6, 4),
    ("HELDOUT2", 8888, 8, 6),
    ("DEV8", 808, 6, 4),
    ("DEV9", 909, 6, 4),
    ("DEV10", 1010, 6, 4),
    ("DEV11", 1111, 6, 4),
    ("DEV12", 1212, 6, 4),
    ("DEV13", 1313, 6, 4),
    ("DEV14", 1414, 8, 6),
    ("DEV15", 1515, 8, 6),
    ("DEV16", 1616, 8, 6),
    ("DEV17", 1717, 8, 6),
    ("DEV18", 1818, 8, 6),
    ("DEV19", 1919, 8, 6),
    ("DEV20", 2020, 8, 6),
    ("DEV21", 2121, 8, 6),
    ("DEV22", 2222, 8, 6),
    ("DEV23", 2323, 8, 6),
    ("DEV24", 2424, 8, 6),
    ("DEV25", 2525, 8, 6),
    ("HELDOUT3", 9999, 8, 6),
    ("DEV26", 2626, 8, 6),
    ("DEV27", 2727, 8, 6),
    ("HELDOUT4", 31415, 8, 6),
    ("DEV28", 2828, 8, 6),
    ("DEV29", 2929, 8, 6),
    ("HELDOUT5", 5151, 8, 6),
    ("HELDOUT6", 6161, 8, 6),
    ("HELDOUT7", 7171, 8, 6),
    ("DEV30", 3030, 8, 6),
    ("DEV31", 3131, 8, 6),
    ("DEV32", 3232, 8, 6),
    ("DEV33", 3333, 8, 6),
    ("HELDOUT8", 8181, 8, 6),
    ("DEV34", 3434, 8, 6),
    ("DEV35", 3535, 8, 6),
    ("DEV36", 3636, 8, 6),
    ("DEV37", 3737, 8, 6),
    ("DEV38", 3838, 8, 6),
    ("DEV39", 3939, 8, 6),
    ("DEV40", 4040, 8, 6),
    ("DEV41", 4141, 8, 6),
    ("DEV42", 4242_1, 8, 6),
    ("DEV43", 4343, 8, 6),
    ("DEV44", 4444, 8, 6),
    ("DEV45", 4545, 10, 4),
    ("DEV46", 4646, 10, 4),
    ("DEV47", 4747, 10, 4),
    ("DEV48", 4848, 10, 4),
    ("HELDOUT9", 9191, 8, 4),
    ("HELDOUT10", 10101, 8, 4),
    ("HELDOUT11", 11111, 8, 4),
    ("HELDOUT12", 12121, 8, 4),
    ("DEV49", 4949, 12, 0),
    ("DEV50", 5050, 12, 0),
    ("DEV51", 5151_1, 12, 0),
    ("DEV52", 5252, 12, 0),
    ("DEV53", 5353, 12, 0),
    ("DEV54", 5454, 12, 0),
    ("DEV55", 5555, 12, 0),
    ("DEV56", 5656, 12, 0),
    ("DEV57", 5757, 12, 0),
    ("DEV58", 5858, 12, 0),
    ("DEV59", 5959, 12, 0),
    ("DEV60", 6060, 12, 0),
    ("DEV61", 6161_1, 12, 0),
    ("DEV62", 6262, 12, 0),
    ("DEV63", 6363, 12, 0),
    ("DEV64", 6464, 12, 0),
    ("DEV65", 6565, 12, 0),
    ("DEV66", 6666, 12, 0),
    ("DEV67", 6767, 12, 0),
    ("DEV68", 6868, 12, 0),
    ("DEV69", 6969, 12, 0),
    ("DEV70", 7070, 12, 0),
    ("HELDOUT13", 13131, 12, 0),
    ("HELDOUT14", 14141, 12, 0),
    ("HELDOUT15", 15151, 12, 0),
    ("HELDOUT16", 16161, 12, 0),
    ("HELDOUT17", 17171, 12, 0),
    ("HELDOUT18", 18181, 12, 0),
    ("HELDOUT19", 19191, 12, 0),
    ("HELDOUT20", 20202, 12, 0),
    ("HELDOUT21", 21212, 0, 8),
    ("HELDOUT22", 22222, 0, 7),
    ("HELDOUT23", 23232, 12, 0),
    ("HELDOUT24", 24242, 12, 0),
    ("HELDOUT25", 25252, 12, 0),
    ("HELDOUT26", 26262, 12, 0),
    ("HELDOUT27", 27272, 12, 0),
    ("HELDOUT28", 28282, 12, 0),
    ("HELDOUT29", 29292, 12, 0),
    ("HELDOUT30", 30303, 0, 2),
    ("HELDOUT31", 31313, 12, 0),
    ("HELDOUT32", 32323, 12, 0),
    ("HELDOUT33", 34343, 12, 0),
    ("HELDOUT34", 35353, 12, 0),
    ("HELDOUT35", 36363, 12, 0),
    ("HELDOUT36", 37373, 12, 0),
    ("HELDOUT37", 38383, 12, 0),
    ("HELDOUT38", 39393, 12, 0),
    ("HELDOUT39", 40404, 0, 2),
    ("HELDOUT40", 41414, 0, 2),
    ("HELDOUT41", 42424, 12, 0),
    ("HELDOUT42", 43434, 12, 0),
    ("HELDOUT43", 44444, 12, 0),
    ("HELDOUT44", 45454, 12, 0),
    ("HELDOUT45", 46464, 12, 0),
    ("HELDOUT46", 47474, 12, 0),
    ("HELDOUT47", 48484, 12, 0),
    ("HELDOUT48", 49494, 12, 0),
    ("HELDOUT49", 50505, 12, 0),
    ("HELDOUT50", 51515, 12, 0),
    ("DEV71", 7171_1, 6, 0),
    ("DEV72", 7272, 6, 0),
    ("DEV73", 7373, 6, 0),
    ("DEV74", 7474, 6, 0),
    ("DEV75", 7575, 6, 0),
    ("DEV76", 7676, 6, 0),
    ("DEV77", 7777, 6, 0),
    ("DEV78", 7878, 6, 0),
    ("DEV79", 7979, 6, 0),
    ("DEV80", 8080, 6, 0),
    ("DEV81", 8181_1, 6, 0),
    ("DEV82", 8282, 6, 0),
    ("HELDOUT51", 52525, 19, 0),
    ("HELDOUT52", 53535, 6, 0),
    ("HELDOUT53", 54545, 6, 0),
    ("HELDOUT54", 55555, 6, 0),
    ("HELDOUT55", 56565, 6, 0),
    ("HELDOUT56", 57575, 5, 0),
    ("HELDOUT57", 58585, 4, 0),
    ("HELDOUT58", 59595, 3, 0),
    ("HELDOUT59", 60606, 34, 0),
    ("DEV83", 8383, 7, 0),
    ("DEV84", 8484, 7, 0),
    ("DEV85", 8585, 7, 0),
    ("DEV86", 8686, 4, 0),
    ("DEV87", 8787, 3, 0),
    ("HELDOUT60", 61616, 6, 0),
    ("HELDOUT61", 62626, 6, 0),
    ("HELDOUT62", 63636, 0, 12),
    ("HELDOUT63", 64646, 0, 12),
    ("HELDOUT64", 65656, 0, 12),
    ("DEV88", 8888_1, 0, 12),
    ("DEV89", 8989, 0, 12),
)
# sets whose wh-briefings readouts come from the WH_LONG pool (451-900 body words)
# Sets drawn after session 7 had looked at system output too (seen-session7.txt)
AFTER_SESSION7 = frozenset({"HELDOUT51", "HELDOUT52", "HELDOUT53", "HELDOUT54", "HELDOUT55",
                            "HELDOUT56", "HELDOUT57", "HELDOUT58", "HELDOUT59", "HELDOUT60", "HELDOUT61"})
WH_LONG = frozenset({"HELDOUT52", "HELDOUT53", "HELDOUT54", "HELDOUT55", "HELDOUT56", "DEV83", "DEV84", "DEV85", "DEV71", "DEV72", "DEV73", "DEV74", "DEV75", "DEV76", "DEV77", "DEV78", "DEV79", "DEV80",
                     "DEV81", "DEV82"})
WH_LONG_MAX_WORDS = 900
# sets whose wh-briefings readouts come from the WH_XL pool (901-1500 body words)
WH_XL = frozenset({"HELDOUT57", "HELDOUT58", "DEV86", "DEV87"})
WH_XL_MAX_WORDS = 1500
# sets whose wh-briefings readouts come from the WH_TINY pool (1-59 body words)
WH_TINY = frozenset({"HELDOUT59"})
# sets whose readouts are titled otherwise ("Joint Readout of ...", "READOUT: ...", "White House Readout of")
WH_TITLED = frozenset({"HELDOUT60", "HELDOUT61"})
# sets whose sg-mfa records come from the LONG pool (451-650 body words)
SG_LONG = frozenset({"HELDOUT9", "HELDOUT10", "HELDOUT11", "HELDOUT12"})
# sets whose sg-mfa records come from the EXTRA pool (20-59 or 651-900 body words)
SG_EXTRA = frozenset({"HELDOUT21", "HELDOUT22"})
SHORT_MIN_WORDS, EXTRA_MAX_WORDS = 20, 900
# sets whose sg-mfa records come from the SG_REST pool: 20-900 body words, KEYWORDS not required
SG_REST = frozenset({"HELDOUT62", "HELDOUT63", "HELDOUT64", "DEV88", "DEV89"})
# sets whose sg-mfa records come from the XL pool (901-1300 body words)
SG_XL = frozenset({"HELDOUT30"})
XL_MAX_WORDS = 1300
# sets whose sg-mfa records come from the XXL pool (1301-3000 body words)
SG_XXL = frozenset({"HELDOUT39", "HELDOUT40"})
# Sets drawn after session 6 had looked at the system output of some undrawn documents: they
# draw without those documents (listed in seen-session6.txt, and the sg-mfa record below)
AFTER_SESSION6 = frozenset({"HELDOUT40", "HELDOUT41", "HELDOUT42", "HELDOUT43", "HELDOUT44",
                            "HELDOUT45", "HELDOUT46", "HELDOUT47", "HELDOUT48", "HELDOUT49", "HELDOUT50"})
SEEN_SESSION6_SG = frozenset({
    "https://www.mfa.gov.sg/Newsroom/Press-Statements-Transcripts-and-Photos/2023/05/20230513malikibangladesh",
})
XXL_MAX_WORDS = 3000
# XL/XXL records whose system output was looked at while developing (not "never seen")
SEEN_XL = frozenset({
    "https://www.mfa.gov.sg/Newsroom/Press-Statements-Transcripts-and-Photos/2024/02/Joint-Statement-on-the-6th-United-States",
    "https://www.mfa.gov.sg/Newsroom/Press-Statements-Transcripts-and-Photos/2022/01/20220125-Singapore-Indonesia-Leaders-Retreat",
    "https://www.mfa.gov.sg/Newsroom/Press-Statements-Transcripts-and-Photos/2023/04/BR180423",
})

KEYWORDS = re.compile(
    r"\b(met|called on|spoke|reaffirmed|discussed|welcomed|welcomes|statement)\b",
    re.IGNORECASE,
)
EXCLUDE_TITLE = re.compile(
    r"written repl|parliamentary question|transcript|remarks|speech|"
    r"interview|doorstop|letter|message|appointment|credentials|"
    r"travel advisory|photos? from|opening address|keynote|lecture",
    re.IGNORECASE,
)
SIGN_OFF = re.compile(r"^\s*(MINISTRY OF FOREIGN AFFAIRS|PRIME MINISTER['’]S OFFICE)\b")


def split_front_matter(text: str) -> tuple[dict, str]:
    """Return (front matter, body) of a wh-briefings Markdown file."""
    lines = text.split("\n")
    assert lines[0].strip() == "---", "no front matter"
    end = next(i for i in range(1, len(lines)) if lines[i].strip() == "---")
    meta = yaml.safe_load("\n".join(lines[1:end])) or {}
    body = "\n".join(lines[end + 1:])
    return meta, body


def wh_body(body: str) -> str:
    """Body without the closing '\\###' marker."""
    return re.sub(r"\n\s*\\###\s*$", "\n", body.rstrip()).strip()


def sg_body(content: str) -> str:
    """Content up to (not including) the first sign-off line."""
    kept = []
    for line in content.split("\n"):
        if SIGN_OFF.match(line):
            break
        kept.append(line)
    return "\n".join(kept).strip()


def n_words(text: str) -> int:
    return len(text.split())


def has_duplicated_text(body: str, min_words: int = 8) -> bool:
    """True if some paragraph of >= min_words words occurs more than once in
    the body (a scraping artefact in sg-mfa: the whole body glued into one
    paragraph and then repeated paragraph by paragraph).  Such documents
    cannot carry unique locator phrases, so they are not eligible."""
    for para in body.split("\n"):
        para = para.strip()
        if n_words(para) >= min_words and body.count(para) > 1:
            return True
    return False


def wh_candidates(*, min_words: int = MIN_WORDS, max_words: int = MAX_WORDS, other_titles: bool = False) -> list[str]:
    """Readouts whose title starts with "Readout" (with ``other_titles``: the other readouts,
    whose title names a readout elsewhere: "Joint Readout of ...", "READOUT: ...")."""
    out = []
    for path in sorted((WH_ROOT / "readouts").rglob("*.md")):
        meta, body = split_front_matter(path.read_text(encoding="utf-8"))
        title = str(meta.get("title", "")).strip()
        if title.startswith("Readout") == other_titles or "readout" not in title.lower():
            continue
        if min_words <= n_words(wh_body(body)) <= max_words:
            out.append(path.relative_to(WH_ROOT).as_posix())
    return sorted(out)


def sg_candidates(*, min_words: int = MIN_WORDS, max_words: int = MAX_WORDS, keywords: bool = True) -> list[str]:
    """sg-mfa records of the given body length whose title is not another genre (EXCLUDE_TITLE),
    without duplicated paragraphs, and (unless ``keywords`` is False) that mention KEYWORDS."""
    out = []
    with SG_FILE.open(encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            if EXCLUDE_TITLE.search(rec["title"]):
                continue
            body = sg_body(rec["content"])
            if keywords and not (KEYWORDS.search(body) or KEYWORDS.search(rec["title"])):
                continue
            if has_duplicated_text(body):
                continue
            if min_words <= n_words(body) <= max_words:
                out.append(rec["url"])
    return sorted(out)


def choose(seed: int, wh: list[str], sg: list[str], exclude: set[str], *,
           n_wh: int = N_WH, n_sg: int = N_SG) -> dict:
    rng = random.Random(seed)
    wh_pool = [d for d in wh if d not in exclude]
    sg_pool = [d for d in sg if d not in exclude]
    return {
        "wh-briefings": rng.sample(wh_pool, n_wh),
        "sg-mfa": rng.sample(sg_pool, n_sg),
    }


def ids(selection: dict) -> set[str]:
    return set(selection["wh-briefings"]) | set(selection["sg-mfa"])


def select() -> dict:
    """Every set of SETS: name -> {'wh-briefings': [...], 'sg-mfa': [...]}, disjoint."""
    wh, sg = wh_candidates(), sg_candidates()
    wh_long = wh_candidates(min_words=MAX_WORDS + 1, max_words=WH_LONG_MAX_WORDS)
    wh_xl = wh_candidates(min_words=WH_LONG_MAX_WORDS + 1, max_words=WH_XL_MAX_WORDS)
    wh_tiny = wh_candidates(min_words=1, max_words=MIN_WORDS - 1)
    wh_titled = wh_candidates(min_words=1, max_words=XXL_MAX_WORDS, other_titles=True)
    sg_long = sg_candidates(min_words=MAX_WORDS + 1, max_words=LONG_MAX_WORDS)
    sg_extra = sorted(sg_candidates(min_words=SHORT_MIN_WORDS, max_words=MIN_WORDS - 1)
                      + sg_candidates(min_words=LONG_MAX_WORDS + 1, max_words=EXTRA_MAX_WORDS))
    sg_xl = [d for d in sg_candidates(min_words=EXTRA_MAX_WORDS + 1, max_words=XL_MAX_WORDS) if d not in SEEN_XL]
    sg_xxl = [d for d in sg_candidates(min_words=XL_MAX_WORDS + 1, max_words=XXL_MAX_WORDS) if d not in SEEN_XL]
    sg_rest = [d for d in sg_candidates(min_words=SHORT_MIN_WORDS, max_words=EXTRA_MAX_WORDS, keywords=False)
               if d not in SEEN_XL and d not in SEEN_SESSION6_SG]
    out: dict = {}
    taken: set[str] = set()
    for name, seed, n_wh, n_sg in SETS:
        pool = (sg_long if name in SG_LONG else sg_extra if name in SG_EXTRA else sg_xl if name in SG_XL
                else sg_xxl if name in SG_XXL else sg_rest if name in SG_REST else sg)
        if name in AFTER_SESSION7:
            seen = set()
            for listing in ("seen-session6.txt", "seen-session7.txt"):
                seen |= set((HERE / listing).read_text(encoding="utf-8").split())
            wh_pool = (wh_long if name in WH_LONG else wh_xl if name in WH_XL else wh_tiny if name in WH_TINY
                       else wh_titled if name in WH_TITLED else wh)
            chosen = choose(seed, [d for d in wh_pool if d not in seen], [], taken,
                            n_wh=n_wh, n_sg=0)
        elif name in AFTER_SESSION6:
            seen = set((HERE / "seen-session6.txt").read_text(encoding="utf-8").split()) | SEEN_SESSION6_SG
            chosen = choose(seed, [d for d in wh if d not in seen], [d for d in pool if d not in seen], taken,
                            n_wh=n_wh, n_sg=n_sg)
        elif name in WH_LONG:
            chosen = choose(seed, wh_long, pool, taken, n_wh=n_wh, n_sg=n_sg)
        elif name in WH_XL:
            chosen = choose(seed, wh_xl, pool, taken, n_wh=n_wh, n_sg=n_sg)
        else:
            chosen = choose(seed, wh, pool, taken, n_wh=n_wh, n_sg=n_sg)
        assert not ids(chosen) & taken
        taken |= ids(chosen)
        out[name] = chosen
    out["candidates"] = {"wh-briefings": len(wh), "sg-mfa": len(sg), "sg-mfa-long": len(sg_long),
                         "sg-mfa-extra": len(sg_extra)}
    return out


def main() -> None:
    args = [a for a in sys.argv[1:] if a != "--json"]
    names = [a.upper() for a in args] or [name for name, *_ in SETS]
    sel = select()
    if "--json" in sys.argv[1:]:
        json.dump({"candidates": sel["candidates"], **{n: sel[n] for n in names}}, sys.stdout, indent=1)
        print()
        return
    c = sel["candidates"]
    print(f"# candidates: wh-briefings={c['wh-briefings']} sg-mfa={c['sg-mfa']} "
          f"sg-mfa-long={c['sg-mfa-long']} sg-mfa-extra={c['sg-mfa-extra']}")
    for name in names:
        for corpus in ("wh-briefings", "sg-mfa"):
            for doc in sel[name][corpus]:
                print(f"{name}\t{corpus}\t{doc}")


if __name__ == "__main__":
    main()
