"""Chart speed: building the standard set, and rendering it with one Chromium against a
fresh Chromium per image.

    python benchmarks/bench_charts.py                       # the seed
    python benchmarks/bench_charts.py ../shared/datasets/sg-mfa --filter "speaker=Lee Hsien Loong"

Prints, for the corpus: analysis time; per chart, the time to build the figure (filters
applied, laid out) and the size of its JSON; then the time to render the whole set as
PNG (2x) and SVG through one kaleido server, the time for the same images each with its
own Chromium, and the size of the offline HTML. Needs /usr/bin/chromium (or
BROWSER_PATH).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from analysis import Filters, analyze, load_corpus  # noqa: E402
from analysis.charts import STANDARD_SET, build_chart, lay_out  # noqa: E402
from analysis.chartset import ChartRenderer, find_browser, to_html  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", nargs="*", default=[str(ROOT / "seeds")])
    parser.add_argument("--filter", action="append", default=[], metavar="KEY=VALUE")
    parser.add_argument("--repeat", type=int, default=3, help="builds per chart (median reported)")
    parser.add_argument("--oneshot", type=int, default=4,
                        help="images rendered with a fresh Chromium each, for comparison")
    args = parser.parse_args()
    filters = Filters.from_pairs(args.filter)

    t = time.perf_counter()
    analysis = analyze(load_corpus(args.corpus))
    print(f"corpus {analysis.corpus_name}: {len(analysis.documents):,} documents, "
          f"{len(analysis.statements):,} statements; analysis {time.perf_counter() - t:.1f} s")
    print(f"filters: {filters.describe()} "
          f"({int(filters.mask(analysis.statements).sum()):,} statements selected)\n")

    figures = {}
    print(f"{'chart':<24}{'build (median)':>16}{'figure JSON':>14}")
    for name in STANDARD_SET:
        times = []
        for _ in range(args.repeat):
            t = time.perf_counter()
            fig = build_chart(name, analysis, filters)
            times.append(time.perf_counter() - t)
        figures[name] = fig
        print(f"{name:<24}{statistics.median(times) * 1000:>13.0f} ms{len(fig.to_json()) / 1024:>11.0f} KiB")

    browser = find_browser()
    n_images = 2 * len(figures)
    t = time.perf_counter()
    sizes = []
    with ChartRenderer(browser_path=browser) as renderer:
        first = None
        for fig in figures.values():
            for fmt in ("png", "svg"):
                sizes.append(len(renderer.render(fig, fmt=fmt)))
                first = first or time.perf_counter() - t
    batch = time.perf_counter() - t
    print(f"\none Chromium ({browser}): {n_images} images (PNG 2400x1350 + SVG) in {batch:.1f} s "
          f"({batch / n_images:.2f} s each; the first, with browser start, {first:.1f} s); "
          f"PNG {statistics.median(sizes[0::2]) / 1024:.0f} KiB, SVG {statistics.median(sizes[1::2]) / 1024:.0f} KiB "
          "(medians)")

    import kaleido

    chosen = list(figures.values())[: args.oneshot]
    t = time.perf_counter()
    for fig in chosen:
        laid = lay_out(fig, width=1200, height=675)
        kaleido.calc_fig_sync(laid.to_dict(), opts={"format": "png", "width": 1200, "height": 675, "scale": 2},
                              kopts={"path": browser, "mathjax": False})
    each = (time.perf_counter() - t) / max(len(chosen), 1)
    print(f"a fresh Chromium per image: {each:.2f} s each ({len(chosen)} PNGs); "
          f"the batch saves {max(each - batch / n_images, 0):.2f} s an image")

    t = time.perf_counter()
    page = to_html(figures[STANDARD_SET[0]])
    print(f"offline HTML: {len(page) / 1024 / 1024:.1f} MiB (plotly.js inlined) in "
          f"{(time.perf_counter() - t) * 1000:.0f} ms")


if __name__ == "__main__":
    main()
