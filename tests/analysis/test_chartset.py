"""The chart set out of the app: file names, offline HTML, CSV, images through one
Chromium, and the ``charts`` command."""

from __future__ import annotations

import html
import json
import re
import struct
import xml.etree.ElementTree as ET
from pathlib import Path

import pandas as pd
import pytest

from analysis import Filters, analyze, load_corpus
from analysis.charts import STANDARD_SET, build_chart
from analysis.chartset import ChartRenderer, file_stem, to_csv, to_html
from analysis.cli import main

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"
CHROMIUM = Path("/usr/bin/chromium")
needs_chromium = pytest.mark.skipif(not CHROMIUM.is_file(), reason="/usr/bin/chromium is absent: "
                                    "images cannot be rendered (apt-get install chromium)")

# Any attribute or CSS that would fetch something: src=, href= (stylesheets, icons),
# @import and url(...) pointing at http(s) or protocol-relative addresses.
_REMOTE = re.compile(r"""(?:\b(?:src|href)\s*=\s*["']?\s*(?:https?:)?//)|(?:@import\s+["']?(?:https?:)?//)"""
                     r"""|(?:url\(\s*["']?(?:https?:)?//)""", re.I)


def remote_loads(page: str) -> list[str]:
    """Tags of an HTML page that would load something from the network."""
    found = []
    for tag in re.finditer(r"<(script|link|img|iframe|source|embed|object)\b[^>]*>", page, re.I):
        if _REMOTE.search(tag.group(0)) or re.search(r"\bsrc\s*=", tag.group(0), re.I):
            found.append(tag.group(0)[:120])
    for style in re.finditer(r"<style\b[^>]*>(.*?)</style>", page, re.I | re.S):
        if _REMOTE.search(style.group(1)):
            found.append(style.group(0)[:120])
    return found


def html_layout(page: str) -> dict:
    """The layout that an exported HTML page passes to ``Plotly.newPlot(id, data, layout, config)``."""
    decoder = json.JSONDecoder()

    def value_after_comma(at: int) -> tuple[object, int]:
        at = page.index(",", at) + 1
        while page[at].isspace():
            at += 1
        return decoder.raw_decode(page, at)

    _, end = value_after_comma(page.index("Plotly.newPlot("))  # data, after the div id
    layout, _ = value_after_comma(end)
    return layout


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", data[16:24])


def svg_text(data: bytes | str) -> str:
    """All the text an SVG shows, line by line (tspans of one text joined)."""
    root = ET.fromstring(data)
    lines = []
    for el in root.iter("{http://www.w3.org/2000/svg}text"):
        lines.append("".join(el.itertext()))
    return "\n".join(lines)


def test_file_stem_names_page_chart_and_filters():
    f = Filters(speaker=("Park Jin",), theme=("Supply chains, trade",))
    assert file_stem("speakers", "statements-by-speaker", f) == \
        "speakers_statements-by-speaker_park-jin_supply-chains-trade"
    assert file_stem("", "top-terms", Filters()) == "top-terms"
    assert re.fullmatch(r"[a-z0-9_\-]+", file_stem("x", "y", Filters(speaker=("Ünïcode ../../etc",))))
    assert len(file_stem("p", "c", Filters(speaker=tuple(f"Speaker {i}" for i in range(40))))) <= 120


def test_html_is_self_contained_and_interactive(seed_analysis):
    fig = build_chart("statements-by-speaker", seed_analysis, Filters(speaker=("Park Jin",)))
    page = to_html(fig, file_name="statements-by-speaker_park-jin")
    assert remote_loads(page) == []
    assert len(page) > 1_000_000  # plotly.js is inlined...
    assert page.count("<script") >= 2 and "Plotly.newPlot" in page  # ...and draws the chart
    assert "<title>Statements by speaker · Communiqué</title>" in page
    assert "Speaker: Park Jin" in page
    assert '"filename": "statements-by-speaker_park-jin"' in page or \
        '"filename":"statements-by-speaker_park-jin"' in page


def test_remote_loads_catches_what_it_should():
    assert remote_loads('<script src="https://cdn.plot.ly/plotly.js"></script>')
    assert remote_loads('<link rel="stylesheet" href="//fonts.example/x.css">')
    assert remote_loads("<style>@import url('https://fonts.example/x.css');</style>")
    assert remote_loads('<script src="plotly.js"></script>')  # a file beside it: not self-contained
    assert not remote_loads('<script>var u = "https://plot.ly";</script>')


def test_csv_neutralises_formulas(tmp_path):
    pd.DataFrame({"id": ["a", "b"], "speaker": ['=HYPERLINK("http://evil")', "Bob"],
                  "text": ["Trade cooperation grows.", "Trade cooperation grows again."]}).to_csv(
        tmp_path / "t.csv", index=False)
    analysis = analyze(load_corpus(tmp_path))
    data = to_csv(build_chart("statements-by-speaker", analysis, Filters())).decode("utf-8-sig")
    assert "'=HYPERLINK" in data
    assert not re.search(r"(^|,)=HYPERLINK", data, re.M)


@needs_chromium
def test_one_chromium_renders_a_batch(seed_analysis, monkeypatch):
    import kaleido

    starts = []
    real = kaleido.start_sync_server
    monkeypatch.setattr(kaleido, "start_sync_server", lambda *a, **k: (starts.append(k), real(*a, **k))[1])
    figs = [build_chart(name, seed_analysis, Filters()) for name in STANDARD_SET]
    with ChartRenderer() as renderer:
        images = [renderer.render(fig, fmt=fmt) for fig in figs for fmt in ("png", "svg")]
    assert len(starts) == 1 and starts[0]["path"]
    assert all(png_size(img) == (2400, 1350) for img in images[0::2])
    for fig, svg in zip(figs, images[1::2]):
        assert fig.layout.meta["communique"]["title"] in svg_text(svg).replace("\n", " ")


@needs_chromium
def test_renderer_rejects_unknown_formats(seed_analysis):
    with ChartRenderer() as renderer, pytest.raises(ValueError, match="png' or 'svg"):
        renderer.render(build_chart("top-terms", seed_analysis, Filters()), fmt="gif")  # type: ignore[arg-type]


@needs_chromium
def test_cli_writes_the_set_naming_the_filter(tmp_path, capsys):
    out = tmp_path / "charts"
    assert main(["charts", str(SEEDS), "--out", str(out), "--filter", "speaker=Park Jin"]) == 0
    printed = capsys.readouterr().out
    assert "6 charts (Speaker: Park Jin; 4 of 17 statements), 24 files" in printed
    for name in STANDARD_SET:
        stem = out / f"{name}_park-jin"
        for ext in ("png", "svg", "html", "csv"):
            assert (stem.with_suffix(f".{ext}")).is_file(), (name, ext)
        width, height = png_size(stem.with_suffix(".png").read_bytes())
        assert width >= 1200 and (width, height) == (2400, 1350)
        shown = svg_text(stem.with_suffix(".svg").read_bytes())
        subtitle = [line for line in shown.splitlines() if line.startswith("Speaker:")]
        assert subtitle and "Speaker: Park Jin" in subtitle[0] and "Corpus: seeds" in subtitle[0], name
        assert "Source: seeds, " in shown and "of 17 statements" in shown
        page = stem.with_suffix(".html").read_text(encoding="utf-8")
        assert remote_loads(page) == [], name
        figure = html_layout(page)
        meta = figure["meta"]["communique"]
        assert meta["filters"] == [["speaker", "Park Jin"]]
        assert "Speaker: Park Jin" in html.unescape(figure["title"]["subtitle"]["text"])
        assert html.unescape(figure["title"]["text"]).replace("<br>", " ") == meta["title"]
    data = pd.read_csv(out / "statements-by-speaker_park-jin.csv", encoding="utf-8-sig")
    assert data.to_dict("records") == [{"speaker": "Park Jin", "statements": 4, "kind": "person"}]


def test_cli_explains_bad_filters(tmp_path, capsys):
    assert main(["charts", str(SEEDS), "--out", str(tmp_path), "--filter", "who=Park Jin"]) == 2
    err = capsys.readouterr().err
    assert "'who=Park Jin' is not a filter" in err and "speaker" in err and "Traceback" not in err
    assert main(["charts", str(SEEDS), "--out", str(tmp_path), "--filter", "speaker=Nobody"]) == 2
    err = capsys.readouterr().err
    assert "No statement matches the filters (Speaker: Nobody)" in err and "Wang Yi" in err
    assert main(["charts", str(SEEDS), "--out", str(tmp_path), "--filter", "from=yesterday"]) == 2
    assert "YYYY-MM-DD" in capsys.readouterr().err
    assert not any(tmp_path.iterdir())


def test_cli_rejects_unknown_charts_and_formats(tmp_path, capsys):
    with pytest.raises(SystemExit):
        main(["charts", str(SEEDS), "--out", str(tmp_path), "--charts", "pie"])
    assert "unknown chart pie" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["charts", str(SEEDS), "--out", str(tmp_path), "--formats", "gif"])
    assert "png, svg, html, csv" in capsys.readouterr().err


def test_cli_without_a_browser_says_how_to_fix_it(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("BROWSER_PATH", str(tmp_path / "no-such-chromium"))
    assert main(["charts", str(SEEDS), "--out", str(tmp_path / "o"), "--formats", "png"]) == 2
    err = capsys.readouterr().err
    assert "BROWSER_PATH" in err and "does not exist" in err and "Traceback" not in err


def test_cli_html_and_csv_need_no_browser(tmp_path, monkeypatch):
    monkeypatch.setenv("BROWSER_PATH", str(tmp_path / "no-such-chromium"))
    out = tmp_path / "o"
    assert main(["charts", str(SEEDS), "--out", str(out), "--formats", "html,csv",
                 "--filter", "speaker=Wang Yi"]) == 0
    assert sorted(p.suffix for p in out.iterdir()) == [".csv"] * 6 + [".html"] * 6
