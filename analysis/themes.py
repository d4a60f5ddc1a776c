"""Themes: clusters of statements, found with scikit-learn and NumPy and labelled in words.

How themes are found (:class:`ThemeModel`)
------------------------------------------

Themes belong to statements (sentences), but a statement is short and its document gives
it context: a sentence about "the deal" in an article about trade is about trade. The
model is a mixture in which **each statement has one theme and each document has its own
mix of themes** (a "one theme per sentence" topic model):

* every theme *k* has a distribution over terms φ_k (the words, names and phrases of the
  shared statement x term matrix, see :mod:`analysis.terms`);
* every document *d* has a theme mix θ_d;
* statement *s* of document *d* is in theme *k* with probability proportional to
  θ_dk(without s) · Π_w φ_kw ^ count(s, w).

It is fitted by expectation-maximisation (EM), with two safeguards that make it hold on
short texts and large corpora alike:

* **Shrinkage.** Each theme's term distribution is shrunk towards the corpus' term
  distribution by ``shrinkage`` times the average theme's size in pseudo-counts, so a
  term weighs by how unevenly it spreads over the themes and never more than
  log(1 + k / shrinkage) per occurrence: no theme hinges on a few rare words. By default
  the shrinkage grows with the corpus, 8 · N / (N + 10,000) for N counted terms: a
  handful of statements keeps almost all its evidence, a large corpus is smoothed.
* **Leave-one-out context.** A statement's document prior comes from the *other*
  statements of its document.

The start is deterministic: NMF with the ``nndsvd`` initialisation (an SVD; no random draw
beyond the randomised SVD's seed, ``random_state``, and that SVD is run to convergence, so
the seed does not change the themes) of the sublinear TF-IDF matrix of the
documents when there are at least ``max(20, 4 k)`` of them, else of the statements. A
document's title, when given, counts as one more statement of that document while
fitting (it sharpens θ_d) but is not a statement of the output.

Themes are numbered by size (0 = most statements) and each gets its ten most distinctive
terms (log-odds z-scores with an informative Dirichlet prior, Monroe, Colaresi and Quinn
2008) and a label of two to four words (see :func:`_label`). The same corpus and settings
give the same themes, labels and colours.

How many themes (``n_themes=None``)
-----------------------------------

k is **the largest from 2 up to ``max_themes`` (and never more than a third of the
statements with terms) for which every theme keeps at least half an even share of the
statements** (the smallest theme holds at least 1 / (2 k) of them): beyond it, some
theme is a fragment of another rather than a theme of its own; below it, themes an
analyst would tell apart are merged. None passing: one theme. Candidates are fitted with
30 EM iterations on at most about 20,000 statements (those of evenly spaced documents: no
random draw), from the most themes down: the first k that passes is the largest, so the
smaller ones are not fitted. ``scores_`` keeps, for each k tried, the smallest theme's
size relative to an even share. A limit: a subject whose statements split evenly in two
(a tiny, perfectly balanced corpus) can come out as two themes.

The chosen candidate's fit is then carried on rather than made again. On a corpus no
larger than the sample it simply goes on (the same iterations, so the same themes, as
``n_themes=k``). On a larger corpus its themes start EM on every statement, which runs
at most 20 iterations: on a large corpus EM keeps moving statements from the smaller
themes to the larger ones long after the themes have taken shape (on the UN General
Debate corpus the smallest of 11 themes shrinks from 9,400 statements after 20 iterations
to 2,600 after 60, with no sign of stopping), eroding the balance k was chosen for.
``n_themes=k`` on such a corpus fits every statement from the NMF start instead, so its
themes can differ.

Cost
----

A fit's time goes into the EM iterations, each two products of the sparse statement x
term matrix with a dense (term or statement) x theme matrix, plus a few passes over the
theme x statement weights; all in float32, in buffers made once per fit, and over only
the terms the fitted statements hold. On the UN General Debate corpus (225,000
statements, 75,000 terms, 2.8 million counts) an iteration with 11 themes takes about
40 ms and the whole automatic fit about 1.5 s on one core. None of this changes a
result: from the same start, EM gives the same weights, to the bit, as the plain float32
loop it replaces.
"""

from __future__ import annotations

import json
import multiprocessing as mp
import os
import re
import warnings
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Literal

import numpy as np
import pandas as pd
import scipy.sparse as sp
from sklearn.base import BaseEstimator
from sklearn.decomposition import NMF
from sklearn.exceptions import ConvergenceWarning
from sklearn.utils.extmath import randomized_svd
from threadpoolctl import threadpool_limits

from .terms import DEFAULT_STOPWORDS, TermMatrix, build_term_matrix

if TYPE_CHECKING:  # pipeline imports this module; the type is only for annotations
    from .pipeline import Analysis

__all__ = [
    "ThemeModel",
    "NO_TERMS",
    "theme_mix",
    "dominant_themes",
    "representative_statements",
    "rename_themes",
    "check_theme_names",
    "cache_dir",
    "theme_names_path",
    "load_theme_names",
    "save_theme_names",
]

NO_TERMS = "(no terms)"
NO_THEME = "(no theme)"  # as analysis.pipeline.NO_THEME (not imported: pipeline imports us)
_MIN_DOCS_FOR_DOC_START = 20
_MAX_SHRINKAGE = 8.0
_SHRINKAGE_HALF = 10_000.0  # counted terms at which the automatic shrinkage is half its maximum
_SEARCH_ITER = 30  # EM iterations per candidate k
_REFINE_ITER = 20  # automatic k, corpus larger than the sample: EM iterations on every statement
_MIN_BALANCE = 0.5  # automatic k: the smallest theme holds at least half an even share
_STALL_ITER = 10  # EM also stops when its movement has not shrunk for this many iterations
_SEARCH_STATEMENTS = 20_000  # automatic k is searched on a sample of documents this large
_START_TERMS = 5_000  # the NMF start uses the terms found in most documents (or statements)
_MAX_LABEL_WORDS = 4
_PARALLEL_SEARCH_STATEMENTS = 10_000  # below this, a second process costs more than it saves

# The model and sample of the theme-count search in progress, read by the forked helper
# process (never pickled).
_SEARCH_JOB: tuple | None = None


def _search_fit(k: int) -> "_EMRun":
    """One candidate of ``ThemeModel._choose_k``, fitted in the forked helper."""
    assert _SEARCH_JOB is not None  # set by _choose_k before the fork
    model, sample, search_iter = _SEARCH_JOB
    return model._fit_k(k, data=sample, max_iter=search_iter)


def _nndsvd(X, k: int, *, random_state: int) -> tuple[np.ndarray, np.ndarray]:
    """NNDSVD start of an NMF of ``X`` with ``k`` components (Boutsidis and Gallopoulos
    2008; as scikit-learn's ``init="nndsvd"``), from a randomised SVD run to convergence.

    scikit-learn's own start uses a randomised SVD with few power iterations, so its
    singular vectors, and after EM the themes, may change with the seed (on a BBC sample, two
    of four seeds gave other themes, NMI 0.98 between them); with 10 power iterations and 20
    oversamples every seed gives the same start."""
    U, S, V = randomized_svd(X, k, n_iter=10, n_oversamples=20, random_state=random_state)
    W = np.zeros_like(U)
    H = np.zeros_like(V)
    W[:, 0] = np.sqrt(S[0]) * np.abs(U[:, 0])  # (the leading singular pair is non-negative)
    H[0, :] = np.sqrt(S[0]) * np.abs(V[0, :])
    for j in range(1, k):
        x, y = U[:, j], V[j, :]
        x_p, y_p = np.maximum(x, 0), np.maximum(y, 0)
        x_n, y_n = np.abs(np.minimum(x, 0)), np.abs(np.minimum(y, 0))
        m_p = np.linalg.norm(x_p) * np.linalg.norm(y_p)
        m_n = np.linalg.norm(x_n) * np.linalg.norm(y_n)
        u, v, sigma = (x_p, y_p, m_p) if m_p > m_n else (x_n, y_n, m_n)
        if sigma > 0:
            lbd = np.sqrt(S[j] * sigma)
            W[:, j] = lbd * u / np.linalg.norm(u)
            H[j, :] = lbd * v / np.linalg.norm(v)
    W[W < 1e-6] = 0
    H[H < 1e-6] = 0
    return W, H


class ThemeModel(BaseEstimator):
    """Statement themes with document context (see the module docstring).

    Parameters:
        n_themes: number of themes, or ``None`` to choose it (module docstring).
        max_themes: the most themes tried when ``n_themes`` is ``None``.
        doc_prior: Dirichlet smoothing of each document's theme mix (higher: documents
            pull their statements less towards their main theme).
        shrinkage: how strongly theme term distributions are shrunk towards the corpus'
            (in average theme sizes); ``None`` for the automatic 8 · N / (N + 10,000).
        smoothing: pseudo-count added to every term of every theme.
        max_iter: the most EM iterations.
        tol: EM stops when statement weights move by less than this on average (or
            when their movement has not shrunk for ten iterations).
        random_state: seed of the randomised SVD behind the NMF start (run to convergence, so
            every seed should give the same themes).

    Learned (after :meth:`fit`):
        n_themes_: the number of themes. It can be lower than asked: never more themes
            than statements with terms, and a theme that ends with no statement is dropped.
        weights_: statement x theme weights; rows sum to 1 (all 0 for a statement with no
            counted term).
        labels_: the theme of each statement (``-1`` when it has no counted term).
        doc_ids_: the documents, in order of first appearance.
        doc_weights_: document x theme mix (rows sum to 1).
        term_weights_: theme x term probabilities φ.
        terms_: the term of each column of ``term_weights_``.
        term_scores_: theme x term z-scores (distinctiveness of the term for the theme).
        top_terms_: per theme, its ten most distinctive terms.
        theme_labels_: per theme, a label of two to four words (unique).
        shrinkage_: the shrinkage used.
        scores_: when k was chosen: for each k tried (from the most down to the chosen
            one, or all when none passes), the smallest theme's size over an even share
            (k is the largest at or above 0.5); else ``{}``.
    """

    def __init__(
        self,
        n_themes: int | None = None,
        *,
        max_themes: int = 12,
        doc_prior: float = 0.9,
        shrinkage: float | None = None,
        smoothing: float = 0.01,
        max_iter: int = 100,
        tol: float = 1e-4,
        random_state: int = 0,
    ) -> None:
        self.n_themes = n_themes
        self.max_themes = max_themes
        self.doc_prior = doc_prior
        self.shrinkage = shrinkage
        self.smoothing = smoothing
        self.max_iter = max_iter
        self.tol = tol
        self.random_state = random_state

    # ------------------------------------------------------------------ fitting
    def fit(
        self,
        term_matrix: TermMatrix,
        *,
        doc_ids: Sequence[object] | None = None,
        titles: Mapping[object, str] | None = None,
        texts: Sequence[str] | None = None,
    ) -> "ThemeModel":
        """Fit themes to the statements (rows) of a term matrix.

        Args:
            term_matrix: statement x term counts (:func:`analysis.terms.build_term_matrix`).
            doc_ids: the document of each statement (default: all in one document).
            titles: document id -> title; a title counts as context of its document.
            texts: the statements' text, used to complete a label into the phrase it
                stands in ("peninsula" -> "Korean peninsula").
        """
        self._check_params()
        X = sp.csr_matrix(term_matrix.matrix, dtype=np.float64)
        n = X.shape[0]
        terms = np.asarray(term_matrix.terms).astype(str)
        if doc_ids is None:
            doc_ids = np.zeros(n, dtype=np.int64)
        doc_ids = np.asarray(doc_ids, dtype=object)
        if len(doc_ids) != n:
            raise ValueError(f"doc_ids has {len(doc_ids)} entries but the term matrix has {n} "
                             "statements. Give one document id per statement.")
        if texts is not None and len(texts) != n:
            raise ValueError(f"texts has {len(texts)} entries but the term matrix has {n} "
                             "statements. Give one text per statement.")
        codes, uniq = pd.factorize(pd.Series(doc_ids, dtype=object))
        codes = codes.astype(np.int64)
        self.doc_ids_ = np.asarray(uniq, dtype=object)
        n_docs = len(uniq)
        has_terms = np.diff(X.indptr) > 0
        n_with = int(has_terms.sum())
        if n_with == 0:
            self._fit_empty(n, n_docs)
            return self

        T = self._title_rows(term_matrix, uniq, titles)
        n_tokens = float(X.sum() + (T.sum() if T is not None else 0.0))
        self.shrinkage_ = (float(self.shrinkage) if self.shrinkage is not None
                           else _MAX_SHRINKAGE * n_tokens / (n_tokens + _SHRINKAGE_HALF))
        self._data = _FitData(X, codes, n_docs, T)
        # One BLAS thread: the NMF start's many small products run slower, not faster, on
        # several threads (ten times slower seen on two busy cores).
        limits = threadpool_limits(limits=1, user_api="blas")
        try:
            if self.n_themes is not None:
                result = self._result(self._data.em_input(), self._fit_k(int(min(self.n_themes, n_with))))
                self.scores_ = {}
            else:
                result, self.scores_ = self._choose_k(n_with)
        finally:
            limits.restore_original_limits()
            del self._data
        R, theta, phi = result

        # Drop themes that ended with no statement, then number themes by size.
        labels = np.where(has_terms, R.argmax(axis=1), -1)
        sizes = np.bincount(labels[labels >= 0], minlength=R.shape[1])
        mass = R[has_terms].sum(axis=0)
        order = [int(t) for t in np.lexsort((-mass, -sizes)) if sizes[t] > 0]
        R = R[:, order]
        R_sum = R.sum(axis=1, keepdims=True)
        R = np.divide(R, R_sum, out=np.zeros_like(R), where=R_sum > 0)
        R[~has_terms] = 0.0
        theta = theta[:, order]
        theta = theta / theta.sum(axis=1, keepdims=True)
        self.n_themes_ = len(order)
        self.weights_ = R
        self.labels_ = np.where(has_terms, R.argmax(axis=1), -1).astype(np.int64)
        self.doc_weights_ = theta
        self.term_weights_ = phi[order]
        self.terms_ = terms
        stopwords = getattr(getattr(term_matrix, "tokenizer", None), "stopwords", DEFAULT_STOPWORDS)
        self._describe(X, np.asarray(term_matrix.n_words), texts, frozenset(w.lower() for w in stopwords))
        return self

    def fit_texts(
        self,
        texts: Sequence[str],
        *,
        doc_ids: Sequence[object] | None = None,
        titles: Mapping[object, str] | None = None,
        stopwords: Iterable[str] = DEFAULT_STOPWORDS,
    ) -> "ThemeModel":
        """Build the term matrix of ``texts`` (:func:`analysis.terms.build_term_matrix`)
        and :meth:`fit` it."""
        texts = [t if isinstance(t, str) else "" for t in texts]
        tm = build_term_matrix(texts, stopwords=stopwords)
        return self.fit(tm, doc_ids=doc_ids, titles=titles, texts=texts)

    # ------------------------------------------------------------------ internals
    def _check_params(self) -> None:
        def whole(value: object) -> bool:
            return isinstance(value, (int, np.integer)) and not isinstance(value, bool)

        if self.n_themes is not None and (not whole(self.n_themes) or self.n_themes < 1):
            raise ValueError(f"n_themes must be a positive whole number or None, got {self.n_themes!r}.")
        if not whole(self.max_themes) or self.max_themes < 1:
            raise ValueError(f"max_themes must be a positive whole number, got {self.max_themes!r}.")
        if not whole(self.max_iter) or self.max_iter < 1:
            raise ValueError(f"max_iter must be a positive whole number, got {self.max_iter!r}.")
        for name in ("doc_prior", "smoothing", "tol"):
            value = getattr(self, name)
            if not isinstance(value, (int, float)) or isinstance(value, bool) or not value > 0:
                raise ValueError(f"{name} must be a positive number, got {value!r}.")
        if self.shrinkage is not None and (not isinstance(self.shrinkage, (int, float))
                                           or isinstance(self.shrinkage, bool) or not self.shrinkage >= 0):
            raise ValueError(f"shrinkage must be a number of at least 0 or None, got {self.shrinkage!r}.")

    def _fit_empty(self, n: int, n_docs: int) -> None:
        self.n_themes_ = 1
        self.shrinkage_ = 0.0
        self.weights_ = np.zeros((n, 1))
        self.labels_ = np.full(n, -1, dtype=np.int64)
        self.doc_weights_ = np.zeros((n_docs, 1))
        self.term_weights_ = np.zeros((1, 0))
        self.terms_ = np.array([], dtype=str)
        self.term_scores_ = np.zeros((1, 0))
        self.top_terms_ = [[]]
        self.theme_labels_ = [NO_TERMS]
        self.scores_ = {}

    @staticmethod
    def _title_rows(tm: TermMatrix, doc_ids: Sequence[object], titles: Mapping[object, str] | None):
        """Counts of the titles in the term matrix's vocabulary (one row per document),
        or ``None`` without titles or without the fitted tokenizer to read them."""
        tokenizer = getattr(tm, "tokenizer", None)
        if not titles or tokenizer is None:
            return None
        texts = [str(titles.get(d, "") or "") for d in doc_ids]
        if not any(t.strip() for t in texts):
            return None
        T = sp.csr_matrix(tokenizer.transform(texts), dtype=np.float64)
        return T if T.shape[1] == tm.matrix.shape[1] and T.nnz else None

    def _start(self, k: int, data: "_FitData") -> np.ndarray:
        """Deterministic start: NMF (nndsvd) weights, one row per statement."""
        on_docs = data.n_docs >= max(_MIN_DOCS_FOR_DOC_START, 4 * k)
        U = data.doc_tfidf() if on_docs else data.statement_tfidf()
        k_eff = min(k, U.shape[0], U.shape[1])
        if k_eff <= 1:
            W = np.ones((U.shape[0], 1))
        else:
            nmf = NMF(n_components=k_eff, init="custom", max_iter=50, tol=1e-3)
            W0, H0 = _nndsvd(U, k_eff, random_state=self.random_state)
            with warnings.catch_warnings():  # a start need not converge: EM goes on from it
                warnings.simplefilter("ignore", ConvergenceWarning)
                W = nmf.fit_transform(U, W=W0, H=H0)
        if k_eff < k:
            W = np.hstack([W, np.zeros((W.shape[0], k - k_eff))])
        W = W + 1e-6
        W = W / W.sum(axis=1, keepdims=True)
        return W[data.codes] if on_docs else W

    def _fit_k(self, k: int, *, data: "_FitData | None" = None, max_iter: int | None = None) -> _EMRun:
        """EM for k themes from the NMF start, on ``data`` (default: every statement)."""
        data = data or self._data
        inp = data.em_input()
        return self._em(inp, inp.start(self._start(k, data)), max_iter or self.max_iter)

    def _em(self, inp: _EMInput, Rt: np.ndarray, max_iter: int, resume: _EMRun | None = None) -> _EMRun:
        return _em(inp, Rt, alpha=self.doc_prior, shrinkage=self.shrinkage_, beta=self.smoothing,
                   max_iter=max_iter, tol=self.tol, resume=resume)

    def _result(self, inp: _EMInput, run: _EMRun):
        return _em_result(inp, run.Rt, alpha=self.doc_prior, shrinkage=self.shrinkage_, beta=self.smoothing)

    def _choose_k(self, n_with: int):
        """The most themes for which every theme keeps at least half an even share of the
        statements (see the module docstring), searched on a sample of documents from the
        most themes down: the first k that passes is the largest.

        The chosen candidate's fit is not thrown away: on a corpus no larger than the
        sample it simply continues (the same iterations as a fit from the start, up to
        ``max_iter``); on a larger corpus its themes start the fit on every statement,
        which then runs at most ``_REFINE_ITER`` iterations."""
        data = self._data
        k_max = int(min(self.max_themes, n_with // 3))
        if k_max < 2:
            return self._result(data.em_input(), self._fit_k(1)), {}
        sample = data.sample(_SEARCH_STATEMENTS)
        n_sample = sample.X.shape[0]
        has_terms = np.diff(sample.X.indptr) > 0
        search_iter = min(_SEARCH_ITER, self.max_iter)
        scores: dict[int, float] = {}

        def balance(k: int, run: _EMRun) -> float:
            sizes = np.bincount(run.Rt[:, :n_sample][:, has_terms].argmax(axis=0), minlength=k)
            return round(float(sizes.min() / (sizes.sum() / k)), 4)

        found = None
        for k, run in self._candidates(k_max, sample, search_iter):
            scores[k] = balance(k, run)
            if scores[k] >= _MIN_BALANCE:
                found = run
                break
        if found is None:
            return self._result(data.em_input(), self._fit_k(1)), scores
        run = found
        if sample is data:
            if not run.stopped and run.n_iter < self.max_iter:
                run = self._em(data.em_input(), run.Rt, self.max_iter - run.n_iter, resume=run)
            return self._result(data.em_input(), run), scores
        _, _, phi = self._result(sample.em_input(), run)
        inp = data.em_input()
        return self._result(inp, self._em(inp, inp.warm_start(phi), min(self.max_iter, _REFINE_ITER))), scores

    def _candidates(self, k_max: int, sample: "_FitData", search_iter: int):
        """(k, fit) for k from ``k_max`` down to 2, in that order. On a large sample with two
        or more cores, k - 1 is fitted in a forked helper while this process fits k: the
        same fits as one after the other (each is deterministic), in about half the time."""
        global _SEARCH_JOB
        if (sample.X.shape[0] < _PARALLEL_SEARCH_STATEMENTS or k_max < 3 or (os.cpu_count() or 1) < 2
                or "fork" not in mp.get_all_start_methods()):
            for k in range(k_max, 1, -1):
                yield k, self._fit_k(k, data=sample, max_iter=search_iter)
            return
        sample.em_input()  # (made once, before the fork, for both processes)
        sample.doc_tfidf() if sample.n_docs >= _MIN_DOCS_FOR_DOC_START else sample.statement_tfidf()
        _SEARCH_JOB = (self, sample, search_iter)
        try:
            with ProcessPoolExecutor(max_workers=1, mp_context=mp.get_context("fork")) as pool:
                for k in range(k_max, 1, -2):
                    other = pool.submit(_search_fit, k - 1) if k - 1 >= 2 else None
                    yield k, self._fit_k(k, data=sample, max_iter=search_iter)
                    if other is not None:
                        yield k - 1, other.result()
        finally:
            _SEARCH_JOB = None

    def _describe(self, X: sp.csr_matrix, n_words: np.ndarray, texts: Sequence[str] | None,
                  stopwords: frozenset[str]) -> None:
        """Top terms (log-odds z-scores of each theme against the rest) and labels."""
        terms = self.terms_
        counts = np.asarray((X.T @ self.weights_).T)  # theme x term (soft counts)
        z = _log_odds_z(counts)
        self.term_scores_ = z
        display = _display_forms(terms, n_words)
        tops: list[list[str]] = []
        labels: list[str] = []
        for t in range(self.n_themes_):
            order = _top(z[t], 200)
            floor = 0.5  # at least half an occurrence (weights are soft)
            order = [i for i in order if counts[t, i] >= floor and z[t, i] > 0]
            tops.append([str(terms[i]) for i in order[:10]])
            member_texts = None
            if texts is not None:
                idx = np.flatnonzero(self.labels_ == t)
                idx = idx[_top(self.weights_[idx, t], 300)]
                member_texts = [texts[i] for i in idx]
            z_of = {str(terms[i]).lower(): float(z[t, i]) for i in order}
            candidates = [(str(terms[i]), float(z[t, i]), int(n_words[i])) for i in order[:12]]
            labels.append(_label(candidates, member_texts, z_of=z_of, display=display, stopwords=stopwords))
        self.top_terms_ = tops
        self.theme_labels_ = _unique_labels(labels)


class _FitData:
    """What one fit works on, with the TF-IDF matrices of the start made on demand
    (over the ``_START_TERMS`` terms in most units: the start only needs the gist)."""

    def __init__(self, X: sp.csr_matrix, codes: np.ndarray, n_docs: int, T: sp.csr_matrix | None):
        self.X, self.codes, self.n_docs, self.T = X, codes, n_docs, T
        self._doc = self._st = self._em = None

    def em_input(self) -> _EMInput:
        if self._em is None:
            self._em = _EMInput(self.X, self.codes, self.n_docs, self.T)
        return self._em

    def doc_tfidf(self) -> sp.csr_matrix:
        if self._doc is None:
            counts = _doc_sum(self.X, self.codes, self.n_docs)
            self._doc = _tfidf(_frequent_columns(counts + self.T if self.T is not None else counts))
        return self._doc

    def statement_tfidf(self) -> sp.csr_matrix:
        if self._st is None:
            self._st = _tfidf(_frequent_columns(self.X))
        return self._st

    def sample(self, max_statements: int) -> "_FitData":
        """About ``max_statements`` statements: those of evenly spaced documents (in
        corpus order), or evenly spaced statements of a corpus of few documents. No
        random draw, so the choice does not depend on the seed."""
        n = self.X.shape[0]
        if n <= max_statements:
            return self
        if self.n_docs >= _MIN_DOCS_FOR_DOC_START:
            n_keep = max(1, int(round(self.n_docs * max_statements / n)))
            keep_docs = np.unique(np.linspace(0, self.n_docs - 1, n_keep).round().astype(np.int64))
            rows = np.flatnonzero(np.isin(self.codes, keep_docs))
            new_codes = np.searchsorted(keep_docs, self.codes[rows])
            T = self.T[keep_docs] if self.T is not None else None
            return _FitData(self.X[rows], new_codes, len(keep_docs), T)
        rows = np.unique(np.linspace(0, n - 1, max_statements).round().astype(np.int64))
        return _FitData(self.X[rows], self.codes[rows], self.n_docs, self.T)


# ---------------------------------------------------------------------- fitting helpers

def _doc_sum(X: sp.csr_matrix, codes: np.ndarray, n_docs: int) -> sp.csr_matrix:
    onehot = sp.csr_matrix((np.ones(len(codes)), (codes, np.arange(len(codes)))), shape=(n_docs, len(codes)))
    return (onehot @ X).tocsr()


def _frequent_columns(C: sp.csr_matrix) -> sp.csr_matrix:
    """The ``_START_TERMS`` columns present in most rows (ties: the first)."""
    C = sp.csr_matrix(C)
    if C.shape[1] <= _START_TERMS:
        return C
    df = np.bincount(C.indices, minlength=C.shape[1])
    keep = np.sort(np.argsort(-df, kind="stable")[:_START_TERMS])
    return C[:, keep]


def _tfidf(C: sp.csr_matrix) -> sp.csr_matrix:
    """Sublinear TF-IDF (smoothed idf over the rows), rows scaled to unit length."""
    C = sp.csr_matrix(C, dtype=np.float64)
    n = C.shape[0]
    df = np.bincount(C.indices, minlength=C.shape[1])
    idf = np.log((1 + n) / (1 + df)) + 1
    out = C.copy()
    out.data = (1 + np.log(np.maximum(out.data, 1e-12))) * idf[out.indices]
    norms = np.sqrt(np.asarray(out.multiply(out).sum(axis=1)).ravel())
    return (sp.diags(1 / np.where(norms > 0, norms, 1)) @ out).tocsr()


class _EMInput:
    """What EM works on, made once per fit data: the statements' term counts with each
    document's title appended as one more row of that document (float32: half the
    memory traffic; the weights need no more precision), the document of each row, the
    rows that count as context (those with a term) and the term counts.

    Only the terms present are kept (a sample holds well under half the vocabulary):
    an absent term's φ is the smoothing over its theme's total in every theme, so it
    enters EM only through those totals."""

    def __init__(self, X: sp.csr_matrix, codes: np.ndarray, n_docs: int, T: sp.csr_matrix | None):
        dtype = np.float32
        if T is not None:  # stacked by hand: sp.vstack costs as much again
            rows = sp.csr_matrix((np.concatenate([X.data, T.data]).astype(dtype),
                                  np.concatenate([X.indices, T.indices]),
                                  np.concatenate([X.indptr, T.indptr[1:] + X.indptr[-1]])),
                                 shape=(X.shape[0] + T.shape[0], X.shape[1]))
            self.row_docs = np.concatenate([codes, np.arange(n_docs)])
        else:
            rows, self.row_docs = sp.csr_matrix(X, dtype=dtype), codes
        background = np.asarray(rows.sum(axis=0), dtype=np.float64).ravel()
        self.n_terms = rows.shape[1]
        self.columns = np.flatnonzero(background > 0)
        if len(self.columns) < self.n_terms:
            rows, background = rows[:, self.columns], background[self.columns]
        self.rows, self.background = rows, background
        self.n_absent = self.n_terms - len(self.columns)
        self.n_statements = X.shape[0]
        self.active = (np.diff(rows.indptr) > 0).astype(dtype)
        self.onehot = sp.csr_matrix((self.active, (self.row_docs, np.arange(len(self.row_docs)))),
                                    shape=(n_docs, len(self.row_docs)), dtype=dtype)

    def start(self, R0: np.ndarray) -> np.ndarray:
        """EM's theme x row weights from statement x theme start weights (titles: even)."""
        k = R0.shape[1]
        Rt = np.empty((k, self.rows.shape[0]), dtype=np.float32)
        Rt[:, : self.n_statements] = R0.T
        Rt[:, self.n_statements:] = 1.0 / k
        return Rt

    def warm_start(self, phi: np.ndarray) -> np.ndarray:
        """Theme x row weights given the themes' term distributions alone (no document
        context yet): the start from a fit on a sample."""
        log_phi = np.log(np.ascontiguousarray(phi.T[self.columns], dtype=np.float32))
        return _normalise_columns(_transposed(self.rows @ log_phi))


class _EMRun:
    """Where an EM run stopped: the theme x row weights, the iterations run, the stall
    counters, and whether it stopped on its own (converged or stalled)."""

    __slots__ = ("Rt", "best_shift", "n_iter", "since_best", "stopped")

    def __init__(self, Rt: np.ndarray, n_iter: int, best_shift: float, since_best: int, stopped: bool):
        self.Rt, self.n_iter, self.best_shift, self.since_best, self.stopped = (
            Rt, n_iter, best_shift, since_best, stopped)


def _transposed(A: np.ndarray) -> np.ndarray:
    return np.ascontiguousarray(A.T)


def _normalise_columns(L: np.ndarray) -> np.ndarray:
    """Softmax over the themes (rows) of theme x row log-weights, in place."""
    L -= L.max(axis=0, keepdims=True)
    np.exp(L, out=L)
    L /= L.sum(axis=0, keepdims=True)
    return L


def _phi(inp: _EMInput, R: np.ndarray, prior: np.ndarray, beta: float) -> np.ndarray:
    """Theme x term distributions (every term of the vocabulary; rows sum to 1) from
    row x theme weights, as EM's M-step makes them."""
    phi = np.asarray(inp.rows.T @ R).T + prior
    totals = phi.sum(axis=1, keepdims=True) + np.float32(beta * inp.n_absent)
    phi /= totals
    if not inp.n_absent:
        return phi.astype(np.float64)
    out = np.empty((R.shape[1], inp.n_terms))
    out[:] = np.float32(beta) / totals
    out[:, inp.columns] = phi
    return out


def _em(inp: _EMInput, Rt: np.ndarray, *, alpha, shrinkage, beta, max_iter, tol,
        resume: _EMRun | None = None) -> _EMRun:
    """EM for 'one theme per statement, a theme mix per document' (module docstring),
    from theme x row weights ``Rt`` for at most ``max_iter`` iterations; ``resume``
    carries on a run that stopped at its iteration limit exactly as if it had gone on.

    The weights are kept theme x row (reductions over the few themes then run along
    contiguous memory); the two sparse products, the run's cost, read row x theme
    copies padded with zero themes to a multiple of four (SciPy's inner loop runs
    about a quarter faster on them: 12 themes cost less than 11)."""
    k = Rt.shape[0]
    rows, row_docs = inp.rows, inp.row_docs
    n_rows = rows.shape[0]
    # Buffers made once: a fresh large array each iteration costs its page faults again.
    k_pad = -(-k // 4) * 4
    R = np.zeros((n_rows, k_pad), dtype=np.float32)  # padded themes are ignored
    log_phi = np.zeros((rows.shape[1], k_pad), dtype=np.float32)
    Rt = np.array(Rt, dtype=np.float32, order="C")
    L = np.empty_like(Rt)
    context = np.empty_like(Rt)
    prior = (inp.background * (shrinkage / k) + beta).astype(np.float32)
    if inp.n_absent:
        # φ's totals are summed over the whole vocabulary, an absent term at its prior
        # (the smoothing), laid out as in a fit on every term: the same sums, bit for bit.
        whole = np.full((inp.n_terms, k), beta, dtype=np.float32).T
    inactive = np.flatnonzero(inp.active == 0)
    inactive_docs = row_docs[inactive]
    n_iter = 0
    best_shift, since_best = (resume.best_shift, resume.since_best) if resume else (np.inf, 0)
    stopped = k <= 1
    while not stopped and n_iter < max_iter:
        R[:, :k] = Rt.T
        # M-step: log φ and each document's theme mass. φ is theme x term over term-major
        # memory, so its totals are summed in the same order (to the same bits) as they
        # were before these buffers: the same themes as ever for a given start.
        phi = np.asarray(rows.T @ R)[:, :k].T + prior  # the CSC view of the rows: no copy
        if inp.n_absent:
            whole[:, inp.columns] = phi
            phi /= whole.sum(axis=1, keepdims=True)
        else:
            phi /= phi.sum(axis=1, keepdims=True)
        log_phi[:, :k] = np.log(phi, out=phi).T
        doc_mass = _transposed(np.asarray(inp.onehot @ R)[:, :k])
        # E-step: a statement's own weight leaves its document's context (rows without
        # a term are not in it).
        np.take(doc_mass, row_docs, axis=1, out=context, mode="clip")
        context -= Rt
        context[:, inactive] = doc_mass[:, inactive_docs]
        context += alpha
        np.maximum(context, 1e-12, out=context)
        np.log(context, out=context)
        np.copyto(L, np.asarray(rows @ log_phi)[:, :k].T)
        L += context
        _normalise_columns(L)
        np.subtract(L, Rt, out=context)
        shift = float(np.abs(context, out=context).mean())
        Rt, L = L, Rt
        n_iter += 1
        if shift < tol:
            stopped = True
        # Large corpora can keep a few statements swinging between two themes for ever:
        # stop when the movement has not shrunk for a while.
        elif shift < 0.98 * best_shift:
            best_shift, since_best = shift, 0
        else:
            since_best += 1
            stopped = since_best >= _STALL_ITER
    return _EMRun(Rt, n_iter + (resume.n_iter if resume else 0), best_shift, since_best, stopped)


def _em_result(inp: _EMInput, Rt: np.ndarray, *, alpha, shrinkage, beta):
    """Statement weights R (n x k), document mixes θ (n_docs x k) and term distributions
    φ (k x V) of EM's theme x row weights."""
    k = Rt.shape[0]
    R = _transposed(Rt)
    phi = _phi(inp, R, (inp.background * (shrinkage / k) + beta).astype(np.float32), beta)
    theta = np.asarray(inp.onehot @ R).astype(np.float64) + alpha
    theta /= theta.sum(axis=1, keepdims=True)
    return R[: inp.n_statements].astype(np.float64), theta, phi


def _log_odds_z(counts: np.ndarray) -> np.ndarray:
    """z-scores of the log-odds ratio of each theme (row) against the rest, with an
    informative Dirichlet prior (Monroe, Colaresi and Quinn 2008) of half the corpus'
    counts."""
    total = counts.sum(axis=0)
    alpha = 0.5 * total + 1e-3
    a0 = alpha.sum()
    z = np.zeros_like(counts)
    for t in range(counts.shape[0]):
        yi = counts[t]
        yj = total - yi
        ni, nj = yi.sum(), yj.sum()
        delta = (np.log((yi + alpha) / np.maximum(ni + a0 - yi - alpha, 1e-9))
                 - np.log((yj + alpha) / np.maximum(nj + a0 - yj - alpha, 1e-9)))
        z[t] = delta / np.sqrt(1 / (yi + alpha) + 1 / (yj + alpha))
    return z


# ---------------------------------------------------------------------- labels

_WORD = re.compile(r"[^\W\d_](?:[\w'’\-]*[^\W_])?")
_BREAK = re.compile(r"[.,;:!?()\[\]\"“”—–]+|\s-\s")


def _top(values: np.ndarray, n: int) -> np.ndarray:
    """The positions of the ``n`` largest values, largest first, ties in position order:
    ``np.argsort(-values, kind="stable")[:n]`` without sorting everything."""
    if len(values) <= n or np.isnan(values).any():
        return np.argsort(-values, kind="stable")[:n]
    threshold = np.partition(values, len(values) - n)[len(values) - n]
    candidates = np.flatnonzero(values >= threshold)  # the n largest, and any tie at the edge
    return candidates[np.argsort(-values[candidates], kind="stable")][:n]


def _display_forms(terms: np.ndarray, n_words: np.ndarray) -> dict[str, str]:
    """Lower-case word -> how the term matrix shows it (names keep their capitals; the
    first term holding the word decides)."""
    words = " ".join(str(term) for term in terms).split()
    return {word.lower(): word for word in reversed(words)}


def _label(
    candidates: list[tuple[str, float, int]],
    texts: Sequence[str] | None,
    *,
    z_of: Mapping[str, float],
    display: Mapping[str, str],
    stopwords: frozenset[str],
) -> str:
    """Two to four words from a theme's most distinctive terms.

    1. The head is the best phrase among the six most distinctive terms if it scores at
       least half as high as the best term, else the best term.
    2. The head grows into the run of up to four words it most often stands in within the
       theme's statements ("peninsula" -> "Korean peninsula", "foreign ministers meeting"
       -> "trilateral foreign ministers meeting"), when that run holds at least a third of
       the head's uses and its added words are distinctive of the theme too.
    3. A head still of one word is joined with the next distinctive term that fits
       ("trade and investment").
    """
    if not candidates:
        return NO_TERMS
    best_z = candidates[0][1]
    phrases = [c for c in candidates[:6] if c[2] >= 2 and c[1] >= 0.5 * best_z]
    head = phrases[0][0] if phrases else candidates[0][0]
    if texts:
        head = _grow(head, texts, z_of=z_of, display=display, stopwords=stopwords) or head
    if len(head.split()) >= 2:
        return head
    for term, _, _ in candidates[1:8]:
        words = term.lower().split()
        if head.lower() in words or len(words) + 2 > _MAX_LABEL_WORDS:
            continue
        return f"{head} and {term}"
    return head


def _same(a: str, b: str) -> bool:
    return a == b or a.rstrip("s") == b.rstrip("s")


def _grow(head: str, texts: Sequence[str], *, z_of: Mapping[str, float], display: Mapping[str, str],
          stopwords: frozenset[str]) -> str | None:
    """The run of up to four words around ``head`` (no stopword or punctuation inside)
    that it most often stands in, if that run holds at least a third of its uses, every
    added word is distinctive of the theme (z > 0), and the run occurs at least twice or
    is written as a name inside a sentence ("Korean Peninsula")."""
    key = head.lower().split()
    n = len(key)
    if n >= _MAX_LABEL_WORDS or n == 0:
        return None
    first, first_stem = key[0], key[0].rstrip("s")
    needle = first_stem.casefold()  # in every text where the head can stand (casefold: per letter)
    runs: Counter[tuple[str, ...]] = Counter()
    named: set[tuple[str, ...]] = set()
    uses = 0
    for text in texts:
        text = text.replace("’", "'")
        if needle not in text.casefold():
            continue
        for c, chunk in enumerate(_BREAK.split(text)):
            words = [w[:-2] if w.lower().endswith("'s") else w.rstrip("'") for w in _WORD.findall(chunk)]
            lower = [w.lower() for w in words]
            for i in range(len(lower) - n + 1):
                if lower[i] != first and lower[i].rstrip("s") != first_stem:
                    continue
                if n > 1 and not all(_same(lower[i + j], key[j]) for j in range(1, n)):
                    continue
                uses += 1
                for lo in range(max(0, i - (_MAX_LABEL_WORDS - n)), i + 1):
                    for hi in range(i + n, min(len(lower), lo + _MAX_LABEL_WORDS) + 1):
                        if hi - lo == n:
                            continue
                        added = lower[lo:i] + lower[i + n:hi]
                        if any(w in stopwords or z_of.get(w, 0.0) <= 0 for w in added):
                            continue
                        run = tuple(lower[lo:i]) + tuple(key) + tuple(lower[i + n:hi])
                        runs[run] += 1
                        if (lo > 0 or c > 0) and all(w[:1].isupper() for w in words[lo:hi]):
                            named.add(run)
    runs = Counter({run: count for run, count in runs.items() if count >= 2 or run in named})
    if not runs:
        return None
    run, count = max(runs.items(), key=lambda kv: (kv[1], len(kv[0]), sum(z_of.get(w, 0.0) for w in kv[0])))
    if count * 3 < uses:
        return None
    return " ".join(display.get(w, w) for w in run)


def _unique_labels(labels: list[str]) -> list[str]:
    seen: dict[str, int] = {}
    out = []
    for label in labels:
        seen[label] = seen.get(label, 0) + 1
        out.append(label if seen[label] == 1 else f"{label} ({seen[label]})")
    return out


# ---------------------------------------------------------------------- theme mix

MixBy = Literal["document", "speaker", "period"]
Period = Literal["day", "week", "month", "quarter", "year"]
_PERIOD_FREQ = {"day": "D", "week": "W-MON", "month": "M", "quarter": "Q", "year": "Y"}


def theme_mix(statements: pd.DataFrame, *, by: MixBy = "document", period: Period = "month") -> pd.DataFrame:
    """The mix of themes of each document, speaker or period, from a statements frame
    (any selection of ``Analysis.statements``; it needs ``theme_id`` and
    ``theme_label`` plus ``doc_id``, ``speaker`` or ``date``).

    Statements without a theme are left out; so is narration (empty speaker) for
    ``by="speaker"`` and undated statements for ``by="period"``.

    One row per (group, theme) with at least one statement, groups in order of first
    appearance (periods in time order), themes by ``theme_id``:

    * ``group``: the doc_id, the speaker, or the period's first day (``YYYY-MM-DD``);
    * ``theme_id``, ``theme_label``;
    * ``n_statements``: the group's statements in this theme;
    * ``share``: of the group's statements (with a theme), so each group's shares sum to 1;
    * ``dominant``: True on the group's largest theme (ties: the lower theme_id).
    """
    if by not in ("document", "speaker", "period"):
        raise ValueError(f"Unknown grouping {by!r}. Choose document, speaker or period.")
    if period not in _PERIOD_FREQ:
        raise ValueError(f"Unknown period {period!r}. Choose one of {', '.join(_PERIOD_FREQ)}.")
    columns = ["group", "theme_id", "theme_label", "n_statements", "share", "dominant"]
    frame = statements[statements["theme_id"] >= 0]
    if by == "document":
        groups = frame["doc_id"].astype(str)
    elif by == "speaker":
        frame = frame[frame["speaker"].fillna("") != ""]
        groups = frame["speaker"].astype(str)
    else:
        dates = pd.to_datetime(frame["date"], errors="coerce")
        frame = frame[dates.notna().to_numpy()]
        dates = dates[dates.notna()]
        groups = dates.dt.to_period(_PERIOD_FREQ[period]).dt.start_time.dt.strftime("%Y-%m-%d")
    if frame.empty:
        return pd.DataFrame(columns=columns)
    table = pd.DataFrame({"group": groups.to_numpy(), "theme_id": frame["theme_id"].to_numpy(),
                          "theme_label": frame["theme_label"].to_numpy()})
    order = {g: i for i, g in enumerate(sorted(table["group"].unique()) if by == "period"
                                        else pd.unique(table["group"]))}
    counts = (table.groupby(["group", "theme_id", "theme_label"], sort=False).size()
              .reset_index(name="n_statements"))
    counts["share"] = counts["n_statements"] / counts.groupby("group")["n_statements"].transform("sum")
    counts["_order"] = counts["group"].map(order)
    counts = counts.sort_values(["_order", "theme_id"], kind="stable")
    top = counts.sort_values(["_order", "n_statements", "theme_id"], ascending=[True, False, True],
                             kind="stable").drop_duplicates("group")
    counts["dominant"] = counts.index.isin(top.index)
    counts["n_statements"] = counts["n_statements"].astype("int64")
    return counts[columns].reset_index(drop=True)


def dominant_themes(statements: pd.DataFrame, *, by: MixBy = "document", period: Period = "month") -> pd.DataFrame:
    """Each group's dominant theme (see :func:`theme_mix`).

    One row per group: ``group``, ``theme_id``, ``theme_label`` (its largest theme),
    ``share`` (of the group's statements with a theme), ``n_statements`` (in that theme),
    ``n_total`` (the group's statements with a theme)."""
    mix = theme_mix(statements, by=by, period=period)
    columns = ["group", "theme_id", "theme_label", "share", "n_statements", "n_total"]
    if mix.empty:
        return pd.DataFrame(columns=columns)
    totals = mix.groupby("group", sort=False)["n_statements"].sum()
    top = mix[mix["dominant"]].copy()
    top["n_total"] = top["group"].map(totals).astype("int64")
    return top[columns].reset_index(drop=True)


def representative_statements(analysis: "Analysis", statements: pd.DataFrame | None = None, *,
                              top: int = 5) -> pd.DataFrame:
    """The statements that best represent each theme within a selection.

    A statement's score for its theme is the mean z-score (distinctiveness for the theme,
    as in the themes' ``top_terms``) of its terms, counting only terms with z > 0; the
    ``top`` best of each theme are kept, longer statements first on ties.

    One row per kept statement, themes by ``theme_id`` and best first: ``theme_id``,
    ``theme_label``, ``rank`` (1 = most representative), ``score``, ``statement_id``,
    ``doc_id``, ``speaker``, ``text``.
    """
    columns = ["theme_id", "theme_label", "rank", "score", "statement_id", "doc_id", "speaker", "text"]
    if top < 1:
        raise ValueError(f"top must be at least 1, got {top!r}.")
    everything = analysis.statements
    selected = everything if statements is None else statements
    tm = analysis.term_matrix
    themes = everything["theme_id"].to_numpy()
    k = len(analysis.themes)
    if selected.empty or k == 0 or tm.matrix.shape[1] == 0:
        return pd.DataFrame(columns=columns)
    X = sp.csr_matrix(tm.matrix, dtype=np.float64)
    valid = (themes >= 0) & (themes < k)
    onehot = sp.csr_matrix((np.ones(valid.sum()), (themes[valid], np.flatnonzero(valid))), shape=(k, len(themes)))
    z = np.clip(_log_odds_z(np.asarray((onehot @ X).todense())), 0, None)
    position = pd.Series(np.arange(len(everything)), index=everything["statement_id"].to_numpy())
    rows = position.reindex(selected["statement_id"].to_numpy()).dropna().astype(int).to_numpy()
    sub = X[rows]
    binary = sub.copy()
    binary.data[:] = 1.0
    theme_rows = themes[rows]
    ok = (theme_rows >= 0) & (theme_rows < k)
    scores = np.zeros(len(rows))
    n_terms = np.maximum(np.diff(binary.indptr), 1)
    for t in np.unique(theme_rows[ok]):
        mask = theme_rows == t
        scores[mask] = np.asarray(binary[mask] @ z[t]).ravel() / n_terms[mask]
    picked = everything.iloc[rows][["statement_id", "doc_id", "speaker", "text", "theme_id", "theme_label"]].copy()
    picked["score"] = scores
    picked["_len"] = picked["text"].str.len()
    picked = picked[ok]
    picked = picked.sort_values(["theme_id", "score", "_len", "statement_id"],
                                ascending=[True, False, False, True], kind="stable")
    picked = picked.groupby("theme_id", sort=False).head(top).copy()
    picked["rank"] = picked.groupby("theme_id", sort=False).cumcount() + 1
    return picked[columns].reset_index(drop=True)


# ---------------------------------------------------------------------- renaming

_MAX_NAME = 60


def check_theme_names(labels: Sequence[str], names: Mapping[str, str]) -> dict[str, str]:
    """The renaming ``names`` (label -> new name) makes of ``labels``, cleaned: spaces
    collapsed; empty names, names equal to their label and labels not in ``labels``
    dropped. Raises ``ValueError`` for a name that is too long, reserved, or that two
    themes would share."""
    mapping: dict[str, str] = {}
    for old, new in names.items():
        new = " ".join(str(new or "").split())
        if old not in labels or not new or new == old:
            continue
        if len(new) > _MAX_NAME:
            raise ValueError(f"The name {new[:20]!r}... is {len(new)} characters long. "
                             f"Keep theme names to {_MAX_NAME} characters.")
        if new in (NO_THEME, NO_TERMS):
            raise ValueError(f"{new!r} is reserved for statements without a theme. Choose another name.")
        mapping[old] = new
    final = [mapping.get(label, label) for label in labels]
    clashes = sorted({label for label in final if final.count(label) > 1})
    if clashes:
        raise ValueError(f"Two themes would be called {clashes[0]!r}. Give each theme its own name.")
    return mapping


def rename_themes(analysis: "Analysis", names: Mapping[str, str]) -> "Analysis":
    """A copy of ``analysis`` with themes renamed: ``names`` maps a theme's current
    label to its new name (see :func:`check_theme_names`; labels not in ``names``
    stay).

    The new names replace the labels in the themes, statements and documents frames, so
    filters, charts and colours (by theme_id order) follow."""
    mapping = check_theme_names(analysis.themes.sort_values("theme_id")["label"].tolist(), names)
    if not mapping:
        return analysis

    def relabel(series: pd.Series) -> pd.Series:
        return series.map(lambda label: mapping.get(label, label))

    return replace(
        analysis,
        themes=analysis.themes.assign(label=relabel(analysis.themes["label"])),
        statements=analysis.statements.assign(theme_label=relabel(analysis.statements["theme_label"])),
        documents=analysis.documents.assign(theme_label=relabel(analysis.documents["theme_label"])),
    )


def cache_dir() -> Path:
    """Where Communiqué keeps small per-corpus files: ``$COMMUNIQUE_CACHE``, else
    ``~/.cache/communique`` (as :func:`analysis.cache.default_cache_dir`). Never beside
    the user's files."""
    chosen = os.environ.get("COMMUNIQUE_CACHE")
    return Path(chosen).expanduser() if chosen else Path.home() / ".cache" / "communique"


def theme_names_path(fingerprint: str) -> Path:
    """The JSON file holding a corpus' theme names:
    ``<cache_dir>/<corpus fingerprint>/theme_names.json``."""
    safe = re.sub(r"[^A-Za-z0-9_.-]", "_", str(fingerprint)).strip("._")[:80]
    if not safe:
        raise ValueError("A corpus fingerprint is needed to keep theme names.")
    return cache_dir() / safe / "theme_names.json"


def load_theme_names(fingerprint: str) -> dict[str, str]:
    """The names the user gave this corpus' themes: automatic label -> name. Empty when
    there are none or the file cannot be read (it is only a preference)."""
    path = theme_names_path(fingerprint)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    names = data.get("names") if isinstance(data, dict) else None
    if not isinstance(names, dict):
        return {}
    return {str(k): str(v) for k, v in names.items() if isinstance(k, str) and isinstance(v, str)}


def save_theme_names(fingerprint: str, names: Mapping[str, str]) -> Path:
    """Keep the user's theme names for this corpus (automatic label -> name; names equal
    to their label or empty are dropped). Written atomically; returns the file."""
    path = theme_names_path(fingerprint)
    clean = {str(k): " ".join(str(v).split()) for k, v in names.items()
             if str(v).strip() and " ".join(str(v).split()) != str(k)}
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".json.tmp")
    tmp.write_text(json.dumps({"version": 1, "names": dict(sorted(clean.items()))}, ensure_ascii=False,
                              indent=1), encoding="utf-8")
    os.replace(tmp, path)
    return path
