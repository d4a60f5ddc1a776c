"""The disk cache of analyses: exact round trips, reuse by content and settings, no
pickle, nothing written beside the corpus, damaged entries recomputed."""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

import analysis.cache as cache
from analysis import CorpusError, analyze, load_corpus
from analysis.cache import (
    CacheError,
    analyze_cached,
    default_cache_dir,
    load_analysis,
    open_cached,
    open_uploads_cached,
    prune_cache,
    reopen,
    save_analysis,
)
from analysis.corpus import source_digest

SEEDS = Path(__file__).resolve().parents[2] / "seeds"

OSLO = """\
 date 2024-01-10 Norway and Sweden agree to expand timber trade

OSLO, Jan. 10 (Reuters) -- Norwegian Foreign Minister Anna Berg met Swedish Foreign
Minister Carl Holm in Oslo on Wednesday.

Berg said the two countries would expand the timber trade and build a new rail link.

Holm said his government welcomed the timber trade agreement and the rail link.
"""


def assert_same(a: object, b: object, where: str = "analysis") -> None:
    """Deep equality of analyses: frames, arrays, sparse matrices and the fitted
    objects' state (memo caches excepted)."""
    if isinstance(a, pd.DataFrame):
        pd.testing.assert_frame_equal(a, b, obj=where)
    elif hasattr(a, "nnz"):
        assert type(a) is type(b) and a.shape == b.shape and a.dtype == b.dtype, where
        assert (a != b).nnz == 0, where
    elif isinstance(a, np.ndarray):
        assert a.dtype == b.dtype and a.shape == b.shape, where
        assert np.array_equal(a, b, equal_nan=a.dtype.kind == "f"), where
    elif dataclasses.is_dataclass(a) or type(a).__module__.startswith("analysis"):
        assert type(a) is type(b), where
        for key, value in vars(a).items():
            if key.startswith("_memo") or key == "_cache":
                continue
            assert_same(value, vars(b)[key], f"{where}.{key}")
    elif isinstance(a, dict):
        assert a.keys() == b.keys(), where
        for key in a:
            assert_same(a[key], b[key], f"{where}[{key!r}]")
    elif isinstance(a, (list, tuple)):
        assert type(a) is type(b) and len(a) == len(b), where
        for i, (x, y) in enumerate(zip(a, b)):
            assert_same(x, y, f"{where}[{i}]")
    else:
        assert type(a) is type(b) and a == b, (where, a, b)


@pytest.fixture
def store(tmp_path_factory, monkeypatch) -> Path:
    """The cache folder, away from the corpus' parent folder."""
    folder = tmp_path_factory.mktemp("store") / "cache"
    monkeypatch.setenv("COMMUNIQUE_CACHE", str(folder))
    return folder


@pytest.fixture
def tiny(tmp_path) -> Path:
    folder = tmp_path / "tiny"
    folder.mkdir()
    (folder / "oslo.txt").write_text(OSLO, encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    return folder


def forbid(monkeypatch, name: str) -> None:
    def fail(*args, **kwargs):
        raise AssertionError(f"{name} was called: the cache was not used")

    monkeypatch.setattr(cache, name, fail)


def test_round_trip_is_exact(seed_analysis, tmp_path):
    folder = save_analysis(seed_analysis, tmp_path / "entry")
    again = load_analysis(folder)
    assert_same(seed_analysis, again)
    tm, tm2 = seed_analysis.term_matrix, again.term_matrix
    assert all(tm.column(t) == tm2.column(t) for t in tm.terms[:100])
    if tm.tokenizer is not None:  # the fitted tokenizer still transforms as before
        texts = seed_analysis.statements["content"].tolist()
        assert (tm.tokenizer.transform(texts) != tm2.tokenizer.transform(texts)).nnz == 0


def test_stored_files_are_data_only(seed_analysis, tmp_path):
    folder = save_analysis(seed_analysis, tmp_path / "entry")
    suffixes = {p.suffix for p in folder.iterdir()}
    assert suffixes <= {".parquet", ".npz", ".json"}
    with np.load(folder / "arrays.npz", allow_pickle=False) as arrays:
        assert all(arrays[k].dtype != object for k in arrays.files)
    json.loads((folder / "manifest.json").read_text(encoding="utf-8"))


def test_a_tampered_manifest_cannot_reach_other_code(seed_analysis, tmp_path):
    folder = save_analysis(seed_analysis, tmp_path / "entry")
    manifest = folder / "manifest.json"
    doc = json.loads(manifest.read_text(encoding="utf-8"))
    doc["body"] = {"obj": "os:system", "state": {"d": {}}}
    manifest.write_text(json.dumps(doc), encoding="utf-8")
    with pytest.raises(CacheError, match="not a class of this package"):
        load_analysis(folder)
    doc["body"] = {"frame": "../../outside.parquet"}
    manifest.write_text(json.dumps(doc), encoding="utf-8")
    with pytest.raises(CacheError, match="bad file name"):
        load_analysis(folder)


def test_second_analysis_of_the_same_content_is_reused(tiny, store, monkeypatch):
    corpus = load_corpus(tiny)
    first = analyze_cached(corpus)
    forbid(monkeypatch, "analyze")
    again = analyze_cached(load_corpus(tiny, name="Renamed"))
    assert again.corpus_name == "Renamed"  # the name and load report come from the corpus
    assert_same(dataclasses.replace(first, corpus_name="Renamed"), again)
    pd.testing.assert_frame_equal(again.issues, corpus.report())


def test_other_settings_or_content_are_analysed_afresh(tiny, store):
    corpus = load_corpus(tiny)
    analyze_cached(corpus, n_themes=2)
    calls = []

    def counting(*args, **kwargs):
        calls.append(kwargs.get("n_themes"))
        return analyze(*args, **kwargs)

    cache_analyze, cache.analyze = cache.analyze, counting
    try:
        analyze_cached(corpus, n_themes=2)
        analyze_cached(corpus, n_themes=3)
        analyze_cached(corpus, n_themes=2, random_state=1)
        (tiny / "oslo.txt").write_text(OSLO.replace("timber", "salmon"), encoding="utf-8")
        analyze_cached(load_corpus(tiny), n_themes=2)
    finally:
        cache.analyze = cache_analyze
    assert calls == [3, 2, 2]


def test_reopening_a_folder_parses_nothing(tiny, store, monkeypatch):
    first = open_cached(tiny)
    stages = []
    forbid(monkeypatch, "load_corpus")
    forbid(monkeypatch, "analyze")
    again = open_cached(tiny, progress=lambda stage, f: stages.append(stage))
    assert_same(first, again)
    assert "Reading the cache" in stages and "Attributing speakers" not in stages
    report = again.issues.set_index("path")
    assert report.loc["empty.txt", "kind"] == "empty"
    assert report.loc["oslo.txt", "status"] == "loaded"
    found = reopen(source_digest(tiny), name="Tiny")
    assert found is not None and found.corpus_name == "Tiny"
    assert reopen(source_digest(tiny), name="Tiny", n_themes=7) is None


def test_uploads_reopen_too(store, monkeypatch):
    files = [("oslo.txt", OSLO.encode()), ("junk.png", b"\x89PNG\r\n")]
    first = open_uploads_cached(files)
    forbid(monkeypatch, "load_uploads")
    forbid(monkeypatch, "analyze")
    assert_same(first, open_uploads_cached(files))
    assert "junk.png" in set(first.issues["path"])


def test_nothing_is_written_into_or_beside_the_corpus(tiny, store):
    def tree(folder: Path) -> dict[str, str]:
        return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
                for p in sorted(folder.rglob("*")) if p.is_file()}

    parent = tiny.parent
    before_corpus, before_parent = tree(tiny), sorted(p.name for p in parent.iterdir())
    open_cached(tiny)
    open_cached(tiny)
    assert tree(tiny) == before_corpus
    assert sorted(p.name for p in parent.iterdir()) == before_parent
    assert any((store / "analyses").iterdir())
    with pytest.raises(CacheError, match="inside the corpus folder"):
        open_cached(tiny, cache_dir=tiny / ".cache")
    assert tree(tiny) == before_corpus


def test_damaged_or_stale_entries_are_recomputed(tiny, store, monkeypatch):
    first = open_cached(tiny)
    (entry,) = (store / "analyses").iterdir()
    next(entry.glob("*statements.parquet")).unlink()
    again = open_cached(tiny)  # no exception: analysed again and stored again
    assert_same(first, again)
    assert next(entry.glob("*statements.parquet")).exists()
    monkeypatch.setattr(cache, "_code_fingerprint", lambda: "other code")
    calls = []
    monkeypatch.setattr(cache, "analyze", lambda *a, **k: calls.append(1) or analyze(*a, **k))
    open_cached(tiny)
    assert calls == [1], "results made by other code are never reused"


def test_unstorable_fields_leave_the_analysis_uncached(tiny, store):
    corpus = load_corpus(tiny)
    fresh = analyze(corpus)
    fresh.settings["odd"] = object()  # a value the cache does not know
    with pytest.raises(CacheError, match="cannot store"):
        save_analysis(fresh, store / "x")


def test_prune_keeps_the_most_recently_used(tiny, store):
    open_cached(tiny, n_themes=2)
    open_cached(tiny, n_themes=3)
    entries = sorted((store / "analyses").iterdir(), key=lambda p: (p / "manifest.json").stat().st_mtime)
    old, new = entries
    os.utime(old / "manifest.json", (1, 1))
    size = sum(f.stat().st_size for f in new.iterdir())
    removed = prune_cache(store, max_bytes=size + 1)
    assert removed == [old.name]
    assert new.exists() and not old.exists()


def test_default_cache_dir(monkeypatch, tmp_path):
    monkeypatch.setenv("COMMUNIQUE_CACHE", str(tmp_path / "c"))
    assert default_cache_dir() == tmp_path / "c"
    monkeypatch.delenv("COMMUNIQUE_CACHE")
    assert default_cache_dir() == Path.home() / ".cache" / "communique"


def test_missing_corpus_is_a_corpus_error(tmp_path, store):
    with pytest.raises(CorpusError, match="no such file or folder"):
        open_cached(tmp_path / "nope")
