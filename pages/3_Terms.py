"""Terms: the words and phrases of the selected statements — most frequent, distinctive
of each group, two groups compared, in context, and over time."""

import re

import streamlit as st

from analysis import charts
from analysis.term_charts import (clicked_term, comparison_chart, distinctive_chart, group_colours,
                                  statement_groups, trend_chart)
from analysis.terms import compare_groups, distinctive_terms, kwic, selection_terms, term_frequencies
from analysis.trends import term_trend
from ui import current_analysis, download_table, filter_sidebar, show_chart
from ui.stopwords import stopword_editor, term_matrix_for

st.set_page_config(page_title="Communiqué · Terms", page_icon="🗞️", layout="wide")
st.title("Terms")

analysis = current_analysis()
if analysis is None:
    st.stop()
filters, selected = filter_sidebar(analysis)
statements = analysis.statements
mask = filters.mask(statements)
stopwords = stopword_editor(analysis)
tm = term_matrix_for(analysis, stopwords)
if selected.empty:
    st.info("No statement matches these filters. Remove a filter in the sidebar.")
    st.stop()

VIEWS = ["Top terms", "Distinctive", "Compare two", "In context", "Trends"]
LENGTHS = {"1 word": 1, "2 words": 2, "3 words": 3, "All": None}
GROUPINGS = {"Speakers": "speaker", "Themes": "theme", "Documents": "document", "Years": "year",
             "Months": "month"}


def plain(text: object) -> str:
    """User text shown literally inside Markdown."""
    return re.sub(r"([\\`*_{}\[\]()#+\-.!|<>~])", r"\\\1", str(text))


def open_in_context(chart_key: str) -> None:
    """A click on a term in a chart opens it in context."""
    term = clicked_term(st.session_state.get(chart_key))
    if term:
        st.session_state["term"] = term
        st.session_state["view"] = "In context"


c1, c2 = st.columns([2, 3])
size = c1.segmented_control("Term length", list(LENGTHS), default="All", key="n", bind="query-params",
                            help="Single words (names such as “South Korea” count as one), or phrases.")
term = c2.text_input("Term in context", key="term", bind="query-params", placeholder="e.g. supply chains",
                     help="Shown in the “In context” tab; click a term in any chart to put it here.")
n_words = LENGTHS.get(size or "All")
doc_ids = statements["doc_id"]
top_tab, dist_tab, cmp_tab, kwic_tab, trend_tab = st.tabs(VIEWS, key="view", bind="query-params")

with top_tab:
    if top_tab.open:
        rank = st.segmented_control("Rank the table by", ["Occurrences", "Documents", "TF-IDF"],
                                    default="Occurrences", key="rank", bind="query-params")
        by = {"Documents": "doc_count", "TF-IDF": "tfidf"}.get(rank or "", "count")
        terms = term_frequencies(tm, mask, doc_ids=doc_ids, n=n_words, top=500)
        if terms.empty:
            st.info("No terms in the selected statements.")
        else:
            show_chart(charts.top_terms_chart(analysis, filters, selected, terms, n_words=n_words),
                       page="terms", name="top-terms", filters=filters, key="chart-top-terms",
                       on_select=lambda: open_in_context("chart-top-terms"), selection_mode="points")
            st.caption("Click a bar to read the term in context.")
            table = terms if by == "count" else term_frequencies(tm, mask, doc_ids=doc_ids, n=n_words,
                                                                 top=500, by=by)
            st.dataframe(table.rename(columns={"n": "words", "doc_count": "documents"}), hide_index=True,
                         width="stretch",
                         column_config={"per_10k": st.column_config.NumberColumn("per 10k words", format="%.1f"),
                                        "tfidf": st.column_config.NumberColumn("TF-IDF", format="%.1f")})
            download_table(table, page="terms", name="terms", filters=filters)

with dist_tab:
    if dist_tab.open:
        choice = st.segmented_control("Distinctive terms of each", list(GROUPINGS), default="Speakers",
                                      key="by", bind="query-params")
        grouping = GROUPINGS[choice or "Speakers"]
        labels = statement_groups(statements, grouping)
        present = labels[mask & (labels != "").to_numpy()].value_counts()
        present = present.sort_index().sort_values(ascending=False, kind="stable")
        if len(present) >= 2:
            table = distinctive_terms(tm, labels, mask=mask, top=15, n=n_words)
            st.caption(f"Each {grouping} against the other {grouping}s of the selection: log-odds ratio "
                       "with an informative Dirichlet prior (Monroe, Colaresi & Quinn 2008).")
        else:
            name = present.index[0] if len(present) else "the selection"
            table = selection_terms(tm, mask, top=15, n=n_words, label=name)
            st.caption("The selection against the rest of the corpus: log-odds ratio with an informative "
                       "Dirichlet prior (Monroe, Colaresi & Quinn 2008).")
        if len(present) < 2 and mask.all():
            st.info(f"The selection is the whole corpus and holds one {grouping} at most: there is nothing to "
                    "compare it with. Filter in the sidebar, or group by something else.")
            st.stop()
        order = [g for g in present.index if (table["group"] == g).any()] or list(dict.fromkeys(table["group"]))
        fig = distinctive_chart(table, by=grouping, analysis=analysis, filters=filters, statements=selected,
                                colours=group_colours(analysis, grouping, order), groups=order[:6], top=10,
                                settings={"by": grouping, "n": n_words, "top": 10})
        show_chart(fig, page="terms", name=f"distinctive-{grouping}", filters=filters, key="chart-distinctive",
                   on_select=lambda: open_in_context("chart-distinctive"), selection_mode="points")
        if len(order) > 6:
            st.caption(f"The chart shows the 6 largest of {len(order)} {grouping}s; the table has them all.")
        st.dataframe(table.rename(columns={"group": grouping, "n": "words"}), hide_index=True, width="stretch",
                     column_config={c: st.column_config.NumberColumn(format="%.2f")
                                    for c in ("per_10k", "per_10k_rest", "log_odds", "z")})
        download_table(table, page="terms", name=f"distinctive-{grouping}", filters=filters)

with cmp_tab:
    if cmp_tab.open:
        choice = st.segmented_control("Compare two", list(GROUPINGS), default="Speakers", key="cmp",
                                      bind="query-params")
        grouping = GROUPINGS[choice or "Speakers"]
        labels = statement_groups(statements, grouping)
        sizes = labels[mask & (labels != "").to_numpy()].value_counts()
        options = sizes.sort_index().sort_values(ascending=False, kind="stable").index.tolist()
        if len(options) < 2:
            st.info(f"The selection holds fewer than two {grouping}s to compare. Widen the filters.")
        else:
            c1, c2 = st.columns(2)
            a = c1.selectbox("A", options, index=0, key="a", bind="query-params")
            b = c2.selectbox("B", options, index=1, key="b", bind="query-params")
            if a == b:
                st.info("Choose two different groups.")
            else:
                in_a = mask & (labels == a).to_numpy()
                in_b = mask & (labels == b).to_numpy()
                frame = compare_groups(tm, in_a, in_b, n=n_words)
                fig = comparison_chart(frame, label_a=a, label_b=b, analysis=analysis, filters=filters,
                                       statements=selected, colours=group_colours(analysis, grouping, [a, b]),
                                       settings={"by": grouping, "a": a, "b": b, "n": n_words})
                show_chart(fig, page="terms", name="comparison", filters=filters, key="chart-compare",
                           on_select=lambda: open_in_context("chart-compare"), selection_mode="points")
                st.caption("Click a point to read the term in context.")
                left, right = st.columns(2)
                shown = ["term", "count_a", "count_b", "z"]
                left.markdown(f"**Typical of {plain(a)}**")
                left.dataframe(frame[frame["z"] > 0].head(25)[shown], hide_index=True, width="stretch")
                right.markdown(f"**Typical of {plain(b)}**")
                right.dataframe(frame[frame["z"] < 0].iloc[::-1].head(25)[shown], hide_index=True,
                                width="stretch")
                download_table(frame, page="terms", name="comparison", filters=filters)

with kwic_tab:
    if kwic_tab.open:
        order = st.segmented_control("Sort by", ["Reading order", "Left context", "Right context"],
                                     default="Reading order", key="sort", bind="query-params")
        if not term:
            st.info("Type a term in “Term in context” above, or click one in a chart.")
        else:
            column = tm.column(term)
            sort = {"Left context": "left", "Right context": "right"}.get(order or "", "order")
            lines = kwic(selected, term, tm=tm if column is not None else None, width=70, sort=sort)
            if column is None:
                st.caption(f"“{plain(term)}” is not counted as a term (a stopword, or a fragment of a longer "
                           "phrase): showing a plain search of the words.")
            else:
                st.caption(f"{len(lines):,} occurrences of “{plain(tm.terms[column])}” in the selection.")
            titles = analysis.documents.set_index("doc_id")["title"]
            lines["document"] = lines["doc_id"].map(titles).fillna(lines["doc_id"])
            st.dataframe(lines[["speaker", "left", "match", "right", "document", "statement_id"]],
                         hide_index=True, width="stretch",
                         column_config={"left": st.column_config.TextColumn(width="large", alignment="right"),
                                        "match": st.column_config.TextColumn(width="medium", alignment="center"),
                                        "right": st.column_config.TextColumn(width="large"),
                                        "document": st.column_config.TextColumn(width="medium"),
                                        "statement_id": st.column_config.NumberColumn("statement")})
            download_table(lines, page="terms", name=f"kwic-{term}", filters=filters)

with trend_tab:
    if trend_tab.open:
        c1, c2 = st.columns([3, 2])
        default = term or ", ".join(term_frequencies(tm, mask, n=n_words, top=3)["term"])
        wanted = c1.text_input("Terms (separated by commas)", key="trend", bind="query-params",
                               placeholder=default)
        period_choice = c2.segmented_control("Per", ["Month", "Year"], default="Month", key="period",
                                             bind="query-params")
        period = "year" if period_choice == "Year" else "month"
        names = [t.strip() for t in (wanted or default).split(",") if t.strip()]
        trend = term_trend(tm, names, statements["date"], mask=mask, period=period)
        missing = [t for t in names if tm.column(t) is None]
        if missing:
            st.caption("Not counted as terms: " + ", ".join(plain(t) for t in missing))
        fig = trend_chart(trend, period=period, analysis=analysis, filters=filters, statements=selected)
        show_chart(fig, page="terms", name="trend", filters=filters, key="chart-trend",
                   on_select=lambda: open_in_context("chart-trend"), selection_mode="points")
        if not trend.empty:
            download_table(trend, page="terms", name="trend", filters=filters)
