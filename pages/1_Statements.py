"""Statements: every sentence with its speaker, cue and theme."""

import streamlit as st

from ui import current_analysis, download_table, filter_sidebar
from ui.tables import show_statements, statement_table

st.set_page_config(page_title="Communiqué · Statements", page_icon="🗞️", layout="wide")
st.title("Statements")

analysis = current_analysis()
if analysis is None:
    st.stop()
filters, selected = filter_sidebar(analysis)
st.caption(f"{len(selected):,} statements · {filters.describe()}")

query = st.text_input("Search the statements", key="q", bind="query-params",
                      placeholder="a word or phrase")
if query:
    selected = selected[selected["text"].str.contains(query, case=False, regex=False)]

table = statement_table(analysis, selected, members=True)
show_statements(table, height=640)
download_table(table, page="statements", name="statements", filters=filters)
