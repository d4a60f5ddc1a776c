import io
import json

import pandas as pd

from analysis.export import neutralise_formulas, safe_csv, write_frames


def test_formulas_are_neutralised_and_other_cells_kept():
    frame = pd.DataFrame({"text": ["=HYPERLINK(\"x\")", "+1", "-2", "@SUM(A1)", "\tx", "plain", "a=b"],
                          "n": range(7)})
    out = neutralise_formulas(frame)
    assert out["text"].tolist() == ["'=HYPERLINK(\"x\")", "'+1", "'-2", "'@SUM(A1)", "'\tx", "plain", "a=b"]
    assert out["n"].tolist() == list(range(7))
    assert frame["text"][0].startswith("=")  # the input is not modified
    back = pd.read_csv(io.BytesIO(safe_csv(frame)), encoding="utf-8-sig")
    assert back["text"][0] == "'=HYPERLINK(\"x\")"


def test_write_frames_csv_and_parquet(seed_analysis, tmp_path):
    for fmt in ("csv", "parquet"):
        paths = write_frames(seed_analysis, tmp_path / fmt, fmt=fmt)
        names = {p.name for p in paths}
        assert {f"{n}.{fmt}" for n in ("documents", "statements", "speakers", "terms", "themes")} <= names
        manifest = json.loads((tmp_path / fmt / "manifest.json").read_text())
        assert manifest["fingerprint"] == seed_analysis.fingerprint
        assert manifest["rows"]["statements"] == 17
    st = pd.read_csv(tmp_path / "csv" / "statements.csv", encoding="utf-8-sig")
    assert len(st) == 17 and st["speaker"].fillna("").value_counts()["Wang Yi"] == 10
    pq = pd.read_parquet(tmp_path / "parquet" / "statements.parquet")
    assert pq["text"].tolist() == seed_analysis.statements["text"].tolist()


def test_streamed_csv_matches_the_frame_across_chunks(tmp_path):
    from analysis.export import _write_csv

    frame = pd.DataFrame({
        "text": ["=cmd|' /C calc'!A0", "plain, with \"quotes\"\nand a line break", "-3", "ok"],
        "members": [None, None, "A; B", ""],
        "n": [1, 2, 3, 4],
        "share": [0.5, float("nan"), 1.25, 0.0],
        "date": pd.to_datetime(["2023-11-27", None, "2024-01-02", "2024-01-03"]),
    })
    path = tmp_path / "x.csv"
    _write_csv(frame, path, chunk=2)  # the first chunk has no members at all
    raw = path.read_bytes()
    assert raw.startswith("\ufeff".encode()) and raw.count("\ufeff".encode()) == 1
    back = pd.read_csv(path, encoding="utf-8-sig", keep_default_na=False)
    assert back["text"].tolist() == ["'=cmd|' /C calc'!A0", "plain, with \"quotes\"\nand a line break", "'-3", "ok"]
    assert back["members"].tolist() == ["", "", "A; B", ""]
    assert back["n"].tolist() == [1, 2, 3, 4]
    assert back["date"].tolist() == ["2023-11-27", "", "2024-01-02", "2024-01-03"]
    assert back["share"].tolist() == ["0.5", "", "1.25", "0"]
