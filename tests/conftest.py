"""Shared fixtures. Paths are built from this file so tests run from any folder."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

FIXTURES = Path(__file__).resolve().parent / "fixtures"
SEEDS = ROOT / "seeds"
SHARED = ROOT.parent / "shared"
DATASETS = SHARED / "datasets"


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "shared: needs ../shared/datasets")


@pytest.fixture(autouse=True, scope="session")
def _private_cache(tmp_path_factory: pytest.TempPathFactory):
    """Tests never write into the user's ~/.cache/communique."""
    import os

    old = os.environ.get("COMMUNIQUE_CACHE")
    os.environ["COMMUNIQUE_CACHE"] = str(tmp_path_factory.mktemp("communique-cache"))
    yield
    if old is None:
        os.environ.pop("COMMUNIQUE_CACHE", None)
    else:
        os.environ["COMMUNIQUE_CACHE"] = old


@pytest.fixture(scope="session")
def seed_corpus():
    from analysis import load_corpus

    return load_corpus(SEEDS)


@pytest.fixture(scope="session")
def seed_analysis(seed_corpus):
    from analysis import analyze

    return analyze(seed_corpus)


@pytest.fixture(scope="session")
def seed_gold() -> list[dict]:
    with open(FIXTURES / "seed-speakers.jsonl", encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


@pytest.fixture(scope="session")
def datasets() -> Path:
    """../shared/datasets, or skip the test when it is absent."""
    if not DATASETS.is_dir():
        pytest.skip(f"{DATASETS} is absent: third-party corpora are not in this checkout")
    return DATASETS
