#!/usr/bin/env python3
"""Validate the hand-labelled attribution files (dev.jsonl, heldout.jsonl).

Checks (see RULES.md section 8):
  * record shape, allowed kinds, speaker/members/cue consistent with kind;
  * the document set of each file equals what sample.py selects;
  * each `sentence_contains` phrase has 4-9 words, contains no U+00A0 / U+202F /
    double space, occurs exactly once in the body with hard line breaks turned
    into single spaces AND exactly once with all whitespace normalised, lies
    within one source line (a straddled hard wrap is only a warning: it is
    used where no in-line stretch of the sentence qualifies), and does not occur
    in the non-body parts (title, text after the sg-mfa sign-off);
  * phrases of a document occur in reading order.

Options:
  --show   print each label next to the rough sentence that contains its phrase
  --gaps   print rough sentences (naive splitter) that contain no labelled phrase,
           to spot sentences that were missed (headings/list items are expected)

Usage:  python3 validate.py [--show] [--gaps] FILE.jsonl [FILE.jsonl ...]
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import sample  # noqa: E402

KINDS = {"person", "group", "organization", "none"}
FIELDS = {"doc", "corpus", "sentence_contains", "kind", "speaker", "members", "cue"}
BAD_CHARS = ("\u00a0", "\u202f", "  ")


def load_sg() -> dict:
    out = {}
    with sample.SG_FILE.open(encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            out[rec["url"]] = rec
    return out


def doc_texts(doc: str, corpus: str, sg: dict) -> tuple[str, str]:
    """(body as stored, everything of the record that is not body)."""
    if corpus == "wh-briefings":
        meta, body = sample.split_front_matter(
            (sample.WH_ROOT / doc).read_text(encoding="utf-8"))
        return body, str(meta.get("title", ""))
    rec = sg[doc]
    body = sample.sg_body(rec["content"])
    rest = rec["content"][rec["content"].find(body) + len(body):]
    return body, rec["title"] + "\n" + rest


def joined(body: str) -> str:
    return body.replace("\n", " ")


def normalised(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def rough_sentences(text: str) -> list[str]:
    text = normalised(text).strip()
    parts = re.split(r"(?<=[.!?:])\s+(?=[A-Z•\-\d\[<*“])", text)
    return [p for p in parts if p.strip()]


def expected_docs() -> dict:
    """File name -> the documents sample.py selects for it (dev.jsonl, heldout.jsonl, dev2.jsonl, ...)."""
    sel = sample.select()
    return {f"{name.lower()}.jsonl": sample.ids(sel[name]) for name, *_ in sample.SETS}


def check_file(path: Path, sg: dict, expected: set | None, show: bool, gaps: bool) -> int:
    errors = 0

    def err(i, msg):
        nonlocal errors
        errors += 1
        print(f"  ERROR {path.name}:{i}: {msg}")

    recs = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    docs_in_order: list[str] = []
    last_pos: dict[str, int] = {}
    phrases_by_doc: dict[str, list[str]] = {}
    for i, r in enumerate(recs, 1):
        if set(r) != FIELDS:
            err(i, f"fields {sorted(r)}")
            continue
        doc, corpus, ph = r["doc"], r["corpus"], r["sentence_contains"]
        if doc not in docs_in_order:
            if doc in last_pos:
                err(i, "document records are not contiguous")
            docs_in_order.append(doc)
        want_corpus = "wh-briefings" if doc.startswith("readouts/") else "sg-mfa"
        if corpus != want_corpus:
            err(i, f"corpus {corpus} != {want_corpus}")
        kind = r["kind"]
        if kind not in KINDS:
            err(i, f"kind {kind}")
        if kind == "none":
            if r["speaker"] is not None or r["members"] or r["cue"] is not None:
                err(i, "none must have speaker null, members [], cue null")
        else:
            if not isinstance(r["speaker"], str) or not r["speaker"].strip():
                err(i, "speaker missing")
            if kind == "group":
                if not isinstance(r["members"], list) or not all(isinstance(m, str) and m for m in r["members"]):
                    err(i, "members must be a list of names")
            elif r["members"]:
                err(i, f"{kind} must have members []")
            if r["cue"] is not None and not isinstance(r["cue"], str):
                err(i, "cue must be a string or null")
        n_words = len(ph.split())
        if not 4 <= n_words <= 9:
            err(i, f"phrase has {n_words} words: {ph!r}")
        for bad in BAD_CHARS:
            if bad in ph:
                err(i, f"phrase contains {bad!r}: {ph!r}")
        try:
            body, rest = doc_texts(doc, corpus, sg)
        except Exception as exc:  # missing document
            err(i, f"cannot read document: {exc}")
            continue
        j = joined(body)
        c_raw, c_norm = j.count(ph), normalised(j).count(normalised(ph))
        if c_raw != 1 or c_norm != 1:
            err(i, f"phrase occurs {c_raw}x (joined) / {c_norm}x (normalised): {ph!r}")
            continue
        if not any(ph in line for line in body.split("\n")):
            # allowed only where the sentence has no usable in-line stretch;
            # the two counts above already prove the break is a clean one
            print(f"  WARNING {path.name}:{i}: phrase straddles a (clean) line break: {ph!r}")
        if ph in rest:
            err(i, f"phrase also occurs outside the body (title/after sign-off): {ph!r}")
        pos = j.index(ph)
        if pos <= last_pos.get(doc, -1):
            err(i, f"phrase out of reading order: {ph!r}")
        last_pos[doc] = pos
        phrases_by_doc.setdefault(doc, []).append(ph)
        if show:
            sent = next((s for s in rough_sentences(body) if normalised(ph) in s), "?")
            print(f"  {i:3d} {kind:12s} {str(r['speaker']):40.40s} | {r['cue']} | {sent[:150]}")

    if expected is not None:
        got = set(docs_in_order)
        for d in sorted(expected - got):
            body, _ = doc_texts(d, "wh-briefings" if d.startswith("readouts/") else "sg-mfa", sg)
            if not any(re.search(r"[.!?]\W*$", s) and len(s.split()) >= 4 for s in rough_sentences(body)):
                # a body of headings only (RULES §2: headings get no record)
                print(f"  note {path.name}: no records for {d}: its body has no sentence (headings only)")
                continue
            print(f"  ERROR {path.name}: document missing: {d}")
            errors += 1
        for d in sorted(got - expected):
            print(f"  ERROR {path.name}: document not in sample.py selection: {d}")
            errors += 1

    if gaps:
        for doc in docs_in_order:
            body, _ = doc_texts(doc, "wh-briefings" if doc.startswith("readouts/") else "sg-mfa", sg)
            for s in rough_sentences(body.replace("\\###", "")):
                if not any(normalised(p) in s for p in phrases_by_doc.get(doc, [])):
                    print(f"  GAP {doc[-50:]}: {s[:120]}")

    kinds: dict[str, int] = {}
    for r in recs:
        kinds[r.get("kind")] = kinds.get(r.get("kind"), 0) + 1
    print(f"{path.name}: {len(docs_in_order)} documents, {len(recs)} sentences, "
          f"kinds {dict(sorted(kinds.items()))}, errors {errors}")
    return errors


def main() -> int:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    show, gaps = "--show" in sys.argv, "--gaps" in sys.argv
    if not args or "--help" in sys.argv or "-h" in sys.argv:
        # No default files: a labeller must never be shown another set (held-out sets above all).
        print(__doc__)
        print("Name the file(s) to check, e.g.  python3 validate.py dev26.jsonl --gaps")
        return 2
    files = [Path(a) for a in args]
    sg = load_sg()
    expected = expected_docs()
    total = 0
    for f in files:
        total += check_file(f, sg, expected.get(f.name), show, gaps)
    return 1 if total else 0


if __name__ == "__main__":
    sys.exit(main())
