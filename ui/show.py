"""Showing charts and tables with their exports."""

from __future__ import annotations

import re

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from analysis.export import safe_csv
from analysis.filters import Filters

__all__ = ["show_chart", "download_table", "file_stem"]


def file_stem(page: str, chart: str, filters: Filters) -> str:
    """A meaningful file name: page, chart and filters (``speakers_by-theme_park-jin``)."""
    parts = [page, chart] + [v for _, v in filters.to_query()]
    stem = "_".join(re.sub(r"[^A-Za-z0-9]+", "-", p).strip("-").lower() for p in parts if p)
    return stem[:120] or "chart"


def show_chart(fig: go.Figure, *, page: str, name: str, filters: Filters, key: str | None = None):
    """Plot a figure; its toolbar saves PNG at 2x and SVG under a meaningful file name."""
    stem = file_stem(page, name, filters)
    config = {
        "displaylogo": False,
        "toImageButtonOptions": {"format": "png", "filename": stem, "scale": 2,
                                 "width": 1200, "height": 675},
        "modeBarButtonsToAdd": ["toImage"],
    }
    return st.plotly_chart(fig, config=config, key=key or f"chart-{name}", width="stretch")


def download_table(frame: pd.DataFrame, *, page: str, name: str, filters: Filters) -> None:
    """A CSV download of a table (formulas neutralised)."""
    st.download_button(
        "Download CSV", data=safe_csv(frame), file_name=file_stem(page, name, filters) + ".csv",
        mime="text/csv", key=f"csv-{name}",
    )
