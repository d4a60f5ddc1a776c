"""The sidebar filters, bound to the URL so that a link reproduces the view."""

from __future__ import annotations

import datetime as dt
from typing import Literal

import pandas as pd
import streamlit as st

from analysis import Analysis, Filters

__all__ = ["filter_sidebar", "filter_on_click"]


def filter_sidebar(analysis: Analysis) -> tuple[Filters, pd.DataFrame]:
    """Draw the filters (speaker, theme, document, dates) in the sidebar.

    Returns the filters and the statements they select. Every widget is bound to a
    query parameter of the same name, so the URL carries the view from page to page.
    """
    st_frame = analysis.statements
    speakers = analysis.speakers["speaker"].tolist()
    themes = analysis.themes.sort_values("theme_id")["label"].tolist()
    docs = analysis.documents["doc_id"].tolist()
    titles = dict(zip(analysis.documents["doc_id"], analysis.documents["title"]))
    dates = pd.to_datetime(analysis.documents["date"]).dropna()
    with st.sidebar:
        st.caption(f"Corpus: **{analysis.corpus_name}**")
        st.header("Filters")
        speaker = st.multiselect("Speaker", speakers, key="speaker", bind="query-params",
                                 placeholder="All speakers")
        theme = st.multiselect("Theme", themes, key="theme", bind="query-params",
                               placeholder="All themes")
        doc = st.multiselect("Document", docs, key="doc", bind="query-params",
                             format_func=lambda d: titles.get(d, d), placeholder="All documents")
        lo = dates.min().date() if not dates.empty else None
        hi = dates.max().date() if not dates.empty else None
        c1, c2 = st.columns(2)
        date_from = c1.date_input("From", value=None, min_value=lo, max_value=hi, key="from",
                                  bind="query-params", format="YYYY-MM-DD")
        date_to = c2.date_input("To", value=None, min_value=lo, max_value=hi, key="to",
                                bind="query-params", format="YYYY-MM-DD")
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
