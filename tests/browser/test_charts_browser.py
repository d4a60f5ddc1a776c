"""Charts in a real browser: every chart on every dashboard page says what it shows and
for which filters, fits its frame, exports as PNG/SVG/offline HTML/CSV, and its links
reproduce it (also alone, on the presentation view). Exported images are checked in
the browser too: nothing clipped at 1200 x 675.

Fixtures (live dashboard on a free port, the system Chromium) come from
tests/browser/conftest.py; without /usr/bin/chromium every test here is skipped with
the reason printed. Screenshots of every chart go to pytest's tmp folder; with
COMMUNIQUE_GALLERY=1 they are also written to docs/gallery/dashboard/.
"""

from __future__ import annotations

import html
import os
import re
import struct
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pandas as pd
import pytest

from analysis import Filters, analyze, load_corpus
from analysis.charts import STANDARD_SET, build_chart
from analysis.chartset import ChartRenderer, to_html

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"
GALLERY = ROOT / "docs" / "gallery" / "dashboard"
LONG_NAME = "Her Excellency Maria Fernanda Espinosa Garces de la Torre y Villalobos"


def url_path(script: Path) -> str:
    return re.sub(r"^[_ -]*[0-9]*[_ -]*", "", script.stem)


PAGES = [("overview", "/")] + [(url_path(p).lower(), "/" + url_path(p))
                               for p in sorted((ROOT / "pages").glob("*.py"))]


@pytest.fixture(scope="module")
def seed():
    return analyze(load_corpus(SEEDS))


def theme_of(analysis, speaker: str) -> str:
    """The theme a speaker says most about (so that a speaker + theme filter keeps rows)."""
    said = analysis.statements[analysis.statements["speaker"] == speaker]
    return said["theme_label"].value_counts().sort_index().idxmax()


# ---------------------------------------------------------------------------- reading charts

READ_CHARTS = """() => [...document.querySelectorAll('[data-testid="stPlotlyChart"]')].map(el => {
    const lines = sel => {
        const node = el.querySelector(sel);
        if (!node) return '';
        const parts = [...node.querySelectorAll('tspan.line')];
        return (parts.length ? parts.map(p => p.textContent) : [node.textContent]).join(' ').trim();
    };
    const notes = [...el.querySelectorAll('.annotation-text')].map(n => {
        const parts = [...n.querySelectorAll('tspan.line')];
        return (parts.length ? parts.map(p => p.textContent) : [n.textContent]).join(' ');
    });
    const title = el.querySelector('.gtitle');
    return {
        title: lines('.gtitle'), subtitle: lines('.gtitle-subtitle'),
        footer: notes.find(t => t.startsWith('Source:')) || '',
        titleSize: title ? parseFloat(getComputedStyle(title).fontSize) : 0,
    };
})"""

# Text that leaves the chart's frame, and the title block or footer running into the plot.
FIT_PROBLEMS = """(el) => {
    const svg = el.querySelector('svg.main-svg');
    const box = svg.getBoundingClientRect();
    const problems = [];
    const visible = t => {
        const s = getComputedStyle(t);
        const r = t.getBoundingClientRect();
        return t.textContent.trim() && s.display !== 'none' && s.visibility !== 'hidden'
               && (r.width > 0 || r.height > 0);
    };
    for (const t of el.querySelectorAll('svg.main-svg text')) {
        if (!visible(t)) continue;
        const r = t.getBoundingClientRect();
        if (r.left < box.left - 1 || r.right > box.right + 1 || r.top < box.top - 1 || r.bottom > box.bottom + 1)
            problems.push('outside the frame: ' + t.textContent.trim());
    }
    const plots = [...el.querySelectorAll('.draglayer .nsewdrag')].map(d => d.getBoundingClientRect());
    if (plots.length) {
        const top = Math.min(...plots.map(r => r.top));
        for (const sel of ['.gtitle', '.gtitle-subtitle']) {
            const t = el.querySelector(sel);
            if (t && t.getBoundingClientRect().bottom > top + 1) problems.push(sel + ' runs into the plot');
        }
        const footer = [...el.querySelectorAll('.annotation-text')].find(n => n.textContent.startsWith('Source:'));
        const below = [...el.querySelectorAll('.xtick text, [class^="g-x"][class$="title"] text')]
            .filter(visible).map(t => t.getBoundingClientRect().bottom);
        if (footer && below.length && footer.getBoundingClientRect().top < Math.max(...below) - 1)
            problems.push('the footer runs into the x axis');
    }
    return problems;
}"""


CHART_PAGES = {"overview", "speakers", "terms", "themes", "chart"}  # pages that show charts


def charts_on(page, *, wait: bool = True) -> list[dict]:
    """Title, subtitle, footer and title size of every chart on the page (after the
    first chart has drawn, unless ``wait`` is false)."""
    if wait:
        page.locator('[data-testid="stPlotlyChart"] .main-svg').first.wait_for()
        page.wait_for_timeout(300)
    return page.evaluate(READ_CHARTS)


def same_words(a: str, b: str) -> bool:
    """Equal but for where lines were wrapped (a wrap may fall on a " · ")."""
    def norm(s: str) -> str:
        return " ".join(s.replace("·", " ").split())
    return norm(a) == norm(b)


def fit_problems(page) -> list[str]:
    charts = page.locator('[data-testid="stPlotlyChart"]')
    problems = []
    for i in range(charts.count()):
        problems += [f"chart {i}: {p}" for p in charts.nth(i).evaluate(FIT_PROBLEMS)]
    return problems


def capture(page, name: str, folder: Path) -> list[Path]:
    charts = page.locator('[data-testid="stPlotlyChart"]')
    paths = []
    for i in range(charts.count()):
        charts.nth(i).scroll_into_view_if_needed()
        path = folder / f"{name}-{i + 1}.png"
        path.parent.mkdir(parents=True, exist_ok=True)
        charts.nth(i).screenshot(path=str(path), animations="disabled")
        paths.append(path)
        if os.environ.get("COMMUNIQUE_GALLERY") == "1":
            GALLERY.mkdir(parents=True, exist_ok=True)
            (GALLERY / path.name).write_bytes(path.read_bytes())
    return paths


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", data[16:24])


# ------------------------------------------------------------------------------- tests

@pytest.mark.parametrize(("name", "path"), PAGES, ids=[n for n, _ in PAGES])
def test_every_chart_says_what_and_for_which_filters(name, path, open_app, app_server, seed,
                                                     tmp_path):
    """Each chart's title says what it shows; its subtitle follows the filters in the
    URL and names the corpus and its dates; its footer gives the source and version;
    nothing leaves the frame. Each chart is captured as a screenshot."""
    label = theme_of(seed, "Wang Yi")
    cases = [
        ("?speaker=Park%20Jin", "Speaker: Park Jin", "park-jin"),
        (f"?speaker=Wang%20Yi&theme={label.replace(' ', '%20')}", f"Speaker: Wang Yi · Theme: {label}",
         "wang-yi-theme"),
        ("", "All statements", "all"),
    ]
    mark = app_server.log_mark()
    seen = 0
    for query, expected, tag in cases:
        page = open_app(path + query)
        charts = charts_on(page, wait=name in CHART_PAGES)
        seen += len(charts)
        for i, chart in enumerate(charts):
            where = f"{path}{query} chart {i + 1} ({chart['title']!r})"
            assert chart["title"], f"{where}: no title"
            assert expected in chart["subtitle"], f"{where}: subtitle {chart['subtitle']!r}"
            assert "Corpus: seeds, 2023-11-27" in chart["subtitle"], where
            assert re.search(r"Source: seeds, \d+( of 17)? statements · Communiqué \d", chart["footer"]), \
                f"{where}: footer {chart['footer']!r}"
        assert not fit_problems(page), (path + query, fit_problems(page))
        capture(page, f"{name}-{tag}", tmp_path)
    assert not app_server.tracebacks_since(mark)
    if name in CHART_PAGES:
        assert seen, f"{path} shows no chart"


def test_downloads_and_toolbar_export(chromium, app_url, wait_for_app):
    """PNG (2x), SVG, offline HTML and CSV from the Download menu, and the toolbar's
    PNG, all named after page, chart and filters."""
    context = chromium.new_context(viewport={"width": 1400, "height": 900}, accept_downloads=True)
    context.set_default_timeout(90_000)
    page = context.new_page()
    try:
        page.goto(app_url + "/?speaker=Park%20Jin", wait_until="domcontentloaded")
        wait_for_app(page)
        stem = "overview_statements-by-speaker_park-jin"
        page.get_by_role("button", name="Download", exact=True).first.click()
        got = {}
        for label, ext in [("PNG image", "png"), ("SVG image", "svg"),
                           ("Interactive HTML (works offline)", "html"), ("Data (CSV)", "csv")]:
            with page.expect_download() as info:
                page.get_by_role("button", name=label, exact=True).first.click()
            assert info.value.suggested_filename == f"{stem}.{ext}"
            got[ext] = Path(info.value.path()).read_bytes()
        assert png_size(got["png"]) == (2400, 1350)
        svg = html.unescape(got["svg"].decode())
        assert "Speaker: Park Jin" in svg and "Statements by speaker" in svg
        page_html = got["html"].decode()
        assert not re.search(r"<(script|link)\b[^>]*\b(src|href)\s*=", page_html, re.I)
        assert "Speaker: Park Jin" in page_html
        assert got["csv"].decode("utf-8-sig").splitlines() == ["speaker,statements,kind", "Park Jin,4,person"]
        page.keyboard.press("Escape")
        chart = page.locator('[data-testid="stPlotlyChart"]').first
        chart.hover()
        with page.expect_download() as info:
            chart.locator('.modebar-btn[data-title="Download plot as a PNG"]').click()
        assert info.value.suggested_filename == f"{stem}.png"
        assert png_size(Path(info.value.path()).read_bytes()) == (2400, 1350)
    finally:
        context.close()


def test_share_links_reproduce_the_chart(open_app, browser_page, app_url, seed):
    """The Share menu's page link reopens the page with every filter; its chart link
    opens the same chart alone, larger, with no sidebar."""
    label = theme_of(seed, "Park Jin")
    page = open_app(f"/Speakers?speaker=Park%20Jin&theme={label.replace(' ', '%20')}")
    before = charts_on(page)[0]
    page.get_by_role("button", name="Share", exact=True).first.click()
    codes = page.locator('[data-testid="stPopoverBody"] [data-testid="stCode"] code')
    codes.first.wait_for()
    page_link, chart_link = [t.strip() for t in codes.all_inner_texts()[:2]]
    assert urlsplit(page_link).path == "/Speakers"
    assert parse_qs(urlsplit(page_link).query)["speaker"] == ["Park Jin"]
    assert parse_qs(urlsplit(chart_link).query)["chart"] == ["statements-by-speaker"]
    assert parse_qs(urlsplit(chart_link).query)["theme"] == [label]

    page = open_app(page_link.removeprefix(app_url))
    assert same_words(charts_on(page)[0]["subtitle"], before["subtitle"])
    assert same_words(charts_on(page)[0]["title"], before["title"])

    page = open_app(chart_link.removeprefix(app_url))
    alone = charts_on(page)
    assert len(alone) == 1
    assert same_words(alone[0]["title"], before["title"])
    assert same_words(alone[0]["subtitle"], before["subtitle"])
    assert alone[0]["titleSize"] >= 1.4 * before["titleSize"]
    assert not page.locator('[data-testid="stSidebar"]').is_visible()
    assert not fit_problems(page)


@pytest.mark.parametrize("name", STANDARD_SET)
def test_presentation_view_from_a_url(name, open_app, streamlit_errors, tmp_path):
    page = open_app(f"/Chart?chart={name}&speaker=Park%20Jin&style=dark")
    assert not streamlit_errors(page)
    charts = charts_on(page)
    assert len(charts) == 1
    assert "Speaker: Park Jin" in charts[0]["subtitle"]
    paper = page.locator('[data-testid="stPlotlyChart"] svg.main-svg').first.evaluate(
        "s => getComputedStyle(s).backgroundColor")
    assert paper.replace(" ", "") in ("rgb(14,17,23)", "#0e1117"), paper
    assert not page.locator('[data-testid="stSidebar"]').is_visible()
    assert not fit_problems(page)
    capture(page, f"presentation-{name}", tmp_path)


def test_chart_page_without_a_chart_offers_a_picker(open_app):
    page = open_app("/Chart?speaker=Park%20Jin")
    assert page.locator('[data-testid="stSidebar"]').is_visible()
    assert page.get_by_text("Present").count()
    charts = charts_on(page)
    assert charts and "Speaker: Park Jin" in charts[0]["subtitle"]


def test_bad_links_explain_themselves(open_app, streamlit_errors):
    page = open_app("/Chart?chart=top-terms&n=7")
    assert any("This link cannot be shown" in e and "term length" in e for e in streamlit_errors(page))
    page = open_app("/Chart?chart=pie")
    assert page.get_by_text("There is no chart called").count()


def test_exported_html_works_offline(chromium, seed, tmp_path):
    """Opened from disk with every network request recorded: nothing is fetched, and
    the chart draws with its title and filters."""
    fig = build_chart("theme-map", seed, Filters(speaker=("Park Jin",)))
    path = tmp_path / "theme-map.html"
    path.write_text(to_html(fig), encoding="utf-8")
    context = chromium.new_context(viewport={"width": 1300, "height": 800})
    requests: list[str] = []
    context.on("request", lambda r: requests.append(r.url))
    context.route(re.compile(r"^https?://"), lambda route: route.abort())
    page = context.new_page()
    try:
        page.goto(path.as_uri())
        page.wait_for_selector(".main-svg .gtitle", timeout=30_000)
        assert page.locator(".gtitle-subtitle").text_content().startswith("Speaker: Park Jin")
        assert [u for u in requests if not u.startswith(("file:", "data:", "blob:"))] == []
    finally:
        context.close()


@pytest.fixture(scope="module")
def long_names(tmp_path_factory):
    folder = tmp_path_factory.mktemp("long")
    rows = [(f"d{i}", f"2024-0{1 + i % 6}-1{i % 9}", f"Doc {i}", who, text) for i, (who, text) in enumerate([
        (LONG_NAME, "Climate finance must reach vulnerable island nations. Rising seas threaten them."),
        ("Alice Example", "Supply chains must stay open. Trade cooperation benefits both economies."),
        ("Bob Sample", "The peninsula needs stability and dialogue. Missile launches threaten security."),
        (LONG_NAME, "Adaptation funds for island nations are urgent. Climate finance is late."),
        ("The Permanent Representative of the Plurinational State of Bolivia to the United Nations",
         "Trade cooperation and climate finance go together. Supply chains need islands."),
        ("Alice Example", "Tariffs hurt workers. Supply chains and trade cooperation remain priorities."),
    ])]
    pd.DataFrame(rows, columns=["id", "date", "title", "speaker", "text"]).to_csv(folder / "t.csv", index=False)
    return analyze(load_corpus(folder, name="A corpus with a rather long name for a chart subtitle"),
                   n_themes=3)


def test_exported_images_fit_1200_by_675(chromium, seed, long_names, tmp_path):
    """The standard set as SVG (what PNG is drawn from), light and dark, for the seed
    filtered to Park Jin and for a corpus of very long speaker names: no text leaves
    the 1200 x 675 frame and the title block and footer keep clear of the plot."""
    cases = [(seed, Filters(speaker=("Park Jin",)), "light"),
             (long_names, Filters(), "dark"),
             (long_names, Filters(speaker=(LONG_NAME, "Alice Example"), date_from=pd.Timestamp("2024-01-01").date()),
              "light")]
    page = chromium.new_page(viewport={"width": 1200, "height": 675})
    problems = []
    try:
        with ChartRenderer() as renderer:
            for analysis, filters, style in cases:
                for name in STANDARD_SET:
                    svg = renderer.render(build_chart(name, analysis, filters), fmt="svg", style=style)
                    path = tmp_path / f"{name}-{style}-{len(problems)}.svg"
                    path.write_bytes(svg)
                    page.goto(path.as_uri())
                    page.wait_for_selector("svg")
                    found = page.evaluate("""() => {
                        const root = document.querySelector('svg');
                        const box = {left: 0, top: 0, right: 1200, bottom: 675};
                        const out = [];
                        for (const t of root.querySelectorAll('text')) {
                            if (!t.textContent.trim()) continue;
                            const r = t.getBoundingClientRect();
                            if (r.width === 0 && r.height === 0) continue;
                            if (r.left < box.left - 1 || r.right > box.right + 1 || r.top < box.top - 1
                                || r.bottom > box.bottom + 1) out.push(t.textContent.trim());
                        }
                        const title = root.querySelector('.gtitle-subtitle') || root.querySelector('.gtitle');
                        const plot = root.querySelector('.bglayer rect, .nsewdrag');
                        if (title && plot && title.getBoundingClientRect().bottom > plot.getBoundingClientRect().top + 1)
                            out.push('subtitle runs into the plot');
                        return out;
                    }""")
                    problems += [f"{name} ({style}, {analysis.corpus_name}): {p}" for p in found]
                    text = html.unescape(svg.decode())
                    for value in filters.speaker:
                        shown = value if len(value) < 60 else value[:20]
                        assert shown in text, (name, value)
    finally:
        page.close()
    assert not problems, "\n".join(problems)
