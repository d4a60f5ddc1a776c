"""How statement tables look on every page."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from analysis import Analysis

__all__ = ["STATEMENT_COLUMNS", "MAX_ROWS", "show_statements", "statement_table"]

MAX_ROWS = 5_000  # rows sent to the browser; the CSV download has them all

STATEMENT_COLUMNS = {
    "speaker": st.column_config.TextColumn("speaker", width="medium"),
    "kind": st.column_config.TextColumn("kind", width="small"),
    "cue": st.column_config.TextColumn("cue", width="small"),
    "members": st.column_config.TextColumn("members", width="small"),
    "theme": st.column_config.TextColumn("theme", width="medium"),
    "statement": st.column_config.TextColumn("statement", width="large"),
    "document": st.column_config.TextColumn("document", width="medium"),
    "date": st.column_config.DateColumn("date", format="YYYY-MM-DD", width="small"),
    "doc_id": st.column_config.TextColumn("doc_id", width="small"),
}


def statement_table(analysis: Analysis, statements: pd.DataFrame, *, members: bool = False) -> pd.DataFrame:
    """The statements as shown to a reader (one row per statement): speaker, kind, cue,
    theme, the sentence, the document's title, date and id."""
    columns = ["speaker", "speaker_kind", "cue"] + (["members"] if members else []) + \
        ["theme_label", "text", "doc_id", "date"]
    table = statements[columns].rename(columns={
        "speaker_kind": "kind", "theme_label": "theme", "text": "statement", "doc_id": "document"})
    titles = dict(zip(analysis.documents["doc_id"], analysis.documents["title"]))
    table["doc_id"] = table["document"]
    table["document"] = table["document"].map(titles).fillna(table["document"])
    return table


def show_statements(table: pd.DataFrame, *, height: int | None = None) -> None:
    """A statements table: the first ``MAX_ROWS`` rows in the browser (a large corpus
    would otherwise ship every sentence on every rerun), all of them in the download."""
    if len(table) > MAX_ROWS:
        st.caption(f"Showing the first {MAX_ROWS:,} of {len(table):,} statements; narrow the filters, "
                   "or download the CSV for all of them.")
    kwargs = {"height": height} if height else {}
    st.dataframe(table.head(MAX_ROWS), hide_index=True, width="stretch", column_config=STATEMENT_COLUMNS,
                 **kwargs)
