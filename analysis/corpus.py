"""Reading a corpus: folders, files and uploads into :class:`Document` objects and a load report.

Every file below a folder is a document, except table files (``.csv``, ``.jsonl``,
``.parquet``), whose rows are documents, and ``.zip`` archives, whose members are read
in memory (never unpacked to disk). One unusable file never stops the rest: it goes
into :attr:`Corpus.issues` with the reason, and :meth:`Corpus.report` lists every file
as loaded or skipped. Files are only ever opened for reading; nothing is written into
or beside the user's folder.

Formats: ``.txt``, ``.md``, ``.html`` (main text only: scripts, styles, navigation and
markup dropped), ``.pdf`` (text layer), ``.docx``, ``.csv``, ``.jsonl``, ``.parquet``.
Encodings: UTF-8 with or without BOM, UTF-16/32 (BOM, or UTF-16 without BOM),
Windows-1252/Latin-1, GB18030 and the other encodings charset-normalizer detects.

Limits (:class:`LoadLimits`): 50 MB per file, 1 GB in all, 20,000 files by default.
"""

from __future__ import annotations

import csv
import dataclasses
import hashlib
import io
import functools
import json
import multiprocessing as mp
import os
import re
import zipfile
from concurrent.futures import ProcessPoolExecutor
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path, PurePosixPath
from typing import Literal

import pandas as pd
import yaml

from .segment import join_wrapped_lines, split_paragraphs

__all__ = [
    "Document",
    "LoadIssue",
    "LoadLimits",
    "ColumnMap",
    "Corpus",
    "CorpusError",
    "IssueKind",
    "load_corpus",
    "load_uploads",
    "read_text_bytes",
    "table_columns",
    "source_digest",
    "uploads_digest",
    "TEXT_SUFFIXES",
    "TABLE_SUFFIXES",
    "ARCHIVE_SUFFIXES",
    "SUPPORTED_SUFFIXES",
]

TEXT_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm", ".pdf", ".docx")
TABLE_SUFFIXES = (".csv", ".jsonl", ".ndjson", ".parquet")
ARCHIVE_SUFFIXES = (".zip",)
SUPPORTED_SUFFIXES = TEXT_SUFFIXES + TABLE_SUFFIXES + ARCHIVE_SUFFIXES
_SKIP_NAMES = {".ds_store", "thumbs.db", "desktop.ini"}

IssueKind = Literal[
    "empty", "binary", "unreadable", "wrong format", "no text column", "too large",
    "duplicate", "unsupported", "unsafe path", "limit",
]


class CorpusError(ValueError):
    """The input cannot be used at all (no such path, no usable document)."""


@dataclass(frozen=True)
class LoadLimits:
    """Guards against accidental huge inputs. Sizes in bytes.

    * ``max_file_bytes``: a larger file (or zip member, once inflated) is skipped as
      too large (default 50 MB).
    * ``max_total_bytes``: files past this total are skipped (default 1 GB).
    * ``max_files``: files past this count are skipped (default 20,000).
    """

    max_file_bytes: int = 50_000_000
    max_total_bytes: int = 1_000_000_000
    max_files: int = 20_000

    def __post_init__(self) -> None:
        for name in ("max_file_bytes", "max_total_bytes", "max_files"):
            value = getattr(self, name)
            if not isinstance(value, int) or isinstance(value, bool) or value < 1:
                raise ValueError(f"LoadLimits.{name} must be a whole number of at least 1, "
                                 f"not {value!r}.")


@dataclass(frozen=True)
class ColumnMap:
    """Which table columns hold what. ``None`` means: guess from the usual names
    (case-insensitive), e.g. ``text``/``content``/``body`` for the text."""

    text: str | None = None
    id: str | None = None
    title: str | None = None
    date: str | None = None
    source: str | None = None
    speaker: str | None = None
    url: str | None = None

    _GUESSES = {
        "text": ("text", "content", "body", "full_text", "transcript", "speech"),
        "id": ("id", "doc_id", "document_id"),
        "title": ("title", "headline"),
        "date": ("date", "published", "published_at", "publication_date", "time"),
        "source": ("source", "publisher", "agency", "outlet"),
        "speaker": ("speaker", "speaker_name", "author"),
        "url": ("url", "source_url", "link"),
    }

    def resolve(self, columns: Sequence[str]) -> dict[str, str | None]:
        """Role -> column actually present (``None`` when absent)."""
        lower = {str(c).strip().lower(): c for c in columns}
        out: dict[str, str | None] = {}
        for role, guesses in self._GUESSES.items():
            chosen = getattr(self, role)
            if chosen:
                out[role] = chosen if chosen in columns else lower.get(chosen.strip().lower())
            else:
                out[role] = next((lower[g] for g in guesses if g in lower), None)
        return out

    def as_dict(self) -> dict[str, str | None]:
        return {role: getattr(self, role) for role in self._GUESSES}


@dataclass(frozen=True)
class Document:
    """One document as loaded.

    ``text`` is the body in a normal form: paragraphs separated by one blank line,
    hard-wrapped lines joined, the title and any front matter removed. Statement
    offsets (``start``, ``end``) index into it. ``body_start`` is where the first
    statement may begin (after a dateline such as ``BUSAN, Nov. 26 (Xinhua) --``).
    """

    doc_id: str
    text: str
    title: str = ""
    date: str | None = None
    source: str = ""
    place: str = ""
    path: str = ""
    speaker: str = ""
    body_start: int = 0


@dataclass(frozen=True)
class LoadIssue:
    """A file (or a table row) that was not used: where, why (a sentence that says
    how to fix it, where possible) and the kind of problem (see :data:`IssueKind`)."""

    path: str
    reason: str
    kind: IssueKind = "unreadable"


REPORT_COLUMNS = ["path", "status", "kind", "reason", "documents"]


@dataclass
class Corpus:
    """Documents plus the report of everything that could not be used.

    ``loaded`` maps each file that gave documents to how many it gave.
    """

    name: str
    documents: list[Document]
    issues: list[LoadIssue] = field(default_factory=list)
    n_files: int = 0
    loaded: dict[str, int] = field(default_factory=dict)

    @property
    def fingerprint(self) -> str:
        """Hash of every document's id, metadata and content: equal corpora, equal
        fingerprints (independent of the corpus name and of skipped files)."""
        h = hashlib.sha256()
        for d in sorted(self.documents, key=lambda d: d.doc_id):
            for part in (d.doc_id, d.title, d.date or "", d.source, d.speaker, d.place,
                         d.path, str(d.body_start), d.text):
                h.update(part.encode("utf-8", "surrogatepass"))
                h.update(b"\x00")
        return h.hexdigest()[:16]

    def report(self) -> pd.DataFrame:
        """The load report. One row per file (or per table row that was skipped):

        * ``path``: relative to the folder given (``archive.zip/member`` for zip
          members, ``table.csv#7`` for row 7 of a table);
        * ``status``: ``loaded`` or ``skipped``;
        * ``kind``: for skipped rows, the kind of problem (empty, binary, unreadable,
          wrong format, no text column, too large, duplicate, unsupported, unsafe path,
          limit); empty for loaded files;
        * ``reason``: what was wrong and how to fix it; empty for loaded files;
        * ``documents``: documents taken from the file (0 when skipped).
        """
        rows = [{"path": p, "status": "loaded", "kind": "", "reason": "", "documents": n}
                for p, n in self.loaded.items()]
        rows += [{"path": i.path, "status": "skipped", "kind": i.kind, "reason": i.reason,
                  "documents": 0} for i in self.issues]
        frame = pd.DataFrame(rows, columns=REPORT_COLUMNS)
        frame["documents"] = frame["documents"].astype("int64")
        return frame


class _Skip(ValueError):
    """A file cannot be used; ``kind`` says which kind of problem."""

    def __init__(self, kind: IssueKind, reason: str) -> None:
        super().__init__(reason)
        self.kind = kind


# ----------------------------------------------------------------- sniffing & decoding

_MAGIC = (
    (b"%PDF", "a PDF file", ".pdf"),
    (b"PK\x03\x04", "a zip archive (or .docx/.xlsx)", ".zip"),
    (b"PK\x05\x06", "an empty zip archive", None),
    (b"PAR1", "a Parquet file", ".parquet"),
    (b"\x89PNG", "a PNG image", None),
    (b"\xff\xd8\xff", "a JPEG image", None),
    (b"GIF8", "a GIF image", None),
    (b"\x1f\x8b", "a gzip archive", None),
    (b"\xd0\xcf\x11\xe0", "an old Word/Excel file (.doc/.xls; save it as .docx or .csv)", None),
    (b"{\\rtf", "an RTF file (save it as .docx or .txt)", None),
    (b"7z\xbc\xaf", "a 7-Zip archive", None),
    (b"Rar!", "a RAR archive", None),
    (b"\x7fELF", "a program", None),
    (b"MZ", "a Windows program", None),
    (b"SQLite format 3", "a SQLite database", None),
)


def _sniff(data: bytes) -> tuple[str, str | None] | None:
    """What the bytes look like, when they carry a known binary signature."""
    head = data[:16]
    for magic, what, suffix in _MAGIC:
        if head.startswith(magic):
            if magic == b"PK\x03\x04" and b"word/document.xml" in data[-200_000:]:
                return "a Word .docx file", ".docx"
            if magic == b"MZ" and not (b"PE\x00\x00" in data[:1024] or b"This program" in data[:512]):
                continue
            return what, suffix
    if b"%PDF-" in data[:1024]:
        return "a PDF file", ".pdf"
    return None


_BOMS = (
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f\ufffd]")
_ASCII_LETTER = re.compile(r"[A-Za-z]")
_HIGH_LETTER = re.compile(r"[^\W\d_\x00-\x7f]")
_ENCODING_ALIASES = {"gb2312": "gb18030", "gbk": "gb18030", "cp936": "gb18030",
                     "ascii": "utf-8", "latin_1": "cp1252", "iso8859_1": "cp1252"}


def read_text_bytes(data: bytes) -> str:
    """Decode bytes of unknown encoding.

    UTF-8 (with or without BOM) and UTF-16/32 with a BOM are decoded directly, as is
    UTF-16 without BOM; Western text that is not UTF-8 is read as Windows-1252 (a
    superset of Latin-1 for printable text); other bytes are detected with
    charset-normalizer (GB18030, Shift-JIS, Windows-1251, ...).

    Raises:
        ValueError: the bytes look binary (NUL or other control bytes that are not
            UTF-16), or no encoding yields text.
    """
    text = _decode(data)
    if _is_binary_text(text):
        raise _Skip("binary", "binary content, not text")
    return text


def _decode(data: bytes) -> str:
    """The decoding behind :func:`read_text_bytes`."""
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(enc.replace("-sig", ""))
            except UnicodeDecodeError:
                raise _Skip("unreadable", f"not valid {enc.upper()} text although it "
                                          "starts with that byte-order mark") from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    utf16 = _utf16_without_bom(data)
    if utf16 is not None:
        return utf16
    if b"\x00" in data[:8192]:
        raise _Skip("binary", "binary content, not text")
    western = _western(data)
    if western is not None:
        return western
    from charset_normalizer import from_bytes

    best = from_bytes(data[:300_000]).best()
    if best is None:
        raise _Skip("unreadable", "not readable as text in any known encoding; save it as UTF-8")
    encoding = _ENCODING_ALIASES.get(best.encoding, best.encoding)
    text = data.decode(encoding, errors="replace")
    if text.count("\ufffd") > 0.01 * max(len(text), 1):
        raise _Skip("unreadable", f"not readable as text (best guess {encoding} fails); "
                                  "save it as UTF-8")
    return text


def _utf16_without_bom(data: bytes) -> str | None:
    sample = data[:4000]
    if len(sample) < 4 or len(sample) % 2:
        return None
    even_nuls = sample[0::2].count(0)
    odd_nuls = sample[1::2].count(0)
    half = len(sample) / 2
    if not (max(even_nuls, odd_nuls) > 0.3 * half and min(even_nuls, odd_nuls) < 0.05 * half):
        return None
    try:
        return data.decode("utf-16-le" if odd_nuls > even_nuls else "utf-16-be")
    except UnicodeDecodeError:
        return None


def _western(data: bytes) -> str | None:
    """Windows-1252 text, when that reading is plausible: it decodes, and accented
    letters are a small share of the letters (as in French, Spanish or German, unlike
    Cyrillic or Greek in a single-byte code page, or any multi-byte encoding)."""
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    sample = text[:200_000]
    ascii_letters = len(_ASCII_LETTER.findall(sample))
    high_letters = len(_HIGH_LETTER.findall(sample))
    if ascii_letters < 20 or high_letters > 0.2 * (ascii_letters + high_letters):
        return None
    if len(_CONTROL.findall(sample)) > 0.001 * len(sample):
        return None
    return text


_NO_SPACE_RUN = re.compile(r"[^\s\u3000-\u9fff\uac00-\ud7af\uff00-\uffef]{10000}")


def _is_binary_text(text: str) -> bool:
    sample = text[:20_000]
    return bool(sample) and len(_CONTROL.findall(sample)) > 0.02 * len(sample)


def _check_words(text: str) -> None:
    """Text made of words: no run of 10,000 characters without a space (encoded data,
    minified code). Scripts written without spaces (Chinese, Japanese, Korean) pass."""
    match = _NO_SPACE_RUN.search(text)
    if match:
        raise _Skip("binary", f"not prose: {match.end() - match.start():,}+ characters without "
                              f"a space from character {match.start():,} (encoded data or "
                              "minified code?)")


_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", re.I)


def _decode_html(data: bytes) -> str:
    """HTML bytes: a byte-order mark wins, then valid UTF-8, then the page's declared
    ``<meta charset>``, then detection."""
    if data.startswith(tuple(b for b, _ in _BOMS)):
        return read_text_bytes(data)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    declared = _META_CHARSET.search(data[:4096])
    if declared:
        name = declared.group(1).decode("ascii").lower()
        name = {"iso-8859-1": "cp1252", "latin1": "cp1252", "gb2312": "gb18030",
                "gbk": "gb18030"}.get(name, name)
        try:
            return data.decode(name)
        except (LookupError, UnicodeDecodeError):
            pass
    return read_text_bytes(data)


# ---------------------------------------------------------------------- text cleanup

_SEED_HEADER = re.compile(r"^\s*date\s+(\d{4}-\d{2}-\d{2})\s+(.+?)\s*$")
_FRONT_MATTER = re.compile(r"\A\ufeff?---[ \t]*\r?\n(.*?)\r?\n---[ \t]*\r?\n", re.S)
_MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_MD_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!$&'\"<>|~])")
_MD_EMPHASIS = re.compile(r"(?<![\w*])(\*{1,3}|_{1,3})(?=\S)(.+?)(?<=\S)\1(?![\w*])")
_MD_HEADING = re.compile(r"^#{1,6}\s+")
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z.'\- ]{1,40}(?:,\s*(?!" + _MONTH + r"\s+\d)[A-Z][\w.'\- ]{1,40}?){0,2})"
    r"(?:,\s*(?P<when>" + _MONTH + r"\s+\d{1,2}(?:,\s*\d{4})?))?"
    r"(?:\s*\((?P<agency>[A-Za-z][\w .&'-]{0,40})\)\s*(?:--|—|–|-)|\s*(?:--|—|–))\s*"
)
_SENTENCE_INSIDE = re.compile(r"[.!?][\"”’)]?\s+[\"“‘(]?[A-Z]")
_OPEN_END = re.compile(r"[.!?:;,\"”)\]]$")
_TITLE_END = re.compile(r"[.!:;,]$")
_HTML_COMMENT = re.compile(r"<!--.*?-->", re.S)
_FUNCTION_END = re.compile(
    r"\b(?:a|an|the|of|to|and|or|but|is|are|was|were|our|my|their|its)$", re.I)


def _parse_date(value: object) -> str | None:
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return None
    text = str(value).strip()
    if not text:
        return None
    try:
        stamp = pd.to_datetime(text, dayfirst=not re.match(r"^\d{4}-", text), errors="raise")
    except (ValueError, TypeError, OverflowError):
        return None
    if pd.isna(stamp):
        return None
    if getattr(stamp, "tzinfo", None) is not None:
        stamp = stamp.tz_localize(None)
    return stamp.strftime("%Y-%m-%d")


def _clean_markdown(text: str) -> str:
    text = _HTML_COMMENT.sub("", text)
    lines = []
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped in {"\\###", "###", "***", "---", "* * *"}:
            lines.append("")
            continue
        line = _MD_HEADING.sub("", line)
        line = _MD_LINK.sub(r"\1", line)
        line = _MD_ESCAPE.sub(r"\1", line)
        line = _MD_EMPHASIS.sub(r"\2", line)
        lines.append(line)
    return "\n".join(lines)


def _is_signoff(paragraph: str) -> bool:
    """A short paragraph in capitals only ("MINISTRY OF FOREIGN AFFAIRS SINGAPORE") or
    with no letter at all ("* * *", "<!-- -->"). Scripts without case (Chinese, Arabic)
    never match."""
    if len(paragraph) >= 120 or any(ch.islower() for ch in paragraph):
        return False
    return any(ch.isupper() for ch in paragraph) or not any(ch.isalpha() for ch in paragraph)


def _keep_paragraph(paragraph: str) -> bool:
    return len(paragraph) >= 2 and not _is_signoff(paragraph)


def _join_broken_paragraphs(paragraphs: list[str]) -> list[str]:
    """Rejoin a sentence that a blank line cut in two (page breaks in converted text):
    the first part has no closing punctuation and the next starts in lower case."""
    out: list[str] = []
    for p in paragraphs:
        if out and p[:1].islower() and not _OPEN_END.search(out[-1]):
            out[-1] = out[-1] + " " + p
        else:
            out.append(p)
    return out


MAX_PARAGRAPH_CHARS = 30_000
_SENTENCE_END = re.compile(r"[.!?][\"”’)\]]*\s+(?=[\"“‘(\[]?[A-Z0-9À-Ý])")


def _split_long(paragraph: str, *, target: int = 10_000) -> list[str]:
    """Cut a paragraph longer than MAX_PARAGRAPH_CHARS (a file without line breaks)
    at sentence ends, else at spaces, into parts of at most ``target`` characters."""
    if len(paragraph) <= MAX_PARAGRAPH_CHARS:
        return [paragraph]
    parts = []
    start = 0
    while len(paragraph) - start > target:
        window = paragraph[start + target // 2:start + target]
        cut = None
        for m in _SENTENCE_END.finditer(window):
            cut = m.end()
        if cut is None:
            space = window.rfind(" ")
            cut = space + 1 if space >= 0 else len(window)
        end = start + target // 2 + cut
        parts.append(paragraph[start:end].strip())
        start = end
    parts.append(paragraph[start:].strip())
    return [p for p in parts if p]


def _normalise_body(body: str, *, lines_are_paragraphs: bool = False) -> list[str]:
    body = body.replace("\r\n", "\n").replace("\r", "\n")
    if lines_are_paragraphs:
        paragraphs = [join_wrapped_lines(line) for line in body.split("\n")]
        paragraphs = [p for p in paragraphs if p]
    else:
        paragraphs = split_paragraphs(body)
    paragraphs = [part for p in _join_broken_paragraphs(paragraphs) for part in _split_long(p)]
    return [p for p in paragraphs if _keep_paragraph(p)]


def _single_newline_paragraphs(body: str) -> bool:
    """True for text whose paragraphs are single lines with no blank line between."""
    lines = [ln for ln in body.split("\n") if ln.strip()]
    if len(lines) < 2 or re.search(r"\n[ \t\u00a0]*\n", body.strip()):
        return False
    return sum(len(ln) for ln in lines) / len(lines) > 100 or all(
        ln.rstrip()[-1:] in ".!?:\"”" for ln in lines[:-1]
    )


def _looks_like_title(first: str, following: str) -> bool:
    """A first paragraph is a title when it is short, ends without punctuation, holds
    no sentence break, and the text does not run on into the next paragraph."""
    return (
        len(first) <= 150
        and not _TITLE_END.search(first)
        and not _SENTENCE_INSIDE.search(first)
        and not _FUNCTION_END.search(first)
        and not following[:1].islower()
    )


def _make_document(
    doc_id: str,
    body: str,
    *,
    title: str = "",
    date: str | None = None,
    source: str = "",
    path: str = "",
    speaker: str = "",
    lines_are_paragraphs: bool | None = None,
    title_from_first_line: bool = False,
) -> Document:
    if lines_are_paragraphs is None:
        lines_are_paragraphs = _single_newline_paragraphs(body)
    paragraphs = _normalise_body(body, lines_are_paragraphs=lines_are_paragraphs)
    if (title_from_first_line and not title and len(paragraphs) > 1
            and _looks_like_title(paragraphs[0], paragraphs[1])):
        title = paragraphs.pop(0)
    place = ""
    body_start = 0
    text = "\n\n".join(paragraphs)
    match = _DATELINE.match(text)
    if match and match.end() < len(paragraphs[0]):
        place = match.group("place").strip()
        if not source:
            source = (match.group("agency") or "").strip()
        body_start = match.end()
    if not title:
        title = PurePosixPath(path).stem if path else doc_id
    return Document(
        doc_id=doc_id,
        text=text,
        title=join_wrapped_lines(title),
        date=date,
        source=join_wrapped_lines(source),
        place=place,
        path=path,
        speaker=join_wrapped_lines(speaker),
        body_start=body_start,
    )


# ---------------------------------------------------------------------- file readers


def _read_plain(raw: str, doc_id: str, path: str, *, markdown: bool) -> Document:
    title = ""
    date = None
    source = ""
    raw = raw.lstrip("\ufeff")
    fm = _FRONT_MATTER.match(raw)
    if fm:
        try:
            meta = yaml.safe_load(fm.group(1)) or {}
        except yaml.YAMLError as exc:
            raise _Skip("unreadable", f"front matter is not valid YAML ({exc.__class__.__name__}); "
                                      "fix it or remove the --- block") from None
        if isinstance(meta, Mapping):
            title = str(meta.get("title") or "")
            date = _parse_date(meta.get("date"))
            source = str(meta.get("source") or meta.get("publisher") or "")
            url = meta.get("source_url") or meta.get("url")
            if not source and url:
                host = re.match(r"https?://(?:www\.)?([^/]+)", str(url))
                source = host.group(1) if host else ""
        raw = raw[fm.end():]
        markdown = True
    else:
        first, _, rest = raw.partition("\n")
        header = _SEED_HEADER.match(first)
        if header:
            date, title = _parse_date(header.group(1)), header.group(2)
            raw = rest
    if markdown:
        raw = _clean_markdown(raw)
    return _make_document(
        doc_id, raw, title=title, date=date, source=source, path=path,
        title_from_first_line=not title,
    )


_HTML_DROP = ["script", "style", "noscript", "template", "nav", "header", "footer", "aside",
              "form", "iframe", "svg", "canvas", "object", "embed", "button", "select",
              "input", "textarea", "video", "audio", "map", "head"]


def _read_html(raw: str, doc_id: str, path: str) -> Document:
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(raw, "lxml")
    title = soup.title.get_text(" ", strip=True) if soup.title else ""
    date = None
    for meta in soup.find_all("meta"):
        name = (meta.get("name") or meta.get("property") or "").lower()
        if name in {"date", "article:published_time", "dc.date", "pubdate"} and not date:
            date = _parse_date(meta.get("content"))
    for tag in soup(_HTML_DROP):
        tag.decompose()
    for tag in soup.find_all(attrs={"hidden": True}):
        tag.decompose()
    for tag in soup.find_all(attrs={"aria-hidden": "true"}):
        tag.decompose()
    root = (soup.find("article") or soup.find("main") or soup.find(attrs={"role": "main"})
            or soup.body or soup)
    blocks = []
    for el in root.find_all(["p", "h1", "h2", "h3", "h4", "li", "blockquote", "pre", "td", "dd"]):
        if el.find(["p", "li", "blockquote"]):
            continue
        txt = el.get_text(" ", strip=True)
        if txt:
            blocks.append(txt)
    if not blocks:
        blocks = [t.strip() for t in root.get_text("\n").split("\n") if t.strip()]
    h1 = root.find("h1")
    if h1 is not None:
        head = h1.get_text(" ", strip=True)
        if blocks and blocks[0] == head:
            blocks.pop(0)
        title = head or title
    return _make_document(doc_id, "\n\n".join(blocks), title=title, date=date, path=path)


def _read_pdf(data: bytes, doc_id: str, path: str) -> Document:
    from pypdf import PdfReader

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise _Skip("unreadable", "the PDF is password-protected; save an unprotected copy")
        pages = [page.extract_text() or "" for page in reader.pages]
        meta = reader.metadata
        title = str(meta.title) if meta is not None and meta.title else ""
    except _Skip:
        raise
    except Exception as exc:  # noqa: BLE001 - pypdf raises many types on damaged files
        raise _Skip("unreadable", f"not a readable PDF ({exc.__class__.__name__}); "
                                  "open and re-save it, or export its text") from None
    text = "\n\n".join(pages)
    if not text.strip():
        raise _Skip("empty", "the PDF has no text layer (scanned pages need OCR first)")
    return _make_document(doc_id, text, title=title, path=path, title_from_first_line=not title)


def _read_docx(data: bytes, doc_id: str, path: str, limits: LoadLimits) -> Document:
    import docx

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            inflated = sum(info.file_size for info in archive.infolist())
    except zipfile.BadZipFile:
        raise _Skip("wrong format", "named .docx but is not a Word file (not a zip archive)") from None
    if inflated > limits.max_file_bytes * 4:
        raise _Skip("too large", f"the Word file inflates to {inflated / 1e6:.0f} MB, past the "
                                 "limit; it was not opened")
    try:
        document = docx.Document(io.BytesIO(data))
        paragraphs = [p.text for p in document.paragraphs if p.text.strip()]
        title = document.core_properties.title or ""
    except Exception as exc:  # noqa: BLE001 - python-docx/lxml raise many types
        raise _Skip("unreadable", f"not a readable Word file ({exc.__class__.__name__}); "
                                  "open and re-save it as .docx") from None
    if not paragraphs:
        raise _Skip("empty", "the Word file has no text")
    return _make_document(
        doc_id, "\n\n".join(paragraphs), title=title, path=path, title_from_first_line=not title
    )


def _csv_frame(text: str, rel: str = "") -> tuple[pd.DataFrame, list[LoadIssue]]:
    """Rows of a CSV file (delimiter sniffed among , ; tab |). Lines with the wrong
    number of fields are left out and reported; a file the parser cannot follow
    (an unclosed quote) is skipped whole."""
    import warnings

    sample = text[:20_000]
    first_line = sample.split("\n", 1)[0]
    try:
        delimiter = csv.Sniffer().sniff(sample, delimiters=",;\t|").delimiter
    except csv.Error:
        delimiter = ","
    if delimiter != "," and first_line.count(",") >= first_line.count(delimiter):
        delimiter = ","
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always", pd.errors.ParserWarning)
            frame = pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False,
                                sep=delimiter, on_bad_lines="warn")
    except (pd.errors.ParserError, csv.Error, pd.errors.EmptyDataError, ValueError) as exc:
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise _Skip("unreadable", f"malformed CSV ({first}); check the quoting near that row") from None
    bad = [int(n) for w in caught for n in re.findall(r"Skipping line (\d+)", str(w.message))]
    return frame, _bad_lines(rel, bad, "have the wrong number of fields and were left out",
                             f"the other {len(frame)} rows were read")


def _jsonl_rows(text: str, rel: str) -> tuple[list[dict], list[LoadIssue]]:
    stripped = text.lstrip()
    if stripped.startswith("["):  # a JSON array saved as .jsonl
        try:
            obj = json.loads(stripped)
        except json.JSONDecodeError as exc:
            raise _Skip("unreadable", f"malformed JSON ({exc.msg} at line {exc.lineno})") from None
        rows = [o for o in obj if isinstance(o, dict)] if isinstance(obj, list) else []
        if not rows:
            raise _Skip("no text column", "the JSON array holds no objects")
        return rows, []
    rows: list[dict] = []
    bad: list[int] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except (json.JSONDecodeError, RecursionError):
            bad.append(number)
            continue
        if isinstance(obj, dict):
            rows.append(obj)
        else:
            bad.append(number)
    if bad and not rows:
        raise _Skip("unreadable", f"malformed JSON Lines: no line is a JSON object "
                                  f"(first bad line {bad[0]}); write one object per line")
    return rows, _bad_lines(rel, bad, "are not JSON objects", f"the other {len(rows)} were read")


def _bad_lines(rel: str, bad: list[int], problem: str, kept: str) -> list[LoadIssue]:
    """One load-report row for the unusable lines of a table file (the rest is kept)."""
    if not bad:
        return []
    shown = ", ".join(map(str, bad[:10])) + (" ..." if len(bad) > 10 else "")
    return [LoadIssue(f"{rel}#lines {shown}", f"{len(bad)} line(s) {problem}; {kept}", "unreadable")]


def _table_frame(data: bytes, suffix: str, rel: str) -> tuple[pd.DataFrame, list[LoadIssue]]:
    if suffix == ".parquet":
        if not data.startswith(b"PAR1"):
            raise _Skip("wrong format", "named .parquet but is not a Parquet file")
        try:
            return pd.read_parquet(io.BytesIO(data)), []
        except Exception as exc:  # noqa: BLE001 - pyarrow raises many types on damaged files
            raise _Skip("unreadable", f"not a readable Parquet file ({exc.__class__.__name__})") from None
    text = read_text_bytes(data)
    if _is_binary_text(text):
        raise _Skip("binary", "binary content, not text")
    if suffix == ".csv":
        return _csv_frame(text, rel)
    rows, issues = _jsonl_rows(text, rel)
    return pd.DataFrame(rows), issues


def _cell(row: Mapping[str, object], column: str | None) -> str:
    if column is None:
        return ""
    value = row.get(column)
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return ""
    if isinstance(value, (list, tuple)):
        return "\n\n".join(str(v) for v in value if v is not None)
    return str(value)


def table_columns(name: str, data: bytes) -> list[str]:
    """The column names of a table file (``.csv``, ``.jsonl``, ``.parquet``), for
    mapping them to text, date, title, speaker and source. Empty when the file is not a
    readable table."""
    suffix = PurePosixPath(name).suffix.lower()
    suffix = ".jsonl" if suffix == ".ndjson" else suffix
    if suffix not in TABLE_SUFFIXES:
        return []
    try:
        if suffix == ".parquet":
            import pyarrow.parquet as pq

            return [str(c) for c in pq.ParquetFile(io.BytesIO(data)).schema_arrow.names]
        text = read_text_bytes(data[:2_000_000] if suffix == ".csv" else data)
        if suffix == ".csv":
            head = "\n".join(text.splitlines()[:50])
            return [str(c) for c in _csv_frame(head)[0].columns]
        rows, _ = _jsonl_rows(text, name)
        return [str(c) for c in dict.fromkeys(k for row in rows[:1000] for k in row)]
    except Exception:  # noqa: BLE001 - an unreadable table has no columns to offer
        return []


def _read_table(
    data: bytes, rel: str, suffix: str, columns: ColumnMap
) -> tuple[list[Document], list[LoadIssue]]:
    frame, issues = _table_frame(data, suffix, rel)
    if frame.empty:
        raise _Skip("empty", "the table has no rows")
    roles = columns.resolve([str(c) for c in frame.columns])
    if roles["text"] is None:
        wanted = repr(columns.text) if columns.text else "text, content or body"
        raise _Skip(
            "no text column",
            f"no text column (looked for {wanted}; the columns are "
            f"{', '.join(map(str, frame.columns[:12]))}). Map one with --text-column "
            "or on the Data page",
        )
    docs: list[Document] = []
    empty_rows: list[int] = []
    for i, row in enumerate(frame.to_dict("records")):
        body = _cell(row, roles["text"])
        rid = _cell(row, roles["id"]) or _cell(row, roles["url"]) or f"{rel}#{i + 1}"
        if not body.strip():
            empty_rows.append(i + 1)
            continue
        source = _cell(row, roles["source"])
        url = _cell(row, roles["url"])
        if not source and url:
            host = re.match(r"https?://(?:www\.)?([^/]+)", url)
            source = host.group(1) if host else ""
        docs.append(
            _make_document(
                rid,
                body.replace("\\n", "\n") if "\n" not in body else body,
                title=_cell(row, roles["title"]),
                date=_parse_date(_cell(row, roles["date"])),
                source=source,
                path=f"{rel}#{i + 1}",
                speaker=_cell(row, roles["speaker"]),
                lines_are_paragraphs=True,
            )
        )
    if empty_rows:
        shown = ", ".join(map(str, empty_rows[:10])) + (" ..." if len(empty_rows) > 10 else "")
        if not docs:
            raise _Skip("empty", f"every row's text ({roles['text']!r}) is empty")
        issues.append(LoadIssue(f"{rel}#rows {shown}",
                                f"{len(empty_rows)} row(s) with empty text", "empty"))
    return docs, issues


_Outcome = tuple  # ("docs", documents, issues) or ("skip", kind, reason, path)


def _suffix(rel: str) -> str:
    suffix = PurePosixPath(rel).suffix.lower()
    return ".jsonl" if suffix == ".ndjson" else suffix


def _read_outcome(data: bytes, rel: str, suffix: str, columns: ColumnMap, limits: LoadLimits,
                  path: str = "") -> _Outcome:
    """``_read_one`` with every failure turned into a reason: one bad file never stops
    the rest."""
    suffix = ".jsonl" if suffix == ".ndjson" else suffix
    try:
        docs, issues = _read_one(data, rel, suffix, columns, limits)
    except _Skip as exc:
        return ("skip", exc.kind, str(exc), path)
    except MemoryError:
        return ("skip", "too large", "not enough memory to read it", path)
    except Exception as exc:  # noqa: BLE001 - one bad file never stops the rest
        return ("skip", "unreadable", f"unreadable ({exc.__class__.__name__}: "
                                      f"{str(exc).splitlines()[0][:200] if str(exc) else ''})", path)
    return ("docs", docs, issues)


def _read_path(path: str, rel: str, columns: ColumnMap, limits: LoadLimits) -> _Outcome:
    """Read and parse one admitted plain file (in a worker process)."""
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        return ("skip", "unreadable", f"cannot be read ({exc.strerror or exc})", "")
    return _read_outcome(data, rel, _suffix(rel), columns, limits, path)


def _read_one(
    data: bytes, rel: str, suffix: str, columns: ColumnMap, limits: LoadLimits
) -> tuple[list[Document], list[LoadIssue]]:
    """Documents from one file's bytes. Raises _Skip with a reason."""
    if not data:
        raise _Skip("empty", "empty file (0 bytes)")
    sniffed = _sniff(data)
    if suffix == ".pdf":
        if sniffed is None or sniffed[1] != ".pdf":
            what = sniffed[0] if sniffed else "text"
            raise _Skip("wrong format", f"named .pdf but is {what}, not a PDF")
        return [_read_pdf(data, rel, rel)], []
    if suffix == ".docx":
        if sniffed is None or sniffed[1] not in {".docx", ".zip"}:
            what = sniffed[0] if sniffed else "text"
            raise _Skip("wrong format", f"named .docx but is {what}, not a Word .docx file")
        return [_read_docx(data, rel, rel, limits)], []
    if sniffed is not None and suffix != ".parquet":
        what, real = sniffed
        hint = f"; rename it to {real}" if real in SUPPORTED_SUFFIXES and real != suffix else ""
        raise _Skip("wrong format", f"named {suffix} but is {what}{hint}")
    if not data.strip():
        raise _Skip("empty", "only whitespace")
    if suffix in TABLE_SUFFIXES:
        return _read_table(data, rel, suffix, columns)
    html = suffix in {".html", ".htm"}
    text = _decode_html(data) if html else read_text_bytes(data)
    if _is_binary_text(text):
        raise _Skip("binary", "binary content, not text")
    if not text.strip():
        raise _Skip("empty", "only whitespace")
    if not html:
        _check_words(text)
    if html or (suffix == ".txt" and re.match(r"\s*<(!doctype html|html)", text[:200], re.I)):
        return [_read_html(text, rel, rel)], []
    return [_read_plain(text, rel, rel, markdown=suffix in {".md", ".markdown"})], []


# --------------------------------------------------------------------------- corpus


def _clean_name(rel: str) -> str:
    # A file name that is not valid UTF-8 is shown with U+FFFD, never as raw bytes.
    return rel.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def _walk(root: Path, n_roots: int = 1) -> Iterator[tuple[Path, str, Literal["file", "link", "unlistable"]]]:
    """Files below ``root`` in sorted order (depth first, names sorted in each folder),
    each with its name relative to the folder given (prefixed by the folder's name
    when several are given) and what it is. Hidden files and folders (``.git``,
    ``.DS_Store``) are passed over; symbolic links are not followed."""
    if not root.is_dir():
        yield root, _clean_name(root.name), "file"
        return
    prefix = f"{root.name}/" if n_roots > 1 else ""

    def scan(folder: str, rel: str) -> Iterator[tuple[Path, str, Literal["file", "link", "unlistable"]]]:
        try:
            with os.scandir(folder) as it:
                entries = sorted(it, key=lambda e: e.name)
        except OSError:
            yield Path(folder), _clean_name(rel.rstrip("/") or "."), "unlistable"
            return
        for entry in entries:
            if entry.name.startswith(".") or entry.name.lower() in _SKIP_NAMES:
                continue
            name = rel + entry.name
            if entry.is_symlink():
                yield Path(entry.path), _clean_name(name), "link"
            elif entry.is_dir():
                yield from scan(entry.path, name + "/")
            elif entry.is_file():
                yield Path(entry.path), _clean_name(name), "file"

    yield from scan(str(root), prefix)


class _Collector:
    def __init__(self, limits: LoadLimits, columns: ColumnMap) -> None:
        self.limits = limits
        self.columns = columns
        self.documents: list[Document] = []
        self.issues: list[LoadIssue] = []
        self.loaded: dict[str, int] = {}
        self.seen_text: dict[str, str] = {}
        self.seen_ids: set[str] = set()
        self.total = 0
        self.n_files = 0
        self.sidecars: list[tuple[str, pd.DataFrame]] = []

    def skip(self, rel: str, kind: IssueKind, reason: str) -> None:
        self.issues.append(LoadIssue(rel, reason, kind))

    def admit(self, rel: str, size: int) -> bool:
        """Count one file and check the limits before reading it."""
        self.n_files += 1
        suffix = PurePosixPath(rel).suffix.lower()
        if suffix not in SUPPORTED_SUFFIXES:
            self.skip(rel, "unsupported", f"unsupported file type {suffix or '(no extension)'}; "
                                          "supported: " + ", ".join(SUPPORTED_SUFFIXES))
            return False
        if self.n_files > self.limits.max_files:
            self.skip(rel, "limit", f"file count limit reached ({self.limits.max_files:,} files); "
                                    "raise it with --max-files")
            return False
        if suffix in ARCHIVE_SUFFIXES:
            if size > self.limits.max_total_bytes:
                self.skip(rel, "too large", f"the archive ({_mb(size)}) is larger than the total "
                                            f"size limit ({_mb(self.limits.max_total_bytes)})")
                return False
            return True  # its members are counted and limited one by one
        if size > self.limits.max_file_bytes:
            self.skip(rel, "too large", f"too large ({_mb(size)}; the limit is "
                                        f"{_mb(self.limits.max_file_bytes)} per file, "
                                        "raise it with --max-file-mb)")
            return False
        if self.total + size > self.limits.max_total_bytes:
            self.skip(rel, "limit", f"total size limit reached ({_mb(self.limits.max_total_bytes)}); "
                                    "raise it with --max-total-mb")
            return False
        return True

    def add(self, rel: str, data: bytes, *, in_archive: bool = False) -> None:
        """Read one admitted file's bytes."""
        suffix = PurePosixPath(rel).suffix.lower()
        if suffix in ARCHIVE_SUFFIXES:
            if in_archive:
                self.skip(rel, "unsupported", "a zip inside a zip is not opened; unpack it first")
            else:
                self._add_zip(rel, data)
            return
        self.total += len(data)
        self.accept(rel, _read_outcome(data, rel, suffix, self.columns, self.limits), data)

    def accept(self, rel: str, outcome: "_Outcome", data: bytes | None = None) -> None:
        """Take one file's read outcome (documents, or why it was skipped); ``data`` is
        needed only for a table that may describe the other files (read again if absent)."""
        if outcome[0] == "skip":
            _, kind, reason, path = outcome
            if kind == "no text column":
                if data is None and path:
                    data = Path(path).read_bytes()
                if data is not None and self._sidecar(rel, data, _suffix(rel)):
                    return
            self.skip(rel, kind, reason)
            return
        _, docs, issues = outcome
        self.issues.extend(issues)
        kept = sum(self._keep(doc) for doc in docs)
        if kept:
            self.loaded[rel] = self.loaded.get(rel, 0) + kept

    def _sidecar(self, rel: str, data: bytes, suffix: str) -> bool:
        """A table with no text but a ``path`` (or ``file``) column describes the other
        files: its speaker, date, title and source columns become their metadata."""
        try:
            frame, _ = _table_frame(data, suffix, rel)
        except Exception:  # noqa: BLE001 - not a usable metadata table: reported as skipped
            return False
        lower = {str(c).strip().lower(): c for c in frame.columns}
        key = next((lower[k] for k in ("path", "file", "filename", "file_name") if k in lower), None)
        if key is None or not any(k in lower for k in _SIDECAR_FIELDS_FLAT):
            return False
        self.sidecars.append((rel, frame.rename(columns={key: "__path__"})))
        return True

    def _keep(self, doc: Document) -> bool:
        where = doc.path or doc.doc_id
        if not doc.text.strip():
            self.skip(where, "empty", "no text left after removing markup and boilerplate")
            return False
        key = hashlib.sha1(doc.text.encode("utf-8", "surrogatepass")).hexdigest()
        if key in self.seen_text:
            self.skip(where, "duplicate", f"duplicate of {self.seen_text[key]} (same text)")
            return False
        doc_id = doc.doc_id
        n = 2
        while doc_id in self.seen_ids:
            doc_id = f"{doc.doc_id}~{n}"
            n += 1
        if doc_id != doc.doc_id:
            doc = replace(doc, doc_id=doc_id)
        self.seen_text[key] = where
        self.seen_ids.add(doc.doc_id)
        self.documents.append(doc)
        return True

    def _add_zip(self, filename: str, data: bytes) -> None:
        try:
            archive = zipfile.ZipFile(io.BytesIO(data))
            members = archive.infolist()
        except (zipfile.BadZipFile, ValueError, OSError):
            what = _sniff(data)
            if what is None or what[1] != ".zip":
                self.skip(filename, "wrong format", "named .zip but is not a zip archive")
            else:
                self.skip(filename, "unreadable", "a damaged zip archive; re-create it")
            return
        with archive:
            for number, info in enumerate(members):
                if info.is_dir():
                    continue
                member = info.filename
                rel = f"{filename}/{member}"
                parts = PurePosixPath(member.replace("\\", "/")).parts
                if (member.startswith(("/", "\\")) or ".." in parts
                        or re.match(r"^[A-Za-z]:", member)):
                    self.n_files += 1
                    self.skip(rel, "unsafe path", "unsafe path in the zip (absolute or with '..'); "
                                                  "refused")
                    continue
                if any(p.startswith(".") or p == "__MACOSX" for p in parts):
                    continue
                if self.n_files >= self.limits.max_files:
                    rest = len(members) - number
                    self.n_files += rest
                    self.skip(f"{filename}/…", "limit",
                              f"file count limit reached ({self.limits.max_files:,} files): "
                              f"{rest:,} more member(s) not read; raise it with --max-files")
                    return
                if not self.admit(rel, info.file_size):
                    continue
                if PurePosixPath(member).suffix.lower() in ARCHIVE_SUFFIXES:
                    self.add(rel, b"", in_archive=True)
                    continue
                cap = min(self.limits.max_file_bytes, self.limits.max_total_bytes - self.total)
                try:
                    with archive.open(info) as handle:
                        content = handle.read(cap + 1)
                except (zipfile.BadZipFile, OSError, RuntimeError, NotImplementedError,
                        ValueError, EOFError) as exc:
                    reason = ("encrypted zip member; unpack it with its password first"
                              if "encrypted" in str(exc).lower() or "password" in str(exc).lower()
                              else f"unreadable zip member ({exc.__class__.__name__})")
                    self.skip(rel, "unreadable", reason)
                    continue
                if len(content) > cap:
                    which = ("file size" if cap == self.limits.max_file_bytes else "total size")
                    self.skip(rel, "too large", f"inflates past the {which} limit ({_mb(cap)}); "
                                                "stopped")
                    continue
                self.add(rel, content, in_archive=True)


def _mb(size: int) -> str:
    return f"{size / 1e6:,.1f} MB" if size < 10e6 else f"{size / 1e6:,.0f} MB"


def _roots(paths: str | Path | Iterable[str | Path]) -> list[Path]:
    if isinstance(paths, (str, Path)):
        paths = [paths]
    roots = [Path(p).expanduser() for p in paths]
    if not roots:
        raise CorpusError("No corpus given. Pass a folder or file, e.g. `seeds`.")
    for root in roots:
        if not root.exists():
            raise CorpusError(f"{root}: no such file or folder.")
        if not (root.is_dir() or root.is_file()):
            raise CorpusError(f"{root}: not a regular file or folder.")
    return roots


def load_corpus(
    paths: str | Path | Iterable[str | Path],
    *,
    name: str | None = None,
    columns: ColumnMap | None = None,
    limits: LoadLimits | None = None,
) -> Corpus:
    """Load documents from folders (recursively), files and ``.zip`` archives.

    Args:
        paths: one or more folders or files.
        name: the corpus name shown in charts; default: the folder or file names.
        columns: which table columns hold text, date, title, speaker, source.
        limits: size and count limits.

    Returns:
        A :class:`Corpus`; files that could not be used are in ``corpus.issues``.

    Raises:
        CorpusError: a path does not exist, or nothing usable was found.
    """
    roots = _roots(paths)
    collector = _Collector(limits or LoadLimits(), columns or ColumnMap())
    entries = [entry for root in roots for entry in _walk(root, len(roots))]
    if any(what == "file" and _suffix(rel) in ARCHIVE_SUFFIXES for _, rel, what in entries):
        # A zip's members are admitted while it is read: everything in reading order.
        for path, rel, what in entries:
            data = _admit_and_read(collector, path, rel, what)
            if data is not None:
                collector.add(rel, data)
    else:
        # Every file is admitted in order (limits, counts), then the admitted ones are read
        # together, in worker processes when there are many, and their outcomes taken in order.
        steps: list[tuple[str, list[LoadIssue]]] = []  # (rel or "", issues to report first)
        plain: list[tuple[str, str]] = []
        for path, rel, what in entries:
            before = len(collector.issues)
            size = _admit(collector, path, rel, what)
            steps.append((rel if size is not None else "", collector.issues[before:]))
            del collector.issues[before:]
            if size is not None:
                collector.total += size  # as add() would, so that the next file sees it
                plain.append((str(path), rel))
        outcomes = iter(_read_all(plain, collector.columns, collector.limits, collector.total))
        for rel, issues in steps:
            collector.issues.extend(issues)
            if rel:
                collector.accept(rel, next(outcomes))
    corpus_name = name or " + ".join(r.resolve().name or str(r) for r in roots)
    return _finish(collector, corpus_name)


def _admit(collector: _Collector, path: Path, rel: str, what: str) -> int | None:
    """Count one walked entry and check the limits: its size if admitted; problems go to
    the collector."""
    if what == "link":
        collector.n_files += 1
        collector.skip(rel, "unsupported", "a symbolic link, not followed; pass its target instead")
        return None
    if what == "unlistable":
        collector.skip(rel, "unreadable", "a folder that cannot be listed (permissions?); "
                                          "its files were not read")
        return None
    try:
        size = path.stat().st_size
    except OSError as exc:
        collector.skip(rel, "unreadable", f"cannot be read ({exc.strerror or exc})")
        return None
    return size if collector.admit(rel, size) else None


def _admit_and_read(collector: _Collector, path: Path, rel: str, what: str) -> bytes | None:
    if _admit(collector, path, rel, what) is None:
        return None
    try:
        return path.read_bytes()
    except OSError as exc:
        collector.skip(rel, "unreadable", f"cannot be read ({exc.strerror or exc})")
        return None


# Smaller folders are read in this process: starting workers would cost more than it saves.
_PARALLEL_FILES, _PARALLEL_BYTES = 300, 16_000_000


def _read_all(files: list[tuple[str, str]], columns: ColumnMap, limits: LoadLimits,
              total_bytes: int) -> list[_Outcome]:
    """Outcomes of reading admitted plain files, in order; in two or more forked worker
    processes for large folders (the same outcomes: each file is read on its own)."""
    jobs = os.cpu_count() or 1
    if (len(files) < _PARALLEL_FILES or total_bytes < _PARALLEL_BYTES or jobs < 2
            or "fork" not in mp.get_all_start_methods()):
        return [_read_path(path, rel, columns, limits) for path, rel in files]
    read = functools.partial(_read_path_pair, columns=columns, limits=limits)
    with ProcessPoolExecutor(max_workers=jobs, mp_context=mp.get_context("fork")) as pool:
        return list(pool.map(read, files, chunksize=max(1, len(files) // (jobs * 8))))


def _read_path_pair(item: tuple[str, str], *, columns: ColumnMap, limits: LoadLimits) -> _Outcome:
    return _read_path(item[0], item[1], columns, limits)


def load_uploads(
    files: Iterable[tuple[str, bytes]],
    *,
    name: str = "uploads",
    columns: ColumnMap | None = None,
    limits: LoadLimits | None = None,
) -> Corpus:
    """Load uploaded files given as ``(file name, bytes)``; ``.zip`` files are unpacked
    in memory (members with absolute paths or ``..`` are refused, and inflation past
    the size limits is stopped). Only the base name of each upload is used."""
    collector = _Collector(limits or LoadLimits(), columns or ColumnMap())
    for filename, data in files:
        rel = PurePosixPath(str(filename).replace("\\", "/")).name or "upload"
        if collector.admit(rel, len(data)):
            collector.add(rel, bytes(data))
    return _finish(collector, name)


_SIDECAR_FIELDS = {
    "speaker": ("speaker", "speaker_name", "author"),
    "date": ("date", "published", "publication_date"),
    "title": ("title", "headline"),
    "source": ("source", "publisher", "country"),
}
_SIDECAR_FIELDS_FLAT = {c for cols in _SIDECAR_FIELDS.values() for c in cols}


def _apply_sidecars(collector: _Collector) -> None:
    """Fill empty speaker, date, title and source fields of documents from metadata
    tables (``index.csv`` with a ``path`` column naming each file)."""
    for rel, frame in collector.sidecars:
        lower = {str(c).strip().lower(): c for c in frame.columns}
        fields = {f: next((lower[c] for c in cols if c in lower), None) for f, cols in _SIDECAR_FIELDS.items()}
        base = PurePosixPath(rel).parent.as_posix()
        rows = {}
        for record in frame.to_dict("records"):
            value = str(record.get("__path__") or "").replace("\\", "/").strip().lstrip("./")
            if value:
                rows[value] = record
                if base not in ("", "."):
                    rows[f"{base}/{value}"] = record
        used = 0
        for i, doc in enumerate(collector.documents):
            record = rows.get(doc.path)
            if record is None:
                continue
            changes = {}
            for name, column in fields.items():
                value = "" if column is None else str(record.get(column) or "").strip()
                if not value or getattr(doc, name):
                    continue
                if name == "date":
                    value = _parse_date(value) or ""
                    if not value:
                        continue
                changes[name] = value
            if changes:
                collector.documents[i] = dataclasses.replace(doc, **changes)
                used += 1
        given = ", ".join(n for n, c in fields.items() if c is not None)
        collector.skip(rel, "no text column",
                       f"a metadata table (no text column): {given} taken for {used} document(s)")


def _finish(collector: _Collector, name: str) -> Corpus:
    if collector.sidecars:
        _apply_sidecars(collector)
    corpus = Corpus(name=name, documents=collector.documents, issues=collector.issues,
                    n_files=collector.n_files, loaded=collector.loaded)
    if not corpus.documents:
        if collector.n_files == 0:
            raise CorpusError("No files found. Put .txt, .md, .html, .pdf, .docx, .csv, .jsonl "
                              "or .parquet files in the folder.")
        reasons = "; ".join(f"{i.path}: {i.reason}" for i in corpus.issues[:3])
        more = f" and {len(corpus.issues) - 3} more" if len(corpus.issues) > 3 else ""
        raise CorpusError(
            f"No usable documents among {collector.n_files} file(s) ({reasons}{more}). "
            "Supported: " + ", ".join(SUPPORTED_SUFFIXES) + "."
        )
    return corpus


# ---------------------------------------------------------------------- fingerprints


def _settings_bytes(columns: ColumnMap | None, limits: LoadLimits | None) -> bytes:
    limits = limits or LoadLimits()
    settings = {"columns": (columns or ColumnMap()).as_dict(),
                "limits": [limits.max_file_bytes, limits.max_total_bytes, limits.max_files]}
    return json.dumps(settings, sort_keys=True).encode()


def source_digest(
    paths: str | Path | Iterable[str | Path],
    *,
    columns: ColumnMap | None = None,
    limits: LoadLimits | None = None,
) -> str:
    """A hash of exactly what :func:`load_corpus` would read (each file's relative
    name and bytes) and the loading settings, without parsing anything. Equal digests
    mean an equal corpus and load report. Files over the size limit count by name and
    size only.

    Raises:
        CorpusError: a path does not exist.
    """
    roots = _roots(paths)
    limits = limits or LoadLimits()
    h = hashlib.sha256(_settings_bytes(columns, limits))
    for root in roots:
        for path, rel, what in _walk(root, len(roots)):
            h.update(rel.encode("utf-8") + b"\0")
            if what != "file":
                h.update(what.encode() + b"\0")
                continue
            try:
                size = path.stat().st_size
                h.update(str(size).encode() + b"\0")
                if size <= limits.max_file_bytes:
                    h.update(hashlib.sha256(path.read_bytes()).digest())
            except OSError as exc:
                h.update(f"error {exc.errno}".encode())
    return h.hexdigest()


def uploads_digest(
    files: Iterable[tuple[str, bytes]],
    *,
    columns: ColumnMap | None = None,
    limits: LoadLimits | None = None,
) -> str:
    """Like :func:`source_digest`, for uploads given as ``(file name, bytes)``."""
    h = hashlib.sha256(_settings_bytes(columns, limits) + b"uploads\0")
    for filename, data in files:
        h.update(str(filename).encode("utf-8", "surrogateescape") + b"\0")
        h.update(hashlib.sha256(data).digest())
    return h.hexdigest()
