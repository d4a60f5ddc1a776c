"""Showing charts and tables with their exports and links.

Every chart on the dashboard goes through :func:`show_chart`: it is drawn in the app's
light or dark style, its toolbar saves PNG at 2x under a meaningful file name, and a
row under it offers PNG, SVG, offline HTML and CSV downloads (rendered only when
clicked, then cached) and a link that reproduces it. :func:`presentation_view` is the
one-chart page opened from that link.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from urllib.parse import quote, urlencode

import pandas as pd
import plotly.graph_objects as go
import plotly.io as pio
import streamlit as st

from analysis import Analysis
from analysis.chartset import ChartRenderer, file_stem, to_csv, to_html
from analysis.charts import CHARTS, DEFAULT_HEIGHT, Style, build_chart, chart_meta, lay_out
from analysis.export import safe_csv
from analysis.filters import FILTER_KEYS, Filters

__all__ = ["show_chart", "download_table", "file_stem", "presentation_view", "chart_link", "app_style"]

PRESENTATION_SCRIPT = "9_Chart.py"
_RESERVED = {"chart", "style", "height"}


# --------------------------------------------------------------------------- style

def app_style() -> Style:
    """The app's current theme (light or dark), so charts match it."""
    try:
        kind = st.context.theme.type
    except AttributeError:
        kind = None
    return "dark" if kind == "dark" else "light"


# --------------------------------------------------------------------------- rendering (cached)

@st.cache_resource(show_spinner=False)
def _renderer() -> ChartRenderer:
    """One kaleido server (one Chromium) for the whole dashboard process, started on
    the first image asked for."""
    return ChartRenderer()


@st.cache_data(show_spinner=False, max_entries=64)
def _image(fig_json: str, fmt: str, style: Style) -> bytes:
    return _renderer().render(pio.from_json(fig_json), fmt=fmt, style=style)  # type: ignore[arg-type]


@st.cache_data(show_spinner=False, max_entries=16)
def _html(fig_json: str, style: Style, stem: str) -> bytes:
    return to_html(pio.from_json(fig_json), style=style, file_name=stem).encode("utf-8")


@st.cache_data(show_spinner=False, max_entries=64)
def _csv(fig_json: str) -> bytes:
    return to_csv(pio.from_json(fig_json))


# --------------------------------------------------------------------------- links

def _page_url(script_name: str | None = None) -> str:
    """Absolute URL of the current page, or of the page whose script file name is
    ``script_name`` (without query string)."""
    from streamlit.runtime.context_util import maybe_trim_page_path
    from streamlit.runtime.scriptrunner_utils.script_run_context import get_script_run_ctx

    url = st.context.url or "http://127.0.0.1:8501"
    ctx = get_script_run_ctx()
    if ctx is None:
        return url.rstrip("/") + "/"
    base = maybe_trim_page_path(url, ctx.pages_manager).rstrip("/")  # st.context.url ends with the page
    pages = ctx.pages_manager.get_pages()
    if script_name is None:
        page = pages.get(ctx.page_script_hash)
    else:
        page = next((p for p in pages.values() if str(p.get("script_path", "")).endswith(script_name)), None)
    path = (page or {}).get("url_pathname", "")
    return f"{base}/{path}" if path else base + "/"


def _query(pairs: Iterable[tuple[str, str]]) -> str:
    return urlencode(list(pairs), quote_via=quote)


def chart_link(fig: go.Figure, *, style: Style | None = None) -> tuple[str, dict[str, list[str]]] | None:
    """The presentation-view link that rebuilds this chart: its URL and query
    parameters (chart name, settings, filters), or ``None`` for a figure that does not
    name a chart of :data:`analysis.charts.CHARTS`."""
    meta = chart_meta(fig)
    if meta.get("chart") not in CHARTS:
        return None
    pairs = [("chart", meta["chart"])]
    pairs += [(k, str(v)) for k, v in sorted(meta.get("settings", {}).items())]
    pairs += [(k, v) for k, v in meta.get("filters", [])]
    if style:
        pairs.append(("style", style))
    params: dict[str, list[str]] = {}
    for k, v in pairs:
        params.setdefault(k, []).append(v)
    return f"{_page_url(PRESENTATION_SCRIPT)}?{_query(pairs)}", params


def _current_page_link() -> str:
    pairs = [(k, v) for k in st.query_params for v in st.query_params.get_all(k)]
    url = _page_url()
    return f"{url}?{_query(pairs)}" if pairs else url


# --------------------------------------------------------------------------- charts

def _config(stem: str, height: int) -> dict:
    return {
        "displaylogo": False,
        "toImageButtonOptions": {"format": "png", "filename": stem, "scale": 2,
                                 "width": 1200, "height": height},
    }


def show_chart(
    fig: go.Figure,
    *,
    page: str,
    name: str,
    filters: Filters,
    key: str | None = None,
    on_select: str | Callable[[], None] = "ignore",
    selection_mode: str | Iterable[str] = ("points", "box", "lasso"),
):
    """Draw a chart in the app's style with its exports and links.

    The toolbar's camera saves PNG at 2x (2400 px wide) named after the page, chart and
    filters; under the chart, "Download" offers PNG, SVG, a self-contained HTML file
    that works offline and the chart's data as CSV, and "Share" gives a link that
    reproduces the chart (and opens it alone, in large type, for a screenshot).
    ``on_select`` and ``selection_mode`` are passed to ``st.plotly_chart``; its
    return value is returned.
    """
    key = key or f"chart-{name}"
    style = app_style()
    fig = lay_out(go.Figure(fig), style=style)
    stem = file_stem(page, name, filters)
    event = st.plotly_chart(fig, config=_config(stem, DEFAULT_HEIGHT), key=key, width="stretch", theme=None,
                            on_select=on_select, selection_mode=selection_mode)
    _export_row(fig, stem=stem, key=key, style=style)
    return event


def _export_row(fig: go.Figure, *, stem: str, key: str, style: Style) -> None:
    fig_json = fig.to_json()
    row = st.container(horizontal=True, gap="small")
    with row.popover("Download", icon=":material/download:"):
        chosen = st.segmented_control("Style", ["light", "dark"], default=style, key=f"{key}-style",
                                      help="Light suits slides and print; dark matches a dark app.")
        out_style: Style = chosen if chosen in ("light", "dark") else style  # type: ignore[assignment]
        st.caption("1200 × 675; PNG at 2× (2400 × 1350). Rendered when you click.")
        st.download_button("PNG image", data=lambda: _image(fig_json, "png", out_style),
                           file_name=f"{stem}.png", mime="image/png", key=f"{key}-png",
                           on_click="ignore", icon=":material/image:", width="stretch")
        st.download_button("SVG image", data=lambda: _image(fig_json, "svg", out_style),
                           file_name=f"{stem}.svg", mime="image/svg+xml", key=f"{key}-svg",
                           on_click="ignore", icon=":material/draw:", width="stretch")
        st.download_button("Interactive HTML (works offline)", data=lambda: _html(fig_json, out_style, stem),
                           file_name=f"{stem}.html", mime="text/html", key=f"{key}-html",
                           on_click="ignore", icon=":material/public_off:", width="stretch")
        st.download_button("Data (CSV)", data=lambda: _csv(fig_json), file_name=f"{stem}.csv",
                           mime="text/csv", key=f"{key}-csv", on_click="ignore",
                           icon=":material/table:", width="stretch")
    with row.popover("Share", icon=":material/link:"):
        st.caption("Link to this page with every filter and setting (copy with the icon):")
        st.code(_current_page_link(), language=None, wrap_lines=True)
        link = chart_link(fig)
        if link is not None:
            url, params = link
            st.caption("Link to this chart alone, in large type, for a screenshot:")
            st.code(url, language=None, wrap_lines=True)
            st.page_link(f"pages/{PRESENTATION_SCRIPT}", label="Open presentation view",
                         icon=":material/slideshow:", query_params=params)


def download_table(frame: pd.DataFrame, *, page: str, name: str, filters: Filters) -> None:
    """A CSV download of a table (formulas neutralised)."""
    st.download_button(
        "Download CSV", data=lambda: safe_csv(frame),  # built only when clicked
        file_name=file_stem(page, name, filters) + ".csv", mime="text/csv", key=f"csv-{name}",
    )


# --------------------------------------------------------------------------- presentation view

_PRESENTATION_CSS = """
<style>
section[data-testid="stSidebar"], [data-testid="stSidebarCollapsedControl"],
[data-testid="stSidebarNav"], header[data-testid="stHeader"], [data-testid="stToolbar"],
[data-testid="stDecoration"] {display: none !important;}
.block-container, [data-testid="stMainBlockContainer"] {padding: 1rem 1.5rem !important; max-width: 100% !important;}
</style>
"""


def _params() -> dict[str, list[str]]:
    return {k: st.query_params.get_all(k) for k in st.query_params}


def presentation_view(analysis: Analysis) -> None:
    """The Chart page.

    With ``chart`` in the URL (``?chart=top-terms&n=2&speaker=Park%20Jin``; also
    ``style=light|dark`` and ``height`` in pixels): that chart alone, in large type,
    with no sidebar, for a clean screenshot. Without it: a chart picker under the
    sidebar filters, the chart, and a link to present it.
    """
    params = _params()
    name = (params.get("chart") or [""])[0]
    if name in CHARTS:
        _present(analysis, name, params)
        return
    from .filters import filter_sidebar

    st.title("Chart")
    if name:
        st.warning(f"There is no chart called “{name}”. Pick one below.")
    st.caption("Pick a chart; the sidebar filters apply. “Present” shows it alone in large type, "
               "for a screenshot, at a link that reproduces it.")
    filters, _ = filter_sidebar(analysis)
    choice = st.selectbox("Chart", list(CHARTS), key="pick", bind="query-params",
                          format_func=lambda n: CHARTS[n].description)
    fig = build_chart(choice, analysis, filters)
    link = chart_link(fig)
    if link is not None:
        st.page_link(f"pages/{PRESENTATION_SCRIPT}", label="Present", icon=":material/slideshow:",
                     query_params=link[1])
    show_chart(fig, page="chart", name=choice, filters=filters)


def _present(analysis: Analysis, name: str, params: Mapping[str, list[str]]) -> None:
    st.html(_PRESENTATION_CSS)
    try:
        filters = Filters.from_query({k: v for k, v in params.items() if k in FILTER_KEYS})
        style_param = (params.get("style") or [""])[0]
        style: Style = style_param if style_param in ("light", "dark") else app_style()  # type: ignore[assignment]
        height = int((params.get("height") or ["820"])[0])
        if not 300 <= height <= 2400:
            raise ValueError("height must be between 300 and 2400 pixels.")
        settings: Mapping[str, str] = {k: v[0] for k, v in params.items()
                                       if k not in FILTER_KEYS and k not in _RESERVED and v}
        fig = build_chart(name, analysis, filters, settings=settings, style=style)
    except ValueError as exc:
        st.error(f"This link cannot be shown: {exc}")
        return
    lay_out(fig, width=1500, height=height, style=style, text_scale=1.5)
    stem = file_stem("chart", name, filters)
    st.plotly_chart(fig, config=_config(stem, height) | {"displayModeBar": "hover"}, key="presentation",
                    width="stretch", theme=None)
