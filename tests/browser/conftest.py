"""Fixtures for tests that drive the system Chromium against a live dashboard.

Every test here needs Python playwright and a Chromium at /usr/bin/chromium; without
either, the tests are skipped with the reason printed in pytest's summary (``-ra``).
Mark such tests with ``@pytest.mark.browser`` (or ``pytestmark = pytest.mark.browser``).

Fixtures (reuse them in any ``tests/browser/test_*.py``):

``app_server`` (session)
    ``streamlit run dashboard.py --server.port <free port> --server.headless true
    --server.fileWatcherType none``
    started from the repository root, so it reads the repository's
    ``.streamlit/config.toml`` and shows ``seeds/`` (``COMMUNIQUE_CORPUS`` is removed
    from its environment). An :class:`AppServer` with ``url``, ``log_path`` and
    ``log_mark()`` / ``tracebacks_since(mark)`` to find errors the server logged
    (the UI redacts them: ``client.showErrorDetails = "none"``). Stopped at the end.
``app_url`` (session)
    ``app_server.url``: the base URL, ``http://127.0.0.1:<port>`` without a slash.
``chromium`` (session)
    A playwright ``Browser`` on the system Chromium (headless, no sandbox, no GPU, no
    network chatter).
``browser_page`` (function)
    A fresh ``Page`` in its own context (so its own Streamlit session), 1400×900
    viewport; closed after the test.
``open_app`` (function)
    ``open_app("/Statements?speaker=Park%20Jin")`` opens that path on ``browser_page``,
    waits until the app has finished running (see ``wait_for_app``) and returns the
    page.
``wait_for_app`` (session)
    ``wait_for_app(page)`` waits until the script has run to the end, nothing on the
    page is stale and every Plotly chart has drawn. Call it after any click that
    reruns the app.
``streamlit_errors`` (session)
    ``streamlit_errors(page)`` lists the texts of exception and error elements shown.
``whole_page`` (session)
    ``with whole_page(page): ...`` makes the viewport as tall as the content for the
    block: Streamlit draws elements below the fold (tables!) only once scrolled to.
``full_screenshot`` (session)
    ``full_screenshot(page, path)`` saves the whole page, including what is below the
    fold of Streamlit's scrolling main area, then restores the viewport.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run",
]
VIEWPORT = {"width": 1400, "height": 900}
START_TIMEOUT_S = 90
RUN_TIMEOUT_MS = 90_000  # a script run; the server's first one analyses the corpus
ACTION_TIMEOUT_MS = 20_000  # a click, a locator

ERROR_SELECTOR = '[data-testid="stException"], [data-testid="stAlertContentError"]'


@dataclass
class AppServer:
    url: str
    log_path: Path
    process: subprocess.Popen

    def log(self) -> str:
        return self.log_path.read_text(encoding="utf-8", errors="replace")

    def log_mark(self) -> int:
        """Where the server log ends now; pass it to :meth:`tracebacks_since`."""
        return self.log_path.stat().st_size

    def tracebacks_since(self, mark: int) -> str:
        """Tracebacks the server logged after ``mark`` (empty when there were none)."""
        with open(self.log_path, encoding="utf-8", errors="replace") as fh:
            fh.seek(mark)
            text = fh.read()
        start = text.find("Traceback (most recent call last)")
        return text[start:] if start >= 0 else ""


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _healthy(url: str) -> bool:
    try:
        with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as resp:
            return resp.status == 200
    except OSError:
        return False


@pytest.fixture(scope="session")
def app_server(tmp_path_factory: pytest.TempPathFactory):
    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    log_path = tmp_path_factory.mktemp("streamlit") / "server.log"
    env = {k: v for k, v in os.environ.items() if k != "COMMUNIQUE_CORPUS"}
    # (no file watcher: the suite writes under the repository, e.g. the screenshots, and Streamlit
    # would put its "File change · Rerun" banner into them)
    cmd = [sys.executable, "-m", "streamlit", "run", "dashboard.py",
           "--server.port", str(port), "--server.headless", "true", "--server.fileWatcherType", "none"]
    with open(log_path, "wb") as log:
        process = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT,
                                   stdin=subprocess.DEVNULL)
    server = AppServer(url=url, log_path=log_path, process=process)
    try:
        deadline = time.monotonic() + START_TIMEOUT_S
        while not _healthy(url):
            if process.poll() is not None:
                pytest.fail(f"`{' '.join(cmd)}` exited with {process.returncode}:\n{server.log()}")
            if time.monotonic() > deadline:
                pytest.fail(f"the dashboard did not answer at {url} within {START_TIMEOUT_S} s:\n"
                            f"{server.log()}")
            time.sleep(0.25)
        yield server
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)


@pytest.fixture(scope="session")
def app_url(app_server: AppServer) -> str:
    return app_server.url


@pytest.fixture(scope="session")
def chromium():
    sync_api = pytest.importorskip(
        "playwright.sync_api",
        reason="browser tests skipped: the playwright package is not installed "
               "(pip install -e '.[test]')")
    if not (CHROMIUM.is_file() and os.access(CHROMIUM, os.X_OK)):
        found = shutil.which("chromium")
        pytest.skip(f"browser tests skipped: no Chromium at {CHROMIUM}"
                    + (f" (one is at {found}; the tests use {CHROMIUM})" if found else
                       " (apt-get install chromium)"))
    with sync_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


@pytest.fixture
def browser_page(chromium):
    context = chromium.new_context(viewport=VIEWPORT)
    context.set_default_timeout(ACTION_TIMEOUT_MS)
    page = context.new_page()
    try:
        yield page
    finally:
        context.close()


def _wait_for_app(page, timeout_ms: int = RUN_TIMEOUT_MS) -> None:
    page.wait_for_selector('[data-testid="stApp"][data-test-connection-state="CONNECTED"]',
                           state="attached", timeout=timeout_ms)
    # The script has run to the end, no element is left stale from a previous run and
    # every Plotly chart has drawn its SVG. Checked twice, 300 ms apart, because a
    # rerun can start right after a run ends (a widget bound to the URL settling).
    done = """() => {
        const app = document.querySelector('[data-testid="stApp"]');
        if (!app || app.dataset.testScriptState !== 'notRunning') return false;
        if (document.querySelector('[data-stale="true"]')) return false;
        if (document.querySelector('[data-testid="stSpinner"]')) return false;
        const charts = document.querySelectorAll('[data-testid="stPlotlyChart"]');
        for (const c of charts) { if (!c.querySelector('.main-svg')) return false; }
        return document.querySelector('[data-testid="stMain"]') !== null;
    }"""
    page.wait_for_function(done, timeout=timeout_ms, polling=100)
    page.wait_for_timeout(300)
    page.wait_for_function(done, timeout=timeout_ms, polling=100)


@pytest.fixture(scope="session")
def wait_for_app():
    return _wait_for_app


@pytest.fixture
def open_app(browser_page, app_url: str):
    def open_(path: str = "/"):
        browser_page.goto(app_url + path, wait_until="domcontentloaded")
        _wait_for_app(browser_page)
        return browser_page

    return open_


def _streamlit_errors(page) -> list[str]:
    loc = page.locator(ERROR_SELECTOR)
    return [loc.nth(i).inner_text() for i in range(loc.count())]


@pytest.fixture(scope="session")
def streamlit_errors():
    return _streamlit_errors


_CONTENT_HEIGHT = """() => Math.max(
    ...['stMain', 'stSidebarContent'].map(id => {
        const e = document.querySelector(`[data-testid="${id}"]`);
        return e ? e.scrollHeight : 0;
    }), window.innerHeight)"""


@contextmanager
def _whole_page(page):
    """Within the block, the viewport is as tall as the content.

    Streamlit scrolls its main area inside the window, draws what is below the fold only
    when it is scrolled to, and a "full page" screenshot stops at the fold. So grow the
    viewport to the content (which may grow again as tables and charts lay out at the
    new size) and restore it afterwards.
    """
    original = page.viewport_size
    try:
        for _ in range(4):
            height = int(page.evaluate(_CONTENT_HEIGHT))
            if height <= page.viewport_size["height"]:
                break
            page.set_viewport_size({"width": original["width"], "height": height})
            _wait_for_app(page)
            page.wait_for_timeout(300)
        yield page
    finally:
        page.set_viewport_size(original)


@pytest.fixture(scope="session")
def whole_page():
    return _whole_page


def _full_screenshot(page, path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    with _whole_page(page):
        page.screenshot(path=str(path), full_page=True, animations="disabled")
    return path


@pytest.fixture(scope="session")
def full_screenshot():
    return _full_screenshot
