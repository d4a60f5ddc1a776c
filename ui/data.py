"""Which corpus the dashboard shows, and its cached analysis."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

import streamlit as st

from analysis import Analysis, CorpusError, analyze, load_corpus

__all__ = ["corpus_source", "current_analysis", "REPO_ROOT", "SEEDS"]

REPO_ROOT = Path(__file__).resolve().parent.parent
SEEDS = REPO_ROOT / "seeds"


def corpus_source() -> Path:
    """The corpus folder: ``streamlit run dashboard.py -- --corpus PATH``, else the
    ``COMMUNIQUE_CORPUS`` environment variable, else the bundled ``seeds/``."""
    if "corpus_path" in st.session_state:
        return Path(st.session_state["corpus_path"])
    parser = argparse.ArgumentParser(add_help=False)
    parser.add_argument("--corpus", default=None)
    args, _ = parser.parse_known_args(sys.argv[1:])
    chosen = args.corpus or os.environ.get("COMMUNIQUE_CORPUS") or str(SEEDS)
    return Path(chosen).expanduser()


@st.cache_data(show_spinner="Analysing the corpus…", max_entries=4)
def _analyse(path: str, n_themes: int | None, mtime_key: str) -> Analysis:
    return analyze(load_corpus(path), n_themes=n_themes)


def _mtime_key(path: Path) -> str:
    try:
        if path.is_file():
            return str(path.stat().st_mtime_ns)
        stamps = [p.stat().st_mtime_ns for p in path.rglob("*") if p.is_file()]
        return f"{len(stamps)}:{max(stamps, default=0)}"
    except OSError:
        return "0"


def current_analysis() -> Analysis | None:
    """The analysed corpus, or ``None`` after showing why it could not be analysed."""
    path = corpus_source()
    n_themes = st.session_state.get("n_themes")
    try:
        return _analyse(str(path), n_themes, _mtime_key(path))
    except CorpusError as exc:
        st.error(f"The corpus could not be opened. {exc}")
    return None
