"""The analyst's codebook: reading YAML and CSV, clear errors, matching with reasons."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.codebook import (MATCH_COLUMNS, Code, Codebook, CodebookError, apply_codebook, codebook_summary,
                               load_codebook, parse_codebook)

YAML = """\
Trade:
  words: [trade, tariff, export*]
  phrases: [supply chain]
  patterns: ['\\bWTO\\b']
Korean Peninsula: [peninsula, denucleari*, North Korea]
"""


def statements(*texts: str, speakers: list[str] | None = None) -> pd.DataFrame:
    return pd.DataFrame({
        "statement_id": range(len(texts)),
        "doc_id": ["d"] * len(texts),
        "speaker": speakers or [""] * len(texts),
        "text": list(texts),
        "content": list(texts),
    })


def test_yaml_mapping_and_lists():
    book = parse_codebook(YAML, fmt="yaml", source="mine.yaml")
    assert book.names == ["Trade", "Korean Peninsula"]
    trade, korea = book.codes
    assert trade == Code("Trade", ("trade", "tariff", "export*"), ("supply chain",), (r"\bWTO\b",))
    assert korea.words == ("peninsula", "denucleari*") and korea.phrases == ("North Korea",)
    assert book.source == "mine.yaml"
    assert book.to_frame()["kind"].tolist() == ["word", "word", "word", "phrase", "pattern", "word", "word",
                                                "phrase"]


def test_yaml_themes_key_and_list_of_themes():
    wrapped = parse_codebook("themes:\n  Trade: [trade]\n", fmt="yaml")
    listed = parse_codebook("- name: Trade\n  words: trade\n- name: Rail\n  phrases: [rail link]\n", fmt="yaml")
    assert wrapped.codes == (Code("Trade", ("trade",)),)
    assert listed.codes == (Code("Trade", ("trade",)), Code("Rail", (), ("rail link",)))


def test_csv_long_and_wide():
    long = parse_codebook("theme,kind,value\nTrade,word,trade\nTrade,,supply chain\nTrade,pattern,\\bWTO\\b\n"
                          "Rail,,rail\n", fmt="csv")
    wide = parse_codebook("theme,words,phrases,patterns\nTrade,trade; tariff,supply chain,\nRail,rail,,\n",
                          fmt="csv")
    assert long.codes == (Code("Trade", ("trade",), ("supply chain",), (r"\bWTO\b",)), Code("Rail", ("rail",)))
    assert wide.codes == (Code("Trade", ("trade", "tariff"), ("supply chain",)), Code("Rail", ("rail",)))


@pytest.mark.parametrize("text, fmt, message", [
    ("Trade:\n  patterns: ['(unclosed']\n", "yaml", r"book\.yaml: theme 'Trade': '\(unclosed' is not a valid"),
    ("Trade:\n  verbs: [trade]\n", "yaml", "unknown key 'verbs'. Use words, phrases or patterns"),
    ("Trade: [trade\n", "yaml", r"not valid YAML \(line"),
    ("   \n", "yaml", "empty"),
    ("Trade:\n", "yaml", "'Trade' has no words"),
    ("- words: [trade]\n", "yaml", "no 'name'"),
    ("just text", "yaml", "expected theme names"),
    ("Trade: [tra*de]\n", "yaml", r"'\*' may only end a single word"),
    ("label,value\nTrade,trade\n", "csv", "no 'theme' column"),
    ("theme,colour\nTrade,red\n", "csv", "no entries column"),
    ("theme,kind,value\nTrade,verb,trade\n", "csv", "line 2: unknown kind 'verb'"),
    ("theme,kind,value\n,word,trade\n", "csv", "line 2: a theme has no name"),
])
def test_bad_codebooks_say_what_is_wrong(text, fmt, message):
    with pytest.raises(CodebookError, match=message):
        parse_codebook(text, fmt=fmt, source="book." + fmt)


def test_not_utf8_and_files(tmp_path):
    with pytest.raises(CodebookError, match="not UTF-8"):
        parse_codebook(b"Trade: [\xff]", fmt="yaml", source="x.yaml")
    path = tmp_path / "book.yml"
    path.write_text(YAML, encoding="utf-8")
    assert load_codebook(path).names == ["Trade", "Korean Peninsula"]
    with pytest.raises(CodebookError, match="no such file"):
        load_codebook(tmp_path / "missing.yaml")
    with pytest.raises(CodebookError, match=r"\.yaml, \.yml or \.csv"):
        load_codebook(tmp_path / "book.txt")
    with pytest.raises(CodebookError, match="is a folder"):
        (tmp_path / "dir.csv").mkdir()
        load_codebook(tmp_path / "dir.csv")


def test_matching_rules_and_reasons():
    book = parse_codebook(YAML, fmt="yaml")
    st = statements(
        "Trade and TRADES rose; the trademark dispute goes on.",            # 0: trade x2, not trademark
        "Supply-chain risks and supply  chains were discussed.",            # 1: phrase with hyphen, plural
        "Exporters and exports grew under WTO rules, but not in wtop.",     # 2: wildcard, pattern
        "The peninsula's denuclearization and North Korea were raised.",   # 3: Korean Peninsula
        "Nothing to see here.",                                             # 4: nothing
        speakers=["Wang Yi", "", "Park Jin", "Wang Yi", ""],
    )
    matches = apply_codebook(st, book)
    assert list(matches.columns) == MATCH_COLUMNS
    rows = {(r.statement_id, r.code): r for r in matches.itertuples()}
    assert set(rows) == {(0, "Trade"), (1, "Trade"), (2, "Trade"), (3, "Korean Peninsula")}
    assert rows[0, "Trade"].reason == "Trade; TRADES" and rows[0, "Trade"].n_matches == 2
    assert rows[1, "Trade"].reason == "Supply-chain; supply chains"
    assert rows[2, "Trade"].reason == "Exporters; exports; WTO"
    assert rows[3, "Korean Peninsula"].reason == "peninsula's; denuclearization; North Korea"
    assert rows[2, "Trade"].speaker == "Park Jin"


def test_matching_what_was_said_only():
    st = statements("Wang said trade grew.")
    st["content"] = ["trade grew."]
    book = Codebook((Code("Speaker", ("said",)), Code("Trade", ("trade",))))
    assert apply_codebook(st, book)["code"].tolist() == ["Speaker", "Trade"]
    assert apply_codebook(st, book, column="content")["code"].tolist() == ["Trade"]
    with pytest.raises(ValueError, match="text or content"):
        apply_codebook(st, book, column="title")  # type: ignore[arg-type]


def test_summary_counts_statements_per_code():
    book = parse_codebook(YAML + "Rail: [rail]\n", fmt="yaml")
    st = statements("Trade and tariffs.", "Trade again.", "The peninsula.", "Nothing.")
    summary = codebook_summary(apply_codebook(st, book), st, book)
    assert summary[["code", "n_statements"]].values.tolist() == [["Trade", 2], ["Korean Peninsula", 1],
                                                                 ["Rail", 0]]
    assert summary["share"].tolist() == [0.5, 0.25, 0.0]
    assert summary["top_matches"].iat[0] == "trade (2); tariffs (1)"


def test_empty_selection():
    book = parse_codebook(YAML, fmt="yaml")
    assert list(apply_codebook(statements(), book).columns) == MATCH_COLUMNS


def test_seed_codebook_beside_discovered_themes(seed_analysis):
    book = parse_codebook("Trade: [trade, supply chain]\nPeninsula: [Korean Peninsula]\n", fmt="yaml")
    matches = apply_codebook(seed_analysis.statements, book)
    coded = matches.merge(seed_analysis.statements[["statement_id", "theme_label", "text"]], on="statement_id")
    for row in coded.itertuples():
        for word in row.reason.split("; "):
            assert word in row.text
    peninsula = coded[coded["code"] == "Peninsula"]
    assert len(peninsula) == 1 and "peninsula" in peninsula["theme_label"].iat[0].lower()
