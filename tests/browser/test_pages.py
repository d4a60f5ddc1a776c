"""The dashboard in a real browser: every page renders without a Streamlit exception,
its screenshot goes to docs/screenshots/<page>.png, and the deep link
``/?speaker=Park%20Jin`` holds on every page, also after moving between pages with the
sidebar navigation.

Pages are found with a glob over pages/, so a new page is covered without editing
this file. Fixtures come from tests/browser/conftest.py.
"""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[2]
SCREENSHOTS = ROOT / "docs" / "screenshots"


def url_path(script: Path) -> str:
    """Streamlit's URL path for a page file: ``pages/1_Statements.py`` -> ``Statements``."""
    return re.sub(r"^[_ -]*[0-9]*[_ -]*", "", script.stem)


# (screenshot name, URL path) for the Overview and each page, in the sidebar's order.
PAGES = [("overview", "/")] + [
    (url_path(p).lower(), "/" + url_path(p)) for p in sorted((ROOT / "pages").glob("*.py"))
]

WHO = "Park Jin"  # the deep link; ../shared/gold/seed-speakers.jsonl gives him 4


# ---------------------------------------------------------------------------- helpers

def open_sidebar(page) -> None:
    """Pages may start with the sidebar collapsed; open it to reach the navigation."""
    expand = page.locator('[data-testid="stExpandSidebarButton"]')
    if expand.count() and expand.first.is_visible():
        expand.first.click()
        page.locator('[data-testid="stSidebar"]').wait_for(state="visible")
    more = page.locator('[data-testid="stSidebarNavViewButton"]')
    if more.count() and more.first.is_visible() and "more" in more.first.inner_text().lower():
        more.first.click()


def nav_links(page, app_url: str) -> dict[str, str]:
    """The sidebar's links to the app's own pages: URL path -> href."""
    open_sidebar(page)
    links = {}
    anchors = page.locator('[data-testid="stSidebar"] a[href]')
    for i in range(anchors.count()):
        href = anchors.nth(i).get_attribute("href") or ""
        parts = urlsplit(href)
        if href.startswith(app_url) or not parts.netloc:
            links.setdefault(parts.path or "/", href)
    return links


def click_nav(page, href: str, wait_for_app) -> None:
    """Click the sidebar link to ``href``. A page made for clean screenshots hides the
    sidebar: then go back in the browser's history until a page shows it."""
    for _ in range(4):
        open_sidebar(page)
        link = page.locator(f'[data-testid="stSidebar"] a[href="{href}"]').first
        if link.is_visible():
            link.click()
            return
        page.go_back()
        wait_for_app(page)
    pytest.fail(f"no sidebar link to {href} from {page.url}")


def table_rows(page) -> list[dict[str, str]]:
    """Every row of every table on the page (expanders opened), as header -> cell text.

    Call it inside ``whole_page(page)``: tables below the fold are not drawn.
    st.dataframe draws on a canvas; its accessible twin (``table[role=grid]``) holds
    the rendered rows, which is every row for the small selections checked here.
    """
    closed = page.locator('[data-testid="stExpander"] details:not([open]) > summary')
    for _ in range(closed.count()):
        closed.first.click()
    frames = page.locator('[data-testid="stDataFrame"]')
    rows: list[dict[str, str]] = []
    for i in range(frames.count()):
        frame = frames.nth(i)
        frame.scroll_into_view_if_needed()
        frame.locator("table[role=grid]").wait_for(state="attached")
        grid = frame.evaluate("""f => [...f.querySelectorAll('table[role=grid] tr')]
            .map(r => [...r.children].map(c => c.textContent.trim()))""")
        if not grid:
            continue
        header, *body = grid
        rows += [dict(zip(header, cells)) for cells in body]
    return rows


def speakers_in_tables(page) -> tuple[set[str], int]:
    """Speakers named in any table with a ``speaker`` column, and how many such rows."""
    rows = [r for r in table_rows(page) if "speaker" in r]
    return {r["speaker"] for r in rows}, len(rows)


def chosen_speakers(page) -> list[str] | None:
    """The chips of the sidebar's Speaker filter, or None when the page has none."""
    box = page.locator('[data-testid="stSidebar"] [data-testid="stMultiSelect"]').filter(
        has=page.locator('input[aria-label="Speaker"]'))
    if not box.count() or not box.first.is_visible():
        return None
    tags = box.first.locator("[data-tag]")
    return [tags.nth(i).get_attribute("aria-label") for i in range(tags.count())]


def query(page) -> dict[str, list[str]]:
    return parse_qs(urlsplit(page.url).query)


def check_only(page, who: str, whole_page) -> tuple[list[str], int]:
    """What on this page contradicts "only ``who``" (empty when all is well), and how
    many table rows name a speaker."""
    problems = []
    chips = chosen_speakers(page)
    if chips is not None and chips != [who]:
        problems.append(f"the Speaker filter shows {chips}")
    with whole_page(page):
        speakers, n_rows = speakers_in_tables(page)
    if speakers - {who}:
        problems.append(f"tables show {sorted(speakers - {who})}")
    return problems, n_rows


# ------------------------------------------------------------------------------ tests

@pytest.mark.parametrize(("name", "path"), PAGES, ids=[n for n, _ in PAGES])
def test_page_renders(name, path, open_app, app_server, streamlit_errors, full_screenshot,
                      tmp_path):
    mark = app_server.log_mark()
    page = open_app(path)
    errors = streamlit_errors(page)
    logged = app_server.tracebacks_since(mark)
    if errors or logged:
        shot = full_screenshot(page, tmp_path / f"{name}.png")
        pytest.fail(f"{path} shows {len(errors)} error(s): {errors}\nserver log:\n{logged}\n"
                    f"screenshot: {shot}")
    assert page.locator('[data-testid="stMain"]').inner_text().strip(), f"{path} is blank"
    if urlsplit(page.url).path.rstrip("/") != path.rstrip("/"):
        pytest.fail(f"opening {path} landed on {page.url}")
    full_screenshot(page, SCREENSHOTS / f"{name}.png")


def test_deep_link_holds_on_every_page(open_app, app_url, app_server, wait_for_app,
                                       streamlit_errors, whole_page):
    """``/?speaker=Park%20Jin``, then each page in turn through the sidebar navigation:
    the URL keeps ``speaker=Park Jin`` and the page shows only Park Jin. A page without
    a Speaker filter is passed through: the page after it must still have the filter."""
    mark = app_server.log_mark()
    page = open_app("/?speaker=Park%20Jin")
    found, n_rows = check_only(page, WHO, whole_page)
    problems = [f"/: {p}" for p in found]
    assert n_rows > 0, "the Overview shows no statement of Park Jin"

    links = nav_links(page, app_url)
    missing = {p for _, p in PAGES} - set(links)
    assert not missing, f"pages missing from the sidebar navigation: {sorted(missing)}"
    for _, path in PAGES[1:] + PAGES[:1]:
        click_nav(page, links[path], wait_for_app)
        page.wait_for_url(lambda u, p=path: urlsplit(u).path.rstrip("/") == p.rstrip("/"))
        wait_for_app(page)
        if streamlit_errors(page):
            problems.append(f"{path}: errors {streamlit_errors(page)}")
        kept = query(page).get("speaker")
        if chosen_speakers(page) is None:
            # A page without filters (e.g. Data) need not show them in its URL, but the
            # next page clicked must still have them: the loop checks that next.
            continue
        if kept != [WHO]:
            problems.append(f"after clicking {path} in the sidebar the URL is {page.url} "
                            f"(speaker={kept})")
        problems += [f"{path} (clicked): {p}" for p in check_only(page, WHO, whole_page)[0]]
        if kept != [WHO]:
            # Tell a lost filter apart from a page that ignores it: open the page's own
            # deep link, and go on clicking from there.
            page.goto(f"{app_url}{path}?speaker=Park%20Jin", wait_until="domcontentloaded")
            wait_for_app(page)
            problems += [f"{path}?speaker=Park%20Jin (opened): {p}"
                         for p in check_only(page, WHO, whole_page)[0]]
    logged = app_server.tracebacks_since(mark)
    assert not logged, logged
    assert not problems, "the deep link does not hold:\n" + "\n".join(problems)
