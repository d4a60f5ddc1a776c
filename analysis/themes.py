"""Themes: clusters of statements, found with scikit-learn and labelled in words.

:class:`ThemeModel` follows scikit-learn's conventions: parameters in ``__init__``,
``fit`` returns ``self``, learned state ends in ``_``, ``random_state`` fixes every
random choice so the same corpus and settings give the same themes.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import numpy as np
from sklearn.base import BaseEstimator
from sklearn.decomposition import NMF
from sklearn.feature_extraction.text import TfidfVectorizer

from .terms import DEFAULT_STOPWORDS, Tokenizer

__all__ = ["ThemeModel", "auto_n_themes"]


def auto_n_themes(n_texts: int) -> int:
    """The default number of themes: about sqrt(n/2), between 2 and 12, and never more
    than a third of the texts (so no theme is a single statement)."""
    if n_texts < 4:
        return 1
    return int(max(2, min(12, round(np.sqrt(n_texts / 2)), n_texts // 3)))


class ThemeModel(BaseEstimator):
    """TF-IDF over terms of one to three words, factorised with NMF.

    Parameters:
        n_themes: number of themes, or ``None`` for :func:`auto_n_themes`.
        stopwords: words that never count.
        random_state: seed for the factorisation.

    Learned:
        n_themes_: the number of themes fitted.
        labels_: theme of each text (``-1`` when a text has no counted term).
        weights_: text x theme weights, each row summing to 1 (or 0).
        top_terms_: per theme, its ten most characteristic terms.
        theme_labels_: per theme, a short label from its top terms.
    """

    def __init__(
        self,
        n_themes: int | None = None,
        *,
        stopwords: Iterable[str] = DEFAULT_STOPWORDS,
        random_state: int = 0,
    ) -> None:
        self.n_themes = n_themes
        self.stopwords = stopwords
        self.random_state = random_state

    def fit(self, texts: Sequence[str]) -> "ThemeModel":
        texts = list(texts)
        if self.n_themes is not None and (not isinstance(self.n_themes, (int, np.integer)) or self.n_themes < 1):
            raise ValueError(f"n_themes must be a positive whole number or None, got {self.n_themes!r}.")
        tokenizer = Tokenizer(stopwords=self.stopwords, max_n=3).learn_case(texts)
        self.vectorizer_ = TfidfVectorizer(analyzer=tokenizer, lowercase=False, sublinear_tf=True,
                                           min_df=1, max_df=0.5 if len(texts) > 20 else 1.0)
        try:
            X = self.vectorizer_.fit_transform(texts)
        except ValueError:
            X = None
        k = self.n_themes if self.n_themes is not None else auto_n_themes(len(texts))
        has_terms = X is not None and X.shape[1] > 0 and X.nnz > 0
        k = int(min(k, max(1, len(texts)), X.shape[1] if has_terms else 1))
        self.n_themes_ = k
        if not has_terms:
            self.weights_ = np.zeros((len(texts), 1))
            self.labels_ = np.full(len(texts), -1)
            self.top_terms_ = [[]]
            self.theme_labels_ = ["(no terms)"]
            return self
        if k == 1:
            W = np.asarray(X.sum(axis=1)).reshape(-1, 1)
            H = np.asarray(X.sum(axis=0)).reshape(1, -1)
        else:
            nmf = NMF(n_components=k, init="nndsvd", random_state=self.random_state, max_iter=400)
            W = nmf.fit_transform(X)
            H = nmf.components_
        terms = self.vectorizer_.get_feature_names_out()
        row_sum = W.sum(axis=1, keepdims=True)
        self.weights_ = np.divide(W, row_sum, out=np.zeros_like(W), where=row_sum > 0)
        self.labels_ = np.where(row_sum.ravel() > 0, W.argmax(axis=1), -1)
        self.components_ = H
        self.top_terms_ = [[str(terms[i]) for i in np.argsort(-H[t], kind="stable")[:10]] for t in range(k)]
        self.theme_labels_ = _unique_labels([_label(top) for top in self.top_terms_])
        return self


def _label(top: list[str]) -> str:
    """Two to four words: the best phrase, completed by the best word not in it."""
    if not top:
        return "(no terms)"
    phrases = [t for t in top[:5] if " " in t]
    head = max(phrases[:2], key=lambda t: (t.count(" "), -phrases.index(t))) if phrases else top[0]
    words = set(head.lower().split())
    for term in top:
        if not words & set(term.lower().split()) and term.lower() not in head.lower():
            return f"{head}, {term}" if len((head + " " + term).split()) <= 4 else head
    return head


def _unique_labels(labels: list[str]) -> list[str]:
    seen: dict[str, int] = {}
    out = []
    for label in labels:
        seen[label] = seen.get(label, 0) + 1
        out.append(label if seen[label] == 1 else f"{label} ({seen[label]})")
    return out
