"""Streamlit glue shared by the dashboard's pages: corpus loading and caching, the
filter sidebar bound to the URL, and chart display with exports."""

from .data import corpus_source, current_analysis
from .filters import filter_sidebar
from .show import download_table, show_chart

__all__ = ["corpus_source", "current_analysis", "filter_sidebar", "show_chart", "download_table"]
