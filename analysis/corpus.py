"""Reading a corpus: folders and files into :class:`Document` objects and a load report.

Every file below a folder is a document, except table files (``.csv``, ``.jsonl``,
``.parquet``), whose rows are documents. One unreadable file never stops the rest: it
goes into :attr:`Corpus.issues` with the reason. Files are only ever opened for
reading.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import re
import zipfile
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
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
    "load_corpus",
    "load_uploads",
    "read_text_bytes",
    "TEXT_SUFFIXES",
    "TABLE_SUFFIXES",
]

TEXT_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm", ".pdf", ".docx")
TABLE_SUFFIXES = (".csv", ".jsonl", ".ndjson", ".parquet")
_SKIP_NAMES = {".ds_store", "thumbs.db", "desktop.ini"}


class CorpusError(ValueError):
    """The input cannot be used at all (no such path, no usable document)."""


@dataclass(frozen=True)
class LoadLimits:
    """Guards against accidental huge inputs. Sizes in bytes."""

    max_file_bytes: int = 50_000_000
    max_total_bytes: int = 2_000_000_000
    max_files: int = 20_000


@dataclass(frozen=True)
class ColumnMap:
    """Which table columns hold what. ``None`` means: guess from the usual names."""

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
        lower = {str(c).strip().lower(): c for c in columns}
        out: dict[str, str | None] = {}
        for role, guesses in self._GUESSES.items():
            chosen = getattr(self, role)
            if chosen is not None:
                out[role] = chosen if chosen in columns else None
            else:
                out[role] = next((lower[g] for g in guesses if g in lower), None)
        return out


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
    """A file (or a table row) that was not used, and why."""

    path: str
    reason: str


@dataclass
class Corpus:
    """Documents plus the report of everything that could not be used."""

    name: str
    documents: list[Document]
    issues: list[LoadIssue] = field(default_factory=list)
    n_files: int = 0

    @property
    def fingerprint(self) -> str:
        """Hash of every document's id and content: equal corpora, equal fingerprints."""
        h = hashlib.sha256()
        for d in sorted(self.documents, key=lambda d: d.doc_id):
            for part in (d.doc_id, d.title, d.date or "", d.source, d.speaker, d.text):
                h.update(part.encode("utf-8", "surrogatepass"))
                h.update(b"\x00")
        return h.hexdigest()[:16]

    def report(self) -> pd.DataFrame:
        """One row per file: ``path``, ``status`` (loaded | skipped), ``reason``."""
        rows = [{"path": i.path, "status": "skipped", "reason": i.reason} for i in self.issues]
        return pd.DataFrame(rows, columns=["path", "status", "reason"])


# --------------------------------------------------------------------------- decoding

_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)


def read_text_bytes(data: bytes) -> str:
    """Decode bytes of unknown encoding.

    UTF-8 (with or without BOM) and UTF-16 (BOM) are decoded directly; other bytes are
    detected with charset-normalizer (Windows-1252, Latin-1, GB18030, ...).

    Raises:
        ValueError: the bytes look binary (NUL bytes without a UTF-16 BOM, or no
            encoding yields text).
    """
    for bom, enc in _BOMS:
        if data.startswith(bom):
            return data.decode(enc)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if _looks_utf16(data):
        return data.decode("utf-16-le" if data[1:2] == b"\x00" else "utf-16-be")
    if b"\x00" in data[:8192]:
        raise ValueError("binary content (not text)")
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000]).best()
    if best is None:
        raise ValueError("not readable as text in any known encoding")
    try:
        return data.decode(best.encoding)
    except (UnicodeDecodeError, LookupError) as exc:
        raise ValueError(f"not readable as text ({best.encoding}: {exc})") from None


def _looks_utf16(data: bytes) -> bool:
    sample = data[:4000]
    if len(sample) < 4:
        return False
    even_nuls = sample[0::2].count(0)
    odd_nuls = sample[1::2].count(0)
    half = len(sample) / 2
    return max(even_nuls, odd_nuls) > 0.4 * half and min(even_nuls, odd_nuls) < 0.05 * half


def _is_binary_text(text: str) -> bool:
    if not text:
        return False
    sample = text[:10000]
    bad = sum(1 for ch in sample if (ord(ch) < 32 and ch not in "\n\r\t\f") or ch == "\ufffd")
    return bad > 0.02 * len(sample)


# ---------------------------------------------------------------------- text cleanup

_SEED_HEADER = re.compile(r"^\s*date\s+(\d{4}-\d{2}-\d{2})\s+(.+?)\s*$")
_FRONT_MATTER = re.compile(r"\A\ufeff?---[ \t]*\n(.*?)\n---[ \t]*\n", re.S)
_MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_MD_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!$&'\"<>|~])")
_MD_EMPHASIS = re.compile(r"(?<![\w*])(\*{1,3}|_{1,3})(?=\S)(.+?)(?<=\S)\1(?![\w*])")
_MD_HEADING = re.compile(r"^#{1,6}\s+")
_URL = re.compile(r"https?://\S+")
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z.'\- ]{1,40}(?:,\s*(?!" + _MONTH + r"\s+\d)[A-Z][\w.'\- ]{1,40}?){0,2})"
    r"(?:,\s*(?P<when>" + _MONTH + r"\s+\d{1,2}(?:,\s*\d{4})?))?"
    r"\s*\((?P<agency>[A-Za-z][\w .&'-]{0,40})\)\s*(?:--|—|–|-)\s*"
)
_SIGNOFF = re.compile(r"^[^a-z]*$")  # a paragraph with no lower-case letter


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


def _keep_paragraph(paragraph: str) -> bool:
    if len(paragraph) < 2:
        return False
    if _SIGNOFF.match(paragraph) and len(paragraph) < 120:
        return False  # sign-offs such as "MINISTRY OF FOREIGN AFFAIRS SINGAPORE"
    return True


def _normalise_body(body: str, *, lines_are_paragraphs: bool = False) -> list[str]:
    body = body.replace("\r\n", "\n").replace("\r", "\n")
    if lines_are_paragraphs:
        paragraphs = [join_wrapped_lines(line) for line in body.split("\n")]
    else:
        paragraphs = split_paragraphs(body)
    return [p for p in paragraphs if _keep_paragraph(p)]


def _single_newline_paragraphs(body: str) -> bool:
    """True for text whose paragraphs are single lines with no blank line between."""
    lines = [ln for ln in body.split("\n") if ln.strip()]
    if len(lines) < 2 or re.search(r"\n[ \t\u00a0]*\n", body.strip()):
        return False
    return sum(len(ln) for ln in lines) / len(lines) > 100 or all(
        ln.rstrip()[-1:] in ".!?:\"”" for ln in lines[:-1]
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
    if title_from_first_line and not title and len(paragraphs) > 1:
        first = paragraphs[0]
        if len(first) <= 200 and not first.endswith((".", ":")) or len(first) <= 120:
            title = paragraphs.pop(0)
    place = ""
    body_start = 0
    text = "\n\n".join(paragraphs)
    match = _DATELINE.match(text)
    if match and match.end() < len(paragraphs[0]):
        place = match.group("place").strip()
        if not source:
            source = match.group("agency").strip()
        body_start = match.end()
    if not title:
        title = Path(path).stem if path else doc_id
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
    fm = _FRONT_MATTER.match(raw)
    if fm:
        try:
            meta = yaml.safe_load(fm.group(1)) or {}
        except yaml.YAMLError as exc:
            raise ValueError(f"front matter is not valid YAML ({exc.__class__.__name__})") from None
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
        first, _, rest = raw.lstrip("\ufeff").partition("\n")
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


def _read_html(raw: str, doc_id: str, path: str) -> Document:
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(raw, "lxml")
    for tag in soup(["script", "style", "noscript", "template", "nav", "header", "footer",
                     "aside", "form", "iframe", "svg"]):
        tag.decompose()
    title = soup.title.get_text(" ", strip=True) if soup.title else ""
    date = None
    for meta in soup.find_all("meta"):
        name = (meta.get("name") or meta.get("property") or "").lower()
        if name in {"date", "article:published_time", "dc.date", "pubdate"} and not date:
            date = _parse_date(meta.get("content"))
    root = soup.find("article") or soup.find("main") or soup.body or soup
    blocks = []
    for el in root.find_all(["p", "h1", "h2", "h3", "li", "blockquote", "pre", "td"]):
        if el.find(["p", "li"]):
            continue
        txt = el.get_text(" ", strip=True)
        if txt:
            blocks.append(txt)
    if not blocks:
        blocks = [t for t in root.get_text("\n").split("\n") if t.strip()]
    h1 = root.find("h1")
    if h1 is not None:
        head = h1.get_text(" ", strip=True)
        if blocks and blocks[0] == head:
            blocks.pop(0)
        title = head or title
    return _make_document(doc_id, "\n\n".join(blocks), title=title, date=date, path=path)


def _read_pdf(data: bytes, doc_id: str, path: str) -> Document:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        pages = [page.extract_text() or "" for page in reader.pages]
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as exc:
        raise ValueError(f"not a readable PDF ({exc.__class__.__name__})") from None
    text = "\n\n".join(pages)
    if not text.strip():
        raise ValueError("PDF has no text layer (scanned images need OCR first)")
    title = ""
    meta = reader.metadata
    if meta is not None and meta.title:
        title = str(meta.title)
    return _make_document(doc_id, text, title=title, path=path, title_from_first_line=not title)


def _read_docx(data: bytes, doc_id: str, path: str) -> Document:
    import docx

    try:
        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise ValueError(f"not a readable Word file ({exc.__class__.__name__})") from None
    paragraphs = [p.text for p in document.paragraphs if p.text.strip()]
    title = document.core_properties.title or ""
    return _make_document(
        doc_id, "\n\n".join(paragraphs), title=title, path=path, title_from_first_line=not title
    )


def _table_frame(data: bytes, suffix: str) -> pd.DataFrame:
    if suffix == ".parquet":
        try:
            return pd.read_parquet(io.BytesIO(data))
        except Exception as exc:  # pyarrow raises many types for corrupt files
            raise ValueError(f"not a readable Parquet file ({exc.__class__.__name__})") from None
    text = read_text_bytes(data)
    if suffix == ".csv":
        try:
            return pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False,
                               on_bad_lines="error", engine="python")
        except (pd.errors.ParserError, csv.Error, pd.errors.EmptyDataError) as exc:
            first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            raise ValueError(f"malformed CSV ({first})") from None
    rows = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            raise ValueError(f"malformed JSON on line {number} ({exc.msg})") from None
        if not isinstance(obj, dict):
            raise ValueError(f"line {number} is not a JSON object")
        rows.append(obj)
    return pd.DataFrame(rows)


def _cell(row: Mapping[str, object], column: str | None) -> str:
    if column is None:
        return ""
    value = row.get(column)
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return ""
    return str(value)


def _read_table(
    data: bytes, rel: str, suffix: str, columns: ColumnMap
) -> tuple[list[Document], list[LoadIssue]]:
    frame = _table_frame(data, suffix)
    if frame.empty:
        raise ValueError("the table has no rows")
    roles = columns.resolve([str(c) for c in frame.columns])
    if roles["text"] is None:
        wanted = columns.text or "text or content"
        raise ValueError(
            f"no text column (looked for {wanted!s}; columns are "
            f"{', '.join(map(str, frame.columns[:12]))}). Map one with --text-column"
        )
    docs: list[Document] = []
    issues: list[LoadIssue] = []
    for i, row in enumerate(frame.to_dict("records")):
        body = _cell(row, roles["text"])
        rid = _cell(row, roles["id"]) or _cell(row, roles["url"]) or f"{rel}#{i + 1}"
        if not body.strip():
            issues.append(LoadIssue(f"{rel}#{i + 1}", "empty text"))
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
    return docs, issues


def _read_one(
    data: bytes, rel: str, suffix: str, columns: ColumnMap
) -> tuple[list[Document], list[LoadIssue]]:
    """Documents from one file's bytes. Raises ValueError with a reason."""
    if not data.strip():
        raise ValueError("empty file")
    if suffix in TABLE_SUFFIXES:
        return _read_table(data, rel, suffix, columns)
    if suffix == ".pdf":
        if not data.startswith(b"%PDF"):
            raise ValueError("not a PDF (no %PDF header)")
        return [_read_pdf(data, rel, rel)], []
    if suffix == ".docx":
        if not data.startswith(b"PK"):
            raise ValueError("not a Word .docx file (not a zip archive)")
        return [_read_docx(data, rel, rel)], []
    text = read_text_bytes(data)
    if _is_binary_text(text):
        raise ValueError("binary content (not text)")
    if not text.strip():
        raise ValueError("only whitespace")
    if suffix in {".html", ".htm"} or (
        suffix == ".txt" and re.match(r"\s*<(!doctype html|html)", text[:200], re.I)
    ):
        return [_read_html(text, rel, rel)], []
    return [_read_plain(text, rel, rel, markdown=suffix in {".md", ".markdown"})], []


# --------------------------------------------------------------------------- corpus


def _iter_files(root: Path) -> Iterator[Path]:
    if root.is_file():
        yield root
        return
    for path in sorted(root.rglob("*")):
        if path.is_symlink() or not path.is_file():
            continue
        rel_parts = path.relative_to(root).parts
        if any(part.startswith(".") for part in rel_parts) or path.name.lower() in _SKIP_NAMES:
            continue
        yield path


class _Collector:
    def __init__(self, limits: LoadLimits, columns: ColumnMap) -> None:
        self.limits = limits
        self.columns = columns
        self.documents: list[Document] = []
        self.issues: list[LoadIssue] = []
        self.seen_text: dict[str, str] = {}
        self.seen_ids: set[str] = set()
        self.total = 0
        self.n_files = 0

    def add(self, rel: str, data: bytes | None, size: int) -> None:
        self.n_files += 1
        suffix = PurePosixPath(rel).suffix.lower()
        if suffix == ".ndjson":
            suffix = ".jsonl"
        if suffix not in TEXT_SUFFIXES + TABLE_SUFFIXES:
            self.issues.append(LoadIssue(rel, f"unsupported file type {suffix or '(none)'}"))
            return
        if self.n_files > self.limits.max_files:
            self.issues.append(LoadIssue(rel, f"too many files (limit {self.limits.max_files})"))
            return
        if size > self.limits.max_file_bytes:
            self.issues.append(LoadIssue(
                rel, f"too large ({size / 1e6:.1f} MB; limit {self.limits.max_file_bytes / 1e6:.0f} MB)"))
            return
        if self.total + size > self.limits.max_total_bytes:
            self.issues.append(LoadIssue(rel, "corpus size limit reached"))
            return
        self.total += size
        try:
            docs, issues = _read_one(data or b"", rel, suffix, self.columns)
        except ValueError as exc:
            self.issues.append(LoadIssue(rel, str(exc)))
            return
        except (RecursionError, MemoryError, UnicodeError, OSError) as exc:
            self.issues.append(LoadIssue(rel, f"unreadable ({exc.__class__.__name__})"))
            return
        self.issues.extend(issues)
        for doc in docs:
            self._keep(doc)

    def _keep(self, doc: Document) -> None:
        if not doc.text.strip():
            self.issues.append(LoadIssue(doc.path or doc.doc_id, "no text after cleaning"))
            return
        key = hashlib.sha1(doc.text.encode("utf-8", "surrogatepass")).hexdigest()
        if key in self.seen_text:
            self.issues.append(LoadIssue(doc.path or doc.doc_id, f"duplicate of {self.seen_text[key]}"))
            return
        doc_id = doc.doc_id
        n = 2
        while doc_id in self.seen_ids:
            doc_id = f"{doc.doc_id}~{n}"
            n += 1
        if doc_id != doc.doc_id:
            doc = Document(**{**doc.__dict__, "doc_id": doc_id})
        self.seen_text[key] = doc.doc_id
        self.seen_ids.add(doc.doc_id)
        self.documents.append(doc)


def load_corpus(
    paths: str | Path | Iterable[str | Path],
    *,
    name: str | None = None,
    columns: ColumnMap | None = None,
    limits: LoadLimits | None = None,
) -> Corpus:
    """Load documents from folders (recursively) and files.

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
    if isinstance(paths, (str, Path)):
        paths = [paths]
    roots = [Path(p).expanduser() for p in paths]
    if not roots:
        raise CorpusError("No corpus given. Pass a folder or file, e.g. `seeds`.")
    collector = _Collector(limits or LoadLimits(), columns or ColumnMap())
    for root in roots:
        if not root.exists():
            raise CorpusError(f"{root}: no such file or folder.")
        base = root if root.is_dir() else root.parent
        for path in _iter_files(root):
            rel = path.relative_to(base).as_posix()
            if len(roots) > 1 and root.is_dir():
                rel = f"{root.name}/{rel}"
            try:
                size = path.stat().st_size
                data = path.read_bytes() if size <= collector.limits.max_file_bytes else None
            except OSError as exc:
                collector.n_files += 1
                collector.issues.append(LoadIssue(rel, f"cannot be read ({exc.strerror or exc})"))
                continue
            collector.add(rel, data, size)
    corpus_name = name or " + ".join(r.resolve().name or str(r) for r in roots)
    return _finish(collector, corpus_name)


def load_uploads(
    files: Iterable[tuple[str, bytes]],
    *,
    name: str = "uploads",
    columns: ColumnMap | None = None,
    limits: LoadLimits | None = None,
) -> Corpus:
    """Load uploaded files given as ``(file name, bytes)``; ``.zip`` files are unpacked
    in memory (members with absolute paths or ``..`` are refused, and inflation past
    the size limits is stopped)."""
    collector = _Collector(limits or LoadLimits(), columns or ColumnMap())
    for filename, data in files:
        if filename.lower().endswith(".zip"):
            _add_zip(collector, filename, data)
        else:
            collector.add(PurePosixPath(filename).name, data, len(data))
    return _finish(collector, name)


def _add_zip(collector: _Collector, filename: str, data: bytes) -> None:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        collector.issues.append(LoadIssue(filename, "not a readable zip archive"))
        return
    with archive:
        for info in archive.infolist():
            if info.is_dir():
                continue
            member = info.filename
            rel = f"{filename}/{member}"
            parts = PurePosixPath(member.replace("\\", "/")).parts
            if member.startswith(("/", "\\")) or ".." in parts or re.match(r"^[A-Za-z]:", member):
                collector.n_files += 1
                collector.issues.append(LoadIssue(rel, "unsafe path in zip (absolute or '..'): refused"))
                continue
            if any(p.startswith(".") or p == "__MACOSX" for p in parts):
                continue
            limit = collector.limits.max_file_bytes
            if info.file_size > limit or collector.total + info.file_size > collector.limits.max_total_bytes:
                collector.add(rel, None, info.file_size)
                continue
            try:
                with archive.open(info) as handle:
                    content = handle.read(limit + 1)
            except (zipfile.BadZipFile, OSError, RuntimeError, NotImplementedError) as exc:
                collector.n_files += 1
                collector.issues.append(LoadIssue(rel, f"unreadable zip member ({exc.__class__.__name__})"))
                continue
            if len(content) > limit:
                collector.n_files += 1
                collector.issues.append(LoadIssue(rel, "inflates past the file size limit: stopped"))
                continue
            collector.add(rel, content, len(content))


def _finish(collector: _Collector, name: str) -> Corpus:
    corpus = Corpus(name=name, documents=collector.documents, issues=collector.issues,
                    n_files=collector.n_files)
    if not corpus.documents:
        reasons = "; ".join(f"{i.path}: {i.reason}" for i in corpus.issues[:5])
        raise CorpusError(
            "No usable documents found"
            + (f" ({reasons})" if reasons else "")
            + ". Supported: " + ", ".join(TEXT_SUFFIXES + TABLE_SUFFIXES) + "."
        )
    return corpus
