"""Stopwords the analyst sees and edits, kept per corpus.

The edits are stored as JSON (``{"add": [...], "remove": [...]}``, relative to
:data:`analysis.terms.DEFAULT_STOPWORDS`, so that a better default reaches every corpus)
in a cache folder outside the corpus: ``$COMMUNIQUE_CACHE/<corpus fingerprint>/
stopwords.json``, by default ``~/.cache/communique/...``. Nothing is written beside the
user's files.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import streamlit as st

from analysis import Analysis
from analysis.terms import DEFAULT_STOPWORDS, ENGLISH_STOPWORDS, GENRE_STOPWORDS, TermMatrix, build_term_matrix

__all__ = ["StopwordEdits", "cache_root", "stopwords_path", "load_edits", "save_edits", "corpus_stopwords",
           "term_matrix_for", "stopword_editor"]

_WORD = re.compile(r"[^\s,;]+")


@dataclass(frozen=True)
class StopwordEdits:
    """Words added to and removed from the default stopwords (lower case)."""

    add: frozenset[str] = field(default_factory=frozenset)
    remove: frozenset[str] = field(default_factory=frozenset)

    def apply(self, default: frozenset[str] = DEFAULT_STOPWORDS) -> frozenset[str]:
        return (frozenset(default) - self.remove) | self.add

    @classmethod
    def between(cls, default: frozenset[str], wanted: frozenset[str]) -> "StopwordEdits":
        return cls(add=frozenset(wanted - default), remove=frozenset(default - wanted))

    @property
    def is_default(self) -> bool:
        return not self.add and not self.remove


def cache_root() -> Path:
    """``$COMMUNIQUE_CACHE``, else ``~/.cache/communique``."""
    root = os.environ.get("COMMUNIQUE_CACHE")
    return Path(root).expanduser() if root else Path.home() / ".cache" / "communique"


def stopwords_path(fingerprint: str) -> Path:
    """Where a corpus' stopwords are kept."""
    safe = re.sub(r"[^A-Za-z0-9_.-]", "_", str(fingerprint)).strip("._") or "corpus"
    return cache_root() / safe[:80] / "stopwords.json"


def parse_words(text: str) -> frozenset[str]:
    """Words from free text: separated by spaces, commas, semicolons or new lines."""
    return frozenset(w.lower() for w in _WORD.findall(text or "") if w.strip())


def load_edits(fingerprint: str) -> tuple[StopwordEdits, str]:
    """The saved edits of a corpus, and a message when the file could not be used
    (the defaults then apply)."""
    path = stopwords_path(fingerprint)
    if not path.is_file():
        return StopwordEdits(), ""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        add = data.get("add", [])
        remove = data.get("remove", [])
        if not all(isinstance(w, str) for w in [*add, *remove]):
            raise ValueError("the lists must hold words")
    except (OSError, ValueError, AttributeError) as exc:
        return StopwordEdits(), (f"The saved stopwords in {path} could not be read ({exc}); the defaults "
                                 "apply. Save your list again to replace the file.")
    return StopwordEdits(frozenset(w.lower() for w in add), frozenset(w.lower() for w in remove)), ""


def save_edits(fingerprint: str, edits: StopwordEdits) -> Path:
    """Keep the edits for this corpus (written atomically)."""
    path = stopwords_path(fingerprint)
    path.parent.mkdir(parents=True, exist_ok=True)
    payload = {"version": 1, "add": sorted(edits.add), "remove": sorted(edits.remove)}
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".stopwords-", suffix=".json")
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        json.dump(payload, fh, ensure_ascii=False, indent=2)
        fh.write("\n")
    os.replace(tmp, path)
    return path


def corpus_stopwords(fingerprint: str) -> frozenset[str]:
    """The stopwords in force for a corpus: the defaults with its saved edits."""
    return load_edits(fingerprint)[0].apply()


@st.cache_resource(show_spinner="Counting terms with your stopwords…", max_entries=4)
def _rebuilt(fingerprint: str, stopwords: tuple[str, ...], _analysis: Analysis) -> TermMatrix:
    st_frame = _analysis.statements
    return build_term_matrix(st_frame["content"].fillna("").astype(str).tolist(), stopwords=stopwords,
                             speakers=st_frame["speaker"].fillna("").astype(str).tolist())


def term_matrix_for(analysis: Analysis, stopwords: frozenset[str]) -> TermMatrix:
    """The analysis' term matrix when it was counted with these stopwords, else one
    counted again with them (kept in memory per corpus and stopword list)."""
    tm = analysis.term_matrix
    used = getattr(tm.tokenizer, "stopwords", None)
    if used is not None and frozenset(w.lower() for w in used) == stopwords:
        return tm
    return _rebuilt(analysis.fingerprint, tuple(sorted(stopwords)), analysis)


def stopword_editor(analysis: Analysis) -> frozenset[str]:
    """An expander to see and edit the corpus' stopwords; returns those in force."""
    fingerprint = analysis.fingerprint
    edits, problem = load_edits(fingerprint)
    words = edits.apply()
    label = f"Stopwords: {len(words):,} words never counted" + (" (edited for this corpus)" if not edits.is_default
                                                                 else "")
    with st.expander(label):
        if problem:
            st.warning(problem)
        st.caption("Stopwords never count as terms and break phrases. The default is English function "
                   "words plus the genre's boilerplate (said, added, noting, Xinhua, weekdays, months). "
                   "Your changes are kept for this corpus, outside its folder.")
        left, right = st.columns(2)
        added = left.text_area("Also ignore", value="\n".join(sorted(edits.add)), height=120,
                               key=f"stop-add-{fingerprint}",
                               help="One word per line (or separated by commas).")
        removed = right.text_area("Count these after all", value="\n".join(sorted(edits.remove)), height=120,
                                  key=f"stop-remove-{fingerprint}",
                                  help="Default stopwords that matter in your corpus, e.g. 'us' or 'first'.")
        b1, b2, _ = st.columns([1, 1, 3])
        if b1.button("Save for this corpus", key=f"stop-save-{fingerprint}", type="primary"):
            new = StopwordEdits(add=parse_words(added) - DEFAULT_STOPWORDS,
                                remove=parse_words(removed) & DEFAULT_STOPWORDS)
            try:
                path = save_edits(fingerprint, new)
            except OSError as exc:
                st.error(f"Could not save the stopwords ({exc}). Set COMMUNIQUE_CACHE to a folder you can "
                         "write to.")
            else:
                st.toast(f"Stopwords saved in {path}")
                words = new.apply()
        if b2.button("Back to the default", key=f"stop-reset-{fingerprint}", disabled=edits.is_default):
            try:
                save_edits(fingerprint, StopwordEdits())
            except OSError as exc:
                st.error(f"Could not save the stopwords ({exc}).")
            else:
                for k in (f"stop-add-{fingerprint}", f"stop-remove-{fingerprint}"):
                    st.session_state.pop(k, None)
                st.rerun()
        unknown = parse_words(removed) - DEFAULT_STOPWORDS
        if unknown:
            st.caption("Not default stopwords, so nothing to remove: " + ", ".join(sorted(unknown)))
        st.markdown("**Default list**")
        st.caption("English: " + ", ".join(sorted(ENGLISH_STOPWORDS)))
        st.caption("Genre: " + ", ".join(sorted(GENRE_STOPWORDS)))
    return words
