"""Charts describe themselves, keep their colours, fit their labels and carry their data."""

from __future__ import annotations

import html

import numpy as np
import pandas as pd
import plotly.io as pio
import pytest

from analysis import Filters, __version__, analyze, load_corpus, term_frequencies
from analysis import charts
from analysis.charts import CHARTS, STANDARD_SET, build_chart, chart_meta, figure_data, lay_out, wrap_label

LONG_NAME = "Her Excellency Maria Fernanda Espinosa Garces de la Torre y Villalobos"

ROWS = [
    ("a1", "2024-01-05", "Trade talks", "Alice Example",
     "Supply chains must stay open. Trade cooperation benefits both economies. Tariffs hurt workers."),
    ("a2", "2024-02-10", "Security meeting", "Bob Sample",
     "The peninsula needs stability and dialogue. Missile launches threaten regional security. "
     "Deterrence remains essential."),
    ("a3", "2024-03-15", "Island remarks", LONG_NAME,
     "Climate finance must reach vulnerable islands. Rising seas threaten island nations. "
     "Adaptation funds are urgent."),
    ("a4", "2024-03-20", "Trade again", "Alice Example",
     "Supply chains and trade cooperation remain priorities. Tariffs should fall on supply chains."),
    ("a5", "", "Undated note", "Bob Sample", "Security dialogue continues on the peninsula."),
    ("a6", "2024-06-02", "Formula", "=HYPERLINK(\"http://x\")", "Trade cooperation is a formula for growth."),
]


@pytest.fixture(scope="module")
def tiny_folder(tmp_path_factory):
    """Six short documents with speakers from metadata: one very long name, one that
    a spreadsheet would run as a formula, one undated document."""
    folder = tmp_path_factory.mktemp("tiny")
    frame = pd.DataFrame(ROWS, columns=["id", "date", "title", "speaker", "text"])
    frame.to_csv(folder / "statements.csv", index=False)
    return folder


@pytest.fixture(scope="module")
def tiny(tiny_folder):
    return analyze(load_corpus(tiny_folder, name="Tiny <b>corpus</b>"), n_themes=3)


def _subtitle(fig) -> str:
    return html.unescape(fig.layout.title.subtitle.text.replace("<br>", " "))


def _title(fig) -> str:
    return html.unescape(fig.layout.title.text.replace("<br>", " "))


def _footer(fig) -> str:
    notes = [a for a in fig.layout.annotations if a.name == "communique-source"]
    assert len(notes) == 1
    return html.unescape(notes[0].text.replace("<br>", " "))


def _selected(analysis, filters):
    return analysis.statements[filters.mask(analysis.statements)]


@pytest.mark.parametrize("name", list(CHARTS))
def test_every_chart_describes_itself(seed_analysis, name):
    filters = Filters(speaker=("Park Jin",))
    fig = build_chart(name, seed_analysis, filters)
    meta = chart_meta(fig)
    assert meta["chart"] == name
    assert _title(fig).strip() and _title(fig) == meta["title"]
    subtitle = _subtitle(fig)
    assert "Speaker: Park Jin" in subtitle
    assert "Corpus: seeds" in subtitle
    assert "2023-11-27" in subtitle  # the corpus's date range
    n = int(filters.mask(seed_analysis.statements).sum())
    footer = _footer(fig)
    assert f"Source: seeds, {n} of {len(seed_analysis.statements)} statements" in footer
    assert f"Communiqué {__version__}" in footer
    assert meta["filters"] == [["speaker", "Park Jin"]]


def test_subtitle_follows_the_filters(seed_analysis):
    label = seed_analysis.themes["label"].iloc[0]
    cases = {
        Filters(): "All statements",
        Filters(theme=(label,)): f"Theme: {label}",
        Filters(speaker=("Wang Yi", "Park Jin")): "Speaker: Wang Yi, Park Jin",
        Filters(date_from=pd.Timestamp("2023-11-01").date(), date_to=pd.Timestamp("2023-11-30").date()):
            "2023-11-01 to 2023-11-30",
    }
    for filters, expected in cases.items():
        for name in STANDARD_SET:
            fig = build_chart(name, seed_analysis, filters)
            assert expected in _subtitle(fig), (name, _subtitle(fig))


def test_user_text_is_escaped_in_titles_and_labels(tiny):
    fig = build_chart("statements-by-speaker", tiny, Filters())
    assert "<b>corpus</b>" not in fig.layout.title.subtitle.text
    assert "&lt;b&gt;corpus&lt;/b&gt;" in fig.layout.title.subtitle.text
    assert "Tiny <b>corpus</b>" in _subtitle(fig)
    assert not any("<b>" in t for t in fig.layout.yaxis.ticktext)


def test_one_colour_per_speaker_and_theme_across_charts_filters_and_runs(tiny, tiny_folder):
    again = analyze(load_corpus(tiny_folder, name="Tiny <b>corpus</b>"), n_themes=3)
    assert charts.speaker_colours(tiny) == charts.speaker_colours(again)
    assert charts.theme_colours(tiny) == charts.theme_colours(again)
    speakers = charts.speaker_colours(tiny)
    themes = charts.theme_colours(tiny)
    assert len(set(list(speakers.values())[:len(charts.PALETTE)])) == min(len(speakers), len(charts.PALETTE))

    full = charts.statements_by_speaker(tiny, Filters(), tiny.statements)
    one = Filters(speaker=("Bob Sample",))
    narrow = charts.statements_by_speaker(tiny, one, _selected(tiny, one))
    for fig in (full, narrow):
        bar = fig.data[0]
        for name, colour in zip(bar.y, bar.marker.color):
            assert colour == speakers[name]
    for name in ("themes-by-speaker", "themes-over-time"):
        for trace in build_chart(name, tiny, Filters()).data:
            theme = trace.customdata[0][2] if name == "themes-by-speaker" else trace.customdata[0][0]
            assert trace.marker.color == themes[html.unescape(theme)]
    bars = charts.statements_by_theme(tiny, Filters(), tiny.statements).data[0]
    for label, colour in zip(bars.y, bars.marker.color):
        assert colour == themes[label]


def test_long_labels_are_fitted_with_the_full_text_kept(tiny):
    fig = charts.statements_by_speaker(tiny, Filters(), tiny.statements)
    axis = fig.layout.yaxis
    assert LONG_NAME in axis.tickvals  # the category keeps the full name...
    shown = axis.ticktext[list(axis.tickvals).index(LONG_NAME)]
    lines = shown.split("<br>")
    assert len(lines) <= 2 and shown.endswith("…")  # ...the tick is cut...
    assert all(len(html.unescape(line)) <= 40 for line in lines)
    hovers = [row[0] for row in fig.data[0].customdata]
    assert LONG_NAME in hovers  # ...and the hover shows all of it.
    wide = lay_out(charts.statements_by_speaker(tiny, Filters(), tiny.statements), width=1200)
    wide_text = wide.layout.yaxis.ticktext[list(wide.layout.yaxis.tickvals).index(LONG_NAME)]
    assert len(html.unescape(wide_text.replace("<br>", " "))) > len(html.unescape(shown.replace("<br>", " ")))


def test_left_margin_fits_the_longest_label(tiny):
    for width in (None, 1200):
        fig = lay_out(charts.statements_by_speaker(tiny, Filters(), tiny.statements), width=width)
        longest = max(len(html.unescape(part)) for t in fig.layout.yaxis.ticktext for part in t.split("<br>"))
        assert fig.layout.margin.l >= longest * 13 * 0.55


def test_footer_stays_put_whatever_the_height(seed_analysis):
    fig = build_chart("top-terms", seed_analysis, Filters())
    placed = []
    for height in (400, 520, 675, 1080):
        laid = lay_out(fig, height=height)
        note = [a for a in laid.layout.annotations if a.name == "communique-source"][0]
        placed.append((laid.layout.margin.b, note.yshift))
        # the footer's top sits inside the bottom margin, below the axis title
        assert -note.yshift < laid.layout.margin.b
    assert len(set(placed)) == 1


def test_light_and_dark(seed_analysis):
    light = build_chart("statements-by-speaker", seed_analysis, Filters(), style="light")
    dark = build_chart("statements-by-speaker", seed_analysis, Filters(), style="dark")
    assert light.layout.template.layout.paper_bgcolor.upper() == "#FFFFFF"
    assert dark.layout.template.layout.paper_bgcolor.upper() == "#0E1117"
    assert chart_meta(dark)["style"] == "dark"
    assert light.data[0].marker.color == dark.data[0].marker.color
    with pytest.raises(ValueError, match="light' or 'dark"):
        lay_out(light, style="sepia")


def test_figure_data_matches_an_independent_count(tiny):
    fig = build_chart("statements-by-speaker", tiny, Filters())
    data = figure_data(fig)
    expected = tiny.statements.loc[tiny.statements["speaker"] != "", "speaker"].value_counts()
    assert dict(zip(data["speaker"], data["statements"])) == expected.to_dict()
    # the same table after a trip through JSON (as the dashboard caches figures)
    again = figure_data(pio.from_json(fig.to_json()))
    pd.testing.assert_frame_equal(data.astype(str), again.astype(str))


def test_figure_data_of_stacked_and_heatmap_charts(tiny):
    stacked = figure_data(build_chart("themes-by-speaker", tiny, Filters()))
    counts = stacked.groupby("speaker")["statements"].sum().astype(int)
    expected = tiny.statements.loc[tiny.statements["speaker"] != "", "speaker"].value_counts()
    assert counts.to_dict() == expected.to_dict()
    shares = stacked.groupby("speaker")["share"].sum()
    assert np.allclose(shares.astype(float), 1.0)
    heat = figure_data(build_chart("speaker-theme", tiny, Filters()))
    assert set(heat.columns) == {"speaker", "theme", "share"}
    assert np.allclose(heat.groupby("speaker")["share"].sum(), 1.0)


def test_heatmap_theme_labels_are_slanted_and_never_stacked_over_each_other(seed_analysis, tiny):
    many = lay_out(build_chart("speaker-theme", seed_analysis, Filters()))
    assert len(many.layout.xaxis.tickvals) > 4 and many.layout.xaxis.tickangle == -45
    # (columns too narrow for two slanted lines: one line each, cut with "…")
    assert all("<br>" not in t for t in many.layout.xaxis.ticktext)
    few = lay_out(build_chart("speaker-theme", tiny, Filters()))
    assert len(few.layout.xaxis.tickvals) <= 4
    assert all(t.count("<br>") <= 1 for t in few.layout.xaxis.ticktext)


def test_top_terms_chart_shows_the_selection_frequencies(seed_analysis):
    filters = Filters(speaker=("Wang Yi",))
    fig = build_chart("top-terms", seed_analysis, filters, settings={"n": "2", "top": "5"})
    data = figure_data(fig)
    assert "two-word phrases" in _title(fig)
    mask = filters.mask(seed_analysis.statements)
    expected = term_frequencies(seed_analysis.term_matrix, mask, n=2).head(5)
    assert data["term"].tolist() == expected["term"].tolist()
    assert data["count"].tolist() == expected["count"].tolist()
    assert (data["term"].str.count(" ") == 1).all()
    everyone = figure_data(build_chart("top-terms", seed_analysis, Filters(), settings={"n": "2", "top": "5"}))
    assert everyone["count"].sum() >= data["count"].sum()


def test_distinctive_terms_compare_what_the_filters_leave(seed_analysis):
    alone = build_chart("distinctive-terms", seed_analysis, Filters(speaker=("Park Jin",)))
    assert "Park Jin" in _title(alone) and "rest of the corpus" in _title(alone)
    data = figure_data(alone)
    assert set(data["group"]) == {"Park Jin"}
    everyone = build_chart("distinctive-terms", seed_analysis, Filters())
    assert "each speaker" in _title(everyone)
    assert {"Wang Yi", "Park Jin"} <= set(figure_data(everyone)["group"])


def test_theme_map_positions_are_fixed_and_follow_the_themes(tiny):
    first = charts.theme_map_coordinates(tiny)
    second = charts.theme_map_coordinates(tiny)
    pd.testing.assert_frame_equal(first, second)
    assert len(first) == len(tiny.statements)
    anchors = charts._theme_anchors(len(tiny.themes))
    xy = first[["x", "y"]].to_numpy()
    ids = tiny.statements["theme_id"].to_numpy()
    own = np.linalg.norm(xy - anchors[ids], axis=1)
    others = np.array([min(np.linalg.norm(p - a) for j, a in enumerate(anchors) if j != t)
                       for p, t in zip(xy, ids)])
    assert (own < others).mean() >= 0.8
    filtered = build_chart("theme-map", tiny, Filters(speaker=("Bob Sample",)))
    data = figure_data(filtered)
    selected = data[data["theme"] != "Other statements"]
    assert set(selected["speaker"]) == {"Bob Sample"}
    merged = selected.merge(first, on="statement_id", suffixes=("", "_all"))
    assert np.allclose(merged["x"].astype(float), merged["x_all"])


def test_theme_map_draws_at_most_max_points(tiny):
    fig = charts.theme_map(tiny, Filters(), tiny.statements, max_points=5)
    drawn = sum(len(t.x) for t in fig.data if t.name != "Other statements")
    assert drawn == 5
    assert "5 of" in _footer(fig)


def test_themes_over_time_periods_gaps_and_undated(tiny):
    fig = build_chart("themes-over-time", tiny, Filters())
    assert "per month" in _title(fig)
    data = figure_data(fig)
    assert list(dict.fromkeys(data["month"])) == ["Jan 2024", "Feb 2024", "Mar 2024", "Apr 2024",
                                                 "May 2024", "Jun 2024"]
    by_month = data.groupby("month", sort=False)["statements"].sum().astype(int)
    assert by_month["Apr 2024"] == 0 and by_month["May 2024"] == 0
    dated = tiny.statements["date"].notna().sum()
    assert by_month.sum() == dated
    undated = len(tiny.statements) - dated
    assert f"{undated} undated statements not shown" in _footer(fig)
    yearly = build_chart("themes-over-time", tiny, Filters(), settings={"period": "year"})
    assert "per year" in _title(yearly)
    with pytest.raises(ValueError, match="period"):
        build_chart("themes-over-time", tiny, Filters(), settings={"period": "fortnight"})


def test_empty_selection_still_describes_itself(seed_analysis):
    filters = Filters(speaker=("Nobody At All",))
    for name in CHARTS:
        fig = build_chart(name, seed_analysis, filters)
        assert "Speaker: Nobody At All" in _subtitle(fig)
        assert "0 of" in _footer(fig)


def test_build_chart_names_and_settings(seed_analysis):
    with pytest.raises(ValueError, match="Unknown chart 'pie'.*statements-by-speaker"):
        build_chart("pie", seed_analysis, Filters())
    with pytest.raises(ValueError, match="top"):
        build_chart("statements-by-speaker", seed_analysis, Filters(), settings={"top": "lots"})
    fig = build_chart("statements-by-speaker", seed_analysis, Filters(), settings={"top": "2", "q": "x"})
    assert len(fig.data[0].y) == 2 and chart_meta(fig)["settings"] == {"top": 2}
    direct = charts.statements_by_speaker(seed_analysis, Filters(), seed_analysis.statements, top=2)
    assert direct.to_json() == fig.to_json()


def test_same_corpus_same_chart(seed_corpus):
    first = build_chart("theme-map", analyze(seed_corpus), Filters(speaker=("Wang Yi",)))
    second = build_chart("theme-map", analyze(seed_corpus), Filters(speaker=("Wang Yi",)))
    assert first.to_json() == second.to_json()


def test_wrap_label():
    assert wrap_label("Wang Yi") == "Wang Yi"
    assert wrap_label("a <b> & c") == "a &lt;b&gt; &amp; c"
    wrapped = wrap_label("one two three four five six seven", width=9, lines=2)
    assert wrapped.count("<br>") == 1 and wrapped.endswith("…")
    assert wrap_label("x" * 50, width=10, lines=1) == "x" * 9 + "…"
    assert wrap_label("   ") == ""
