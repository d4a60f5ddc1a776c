#!/usr/bin/env python3
"""Make (or reuse) the project's virtual environment, then run the dashboard or the tests.

    python3 .ci/bootstrap.py run [streamlit args]   # dashboard on seeds/ at http://127.0.0.1:8501
    python3 .ci/bootstrap.py test [pytest args]     # the whole test suite

Needs only Python 3.11+. The environment lives in .venv/ and is reinstalled when
pyproject.toml changes. On Debian without the python3-venv package (no ensurepip),
pip is fetched from PyPI into the new environment.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import urllib.request
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = Path(os.environ.get("COMMUNIQUE_VENV", ROOT / ".venv"))
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PY = BIN / ("python.exe" if os.name == "nt" else "python")
STAMP = VENV / ".communique-installed"


def _say(msg: str) -> None:
    print(f"[communique] {msg}", flush=True)


def _fetch_pip() -> None:
    """Install pip into a venv created without it (Debian without python3-venv)."""
    with urllib.request.urlopen("https://pypi.org/pypi/pip/json", timeout=60) as resp:
        info = json.load(resp)
    wheel = next(u for u in info["urls"] if u["filename"].endswith(".whl"))
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / wheel["filename"]
        with urllib.request.urlopen(wheel["url"], timeout=120) as resp:
            data = resp.read()
        if hashlib.sha256(data).hexdigest() != wheel["digests"]["sha256"]:
            raise SystemExit("pip download did not match its published checksum; try again.")
        path.write_bytes(data)
        subprocess.check_call([str(PY), str(path / "pip"), "install", "--quiet", str(path)])


def ensure_env(extras: str) -> None:
    if sys.version_info < (3, 11):
        raise SystemExit(f"Communiqué needs Python 3.11 or newer; this is {sys.version.split()[0]}.")
    if not PY.exists():
        _say(f"creating the virtual environment in {VENV}")
        try:
            venv.EnvBuilder(with_pip=True, clear=True).create(VENV)
        except (subprocess.CalledProcessError, OSError):
            shutil.rmtree(VENV, ignore_errors=True)
            venv.EnvBuilder(with_pip=False, clear=True).create(VENV)
            _say("this Python has no ensurepip; fetching pip from PyPI")
            _fetch_pip()
    wanted = hashlib.sha256((ROOT / "pyproject.toml").read_bytes() + extras.encode()).hexdigest()
    if STAMP.exists() and STAMP.read_text().strip() == wanted:
        return
    _say("installing Communiqué and its dependencies (first run only)")
    subprocess.check_call([str(PY), "-m", "pip", "install", "--quiet", "--upgrade", "pip"])
    subprocess.check_call([str(PY), "-m", "pip", "install", "--quiet", "-e", f"{ROOT}[{extras}]"
                           if extras else str(ROOT)])
    STAMP.write_text(wanted + "\n")


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in {"run", "test"}:
        print(__doc__)
        return 2
    command, rest = argv[0], argv[1:]
    ensure_env("test")
    os.chdir(ROOT)
    if command == "run":
        _say("starting the dashboard on seeds/ at http://127.0.0.1:8501 (Ctrl+C stops it)")
        args = [str(PY), "-m", "streamlit", "run", "dashboard.py", *rest]
    else:
        args = [str(PY), "-m", "pytest", *rest]
    return subprocess.call(args)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
