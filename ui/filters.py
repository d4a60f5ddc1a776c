"""The sidebar filters, bound to the URL so that a link reproduces the view."""

from __future__ import annotations

import datetime as dt
from typing import Literal

import pandas as pd
import streamlit as st
from streamlit.runtime.scriptrunner import get_script_run_ctx

from analysis import Analysis, Filters
from analysis.filters import FILTER_KEYS

__all__ = ["filter_sidebar", "filter_on_click"]


def _current_page() -> str:
    ctx = get_script_run_ctx()
    return getattr(ctx, "page_script_hash", "") or (st.context.url or "")


def _carry_filters_across_pages() -> None:
    """Keep the filters when the user changes page.

    Streamlit 1.67 drops bound query parameters on the first page change after a deep
    link (``/?speaker=Park%20Jin`` then a click on "Statements" lands on
    ``/Statements`` with no filter). The last values are remembered in the session and
    put back, widget and URL, when a new page starts without them.
    """
    page = _current_page()
    previous = st.session_state.get("_filters_page")
    if previous is not None and previous != page:
        for key in FILTER_KEYS:
            kept = st.session_state.get(f"_keep_{key}")
            if kept in (None, [], ()) or key in st.query_params:
                continue
            st.session_state[key] = kept
            if isinstance(kept, (dt.date, str)):
                st.query_params[key] = str(kept)
            else:
                st.query_params[key] = [str(v) for v in kept]
    st.session_state["_filters_page"] = page


def filter_sidebar(analysis: Analysis) -> tuple[Filters, pd.DataFrame]:
    """Draw the filters (speaker, theme, document, dates) in the sidebar.

    Returns the filters and the statements they select. Every widget is bound to a
    query parameter of the same name (``speaker``, ``theme``, ``doc`` (a doc_id),
    ``from``, ``to``), so the URL carries the view from page to page.
    """
    st_frame = analysis.statements
    speakers = analysis.speakers["speaker"].tolist()
    themes = analysis.themes.sort_values("theme_id")["label"].tolist()
    docs = analysis.documents["doc_id"].tolist()
    _carry_filters_across_pages()
    with st.sidebar:
        st.caption(f"Corpus: **{analysis.corpus_name}**")
        st.header("Filters")
        speaker = st.multiselect("Speaker", speakers, key="speaker", bind="query-params",
                                 placeholder="All speakers")
        theme = st.multiselect("Theme", themes, key="theme", bind="query-params",
                               placeholder="All themes")
        # Options are doc_ids (not titles) so that the URL carries the id the filter uses.
        doc = st.multiselect("Document", docs, key="doc", bind="query-params",
                             placeholder="All documents", help="Documents by id (file path or row id).")
        c1, c2 = st.columns(2)
        date_from = c1.date_input("From", value=None, key="from", bind="query-params",
                                  format="YYYY-MM-DD")
        date_to = c2.date_input("To", value=None, key="to", bind="query-params", format="YYYY-MM-DD")
    for key, value in (("speaker", speaker), ("theme", theme), ("doc", doc),
                       ("from", date_from), ("to", date_to)):
        st.session_state[f"_keep_{key}"] = value
    filters = Filters(
        speaker=tuple(speaker), theme=tuple(theme), doc=tuple(doc),
        date_from=date_from if isinstance(date_from, dt.date) else None,
        date_to=date_to if isinstance(date_to, dt.date) else None,
    )
    selected = st_frame[filters.mask(st_frame)]
    with st.sidebar:
        st.caption(f"{len(selected):,} of {len(st_frame):,} statements selected.")
    return filters, selected


def filter_on_click(chart_key: str, field: Literal["speaker", "theme"], *, axis: Literal["x", "y"] = "y"):
    """A callback for ``st.plotly_chart(on_select=...)``: clicking a bar or cell filters
    every page by that speaker or theme (the URL follows)."""

    def _apply() -> None:
        event = st.session_state.get(chart_key) or {}
        points = (event.get("selection") or {}).get("points") or []
        values = [p.get(axis) for p in points if isinstance(p.get(axis), str)]
        if values:
            st.session_state[field] = list(dict.fromkeys(values))

    return _apply
