"""Terms: tokens and phrases, the statement x term matrix, frequencies, distinctive terms
and keyword-in-context.

The matrix is built once per corpus; frequencies and distinctive terms for any filter
are sums over its rows, so they recompute in milliseconds.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd
import scipy.sparse as sp
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

__all__ = [
    "DEFAULT_STOPWORDS",
    "GENRE_STOPWORDS",
    "Tokenizer",
    "TermMatrix",
    "build_term_matrix",
    "term_frequencies",
    "distinctive_terms",
    "kwic",
]

GENRE_STOPWORDS = frozenset("""
said says say saying added adds noted notes told tell also would could xinhua reuters ap afp
mr mrs ms dr h.e. according meanwhile including include includes within among upon
per via etc today yesterday tomorrow sunday monday tuesday wednesday thursday friday saturday
january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec one two three four five six seven eight
nine ten first second third will shall must can may might let well like just
""".split())
DEFAULT_STOPWORDS = frozenset(ENGLISH_STOP_WORDS) | GENRE_STOPWORDS

_WORD = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿ](?:[A-Za-zÀ-ÖØ-öø-ÿ'’\-]*[A-Za-zÀ-ÖØ-öø-ÿ])?|[.,;:!?()\"“”]")
_URL = re.compile(r"https?://\S+|www\.\S+|<[^>]+>|\S+@\S+")


class Tokenizer:
    """Splits statements into terms of one to ``max_n`` words.

    * names keep their case ("South Korea"), other words are folded to lower case;
    * curly and straight apostrophes are the same; possessive 's is dropped;
    * hyphenated words stay whole ("people-to-people"); numbers, URLs and markup are out;
    * phrases never cross punctuation or a stopword, so fragments such as
      "said that China" cannot form.
    """

    def __init__(self, *, stopwords: Iterable[str] = DEFAULT_STOPWORDS, max_n: int = 3) -> None:
        self.stopwords = frozenset(w.lower() for w in stopwords)
        self.max_n = max_n
        self.case_: dict[str, str] = {}

    def _raw(self, text: str) -> list[str]:
        text = _URL.sub(" ", text).replace("’", "'")
        return [m.group() for m in _WORD.finditer(text)]

    def learn_case(self, texts: Iterable[str]) -> "Tokenizer":
        """Decide, per word, whether it is a name: capitalised inside sentences more often
        than not."""
        upper: Counter[str] = Counter()
        lower: Counter[str] = Counter()
        for text in texts:
            prev_punct = True
            for tok in self._raw(text):
                if len(tok) == 1 and not tok.isalpha():
                    prev_punct = tok in ".!?:\"“”"
                    continue
                key = tok.lower()
                if tok[0].isupper():
                    if not prev_punct:
                        upper[key] += 1
                else:
                    lower[key] += 1
                prev_punct = False
        self.case_ = {}
        for key, n in upper.items():
            if n > lower.get(key, 0):
                self.case_[key] = key
        return self

    def chunks(self, text: str) -> list[list[str]]:
        """Runs of content words between punctuation and stopwords."""
        out: list[list[str]] = []
        run: list[str] = []
        for tok in self._raw(text):
            if len(tok) == 1 and not tok.isalpha():
                if run:
                    out.append(run)
                run = []
                continue
            word = tok.lower()
            if word.endswith("'s"):
                word = word[:-2]
            if word in self.stopwords or len(word) < 2:
                if run:
                    out.append(run)
                run = []
                continue
            run.append(tok[:1] + tok[1:] if word in self.case_ and tok[:1].isupper() else word)
        if run:
            out.append(run)
        return out

    def __call__(self, text: str) -> list[str]:
        terms: list[str] = []
        for run in self.chunks(text):
            run = [w[:-2] if w.lower().endswith("'s") else w for w in run]
            for n in range(1, self.max_n + 1):
                for i in range(len(run) - n + 1):
                    terms.append(" ".join(run[i:i + n]))
        return terms


@dataclass
class TermMatrix:
    """Statement x term counts (CSR) with the vocabulary in column order."""

    matrix: sp.csr_matrix
    terms: np.ndarray  # str, one per column
    n_words: np.ndarray  # words per term (1, 2, 3)
    row_words: np.ndarray  # content words per statement (for rates)

    def rows(self, mask: np.ndarray | None) -> sp.csr_matrix:
        return self.matrix if mask is None else self.matrix[np.flatnonzero(mask)]


def build_term_matrix(
    texts: Sequence[str],
    *,
    stopwords: Iterable[str] = DEFAULT_STOPWORDS,
    max_n: int = 3,
    min_count: int = 2,
) -> TermMatrix:
    """Count terms of 1..``max_n`` words in each text.

    Single words are kept when they occur at least once; phrases only when they occur
    at least ``min_count`` times and more often than chance predicts from their words
    (a positive pointwise mutual information), so that multi-word expressions surface
    and incidental word pairs do not.
    """
    from sklearn.feature_extraction.text import CountVectorizer

    texts = list(texts)
    tokenizer = Tokenizer(stopwords=stopwords, max_n=max_n).learn_case(texts)
    vectorizer = CountVectorizer(analyzer=tokenizer, lowercase=False, dtype=np.int32)
    try:
        counts = vectorizer.fit_transform(texts).tocsc()
    except ValueError:
        empty = sp.csr_matrix((len(texts), 0), dtype=np.int32)
        return TermMatrix(empty, np.array([], dtype=object), np.array([], dtype=int),
                          np.zeros(len(texts), dtype=int))
    terms = vectorizer.get_feature_names_out()
    n_words = np.array([t.count(" ") + 1 for t in terms])
    totals = np.asarray(counts.sum(axis=0)).ravel()
    index = {t: i for i, t in enumerate(terms)}
    unigram_total = totals[n_words == 1].sum() or 1
    keep = n_words == 1
    for i in np.flatnonzero(n_words > 1):
        if totals[i] < min_count:
            continue
        parts = terms[i].split(" ")
        p_parts = np.prod([totals[index[p]] / unigram_total for p in parts if p in index])
        p_phrase = totals[i] / unigram_total
        if p_phrase > p_parts * 2:  # PMI > 1 bit
            keep[i] = True
    counts = counts[:, np.flatnonzero(keep)].tocsr()
    terms = terms[keep]
    n_words = n_words[keep]
    row_words = np.asarray(counts[:, np.flatnonzero(n_words == 1)].sum(axis=1)).ravel()
    return TermMatrix(counts, terms, n_words, row_words)


def term_frequencies(
    tm: TermMatrix,
    mask: np.ndarray | None = None,
    *,
    doc_ids: np.ndarray | None = None,
    n: int | None = None,
    top: int | None = None,
) -> pd.DataFrame:
    """Frequencies over the statements selected by ``mask``.

    One row per term: ``term``, ``n`` (words in the term), ``count`` (occurrences),
    ``doc_count`` (documents it occurs in, when ``doc_ids`` is given, else statements),
    ``per_10k`` (occurrences per 10,000 words of the selection). Sorted by count.
    """
    rows = tm.rows(mask)
    counts = np.asarray(rows.sum(axis=0)).ravel()
    total_words = tm.row_words[np.flatnonzero(mask)].sum() if mask is not None else tm.row_words.sum()
    if doc_ids is not None:
        ids = doc_ids if mask is None else doc_ids[np.flatnonzero(mask)]
        codes, _ = pd.factorize(ids)
        if len(codes):
            by_doc = sp.csr_matrix(
                (np.ones(len(codes)), (codes, np.arange(len(codes)))),
                shape=(codes.max() + 1, len(codes)),
            ) @ rows
            doc_count = np.asarray((by_doc > 0).sum(axis=0)).ravel()
        else:
            doc_count = np.zeros(len(counts), dtype=int)
    else:
        doc_count = np.asarray((rows > 0).sum(axis=0)).ravel()
    frame = pd.DataFrame({
        "term": tm.terms.astype(str),
        "n": tm.n_words,
        "count": counts.astype(int),
        "doc_count": doc_count.astype(int),
        "per_10k": counts / max(total_words, 1) * 10_000,
    })
    frame = frame[frame["count"] > 0]
    if n is not None:
        frame = frame[frame["n"] == n]
    frame = frame.sort_values(["count", "term"], ascending=[False, True], kind="stable")
    if top is not None:
        frame = frame.head(top)
    return frame.reset_index(drop=True)


def distinctive_terms(
    tm: TermMatrix,
    groups: Sequence[object] | np.ndarray,
    *,
    mask: np.ndarray | None = None,
    top: int = 15,
    min_count: int = 2,
    prior_scale: float = 1.0,
) -> pd.DataFrame:
    """Terms that set each group apart from the rest.

    Log-odds ratio with an informative Dirichlet prior (Monroe, Colaresi and Quinn
    2008): the prior is the whole selection's term distribution scaled to
    ``prior_scale`` times the vocabulary size. One row per (group, term): ``group``,
    ``term``, ``n``, ``count`` (in the group), ``count_rest``, ``log_odds``, ``z``
    (the z-score; above 1.96 is distinctive at the 5% level). The ``top`` terms per
    group by z, z > 0 only.
    """
    groups = np.asarray(groups, dtype=object)
    if mask is not None:
        idx = np.flatnonzero(mask)
        rows = tm.matrix[idx]
        groups = groups[idx]
    else:
        rows = tm.matrix
    codes, labels = pd.factorize(pd.Series(groups).fillna(""))
    if len(codes) == 0 or rows.shape[1] == 0:
        return pd.DataFrame(columns=["group", "term", "n", "count", "count_rest", "log_odds", "z"])
    onehot = sp.csr_matrix((np.ones(len(codes)), (codes, np.arange(len(codes)))),
                           shape=(len(labels), len(codes)))
    by_group = np.asarray((onehot @ rows).todense(), dtype=float)
    total = by_group.sum(axis=0)
    alpha0 = prior_scale * rows.shape[1]
    alpha = total / max(total.sum(), 1) * alpha0 + 1e-9
    out = []
    for g, label in enumerate(labels):
        if label == "":
            continue
        y_i = by_group[g]
        y_j = total - y_i
        n_i, n_j = y_i.sum(), y_j.sum()
        if n_i == 0:
            continue
        delta = (np.log((y_i + alpha) / (n_i + alpha0 - y_i - alpha))
                 - np.log((y_j + alpha) / (n_j + alpha0 - y_j - alpha)))
        var = 1.0 / (y_i + alpha) + 1.0 / (y_j + alpha)
        z = delta / np.sqrt(var)
        ok = (y_i >= min_count) & (z > 0)
        order = np.argsort(-z[ok], kind="stable")[:top]
        cols = np.flatnonzero(ok)[order]
        for c in cols:
            out.append((label, str(tm.terms[c]), int(tm.n_words[c]), int(y_i[c]), int(y_j[c]),
                        float(delta[c]), float(z[c])))
    return pd.DataFrame(out, columns=["group", "term", "n", "count", "count_rest", "log_odds", "z"])


def kwic(statements: pd.DataFrame, term: str, *, width: int = 60) -> pd.DataFrame:
    """Every occurrence of ``term`` (a word or phrase, case-insensitive, whole words)
    in the statements' ``text``.

    One row per occurrence: ``statement_id``, ``doc_id``, ``speaker``, ``left``,
    ``match``, ``right`` (``width`` characters of context each side).
    """
    words = [re.escape(w) for w in term.replace("’", "'").split()]
    if not words:
        return pd.DataFrame(columns=["statement_id", "doc_id", "speaker", "left", "match", "right"])
    pattern = re.compile(r"(?<![\w-])" + r"[\s\-]+".join(w.replace("'", "['’]") for w in words)
                         + r"(?:s|es|'s|’s)?(?![\w-])", re.I)
    rows = []
    for rec in statements[["statement_id", "doc_id", "speaker", "text"]].itertuples(index=False):
        for m in pattern.finditer(rec.text):
            rows.append((rec.statement_id, rec.doc_id, rec.speaker,
                         rec.text[max(0, m.start() - width):m.start()], m.group(),
                         rec.text[m.end():m.end() + width]))
    return pd.DataFrame(rows, columns=["statement_id", "doc_id", "speaker", "left", "match", "right"])
