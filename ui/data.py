"""Which corpus the dashboard shows, and its cached analysis.

The corpus is, in this order: the one chosen on the Data page (a folder, or uploaded
files), ``streamlit run dashboard.py -- --corpus PATH`` (repeat ``--corpus`` for
several), the ``COMMUNIQUE_CORPUS`` environment variable (several paths separated by
``os.pathsep``), else the bundled ``seeds/``.

Analyses are kept on disk by :mod:`analysis.cache` (outside the corpus) and in memory
by ``st.cache_resource``; an analysed corpus reopens without being parsed again. When
a corpus has to be analysed, a progress bar shows the stages.

Why ``st.cache_resource`` for the analysis itself: ``st.cache_data`` hands every rerun
a fresh copy by unpickling it; for 2,520 UN speeches (223k statements) that copy is a
176 MB pickle round trip, 0.8-3 s on every click (benchmarks/bench_reopen.py). The
analysis is shared read-only instead: pages derive new frames from it (pandas
copy-on-write keeps the shared frames unchanged) and never assign into it. Small
results (file digests, table columns) stay in ``st.cache_data``.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Literal

import streamlit as st

from analysis import Analysis, ColumnMap, CorpusError, LoadLimits, analyze, load_corpus, load_uploads
from analysis.cache import CacheError, open_cached, open_uploads_cached, reopen
from analysis.corpus import TABLE_SUFFIXES, source_digest, table_columns, uploads_digest

__all__ = [
    "REPO_ROOT",
    "SEEDS",
    "Source",
    "LoadSettings",
    "corpus_source",
    "startup_source",
    "folder_source",
    "upload_source",
    "use_source",
    "load_settings",
    "use_load_settings",
    "current_analysis",
    "table_columns_of",
    "STAGES",
    "escape_markdown",
]

REPO_ROOT = Path(__file__).resolve().parent.parent
SEEDS = REPO_ROOT / "seeds"
_SOURCE = "communique_source"
_SETTINGS = "communique_load_settings"

# Analysis stages in order, with their share of the progress bar.
STAGES = {
    "Checking the files": 0.02,
    "Reading the cache": 0.02,
    "Reading the files": 0.10,
    "Attributing speakers": 0.40,
    "Counting terms": 0.20,
    "Finding themes": 0.22,
    "Saving to the cache": 0.04,
}


@dataclass(frozen=True)
class Source:
    """Where the corpus comes from.

    * ``kind="folder"``: ``paths`` are folders or files on this machine (read only);
    * ``kind="uploads"``: ``uploads`` are ``(file name, bytes)`` held in memory for
      the session (``.zip`` archives are read in memory); ``digest`` identifies them.
    """

    kind: Literal["folder", "uploads"]
    paths: tuple[str, ...] = ()
    uploads: tuple[tuple[str, bytes], ...] = field(default=(), repr=False, compare=False)
    digest: str = ""
    name: str = ""

    def describe(self) -> str:
        if self.kind == "uploads":
            return f"{len(self.uploads)} uploaded file(s)"
        return " + ".join(self.paths)


@dataclass(frozen=True)
class LoadSettings:
    """How files are read: table columns and limits (see :mod:`analysis.corpus`)."""

    columns: ColumnMap = field(default_factory=ColumnMap)
    limits: LoadLimits = field(default_factory=LoadLimits)


_MD_SPECIAL = set("\\`*_{}[]()#+-.!|<>~$:&\"'")


def escape_markdown(text: str) -> str:
    """User text (file names, paths, reasons) made inert for st.markdown, st.error and
    the like: every Markdown and HTML character is backslash-escaped, so no link,
    image or markup can come from a file name."""
    return "".join("\\" + ch if ch in _MD_SPECIAL else ch for ch in str(text))


# ------------------------------------------------------------------------ sources


def startup_source(argv: list[str] | None = None, environ: dict | None = None) -> Source:
    """The corpus given when the dashboard started: ``--corpus PATH`` after ``--``
    on the command line, else ``COMMUNIQUE_CORPUS``, else the bundled seeds."""
    parser = argparse.ArgumentParser(add_help=False)
    parser.add_argument("--corpus", action="append", default=None)
    args, _ = parser.parse_known_args(sys.argv[1:] if argv is None else argv)
    env = os.environ if environ is None else environ
    if args.corpus:
        paths = args.corpus
    elif env.get("COMMUNIQUE_CORPUS"):
        paths = [p for p in env["COMMUNIQUE_CORPUS"].split(os.pathsep) if p.strip()]
    else:
        paths = [str(SEEDS)]
    return Source("folder", paths=tuple(str(Path(p).expanduser().absolute()) for p in paths))


def corpus_source() -> Source:
    """The corpus shown now: chosen on the Data page, else :func:`startup_source`."""
    chosen = st.session_state.get(_SOURCE)
    return chosen if isinstance(chosen, Source) else startup_source()


def folder_source(text: str) -> Source:
    """A source from a path typed by the user.

    Raises:
        CorpusError: empty, or no such file or folder.
    """
    text = text.strip().strip('"').strip("'")
    if not text:
        raise CorpusError("Type the path of a folder or file, e.g. /home/me/readouts.")
    path = Path(text).expanduser()
    if not path.exists():
        raise CorpusError(f"{path}: no such file or folder.")
    if not (path.is_dir() or path.is_file()):
        raise CorpusError(f"{path}: not a regular file or folder.")
    return Source("folder", paths=(str(path.resolve()),))


def upload_source(files: list[tuple[str, bytes]], settings: LoadSettings | None = None,
                  *, name: str = "uploads") -> Source:
    """A source from uploaded ``(file name, bytes)``; only base names are kept.

    Raises:
        CorpusError: no file was given.
    """
    if not files:
        raise CorpusError("Upload at least one file (or a .zip of files).")
    settings = settings or load_settings()
    kept = tuple((PurePosixPath(str(n).replace("\\", "/")).name, bytes(d)) for n, d in files)
    digest = uploads_digest(kept, columns=settings.columns, limits=settings.limits)
    return Source("uploads", uploads=kept, digest=digest, name=name)


def use_source(source: Source) -> None:
    """Show this corpus on every page from now on (for this browser session)."""
    st.session_state[_SOURCE] = source


def load_settings() -> LoadSettings:
    chosen = st.session_state.get(_SETTINGS)
    return chosen if isinstance(chosen, LoadSettings) else LoadSettings()


def use_load_settings(settings: LoadSettings) -> None:
    st.session_state[_SETTINGS] = settings
    source = corpus_source()
    if source.kind == "uploads":  # the digest covers the settings
        use_source(upload_source(list(source.uploads), settings, name=source.name))


def table_columns_of(source: Source, *, max_files: int = 50) -> dict[str, list[str]]:
    """Column names of the table files (.csv, .jsonl, .parquet) in a source, by file;
    at most ``max_files`` files are looked at. Remembered until a file changes."""
    key = source.digest if source.kind == "uploads" else _stat_key(source.paths)
    return _table_columns(source.kind, source.paths, key, max_files, source)


@st.cache_data(show_spinner=False, max_entries=16)
def _table_columns(kind: str, paths: tuple[str, ...], key: str, max_files: int,
                   _source: Source) -> dict[str, list[str]]:
    del kind, key  # part of the cache key only
    found: dict[str, list[str]] = {}
    if _source.kind == "uploads":
        candidates = [(n, d) for n, d in _source.uploads
                      if PurePosixPath(n).suffix.lower() in TABLE_SUFFIXES]
        for name, data in candidates[:max_files]:
            found[name] = table_columns(name, data)
        return {k: v for k, v in found.items() if v}
    for root in map(Path, paths):
        files = [root] if root.is_file() else sorted(
            p for p in root.rglob("*") if p.suffix.lower() in TABLE_SUFFIXES and p.is_file()
            and not any(part.startswith(".") for part in p.relative_to(root).parts))
        for path in files:
            if len(found) >= max_files:
                break
            try:
                if path.stat().st_size > LoadLimits().max_file_bytes:
                    continue
                if path.suffix.lower() == ".parquet":
                    data = path.read_bytes()
                else:  # the header and the first rows are enough
                    with path.open("rb") as handle:
                        data = handle.read(2_000_000)
                found[str(path)] = table_columns(path.name, data)
            except OSError:
                continue
    return {k: v for k, v in found.items() if v}


# ------------------------------------------------------------------------ analysis


class _NotCached(LookupError):
    pass


def _stat_key(paths: tuple[str, ...]) -> str:
    """Names, sizes and modification times of every file: cheap, and changes whenever
    a file does."""
    parts = []
    for root in map(Path, paths):
        try:
            files = [root] if root.is_file() else sorted(root.rglob("*"))
            for p in files:
                st_ = p.lstat()
                parts.append(f"{p}\0{st_.st_size}\0{st_.st_mtime_ns}")
        except OSError as exc:
            parts.append(f"{root}\0error {exc.errno}")
    return hashlib.sha1("\n".join(parts).encode("utf-8", "surrogateescape")).hexdigest()


@st.cache_data(show_spinner=False, max_entries=64)
def _folder_digest(paths: tuple[str, ...], stat_key: str, columns: str, limits: str) -> str:
    del stat_key  # part of the cache key only
    return source_digest(paths, columns=ColumnMap(**json.loads(columns)),
                         limits=LoadLimits(**json.loads(limits)))


@st.cache_resource(show_spinner="Opening the analysed corpus…", max_entries=4)
def _reopened(digest: str, name: str, n_themes: int | None, cache_dir: str) -> Analysis:
    found = reopen(digest, name=name, n_themes=n_themes, cache_dir=cache_dir)
    if found is None:
        raise _NotCached(digest)  # exceptions are not cached: the next call looks again
    return found


@st.cache_resource(show_spinner="Analysing the corpus (the disk cache is unavailable)…",
                   max_entries=2)
def _analysed_in_memory(digest: str, n_themes: int | None, _source: Source,
                        _settings: LoadSettings, _ready: Analysis | None = None) -> Analysis:
    del digest  # the cache key
    if _ready is not None:
        return _ready
    if _source.kind == "uploads":
        corpus = load_uploads(_source.uploads, name=_source.name or "uploads",
                              columns=_settings.columns, limits=_settings.limits)
    else:
        corpus = load_corpus(_source.paths, columns=_settings.columns, limits=_settings.limits)
    return analyze(corpus, n_themes=n_themes)


def _json(obj: object) -> str:
    if isinstance(obj, ColumnMap):
        return json.dumps(obj.as_dict(), sort_keys=True)
    return json.dumps(obj.__dict__, sort_keys=True)


def _progress_bar():
    bar = st.progress(0.0, text="Analysing the corpus…")
    order = list(STAGES)
    done = {"overall": 0.0}

    def update(stage: str, fraction: float) -> None:
        if stage in STAGES:
            base = sum(STAGES[s] for s in order[:order.index(stage)])
            done["overall"] = max(done["overall"], base + STAGES[stage] * min(max(fraction, 0), 1))
        bar.progress(min(done["overall"], 1.0), text=f"{stage}…")

    return bar, update


def _digest(source: Source, settings: LoadSettings) -> str:
    if source.kind == "uploads":
        return source.digest
    return _folder_digest(source.paths, _stat_key(source.paths), _json(settings.columns),
                          _json(settings.limits))


def _name(source: Source) -> str:
    if source.name:
        return source.name
    if source.kind == "uploads":
        return "uploads"
    return " + ".join(Path(p).resolve().name or p for p in source.paths)


def _open_with_progress(source: Source, settings: LoadSettings, n_themes: int | None,
                        digest: str, cache_dir: str) -> Analysis:
    bar, update = _progress_bar()
    try:
        if source.kind == "uploads":
            return open_uploads_cached(source.uploads, name=_name(source), columns=settings.columns,
                                       limits=settings.limits, n_themes=n_themes,
                                       cache_dir=cache_dir, progress=update, digest=digest)
        return open_cached(source.paths, name=_name(source), columns=settings.columns,
                           limits=settings.limits, n_themes=n_themes, cache_dir=cache_dir,
                           progress=update, digest=digest)
    finally:
        bar.empty()


def analysis_for(source: Source, settings: LoadSettings | None = None,
                 n_themes: int | None = None) -> Analysis:
    """The analysis of a source: from memory, else from the disk cache, else analysed
    now with a progress bar (and stored).

    Raises:
        CorpusError: the source has no usable document (the message says why).
    """
    from analysis.cache import default_cache_dir

    settings = settings or load_settings()
    if source.kind == "folder":
        for p in source.paths:
            if not Path(p).exists():
                raise CorpusError(f"{p}: no such file or folder.")
    digest = _digest(source, settings)
    cache_dir = str(default_cache_dir())
    try:
        return _reopened(digest, _name(source), n_themes, cache_dir)
    except _NotCached:
        pass
    try:
        fresh = _open_with_progress(source, settings, n_themes, digest, cache_dir)
    except (CacheError, PermissionError):
        return _analysed_in_memory(digest, n_themes, source, settings)
    try:
        return _reopened(digest, _name(source), n_themes, cache_dir)
    except _NotCached:  # could not be stored (disk full, a field the cache cannot store)
        return _analysed_in_memory(digest, n_themes, source, settings, fresh)


def current_analysis() -> Analysis | None:
    """The analysed corpus, or ``None`` after showing why it could not be analysed
    (with a pointer to the Data page)."""
    source = corpus_source()
    try:
        analysis = analysis_for(source, load_settings(), st.session_state.get("n_themes"))
        # The names the user gave the themes (kept per corpus) reach every page and chart.
        from ui.themes import with_theme_names

        return with_theme_names(analysis)
    except CorpusError as exc:
        st.error(f"The corpus could not be opened. {escape_markdown(exc)}")
        st.info("Choose another corpus, or see the load report, on the **Data** page.")
    return None
