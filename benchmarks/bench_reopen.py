"""Cold analysis vs. warm reopening of real corpora, in the library, the dashboard and
the browser.

For each corpus (../shared/datasets/wh-briefings/readouts, 1,412 readouts, and
../shared/datasets/ungdc/speeches, 2,520 UN speeches), with an empty cache folder:

1. cold: ``open_cached`` = load every file + analyse + store (by stage);
2. warm, library: ``open_cached`` again in a new Python process (imports excluded,
   then included): the bytes are hashed, nothing is parsed or analysed;
3. warm, dashboard: the Overview run by Streamlit's AppTest in a new process (empty
   ``st.cache_data``), then a rerun in the same process (what a click costs);
4. warm, browser (when /usr/bin/chromium exists): a fresh ``streamlit run`` server on
   127.0.0.1, Chromium opens the page; time from navigation until the Overview's
   metrics and table are drawn;
5. the size of the stored analysis, and what ``st.cache_data`` pays per rerun to hand
   out a copy (a pickle round trip in memory, of our own objects).

The code is copied to a temporary snapshot first and every step runs from it, so that
edits made to the checkout while the benchmark runs cannot invalidate the cache (it is
keyed by the analysis code) between the cold and the warm runs.

Run: ``.venv/bin/python benchmarks/bench_reopen.py [--only readouts|ungdc]``.
Prints one line per figure; needs ../shared/datasets (exits 0 with a note otherwise).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATASETS = ROOT.parent / "shared" / "datasets"
CORPORA = {
    "readouts": DATASETS / "wh-briefings" / "readouts",
    "ungdc": DATASETS / "ungdc" / "speeches",
}
PY = sys.executable


def snapshot() -> Path:
    """A copy of the code (analysis, ui, pages, dashboard.py, settings, seeds)."""
    folder = Path(tempfile.mkdtemp(prefix="bench-reopen-code-"))
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    for name in ("analysis", "ui", "pages", "seeds", ".streamlit"):
        shutil.copytree(ROOT / name, folder / name, ignore=ignore)
    shutil.copy2(ROOT / "dashboard.py", folder / "dashboard.py")
    return folder


CODE = ROOT  # replaced by the snapshot in main()


def run_py(code: str, env: dict) -> dict:
    """Run ``code`` in a new interpreter; it prints one JSON line as its last line."""
    done = subprocess.run([PY, "-c", code], cwd=CODE, env=env, capture_output=True, text=True,
                          timeout=3600)
    if done.returncode != 0:
        raise RuntimeError(done.stderr[-3000:])
    return json.loads(done.stdout.strip().splitlines()[-1])


COLD = """
import json, time
t0 = time.perf_counter()
from analysis.cache import open_cached
t1 = time.perf_counter()
marks = []
a = open_cached({path!r}, progress=lambda s, f: marks.append((s, time.perf_counter())))
t2 = time.perf_counter()
stages, last = {{}}, t1
for (s, t), nxt in zip(marks, marks[1:] + [("end", t2)]):
    stages[s] = stages.get(s, 0) + nxt[1] - t
print(json.dumps({{"import": t1 - t0, "total": t2 - t1, "stages": stages,
                  "docs": len(a.documents), "statements": len(a.statements),
                  "skipped": int((a.issues["status"] == "skipped").sum())}}))
"""

WARM = """
import json, time, pickle
t0 = time.perf_counter()
from analysis.cache import open_cached
from analysis.corpus import source_digest
t1 = time.perf_counter()
stages = []
a = open_cached({path!r}, progress=lambda s, f: stages.append(s))
t2 = time.perf_counter()
source_digest({path!r})
t3 = time.perf_counter()
blob = pickle.dumps(a, protocol=pickle.HIGHEST_PROTOCOL)
t4 = time.perf_counter()
pickle.loads(blob)
t5 = time.perf_counter()
print(json.dumps({{"import": t1 - t0, "reopen": t2 - t1, "digest": t3 - t2,
                  "copy": t5 - t3,
                  "copy_mb": len(blob) / 1e6, "docs": len(a.documents),
                  "analysed": "Attributing speakers" in stages}}))
"""

APPTEST = """
import json, time
t = time.perf_counter()
from streamlit.testing.v1 import AppTest
import analysis, analysis.charts, ui, plotly.graph_objects  # what a running server has
imports = time.perf_counter() - t
import ui.data
spent = []
original = ui.data.analysis_for
def timed(*args, **kwargs):
    t = time.perf_counter()
    try:
        return original(*args, **kwargs)
    finally:
        spent.append(time.perf_counter() - t)
ui.data.analysis_for = timed
at = AppTest.from_file({main!r}, default_timeout=600)
t0 = time.perf_counter(); at.run(); t1 = time.perf_counter()
assert not at.exception, [e.message for e in at.exception]
docs = [m.value for m in at.metric if m.label == "Documents"]
opened = sum(spent)
at.run(); t2 = time.perf_counter()
print(json.dumps({{"first": t1 - t0, "rerun": t2 - t1, "documents": docs, "imports": imports,
                  "opened": opened, "opened_rerun": sum(spent) - opened}}))
"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def chromium(p):
    return p.chromium.launch(
        executable_path="/usr/bin/chromium",
        args=["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
              "--disable-component-update", "--disable-sync", "--no-first-run"])


def wait_for_server(page, port: int) -> None:
    deadline = time.time() + 120
    while True:
        try:
            page.goto(f"http://127.0.0.1:{port}/_stcore/health", timeout=2000)
            return
        except Exception:  # noqa: BLE001 - not up yet
            if time.time() > deadline:
                raise
            time.sleep(0.3)


def overview_drawn(page, n_docs: int | None = None) -> None:
    """Wait until the Overview shows the corpus' document count, a chart and a table."""
    metric = page.locator('[data-testid="stMetricValue"]')
    if n_docs is not None:
        metric = metric.filter(has_text=re.compile(rf"^{n_docs:,}$"))
    metric.first.wait_for(timeout=900_000)
    page.wait_for_selector('[data-testid="stDataFrame"]', timeout=900_000)
    page.wait_for_selector(".js-plotly-plot", timeout=900_000)


def browser_open(path: Path, env: dict, n_docs: int) -> dict | None:
    """Two ways of reopening the analysed corpus in Chromium:

    * ``fresh``: a new server started on the corpus; time from the first navigation to
      the drawn Overview (Python imports of the first session included);
    * ``data_page``: on a running server (started on the seeds, imports done), a new
      browser session types the folder on the Data page and opens it: time until the
      load report is drawn, then until the Overview is drawn after clicking it.
    """
    if not Path("/usr/bin/chromium").exists():
        return None
    from playwright.sync_api import sync_playwright

    figures = {}
    for mode in ("fresh", "data_page"):
        port = free_port()
        corpus = path if mode == "fresh" else CODE / "seeds"
        server = subprocess.Popen(
            [PY, "-m", "streamlit", "run", str(CODE / "dashboard.py"), "--server.port", str(port),
             "--server.address", "127.0.0.1", "--server.headless", "true", "--",
             "--corpus", str(corpus)],
            cwd=CODE, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            with sync_playwright() as p:
                browser = chromium(p)
                page = browser.new_page(viewport={"width": 1400, "height": 900})
                wait_for_server(page, port)
                if mode == "fresh":
                    t0 = time.perf_counter()
                    page.goto(f"http://127.0.0.1:{port}/", wait_until="commit")
                    overview_drawn(page, n_docs)
                    figures["fresh"] = time.perf_counter() - t0
                else:
                    page.goto(f"http://127.0.0.1:{port}/", wait_until="commit")
                    overview_drawn(page)  # the server has imported everything
                    page = browser.new_page(viewport={"width": 1400, "height": 900})
                    page.goto(f"http://127.0.0.1:{port}/Data", wait_until="commit")
                    page.wait_for_selector('[data-testid="stDataFrame"]', timeout=600_000)
                    field = page.get_by_label("Folder or file on this computer")
                    field.fill(str(path))
                    field.press("Enter")
                    t0 = time.perf_counter()
                    page.get_by_role("button", name="Open folder").click()
                    page.locator('[data-testid="stCode"]').filter(
                        has_text=str(path.resolve())).wait_for(timeout=600_000)
                    # the new corpus' report line (stale elements of the last run do not count)
                    page.get_by_text(re.compile(rf"^{n_docs:,} documents from")).wait_for(
                        timeout=600_000)
                    page.wait_for_selector('[data-testid="stDataFrame"]', timeout=600_000)
                    figures["data_page"] = time.perf_counter() - t0
                    t1 = time.perf_counter()
                    page.get_by_role("link", name="dashboard").first.click()
                    overview_drawn(page, n_docs)
                    figures["overview_after"] = time.perf_counter() - t1
                browser.close()
        finally:
            server.terminate()
            server.wait(timeout=30)
    return figures


def bench(name: str, path: Path) -> None:
    store = Path(tempfile.mkdtemp(prefix=f"bench-reopen-{name}-"))
    env = {**os.environ, "COMMUNIQUE_CACHE": str(store), "PYTHONPATH": str(CODE),
           "COMMUNIQUE_CORPUS": str(path)}
    try:
        n_files = sum(1 for p in path.rglob("*") if p.is_file())
        print(f"{name}: {path} ({n_files:,} files, "
              f"{sum(p.stat().st_size for p in path.rglob('*') if p.is_file()) / 1e6:.1f} MB)")
        cold = run_py(COLD.format(path=str(path)), env)
        stages = ", ".join(f"{s} {t:.1f} s" for s, t in cold["stages"].items() if t >= 0.05)
        print(f"  cold: analysed and stored in {cold['total']:.1f} s "
              f"({cold['docs']:,} documents, {cold['statements']:,} statements, "
              f"{cold['skipped']} skipped; {stages})")
        size = sum(p.stat().st_size for p in store.rglob("*") if p.is_file())
        print(f"  stored analysis: {size / 1e6:.1f} MB in {store}")
        warm = run_py(WARM.format(path=str(path)), env)
        if warm["analysed"]:
            print("  NOTE: the analysis code changed between the runs (the cache is keyed by it); "
                  "the warm figures below are not reopenings. Run again on a quiet checkout.")
        print(f"  warm, library (new process): reopened in {warm['reopen']:.2f} s "
              f"(of which hashing the files {warm['digest']:.2f} s); with imports "
              f"{warm['reopen'] + warm['import']:.2f} s")
        print(f"  st.cache_data copy per rerun (pickle round trip of {warm['copy_mb']:.0f} MB): "
              f"{warm['copy']:.2f} s")
        entries = len(list((store / "analyses").iterdir()))
        dash = run_py(APPTEST.format(main=str(CODE / "dashboard.py")), env)
        if len(list((store / "analyses").iterdir())) != entries:
            print("  NOTE: the dashboard analysed again (code changed during the run).")
        print(f"  warm, dashboard (AppTest, new process, imports done in {dash['imports']:.1f} s): "
              f"Overview run in {dash['first']:.2f} s, of which opening the analysis "
              f"{dash['opened']:.2f} s; a rerun {dash['rerun']:.2f} s (opening "
              f"{dash['opened_rerun']:.3f} s); Documents metric {dash['documents']}")
        shown = browser_open(path, env, cold["docs"])
        if shown is None:
            print("  warm, browser: skipped (no /usr/bin/chromium)")
        else:
            print(f"  warm, browser, fresh server on the corpus: Overview shown "
                  f"{shown['fresh']:.2f} s after the first navigation (imports included)")
            print(f"  warm, browser, running server, folder opened on the Data page: load "
                  f"report shown in {shown['data_page']:.2f} s, then the Overview in "
                  f"{shown['overview_after']:.2f} s")
    finally:
        shutil.rmtree(store, ignore_errors=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", choices=sorted(CORPORA), default=None)
    args = parser.parse_args()
    if not DATASETS.is_dir():
        print(f"skipped: {DATASETS} is absent")
        return 0
    global CODE
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"machine: {os.cpu_count()} cores, load average {load:.1f} at the start; "
          f"python {sys.version.split()[0]}")
    CODE = snapshot()
    try:
        for name, path in CORPORA.items():
            if args.only in (None, name):
                bench(name, path)
    finally:
        shutil.rmtree(CODE, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
