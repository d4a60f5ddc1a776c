"""AppTest over the dashboard and every page in pages/ (found by glob, so a new page is
covered without editing this file).

What is checked, on the bundled seed and on a tiny hand-made corpus:
- every page runs without an exception or an error message and draws the five sidebar
  filters (speaker, theme, doc, from, to);
- any table showing statements has a ``speaker`` column;
- choosing a speaker or a theme in the sidebar narrows every table and the Overview's
  counts, and writes the choice to the URL;
- a deep link (``?speaker=Park%20Jin``, repeated keys, ``doc``, ``from``, ``to``) applies
  on every page.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

ROOT = Path(__file__).resolve().parents[2]
MAIN = ROOT / "dashboard.py"
SCRIPTS = [MAIN, *sorted((ROOT / "pages").glob("*.py"))]
IDS = [p.stem for p in SCRIPTS]
FILTER_KEYS = ("speaker", "theme", "doc", "from", "to")
TIMEOUT = 120  # the first analysis of a corpus in the process takes a few seconds

# Columns that mean "this table lists statements"; such a table must name the speaker.
STATEMENT_COLUMNS = {"statement", "text", "statement_id"}
DOCUMENT_COLUMNS = ("doc_id",)  # statement tables show the title as "document" and the id as "doc_id"


def run_page(script: Path, query: dict[str, str | list[str]] | None = None) -> AppTest:
    """Run one page, as opened at ``<page>?<query>``, and check that it did not fail.

    The app is always started from dashboard.py and switched to the page, as in a real
    session: a page run on its own would be its own entry point, and links between
    pages (``st.page_link``) would not resolve.
    """
    at = AppTest.from_file(str(MAIN), default_timeout=TIMEOUT)
    for key, value in (query or {}).items():
        at.query_params[key] = value
    if script != MAIN:
        at.switch_page(script.relative_to(ROOT).as_posix())
    at.run()
    assert_ran_cleanly(at, script)
    return at


def assert_ran_cleanly(at: AppTest, script: Path) -> None:
    assert not at.exception, f"{script.name} raised: {[e.message for e in at.exception]}"
    assert not at.error, f"{script.name} shows an error: {[e.value for e in at.error]}"


def tables(at: AppTest) -> list[pd.DataFrame]:
    """Every dataframe the page shows, in the main area, the sidebar and expanders."""
    return [d.value for d in at.dataframe]


def speaker_tables(at: AppTest) -> list[pd.DataFrame]:
    return [t for t in tables(at) if "speaker" in t.columns]


def statement_tables(at: AppTest) -> list[pd.DataFrame]:
    """Tables with one row per statement: a speaker and the sentence itself."""
    return [t for t in tables(at) if "speaker" in t.columns and "statement" in t.columns]


def speakers_shown(at: AppTest) -> set[str]:
    return {s for t in speaker_tables(at) for s in t["speaker"].dropna().astype(str)}


def metrics(at: AppTest) -> dict[str, int]:
    return {m.label: int(str(m.value).replace(",", "")) for m in at.metric}


# --------------------------------------------------------------------------- the seed


@pytest.fixture(scope="module")
def seed_speakers() -> list[str]:
    """Speakers as the Overview's unfiltered "who said what" table shows them, most
    frequent first (empty = narration, left out)."""
    at = run_page(MAIN)
    said = pd.concat([t["speaker"] for t in statement_tables(at)])
    counts = said[said != ""].value_counts()
    assert len(counts) >= 2, "the seed should have at least two speakers to filter between"
    return counts.index.tolist()


def has_filter_sidebar(at: AppTest) -> bool:
    """Pages made for a clean screenshot (the presentation view) draw no sidebar."""
    return len(at.sidebar.children) > 0


def test_pages_are_discovered():
    assert SCRIPTS[0].name == "dashboard.py"
    assert len(SCRIPTS) >= 5, f"expected the Overview and at least four pages, found {IDS}"


@pytest.mark.parametrize("script", SCRIPTS, ids=IDS)
def test_page_runs_without_exception(script: Path):
    at = run_page(script)
    assert len(at.main.children) > 0, f"{script.name} shows nothing"
    if has_filter_sidebar(at):
        keys = {w.key for w in at.sidebar.multiselect} | {w.key for w in at.sidebar.date_input}
        assert set(FILTER_KEYS) <= keys, f"{script.name}: sidebar filters {sorted(keys)}"
    for table in tables(at):
        if STATEMENT_COLUMNS & set(table.columns):
            assert "speaker" in table.columns, (
                f"{script.name}: a table of statements without a speaker column: "
                f"{list(table.columns)}")


@pytest.mark.parametrize("script", SCRIPTS, ids=IDS)
def test_sidebar_filters_narrow(script: Path, seed_speakers: list[str]):
    """Choose a speaker, then (speaker cleared) a theme: every table and count narrows."""
    at = run_page(script)
    if not has_filter_sidebar(at):
        pytest.skip(f"{script.name} draws no filter sidebar")
    before_speakers = speakers_shown(at)
    before_metrics = metrics(at)
    before_statements = statement_tables(at)

    who = seed_speakers[-1]  # the least frequent speaker: everyone else must go
    assert who in at.multiselect(key="speaker").options
    at.multiselect(key="speaker").set_value([who]).run()
    assert_ran_cleanly(at, script)
    shown = speakers_shown(at)
    assert shown <= {who}, f"{script.name} filtered on {who} still shows {sorted(shown - {who})}"
    if who in before_speakers:
        assert shown == {who}, f"{script.name} lost {who} when filtering on {who}"
    if before_metrics:
        after = metrics(at)
        assert after["Statements"] < before_metrics["Statements"]
        assert after["Speakers"] == 1
    for before, after in zip(before_statements, statement_tables(at), strict=True):
        expected = before[before["speaker"] == who].reset_index(drop=True)
        pd.testing.assert_frame_equal(after.reset_index(drop=True), expected)

    themes = at.multiselect(key="theme").options
    assert len(themes) >= 2, "the seed should have at least two themes"
    label = themes[-1]
    at.multiselect(key="speaker").set_value([])
    at.multiselect(key="theme").set_value([label]).run()
    assert_ran_cleanly(at, script)
    for table in tables(at):
        if "theme" in table.columns:
            assert set(table["theme"]) <= {label}, f"{script.name}: {set(table['theme'])}"
    if before_metrics:
        after = metrics(at)
        assert after["Themes"] == 1
        assert after["Statements"] < before_metrics["Statements"]
    for before, after in zip(before_statements, statement_tables(at), strict=True):
        expected = before[before["theme"] == label].reset_index(drop=True)
        pd.testing.assert_frame_equal(after.reset_index(drop=True), expected)


@pytest.mark.parametrize("script", SCRIPTS, ids=IDS)
def test_deep_link_park_jin(script: Path):
    """The issue's own link: ``/?speaker=Park%20Jin`` shows only Park Jin everywhere."""
    at = run_page(script, {"speaker": "Park Jin"})
    if has_filter_sidebar(at):
        assert at.multiselect(key="speaker").value == ["Park Jin"]
    shown = speakers_shown(at)
    assert shown <= {"Park Jin"}, f"{script.name} shows {sorted(shown)}"
    if speaker_tables(at):
        assert shown == {"Park Jin"}, f"{script.name}: no table shows Park Jin"
    if metrics(at):
        assert metrics(at)["Speakers"] == 1
        assert metrics(at)["Statements"] == 4  # ../shared/gold/seed-speakers.jsonl


# ------------------------------------------------------------ a tiny hand-made corpus

OSLO = """\
 date 2024-01-10 Norway and Sweden agree to expand timber trade

OSLO, Jan. 10 (Reuters) -- Norwegian Foreign Minister Anna Berg met Swedish Foreign
Minister Carl Holm in Oslo on Wednesday.

Berg said the two countries would expand the timber trade and build a new rail link.

Holm said his government welcomed the timber trade agreement and the rail link.
"""

LIMA = """\
 date 2024-03-05 Peru and Chile discuss fishing quotas

LIMA, March 5 (Reuters) -- Peruvian Trade Minister Rosa Quispe met Chilean Trade
Minister Diego Soto in Lima on Tuesday.

Quispe said fishing quotas in the Pacific must protect anchovy stocks.

Soto said Chile would share fishing data with Peru.
"""


@pytest.fixture(scope="module")
def tiny_corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("tiny-corpus")
    (folder / "oslo.txt").write_text(OSLO, encoding="utf-8")
    (folder / "lima.txt").write_text(LIMA, encoding="utf-8")
    return folder


@pytest.fixture
def on_tiny(tiny_corpus: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("COMMUNIQUE_CORPUS", str(tiny_corpus))
    return tiny_corpus


DEEP_LINKS = {
    "doc": ({"doc": "oslo.txt"}, {"oslo.txt"}, None),
    "from": ({"from": "2024-02-01"}, {"lima.txt"}, None),
    # Repeated keys select several values; a name this corpus lacks (a stale link) is dropped.
    "speakers": ({"speaker": ["Anna Berg", "Diego Soto", "Nobody Atall"]}, {"oslo.txt", "lima.txt"},
                 ["Anna Berg", "Diego Soto"]),
}


@pytest.mark.parametrize("link", DEEP_LINKS, ids=list(DEEP_LINKS))
@pytest.mark.parametrize("script", SCRIPTS, ids=IDS)
def test_deep_link_on_tiny_corpus(on_tiny: Path, script: Path, link: str):
    query, docs, speakers = DEEP_LINKS[link]
    at = run_page(script, query)
    shown_docs = {d for t in tables(at) for col in DOCUMENT_COLUMNS if col in t.columns
                  for d in t[col]}
    assert shown_docs <= docs, f"{script.name} with {query} shows {shown_docs - docs}"
    if speakers is not None:
        if has_filter_sidebar(at):
            assert at.multiselect(key="speaker").value == speakers
        assert speakers_shown(at) <= set(speakers)
    if metrics(at):
        assert metrics(at)["Documents"] == len(docs)
        if speakers is not None:
            assert metrics(at)["Speakers"] == len(speakers)
    for table in statement_tables(at):
        assert set(table["doc_id"]) == docs


def test_date_links_set_the_widgets(on_tiny: Path):
    at = run_page(MAIN, {"from": "2024-02-01", "to": "2024-03-05"})
    assert str(at.date_input(key="from").value) == "2024-02-01"
    assert str(at.date_input(key="to").value) == "2024-03-05"
    assert metrics(at)["Documents"] == 1
    at = run_page(MAIN, {"to": "2024-02-01"})
    assert metrics(at)["Documents"] == 1
    assert set(statement_tables(at)[0]["doc_id"]) == {"oslo.txt"}
