"""Analysed corpora kept on disk, so that reopening one is instant.

An analysis is stored per key: the corpus fingerprint (every document's content and
metadata), the analysis settings (themes, random state, stopwords) and a hash of this
package's code, so a new version never serves stale results. Frames are Parquet files,
arrays a ``.npz`` archive read with ``allow_pickle=False``, the rest JSON: nothing is
ever unpickled. The cache lives outside the corpus: ``$COMMUNIQUE_CACHE``, else
``~/.cache/communique``; it never writes into or
beside the user's folder, and a cache folder inside a corpus folder is refused.

Two ways in:

* :func:`analyze_cached` takes a loaded :class:`~analysis.corpus.Corpus`;
* :func:`open_cached` takes folders or files and, when their bytes and settings are
  those of an earlier run, reopens the analysis without parsing anything (the
  reopening the dashboard does).
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import shutil
import tempfile
import time
import warnings
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache
from pathlib import Path

import numpy as np
import pandas as pd
import scipy.sparse as sp

from .corpus import (ColumnMap, Corpus, LoadLimits, _roots, load_corpus, load_uploads, source_digest,
                     uploads_digest)
from .pipeline import Analysis, analyze

__all__ = [
    "CACHE_ENV",
    "default_cache_dir",
    "analysis_key",
    "analyze_cached",
    "open_cached",
    "open_uploads_cached",
    "reopen",
    "save_analysis",
    "load_analysis",
    "clear_cache",
    "prune_cache",
    "CacheError",
]

CACHE_ENV = "COMMUNIQUE_CACHE"
FORMAT_VERSION = 1
DEFAULT_MAX_BYTES = 2_000_000_000

Progress = Callable[[str, float], None]


class CacheError(ValueError):
    """An analysis cannot be stored (a field of a type the cache does not know) or a
    stored one cannot be read back."""


def default_cache_dir() -> Path:
    """``$COMMUNIQUE_CACHE``, else ``~/.cache/communique``."""
    chosen = os.environ.get(CACHE_ENV)
    return Path(chosen).expanduser() if chosen else Path.home() / ".cache" / "communique"


@lru_cache(maxsize=1)
def _code_fingerprint() -> str:
    """A hash of the analysis package's source and data files: results made by other
    code are never reused."""
    root = Path(__file__).resolve().parent
    h = hashlib.sha256()
    for path in sorted(root.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc":
            h.update(path.relative_to(root).as_posix().encode() + b"\0")
            h.update(path.read_bytes())
    return h.hexdigest()[:16]


def _settings(n_themes: int | None, random_state: int,
              stopwords: Iterable[str] | None) -> dict:
    return {
        "n_themes": n_themes,
        "random_state": random_state,
        "stopwords": sorted(stopwords) if stopwords is not None else None,
    }


def analysis_key(fingerprint: str, settings: dict) -> str:
    """The cache key of an analysis: corpus fingerprint + settings + code."""
    blob = json.dumps({"fingerprint": fingerprint, "settings": settings,
                       "code": _code_fingerprint(), "format": FORMAT_VERSION},
                      sort_keys=True, default=str)
    return hashlib.sha256(blob.encode()).hexdigest()[:32]


# ------------------------------------------------------------------- serialising
#
# A stored analysis is a folder: manifest.json (the structure, as tagged JSON),
# one Parquet file per frame or large text mapping, and arrays.npz (every numeric
# array and sparse matrix, read with allow_pickle=False). Objects of this package
# (the Analysis, TermMatrix, a fitted Tokenizer) are stored through their
# __getstate__ as data and rebuilt with __setstate__ (or their __dict__); the class
# is looked up only inside the ``analysis`` package. Anything else cannot be stored:
# the analysis is then returned uncached, with a warning.

_PACKAGE = __name__.rsplit(".", 1)[0]
_NUMERIC_KINDS = "biufcmM"


def _own_class(cls: type) -> bool:
    module = getattr(cls, "__module__", "") or ""
    return module == _PACKAGE or module.startswith(_PACKAGE + ".")


def _class_by_name(name: str) -> type:
    module_name, _, qualname = name.partition(":")
    if not (module_name == _PACKAGE or module_name.startswith(_PACKAGE + ".")):
        raise CacheError(f"refusing to rebuild {name!r}: not a class of this package")
    import importlib

    obj: object = importlib.import_module(module_name)
    for part in qualname.split("."):
        obj = getattr(obj, part)
    if not isinstance(obj, type) or obj.__module__ != module_name:
        raise CacheError(f"{name!r} is not a class of this package")
    return obj


class _Writer:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.arrays: dict[str, np.ndarray] = {}
        self.n_files = 0

    def _file(self, stem: str) -> str:
        self.n_files += 1
        safe = "".join(ch if ch.isalnum() or ch in "._-" else "_" for ch in stem)[:80]
        return f"{self.n_files:03d}-{safe}"

    def encode(self, value: object, path: str) -> object:
        if value is None or isinstance(value, (bool, str)):
            return value
        if isinstance(value, (int, float)) and type(value) in (int, float):
            return value
        if isinstance(value, np.generic):
            return {"np": value.dtype.str, "v": value.item()}
        if isinstance(value, pd.DataFrame):
            name = self._file(path) + ".parquet"
            try:
                value.to_parquet(self.folder / name)
            except Exception as exc:  # noqa: BLE001 - pyarrow cannot type some object columns
                raise CacheError(f"frame {path!r} cannot be stored as Parquet ({exc})") from None
            return {"frame": name}
        if sp.issparse(value):
            m = value.tocsr()
            name = self._file(path)
            for part in ("data", "indices", "indptr"):
                self.arrays[f"{name}.{part}"] = getattr(m, part)
            return {"sparse": name, "shape": list(m.shape), "format": value.format,
                    "array": not isinstance(value, sp.spmatrix)}
        if isinstance(value, np.ndarray):
            if value.dtype.kind in _NUMERIC_KINDS:
                name = self._file(path)
                self.arrays[name] = value
                return {"array": name}
            flat = value.ravel().tolist()
            if value.dtype.kind in "UO" and all(isinstance(v, str) for v in flat):
                return {"strs": flat, "dtype": value.dtype.kind, "shape": list(value.shape)}
            raise CacheError(f"array {path!r} of dtype {value.dtype} cannot be stored")
        if isinstance(value, dict):
            if len(value) > 1000 and all(isinstance(k, str) and isinstance(v, str)
                                         for k, v in value.items()):
                name = self._file(path) + ".parquet"
                pd.DataFrame({"key": list(value), "value": list(value.values())}).to_parquet(
                    self.folder / name, index=False)
                return {"strdict": name}
            if all(isinstance(k, str) for k in value):
                return {"d": {k: self.encode(v, f"{path}.{k}") for k, v in value.items()}}
            return {"dk": [[self.encode(k, path), self.encode(v, f"{path}.v")]
                           for k, v in value.items()]}
        if isinstance(value, list):
            return [self.encode(v, f"{path}.{i}") for i, v in enumerate(value)]
        if isinstance(value, tuple) and type(value) is tuple:
            return {"t": [self.encode(v, f"{path}.{i}") for i, v in enumerate(value)]}
        if isinstance(value, (set, frozenset)):
            tag = "s" if isinstance(value, set) else "fs"
            return {tag: [self.encode(v, path) for v in sorted(value, key=repr)]}
        cls = type(value)
        if _own_class(cls):
            state = value.__getstate__()
            if not isinstance(state, dict):
                raise CacheError(f"{cls.__qualname__} keeps no plain state to store")
            return {"obj": f"{cls.__module__}:{cls.__qualname__}",
                    "state": self.encode(dict(state), path)}
        raise CacheError(f"{path!r} holds a {cls.__module__}.{cls.__qualname__}, which the "
                         "cache cannot store")

    def close(self, body: object, meta: dict) -> None:
        np.savez(self.folder / "arrays.npz", **self.arrays)
        doc = {"format": FORMAT_VERSION, "code": _code_fingerprint(), "meta": meta, "body": body}
        (self.folder / "manifest.json").write_text(json.dumps(doc, ensure_ascii=False),
                                                   encoding="utf-8")


class _Reader:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        doc = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
        if doc.get("format") != FORMAT_VERSION or doc.get("code") != _code_fingerprint():
            raise CacheError("stored by another version of the analysis code")
        self.meta = doc["meta"]
        self.body = doc["body"]
        with np.load(folder / "arrays.npz", allow_pickle=False) as archive:
            self.arrays = {k: archive[k] for k in archive.files}

    def decode(self, value: object) -> object:
        if isinstance(value, list):
            return [self.decode(v) for v in value]
        if not isinstance(value, dict):
            return value
        if "np" in value:
            return np.dtype(value["np"]).type(value["v"])
        if "frame" in value:
            return pd.read_parquet(self.folder / _plain_name(value["frame"]))
        if "sparse" in value:
            name = value["sparse"]
            m = sp.csr_matrix((self.arrays[f"{name}.data"], self.arrays[f"{name}.indices"],
                               self.arrays[f"{name}.indptr"]), shape=tuple(value["shape"]))
            if value.get("array"):
                m = sp.csr_array(m)
            return m if value["format"] == "csr" else m.asformat(value["format"])
        if "array" in value:
            return self.arrays[value["array"]]
        if "strs" in value:
            dtype = object if value["dtype"] == "O" else None
            return np.array(value["strs"], dtype=dtype).reshape(value["shape"])
        if "strdict" in value:
            frame = pd.read_parquet(self.folder / _plain_name(value["strdict"]))
            return dict(zip(frame["key"].tolist(), frame["value"].tolist()))
        if "d" in value:
            return {k: self.decode(v) for k, v in value["d"].items()}
        if "dk" in value:
            return {_hashable(self.decode(k)): self.decode(v) for k, v in value["dk"]}
        if "t" in value:
            return tuple(self.decode(v) for v in value["t"])
        if "s" in value:
            return {_hashable(self.decode(v)) for v in value["s"]}
        if "fs" in value:
            return frozenset(_hashable(self.decode(v)) for v in value["fs"])
        if "obj" in value:
            cls = _class_by_name(value["obj"])
            state = self.decode(value["state"])
            obj = cls.__new__(cls)
            if getattr(cls, "__setstate__", None) is not None and hasattr(obj, "__dict__"):
                obj.__setstate__(state)
            else:
                obj.__dict__.update(state)
            return obj
        raise CacheError(f"unknown stored value {sorted(value)!r}")


def _plain_name(name: str) -> str:
    if "/" in name or "\\" in name or name.startswith("."):
        raise CacheError(f"bad file name in the manifest: {name!r}")
    return name


def _hashable(value: object) -> object:
    return tuple(_hashable(v) for v in value) if isinstance(value, list) else value


def save_analysis(analysis: Analysis, folder: str | Path) -> Path:
    """Store an analysis in ``folder`` (created; must not exist yet).

    Raises:
        CacheError: a field holds a value of a type the cache cannot store.
    """
    folder = Path(folder)
    folder.mkdir(parents=True)
    writer = _Writer(folder)
    body = writer.encode(analysis, "analysis")
    writer.close(body, {"saved": time.time()})
    return folder


def load_analysis(folder: str | Path) -> Analysis:
    """Read back an analysis stored by :func:`save_analysis`.

    Raises:
        CacheError: missing or damaged files, or stored by other code.
    """
    folder = Path(folder)
    try:
        reader = _Reader(folder)
        analysis = reader.decode(reader.body)
    except CacheError:
        raise
    except (OSError, ValueError, KeyError, TypeError, AttributeError, ImportError) as exc:
        raise CacheError(f"cannot read the stored analysis in {folder} "
                         f"({exc.__class__.__name__}: {exc})") from None
    if not isinstance(analysis, Analysis):
        raise CacheError(f"{folder} does not hold an analysis")
    expected = {f.name for f in dataclasses.fields(Analysis)}
    if not expected <= set(vars(analysis)):
        raise CacheError("the stored analysis lacks fields the code now has")
    return analysis


# ---------------------------------------------------------------------- the store


def _inside(path: Path, folder: Path) -> bool:
    try:
        path.resolve().relative_to(folder.resolve())
    except ValueError:
        return False
    return True


def _store(cache_dir: str | Path | None, corpus_roots: Iterable[Path] = ()) -> Path:
    root = Path(cache_dir).expanduser() if cache_dir is not None else default_cache_dir()
    for corpus_root in corpus_roots:
        folder = corpus_root if corpus_root.is_dir() else corpus_root.parent
        if _inside(root, folder):
            raise CacheError(f"the cache folder {root} is inside the corpus folder {folder}; "
                             f"set {CACHE_ENV} to a folder outside it")
    (root / "analyses").mkdir(parents=True, exist_ok=True)
    (root / "sources").mkdir(parents=True, exist_ok=True)
    tag = root / "CACHEDIR.TAG"
    if not tag.exists():
        tag.write_text("Signature: 8a477f597d28d172789f06886806bc55\n"
                       "# Communiqué's cache of analysed corpora; safe to delete.\n")
    return root


def _read_entry(store: Path, key: str) -> Analysis | None:
    folder = store / "analyses" / key
    if not (folder / "manifest.json").exists():
        return None
    try:
        analysis = load_analysis(folder)
    except CacheError:
        shutil.rmtree(folder, ignore_errors=True)  # damaged or stale: analyse again
        return None
    try:
        os.utime(folder / "manifest.json")  # most recently used, for pruning
    except OSError:
        pass
    return analysis


def _write_entry(store: Path, key: str, analysis: Analysis, max_bytes: int) -> bool:
    final = store / "analyses" / key
    if final.exists():
        return True
    tmp = Path(tempfile.mkdtemp(prefix=f".{key}-", dir=store / "analyses"))
    try:
        save_analysis(analysis, tmp / "entry")
        os.replace(tmp / "entry", final)
    except CacheError as exc:
        warnings.warn(f"Analysis not cached: {exc}", RuntimeWarning, stacklevel=3)
        return False
    except OSError:
        return final.exists()  # another process stored it first, or the disk is full
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    prune_cache(store, max_bytes=max_bytes, keep=key)
    return True


def analyze_cached(
    corpus: Corpus,
    *,
    n_themes: int | None = None,
    random_state: int = 0,
    stopwords: frozenset[str] | None = None,
    cache_dir: str | Path | None = None,
    progress: Progress | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Analysis:
    """:func:`analysis.analyze`, reusing a stored result for the same corpus content,
    settings and code.

    The corpus name and load report always come from ``corpus``. ``cache_dir``
    defaults to :func:`default_cache_dir`; the cache is pruned to ``max_bytes``
    (least recently used first). ``progress(stage, fraction)`` reports the stages.

    Raises:
        CacheError: ``cache_dir`` is inside a corpus folder.
    """
    report = progress or (lambda stage, fraction: None)
    store = _store(cache_dir)
    settings = _settings(n_themes, random_state, stopwords)
    key = analysis_key(corpus.fingerprint, settings)
    report("Reading the cache", 0.0)
    analysis = _read_entry(store, key)
    if analysis is None:
        analysis = analyze(corpus, n_themes=n_themes, random_state=random_state,
                           stopwords=stopwords,
                           progress=lambda stage, f: stage == "Done" or report(stage, f))
        report("Saving to the cache", 0.0)
        _write_entry(store, key, analysis, max_bytes)
    report("Done", 1.0)
    return dataclasses.replace(analysis, corpus_name=corpus.name, issues=corpus.report())


def _alias(store: Path, digest: str, settings: dict) -> Path:
    return store / "sources" / f"{analysis_key(digest, settings)}.json"


def reopen(
    digest: str,
    *,
    name: str,
    n_themes: int | None = None,
    random_state: int = 0,
    stopwords: frozenset[str] | None = None,
    cache_dir: str | Path | None = None,
) -> Analysis | None:
    """The stored analysis of the source with this digest (from
    :func:`analysis.corpus.source_digest` or :func:`analysis.corpus.uploads_digest`)
    and settings, with its load report; ``None`` when there is none."""
    root = Path(cache_dir).expanduser() if cache_dir is not None else default_cache_dir()
    alias = _alias(root, digest, _settings(n_themes, random_state, stopwords))
    try:
        known = json.loads(alias.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not (isinstance(known, dict) and isinstance(known.get("key"), str)
            and isinstance(known.get("report"), list)):
        return None
    analysis = _read_entry(root, _plain_name(known["key"]))
    if analysis is None:
        return None
    template = analysis.issues
    issues = pd.DataFrame(known["report"], columns=template.columns)
    for col, dtype in template.dtypes.items():
        issues[col] = issues[col].astype(dtype)
    return dataclasses.replace(analysis, corpus_name=name, issues=issues)


def _open(
    digest: str,
    load: Callable[[], Corpus],
    *,
    name: str,
    n_themes: int | None,
    random_state: int,
    stopwords: frozenset[str] | None,
    store: Path,
    progress: Progress | None,
    max_bytes: int,
) -> Analysis:
    report = progress or (lambda stage, fraction: None)
    report("Reading the cache", 0.0)
    settings = _settings(n_themes, random_state, stopwords)
    found = reopen(digest, name=name, n_themes=n_themes, random_state=random_state,
                   stopwords=stopwords, cache_dir=store)
    if found is not None:
        report("Done", 1.0)
        return found
    report("Reading the files", 0.0)
    corpus = load()
    analysis = analyze_cached(corpus, n_themes=n_themes, random_state=random_state,
                              stopwords=stopwords, cache_dir=store,
                              progress=lambda stage, f: stage == "Reading the cache" or report(stage, f),
                              max_bytes=max_bytes)
    key = analysis_key(corpus.fingerprint, settings)
    if (store / "analyses" / key).exists():
        record = {"key": key, "report": json.loads(analysis.issues.to_json(orient="records"))}
        alias = _alias(store, digest, settings)
        tmp = alias.with_name(f".{alias.name}.{os.getpid()}.tmp")
        try:
            tmp.write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
            os.replace(tmp, alias)
        except OSError:
            tmp.unlink(missing_ok=True)
    return analysis


def open_cached(
    paths: str | Path | Iterable[str | Path],
    *,
    name: str | None = None,
    columns: ColumnMap | None = None,
    limits: LoadLimits | None = None,
    n_themes: int | None = None,
    random_state: int = 0,
    stopwords: frozenset[str] | None = None,
    cache_dir: str | Path | None = None,
    progress: Progress | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    digest: str | None = None,
) -> Analysis:
    """Load and analyse folders or files, or reopen their stored analysis.

    When the files' names and bytes and the loading and analysis settings are those
    of an earlier run, the stored analysis (load report included) is returned
    without parsing anything; otherwise this is :func:`analysis.load_corpus`
    followed by :func:`analyze_cached`. ``digest`` may pass a
    :func:`~analysis.corpus.source_digest` already computed with the same settings.

    Raises:
        CorpusError: a path does not exist, or nothing usable was found.
        CacheError: ``cache_dir`` is inside a corpus folder.
    """
    roots = _roots(paths)
    store = _store(cache_dir, roots)
    if progress is not None:
        progress("Checking the files", 0.0)
    digest = digest or source_digest(roots, columns=columns, limits=limits)
    corpus_name = name or " + ".join(r.resolve().name or str(r) for r in roots)
    return _open(digest, lambda: load_corpus(roots, name=corpus_name, columns=columns,
                                             limits=limits),
                 name=corpus_name, n_themes=n_themes, random_state=random_state,
                 stopwords=stopwords, store=store, progress=progress, max_bytes=max_bytes)


def open_uploads_cached(
    files: Sequence[tuple[str, bytes]],
    *,
    name: str = "uploads",
    columns: ColumnMap | None = None,
    limits: LoadLimits | None = None,
    n_themes: int | None = None,
    random_state: int = 0,
    stopwords: frozenset[str] | None = None,
    cache_dir: str | Path | None = None,
    progress: Progress | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    digest: str | None = None,
) -> Analysis:
    """:func:`open_cached` for uploaded files given as ``(file name, bytes)``
    (``.zip`` archives are read in memory). The uploads themselves are not stored.

    Raises:
        CorpusError: nothing usable was uploaded.
    """
    store = _store(cache_dir)
    digest = digest or uploads_digest(files, columns=columns, limits=limits)
    return _open(digest, lambda: load_uploads(files, name=name, columns=columns, limits=limits),
                 name=name, n_themes=n_themes, random_state=random_state,
                 stopwords=stopwords, store=store, progress=progress, max_bytes=max_bytes)


def clear_cache(cache_dir: str | Path | None = None) -> None:
    """Delete every stored analysis."""
    root = Path(cache_dir).expanduser() if cache_dir is not None else default_cache_dir()
    for sub in ("analyses", "sources"):
        shutil.rmtree(root / sub, ignore_errors=True)


def prune_cache(cache_dir: str | Path | None = None, *, max_bytes: int = DEFAULT_MAX_BYTES,
                keep: str | None = None) -> list[str]:
    """Delete the least recently used analyses until the cache holds at most
    ``max_bytes``; returns the keys deleted (never ``keep``)."""
    root = Path(cache_dir).expanduser() if cache_dir is not None else default_cache_dir()
    entries = []
    stale = time.time() - 3600
    for leftover in [*(root / "analyses").glob(".*"), *(root / "sources").glob(".*.tmp")]:
        try:  # half-written entries of runs that were stopped
            if leftover.stat().st_mtime < stale:
                if leftover.is_dir():
                    shutil.rmtree(leftover, ignore_errors=True)
                else:
                    leftover.unlink(missing_ok=True)
        except OSError:
            pass
    for folder in (root / "analyses").glob("*"):
        if folder.name.startswith(".") or not folder.is_dir():
            continue
        size = sum(p.stat().st_size for p in folder.iterdir() if p.is_file())
        manifest = folder / "manifest.json"
        used = manifest.stat().st_mtime if manifest.exists() else 0.0
        entries.append((used, folder.name, size))
    total = sum(size for _, _, size in entries)
    removed = []
    for used, key, size in sorted(entries):
        if total <= max_bytes:
            break
        if key == keep:
            continue
        shutil.rmtree(root / "analyses" / key, ignore_errors=True)
        total -= size
        removed.append(key)
    return removed
