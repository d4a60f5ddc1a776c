"""Trends: how often a term is used per month or year, normalised by the words said in
each period, so that a busy month does not look like a rise in interest."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

import numpy as np
import pandas as pd

from .terms import TermMatrix

__all__ = ["Period", "period_labels", "term_trend"]

Period = Literal["month", "year"]

_FREQ = {"month": "M", "year": "Y"}
_TREND_COLUMNS = ["term", "period", "count", "words", "per_10k"]


def _check_period(period: str) -> str:
    if period not in _FREQ:
        raise ValueError(f"Unknown period {period!r}. Choose 'month' or 'year'.")
    return _FREQ[period]


def period_labels(dates, *, period: Period = "month") -> pd.Series:
    """Each statement's period as text ("2023-11" for a month, "2023" for a year; empty
    when undated), for grouping (for instance distinctive terms by period)."""
    freq = _check_period(period)
    stamps = pd.to_datetime(pd.Series(dates).reset_index(drop=True), errors="coerce")
    labels = stamps.dt.to_period(freq).astype(str)
    return labels.where(stamps.notna(), "")


def term_trend(
    tm: TermMatrix,
    terms: Sequence[str],
    dates,
    *,
    mask: np.ndarray | None = None,
    period: Period = "month",
) -> pd.DataFrame:
    """The rate of each term per period among the selected statements.

    ``dates`` gives each statement's date (one per matrix row; undated statements are
    left out); ``terms`` are looked up as :meth:`TermMatrix.column` does ("supply
    chain" finds "supply chains"); terms not in the matrix are skipped.

    One row per (term, period), every period from the first to the last dated selected
    statement (periods without the term count 0): ``term`` (as the matrix writes it),
    ``period`` (the period's first day), ``count`` (occurrences), ``words`` (words said
    in the period), ``per_10k`` (occurrences per 10,000 words; NaN when nothing was
    said in the period).
    """
    freq = _check_period(period)
    stamps = pd.to_datetime(pd.Series(dates).reset_index(drop=True), errors="coerce")
    if len(stamps) != tm.n_rows:
        raise ValueError(f"dates has {len(stamps)} entries but the matrix has {tm.n_rows} statements. "
                         "Give one date per statement.")
    keep = stamps.notna().to_numpy().copy()
    if mask is not None:
        keep &= np.asarray(mask, dtype=bool)
    if not keep.any():
        return pd.DataFrame(columns=_TREND_COLUMNS)
    periods = stamps.dt.to_period(freq)
    first, last = periods[keep].min(), periods[keep].max()
    index = pd.period_range(first, last, freq=freq)
    code = np.full(tm.n_rows, -1, dtype=np.int64)
    ordinals = np.asarray(periods.array.asi8, dtype=np.int64)
    code[keep] = ordinals[keep] - first.ordinal
    words = np.bincount(code[keep], weights=tm.row_words[keep], minlength=len(index))
    csc = tm.csc()
    frames = []
    seen: set[int] = set()
    for term in terms:
        col = tm.column(term)
        if col is None or col in seen:
            continue
        seen.add(col)
        lo, hi = csc.indptr[col], csc.indptr[col + 1]
        rows, vals = csc.indices[lo:hi], csc.data[lo:hi]
        inside = keep[rows]
        counts = np.bincount(code[rows[inside]], weights=vals[inside], minlength=len(index))
        with np.errstate(divide="ignore", invalid="ignore"):
            rate = np.where(words > 0, counts / words * 10_000, np.nan)
        frames.append(pd.DataFrame({
            "term": str(tm.terms[col]),
            "period": index.to_timestamp(),
            "count": counts.astype(np.int64),
            "words": words.astype(np.int64),
            "per_10k": rate,
        }))
    if not frames:
        return pd.DataFrame(columns=_TREND_COLUMNS)
    return pd.concat(frames, ignore_index=True)[_TREND_COLUMNS]
