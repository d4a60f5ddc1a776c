"""Themes: what the statements are about, in the analyst's words, and the analyst's own
codebook beside them."""

import streamlit as st

from analysis import charts
from analysis.codebook import apply_codebook, codebook_summary
from analysis.themes import dominant_themes, representative_statements, theme_mix
from ui import current_analysis, download_table, filter_sidebar, show_chart
from ui.themes import (codebook_help, codebook_uploader, crosstab, rename_form, theme_count_picker,
                       with_theme_names)

st.set_page_config(page_title="Communiqué · Themes", page_icon="🗞️", layout="wide")
st.title("Themes")

analysis = current_analysis()
if analysis is None:
    st.stop()
analysis = with_theme_names(analysis)
filters, selected = filter_sidebar(analysis)

left, right = st.columns([1, 3])
with left:
    theme_count_picker(analysis)
with right:
    st.caption("Each statement has one theme; its document gives it context. Themes are found "
               "by a mixture model of the statements' words and phrases (deterministic: the same "
               "corpus and settings give the same themes) and labelled by their most distinctive "
               "phrases. Rename them below.")

if selected.empty:
    st.info("No statement matches these filters. Remove a filter in the sidebar.")
    st.stop()

# Theme sizes and top terms.
counts = selected["theme_id"].value_counts()
table = analysis.themes.assign(selected=analysis.themes["theme_id"].map(counts).fillna(0).astype(int))
table = table[table["label"].isin(filters.theme) | (not filters.theme)]
st.dataframe(
    table[["label", "top_terms", "selected", "n_statements", "share"]].rename(
        columns={"label": "theme", "selected": "statements selected", "n_statements": "statements in corpus",
                 "share": "share of corpus"}),
    hide_index=True, width="stretch",
    column_config={"share of corpus": st.column_config.NumberColumn(format="%.2f"),
                   "top_terms": st.column_config.TextColumn("most distinctive terms", width="large")})
download_table(table, page="themes", name="themes", filters=filters)

c1, c2 = st.columns(2)
with c1:
    show_chart(charts.statements_by_theme(analysis, filters, selected), page="themes",
               name="statements-by-theme", filters=filters)
with c2:
    show_chart(charts.theme_map(analysis, filters, selected), page="themes", name="theme-map",
               filters=filters)

c3, c4 = st.columns(2)
with c3:
    show_chart(charts.themes_by_speaker(analysis, filters, selected), page="themes",
               name="themes-by-speaker", filters=filters)
with c4:
    show_chart(charts.themes_over_time(analysis, filters, selected), page="themes",
               name="themes-over-time", filters=filters)

st.subheader("Representative statements")
st.caption("Per theme, the selected statements whose words are most distinctive of it.")
reps = representative_statements(analysis, selected, top=5)
titles = dict(zip(analysis.documents["doc_id"], analysis.documents["title"]))
reps_table = reps.assign(document=reps["doc_id"].map(titles))[
    ["theme_label", "rank", "speaker", "text", "document", "doc_id", "score"]].rename(
    columns={"theme_label": "theme"})
st.dataframe(reps_table, hide_index=True, width="stretch",
             column_config={"text": st.column_config.TextColumn("text", width="large"),
                            "score": st.column_config.NumberColumn(format="%.2f")})
download_table(reps_table, page="themes", name="representative-statements", filters=filters)

st.subheader("Theme mix")
by = st.radio("Mix of", ["document", "speaker", "period"], horizontal=True, key="_theme_mix_by",
              help="Each row: the dominant theme and the share of every theme in the selected "
                   "statements of a document, a speaker (narration left out) or a month.")
mix = theme_mix(selected, by=by)
dominant = dominant_themes(selected, by=by)
order = [t for t in analysis.themes.sort_values("theme_id")["label"] if t in set(mix["theme_label"])]
shares = mix.pivot_table(index="group", columns="theme_label", values="share", fill_value=0.0,
                         sort=False).reindex(columns=order)
wide = dominant[["group", "theme_label", "share", "n_total"]].rename(
    columns={"theme_label": "dominant theme", "share": "dominant share", "n_total": "statements"})
wide = wide.merge(shares, left_on="group", right_index=True, how="left")
if by == "document":
    wide.insert(1, "title", wide["group"].map(titles))
st.dataframe(wide.rename(columns={"group": by}), hide_index=True, width="stretch",
             column_config={c: st.column_config.ProgressColumn(c, format="percent", min_value=0.0,
                                                               max_value=1.0)
                            for c in ["dominant share", *order]})
download_table(mix, page="themes", name=f"theme-mix-by-{by}", filters=filters)

with st.expander("Rename themes"):
    rename_form(analysis)

st.subheader("Your codebook")
codebook = codebook_uploader(analysis)
if codebook is None:
    with st.expander("Codebook format"):
        codebook_help()
else:
    matches = apply_codebook(selected, codebook)
    st.dataframe(codebook_summary(matches, selected, codebook).rename(columns={"code": "codebook theme"}),
                 hide_index=True, width="stretch",
                 column_config={"share": st.column_config.NumberColumn(format="%.2f")})
    cross = crosstab(matches, selected)
    if not cross.empty:
        st.caption("Statements per codebook theme (rows) and discovered theme (columns).")
        st.dataframe(cross, width="stretch")
    coded = matches.merge(selected[["statement_id", "text", "theme_label"]], on="statement_id")
    coded = coded[["code", "reason", "speaker", "text", "theme_label", "doc_id"]].rename(
        columns={"code": "codebook theme", "reason": "matched words", "theme_label": "theme"})
    st.dataframe(coded, hide_index=True, width="stretch",
                 column_config={"text": st.column_config.TextColumn("text", width="large")})
    download_table(coded, page="themes", name="codebook", filters=filters)
