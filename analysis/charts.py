"""Charts made to be shared: each one says what it shows, for which filters and corpus,
and where it comes from. Plotly figures, identical in the dashboard and the CLI."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

import pandas as pd
import plotly.graph_objects as go

from . import __version__
from .filters import Filters
from .pipeline import NO_THEME, Analysis

__all__ = [
    "PALETTE",
    "colour_map",
    "decorate",
    "statements_by_speaker",
    "statements_by_theme",
    "speaker_theme_heatmap",
    "top_terms_chart",
]

# Okabe-Ito and Tableau hues: distinguishable, colour-blind safe first.
PALETTE = (
    "#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#8C564B",
    "#F0E442", "#7F7F7F", "#1F3A93", "#B8860B", "#2CA02C", "#9467BD", "#17BECF",
    "#E377C2", "#BCBD22",
)
NEUTRAL = "#9AA0A6"


def colour_map(values: Sequence[str]) -> dict[str, str]:
    """A stable colour for each value: the first values (e.g. speakers by statements)
    take the palette in order; the rest a colour chosen by a hash of the name."""
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
    return colour_map(analysis.speakers["speaker"].tolist())


def theme_colours(analysis: Analysis) -> dict[str, str]:
    return colour_map(analysis.themes.sort_values("theme_id")["label"].tolist()) | {NO_THEME: NEUTRAL}


def _date_range(analysis: Analysis, statements: pd.DataFrame) -> str:
    dates = pd.to_datetime(statements["date"]).dropna()
    if dates.empty:
        return "undated"
    lo, hi = dates.min().date(), dates.max().date()
    return lo.isoformat() if lo == hi else f"{lo.isoformat()} to {hi.isoformat()}"


def decorate(
    fig: go.Figure,
    *,
    title: str,
    analysis: Analysis,
    filters: Filters,
    statements: pd.DataFrame,
    height: int = 540,
) -> go.Figure:
    """Title, subtitle (filters, corpus, dates) and source line (corpus, statements, version)."""
    subtitle = f"{filters.describe()} · Corpus: {analysis.corpus_name} · {_date_range(analysis, statements)}"
    source = (f"Source: {analysis.corpus_name}, {len(statements):,} statements"
              f" · Communiqué {__version__}")
    fig.update_layout(
        title={"text": title, "subtitle": {"text": subtitle}, "x": 0.01, "xanchor": "left"},
        margin={"t": 96, "b": 84, "l": 12, "r": 24},
        height=height,
        font={"family": "Inter, DejaVu Sans, Arial, sans-serif", "size": 14},
        template="plotly_white",
        legend={"orientation": "h", "yanchor": "top", "y": -0.14, "x": 0},
    )
    fig.add_annotation(text=source, xref="paper", yref="paper", x=0, y=-0.2, xanchor="left",
                       yanchor="top", showarrow=False, font={"size": 11, "color": "#5F6368"})
    fig.update_yaxes(automargin=True)
    fig.update_xaxes(automargin=True)
    return fig


def statements_by_speaker(analysis: Analysis, filters: Filters, statements: pd.DataFrame, *, top: int = 15) -> go.Figure:
    said = statements[statements["speaker"] != ""]
    counts = said.groupby(["speaker", "speaker_kind"]).size().reset_index(name="n")
    counts = counts.sort_values(["n", "speaker"], ascending=[False, True]).head(top)
    colours = speaker_colours(analysis)
    fig = go.Figure(go.Bar(
        x=counts["n"], y=counts["speaker"], orientation="h",
        marker_color=[colours.get(s, NEUTRAL) for s in counts["speaker"]],
        customdata=counts[["speaker_kind"]], text=counts["n"], textposition="outside",
        hovertemplate="%{y} (%{customdata[0]}): %{x} statements<extra></extra>",
    ))
    fig.update_yaxes(autorange="reversed", title=None)
    fig.update_xaxes(title="Statements")
    return decorate(fig, title="Statements by speaker", analysis=analysis, filters=filters, statements=statements)


def statements_by_theme(analysis: Analysis, filters: Filters, statements: pd.DataFrame) -> go.Figure:
    counts = statements.groupby("theme_label").size().reset_index(name="n").sort_values("n", ascending=False)
    colours = theme_colours(analysis)
    fig = go.Figure(go.Bar(
        x=counts["n"], y=counts["theme_label"], orientation="h",
        marker_color=[colours.get(t, NEUTRAL) for t in counts["theme_label"]],
        text=counts["n"], textposition="outside",
        hovertemplate="%{y}: %{x} statements<extra></extra>",
    ))
    fig.update_yaxes(autorange="reversed", title=None)
    fig.update_xaxes(title="Statements")
    return decorate(fig, title="Statements by theme", analysis=analysis, filters=filters, statements=statements)


def speaker_theme_heatmap(analysis: Analysis, filters: Filters, statements: pd.DataFrame, *, top: int = 12) -> go.Figure:
    said = statements[statements["speaker"] != ""]
    speakers = said["speaker"].value_counts().head(top).index
    table = pd.crosstab(said[said["speaker"].isin(speakers)]["speaker"],
                        said[said["speaker"].isin(speakers)]["theme_label"])
    table = table.reindex(index=list(speakers))
    share = table.div(table.sum(axis=1).replace(0, 1), axis=0)
    fig = go.Figure(go.Heatmap(
        z=share.to_numpy(), x=list(share.columns), y=list(share.index), colorscale="Blues",
        zmin=0, zmax=1, colorbar={"title": "Share"},
        customdata=table.to_numpy(),
        hovertemplate="%{y} on %{x}: %{customdata} statements (%{z:.0%})<extra></extra>",
    ))
    fig.update_yaxes(autorange="reversed")
    return decorate(fig, title="Share of each speaker's statements by theme", analysis=analysis,
                    filters=filters, statements=statements)


def top_terms_chart(analysis: Analysis, filters: Filters, statements: pd.DataFrame, terms: pd.DataFrame, *, n_words: int | None = None) -> go.Figure:
    kind = {1: "words", 2: "two-word phrases", 3: "three-word phrases"}.get(n_words or 0, "terms")
    terms = terms.head(20)
    fig = go.Figure(go.Bar(
        x=terms["count"], y=terms["term"], orientation="h", marker_color=PALETTE[0],
        text=terms["count"], textposition="outside",
        customdata=terms[["per_10k"]],
        hovertemplate="%{y}: %{x} times (%{customdata[0]:.1f} per 10k words)<extra></extra>",
    ))
    fig.update_yaxes(autorange="reversed", title=None)
    fig.update_xaxes(title="Occurrences")
    return decorate(fig, title=f"Most frequent {kind}", analysis=analysis, filters=filters,
                    statements=statements, height=640)
