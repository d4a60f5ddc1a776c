"""The analyst's own codebook: named themes defined by words, phrases and patterns,
applied to statements beside the discovered themes, with the matched words as the reason.

A codebook is a YAML or CSV file.

YAML: a mapping from theme name to its entries (optionally under a top-level ``themes:``
key), or a list of ``{name: ..., words: ..., phrases: ..., patterns: ...}``::

    Trade:
      words: [trade, tariff, export*]        # whole words; * at the end: any ending
      phrases: [supply chain, economic and trade cooperation]
      patterns: ['\\bWTO\\b']                # Python regular expressions
    Korean Peninsula: [peninsula, denucleari*, DPRK]   # a plain list: words and phrases

CSV: one row per entry with the columns ``theme``, ``kind`` (``word``, ``phrase`` or
``pattern``; optional) and ``value``; or one row per theme with the columns ``theme``,
``words``, ``phrases``, ``patterns`` holding ``;``-separated entries. Without a kind, an
entry of one word is a word and an entry of several words a phrase.

Matching is case-insensitive and on whole words: ``trade`` matches "trade", "Trade" and
"trades" but not "trademark"; ``econom*`` matches "economy" and "economic"; a phrase
matches its words separated by any spaces or hyphens, the last one optionally plural
("supply chain" matches "supply chains"). A pattern is a Python regular expression
searched as written (case-insensitive).
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import pandas as pd

__all__ = [
    "Code",
    "Codebook",
    "CodebookError",
    "load_codebook",
    "parse_codebook",
    "apply_codebook",
    "codebook_summary",
    "MATCH_COLUMNS",
]

MAX_BYTES = 1_000_000
MAX_ENTRIES = 20_000
MAX_PATTERN = 500
MATCH_COLUMNS = ["statement_id", "doc_id", "speaker", "code", "reason", "n_matches"]
_KINDS = ("word", "phrase", "pattern")
_PLURAL = r"(?:s|es|'s|’s|')?"
_EDGE_L = r"(?<![\w\-])"
_EDGE_R = r"(?![\w\-])"


class CodebookError(ValueError):
    """The codebook cannot be used; the message names the file and says how to fix it."""


@dataclass(frozen=True)
class Code:
    """One theme of the codebook: its name and what marks a statement as about it."""

    name: str
    words: tuple[str, ...] = ()
    phrases: tuple[str, ...] = ()
    patterns: tuple[str, ...] = ()

    def regex(self) -> re.Pattern[str]:
        """One case-insensitive expression matching any of the entries."""
        parts = []
        for word in self.words:
            if word.endswith("*"):
                parts.append(_EDGE_L + _words_regex(word[:-1]) + r"[\w'’\-]*" + _EDGE_R)
            else:
                parts.append(_EDGE_L + _words_regex(word) + _PLURAL + _EDGE_R)
        for phrase in self.phrases:
            parts.append(_EDGE_L + _words_regex(phrase) + _PLURAL + _EDGE_R)
        parts.extend(f"(?:{p})" for p in self.patterns)
        return re.compile("|".join(parts), re.IGNORECASE)


@dataclass(frozen=True)
class Codebook:
    """The analyst's themes, in the file's order. ``source`` names the file."""

    codes: tuple[Code, ...]
    source: str = "codebook"

    @property
    def names(self) -> list[str]:
        return [c.name for c in self.codes]

    def to_frame(self) -> pd.DataFrame:
        """One row per entry: ``code``, ``kind`` (word | phrase | pattern), ``value``."""
        rows = [(c.name, kind, value) for c in self.codes
                for kind, values in (("word", c.words), ("phrase", c.phrases), ("pattern", c.patterns))
                for value in values]
        return pd.DataFrame(rows, columns=["code", "kind", "value"])


def _words_regex(text: str) -> str:
    words = [re.escape(w).replace("'", "['’]").replace("’", "['’]") for w in text.split()]
    return r"[\s\-]+".join(words)


# ---------------------------------------------------------------------- reading

def load_codebook(path: str | Path) -> Codebook:
    """Read a codebook from a ``.yaml``/``.yml`` or ``.csv`` file (see the module
    docstring). Raises :class:`CodebookError` naming the file and the problem."""
    path = Path(path)
    name = path.name
    suffix = path.suffix.lower()
    if suffix not in (".yaml", ".yml", ".csv"):
        raise CodebookError(f"{name}: a codebook must be a .yaml, .yml or .csv file.")
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise CodebookError(f"{name}: the codebook is {size / 1e6:.1f} MB; the limit is "
                                f"{MAX_BYTES / 1e6:.0f} MB. Split it or remove entries.")
        data = path.read_bytes()
    except FileNotFoundError:
        raise CodebookError(f"{path}: no such file. Check the path of the codebook.") from None
    except IsADirectoryError:
        raise CodebookError(f"{path}: is a folder. Give the codebook file itself.") from None
    except OSError as exc:
        raise CodebookError(f"{path}: cannot be read ({exc.strerror or exc}).") from None
    return parse_codebook(data, fmt="csv" if suffix == ".csv" else "yaml", source=name)


def parse_codebook(data: str | bytes, *, fmt: Literal["yaml", "csv"], source: str = "codebook") -> Codebook:
    """Read a codebook from its text (or bytes, UTF-8) in the given format (see the
    module docstring). Raises :class:`CodebookError`."""
    if fmt not in ("yaml", "csv"):
        raise CodebookError(f"{source}: unknown codebook format {fmt!r}. Use yaml or csv.")
    if isinstance(data, bytes):
        if len(data) > MAX_BYTES:
            raise CodebookError(f"{source}: the codebook is larger than {MAX_BYTES / 1e6:.0f} MB.")
        try:
            data = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise CodebookError(f"{source}: the codebook is not UTF-8 text. Save it as UTF-8.") from None
    if not data.strip():
        raise CodebookError(f"{source}: the codebook is empty. Add at least one theme with its words.")
    entries = _from_yaml(data, source) if fmt == "yaml" else _from_csv(data, source)
    return _build(entries, source)


def _from_yaml(text: str, source: str) -> list[tuple[str, str | None, str]]:
    import yaml

    try:
        doc = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        where = getattr(exc, "problem_mark", None)
        line = f" (line {where.line + 1})" if where is not None else ""
        raise CodebookError(f"{source}: not valid YAML{line}: {getattr(exc, 'problem', None) or exc}.") from None
    if isinstance(doc, Mapping) and set(doc) == {"themes"}:
        doc = doc["themes"]
    entries: list[tuple[str, str | None, str]] = []
    if isinstance(doc, Mapping):
        items = list(doc.items())
    elif isinstance(doc, list):
        items = []
        for i, item in enumerate(doc, 1):
            if not isinstance(item, Mapping) or "name" not in item:
                raise CodebookError(f"{source}: item {i} of the list has no 'name'. Write each theme as "
                                    "'- name: Trade' followed by its words, phrases or patterns.")
            items.append((item["name"], {k: v for k, v in item.items() if k != "name"}))
    else:
        raise CodebookError(f"{source}: expected theme names with their words, e.g. 'Trade: [trade, tariff]'.")
    for name, body in items:
        name = _name(name, source)
        if isinstance(body, (str, int, float)) and not isinstance(body, bool):
            body = [body]
        if isinstance(body, list):
            entries.extend((name, None, _value(v, source, name)) for v in body)
        elif isinstance(body, Mapping):
            for key, values in body.items():
                kind = str(key).strip().lower().rstrip("s")
                if kind not in _KINDS:
                    raise CodebookError(f"{source}: theme {name!r} has an unknown key {key!r}. "
                                        "Use words, phrases or patterns.")
                if isinstance(values, (str, int, float)) and not isinstance(values, bool):
                    values = [values]
                if not isinstance(values, list):
                    raise CodebookError(f"{source}: theme {name!r}: {key} must be a list, e.g. [trade, tariff].")
                entries.extend((name, kind, _value(v, source, name)) for v in values)
        elif body is None:
            entries.append((name, None, ""))
        else:
            raise CodebookError(f"{source}: theme {name!r} must have a list of words or words/phrases/"
                                "patterns lists.")
    return entries


def _from_csv(text: str, source: str) -> list[tuple[str, str | None, str]]:
    try:
        rows = list(csv.reader(io.StringIO(text)))
    except csv.Error as exc:
        raise CodebookError(f"{source}: not a readable CSV file ({exc}).") from None
    rows = [r for r in rows if any(c.strip() for c in r)]
    if not rows:
        raise CodebookError(f"{source}: the codebook is empty. Add at least one theme with its words.")
    header = [c.strip().lower() for c in rows[0]]
    theme_col = next((header.index(c) for c in ("theme", "name", "code") if c in header), None)
    if theme_col is None:
        raise CodebookError(f"{source}: no 'theme' column. The first row must name the columns, e.g. "
                            "theme,kind,value or theme,words,phrases,patterns.")
    entries: list[tuple[str, str | None, str]] = []
    value_col = next((header.index(c) for c in ("value", "term", "entry") if c in header), None)
    if value_col is not None:
        kind_col = header.index("kind") if "kind" in header else None
        for line, row in enumerate(rows[1:], 2):
            name = _name(_cell(row, theme_col), source, line=line)
            kind = _cell(row, kind_col).lower().rstrip("s") if kind_col is not None else ""
            if kind and kind not in _KINDS:
                raise CodebookError(f"{source}: line {line}: unknown kind {kind!r}. Use word, phrase or pattern.")
            entries.append((name, kind or None, _cell(row, value_col)))
        return entries
    wide = {c: header.index(c) for c in ("words", "phrases", "patterns") if c in header}
    if not wide:
        raise CodebookError(f"{source}: no entries column. Use theme,kind,value (one entry per row) or "
                            "theme,words,phrases,patterns (entries separated by ';').")
    for line, row in enumerate(rows[1:], 2):
        name = _name(_cell(row, theme_col), source, line=line)
        found = False
        for column, index in wide.items():
            for value in _cell(row, index).split(";"):
                if value.strip():
                    entries.append((name, column.rstrip("s"), value.strip()))
                    found = True
        if not found:
            entries.append((name, None, ""))
    return entries


def _cell(row: Sequence[str], index: int | None) -> str:
    return row[index].strip() if index is not None and index < len(row) else ""


def _name(value: object, source: str, *, line: int | None = None) -> str:
    name = " ".join(str(value if value is not None else "").split())
    where = f"line {line}: " if line else ""
    if not name:
        raise CodebookError(f"{source}: {where}a theme has no name. Give every theme a name.")
    if len(name) > 80:
        raise CodebookError(f"{source}: {where}the theme name {name[:30]!r}... is too long (80 characters at most).")
    return name


def _value(value: object, source: str, name: str) -> str:
    if isinstance(value, (list, dict)) or value is None:
        raise CodebookError(f"{source}: theme {name!r}: each entry must be a word, phrase or pattern "
                            f"(text), got {value!r}.")
    return str(value).strip()


def _build(entries: Iterable[tuple[str, str | None, str]], source: str) -> Codebook:
    grouped: dict[str, dict[str, list[str]]] = {}
    n = 0
    for name, kind, value in entries:
        group = grouped.setdefault(name, {"word": [], "phrase": [], "pattern": []})
        if not value:
            continue
        n += 1
        if n > MAX_ENTRIES:
            raise CodebookError(f"{source}: more than {MAX_ENTRIES:,} entries. Split the codebook.")
        if kind is None:
            kind = "phrase" if len(value.split()) > 1 else "word"
        if kind == "pattern":
            if len(value) > MAX_PATTERN:
                raise CodebookError(f"{source}: theme {name!r}: a pattern is longer than {MAX_PATTERN} "
                                    "characters. Shorten it.")
            try:
                re.compile(value, re.IGNORECASE)
            except re.error as exc:
                raise CodebookError(f"{source}: theme {name!r}: {value!r} is not a valid regular expression "
                                    f"({exc}). Fix the pattern, or list it under words or phrases.") from None
        else:
            value = " ".join(value.split())
            if kind == "word" and len(value.split()) > 1:
                kind = "phrase"
            if value.strip("*") == "" or "*" in value.rstrip("*") or (kind == "phrase" and value.endswith("*")):
                raise CodebookError(f"{source}: theme {name!r}: {value!r} — '*' may only end a single word "
                                    "(e.g. econom*).")
        if value not in group[kind]:
            group[kind].append(value)
    if not grouped:
        raise CodebookError(f"{source}: the codebook has no theme. Add at least one theme with its words.")
    empty = [name for name, g in grouped.items() if not any(g.values())]
    if empty:
        raise CodebookError(f"{source}: theme {empty[0]!r} has no words, phrases or patterns. Add some or "
                            "remove the theme.")
    codes = tuple(Code(name, tuple(g["word"]), tuple(g["phrase"]), tuple(g["pattern"]))
                  for name, g in grouped.items())
    return Codebook(codes, source)


# ---------------------------------------------------------------------- applying

def apply_codebook(statements: pd.DataFrame, codebook: Codebook, *,
                   column: Literal["text", "content"] = "text") -> pd.DataFrame:
    """Which statements each codebook theme marks, and why.

    ``statements`` is a statements frame (``Analysis.statements`` or any selection of it);
    ``column`` is matched: the whole sentence (``text``) or what was said without the
    attribution frame (``content``).

    One row per (statement, codebook theme) with at least one match, in statement order
    and then codebook order: ``statement_id``, ``doc_id``, ``speaker``, ``code`` (the
    codebook theme's name), ``reason`` (the distinct matched words as written, in order
    of appearance, "; "-separated), ``n_matches`` (all matches, repeats included).
    """
    if column not in ("text", "content"):
        raise ValueError(f"Unknown column {column!r}. Choose text or content.")
    if statements.empty:
        return pd.DataFrame(columns=MATCH_COLUMNS)
    compiled = [(code.name, code.regex()) for code in codebook.codes]
    texts = statements[column].fillna("").astype(str).tolist()
    ids = statements["statement_id"].tolist()
    docs = statements["doc_id"].tolist()
    speakers = statements["speaker"].fillna("").tolist() if "speaker" in statements else [""] * len(ids)
    rows = []
    for sid, doc, speaker, text in zip(ids, docs, speakers, texts):
        for name, regex in compiled:
            found = [m.group() for m in regex.finditer(text) if m.group()]
            if found:
                distinct = list(dict.fromkeys(" ".join(f.split()) for f in found))
                rows.append((sid, doc, speaker, name, "; ".join(distinct), len(found)))
    frame = pd.DataFrame(rows, columns=MATCH_COLUMNS)
    frame["n_matches"] = frame["n_matches"].astype("int64")
    return frame


def codebook_summary(matches: pd.DataFrame, statements: pd.DataFrame, codebook: Codebook) -> pd.DataFrame:
    """Per codebook theme, in codebook order (themes that match nothing included).

    One row per codebook theme: ``code``, ``n_statements`` (statements it marks),
    ``share`` (of ``statements``), ``top_matches`` (the five most frequent matched words,
    "; "-separated, with counts)."""
    total = max(len(statements), 1)
    rows = []
    for name in codebook.names:
        hits = matches[matches["code"] == name]
        counts: dict[str, int] = {}
        for reason in hits["reason"]:
            for word in reason.split("; "):
                key = word.lower()
                counts[key] = counts.get(key, 0) + 1
        top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
        rows.append((name, int(hits["statement_id"].nunique()), hits["statement_id"].nunique() / total,
                     "; ".join(f"{w} ({n})" for w, n in top)))
    return pd.DataFrame(rows, columns=["code", "n_statements", "share", "top_matches"])
