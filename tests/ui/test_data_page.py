"""The Data page: folder field, drag-and-drop uploads (AppTest's file_uploader, which
streamlit 1.67 supports), column mapping, limits and the load report; and the glue in
ui/data.py."""

from __future__ import annotations

import hashlib
import io
import re
import zipfile
from pathlib import Path

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from analysis import ColumnMap, CorpusError, LoadLimits
from ui.data import LoadSettings, SEEDS, escape_markdown, folder_source, startup_source, upload_source

ROOT = Path(__file__).resolve().parents[2]
MAIN = ROOT / "dashboard.py"
BAD = ROOT / "tests" / "fixtures" / "bad"
TIMEOUT = 180

SKIPPED = {  # every unusable fixture file and the kind of problem the report gives
    "binary.txt": "binary",
    "empty.txt": "empty",
    "whitespace-only.txt": "empty",
    "fake.pdf": "wrong format",
    "not-a-word-file.docx": "wrong format",
    "really-a-pdf.txt": "wrong format",
    "picture.png": "unsupported",
    "no-text-column.csv": "no text column",
    "unclosed-quote.csv": "unreadable",
    "malformed.csv#lines 3": "unreadable",
    "malformed.jsonl#lines 2, 3": "unreadable",
    "unsafe-members.zip/../escape.txt": "unsafe path",
    "unsafe-members.zip//etc/absolute.txt": "unsafe path",
    "good.txt": "duplicate",
}


@pytest.fixture(autouse=True)
def own_cache(tmp_path_factory, monkeypatch):
    monkeypatch.setenv("COMMUNIQUE_CACHE", str(tmp_path_factory.mktemp("cache")))
    monkeypatch.delenv("COMMUNIQUE_CORPUS", raising=False)


def data_page(query: dict | None = None) -> AppTest:
    at = AppTest.from_file(str(MAIN), default_timeout=TIMEOUT)
    for key, value in (query or {}).items():
        at.query_params[key] = value
    at.switch_page("pages/5_Data.py")
    at.run()
    assert_clean(at)
    return at


def assert_clean(at: AppTest) -> None:
    assert not at.exception, [e.message for e in at.exception]


def report_table(at: AppTest, show: str = "all") -> pd.DataFrame:
    at.segmented_control(key="data_report_show").set_value(show).run()
    assert_clean(at)
    (table,) = [d.value for d in at.dataframe if "status" in d.value.columns]
    return table


def upload(at: AppTest, files: list[tuple[str, bytes]]) -> AppTest:
    at.file_uploader(key="data_uploads").set_value(
        [(name, data, "application/octet-stream") for name, data in files])
    at.run()
    at.button(key="data_use_uploads").click().run()
    assert_clean(at)
    return at


def test_upload_of_the_bad_files_reports_each_one():
    at = data_page()
    assert at.file_uploader(key="data_uploads").accept_multiple_files
    files = [(p.name, p.read_bytes()) for p in sorted(BAD.iterdir())]
    upload(at, files)
    assert at.code[0].value == f"{len(files)} uploaded file(s)"
    table = report_table(at).set_index("path")
    for path, kind in SKIPPED.items():
        assert table.loc[path, "status"] == "skipped", path
        assert table.loc[path, "kind"] == kind, path
        assert len(table.loc[path, "reason"]) > 5
    loaded = table[table["status"] == "loaded"]
    assert {"windows-1252.txt", "utf-16.txt", "gb18030.txt", "page-with-scripts.html",
            "unsafe-members.zip/inside/readout.txt"} <= set(loaded.index)
    assert not at.error
    # every other page now shows the uploads, with the accents intact
    at.switch_page("pages/1_Statements.py").run()
    assert_clean(at)
    said = "\n".join(t for d in at.dataframe if "statement" in d.value.columns
                     for t in d.value["statement"])
    assert "Minister Zoë Ångström said that the Łódź agreement was “a milestone”" in said
    assert "INJECTED" not in said


def test_a_zip_upload_is_read_in_memory(tmp_path):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("a/oslo.txt", "Timber\n\nMinister Anna Berg said the timber trade would grow.\n")
        z.writestr("../up.txt", "Escape\n\nThe envoy said this climbs out.\n")
    at = upload(data_page(), [("corpus.zip", buf.getvalue())])
    table = report_table(at).set_index("path")
    assert table.loc["corpus.zip/a/oslo.txt", "status"] == "loaded"
    assert table.loc["corpus.zip/../up.txt", "kind"] == "unsafe path"
    assert not list(tmp_path.iterdir())  # nothing unpacked anywhere


def test_folder_field_opens_a_folder_and_leaves_it_unchanged(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    for p in BAD.iterdir():
        (folder / p.name).write_bytes(p.read_bytes())
    before = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.iterdir()}
    at = data_page()
    at.text_input(key="data_folder").set_value(str(folder)).run()
    at.button(key="data_open_folder").click().run()
    assert_clean(at)
    assert at.code[0].value == str(folder.resolve())
    skipped = report_table(at, "skipped")
    assert set(SKIPPED) <= set(skipped["path"])
    after = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.iterdir()}
    assert after == before


def test_a_missing_folder_or_a_useless_one_is_an_error_not_an_exception(tmp_path):
    at = data_page()
    at.text_input(key="data_folder").set_value(str(tmp_path / "nope")).run()
    at.button(key="data_open_folder").click().run()
    assert_clean(at)
    assert any("no such file or folder" in e.value for e in at.error)
    junk = tmp_path / "junk"
    junk.mkdir()
    (junk / "empty.txt").write_bytes(b"")
    at.text_input(key="data_folder").set_value(str(junk)).run()
    at.button(key="data_open_folder").click().run()
    assert_clean(at)
    assert any("No usable documents" in e.value for e in at.error)
    # the other pages say so too, and point here
    at.switch_page("dashboard.py").run()
    assert_clean(at)
    assert any("could not be opened" in e.value for e in at.error)


def test_column_mapping_on_the_page():
    table = pd.DataFrame({"Remarks": ["Minister Anna Berg said the timber trade would grow.",
                                      "Minister Carl Holm said the rail link was agreed."],
                          "Headline": ["Timber", "Rail"], "Who": ["Anna Berg", "Carl Holm"]})
    at = upload(data_page(), [("export.csv", table.to_csv(index=False).encode())])
    assert any("No usable documents" in e.value and "no text column" in e.value for e in at.error)
    assert at.selectbox(key="data_col_text").options == ["(automatic)", "Headline", "Remarks", "Who"]
    at.selectbox(key="data_col_text").set_value("Remarks")
    at.selectbox(key="data_col_title").set_value("Headline")
    at.selectbox(key="data_col_speaker").set_value("Who")
    at.button(key="data_apply_columns").click().run()
    assert_clean(at)
    assert not at.error
    report = report_table(at)
    assert report.set_index("path").loc["export.csv", "documents"] == 2
    at.switch_page("pages/2_Speakers.py").run()
    assert_clean(at)
    assert {"Anna Berg", "Carl Holm"} <= {s for d in at.dataframe if "speaker" in d.value.columns
                                          for s in d.value["speaker"]}


def test_limits_on_the_page():
    at = data_page()
    files = [(p.name, p.read_bytes()) for p in sorted(BAD.iterdir())]
    upload(at, files)
    at.number_input(key="data_max_file_mb").set_value(0.0002).run()
    at.button(key="data_apply_limits").click().run()
    assert_clean(at)
    table = report_table(at).set_index("path")
    assert table.loc["windows-1252.txt", "kind"] == "too large"
    assert table.loc["good.txt", "status"] in {"loaded", "skipped"}  # 161 bytes: read


def test_no_user_text_is_rendered_as_html():
    at = data_page()
    name = "[click](http://example.invalid) <img src=x onerror=alert(1)>.txt"
    upload(at, [(name, b"")])
    messages = [e.value for e in at.error]
    assert messages, "an upload with nothing usable must say so"
    for message in messages:
        assert re.search(r"(?<!\\)[<>\[\]()]", message) is None, message  # all escaped
    for md in at.markdown:
        assert "<img" not in md.value


# ------------------------------------------------------------------ glue


def test_startup_source_from_argv_env_or_seeds(tmp_path):
    assert startup_source([], {}).paths == (str(SEEDS),)
    assert startup_source(["--corpus", str(tmp_path)], {}).paths == (str(tmp_path),)
    here = Path.cwd()
    assert startup_source(["--corpus", "a", "--corpus", "b"], {}).paths == (
        str(here / "a"), str(here / "b"))
    env = {"COMMUNIQUE_CORPUS": f"{tmp_path}:{tmp_path / 'x'}"}
    assert startup_source([], env).paths == (str(tmp_path), str(tmp_path / "x"))
    assert startup_source(["--corpus", "a"], env).paths == (str(here / "a"),)  # argv wins


def test_folder_and_upload_sources(tmp_path):
    assert folder_source(f"  '{tmp_path}' ").paths == (str(tmp_path.resolve()),)
    with pytest.raises(CorpusError, match="no such file or folder"):
        folder_source(str(tmp_path / "nope"))
    with pytest.raises(CorpusError, match="Type the path"):
        folder_source("   ")
    settings = LoadSettings()
    a = upload_source([("dir/x.txt", b"The envoy said yes.")], settings)
    b = upload_source([("x.txt", b"The envoy said yes.")], settings)
    assert a.uploads == b.uploads and a.digest == b.digest
    c = upload_source([("x.txt", b"The envoy said yes.")],
                      LoadSettings(columns=ColumnMap(text="body"), limits=LoadLimits()))
    assert c.digest != a.digest
    with pytest.raises(CorpusError):
        upload_source([], settings)


def test_escape_markdown():
    assert escape_markdown("[x](http://e) <b>*a*</b>") == (
        "\\[x\\]\\(http\\://e\\) \\<b\\>\\*a\\*\\</b\\>")
