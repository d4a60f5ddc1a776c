"""Charts out of the app: PNG and SVG rendered by kaleido in the system Chromium,
self-contained interactive HTML that works offline, the chart's data as CSV, and the
``python -m analysis charts`` command that writes the standard set.

One Chromium serves a whole batch: open a :class:`ChartRenderer` once and render every
image through it.
"""

from __future__ import annotations

import argparse
import html
import os
import re
import shutil
import sys
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import plotly.graph_objects as go

from .charts import CHARTS, DEFAULT_HEIGHT, STANDARD_SET, Style, build_chart, chart_meta, figure_data, lay_out
from .export import safe_csv
from .filters import Filters

__all__ = [
    "ChartRenderer",
    "ChartRenderError",
    "ImageFormat",
    "find_browser",
    "file_stem",
    "to_html",
    "to_csv",
    "write_chart",
    "write_chart_set",
    "add_parser",
    "run",
]

ImageFormat = Literal["png", "svg"]
FORMATS = ("png", "svg", "html", "csv")
EXPORT_WIDTH = 1200
EXPORT_HEIGHT = DEFAULT_HEIGHT
_BROWSERS = ("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")


class ChartRenderError(RuntimeError):
    """An image could not be rendered (no browser, or the browser failed)."""


def file_stem(page: str, chart: str, filters: Filters) -> str:
    """A meaningful file name without extension: page, chart and filter values, e.g.
    ``speakers_statements-by-speaker_park-jin`` (ASCII, at most 120 characters)."""
    parts = [page, chart] + [v for _, v in filters.to_query()]
    stem = "_".join(s for s in (re.sub(r"[^A-Za-z0-9]+", "-", p).strip("-").lower() for p in parts if p) if s)
    return stem[:120].rstrip("-_") or "chart"


def find_browser() -> str:
    """The Chromium kaleido drives: ``$BROWSER_PATH``, else the system Chromium."""
    chosen = os.environ.get("BROWSER_PATH")
    if chosen:
        if not Path(chosen).is_file():
            raise ChartRenderError(f"BROWSER_PATH={chosen} does not exist. Point it at a Chromium "
                                   "or Chrome executable, or unset it to use /usr/bin/chromium.")
        return chosen
    for candidate in _BROWSERS:
        if Path(candidate).is_file():
            return candidate
    found = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    if found:
        return found
    raise ChartRenderError("No Chromium found to render images. Install it (on Debian: "
                           "`apt-get install chromium`) or set BROWSER_PATH to a Chromium executable.")


class ChartRenderer:
    """Renders figures to PNG or SVG through one kaleido server (one Chromium).

    Use as a context manager for a batch (the browser starts on the first image and
    stops on exit), or keep one open for the life of a process (the dashboard does).
    Safe to call from several threads: renders are serialised.

    Parameters:
        browser_path: the Chromium to drive (default: :func:`find_browser`).
        timeout: seconds allowed for one image.
    """

    _lock = threading.Lock()

    def __init__(self, *, browser_path: str | None = None, timeout: float = 90) -> None:
        self.browser_path = browser_path
        self.timeout = timeout
        self.started_ = False

    def _start(self) -> None:
        import kaleido

        path = self.browser_path or find_browser()
        try:
            kaleido.start_sync_server(path=path, timeout=self.timeout, mathjax=False,
                                      silence_warnings=True)
        except Exception as exc:  # choreographer raises its own types
            raise ChartRenderError(f"Chromium at {path} could not start: {exc}") from exc
        self.started_ = True

    def render(self, fig: go.Figure, *, fmt: ImageFormat = "png", width: int = EXPORT_WIDTH,
               height: int | None = None, scale: float = 2, style: Style | None = None) -> bytes:
        """The figure as PNG (``scale`` x pixels) or SVG bytes, laid out for
        ``width`` x ``height`` (default 1200 x 675)."""
        import kaleido

        if fmt not in ("png", "svg"):
            raise ValueError(f"Unknown image format {fmt!r}. Choose 'png' or 'svg'.")
        height = height or EXPORT_HEIGHT
        laid = lay_out(go.Figure(fig), width=width, height=height, style=style)
        opts = {"format": fmt, "width": width, "height": height, "scale": scale if fmt == "png" else 1}
        with self._lock:
            if not self.started_:
                self._start()
            try:
                data = kaleido.calc_fig_sync(laid.to_dict(), opts=opts)
            except ChartRenderError:
                raise
            except Exception as exc:
                raise ChartRenderError(f"Rendering {fmt.upper()} failed: {exc}") from exc
        return bytes(data)

    def close(self) -> None:
        import kaleido

        with self._lock:
            if self.started_:
                kaleido.stop_sync_server(silence_warnings=True)
                self.started_ = False

    def __enter__(self) -> "ChartRenderer":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def to_html(fig: go.Figure, *, width: int = EXPORT_WIDTH, height: int | None = None,
            style: Style | None = None, file_name: str = "chart") -> str:
    """A self-contained interactive HTML page: plotly.js inlined, no MathJax, nothing
    fetched from the network, so it opens offline. Its toolbar saves PNG at 2x."""
    laid = lay_out(go.Figure(fig), width=None, height=height or EXPORT_HEIGHT, style=style)
    laid.update_layout(width=None, autosize=True)
    config = {"displaylogo": False, "responsive": True,
              "toImageButtonOptions": {"format": "png", "filename": file_name, "scale": 2,
                                       "width": width, "height": height or EXPORT_HEIGHT}}
    page = laid.to_html(include_plotlyjs=True, include_mathjax=False, full_html=True, config=config,
                        default_width="100%", default_height=f"{height or EXPORT_HEIGHT}px")
    title = chart_meta(laid).get("title") or "Chart"
    return page.replace("<head>", f"<head><title>{html.escape(title)} · Communiqué</title>", 1)


def to_csv(fig: go.Figure) -> bytes:
    """The chart's data (:func:`analysis.charts.figure_data`) as CSV with formulas
    neutralised (:func:`analysis.export.safe_csv`)."""
    return safe_csv(figure_data(fig))


@dataclass(frozen=True)
class WrittenChart:
    """Files written for one chart."""

    chart: str
    title: str
    paths: tuple[Path, ...]


def write_chart(fig: go.Figure, out: Path, stem: str, renderer: ChartRenderer, *,
                formats: Sequence[str] = FORMATS, scale: float = 2, style: Style | None = None) -> list[Path]:
    """Write one figure as ``stem``.png/.svg/.html/.csv (the ``formats`` asked for)."""
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for fmt in formats:
        path = out / f"{stem}.{fmt}"
        if fmt in ("png", "svg"):
            path.write_bytes(renderer.render(fig, fmt=fmt, scale=scale, style=style))
        elif fmt == "html":
            path.write_text(to_html(fig, style=style, file_name=stem), encoding="utf-8")
        elif fmt == "csv":
            path.write_bytes(to_csv(fig))
        else:
            raise ValueError(f"Unknown format {fmt!r}. Choose from {', '.join(FORMATS)}.")
        written.append(path)
    return written


def write_chart_set(analysis, filters: Filters, out: str | Path, *, charts: Iterable[str] = STANDARD_SET,
                    formats: Sequence[str] = FORMATS, style: Style = "light", scale: float = 2,
                    renderer: ChartRenderer | None = None) -> list[WrittenChart]:
    """Build and write each chart of ``charts`` for the filters, through one renderer
    (one Chromium for the batch). File names: chart name and filter values."""
    out = Path(out)
    own = renderer is None
    renderer = renderer or ChartRenderer()
    results = []
    try:
        for name in charts:
            fig = build_chart(name, analysis, filters, style=style)
            stem = file_stem("", name, filters)
            paths = write_chart(fig, out, stem, renderer, formats=formats, scale=scale, style=style)
            results.append(WrittenChart(name, chart_meta(fig)["title"], tuple(paths)))
    finally:
        if own:
            renderer.close()
    return results


# --------------------------------------------------------------------------- command line

def _formats(value: str) -> tuple[str, ...]:
    chosen = tuple(dict.fromkeys(v.strip().lower() for v in value.split(",") if v.strip()))
    bad = [v for v in chosen if v not in FORMATS]
    if bad or not chosen:
        raise argparse.ArgumentTypeError(f"choose among {', '.join(FORMATS)} (comma-separated)")
    return chosen


def _chart_names(value: str) -> tuple[str, ...]:
    chosen = tuple(dict.fromkeys(v.strip() for v in value.split(",") if v.strip()))
    bad = [v for v in chosen if v not in CHARTS]
    if bad or not chosen:
        raise argparse.ArgumentTypeError(f"unknown chart {', '.join(bad) or '(none)'}; choose among "
                                         f"{', '.join(CHARTS)}")
    return chosen


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "charts", help="render the standard chart set (PNG, SVG, offline HTML, CSV)",
        description="Analyse a corpus and write the standard charts (statements by speaker, themes "
                    "by speaker, top terms, distinctive terms, theme map, themes over time) as PNG "
                    "(1200 x 675 at 2x), SVG, self-contained HTML that works offline, and the data "
                    "of each as CSV. The filters are written into every chart's subtitle. Images are "
                    "rendered by kaleido in the system Chromium (set BROWSER_PATH to use another).",
        epilog='Example: python -m analysis charts seeds --out charts --filter "speaker=Park Jin"',
    )
    p.add_argument("corpus", nargs="+", metavar="CORPUS", help="folder(s) or file(s)")
    p.add_argument("--out", required=True, metavar="DIR", help="folder to write into (created)")
    p.add_argument("--filter", action="append", default=[], metavar="KEY=VALUE",
                   help="keep statements matching KEY (speaker, theme, doc, from, to) as in the "
                        "dashboard's URL; repeat for several")
    p.add_argument("--charts", type=_chart_names, default=STANDARD_SET, metavar="NAME,...",
                   help=f"which charts (default: the standard set; available: {', '.join(CHARTS)})")
    p.add_argument("--formats", type=_formats, default=FORMATS, metavar="FMT,...",
                   help=f"which files per chart (default: {','.join(FORMATS)})")
    p.add_argument("--style", choices=("light", "dark"), default="light")
    p.add_argument("--scale", type=float, default=2.0, help="PNG pixel scale (default 2: 2400 x 1350)")
    p.add_argument("--themes", type=int, default=None, metavar="K", help="number of themes")
    p.add_argument("--name", default=None, help="corpus name shown in the charts")


def run(args: argparse.Namespace) -> int:
    from .corpus import load_corpus
    from .pipeline import analyze

    filters = Filters.from_pairs(args.filter)
    if args.scale < 1 or args.scale > 4:
        raise ValueError("--scale must be between 1 and 4 (2 gives 2400 x 1350 pixels).")
    corpus = load_corpus(args.corpus, name=args.name)
    for issue in corpus.issues:
        print(f"skipped {issue.path}: {issue.reason}", file=sys.stderr)
    analysis = analyze(corpus, n_themes=args.themes)
    selected = analysis.statements[filters.mask(analysis.statements)]
    if selected.empty:
        hint = ""
        if filters.speaker:
            known = ", ".join(analysis.speakers["speaker"].head(8))
            hint = f" Speakers in this corpus include: {known}."
        elif filters.theme:
            hint = " Themes: " + ", ".join(analysis.themes["label"]) + "."
        raise ValueError(f"No statement matches the filters ({filters.describe()}).{hint}")
    try:
        written = write_chart_set(analysis, filters, args.out, charts=args.charts, formats=args.formats,
                                  style=args.style, scale=args.scale)
    except ChartRenderError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    for item in written:
        print(f"{item.chart}: {item.title} -> " + ", ".join(p.name for p in item.paths))
    n_files = sum(len(item.paths) for item in written)
    print(f"{len(written)} charts ({filters.describe()}; {len(selected):,} of "
          f"{len(analysis.statements):,} statements), {n_files} files in {args.out}")
    return 0
