"""Loading real-world folders: formats, encodings, the load report, limits, zips.

The fixture folder tests/fixtures/bad holds small hand-made bad (and good) files; large
ones (a 5 MB single line, a zip that inflates past the limit) are made in tmp_path.
"""

from __future__ import annotations

import base64
import hashlib
import io
import json
import random
import zipfile
from pathlib import Path

import pandas as pd
import pytest

from analysis import ColumnMap, CorpusError, LoadLimits, load_corpus, load_uploads
from analysis.corpus import (
    MAX_PARAGRAPH_CHARS,
    read_text_bytes,
    source_digest,
    table_columns,
    uploads_digest,
)

BAD = Path(__file__).resolve().parents[1] / "fixtures" / "bad"

# What becomes of every file in tests/fixtures/bad: (status, kind).
EXPECTED = {
    "binary.txt": ("skipped", "binary"),
    "duplicate-of-good.txt": ("loaded", ""),
    "empty.txt": ("skipped", "empty"),
    "fake.pdf": ("skipped", "wrong format"),
    "gb18030.txt": ("loaded", ""),
    "good.txt": ("skipped", "duplicate"),
    "malformed.csv": ("loaded", ""),  # one good row; the broken line is reported
    "malformed.csv#lines 3": ("skipped", "unreadable"),
    "malformed.jsonl": ("loaded", ""),  # one good line; the two broken ones are reported
    "malformed.jsonl#lines 2, 3": ("skipped", "unreadable"),
    "no-text-column.csv": ("skipped", "no text column"),
    "not-a-word-file.docx": ("skipped", "wrong format"),
    "page-with-scripts.html": ("loaded", ""),
    "picture.png": ("skipped", "unsupported"),
    "really-a-pdf.txt": ("skipped", "wrong format"),
    "unclosed-quote.csv": ("skipped", "unreadable"),
    "unsafe-members.zip/inside/readout.txt": ("loaded", ""),
    "unsafe-members.zip/../escape.txt": ("skipped", "unsafe path"),
    "unsafe-members.zip//etc/absolute.txt": ("skipped", "unsafe path"),
    "utf-16.txt": ("loaded", ""),
    "utf-8-bom.md": ("loaded", ""),
    "whitespace-only.txt": ("skipped", "empty"),
    "windows-1252.txt": ("loaded", ""),
}


def tree_hashes(folder: Path) -> dict[str, str]:
    """Every file and folder below ``folder`` with the hash of its bytes."""
    out = {}
    for p in sorted(folder.rglob("*")):
        rel = p.relative_to(folder).as_posix()
        out[rel] = hashlib.sha256(p.read_bytes()).hexdigest() if p.is_file() else "dir"
    return out


def tiny_pdf(lines: list[str]) -> bytes:
    """A valid one-page PDF whose text layer holds ``lines`` (ASCII)."""
    content = "BT /F1 12 Tf 72 720 Td 14 TL " + " ".join(
        "(" + line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ") '"
        for line in lines) + " ET"
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        "/Resources << /Font << /F1 5 0 R >> >> >>",
        f"<< /Length {len(content)} >>\nstream\n{content}\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(f"{number} 0 obj\n{body}\nendobj\n".encode("latin-1"))
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    for offset in offsets:
        out.write(f"{offset:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()


def tiny_docx(paragraphs: list[str]) -> bytes:
    import docx

    document = docx.Document()
    for p in paragraphs:
        document.add_paragraph(p)
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def prose(n_bytes: int, *, seed: int = 1) -> str:
    rng = random.Random(seed)
    words = ("the minister said that cooperation between both sides would deepen in trade "
             "energy and security").split()
    parts, size = [], 0
    while size < n_bytes:
        sentence = " ".join(rng.choice(words) for _ in range(14)).capitalize() + ". "
        parts.append(sentence)
        size += len(sentence)
    return "".join(parts)


@pytest.fixture(scope="module")
def bad_corpus():
    return load_corpus(BAD)


# ------------------------------------------------------------------ the bad folder


def test_every_file_is_reported_once_with_its_outcome(bad_corpus):
    report = bad_corpus.report()
    assert list(report.columns) == ["path", "status", "kind", "reason", "documents"]
    got = {row.path: (row.status, row.kind) for row in report.itertuples()}
    # malformed.csv#2: its text cell holds only a date, nothing to analyse
    got.pop("malformed.csv#2")
    assert got == EXPECTED
    skipped = report[report["status"] == "skipped"]
    assert (skipped["reason"].str.len() > 5).all(), "every skipped file says why"
    assert (report.loc[report["status"] == "loaded", "documents"] >= 1).all()
    on_disk = {p.name for p in BAD.iterdir()}
    reported_files = {p.split("#")[0].split("/")[0] for p in report["path"]}
    assert on_disk == reported_files, "no file is passed over in silence"


def test_reasons_say_what_is_wrong(bad_corpus):
    reasons = {i.path: i.reason for i in bad_corpus.issues}
    assert "no text column" in reasons["no-text-column.csv"]
    assert "name, value" in reasons["no-text-column.csv"]  # the columns it has
    assert "--text-column" in reasons["no-text-column.csv"]  # how to fix it
    assert "not a PDF" in reasons["fake.pdf"]
    assert "rename it to .pdf" in reasons["really-a-pdf.txt"]
    assert "duplicate of duplicate-of-good.txt" in reasons["good.txt"]
    assert "refused" in reasons["unsafe-members.zip/../escape.txt"]
    assert "EOF inside string" in reasons["unclosed-quote.csv"]


def test_good_text_is_intact(bad_corpus):
    docs = {d.doc_id: d for d in bad_corpus.documents}
    cp1252 = docs["windows-1252.txt"]
    assert cp1252.title == "Réunion à Genève"
    assert "Affaires étrangères a déclaré que les négociations étaient « très utiles »" in cp1252.text
    assert "l’importance du dialogue — notamment sur le café" in cp1252.text
    assert "Señor Núñez said the talks in Zürich cost €5 million." in cp1252.text
    utf16 = docs["utf-16.txt"]
    assert utf16.title == "Talks in Kraków"
    assert "Minister Zoë Ångström said that the Łódź agreement was “a milestone”" in utf16.text
    assert "São Paulo" in utf16.text
    chinese = docs["gb18030.txt"]
    assert chinese.title == "中韩外长会谈"
    assert "中国外交部长王毅表示，中韩两国应当加强合作" in chinese.text
    assert "韩国外长朴振说，双方同意继续保持沟通。" in chinese.text  # short paragraphs kept
    bom = docs["utf-8-bom.md"]
    assert bom.title == "Readout of the Minister’s call with the Ambassador"
    assert "\ufeff" not in bom.text + bom.title
    assert docs["unsafe-members.zip/inside/readout.txt"].text.startswith("The envoy said")
    assert docs["malformed.jsonl#1"].title == "Good row"
    assert docs["malformed.csv#1"].text == "The minister said that the talks were useful."


def test_html_keeps_the_article_and_drops_scripts_and_markup(bad_corpus):
    doc = next(d for d in bad_corpus.documents if d.doc_id == "page-with-scripts.html")
    assert doc.title == "Joint statement on maritime cooperation"
    assert doc.text == ("The two ministers agreed to expand maritime cooperation in the region.\n\n"
                        "They said that freedom of navigation must be upheld.")
    everything = doc.title + doc.text
    for junk in ("INJECTED", "alert", "SECRETSTYLE", "TRACKER", "MENU-LINK", "FOOTER-TEXT",
                 "<", "onload", "analytics"):
        assert junk not in everything


def test_loading_never_writes_to_the_folder(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    for p in BAD.iterdir():
        (folder / p.name).write_bytes(p.read_bytes())
    before = tree_hashes(folder)
    load_corpus(folder)
    source_digest(folder)
    assert tree_hashes(folder) == before


def test_uploads_give_the_same_report_as_the_folder(bad_corpus):
    uploads = [(p.name, p.read_bytes()) for p in sorted(BAD.iterdir())]
    corpus = load_uploads(uploads)
    pd.testing.assert_frame_equal(corpus.report(), bad_corpus.report())
    assert corpus.fingerprint == bad_corpus.fingerprint
    # a path in an upload's name is dropped: only the base name is used
    odd = load_uploads([("../../etc/passwd.txt", b"The envoy said the talks went well.")])
    assert [d.doc_id for d in odd.documents] == ["passwd.txt"]


def test_nothing_usable_is_a_one_line_error(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "junk.bin").write_bytes(b"\x00\x01")
    with pytest.raises(CorpusError) as err:
        load_corpus(tmp_path)
    message = str(err.value)
    assert "\n" not in message
    assert "empty.txt: empty file" in message and "junk.bin: unsupported" in message
    with pytest.raises(CorpusError, match="no such file or folder"):
        load_corpus(tmp_path / "missing")
    (tmp_path / "none").mkdir()
    with pytest.raises(CorpusError, match="No files found"):
        load_corpus(tmp_path / "none")


# ------------------------------------------------------------------ large and odd files


def test_a_5mb_single_line_of_prose_is_cut_into_paragraphs_without_loss(tmp_path):
    text = prose(5_000_000)
    assert "\n" not in text and len(text.encode()) >= 5_000_000
    (tmp_path / "one-line.txt").write_text(text, encoding="utf-8")
    corpus = load_corpus(tmp_path)
    (doc,) = corpus.documents
    paragraphs = doc.text.split("\n\n")
    assert len(paragraphs) > 400
    assert max(map(len, paragraphs)) <= 10_000
    assert all(p.endswith(".") for p in paragraphs)  # cut at sentence ends
    # every word is kept, in order (the first line is short enough to be no title)
    assert doc.text.split() == text.split()


def test_a_5mb_single_line_of_encoded_data_is_skipped(tmp_path):
    blob = base64.b64encode(random.Random(2).randbytes(3_800_000))
    (tmp_path / "data-dump.txt").write_bytes(blob)
    (tmp_path / "ok.txt").write_text("Talks\n\nThe envoy said the talks were useful.\n")
    corpus = load_corpus(tmp_path)
    (issue,) = corpus.issues
    assert issue.path == "data-dump.txt" and issue.kind == "binary"
    assert "without a space" in issue.reason


def test_limits_on_file_size_total_and_count(tmp_path):
    for i in range(5):
        (tmp_path / f"doc{i}.txt").write_text(f"Title {i}\n\nThe minister said point {i} " * 20)
    size = (tmp_path / "doc0.txt").stat().st_size
    corpus = load_corpus(tmp_path, limits=LoadLimits(max_files=3))
    assert len(corpus.documents) == 3
    assert [i.kind for i in corpus.issues] == ["limit", "limit"]
    assert "--max-files" in corpus.issues[0].reason
    corpus = load_corpus(tmp_path, limits=LoadLimits(max_total_bytes=2 * size + 10))
    assert len(corpus.documents) == 2 and {i.kind for i in corpus.issues} == {"limit"}
    (tmp_path / "big.txt").write_text("Big\n\n" + "The minister spoke at length. " * 100)
    corpus = load_corpus(tmp_path, limits=LoadLimits(max_file_bytes=size + 10))
    (issue,) = corpus.issues
    assert issue.path == "big.txt" and issue.kind == "too large" and "--max-file-mb" in issue.reason
    with pytest.raises(ValueError, match="at least 1"):
        LoadLimits(max_files=0)


def make_zip(members: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members.items():
            z.writestr(name, data)
    return buf.getvalue()


def test_zip_inflating_past_the_limits_is_stopped(tmp_path):
    good = b"Talks\n\nThe envoy said the talks were useful.\n"
    bomb = make_zip({"a.txt": good, "huge.txt": b"A" * 3_000_000,
                     **{f"m{i}.txt": b"The envoy said point %d was useful. " % i * 20_000
                        for i in range(4)}})
    assert len(bomb) < 100_000  # small on disk, large inflated
    (tmp_path / "bomb.zip").write_bytes(bomb)
    corpus = load_corpus(tmp_path, limits=LoadLimits(max_file_bytes=1_000_000,
                                                     max_total_bytes=1_500_000))
    kinds = {i.path: i.kind for i in corpus.issues}
    assert kinds["bomb.zip/huge.txt"] == "too large"
    assert [d.doc_id for d in corpus.documents][0] == "bomb.zip/a.txt"
    # 700 kB each: two fit in the total, the other two are stopped
    assert [k for p, k in kinds.items() if p.startswith("bomb.zip/m")] == ["limit", "limit"]
    assert sum(len(d.text) for d in corpus.documents) <= 1_500_000


def test_zip_member_that_lies_about_its_size_is_stopped(tmp_path):
    data = bytearray(make_zip({"liar.txt": b"The envoy said yes. " * 100_000}))
    # Make both headers claim 10 bytes: reading stops at the limit or fails the CRC.
    local = data.find(b"PK\x03\x04")
    data[local + 22:local + 26] = (10).to_bytes(4, "little")
    central = data.find(b"PK\x01\x02")
    data[central + 24:central + 28] = (10).to_bytes(4, "little")
    (tmp_path / "liar.zip").write_bytes(bytes(data))
    (tmp_path / "ok.txt").write_text("Talks\n\nThe envoy said the talks were useful.\n")
    corpus = load_corpus(tmp_path, limits=LoadLimits(max_file_bytes=1000))
    issue = next(i for i in corpus.issues if i.path.startswith("liar.zip"))
    assert issue.kind in {"too large", "unreadable"}
    assert all(len(d.text) < 1000 for d in corpus.documents)


def test_zip_oddities(tmp_path):
    inner = make_zip({"x.txt": b"Inner\n\nThe envoy said hello there.\n"})
    (tmp_path / "outer.zip").write_bytes(make_zip({
        "nested.zip": inner,
        "__MACOSX/._x.txt": b"\x00\x05\x16\x07",
        "C:/windows/evil.txt": b"The envoy said drive letters.",
        "docs\\..\\..\\evil.txt": b"The envoy said backslashes.",
        "ok.txt": b"Fine\n\nThe envoy said the archive was fine.\n",
    }))
    (tmp_path / "broken.zip").write_bytes(b"PK\x03\x04 definitely not a zip")
    (tmp_path / "text.zip").write_bytes(b"just text")
    corpus = load_corpus(tmp_path)
    kinds = {i.path: i.kind for i in corpus.issues}
    assert kinds == {
        "broken.zip": "unreadable",
        "outer.zip/C:/windows/evil.txt": "unsafe path",
        "outer.zip/docs\\..\\..\\evil.txt": "unsafe path",
        "outer.zip/nested.zip": "unsupported",
        "text.zip": "wrong format",
    }
    assert [d.doc_id for d in corpus.documents] == ["outer.zip/ok.txt"]


def test_pdf_docx_and_parquet_are_read(tmp_path):
    (tmp_path / "readout.pdf").write_bytes(tiny_pdf(
        ["Readout of the call", "The Minister said that the talks were useful."]))
    (tmp_path / "note.docx").write_bytes(tiny_docx(
        ["Meeting note", "The Ambassador said that trade would grow."]))
    pd.DataFrame({"body_text": ["The spokesperson said the visit was a success."],
                  "headline": ["Visit"], "published": ["2024-05-01"]}).to_parquet(
        tmp_path / "table.parquet")
    (tmp_path / "scan.pdf").write_bytes(tiny_pdf([]))
    (tmp_path / "broken.pdf").write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog >>\ngarbage")
    corpus = load_corpus(tmp_path, columns=ColumnMap(text="body_text"))
    docs = {d.doc_id: d for d in corpus.documents}
    assert "The Minister said that the talks were useful." in docs["readout.pdf"].text
    assert docs["note.docx"].title == "Meeting note"
    assert docs["note.docx"].text == "The Ambassador said that trade would grow."
    table = docs["table.parquet#1"]
    assert (table.title, table.date) == ("Visit", "2024-05-01")
    kinds = {i.path: i.kind for i in corpus.issues}
    assert kinds["scan.pdf"] == "empty" and "OCR" in next(
        i.reason for i in corpus.issues if i.path == "scan.pdf")
    assert kinds["broken.pdf"] in {"unreadable", "empty"}


# ------------------------------------------------------------------ encodings


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be",
                                      "cp1252", "latin-1"])
def test_western_text_in_any_usual_encoding(encoding):
    text = ("Le ministre a déclaré à Genève que la coopération économique était "
            "« essentielle » pour l'avenir des deux pays.")
    assert read_text_bytes(text.encode(encoding)) == text


def test_gb18030_and_cyrillic_are_detected():
    chinese = "中国外交部长王毅表示，中韩两国应当加强合作，共同维护地区和平稳定。双方同意继续保持沟通。"
    assert read_text_bytes(chinese.encode("gb18030")) == chinese
    russian = ("Министр иностранных дел заявил, что переговоры прошли конструктивно "
               "и стороны договорились продолжить диалог.")
    assert read_text_bytes(russian.encode("cp1251")) == russian


def test_binary_bytes_raise():
    with pytest.raises(ValueError, match="binary"):
        read_text_bytes(b"abc\x00\x01\x02\x03" * 100)


def test_html_declared_charset_is_used(tmp_path):
    page = ('<html><head><meta charset="windows-1252"><title>Café</title></head><body>'
            "<p>Le ministre a salué l’accord à Genève.</p></body></html>").encode("cp1252")
    (tmp_path / "page.html").write_bytes(page)
    (doc,) = load_corpus(tmp_path).documents
    assert doc.text == "Le ministre a salué l’accord à Genève."


# ------------------------------------------------------------------ tables


def test_columns_are_mapped_by_name_case_insensitively(tmp_path):
    (tmp_path / "export.csv").write_text(
        "Body Text;Headline;When;Who;Outlet\n"
        "The envoy said the talks were useful.;Talks;02/03/2024;Anna Berg;Wire\n",
        encoding="utf-8")
    with pytest.raises(CorpusError, match="no text column"):
        load_corpus(tmp_path)
    corpus = load_corpus(tmp_path, columns=ColumnMap(text="body text", title="Headline",
                                                     date="When", speaker="Who", source="Outlet"))
    (doc,) = corpus.documents
    assert (doc.text, doc.title, doc.date, doc.speaker, doc.source) == (
        "The envoy said the talks were useful.", "Talks", "2024-03-02", "Anna Berg", "Wire")
    assert table_columns("export.csv", (tmp_path / "export.csv").read_bytes()) == [
        "Body Text", "Headline", "When", "Who", "Outlet"]


def test_jsonl_rows_empty_rows_and_json_arrays(tmp_path):
    rows = [{"content": "The envoy said yes.", "id": "a"}, {"content": "", "id": "b"},
            {"content": "The envoy said no.", "id": "c"}]
    (tmp_path / "rows.jsonl").write_text("\n".join(json.dumps(r) for r in rows))
    (tmp_path / "array.jsonl").write_text(json.dumps([{"text": "The envoy said maybe."}]))
    corpus = load_corpus(tmp_path)
    assert sorted(d.doc_id for d in corpus.documents) == ["a", "array.jsonl#1", "c"]
    (issue,) = corpus.issues
    assert issue.path == "rows.jsonl#rows 2" and issue.kind == "empty"
    assert corpus.report().set_index("path").loc["rows.jsonl", "documents"] == 2


# ------------------------------------------------------------------ text shape


def test_a_first_sentence_is_not_taken_for_a_title(tmp_path):
    (tmp_path / "speech.txt").write_text(
        "I am once again privileged to address the General Assembly on behalf of my country.\n\n"
        "We meet at a difficult time.\n", encoding="utf-8")
    (tmp_path / "news.txt").write_text(
        "Celebrities get their skates on\n\nFormer footballers will join the show.\n")
    (tmp_path / "question.txt").write_text(
        "Could the deal be a blessing in disguise?\n\nAnalysts said it might.\n")
    docs = {d.doc_id: d for d in load_corpus(tmp_path).documents}
    assert docs["speech.txt"].title == "speech"
    assert docs["speech.txt"].text.startswith("I am once again privileged")
    assert docs["news.txt"].title == "Celebrities get their skates on"
    assert docs["question.txt"].title == "Could the deal be a blessing in disguise?"


def test_a_sentence_cut_by_a_blank_line_is_rejoined(tmp_path):
    (tmp_path / "speech.txt").write_text(
        "Opening\n\nIt is often said that things come in threes. Indeed, this is\n\n"
        "the third time that I address the Assembly.\n\nNext paragraph.\n")
    (doc,) = load_corpus(tmp_path).documents
    assert doc.text.split("\n\n") == [
        "It is often said that things come in threes. Indeed, this is the third time that I "
        "address the Assembly.", "Next paragraph."]


# ------------------------------------------------------------------ identity


def test_fingerprint_and_digest_follow_content_not_location(tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    for folder in (a, b):
        folder.mkdir()
        (folder / "one.txt").write_text("One\n\nThe envoy said one thing.\n")
    assert load_corpus(a).fingerprint == load_corpus(b).fingerprint
    assert source_digest(a) == source_digest(b)
    assert source_digest(a) != source_digest(a, columns=ColumnMap(text="body"))
    assert source_digest(a) != source_digest(a, limits=LoadLimits(max_files=5))
    (b / "one.txt").write_text("One\n\nThe envoy said another thing.\n")
    assert load_corpus(a).fingerprint != load_corpus(b).fingerprint
    assert source_digest(a) != source_digest(b)
    files = [("x.txt", b"The envoy said one thing.")]
    assert uploads_digest(files) == uploads_digest(list(files))
    assert uploads_digest(files) != uploads_digest([("x.txt", b"The envoy said two things.")])


def test_long_paragraph_limit_leaves_real_corpora_alone():
    assert MAX_PARAGRAPH_CHARS >= 30_000  # the longest paragraph of the UN speeches is 27,061


@pytest.mark.shared
def test_real_corpora_load_cleanly(datasets):
    readouts = load_corpus(datasets / "wh-briefings" / "readouts")
    assert len(readouts.documents) >= 1400
    assert {i.kind for i in readouts.issues} <= {"duplicate"}
    speeches = load_corpus(datasets / "ungdc" / "speeches")
    assert len(speeches.documents) == 2520 and not speeches.issues
    # A speech's first sentence is never taken for its title.
    sentence_titles = [d.doc_id for d in speeches.documents if d.title.endswith(".")]
    assert sentence_titles == []


def test_a_metadata_table_gives_the_speakers_of_the_files(tmp_path):
    from analysis import load_corpus

    (tmp_path / "speeches").mkdir()
    (tmp_path / "speeches" / "a.txt").write_text("Peace matters.\n\nWe must act together now.", encoding="utf-8")
    (tmp_path / "speeches" / "b.txt").write_text("Trade matters.\n\nOur markets stay open.", encoding="utf-8")
    (tmp_path / "index.csv").write_text(
        "path,speaker_name,country,date\nspeeches/a.txt,Ana Lopes,Portugal,2023-09-20\n", encoding="utf-8")
    corpus = load_corpus(tmp_path)
    docs = {d.path: d for d in corpus.documents}
    assert docs["speeches/a.txt"].speaker == "Ana Lopes"
    assert docs["speeches/a.txt"].source == "Portugal"
    assert docs["speeches/a.txt"].date == "2023-09-20"
    assert docs["speeches/b.txt"].speaker == ""
    report = corpus.report().set_index("path")
    assert "metadata table" in report.loc["index.csv", "reason"]
    assert "1 document" in report.loc["index.csv", "reason"]


def test_datelines_with_and_without_agency_leave_the_text(tmp_path):
    from analysis import load_corpus

    (tmp_path / "a.txt").write_text("Norway and Sweden agree\n\nOSLO, Jan. 10 -- Norway said it would expand trade.",
                                    encoding="utf-8")
    (tmp_path / "b.txt").write_text("Title\n\nWASHINGTON (AP) — The president spoke.", encoding="utf-8")
    docs = {d.doc_id: d for d in load_corpus(tmp_path).documents}
    a, b = docs["a.txt"], docs["b.txt"]
    assert a.place == "OSLO" and a.text[a.body_start:].startswith("Norway said")
    assert b.place == "WASHINGTON" and b.source == "AP" and b.text[b.body_start:].startswith("The president")


def test_reading_in_worker_processes_gives_the_same_corpus_and_report(monkeypatch, tmp_path):
    import shutil

    import analysis.corpus as corpus_module

    # The bad-files folder without its zip (a folder with a zip is read in order, in-process).
    folder = tmp_path / "bad"
    shutil.copytree(Path(__file__).resolve().parents[1] / "fixtures" / "bad", folder,
                    ignore=shutil.ignore_patterns("*.zip"))
    calls = []
    real_pool = corpus_module.ProcessPoolExecutor

    def counting_pool(*args, **kwargs):
        calls.append(1)
        return real_pool(*args, **kwargs)

    monkeypatch.setattr(corpus_module, "ProcessPoolExecutor", counting_pool)
    one = load_corpus(folder)
    assert not calls  # a small folder: read in this process
    monkeypatch.setattr(corpus_module, "_PARALLEL_FILES", 1)
    monkeypatch.setattr(corpus_module, "_PARALLEL_BYTES", 0)
    many = load_corpus(folder)
    assert calls  # read by worker processes
    assert [(d.doc_id, d.text, d.title, d.speaker) for d in many.documents] == \
        [(d.doc_id, d.text, d.title, d.speaker) for d in one.documents]
    pd.testing.assert_frame_equal(many.report(), one.report())
