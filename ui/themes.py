"""Streamlit glue for themes: the number of themes, the analyst's names for them (kept
per corpus) and the analyst's codebook (kept per corpus).

Both are small files in the cache folder outside the corpus
(``$COMMUNIQUE_CACHE/<corpus fingerprint>/``, by default ``~/.cache/communique/...``):
``theme_names.json`` and ``codebook.yaml`` or ``codebook.csv``. Nothing is written
beside the user's files.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pandas as pd
import streamlit as st

from analysis import Analysis
from analysis.codebook import Codebook, CodebookError, parse_codebook
from analysis.themes import (cache_dir, check_theme_names, load_theme_names, rename_themes,
                             save_theme_names, theme_names_path)

__all__ = [
    "with_theme_names",
    "theme_count_picker",
    "rename_form",
    "saved_codebook",
    "codebook_uploader",
    "codebook_help",
    "crosstab",
]

_NAMED = "theme_names"  # key in Analysis.settings: the names applied
_K_OPTIONS = ["Automatic"] + [str(k) for k in range(2, 21)]


def with_theme_names(analysis: Analysis) -> Analysis:
    """The analysis with the names the user gave its themes (automatic label -> name,
    kept per corpus). Applying it twice changes nothing."""
    if _NAMED in analysis.settings:
        return analysis
    names = load_theme_names(analysis.fingerprint)
    try:
        renamed = rename_themes(analysis, names) if names else analysis
    except ValueError:  # a stale or clashing name: show the automatic labels
        renamed = analysis
    return dataclasses.replace(renamed, settings={**renamed.settings, _NAMED: dict(names)})


def theme_count_picker(analysis: Analysis) -> None:
    """A select box for the number of themes (automatic or 2..20). The choice is kept
    in the session (``n_themes``) and every page's analysis follows it."""
    chosen = st.session_state.get("n_themes")
    index = _K_OPTIONS.index(str(chosen)) if chosen is not None and str(chosen) in _K_OPTIONS else 0

    def _apply() -> None:
        value = st.session_state.get("_themes_k_choice", "Automatic")
        st.session_state["n_themes"] = None if value == "Automatic" else int(value)

    fitted = analysis.settings.get("n_themes_fitted", len(analysis.themes))
    st.selectbox(
        "Number of themes", _K_OPTIONS, index=index, key="_themes_k_choice", on_change=_apply,
        help=("Automatic adds themes while every theme keeps at least half an even share of "
              f"the statements; it found {fitted} here. Choose a number to override it."),
    )


def _auto_labels(analysis: Analysis) -> dict[str, str]:
    """Current label -> automatic label (the key under which names are kept)."""
    names = analysis.settings.get(_NAMED) or {}
    back = {new: old for old, new in names.items()}
    return {label: back.get(label, label) for label in analysis.themes.sort_values("theme_id")["label"]}


def rename_form(analysis: Analysis) -> None:
    """A form to rename the themes; names are kept for this corpus and applied on the
    next run."""
    current = _auto_labels(analysis)
    saved = dict(analysis.settings.get(_NAMED) or {})
    with st.form("rename-themes", border=True):
        st.caption("Give themes the names you use. They are kept for this corpus (in "
                   f"`{theme_names_path(analysis.fingerprint).parent}`), never beside your files.")
        inputs = {}
        for label, auto in current.items():
            inputs[auto] = st.text_input(f"Theme “{auto}”", value=saved.get(auto, ""), placeholder=auto,
                                         max_chars=60, key=f"_rename_{auto}")
        save, reset = st.columns(2)
        submitted = save.form_submit_button("Save names", type="primary")
        cleared = reset.form_submit_button("Back to automatic labels")
    if not (submitted or cleared):
        return
    names = {} if cleared else {auto: new for auto, new in inputs.items() if new.strip()}
    try:
        names = check_theme_names(list(current.values()), names)
        save_theme_names(analysis.fingerprint, names)
    except ValueError as exc:
        st.error(str(exc))
        return
    except OSError as exc:
        st.error(f"The names could not be saved ({exc.strerror or exc}). Set COMMUNIQUE_CACHE to a folder "
                 "you can write to.")
        return
    for auto in current.values():
        st.session_state.pop(f"_rename_{auto}", None)
    st.session_state.pop("theme", None)  # a theme filter may name an old label
    st.rerun()


# ------------------------------------------------------------------------ codebook

def _codebook_files(fingerprint: str) -> list[Path]:
    folder = theme_names_path(fingerprint).parent
    return [folder / f"codebook.{ext}" for ext in ("yaml", "csv")]


def saved_codebook(analysis: Analysis) -> tuple[Codebook | None, str]:
    """The codebook kept for this corpus (or ``None``), and a message when the saved
    file could not be used."""
    for path in _codebook_files(analysis.fingerprint):
        if path.is_file():
            try:
                return parse_codebook(path.read_bytes(), fmt="csv" if path.suffix == ".csv" else "yaml",
                                      source=path.name), ""
            except (CodebookError, OSError) as exc:
                return None, f"The saved codebook could not be used: {exc}"
    return None, ""


def codebook_uploader(analysis: Analysis) -> Codebook | None:
    """Upload (or remove) the codebook of this corpus; returns the codebook in use."""
    codebook, problem = saved_codebook(analysis)
    if problem:
        st.warning(problem)
    upload = st.file_uploader("Codebook (YAML or CSV)", type=["yaml", "yml", "csv"], key="_codebook_upload",
                              help="Theme name → words, phrases and patterns. See the format below.")
    if upload is not None and st.session_state.get("_codebook_seen") != upload.file_id:
        st.session_state["_codebook_seen"] = upload.file_id
        fmt = "csv" if upload.name.lower().endswith(".csv") else "yaml"
        try:
            data = upload.getvalue()
            codebook = parse_codebook(data, fmt=fmt, source=upload.name)
            folder = theme_names_path(analysis.fingerprint).parent
            folder.mkdir(parents=True, exist_ok=True)
            for old in _codebook_files(analysis.fingerprint):
                old.unlink(missing_ok=True)
            (folder / f"codebook.{fmt}").write_bytes(data)
            st.success(f"Codebook {upload.name} loaded: {len(codebook.codes)} themes. It is kept for this corpus.")
        except CodebookError as exc:
            st.error(str(exc))
        except OSError as exc:
            st.error(f"The codebook could not be kept ({exc.strerror or exc}); set COMMUNIQUE_CACHE to a "
                     f"folder you can write to (now {cache_dir()}).")
    if codebook is not None and st.button("Remove the codebook", key="_codebook_remove"):
        for old in _codebook_files(analysis.fingerprint):
            old.unlink(missing_ok=True)
        st.session_state.pop("_codebook_seen", None)
        st.rerun()
    return codebook


def codebook_help() -> None:
    st.markdown(
        "A codebook names your own themes and what marks them. YAML:\n\n"
        "```yaml\n"
        "Trade:\n"
        "  words: [trade, tariff, export*]     # whole words; * = any ending\n"
        "  phrases: [supply chain]             # plural and hyphens allowed\n"
        "  patterns: ['\\bWTO\\b']              # regular expressions\n"
        "Security: [missile, nuclear, Korean Peninsula]\n"
        "```\n\n"
        "or CSV with the columns `theme,kind,value` (kind: word, phrase or pattern). Matching "
        "ignores case; each match is shown as the reason.")


def crosstab(matches: pd.DataFrame, statements: pd.DataFrame) -> pd.DataFrame:
    """Statements per codebook theme (rows) and discovered theme (columns)."""
    joined = matches.merge(statements[["statement_id", "theme_label"]], on="statement_id")
    if joined.empty:
        return pd.DataFrame()
    return pd.crosstab(joined["code"], joined["theme_label"]).rename_axis(index="codebook theme",
                                                                           columns="discovered theme")
