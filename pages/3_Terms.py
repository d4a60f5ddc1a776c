"""Terms: the words and phrases of the selected statements."""

import streamlit as st

from analysis import charts, kwic, term_frequencies
from ui import current_analysis, download_table, filter_sidebar, show_chart

st.set_page_config(page_title="Communiqué · Terms", page_icon="🗞️", layout="wide")
st.title("Terms")

analysis = current_analysis()
if analysis is None:
    st.stop()
filters, selected = filter_sidebar(analysis)
if selected.empty:
    st.info("No statement matches these filters. Remove a filter in the sidebar.")
    st.stop()

size = st.segmented_control("Term length", ["1 word", "2 words", "3 words", "All"], default="All",
                            key="n", bind="query-params")
n_words = {"1 word": 1, "2 words": 2, "3 words": 3}.get(size or "All")
mask = analysis.statements["statement_id"].isin(selected["statement_id"]).to_numpy()
terms = term_frequencies(analysis.term_matrix, mask, doc_ids=analysis.statements["doc_id"].to_numpy(),
                         n=n_words)
if terms.empty:
    st.info("No terms in the selected statements.")
    st.stop()
show_chart(charts.top_terms_chart(analysis, filters, selected, terms, n_words=n_words), page="terms",
           name="top-terms", filters=filters)
download_table(terms, page="terms", name="terms", filters=filters)

st.subheader("Keyword in context")
term = st.selectbox("Term", terms["term"].head(200).tolist(), key="term", bind="query-params")
if term:
    st.dataframe(kwic(selected, term), hide_index=True, width="stretch",
                 column_config={"left": st.column_config.TextColumn(width="medium"),
                                "right": st.column_config.TextColumn(width="medium")})
