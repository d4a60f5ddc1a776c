"""`python -m analysis export` on a messy folder: exit 0, every unusable file named with
its reason, good text intact, no traceback, the folder byte-for-byte unchanged."""

from __future__ import annotations

import base64
import hashlib
import json
import os
import random
import shutil
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from analysis.cli import main

ROOT = Path(__file__).resolve().parents[2]
BAD = ROOT / "tests" / "fixtures" / "bad"

UNUSABLE = {  # file -> words its line on stderr must hold
    "binary.txt": "binary",
    "empty.txt": "empty",
    "whitespace-only.txt": "whitespace",
    "fake.pdf": "not a PDF",
    "not-a-word-file.docx": "not a Word",
    "really-a-pdf.txt": "PDF",
    "picture.png": "unsupported",
    "no-text-column.csv": "no text column",
    "unclosed-quote.csv": "malformed CSV",
    "malformed.csv#lines 3": "wrong number of fields",
    "malformed.jsonl#lines 2, 3": "not JSON",
    "unsafe-members.zip/../escape.txt": "unsafe path",
    "unsafe-members.zip//etc/absolute.txt": "unsafe path",
    "good.txt": "duplicate",
    "one-line-5mb.txt": "without a space",
}


def tree_hashes(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): (hashlib.sha256(p.read_bytes()).hexdigest()
                                               if p.is_file() else "dir")
            for p in sorted(folder.rglob("*"))}


@pytest.fixture(scope="module")
def messy(tmp_path_factory) -> Path:
    """The bad fixtures plus a 5 MB single line (encoded data), made here, not committed."""
    folder = tmp_path_factory.mktemp("messy") / "corpus"
    shutil.copytree(BAD, folder)
    blob = base64.b64encode(random.Random(7).randbytes(3_750_000))
    (folder / "one-line-5mb.txt").write_bytes(blob)
    assert len(blob) == 5_000_000
    return folder


def run_cli(*args: str, cache: Path, cwd: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "COMMUNIQUE_CACHE": str(cache)}
    return subprocess.run([sys.executable, "-m", "analysis", *args], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=600)


def test_export_on_a_messy_folder(messy: Path, tmp_path: Path):
    before = tree_hashes(messy)
    out = tmp_path / "out"
    done = run_cli("export", str(messy), "--out", str(out), cache=tmp_path / "cache",
                   cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr + done.stdout
    lines = done.stderr.splitlines()
    for name, words in UNUSABLE.items():
        line = next((ln for ln in lines if ln.startswith(f"skipped {name}: ")), None)
        assert line is not None, f"{name} is not named on stderr:\n{done.stderr}"
        assert words.lower() in line.lower(), line
    assert "Load report: 9 file(s) loaded (9 documents)" in done.stderr
    assert tree_hashes(messy) == before, "the corpus folder must stay byte-for-byte the same"

    statements = pd.read_csv(out / "statements.csv", encoding="utf-8-sig", keep_default_na=False)
    said = "\n".join(statements["text"])
    for good in ("Le ministre des Affaires étrangères a déclaré que les négociations étaient "
                 "« très utiles »",
                 "Minister Zoë Ångström said that the Łódź agreement was “a milestone” for both sides.",
                 "She added that the next round would take place in São Paulo.",
                 "中国外交部长王毅表示，中韩两国应当加强合作，共同维护地区和平稳定。",
                 "They said that freedom of navigation must be upheld."):
        assert good in said, good
    assert "alert" not in said and "INJECTED" not in said
    report = pd.read_csv(out / "load_report.csv", encoding="utf-8-sig", keep_default_na=False)
    assert set(UNUSABLE) <= set(report["path"])
    assert (report.loc[report["status"] == "skipped", "reason"] != "").all()
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["rows"]["documents"] == 9

    # A second run reopens the stored analysis: same files, no analysis stage.
    again = run_cli("export", str(messy), "--out", str(tmp_path / "out2"),
                    cache=tmp_path / "cache", cwd=tmp_path)
    assert again.returncode == 0, again.stderr
    assert "Reading the cache" in again.stderr and "Attributing speakers" not in again.stderr
    for name in ("statements.csv", "documents.csv", "load_report.csv"):
        assert (tmp_path / "out2" / name).read_bytes() == (out / name).read_bytes()
    assert tree_hashes(messy) == before


def test_nothing_usable_is_one_line_and_non_zero(tmp_path: Path):
    folder = tmp_path / "junk"
    folder.mkdir()
    for name in ("empty.txt", "binary.txt", "fake.pdf", "no-text-column.csv"):
        shutil.copy(BAD / name, folder / name)
    done = run_cli("export", str(folder), "--out", str(tmp_path / "out"),
                   cache=tmp_path / "cache", cwd=tmp_path)
    assert done.returncode == 2
    assert "Traceback" not in done.stderr
    lines = [ln for ln in done.stderr.splitlines() if ln.strip()]
    line = lines[-1]  # before it, at most the progress stages
    assert [ln for ln in lines if ln.startswith("error")] == [line]
    assert all(ln.endswith(" s)") for ln in lines[:-1]), lines
    assert line.startswith("error: No usable documents among 4 file(s)")
    assert "binary.txt: binary content" in line
    assert not (tmp_path / "out").exists()


def test_missing_path_and_bad_options_are_one_line(tmp_path: Path, capsys):
    assert main(["export", str(tmp_path / "nope"), "--out", str(tmp_path / "o")]) == 2
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and "no such file or folder" in err
    with pytest.raises(SystemExit) as stop:
        main(["export", str(BAD), "--out", str(tmp_path / "o"), "--max-file-mb", "-3"])
    assert stop.value.code == 2
    assert "must be a number above 0" in capsys.readouterr().err


def test_out_inside_the_corpus_is_refused(tmp_path: Path, capsys, monkeypatch):
    monkeypatch.setenv("COMMUNIQUE_CACHE", str(tmp_path / "cache"))
    folder = tmp_path / "corpus"
    shutil.copytree(BAD, folder)
    before = tree_hashes(folder)
    assert main(["export", str(folder), "--out", str(folder / "exports")]) == 2
    assert "inside the corpus folder" in capsys.readouterr().err
    assert tree_hashes(folder) == before


def test_column_mapping_and_limits_from_flags(tmp_path: Path, capsys, monkeypatch):
    monkeypatch.setenv("COMMUNIQUE_CACHE", str(tmp_path / "cache"))
    folder = tmp_path / "tables"
    folder.mkdir()
    pd.DataFrame({"Remarks": ["Minister Anna Berg said the timber trade would grow.",
                           "Minister Carl Holm said the rail link was agreed."],
                  "Headline": ["Timber", "Rail"], "Day": ["2024-01-10", "2024-01-11"],
                  "Who": ["Anna Berg", "Carl Holm"]}).to_csv(folder / "export.csv", index=False)
    assert main(["export", str(folder), "--out", str(tmp_path / "a")]) == 2
    assert "no text column" in capsys.readouterr().err
    code = main(["export", str(folder), "--out", str(tmp_path / "b"), "--text-column", "Remarks",
                 "--title-column", "Headline", "--date-column", "Day",
                 "--speaker-column", "Who"])
    assert code == 0, capsys.readouterr().err
    docs = pd.read_csv(tmp_path / "b" / "documents.csv", encoding="utf-8-sig")
    assert docs["title"].tolist() == ["Timber", "Rail"]
    assert docs["speaker"].tolist() == ["Anna Berg", "Carl Holm"]
    assert docs["date"].astype(str).str[:10].tolist() == ["2024-01-10", "2024-01-11"]
    capsys.readouterr()
    code = main(["export", str(BAD), "--out", str(tmp_path / "c"), "--max-file-mb", "0.0002",
                 "--no-cache"])
    err = capsys.readouterr().err
    assert code == 0, err
    assert "skipped windows-1252.txt: too large" in err
    assert "skipped good.txt: too large" not in err  # 161 bytes: under the limit


def test_no_cache_stores_nothing(tmp_path: Path, capsys, monkeypatch):
    monkeypatch.setenv("COMMUNIQUE_CACHE", str(tmp_path / "cache"))
    assert main(["export", str(ROOT / "seeds"), "--out", str(tmp_path / "o"), "--no-cache"]) == 0
    assert not (tmp_path / "cache").exists()
    assert main(["export", str(ROOT / "seeds"), "--out", str(tmp_path / "p"),
                 "--cache-dir", str(tmp_path / "elsewhere")]) == 0
    assert any((tmp_path / "elsewhere" / "analyses").iterdir())


def test_progress_bar_redraws_on_a_terminal_and_logs_stages_elsewhere():
    import io

    from analysis.cli import _ProgressBar

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    tty = Terminal()
    bar = _ProgressBar(tty)
    for stage, f in [("Attributing speakers", 0.0), ("Attributing speakers", 0.5),
                     ("Counting terms", 0.0), ("Done", 1.0)]:
        bar(stage, f)
    out = tty.getvalue()
    assert out.count("\r[") == 4 and "[############............]  50% Attributing speakers" in out
    assert out.endswith("\n") and out.count("\n") == 1
    log = io.StringIO()
    bar = _ProgressBar(log)
    for stage, f in [("Attributing speakers", 0.0), ("Attributing speakers", 0.5), ("Done", 1.0)]:
        bar(stage, f)
    lines = log.getvalue().splitlines()
    assert [ln.split(" ...")[0] for ln in lines] == ["Attributing speakers", "Done"]
    interrupted = Terminal()
    bar = _ProgressBar(interrupted)
    bar("Counting terms", 0.3)
    bar.close()
    assert interrupted.getvalue().endswith("\r" + " " * 72 + "\r")
