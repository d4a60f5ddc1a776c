"""Themes: what the statements are about."""

import streamlit as st

from analysis import charts
from ui import current_analysis, download_table, filter_sidebar, show_chart

st.set_page_config(page_title="Communiqué · Themes", page_icon="🗞️", layout="wide")
st.title("Themes")

analysis = current_analysis()
if analysis is None:
    st.stop()
filters, selected = filter_sidebar(analysis)
if selected.empty:
    st.info("No statement matches these filters. Remove a filter in the sidebar.")
    st.stop()

counts = selected["theme_id"].value_counts()
themes = analysis.themes.assign(selected=lambda t: t["theme_id"].map(counts).fillna(0).astype(int))
st.dataframe(themes[["label", "top_terms", "selected", "n_statements", "share"]], hide_index=True,
             width="stretch", column_config={"share": st.column_config.NumberColumn(format="%.2f")})
download_table(themes, page="themes", name="themes", filters=filters)
show_chart(charts.statements_by_theme(analysis, filters, selected), page="themes",
           name="statements-by-theme", filters=filters)

st.subheader("Representative statements")
for label, group in selected.groupby("theme_label", sort=False):
    with st.expander(f"{label} ({len(group)})"):
        st.dataframe(group[["speaker", "text"]].head(8), hide_index=True, width="stretch")
