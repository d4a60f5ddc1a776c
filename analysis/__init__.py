"""Communiqué's analysis: who said what, about which themes, in which words.

Pure Python (pandas, scikit-learn); the dashboard and the command line both call it.
"""

from importlib.metadata import PackageNotFoundError, version as _version

try:
    __version__ = _version("communique")
except PackageNotFoundError:  # running from a source checkout without installing
    __version__ = "0.1.0"

from .corpus import ColumnMap, Corpus, CorpusError, Document, LoadIssue, LoadLimits, load_corpus, load_uploads
from .filters import Filters
from .pipeline import FRAME_COLUMNS, NO_THEME, Analysis, analyze
from .terms import distinctive_terms, kwic, term_frequencies

__all__ = [
    "__version__",
    "Analysis",
    "ColumnMap",
    "Corpus",
    "CorpusError",
    "Document",
    "FRAME_COLUMNS",
    "Filters",
    "LoadIssue",
    "LoadLimits",
    "NO_THEME",
    "analyze",
    "distinctive_terms",
    "kwic",
    "load_corpus",
    "load_uploads",
    "term_frequencies",
]
