import json

import pandas as pd

from analysis.cli import main
from tests.conftest import SEEDS


def test_export_applies_a_codebook(tmp_path, capsys):
    book = tmp_path / "codebook.yaml"
    book.write_text("Trade:\n  words: [trade]\n  phrases: [supply chains]\nPeninsula:\n  phrases: [Korean Peninsula]\n",
                    encoding="utf-8")
    out = tmp_path / "out"
    assert main(["export", str(SEEDS), "--out", str(out), "--codebook", str(book), "--no-cache"]) == 0
    matches = pd.read_csv(out / "codebook.csv", encoding="utf-8-sig")
    assert set(matches["code"]) == {"Trade", "Peninsula"}
    peninsula = matches[matches["code"] == "Peninsula"]
    assert peninsula["reason"].str.contains("Korean Peninsula", case=False).all()
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["codebook"] == {"file": "codebook.yaml", "matches": len(matches)}


def test_missing_codebook_is_a_one_line_error(tmp_path, capsys):
    assert main(["export", str(SEEDS), "--out", str(tmp_path / "o"), "--codebook", str(tmp_path / "no.yaml")]) == 2
    err = capsys.readouterr().err
    assert "no.yaml" in err and "Traceback" not in err
    assert not (tmp_path / "o").exists()
