"""Reader: check every attribution at the source."""

import pandas as pd
import streamlit as st

from analysis.charts import speaker_colours
from ui import current_analysis, filter_sidebar
from ui.reader import reader_html

st.set_page_config(page_title="Communiqué · Reader", page_icon="🗞️", layout="wide")
st.title("Reader")
st.caption("A document's text with each statement marked by its speaker (colour and label) "
           "and theme. Hover a statement for its speaker, cue and theme.")

analysis = current_analysis()
if analysis is None:
    st.stop()
filters, selected = filter_sidebar(analysis)

docs = analysis.documents
candidates = docs[docs["doc_id"].isin(selected["doc_id"])] if not selected.empty else docs.iloc[0:0]
if candidates.empty:
    st.info("No document matches these filters. Remove a filter in the sidebar.")
    st.stop()
titles = dict(zip(candidates["doc_id"], candidates["title"]))
doc_id = st.selectbox("Document", list(titles), format_func=lambda d: titles.get(d, d), key="read",
                      bind="query-params")
doc = docs.set_index("doc_id").loc[doc_id]
meta = " · ".join(str(x) for x in (
    pd.Timestamp(doc["date"]).date().isoformat() if pd.notna(doc["date"]) else "",
    doc["source"], doc["place"]) if x)
st.subheader(doc["title"])
if meta:
    st.caption(meta)

rows = analysis.statements[analysis.statements["doc_id"] == doc_id]
colours = speaker_colours(analysis)
in_filter = set(selected["statement_id"])
legend = rows[rows["speaker"] != ""].groupby(["speaker", "speaker_kind"]).size().reset_index(name="n")
st.caption("Speakers in this document: " + ", ".join(
    f"{r.speaker} ({r.speaker_kind}, {r.n})" for r in legend.itertuples()) if not legend.empty
           else "No attributed statements in this document.")
if not filters.is_empty:
    st.caption(f"{len(rows[rows['statement_id'].isin(in_filter)])} of {len(rows)} statements of this "
               "document match the filters; the others are greyed, as context.")
st.html(reader_html(analysis.texts.get(doc_id, ""), rows, colours,
                    active=None if filters.is_empty else in_filter))
