"""The filter model shared by every page, chart and the command line.

A filter is what a URL query string says: ``speaker``, ``theme`` (the theme label),
``doc``, ``from`` and ``to`` (ISO dates); repeat a key for several values.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

import numpy as np
import pandas as pd

__all__ = ["Filters", "FILTER_KEYS"]

FILTER_KEYS = ("speaker", "theme", "doc", "from", "to")


def _date(value: object) -> dt.date | None:
    if value in (None, ""):
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value).strip()[:10])
    except ValueError:
        raise ValueError(f"{value!r} is not a date. Write dates as YYYY-MM-DD, e.g. 2023-11-26.") from None


@dataclass(frozen=True)
class Filters:
    """Which statements to show. Empty fields do not filter."""

    speaker: tuple[str, ...] = ()
    theme: tuple[str, ...] = ()
    doc: tuple[str, ...] = ()
    date_from: dt.date | None = None
    date_to: dt.date | None = None

    @classmethod
    def from_query(cls, query: Mapping[str, str | Iterable[str]]) -> "Filters":
        """From query parameters (a mapping of key to one value or a list of values)."""

        def values(key: str) -> tuple[str, ...]:
            raw = query.get(key, ())
            items = [raw] if isinstance(raw, str) else list(raw)
            return tuple(dict.fromkeys(v.strip() for v in items if v and v.strip()))

        unknown = set(query) - set(FILTER_KEYS)
        del unknown  # other parameters (chart settings) are not filters
        frm = values("from")
        to = values("to")
        return cls(
            speaker=values("speaker"),
            theme=values("theme"),
            doc=values("doc"),
            date_from=_date(frm[0]) if frm else None,
            date_to=_date(to[0]) if to else None,
        )

    @classmethod
    def from_pairs(cls, pairs: Iterable[str]) -> "Filters":
        """From ``KEY=VALUE`` strings, as the command line takes them."""
        query: dict[str, list[str]] = {}
        for pair in pairs:
            key, sep, value = pair.partition("=")
            key = key.strip().lower()
            if not sep or key not in FILTER_KEYS:
                raise ValueError(
                    f"{pair!r} is not a filter. Write KEY=VALUE with KEY one of {', '.join(FILTER_KEYS)}, "
                    'e.g. --filter "speaker=Park Jin".')
            query.setdefault(key, []).append(value)
        return cls.from_query(query)

    def to_query(self) -> list[tuple[str, str]]:
        """Query parameters, in a stable order."""
        out = [("speaker", s) for s in self.speaker]
        out += [("theme", t) for t in self.theme]
        out += [("doc", d) for d in self.doc]
        if self.date_from:
            out.append(("from", self.date_from.isoformat()))
        if self.date_to:
            out.append(("to", self.date_to.isoformat()))
        return out

    @property
    def is_empty(self) -> bool:
        return not self.to_query()

    def mask(self, statements: pd.DataFrame) -> np.ndarray:
        """Boolean mask over the rows of a statements frame."""
        keep = np.ones(len(statements), dtype=bool)
        if self.speaker:
            keep &= statements["speaker"].isin(self.speaker).to_numpy()
        if self.theme:
            keep &= statements["theme_label"].isin(self.theme).to_numpy()
        if self.doc:
            keep &= statements["doc_id"].isin(self.doc).to_numpy()
        if self.date_from or self.date_to:
            dates = pd.to_datetime(statements["date"])
            if self.date_from:
                keep &= (dates >= pd.Timestamp(self.date_from)).fillna(False).to_numpy(dtype=bool)
            if self.date_to:
                keep &= (dates <= pd.Timestamp(self.date_to)).fillna(False).to_numpy(dtype=bool)
        return keep

    def describe(self) -> str:
        """Plain words for chart subtitles: 'Speaker: Park Jin · From 2023-01-01'."""
        parts = []
        if self.speaker:
            parts.append("Speaker: " + ", ".join(self.speaker))
        if self.theme:
            parts.append("Theme: " + ", ".join(self.theme))
        if self.doc:
            parts.append("Document: " + ", ".join(self.doc))
        if self.date_from and self.date_to:
            parts.append(f"{self.date_from.isoformat()} to {self.date_to.isoformat()}")
        elif self.date_from:
            parts.append(f"From {self.date_from.isoformat()}")
        elif self.date_to:
            parts.append(f"Until {self.date_to.isoformat()}")
        return " · ".join(parts) if parts else "All statements"
