"""Speakers: who speaks how much, on which themes, in which words."""

import dataclasses

import streamlit as st

from analysis import charts, distinctive_terms
from ui import current_analysis, download_table, filter_sidebar, show_chart
from ui.filters import filter_on_click
from ui.tables import show_statements, statement_table

st.set_page_config(page_title="Communiqué · Speakers", page_icon="🗞️", layout="wide")
st.title("Speakers")

analysis = current_analysis()
if analysis is None:
    st.stop()
filters, selected = filter_sidebar(analysis)
if selected.empty:
    st.info("No statement matches these filters. Remove a filter in the sidebar.")
    st.stop()

said = selected[selected["speaker"] != ""]
summary = (said.groupby(["speaker", "speaker_kind"])
           .agg(statements=("statement_id", "size"), words=("n_words", "sum"), documents=("doc_id", "nunique"))
           .reset_index().sort_values(["statements", "speaker"], ascending=[False, True])
           .merge(analysis.speakers[["speaker", "role", "affiliation", "aliases"]], on="speaker", how="left"))
st.dataframe(summary.rename(columns={"speaker_kind": "kind"}), hide_index=True, width="stretch")
download_table(summary, page="speakers", name="speakers", filters=filters)

st.caption("Click a bar or a cell to filter every page by that speaker (or theme).")
left, right = st.columns(2)
with left:
    show_chart(charts.statements_by_speaker(analysis, filters, selected), page="speakers",
               name="statements-by-speaker", filters=filters, key="click-speaker",
               on_select=filter_on_click("click-speaker", "speaker", axis="y"), selection_mode="points")
with right:
    show_chart(charts.speaker_theme_heatmap(analysis, filters, selected), page="speakers",
               name="speaker-theme", filters=filters, key="click-heatmap",
               on_select=filter_on_click("click-heatmap", "speaker", axis="y"), selection_mode="points")

st.subheader("Distinctive terms per speaker")
st.caption("Words and phrases each speaker uses more than the other speakers (log-odds with an "
           "informative Dirichlet prior, Monroe et al. 2008). Only terms with z ≥ 1.96 — "
           "distinctive at the 5% level — are listed.")
# Compare each selected speaker with every other speaker under the same theme, document
# and date filters, so that one selected speaker still has a "rest" to differ from.
context = dataclasses.replace(filters, speaker=())
mask = context.mask(analysis.statements) & (analysis.statements["speaker"] != "").to_numpy()
dist = distinctive_terms(analysis.term_matrix, analysis.statements["speaker"].to_numpy(), mask=mask, top=12)
dist = dist[dist["group"].isin(said["speaker"].unique()) & (dist["z"] >= 1.96)]
if dist.empty:
    st.info("No term sets these speakers apart at the 5% level: the corpus (or selection) is "
            "too small, or they use the same words.")
else:
    st.dataframe(dist.rename(columns={"group": "speaker"}), hide_index=True, width="stretch",
                 column_config={c: st.column_config.NumberColumn(format="%.2f")
                                for c in ("log_odds", "z", "per_10k", "per_10k_rest")})

st.subheader("Who said what")
table = statement_table(analysis, said, members=True)
show_statements(table)
download_table(table, page="speakers", name="who-said-what", filters=filters)
