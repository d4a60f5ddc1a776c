"""Charts made to be shared: each one says what it shows, for which filters and corpus,
and where it comes from. Plotly figures, identical in the dashboard and the CLI.

Every figure built here carries, in ``layout.meta["communique"]``, what it is (chart
name and settings, filters, corpus, title, subtitle, source line), so that it can be
laid out again for another size or style (:func:`lay_out`), exported
(:mod:`analysis.chartset`) and rebuilt from a link (:func:`build_chart`).

Colours: :func:`speaker_colours` and :func:`theme_colours` give each speaker and theme
one colour that is the same in every chart and every run on the same corpus.
"""

from __future__ import annotations

import hashlib
import html
import math
import textwrap
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Literal

import numpy as np
import pandas as pd
import plotly.graph_objects as go
import scipy.sparse as sp
from plotly.subplots import make_subplots

from . import __version__
from .filters import Filters
from .pipeline import NO_THEME, Analysis
from .terms import distinctive_terms, term_frequencies

__all__ = [
    "PALETTE",
    "NEUTRAL",
    "DEFAULT_HEIGHT",
    "SCREEN_HEIGHT",
    "Style",
    "CHARTS",
    "STANDARD_SET",
    "ChartSpec",
    "build_chart",
    "chart_meta",
    "colour_map",
    "speaker_colours",
    "theme_colours",
    "decorate",
    "lay_out",
    "wrap_label",
    "figure_data",
    "statements_by_speaker",
    "statements_by_theme",
    "speaker_theme_heatmap",
    "themes_by_speaker",
    "top_terms_chart",
    "top_terms",
    "distinctive_terms_chart",
    "theme_map",
    "theme_map_coordinates",
    "themes_over_time",
]

Style = Literal["light", "dark"]

# Okabe-Ito and Tableau hues: distinguishable, colour-blind safe first.
PALETTE = (
    "#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#8C564B",
    "#F0E442", "#7F7F7F", "#1F3A93", "#B8860B", "#2CA02C", "#9467BD", "#17BECF",
    "#E377C2", "#BCBD22",
)
NEUTRAL = "#9AA0A6"

FONT_FAMILY = "Arial, 'Liberation Sans', Helvetica, 'DejaVu Sans', sans-serif"
DEFAULT_HEIGHT = 675  # exports: 1200 x 675, a slide or a social card
SCREEN_HEIGHT = 520  # on the dashboard
_WRAP_WIDTH = 460  # charts on the dashboard are at least this wide: wrap text for it
_META = "communique"
_TICKS = "communique_ticks"

_STYLES: dict[str, dict[str, Any]] = {
    "light": {"base": "plotly_white", "paper": "#FFFFFF", "text": "#202124", "muted": "#5F6368",
              "grid": "#E8EAED", "context": "#D0D4D9",
              "sequential": [[0, "#F7FBFF"], [0.5, "#6BAED6"], [1, "#08306B"]]},
    "dark": {"base": "plotly_dark", "paper": "#0E1117", "text": "#F1F3F4", "muted": "#AEB4BB",
             "grid": "#2D323A", "context": "#3C424B",
             "sequential": [[0, "#161B22"], [0.5, "#1F6FA8"], [1, "#9ED3F7"]]},
}


# --------------------------------------------------------------------------- colours

def colour_map(values: Sequence[str]) -> dict[str, str]:
    """A stable colour for each value: the first values (e.g. speakers by statements)
    take the palette in order; the rest a colour chosen by a hash of the name.
    Narration (``""``) and the no-theme label are grey."""
    out: dict[str, str] = {}
    for i, value in enumerate(dict.fromkeys(values)):
        if value in ("", NO_THEME):
            out[value] = NEUTRAL
        elif i < len(PALETTE):
            out[value] = PALETTE[i]
        else:
            h = int(hashlib.sha1(value.encode()).hexdigest(), 16)
            out[value] = PALETTE[h % len(PALETTE)]
    return out


def speaker_colours(analysis: Analysis) -> dict[str, str]:
    """One colour per speaker of the corpus (by statements, most first), whatever the
    filters, so that a speaker keeps its colour from chart to chart."""
    return colour_map(analysis.speakers["speaker"].tolist())


def theme_colours(analysis: Analysis) -> dict[str, str]:
    """One colour per theme label of the corpus (in theme_id order); no theme is grey."""
    return colour_map(analysis.themes.sort_values("theme_id")["label"].tolist()) | {NO_THEME: NEUTRAL}


# --------------------------------------------------------------------------- text

def _esc(text: object) -> str:
    """User text made inert for plotly's pseudo-HTML (tags and entities)."""
    return html.escape(str(text), quote=False)


def wrap_label(text: str, *, width: int = 24, lines: int = 2) -> str:
    """A label for an axis, legend or title: ``text`` wrapped on word boundaries into at
    most ``lines`` lines of about ``width`` characters, the last ending in "…" when cut,
    escaped for plotly and joined with ``<br>``. Show the full text in the hover."""
    text = " ".join(str(text).split())
    if not text:
        return ""
    parts = textwrap.wrap(text, width=width, break_long_words=True, break_on_hyphens=False)
    if len(parts) > lines:
        parts = parts[:lines]
        last = parts[-1]
        parts[-1] = (last[: max(width - 1, 1)].rstrip(" ,;·-") + "…")
    return "<br>".join(_esc(p) for p in parts)


def _wrap_parts(parts: Sequence[str], width: int, max_lines: int) -> list[str]:
    """Join phrases with ' · ' into lines of at most ``width`` characters; a phrase
    longer than a line is wrapped on its own. Plain text out (not escaped)."""
    lines: list[str] = []
    current = ""
    for part in parts:
        candidate = f"{current} · {part}" if current else part
        if len(candidate) <= width:
            current = candidate
            continue
        if current:
            lines.append(current)
        if len(part) <= width:
            current = part
        else:
            wrapped = textwrap.wrap(part, width=width, break_on_hyphens=False) or [part]
            lines.extend(wrapped[:-1])
            current = wrapped[-1]
    if current:
        lines.append(current)
    if len(lines) > max_lines:
        lines = lines[:max_lines]
        lines[-1] = lines[-1][: max(width - 1, 1)].rstrip(" ,;·") + "…"
    return lines


def _date_span(dates: pd.Series) -> str:
    dates = pd.to_datetime(dates).dropna()
    if dates.empty:
        return "undated"
    lo, hi = dates.min().date(), dates.max().date()
    return lo.isoformat() if lo == hi else f"{lo.isoformat()} to {hi.isoformat()}"


# --------------------------------------------------------------------------- decoration

def chart_meta(fig: go.Figure) -> dict[str, Any]:
    """What a figure built here says about itself (empty for other figures): chart,
    settings, filters (list of [key, value]), corpus, title, subtitle_parts, source,
    style."""
    meta = fig.layout.meta
    if isinstance(meta, Mapping) and isinstance(meta.get(_META), Mapping):
        return dict(meta[_META])
    return {}


def decorate(
    fig: go.Figure,
    *,
    title: str,
    analysis: Analysis,
    filters: Filters,
    statements: pd.DataFrame,
    height: int = SCREEN_HEIGHT,
    chart: str = "",
    settings: Mapping[str, object] | None = None,
    note: str = "",
    style: Style = "light",
) -> go.Figure:
    """Make a figure describe itself.

    Title (what is shown), subtitle (the active filters, the corpus name and its date
    range), footer (source: corpus and number of statements, app version, and
    ``note``). ``chart`` and ``settings`` name how to rebuild it (see
    :func:`build_chart`). Returns the figure laid out for the dashboard.
    """
    corpus_dates = _date_span(analysis.documents["date"]) if "date" in analysis.documents else "undated"
    subtitle_parts = [filters.describe(), f"Corpus: {analysis.corpus_name}, {corpus_dates}"]
    total = len(analysis.statements)
    n = len(statements)
    counted = f"{n:,} statements" if n == total else f"{n:,} of {total:,} statements"
    source = f"Source: {analysis.corpus_name}, {counted} · Communiqué {__version__}"
    if note:
        source += f" · {note}"
    previous = fig.layout.meta if isinstance(fig.layout.meta, Mapping) else {}
    fig.layout.meta = {_META: {
        "chart": chart,
        "settings": {k: v for k, v in (settings or {}).items() if v is not None},
        "filters": [list(p) for p in filters.to_query()],
        "corpus": analysis.corpus_name,
        "title": title,
        "subtitle_parts": subtitle_parts,
        "subtitle": " · ".join(subtitle_parts),
        "source": source,
        "version": __version__,
        "ticks": dict(previous.get(_TICKS, {})),
    }}
    return lay_out(fig, height=height, style=style)


@lru_cache(maxsize=4)
def _template(style: Style) -> go.layout.Template:
    import plotly.io as pio

    colours = _STYLES[style]
    template = go.layout.Template(pio.templates[colours["base"]])
    template.layout.update(
        font={"family": FONT_FAMILY, "size": 13, "color": colours["text"]},
        colorway=list(PALETTE),
        paper_bgcolor=colours["paper"],
        plot_bgcolor=colours["paper"],
        hoverlabel={"font": {"family": FONT_FAMILY}},
        legend={"font": {"size": 12}, "traceorder": "normal"},
    )
    template.layout.xaxis.update(gridcolor=colours["grid"], zerolinecolor=colours["grid"])
    template.layout.yaxis.update(gridcolor=colours["grid"], zerolinecolor=colours["grid"])
    return template


_CHAR = 0.58  # average character width in ems (Arial, mixed case), a little generous


def _tick_block(axis: Any, font: float) -> float:
    """Vertical room the tick labels of an x axis take (pixels)."""
    if axis.visible is False or axis.showticklabels is False:
        return 0.0
    texts = [str(t) for t in (axis.ticktext or ())]
    n_lines = max((t.count("<br>") + 1 for t in texts), default=1)
    longest = max((len(html.unescape(part)) for t in texts for part in t.split("<br>")), default=8)
    angle = abs(axis.tickangle) if isinstance(axis.tickangle, (int, float)) else 0
    if angle:
        return longest * _CHAR * font * math.sin(math.radians(angle)) + font + 10
    return n_lines * font * 1.25 + 10


def _longest_line(texts: Sequence[object]) -> int:
    return max((len(html.unescape(part)) for t in texts for part in str(t).split("<br>")), default=0)


def lay_out(
    fig: go.Figure,
    *,
    width: int | None = None,
    height: int | None = None,
    style: Style | None = None,
    text_scale: float = 1.0,
) -> go.Figure:
    """Lay a self-describing figure out for a size and style (in place; returned).

    ``width`` is what the title, subtitle and category labels are fitted to (``None``:
    any width from 460 px up, as in the dashboard's two-column layout). Long labels are wrapped or cut
    with "…" (the hover keeps the full text). The footer is placed a fixed distance
    from the bottom edge, so the figure can be exported at another height without
    moving it. ``text_scale`` enlarges all type (the presentation view uses 1.5).
    """
    meta = chart_meta(fig)
    style = style or meta.get("style", "light")
    if style not in _STYLES:
        raise ValueError(f"Unknown style {style!r}. Choose 'light' or 'dark'.")
    colours = _STYLES[style]
    s = text_scale
    body, title_fs, sub_fs, foot_fs = 13 * s, 20 * s, 14 * s, 11 * s
    wrap_for = max(width or _WRAP_WIDTH, 320)
    usable = wrap_for - 40
    height = height or fig.layout.height or SCREEN_HEIGHT

    if fig.layout.template.layout.paper_bgcolor != colours["paper"]:
        fig.layout.template = _template(style)  # an object: far quicker than validating a dict
    fig.update_layout(height=height,
                      font={"size": body, "family": FONT_FAMILY, "color": colours["text"]},
                      legend={"font": {"size": 12 * s}})
    if width is not None:
        fig.update_layout(width=width)
    if any(getattr(t, "coloraxis", None) for t in fig.data):
        fig.update_layout(coloraxis_colorscale=colours["sequential"])  # shares: light to dark ink
    if not meta:
        return fig
    meta["style"] = style
    fig.layout.meta = {_META: meta}

    # Category labels: wrapped for the width, cut with "…" past their line budget.
    for key, spec in meta.get("ticks", {}).items():
        axis = fig.layout[key]
        values = list(axis.tickvals or ())
        if spec.get("per_category"):
            room = wrap_for * 0.7 / max(len(values), 1)
        else:
            room = wrap_for * spec.get("share", 0.3)
        chars = max(8, int(room / (_CHAR * body)))
        axis.ticktext = [wrap_label(v, width=chars, lines=spec.get("lines", 2)) for v in values]
        axis.tickfont = {"size": body}

    title_lines = _wrap_parts([meta["title"]], int(usable / (0.56 * title_fs)), 2)
    sub_lines = _wrap_parts(meta["subtitle_parts"], int(usable / (0.5 * sub_fs)), 3)
    foot_lines = _wrap_parts(meta["source"].split(" · "), int(usable / (0.5 * foot_fs)), 2)
    # Plotly centres a multi-line title on its first line's anchor: push it down by the
    # extra lines so that it starts at the top pad.
    pad_top = 14 + (len(title_lines) - 1) * title_fs * 0.75
    top = pad_top + len(title_lines) * title_fs * 1.25 + 8 + len(sub_lines) * sub_fs * 1.3 + 18
    if any(a.name == "communique-panel" for a in fig.layout.annotations):
        top += body * 1.6  # subplot titles sit above the plot area

    # Left: the first y axis's labels (and title); automargin may only add to it.
    yaxis = fig.layout.yaxis
    if yaxis.visible is False:
        left = 16.0
    else:
        labels = yaxis.ticktext if yaxis.ticktext else ["0000"]
        left = _longest_line(labels) * _CHAR * body + 14
        if yaxis.title.text:
            left += body * 1.6
    # Bottom: x tick labels, x axis title, then the footer.
    xkeys = [k for k in fig.layout if k.startswith("xaxis")] or ["xaxis"]
    xaxes = [fig.layout[k] for k in xkeys]
    tick_block = max(_tick_block(ax, body) for ax in xaxes)
    has_x_title = any(ax.title.text for ax in xaxes if ax.visible is not False)
    title_block = body * 1.3 + 8 if has_x_title else 0.0
    foot_block = len(foot_lines) * foot_fs * 1.35 + 14
    bottom = tick_block + title_block + foot_block + 6
    for key in xkeys:
        fig.layout[key].update(automargin=False, title={"standoff": 6})
    for key in [k for k in fig.layout if k.startswith("yaxis")] or ["yaxis"]:
        fig.layout[key].update(automargin=True)

    fig.update_layout(
        title={
            "text": "<br>".join(_esc(t) for t in title_lines),
            "subtitle": {"text": "<br>".join(_esc(t) for t in sub_lines),
                         "font": {"size": sub_fs, "color": colours["muted"]}},
            "font": {"size": title_fs, "color": colours["text"]},
            "x": 0, "xref": "container", "xanchor": "left",
            "y": 1, "yref": "container", "yanchor": "top",
            "pad": {"t": round(pad_top), "l": 16},
        },
        margin={"t": round(top), "b": round(bottom), "l": round(left), "r": 24, "autoexpand": True},
    )
    annotations = [a for a in fig.layout.annotations if a.name != "communique-source"]
    for a in annotations:
        if a.name == "communique-panel":
            a.font = {"size": 14 * s, "color": colours["text"]}
        elif a.name == "communique-anchor":
            a.visible = wrap_for >= 800  # theme names on the map need room; the legend has them too
            a.font.size = 12 * s
    annotations.append(go.layout.Annotation(
        name="communique-source", text="<br>".join(_esc(t) for t in foot_lines),
        xref="paper", yref="paper", x=0, y=0, xanchor="left", yanchor="top", align="left",
        xshift=-(round(left) - 16), yshift=-(tick_block + title_block + 4), showarrow=False,
        font={"size": foot_fs, "color": colours["muted"]},
    ))
    fig.layout.annotations = annotations
    return fig


def _empty(message: str) -> go.Figure:
    fig = go.Figure()
    fig.add_annotation(text=_esc(message), xref="paper", yref="paper", x=0.5, y=0.5,
                       showarrow=False, font={"size": 16})
    fig.update_xaxes(visible=False)
    fig.update_yaxes(visible=False)
    return fig


def _category_axis(fig: go.Figure, values: Sequence[str], *, key: str = "yaxis", share: float = 0.3,
                   lines: int = 2, per_category: bool = False, min_slots: int = 0) -> None:
    """Categories keep their full names (for hover and data); the ticks show them
    fitted by :func:`lay_out` (``share`` of the width for a y axis; for an x axis with
    ``per_category``, the room each category has). ``min_slots`` keeps bars of a short
    list from swelling: the axis always has room for that many."""
    values = list(values)
    axis = fig.layout[key]
    axis.update(tickmode="array", tickvals=values,
                ticktext=[wrap_label(v, width=24, lines=lines) for v in values])
    if min_slots and len(values) < min_slots:
        axis.update(autorange=False, range=[min_slots - 0.5, -0.5] if key.startswith("y") else
                    [-0.5 - (min_slots - len(values)) / 2, len(values) - 0.5 + (min_slots - len(values)) / 2])
    elif key.startswith("y"):
        axis.update(autorange="reversed")
    meta = dict(fig.layout.meta) if isinstance(fig.layout.meta, Mapping) else {}
    ticks = dict(meta.get(_TICKS, {}))
    ticks[key] = {"share": share, "lines": lines, "per_category": per_category}
    meta[_TICKS] = ticks
    fig.layout.meta = meta


def _value_range(max_value: float) -> list[float]:
    """Room for bar labels drawn outside the longest bar."""
    return [0, max(float(max_value), 1) * 1.14]


def _count_ticks(max_value: float) -> dict:
    """Whole-number ticks for a count axis."""
    step = 1
    for candidate in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000, 10000):
        step = candidate
        if max_value / candidate <= 8:
            break
    else:
        return {"tickformat": ",d"}
    return {"tick0": 0, "dtick": step, "tickformat": ",d"}


# --------------------------------------------------------------------------- speakers

def statements_by_speaker(analysis: Analysis, filters: Filters, statements: pd.DataFrame, *,
                          top: int = 15) -> go.Figure:
    """Horizontal bars: statements per speaker (narration left out), most first."""
    said = statements[statements["speaker"] != ""]
    if said.empty:
        fig = _empty("No attributed statement in this selection.")
    else:
        counts = said.groupby(["speaker", "speaker_kind"]).size().reset_index(name="n")
        counts = counts.sort_values(["n", "speaker"], ascending=[False, True]).head(top)
        colours = speaker_colours(analysis)
        names = counts["speaker"].tolist()
        fig = go.Figure(go.Bar(
            x=counts["n"], y=names, orientation="h", name="Statements",
            marker_color=[colours.get(s, NEUTRAL) for s in names],
            customdata=np.column_stack([[_esc(s) for s in names], counts["speaker_kind"].astype(str)]),
            text=counts["n"], textposition="outside", cliponaxis=False,
            hovertemplate="%{customdata[0]} (%{customdata[1]}): %{x} statements<extra></extra>",
            meta={"columns": {"y": "speaker", "x": "statements", "customdata": [None, "kind"]}},
        ))
        _category_axis(fig, names, min_slots=6)
        fig.update_yaxes(title=None)
        fig.update_xaxes(title="Statements", range=_value_range(counts["n"].max()),
                         **_count_ticks(counts["n"].max()))
    title = "Statements by speaker" + (f" (top {top})" if said["speaker"].nunique() > top else "")
    return decorate(fig, title=title,
                    analysis=analysis, filters=filters, statements=statements,
                    chart="statements-by-speaker", settings={"top": top})


def speaker_theme_heatmap(analysis: Analysis, filters: Filters, statements: pd.DataFrame, *,
                          top: int = 12) -> go.Figure:
    """Heatmap: share of each speaker's statements on each theme (rows sum to 100%)."""
    said = statements[statements["speaker"] != ""]
    if said.empty:
        fig = _empty("No attributed statement in this selection.")
    else:
        speakers = said["speaker"].value_counts().head(top).index.tolist()
        said = said[said["speaker"].isin(speakers)]
        order = [t for t in analysis.themes.sort_values("theme_id")["label"] if t in set(said["theme_label"])]
        order += sorted(set(said["theme_label"]) - set(order))
        table = pd.crosstab(said["speaker"], said["theme_label"]).reindex(index=speakers, columns=order,
                                                                           fill_value=0)
        share = table.div(table.sum(axis=1).replace(0, 1), axis=0)
        hover = np.array([[f"{_esc(s)} on {_esc(t)}" for t in order] for s in speakers])
        fig = go.Figure(go.Heatmap(
            z=share.to_numpy(), x=order, y=speakers, coloraxis="coloraxis",
            customdata=np.dstack([table.to_numpy(), hover]),
            hovertemplate="%{customdata[1]}: %{customdata[0]} statements (%{z:.0%})<extra></extra>",
            meta={"columns": {"x": "theme", "y": "speaker", "z": "share"}},
        ))
        _category_axis(fig, speakers)
        # Theme names slanted at 45°, wrapped on word boundaries when there is room between two
        # columns for two lines (else one line, cut with "…"): readable in a half-width column
        # too, and never over each other.
        two_lines = len(order) <= 4
        _category_axis(fig, order, key="xaxis", lines=2 if two_lines else 1, share=0.3 if two_lines else 0.45)
        fig.update_xaxes(tickangle=-45)
        fig.update_layout(coloraxis={"cmin": 0, "cmax": 1, "colorbar": {
            "title": {"text": "Share", "side": "right"}, "tickformat": ".0%", "thickness": 16}})
    return decorate(fig, title="Share of each speaker's statements by theme", analysis=analysis,
                    filters=filters, statements=statements, chart="speaker-theme", settings={"top": top})


def themes_by_speaker(analysis: Analysis, filters: Filters, statements: pd.DataFrame, *,
                      top: int = 12) -> go.Figure:
    """Stacked horizontal bars: for each speaker, the themes of their statements
    (share of the speaker's statements; colour = theme)."""
    said = statements[statements["speaker"] != ""]
    if said.empty:
        fig = _empty("No attributed statement in this selection.")
    else:
        speakers = said["speaker"].value_counts().sort_index().sort_values(ascending=False, kind="stable")
        speakers = speakers.head(top).index.tolist()
        said = said[said["speaker"].isin(speakers)]
        table = pd.crosstab(said["speaker"], said["theme_label"]).reindex(index=speakers, fill_value=0)
        totals = table.sum(axis=1).replace(0, 1)
        colours = theme_colours(analysis)
        order = [t for t in analysis.themes.sort_values("theme_id")["label"] if t in table.columns]
        order += sorted(set(table.columns) - set(order))
        fig = go.Figure()
        for theme in order:
            counts = table[theme]
            fig.add_bar(
                y=speakers, x=(counts / totals).to_numpy(), orientation="h",
                name=wrap_label(theme, width=24, lines=2), marker_color=colours.get(theme, NEUTRAL),
                customdata=np.column_stack([counts.to_numpy(), [_esc(s) for s in speakers],
                                            [_esc(theme)] * len(speakers)]),
                hovertemplate="%{customdata[1]} · %{customdata[2]}: %{customdata[0]} statements "
                              "(%{x:.0%})<extra></extra>",
                meta={"columns": {"y": "speaker", "x": "share", "customdata": ["statements", None, "theme"],
                                  "series": None}},
            )
        _category_axis(fig, speakers, min_slots=5)
        fig.update_layout(barmode="stack", legend={"title": {"text": "Theme"}, "traceorder": "normal"})
        fig.update_yaxes(title=None)
        fig.update_xaxes(title="Share of the speaker's statements", tickformat=".0%", range=[0, 1])
    return decorate(fig, title="Themes in each speaker's statements", analysis=analysis, filters=filters,
                    statements=statements, chart="themes-by-speaker", settings={"top": top})


# --------------------------------------------------------------------------- themes

def statements_by_theme(analysis: Analysis, filters: Filters, statements: pd.DataFrame) -> go.Figure:
    """Horizontal bars: statements per theme, largest first; colour = theme."""
    if statements.empty:
        fig = _empty("No statement in this selection.")
    else:
        counts = statements.groupby("theme_label").size().reset_index(name="n")
        counts = counts.sort_values(["n", "theme_label"], ascending=[False, True])
        colours = theme_colours(analysis)
        labels = counts["theme_label"].tolist()
        fig = go.Figure(go.Bar(
            x=counts["n"], y=labels, orientation="h", name="Statements",
            marker_color=[colours.get(t, NEUTRAL) for t in labels],
            customdata=[[_esc(t)] for t in labels],
            text=counts["n"], textposition="outside", cliponaxis=False,
            hovertemplate="%{customdata[0]}: %{x} statements<extra></extra>",
            meta={"columns": {"y": "theme", "x": "statements", "customdata": [None]}},
        ))
        _category_axis(fig, labels, share=0.32, min_slots=5)
        fig.update_yaxes(title=None)
        fig.update_xaxes(title="Statements", range=_value_range(counts["n"].max()),
                         **_count_ticks(counts["n"].max()))
    return decorate(fig, title="Statements by theme", analysis=analysis, filters=filters,
                    statements=statements, chart="statements-by-theme")


_FREQ = {"day": "D", "week": "W-MON", "month": "M", "year": "Y"}
_PERIOD_FORMAT = {"day": "%Y-%m-%d", "week": "week of %Y-%m-%d", "month": "%b %Y", "year": "%Y"}


def _choose_period(dates: pd.Series, period: str) -> str:
    if period != "auto":
        return period
    span = (dates.max() - dates.min()).days if len(dates) else 0
    return "day" if span <= 45 else "month" if span <= 3 * 366 else "year"


def themes_over_time(analysis: Analysis, filters: Filters, statements: pd.DataFrame, *,
                     period: Literal["auto", "day", "week", "month", "year"] = "auto") -> go.Figure:
    """Stacked bars: statements per period, coloured by theme; periods without
    statements show as gaps. ``auto`` picks days for up to 45 days, months up to three
    years, else years. Undated statements are left out (the footer says how many)."""
    if period not in ("auto", "day", "week", "month", "year"):
        raise ValueError(f"Unknown period {period!r}. Choose auto, day, week, month or year.")
    dates = pd.to_datetime(statements["date"])
    dated = statements[dates.notna().to_numpy()]
    undated = len(statements) - len(dated)
    note = f"{undated:,} undated statements not shown" if undated else ""
    chosen = "period" if period == "auto" else period
    if dated.empty:
        fig = _empty("No dated statement in this selection.")
    else:
        when = pd.to_datetime(dated["date"])
        chosen = _choose_period(when, period)
        periods = when.dt.to_period(_FREQ[chosen])
        full = pd.period_range(periods.min(), periods.max(), freq=_FREQ[chosen])
        table = pd.crosstab(periods.to_numpy(), dated["theme_label"].to_numpy()).reindex(full, fill_value=0)
        labels = [p.start_time.strftime(_PERIOD_FORMAT[chosen]) for p in full]
        totals = table.sum(axis=1).replace(0, 1).to_numpy()
        colours = theme_colours(analysis)
        order = [t for t in analysis.themes.sort_values("theme_id")["label"] if t in table.columns]
        order += sorted(set(table.columns) - set(order))
        fig = go.Figure()
        for theme in order:
            counts = table[theme].to_numpy()
            fig.add_bar(
                x=labels, y=counts, name=wrap_label(theme, width=24, lines=2),
                marker_color=colours.get(theme, NEUTRAL),
                customdata=np.column_stack([[_esc(theme)] * len(labels), counts / totals]),
                hovertemplate="%{x} · %{customdata[0]}: %{y} statements "
                              "(%{customdata[1]:.0%})<extra></extra>",
                meta={"columns": {"x": chosen, "y": "statements", "customdata": ["theme", "share"],
                                  "series": None}},
            )
        fig.update_layout(barmode="stack", bargap=0.2, legend={"title": {"text": "Theme"}})
        fig.update_xaxes(type="category", title=None, tickangle=0)
        if len(labels) < 6:
            pad = (6 - len(labels)) / 2
            fig.update_xaxes(range=[-0.5 - pad, len(labels) - 0.5 + pad])
        fig.update_yaxes(title="Statements", rangemode="tozero", **_count_ticks(table.sum(axis=1).max()))
    return decorate(fig, title=f"Themes over time (statements per {chosen})", analysis=analysis,
                    filters=filters, statements=statements, chart="themes-over-time",
                    settings={"period": period}, note=note)


def theme_map_coordinates(analysis: Analysis) -> pd.DataFrame:
    """A 2-D position for every statement of the corpus (independent of filters, so
    points stay put when filters change).

    Themes sit on a circle in theme_id order; each statement sits between them in
    proportion to the cosine similarity of its TF-IDF terms to each theme's term
    profile, pulled towards its own theme, with a small fixed offset (from its id) so
    that identical statements do not hide one another. Deterministic.

    One row per statement (in the statements frame's order): ``statement_id``, ``x``,
    ``y``. A second frame is not returned: theme anchors are ``_theme_anchors(k)``.
    """
    st = analysis.statements
    theme_ids = st["theme_id"].to_numpy()
    k = max(len(analysis.themes), 1)
    anchors = _theme_anchors(k)
    counts = analysis.term_matrix.matrix.astype(float)
    n = counts.shape[0]
    if n == 0:
        return pd.DataFrame({"statement_id": st["statement_id"], "x": [], "y": []})
    df = np.asarray((counts > 0).sum(axis=0)).ravel()
    idf = np.log((1 + n) / (1 + df)) + 1
    X = counts.multiply(idf.reshape(1, -1)).tocsr()
    X.data = np.log1p(X.data)
    norms = np.sqrt(np.asarray(X.multiply(X).sum(axis=1)).ravel())
    X = sp.diags(1 / np.where(norms > 0, norms, 1)) @ X
    onehot = np.zeros((n, k))
    valid = (theme_ids >= 0) & (theme_ids < k)
    onehot[np.flatnonzero(valid), theme_ids[valid]] = 1
    profiles = np.asarray((X.T @ onehot).T)  # k x terms
    p_norm = np.linalg.norm(profiles, axis=1, keepdims=True)
    profiles = profiles / np.where(p_norm > 0, p_norm, 1)
    sim = np.asarray(X @ profiles.T)  # n x k
    sim = np.clip(sim, 0, None) ** 2 + 0.6 * onehot * (sim.max(axis=1, keepdims=True) + 1e-9)
    total = sim.sum(axis=1, keepdims=True)
    weights = np.divide(sim, total, out=np.zeros_like(sim), where=total > 0)
    xy = weights @ anchors
    ids = st["statement_id"].to_numpy()
    angle = (ids * 2.399963) % (2 * np.pi)  # golden angle: a fixed, even spread
    radius = 0.05 + 0.07 * ((ids * 0.618034) % 1.0)
    xy = xy + np.column_stack([np.cos(angle), np.sin(angle)]) * radius[:, None]
    return pd.DataFrame({"statement_id": ids, "x": xy[:, 0], "y": xy[:, 1]})


def _theme_anchors(k: int) -> np.ndarray:
    if k == 1:
        return np.zeros((1, 2))
    t = np.pi / 2 - 2 * np.pi * np.arange(k) / k
    return np.column_stack([np.cos(t), np.sin(t)])


def theme_map(analysis: Analysis, filters: Filters, statements: pd.DataFrame, *,
              max_points: int = 4000) -> go.Figure:
    """A map of statements coloured by theme (see :func:`theme_map_coordinates`): the
    selected statements in their theme's colour, the rest of the corpus in faint grey
    for context; hover shows the sentence and its speaker. At most ``max_points``
    selected statements are drawn (an even, fixed sample; the footer says so)."""
    coords = theme_map_coordinates(analysis).set_index("statement_id")
    colours = theme_colours(analysis)
    context_colour = _STYLES["light"]["context"]
    selected_ids = statements["statement_id"].to_numpy()
    note = ""
    shown = statements
    if len(shown) > max_points:
        shown = shown.iloc[np.linspace(0, len(shown) - 1, max_points).round().astype(int)]
        note = f"{max_points:,} of {len(statements):,} selected statements drawn"
    fig = go.Figure()
    rest = analysis.statements[~analysis.statements["statement_id"].isin(selected_ids)]
    if len(rest):
        rest = rest.iloc[np.linspace(0, len(rest) - 1, min(len(rest), max_points)).round().astype(int)]
        c = coords.loc[rest["statement_id"]]
        fig.add_scatter(x=c["x"], y=c["y"], mode="markers", name="Other statements",
                        marker={"color": context_colour, "size": 5, "opacity": 0.5},
                        hoverinfo="skip", meta={"columns": {"x": "x", "y": "y", "series": "theme"}})
    order = [t for t in analysis.themes.sort_values("theme_id")["label"] if t in set(shown["theme_label"])]
    order += sorted(set(shown["theme_label"]) - set(order))
    for theme in order:
        group = shown[shown["theme_label"] == theme]
        c = coords.loc[group["statement_id"]]
        hover = [f"{_esc(sp_ or 'narration')}<br>{wrap_label(text, width=60, lines=3)}"
                 for sp_, text in zip(group["speaker"], group["text"])]
        fig.add_scatter(
            x=c["x"], y=c["y"], mode="markers", name=wrap_label(theme, width=24, lines=2),
            marker={"color": colours.get(theme, NEUTRAL), "size": 9, "opacity": 0.85,
                    "line": {"width": 0.5, "color": "#FFFFFF"}},
            customdata=np.column_stack([hover, [_esc(theme)] * len(group),
                                        group["statement_id"].to_numpy(), group["speaker"].to_numpy(),
                                        group["text"].to_numpy()]),
            hovertemplate="<b>%{customdata[1]}</b><br>%{customdata[0]}<extra></extra>",
            meta={"columns": {"x": "x", "y": "y", "series": None,
                              "customdata": [None, "theme", "statement_id", "speaker", "text"]}},
        )
    anchors = _theme_anchors(max(len(analysis.themes), 1))
    for (tid, label), (ax, ay) in zip(analysis.themes.sort_values("theme_id")[["theme_id", "label"]]
                                      .itertuples(index=False), anchors):
        fig.add_annotation(x=ax * 1.32, y=ay * 1.3, text=f"<b>{wrap_label(label, width=22, lines=3)}</b>",
                           name="communique-anchor", showarrow=False,
                           font={"size": 12, "color": colours.get(label, NEUTRAL)})
    fig.update_xaxes(visible=False, range=[-1.6, 1.6])
    fig.update_yaxes(visible=False, range=[-1.5, 1.5], scaleanchor="x", scaleratio=1)
    fig.update_layout(legend={"title": {"text": "Theme"}}, hovermode="closest")
    if statements.empty:
        fig.add_annotation(text="No statement in this selection.", xref="paper", yref="paper",
                           x=0.5, y=0.5, showarrow=False, font={"size": 16})
    return decorate(fig, title="Map of statements by theme (nearby statements share their words)",
                    analysis=analysis, filters=filters, statements=statements, chart="theme-map",
                    note=note)


# --------------------------------------------------------------------------- terms

_TERM_KIND = {1: "words", 2: "two-word phrases", 3: "three-word phrases"}


def top_terms(analysis: Analysis, statements: pd.DataFrame, *, n: int | None = None,
              top: int = 20) -> pd.DataFrame:
    """Term frequencies over the given statements (see
    :func:`analysis.term_frequencies`), ``n``-word terms only when ``n`` is given."""
    mask = analysis.statements["statement_id"].isin(statements["statement_id"]).to_numpy()
    return term_frequencies(analysis.term_matrix, mask, doc_ids=analysis.statements["doc_id"].to_numpy(),
                            n=n, top=top)


def top_terms_chart(analysis: Analysis, filters: Filters, statements: pd.DataFrame, terms: pd.DataFrame,
                    *, n_words: int | None = None, top: int = 20) -> go.Figure:
    """Horizontal bars: the ``top`` most frequent terms of a terms frame (as from
    :func:`top_terms`), with their rate per 10,000 words in the hover."""
    kind = _TERM_KIND.get(n_words or 0, "terms")
    terms = terms.head(top)
    if terms.empty:
        fig = _empty("No terms in this selection.")
    else:
        names = terms["term"].astype(str).tolist()
        fig = go.Figure(go.Bar(
            x=terms["count"], y=names, orientation="h", marker_color=PALETTE[0], name="Occurrences",
            text=terms["count"], textposition="outside", cliponaxis=False,
            customdata=np.column_stack([[_esc(t) for t in names], terms["per_10k"].to_numpy()]),
            hovertemplate="%{customdata[0]}: %{x} times (%{customdata[1]:.1f} per 10k words)<extra></extra>",
            meta={"columns": {"y": "term", "x": "count", "customdata": [None, "per_10k"]}},
        ))
        _category_axis(fig, names, share=0.34, lines=1, min_slots=8)
        fig.update_yaxes(title=None)
        fig.update_xaxes(title="Occurrences", range=_value_range(terms["count"].max()),
                         **_count_ticks(terms["count"].max()))
    return decorate(fig, title=f"Most frequent {kind}", analysis=analysis, filters=filters,
                    statements=statements, chart="top-terms", settings={"n": n_words, "top": top})


def distinctive_terms_chart(analysis: Analysis, filters: Filters, statements: pd.DataFrame, *,
                            by: Literal["speaker", "theme"] = "speaker", groups: int = 4,
                            top: int = 10) -> go.Figure:
    """Bars of z-scores (log-odds with an informative Dirichlet prior, see
    :func:`analysis.distinctive_terms`).

    When the selection holds two or more speakers (or themes, ``by="theme"``), each of
    the largest ``groups`` is compared with the others in the selection. When it holds
    one (for instance a speaker filter), the selection is compared with the rest of
    the corpus. The title says which.
    """
    if by not in ("speaker", "theme"):
        raise ValueError(f"Unknown grouping {by!r}. Choose 'speaker' or 'theme'.")
    column = "speaker" if by == "speaker" else "theme_label"
    st_all = analysis.statements
    selected = st_all["statement_id"].isin(statements["statement_id"]).to_numpy()
    named = statements[statements[column] != ""][column]
    largest = named.value_counts().sort_index().sort_values(ascending=False, kind="stable")
    largest = largest.head(groups).index.tolist()
    colours = speaker_colours(analysis) if by == "speaker" else theme_colours(analysis)
    if len(largest) >= 2:
        labels = st_all[column].to_numpy()
        table = distinctive_terms(analysis.term_matrix, labels, mask=selected & (st_all[column] != "").to_numpy(),
                                  top=top)
        table = table[table["group"].isin(largest)]
        panels = largest
        title = f"Terms distinctive of each {by} (against the other {by}s in the selection)"
        rest_name = f"other {by}s"
    else:
        name = largest[0] if largest else "the selection"
        labels = np.where(selected, "selection", "rest")
        table = distinctive_terms(analysis.term_matrix, labels, top=top) if (~selected).any() else \
            pd.DataFrame(columns=["group", "term", "n", "count", "count_rest", "log_odds", "z"])
        table = table[table["group"] == "selection"].assign(group=name)
        panels = [name]
        title = f"Terms distinctive of {name} (against the rest of the corpus)"
        rest_name = "rest of the corpus"
    panels = [p for p in panels if (table["group"] == p).any()]
    note = ""
    if not panels:
        fig = _empty("No term stands out: the selection is the whole corpus or too small to compare."
                     if len(largest) < 2 else "No term stands out in this selection.")
    else:
        cols = 1 if len(panels) == 1 else 2
        rows = math.ceil(len(panels) / cols)
        fig = make_subplots(rows=rows, cols=cols, horizontal_spacing=0.2 if cols > 1 else 0.1,
                            vertical_spacing=0.16 if rows > 1 else 0.1,
                            subplot_titles=[wrap_label(p, width=34, lines=1) for p in panels]
                            if len(panels) > 1 else None)
        for a in fig.layout.annotations:
            a.name = "communique-panel"
        for i, panel in enumerate(panels):
            r, c = i // cols + 1, i % cols + 1
            part = table[table["group"] == panel].sort_values("z", ascending=False)
            terms = part["term"].tolist()
            fig.add_bar(
                x=part["z"], y=terms, orientation="h", name=wrap_label(panel, width=28, lines=1),
                marker_color=colours.get(panel, PALETTE[0]), showlegend=False,
                customdata=np.column_stack([[_esc(t) for t in terms], part["count"], part["count_rest"],
                                            part["log_odds"], [_esc(panel)] * len(part)]),
                hovertemplate=("%{customdata[0]} · %{customdata[4]}: %{customdata[1]} times, "
                               f"{_esc(rest_name)}: " + "%{customdata[2]} times<br>"
                               "log-odds %{customdata[3]:.2f}, z = %{x:.2f}<extra></extra>"),
                meta={"columns": {"y": "term", "x": "z", "series": None,
                                  "customdata": [None, "count", "count_rest", "log_odds", "group"]}},
                row=r, col=c,
            )
            index = (r - 1) * cols + c
            suffix = "" if index == 1 else str(index)
            _category_axis(fig, terms, key=f"yaxis{suffix}", share=0.32 if cols == 1 else 0.13,
                           lines=1 if cols == 1 else 2, min_slots=top)
            fig.update_xaxes(range=_value_range(max(part["z"].max(), 2.1)), row=r, col=c,
                             title="z-score" if r == rows else None)
            fig.add_vline(x=1.96, line={"dash": "dot", "width": 1, "color": NEUTRAL}, row=r, col=c)
        note = "z above 1.96 (dotted line): distinctive at the 5% level"
    return decorate(fig, title=title, analysis=analysis, filters=filters, statements=statements,
                    chart="distinctive-terms", settings={"by": by, "groups": groups, "top": top},
                    note=note)


# --------------------------------------------------------------------------- data out

def _array(values: Any) -> np.ndarray | None:
    """Trace data as an array, decoding plotly's base64 typed arrays (``{"dtype",
    "bdata", "shape"}``, as figures read back from JSON carry them)."""
    if values is None:
        return None
    if isinstance(values, Mapping) and "bdata" in values:
        import base64

        arr = np.frombuffer(base64.b64decode(values["bdata"]), dtype=np.dtype(values["dtype"]))
        shape = values.get("shape")
        if shape:
            dims = [int(d) for d in (shape.split(",") if isinstance(shape, str) else shape)]
            arr = arr.reshape(dims)
        return arr
    items = list(values)
    if items and all(isinstance(v, Mapping) and "bdata" in v for v in items):
        return np.stack([_array(v) for v in items])
    return np.asarray(items, dtype=object)


def _typed(values: list) -> list:
    """Numbers back from the text that mixed-type hover data was stored as."""
    try:
        return pd.to_numeric(pd.Series(values, dtype=object)).tolist()
    except (ValueError, TypeError):
        return values


def figure_data(fig: go.Figure) -> pd.DataFrame:
    """The data a figure shows, as a tidy table: one row per bar, point or heatmap cell.

    Columns: ``series`` (the trace's legend name, when it has one), then the trace's
    own column names (from ``trace.meta["columns"]`` for figures built here, else
    ``x``, ``y``, ``z``). Hover-only markup is left out.
    """
    frames = []
    for trace in fig.data:
        cols = dict((trace.meta or {}).get("columns", {})) if isinstance(trace.meta, Mapping) else {}
        if trace.type == "heatmap":
            z = np.asarray(_array(trace.z), dtype=float)
            xs = list(_array(trace.x)) if trace.x is not None else list(range(z.shape[1]))
            ys = list(_array(trace.y)) if trace.y is not None else list(range(z.shape[0]))
            frame = pd.DataFrame({cols.get("y", "y"): np.repeat(ys, len(xs)),
                                  cols.get("x", "x"): np.tile(xs, len(ys)),
                                  cols.get("z", "z"): z.ravel()})
        else:
            data: dict[str, Any] = {}
            for axis in ("y", "x") if getattr(trace, "orientation", None) == "h" else ("x", "y"):
                values = _array(getattr(trace, axis, None))
                if values is not None:
                    data[cols.get(axis, axis)] = values.tolist()
            if not data:
                continue
            length = max(len(v) for v in data.values())
            custom = _array(trace.customdata)
            if custom is not None and "customdata" in cols and custom.size:
                arr = custom.reshape(length, -1)
                for j, name in enumerate(cols["customdata"]):
                    if name and j < arr.shape[1] and name not in data:
                        data[name] = _typed([html.unescape(v) if isinstance(v, str) else v for v in arr[:, j]])
            frame = pd.DataFrame(data)
        name = html.unescape(str(trace.name)) if trace.name else ""
        series = cols.get("series", "series")
        if name and series and len(fig.data) > 1 and series not in frame.columns:
            frame.insert(0, series, name.replace("<br>", " "))
        frames.append(frame)
    if not frames:
        return pd.DataFrame()
    return pd.concat(frames, ignore_index=True)


# --------------------------------------------------------------------------- registry

def _int_between(lo: int, hi: int) -> Callable[[object], int]:
    def parse(value: object) -> int:
        try:
            n = int(str(value))
        except ValueError:
            raise ValueError(f"{value!r} is not a whole number.") from None
        if not lo <= n <= hi:
            raise ValueError(f"{n} is out of range: choose between {lo} and {hi}.")
        return n
    return parse


def _term_length(value: object) -> int | None:
    text = str(value).strip().lower()
    if text in ("", "all", "none"):
        return None
    digit = text.split()[0]
    if digit in ("1", "2", "3"):
        return int(digit)
    raise ValueError(f"{value!r} is not a term length. Choose 1, 2, 3 or all.")


def _choice(*options: str) -> Callable[[object], str]:
    def parse(value: object) -> str:
        text = str(value).strip().lower()
        if text not in options:
            raise ValueError(f"{value!r} is not one of {', '.join(options)}.")
        return text
    return parse


@dataclass(frozen=True)
class ChartSpec:
    """A chart that can be rebuilt from its name, the filters and its settings (as a
    link carries them): ``build(analysis, filters, statements, **settings)``."""

    name: str
    description: str
    build: Callable[..., go.Figure]
    settings: Mapping[str, Callable[[object], object]] = field(default_factory=dict)


def _top_terms_from(analysis: Analysis, filters: Filters, statements: pd.DataFrame, *,
                    n: int | None = None, top: int = 20) -> go.Figure:
    terms = top_terms(analysis, statements, n=n, top=top)
    return top_terms_chart(analysis, filters, statements, terms, n_words=n, top=top)


CHARTS: dict[str, ChartSpec] = {spec.name: spec for spec in (
    ChartSpec("statements-by-speaker", "Statements by speaker", statements_by_speaker,
              {"top": _int_between(1, 60)}),
    ChartSpec("themes-by-speaker", "Themes in each speaker's statements", themes_by_speaker,
              {"top": _int_between(1, 40)}),
    ChartSpec("top-terms", "Most frequent terms", _top_terms_from,
              {"n": _term_length, "top": _int_between(1, 60)}),
    ChartSpec("distinctive-terms", "Distinctive terms", distinctive_terms_chart,
              {"by": _choice("speaker", "theme"), "groups": _int_between(1, 6), "top": _int_between(1, 30)}),
    ChartSpec("theme-map", "Map of statements by theme", theme_map, {}),
    ChartSpec("themes-over-time", "Themes over time", themes_over_time,
              {"period": _choice("auto", "day", "week", "month", "year")}),
    ChartSpec("statements-by-theme", "Statements by theme", statements_by_theme, {}),
    ChartSpec("speaker-theme", "Share of each speaker's statements by theme", speaker_theme_heatmap,
              {"top": _int_between(1, 40)}),
)}

#: The set the ``charts`` command renders, in order.
STANDARD_SET = ("statements-by-speaker", "themes-by-speaker", "top-terms", "distinctive-terms",
                "theme-map", "themes-over-time")


def build_chart(name: str, analysis: Analysis, filters: Filters, *,
                settings: Mapping[str, object] | None = None, style: Style = "light") -> go.Figure:
    """Rebuild a chart from what a link carries: its name (a key of :data:`CHARTS`),
    the filters and its settings (strings are parsed; unknown settings are ignored,
    so that a link may carry other query parameters)."""
    spec = CHARTS.get(name)
    if spec is None:
        raise ValueError(f"Unknown chart {name!r}. Choose one of: {', '.join(CHARTS)}.")
    parsed = {}
    for key, value in (settings or {}).items():
        if key in spec.settings and value is not None and value != "":
            try:
                parsed[key] = spec.settings[key](value)
            except ValueError as exc:
                raise ValueError(f"Chart {name}, setting {key}: {exc}") from None
    statements = analysis.statements[filters.mask(analysis.statements)]
    fig = spec.build(analysis, filters, statements, **parsed)
    return lay_out(fig, style=style)
