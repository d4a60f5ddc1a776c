"""Charts of terms: two groups compared, distinctive terms per group, a term's trend.

Every figure is decorated by :func:`analysis.charts.decorate` (title, filters, corpus,
source), works offline, and carries each term in ``customdata[0]`` so that a click on
a point or bar can open that term in context.
"""

from __future__ import annotations

import html
import math
from collections.abc import Mapping

import numpy as np
import pandas as pd
import plotly.graph_objects as go
from plotly.subplots import make_subplots

from .charts import NEUTRAL, PALETTE, _empty, _esc, colour_map, decorate, speaker_colours, theme_colours, wrap_label
from .filters import Filters
from .pipeline import Analysis
from .terms import compare_groups, distinctive_terms, selection_terms, term_frequencies
from .trends import period_labels, term_trend

#: Ways to group statements for comparing their words.
GROUPINGS = ("speaker", "theme", "document", "year", "month")

__all__ = [
    "GROUPINGS",
    "statement_groups",
    "comparison_chart",
    "distinctive_chart",
    "trend_chart",
    "clicked_term",
    "term_comparison",
    "distinctive_by",
    "term_trend_chart",
]

Z_LEVEL = 1.96  # two-sided 5%


def statement_groups(statements: pd.DataFrame, by: str) -> pd.Series:
    """Each statement's group under a grouping of :data:`GROUPINGS` ("" for none)."""
    if by == "speaker":
        return statements["speaker"].fillna("")
    if by == "theme":
        return statements["theme_label"].fillna("")
    if by == "document":
        return statements["doc_id"].fillna("")
    if by in ("year", "month"):
        return period_labels(statements["date"], period=by)
    raise ValueError(f"Unknown grouping {by!r}. Choose one of: {', '.join(GROUPINGS)}.")


def group_colours(analysis: Analysis, by: str, labels: list[str]) -> dict[str, str]:
    """Speakers and themes keep their colours across charts; other groups in order."""
    if by == "speaker":
        return speaker_colours(analysis)
    if by == "theme":
        return theme_colours(analysis)
    return colour_map(labels)


def clicked_term(event: object) -> str | None:
    """The term of the first point of a plotly selection event (``st.plotly_chart`` with
    ``on_select``), or ``None``."""
    try:
        points = event["selection"]["points"]  # type: ignore[index]
    except (KeyError, TypeError):
        points = getattr(getattr(event, "selection", None), "points", None)
    for point in points or []:
        custom = point.get("customdata") if isinstance(point, Mapping) else None
        if isinstance(custom, (list, tuple)) and custom:
            return html.unescape(str(custom[0]))
        if isinstance(custom, str):
            return html.unescape(custom)
        if isinstance(point, Mapping) and isinstance(point.get("y"), str):
            return point["y"]
    return None


def comparison_chart(
    frame: pd.DataFrame,
    *,
    label_a: str,
    label_b: str,
    analysis: Analysis,
    filters: Filters,
    statements: pd.DataFrame,
    colours: Mapping[str, str] | None = None,
    points: int = 300,
    label_top: int = 10,
    settings: Mapping[str, object] | None = None,
) -> go.Figure:
    """Frequency in A against frequency in B (per 10,000 words, log scales), one point
    per term, from :func:`analysis.terms.compare_groups`.

    Shown: the ``points`` most frequent terms plus the most distinctive of each side;
    terms used more by A in A's colour, by B in B's (faded when |z| < 1.96, not
    significant at 5%); the ``label_top`` most distinctive of each side labelled. Terms
    one side never uses sit on that side's axis floor.
    """
    colours = dict(colours or {})
    colour_a = colours.get(label_a, PALETTE[0])
    colour_b = colours.get(label_b, PALETTE[1])
    if colour_a == colour_b:
        colour_b = PALETTE[1] if colour_a != PALETTE[1] else PALETTE[0]
    title = f"{label_a} and {label_b}: which words each uses"
    note = "z: log-odds, informative Dirichlet prior; |z| ≥ 1.96: significant at 5%"
    if frame.empty:
        fig = _empty("No term occurs in either selection.")
        return decorate(fig, title=title, analysis=analysis, filters=filters, statements=statements,
                        chart="term-comparison", settings=settings or {"a": label_a, "b": label_b}, note=note)
    frame = frame.copy()
    frame["total"] = frame["count_a"] + frame["count_b"]
    chosen = set(frame.sort_values(["total", "term"], ascending=[False, True]).head(points).index)
    by_z = frame.sort_values(["z", "term"], ascending=[False, True])
    top_a = by_z[by_z["z"] > 0].head(max(label_top, 15))
    top_b = by_z[by_z["z"] < 0].iloc[::-1].head(max(label_top, 15))
    chosen |= set(top_a.index) | set(top_b.index)
    shown = frame.loc[sorted(chosen)]
    labelled = set(top_a.head(label_top).index) | set(top_b.head(label_top).index)
    positive = pd.concat([shown["per_10k_a"], shown["per_10k_b"]])
    positive = positive[positive > 0]
    floor = float(positive.min()) / 2 if len(positive) else 0.1
    x = shown["per_10k_a"].where(shown["per_10k_a"] > 0, floor)
    y = shown["per_10k_b"].where(shown["per_10k_b"] > 0, floor)
    # Terms at the same spot: spread them a little sideways (the hover keeps the exact
    # rates) and label only the most distinctive of them, with how many more are there.
    spot = pd.Series(list(zip(x.round(9), y.round(9))), index=shown.index)
    strength = shown["z"].abs().sort_values(ascending=False, kind="stable")
    text = {}
    for _, members in spot.loc[strength.index].groupby(spot.loc[strength.index], sort=False):
        ids = list(members.index)
        for k, i in enumerate(ids):
            x.loc[i] = x.loc[i] * 10 ** (0.015 * (k - (len(ids) - 1) / 2))
        named = [i for i in ids if i in labelled]
        if named:
            extra = len(ids) - 1
            text[named[0]] = shown.loc[named[0], "term"] + (f" (+{extra})" if extra else "")
    strong = shown["z"].abs() >= Z_LEVEL
    side = np.where(shown["z"] > 0, "a", np.where(shown["z"] < 0, "b", "none"))
    fig = go.Figure()
    groups = (("none", "Used alike", NEUTRAL, True),
              ("a", f"More in {label_a}", colour_a, True), ("a", f"More in {label_a}", colour_a, False),
              ("b", f"More in {label_b}", colour_b, True), ("b", f"More in {label_b}", colour_b, False))
    for key, name, colour, significant in groups:
        part = (side == key) & (strong.to_numpy() == significant if key != "none" else True)
        if not part.any():
            continue
        rows = shown[part]
        label = name if key == "none" else name + (" (z ≥ 1.96)" if significant else " (not significant)")
        fig.add_trace(go.Scatter(
            x=x[part], y=y[part], mode="markers+text", name=_esc(wrap_label(label, width=44, lines=1)),
            marker={"color": colour, "size": 9 if significant and key != "none" else 7,
                    "opacity": 0.95 if significant and key != "none" else 0.45},
            text=[_esc(text.get(i, "")) for i in rows.index],
            textposition="top center", textfont={"size": 12, "color": colour},
            customdata=np.column_stack([[_esc(t) for t in rows["term"]], rows["count_a"], rows["count_b"],
                                        rows["z"].round(2), rows["per_10k_a"].round(2),
                                        rows["per_10k_b"].round(2)]),
            hovertemplate=(f"<b>%{{customdata[0]}}</b><br>{_esc(label_a)}: %{{customdata[1]}} times "
                           f"(%{{customdata[4]}} per 10k words)<br>{_esc(label_b)}: %{{customdata[2]}} times "
                           "(%{customdata[5]} per 10k words)<br>z = %{customdata[3]}<extra></extra>"),
            meta={"columns": {"x": "per_10k_a_shown", "y": "per_10k_b_shown",
                              "customdata": ["term", "count_a", "count_b", "z", "per_10k_a", "per_10k_b"]}},
        ))
    hi = float(max(x.max(), y.max())) * 1.6
    lo = floor / 1.3
    fig.add_trace(go.Scatter(x=[lo, hi], y=[lo, hi], mode="lines", hoverinfo="skip", showlegend=False,
                             line={"dash": "dot", "width": 1, "color": NEUTRAL}))
    axis = {"type": "log", "range": [math.log10(lo), math.log10(hi)]}
    fig.update_xaxes(title=_esc(wrap_label(f"{label_a}: per 10,000 words", width=60, lines=1)), **axis)
    fig.update_yaxes(title=_esc(wrap_label(f"{label_b}: per 10,000 words", width=60, lines=1)), **axis)
    return decorate(fig, title=title, analysis=analysis, filters=filters, statements=statements,
                    chart="term-comparison", settings=settings or {"a": label_a, "b": label_b}, note=note)


def distinctive_chart(
    table: pd.DataFrame,
    *,
    by: str,
    analysis: Analysis,
    filters: Filters,
    statements: pd.DataFrame,
    colours: Mapping[str, str] | None = None,
    groups: list[str] | None = None,
    top: int = 10,
    settings: Mapping[str, object] | None = None,
) -> go.Figure:
    """Bars of z-scores, one panel per group (at most six), from
    :func:`analysis.terms.distinctive_terms` or :func:`~analysis.terms.selection_terms`.
    ``by`` names the grouping for the title ("speaker", "theme", "year" ...)."""
    panels = groups if groups is not None else list(dict.fromkeys(table["group"]))[:6]
    panels = [p for p in panels if (table["group"] == p).any()][:6]
    colours = dict(colours or colour_map(panels))
    note = "z above 1.96 (dotted line): distinctive at the 5% level"
    if not panels:
        fig = _empty("No term stands out in this selection.")
        title = f"Distinctive terms by {by}"
    else:
        cols = 1 if len(panels) == 1 else 2
        rows = math.ceil(len(panels) / cols)
        fig = make_subplots(rows=rows, cols=cols, horizontal_spacing=0.28 if cols > 1 else 0.1,
                            vertical_spacing=0.18 if rows > 1 else 0.1,
                            subplot_titles=[_esc(wrap_label(p, width=34, lines=1)) for p in panels]
                            if len(panels) > 1 else None)
        for a in fig.layout.annotations:
            a.name = "communique-panel"
        for i, panel in enumerate(panels):
            r, c = i // cols + 1, i % cols + 1
            part = table[table["group"] == panel].sort_values(["z", "term"], ascending=[False, True]).head(top)
            terms = part["term"].astype(str).tolist()
            fig.add_trace(go.Bar(
                x=part["z"], y=[_esc(t) for t in terms], orientation="h", showlegend=False,
                name=_esc(wrap_label(panel, width=28, lines=1)),
                marker_color=colours.get(panel, PALETTE[i % len(PALETTE)]),
                customdata=np.column_stack([[_esc(t) for t in terms], part["count"], part["count_rest"],
                                            part["log_odds"].round(2), [_esc(panel)] * len(part)]),
                hovertemplate=("<b>%{customdata[0]}</b> · %{customdata[4]}: %{customdata[1]} times; "
                               "the rest: %{customdata[2]} times<br>log-odds %{customdata[3]}, "
                               "z = %{x:.2f}<extra></extra>"),
                meta={"columns": {"y": "term", "x": "z", "series": "group",
                                  "customdata": [None, "count", "count_rest", "log_odds", "group"]}},
            ), row=r, col=c)
            # Room for ``top`` bars, so that a short list does not swell.
            fig.update_yaxes(autorange=False, range=[max(top, len(terms)) - 0.5, -0.5], row=r, col=c)
            fig.update_xaxes(range=[0, max(float(part["z"].max()), 2.1) * 1.12], row=r, col=c,
                             title="z-score" if r == rows else None)
            fig.add_vline(x=Z_LEVEL, line={"dash": "dot", "width": 1, "color": NEUTRAL}, row=r, col=c)
        title = (f"Terms distinctive of {panels[0]}" if len(panels) == 1
                 else f"Terms distinctive of each {by}")
    height = 520 if len(panels) <= 2 else 300 * math.ceil(len(panels) / 2) + 160
    return decorate(fig, title=title, analysis=analysis, filters=filters, statements=statements,
                    chart="distinctive-by", settings=settings or {"by": by, "top": top}, note=note,
                    height=height)


def trend_chart(
    trend: pd.DataFrame,
    *,
    period: str,
    analysis: Analysis,
    filters: Filters,
    statements: pd.DataFrame,
) -> go.Figure:
    """Lines: each term's rate per 10,000 words in each period, from
    :func:`analysis.trends.term_trend`."""
    terms = list(dict.fromkeys(trend["term"])) if not trend.empty else []
    title = ("Use of " + ", ".join(f"“{t}”" for t in terms[:4]) + (" …" if len(terms) > 4 else "")
             + f" per {period}") if terms else f"Terms per {period}"
    if trend.empty:
        fig = _empty("No dated statement in this selection, or no such term.")
    else:
        colours = colour_map(terms)
        fig = go.Figure()
        for term in terms:
            part = trend[trend["term"] == term]
            fig.add_trace(go.Scatter(
                x=part["period"], y=part["per_10k"], mode="lines+markers", name=_esc(term),
                line={"color": colours[term], "width": 2}, marker={"size": 6},
                customdata=np.column_stack([[_esc(term)] * len(part), part["count"], part["words"]]),
                hovertemplate=("<b>%{customdata[0]}</b>, %{x|" + ("%Y" if period == "year" else "%b %Y")
                               + "}: %{y:.1f} per 10k words<br>(%{customdata[1]} times in "
                               "%{customdata[2]:,} words)<extra></extra>"),
                meta={"columns": {"x": "period", "y": "per_10k", "series": "term",
                                  "customdata": [None, "count", "words"]}},
            ))
        fig.update_yaxes(title="Per 10,000 words", rangemode="tozero")
        first, last = trend["period"].min(), trend["period"].max()
        pad = pd.Timedelta(days=200 if period == "year" else 16)
        fig.update_xaxes(title=None, tickformat="%Y" if period == "year" else "%b %Y",
                         dtick="M12" if period == "year" else None,
                         range=[first - pad, last + pad] if first == last else None)
    return decorate(fig, title=title, analysis=analysis, filters=filters, statements=statements,
                    chart="term-trend", settings={"period": period, "terms": "|".join(terms)},
                    note="rate = occurrences / words said in the period")


# --------------------------------------------------------------------------- rebuilt from a link

def _selected(analysis: Analysis, statements: pd.DataFrame) -> np.ndarray:
    return analysis.statements["statement_id"].isin(statements["statement_id"]).to_numpy()


def _largest(labels: pd.Series, mask: np.ndarray) -> list[str]:
    sizes = labels[mask & (labels != "").to_numpy()].value_counts()
    return sizes.sort_index().sort_values(ascending=False, kind="stable").index.tolist()


def term_comparison(analysis: Analysis, filters: Filters, statements: pd.DataFrame, *, by: str = "speaker",
                    a: str | None = None, b: str | None = None, n: int | None = None) -> go.Figure:
    """:func:`comparison_chart` of two groups of the selection (by default its two
    largest speakers, themes, documents, years or months), from the analysis' terms."""
    labels = statement_groups(analysis.statements, by)
    mask = _selected(analysis, statements)
    order = _largest(labels, mask)
    a = a if a in order else (order[0] if order else None)
    b = b if b in order and b != a else next((g for g in order if g != a), None)
    if a is None or b is None:
        return decorate(_empty(f"The selection holds fewer than two {by}s to compare."),
                        title="Two groups compared", analysis=analysis, filters=filters, statements=statements,
                        chart="term-comparison", settings={"by": by, "n": n})
    frame = compare_groups(analysis.term_matrix, mask & (labels == a).to_numpy(),
                           mask & (labels == b).to_numpy(), n=n)
    return comparison_chart(frame, label_a=a, label_b=b, analysis=analysis, filters=filters,
                            statements=statements, colours=group_colours(analysis, by, [a, b]),
                            settings={"by": by, "a": a, "b": b, "n": n})


def distinctive_by(analysis: Analysis, filters: Filters, statements: pd.DataFrame, *, by: str = "speaker",
                   n: int | None = None, top: int = 10) -> go.Figure:
    """:func:`distinctive_chart` of the six largest groups of the selection, each
    against the others; a selection of one group against the rest of the corpus."""
    labels = statement_groups(analysis.statements, by)
    mask = _selected(analysis, statements)
    order = _largest(labels, mask)
    tm = analysis.term_matrix
    if len(order) >= 2:
        table = distinctive_terms(tm, labels, mask=mask, top=top, n=n)
    elif mask.all():
        table = pd.DataFrame(columns=["group", "term", "n", "count", "count_rest", "log_odds", "z"])
    else:
        table = selection_terms(tm, mask, top=top, n=n, label=order[0] if order else "the selection")
        order = list(dict.fromkeys(table["group"]))
    return distinctive_chart(table, by=by, analysis=analysis, filters=filters, statements=statements,
                             colours=group_colours(analysis, by, order[:6]), groups=order[:6], top=top,
                             settings={"by": by, "n": n, "top": top})


def term_trend_chart(analysis: Analysis, filters: Filters, statements: pd.DataFrame, *, terms: str = "",
                     period: str = "month") -> go.Figure:
    """:func:`trend_chart` of the terms (separated by "|" or ","; by default the three
    most frequent of the selection)."""
    mask = _selected(analysis, statements)
    names = [t.strip() for t in str(terms).replace("|", ",").split(",") if t.strip()]
    if not names:
        names = term_frequencies(analysis.term_matrix, mask, top=3)["term"].tolist()
    trend = term_trend(analysis.term_matrix, names, analysis.statements["date"], mask=mask,
                       period="year" if period == "year" else "month")
    return trend_chart(trend, period="year" if period == "year" else "month", analysis=analysis,
                       filters=filters, statements=statements)
