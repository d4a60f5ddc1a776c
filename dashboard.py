"""Communiqué: Overview. Run with `streamlit run dashboard.py`."""

import streamlit as st

from analysis import charts
from ui import current_analysis, download_table, filter_sidebar, show_chart
from ui.tables import show_statements, statement_table

st.set_page_config(page_title="Communiqué · Overview", page_icon="🗞️", layout="wide")
st.title("Communiqué")
st.caption("Who said what, about which themes, in which words.")

analysis = current_analysis()
if analysis is None:
    st.stop()
filters, selected = filter_sidebar(analysis)

c1, c2, c3, c4 = st.columns(4)
c1.metric("Documents", f"{selected['doc_id'].nunique():,}")
c2.metric("Statements", f"{len(selected):,}")
c3.metric("Speakers", f"{selected.loc[selected['speaker'] != '', 'speaker'].nunique():,}")
c4.metric("Themes", f"{selected['theme_id'].nunique():,}")

if selected.empty:
    st.info("No statement matches these filters. Remove a filter in the sidebar.")
    st.stop()

left, right = st.columns(2)
with left:
    show_chart(charts.statements_by_speaker(analysis, filters, selected), page="overview",
               name="statements-by-speaker", filters=filters)
with right:
    show_chart(charts.statements_by_theme(analysis, filters, selected), page="overview",
               name="statements-by-theme", filters=filters)

st.subheader("Who said what")
table = statement_table(analysis, selected)
show_statements(table)
download_table(table, page="overview", name="who-said-what", filters=filters)
