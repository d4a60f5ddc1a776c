"""Terms: tokens and phrases, the statement x term matrix, frequencies, distinctive terms
and keyword-in-context.

How a statement becomes terms (one rule set, used for counting, KWIC and look-ups):

* **Tokens.** Words start with a letter and may hold digits, internal apostrophes and
  hyphens ("people-to-people", "COVID-19", "U.S."). Curly and straight apostrophes are
  the same; a possessive "'s" or a trailing apostrophe is dropped ("Korea's" -> Korea,
  "ministers'" -> ministers). Numbers, punctuation, URLs, e-mail addresses, markup and
  HTML entities are not words and end a phrase.
* **Case.** A word is a *name* when, inside sentences, it is capitalised more often than
  not in the corpus ("China", "South"); names keep their case, other words are folded to
  lower case. Acronyms (2-5 capitals: "UN", "US", "WHO") are always names.
* **Names of several words.** Adjacent capitalised names form one unit of up to
  ``max_n`` words ("South Korea", "Wang Yi", "United Nations"), so that "South" and
  "Korea" do not each count on their own. Person titles ("President", "Minister") split
  such runs ("Minister Wang Yi" -> Minister + Wang Yi).
* **Plurals.** A plural and its singular are one term when both occur in the corpus
  ("supply chain" / "supply chains"); the term is shown in its most frequent form.
* **Stopwords** (:data:`DEFAULT_STOPWORDS`: English function words plus the genre's
  boilerplate: said, added, noting, Xinhua, weekdays, months) never count and end a
  phrase, so fragments such as "said that China" cannot form.
* **The speaker's own name** does not count in their statements: with ``speakers``, a
  capitalised word of the statement's speaker's name is treated like a stopword.
* **Phrases** are runs of two or three units (at most ``max_n`` words) within one
  statement that occur at least ``min_count`` times and pass a collocation test:
  Dunning's log-likelihood G2 >= 10.83 (p < 0.001) with more co-occurrences than chance,
  for every split of the phrase. A phrase that is nearly always (>= 80%) part of one
  longer valid phrase is a fragment and is dropped ("strategic cooperative" inside
  "strategic cooperative partnership").

Counts: a single word counts every occurrence (also inside phrases); a phrase counts its
occurrences as a contiguous run. The matrix is built once per corpus; frequencies and
distinctive terms for any filter are sums over its rows.
"""

from __future__ import annotations

import multiprocessing as mp
import os
import re
from collections import defaultdict
from concurrent.futures import ProcessPoolExecutor
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import chain
from typing import Literal

import numpy as np
import pandas as pd
import scipy.sparse as sp

__all__ = [
    "DEFAULT_STOPWORDS",
    "ENGLISH_STOPWORDS",
    "GENRE_STOPWORDS",
    "PERSON_TITLES",
    "Tokenizer",
    "TermMatrix",
    "build_term_matrix",
    "term_frequencies",
    "frequencies_by_group",
    "distinctive_terms",
    "selection_terms",
    "compare_groups",
    "kwic",
]

ENGLISH_STOPWORDS = frozenset("""
a about above across after afterwards again against all almost alone along already also although
always am among amongst an and another any anybody anyhow anyone anything anyway anywhere are
around as at be became because become becomes becoming been before beforehand behind being below
beside besides between beyond both but by can cannot could did do does doing done down during
each either else elsewhere enough etc even ever every everybody everyone everything everywhere
except few for from further furthermore had has have having he hence her here hereafter hereby
herein hers herself him himself his how however i ie eg if in indeed into is it its itself just
least less let lot lots many may me meanwhile might mine more moreover most mostly much must my
myself namely neither never nevertheless no nobody none noone nor not nothing now nowhere of off
often on once only onto or other others otherwise ought our ours ourselves out over own per
perhaps quite rather really same several she should since so some somebody somehow someone
something sometime sometimes somewhere still such than that the their theirs them themselves then
thence there thereafter thereby therefore therein thereupon these they this those though through
throughout thru thus to too toward towards under unless unlike until up upon us very via was we
were what whatever when whence whenever where whereafter whereas whereby wherein whereupon
wherever whether which while whither who whoever whom whose why will with within without would yet
well like
you your yours yourself yourselves shall amid amidst despite one two three four five six seven
eight nine ten dozen hundred thousand million billion trillion ones also yes oh
don't doesn't didn't can't won't isn't aren't wasn't weren't haven't hasn't hadn't shouldn't
wouldn't couldn't mustn't needn't shan't let's
""".split())

GENRE_STOPWORDS = frozenset("""
said says say saying added adding adds noted noting told tells telling stated stating according
mentioned reportedly quoted xinhua reuters ap afp upi tass kyodo yonhap bernama ians pti
mr mrs ms dr h.e. jr sr
today yesterday tomorrow tonight sunday monday tuesday wednesday thursday friday saturday
january february march april june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec
""".split())

#: English function words plus the genre's boilerplate. Editable per corpus in the dashboard.
DEFAULT_STOPWORDS = ENGLISH_STOPWORDS | GENRE_STOPWORDS

#: Words that split a run of capitalised names ("Minister Wang Yi" -> Minister + Wang Yi).
#: "General" splits only after another title ("Secretary General").
PERSON_TITLES = frozenset("""
mr mrs ms dr president vice prime minister premier secretary ambassador chairman chairwoman
chairperson chair king queen prince princess emir sheikh sultan senator governor chancellor
spokesperson spokesman spokeswoman counselor councillor envoy excellency majesty highness pope
state deputy director commissioner secretary-general vice-president vice-chairman
under-secretary-general
""".split())

G2_MIN = 10.83  # log-likelihood for p < 0.001 with one degree of freedom
FRAGMENT_SHARE = 0.8  # a phrase nearly always inside one longer phrase is a fragment

# A word (or an abbreviation such as "U.S."), a number, or one punctuation mark.
_TOKEN = re.compile(r"[^\W\d_](?:(?<=[A-Z])\.(?:[A-Z]\.)+|[^\W_]*(?:['\-][^\W_]+)*'?)|\d[\w.,]*|[^\w\s]")
_JUNK = re.compile(r"https?://[^\s\x00]+|www\.[^\s\x00]+|<[^<>\x00]{0,300}>|&#?\w{1,10};")
_APOSTROPHE_CHARS = ("’", "‘", "ʼ", "′", "`")
_APOSTROPHES = str.maketrans({c: "'" for c in _APOSTROPHE_CHARS})
_SENTENCE_PUNCT = frozenset('.!?:;"“”([…\'‘—–')
_PLURAL_EXCEPTIONS = frozenset(
    "news goods arms means series species politics economics physics mathematics ethics "
    "headquarters whereabouts statistics logistics".split())
_BATCH = 4000


def _blank(match: re.Match) -> str:
    return "|" + " " * (len(match.group()) - 1)


def _clean(text: str) -> str:
    """Apostrophes unified; URLs, e-mail addresses, markup and entities replaced by a
    break of the same length (so character offsets still point into the text)."""
    for c in _APOSTROPHE_CHARS:
        if c in text:
            text = text.replace(c, "'")
    if "://" in text or "<" in text or "&" in text or "www." in text:
        text = _JUNK.sub(_blank, text)
    if "@" in text:
        spans = []
        at = text.find("@")
        while at >= 0:
            lo, hi = at, at + 1
            while lo > 0 and (text[lo - 1].isalnum() or text[lo - 1] in "._+-"):
                lo -= 1
            while hi < len(text) and (text[hi].isalnum() or text[hi] in "._-"):
                hi += 1
            if lo < at and "." in text[at + 1:hi].strip("."):
                spans.append((lo, hi))
            at = text.find("@", hi)
        for lo, hi in reversed(spans):
            text = text[:lo] + "|" + " " * (hi - lo - 1) + text[hi:]
    return text


def _raw_props(tok: str) -> tuple[str, bool, bool, bool, bool, str]:
    """(key, is_word, capitalised, acronym, sentence_punct, name_surface) of a raw token."""
    c0 = tok[0]
    if not c0.isalpha():
        return "", False, False, False, tok in _SENTENCE_PUNCT, ""
    surface = tok
    if surface.endswith("'s") or surface.endswith("'S"):
        surface = surface[:-2]
    surface = surface.rstrip("'")
    letters = [c for c in surface if c.isalpha()]
    acronym = 2 <= len(letters) <= 5 and all(c.isupper() for c in letters) and "'" not in surface
    key = surface if acronym else surface.lower()
    return key, True, c0.isupper(), acronym, False, surface


def _singular(key: str, present: set[str]) -> str | None:
    """The singular of a plural ``key`` when that singular is in ``present``."""
    if len(key) < 4 or not key.endswith("s") or key in _PLURAL_EXCEPTIONS:
        return None
    if key.endswith(("ss", "us", "is", "'s")):
        return None
    if key.endswith("ies") and len(key) > 4 and key[:-3] + "y" in present:
        return key[:-3] + "y"
    if key.endswith("es") and key[:-2].endswith(("s", "x", "z", "ch", "sh")) and key[:-2] in present:
        return key[:-2]
    if key[:-1] in present:
        return key[:-1]
    return None


def _g2(k11: np.ndarray, c1: np.ndarray, c2: np.ndarray, n: float) -> np.ndarray:
    """Dunning's log-likelihood ratio of a 2x2 table, signed: negative when the pair
    co-occurs less often than chance."""
    k11 = k11.astype(float)
    c1 = c1.astype(float)
    c2 = c2.astype(float)
    k12, k21 = c1 - k11, c2 - k11
    k22 = n - c1 - c2 + k11
    cells = np.stack([k11, k12, k21, k22])
    rows = np.stack([c1, c1, n - c1, n - c1])
    cols = np.stack([c2, n - c2, c2, n - c2])
    expected = rows * cols / n
    with np.errstate(divide="ignore", invalid="ignore"):
        terms = np.where(cells > 0, cells * np.log(cells / expected), 0.0)
    g2 = 2 * terms.sum(axis=0)
    return np.where(k11 * n > c1 * c2, g2, -g2)


@dataclass
class _Stream:
    """Content units of some texts in reading order (stopwords and breaks left out)."""

    unit: np.ndarray  # int32 unit id; -1 for a word never seen in fitting
    surface: np.ndarray | None  # int32 surface id of this occurrence (when fitting)
    words: np.ndarray  # int8 words in the unit (1; 2-3 for a merged name)
    row: np.ndarray  # int32 text index
    contig: np.ndarray  # bool, len n - 1: units i and i + 1 are adjacent in one text
    start: np.ndarray | None = None  # character offsets (when asked for)
    end: np.ndarray | None = None

    @staticmethod
    def concat(pieces: list["_Stream"]) -> "_Stream":
        pieces = [p for p in pieces if len(p.unit)]
        if not pieces:
            z = np.zeros(0, dtype=np.int32)
            return _Stream(z, z, z.astype(np.int8), z, np.zeros(0, dtype=bool))
        contig = []
        for i, p in enumerate(pieces):
            if i:
                contig.append(np.zeros(1, dtype=bool))  # pieces end at text boundaries
            contig.append(p.contig)

        def cat(name):
            # One field at a time, each piece's part freed once copied: the peak is the
            # pieces plus one field, not twice the stream.
            parts = [getattr(p, name) for p in pieces]
            for p in pieces:
                setattr(p, name, None)
            return None if parts[0] is None else np.concatenate(parts)

        contig = np.concatenate(contig)
        for p in pieces:
            p.contig = None
        return _Stream(cat("unit"), cat("surface"), cat("words"), cat("row"), contig, cat("start"), cat("end"))

    def slice(self, lo: int, hi: int) -> "_Stream":
        return _Stream(self.unit[lo:hi], None, self.words[lo:hi], self.row[lo:hi],
                       self.contig[lo:max(hi - 1, lo)], None, None)


@dataclass
class _Raw:
    """Per raw token string of one scan (plus a spare last slot for "no word")."""

    key: np.ndarray  # int32 key id, -1 when not a word
    cap: np.ndarray  # capitalised
    sent: np.ndarray  # punctuation after which a sentence may start
    dot: np.ndarray  # a full stop
    abbrev: np.ndarray  # short capitalised word or single letter ("Mr", "S")
    name_surface: np.ndarray | None  # int32 surface id of the word as written


@dataclass
class _KeyView:
    """Per key (plus a spare last slot for "no word"): the fitted keys, and in
    transforming, keys never seen in fitting after them."""

    n_fit: int
    stop: np.ndarray
    title: np.ndarray
    acronym: np.ndarray
    name: np.ndarray
    lemma: np.ndarray  # int32 unit id of a single word


def _batches(lengths: np.ndarray, target: int = 400_000) -> list[tuple[int, int, int, int]]:
    """(first text, end text, first token, end token) of batches of about ``target``
    tokens, cut at text boundaries."""
    n = len(lengths)
    if n == 0:
        return []
    cum = np.cumsum(lengths)
    total = int(cum[-1])
    cuts = np.searchsorted(cum, np.arange(target, total, target), side="right") if total > target else []
    rows = np.unique(np.r_[0, cuts, n]).astype(np.int64)
    pos = np.r_[0, cum][rows]
    return [(int(rows[i]), int(rows[i + 1]), int(pos[i]), int(pos[i + 1])) for i in range(len(rows) - 1)]


def _scan(texts: Sequence[str], *, offsets: bool = False):
    """Tokenise: (raw token ids, tokens per text, raw token strings[, starts, ends]).

    Texts are joined in batches with a NUL separator so that cleaning and the regular
    expression run once per batch."""
    vocab: defaultdict[str, int] = defaultdict()
    vocab.default_factory = vocab.__len__  # a new string gets the next id
    sep = vocab["\x00"]
    parts: list[np.ndarray] = []
    lengths = np.zeros(len(texts), dtype=np.int64)
    starts: list[np.ndarray] = []
    ends: list[np.ndarray] = []
    step = 200 if offsets else _BATCH
    for b in range(0, len(texts), step):
        part = texts.iloc[b:b + step].tolist() if isinstance(texts, pd.Series) else texts[b:b + step]
        batch = [(t.replace("\x00", " ") if "\x00" in t else t) if isinstance(t, str) else "" for t in part]
        chunk = _clean("\x00".join(batch))
        if offsets:
            matches = list(_TOKEN.finditer(chunk))
            toks = [m.group() for m in matches]
            s = np.fromiter((m.start() for m in matches), dtype=np.int64, count=len(matches))
            e = np.fromiter((m.end() for m in matches), dtype=np.int64, count=len(matches))
        else:
            toks = _TOKEN.findall(chunk)
        ids = np.fromiter(map(vocab.__getitem__, toks), dtype=np.int32, count=len(toks))
        is_sep = ids == sep
        seps = np.flatnonzero(is_sep)
        lengths[b:b + len(batch)] = np.diff(np.r_[-1, seps, len(ids)]) - 1
        parts.append(ids[~is_sep])
        if offsets:
            # Offsets within each text: subtract where the text begins in the chunk.
            text_start = np.cumsum([0] + [len(t) + 1 for t in batch[:-1]])
            owner = np.cumsum(is_sep)[~is_sep]
            starts.append(s[~is_sep] - text_start[owner])
            ends.append(e[~is_sep] - text_start[owner])
    raw_ids = np.concatenate(parts) if parts else np.zeros(0, dtype=np.int32)
    strings = list(vocab)
    if offsets:
        empty = [np.zeros(0, dtype=np.int64)]
        return raw_ids, lengths, strings, np.concatenate(starts or empty), np.concatenate(ends or empty)
    return raw_ids, lengths, strings


# Texts of the scan in progress, read by the forked helper process (never pickled).
_SCAN_TEXTS: Sequence[str] | None = None
_PARALLEL_SCAN_CHARS = 8_000_000  # below this, a second process costs more than it saves


def _scan_half(start: int, end: int):
    texts = _SCAN_TEXTS
    assert texts is not None  # set by _scan_fast before the fork
    part = texts.iloc[start:end] if isinstance(texts, pd.Series) else texts[start:end]
    return _scan(part)


def _scan_fast(texts: Sequence[str]):
    """``_scan`` of a large corpus in two processes, the second half in a forked helper.

    The result is identical to ``_scan(texts)``: token ids are given in order of first
    occurrence, so the second half's new strings follow the first half's, in their order.
    """
    global _SCAN_TEXTS
    n = len(texts)
    if isinstance(texts, pd.Series):  # counted in Arrow: never all held as Python strings
        size = int(texts.str.len().fillna(0).sum()) if pd.api.types.is_string_dtype(texts) else \
            sum(len(t) for t in texts if isinstance(t, str))
    else:
        size = sum(len(t) for t in texts if isinstance(t, str))
    if (n < 2 or size < _PARALLEL_SCAN_CHARS or (os.cpu_count() or 1) < 2
            or "fork" not in mp.get_all_start_methods()):
        return _scan(texts)
    half = n // 2
    _SCAN_TEXTS = texts
    try:
        with ProcessPoolExecutor(max_workers=1, mp_context=mp.get_context("fork")) as pool:
            second = pool.submit(_scan_half, half, n)
            ids1, len1, strings1 = _scan(texts.iloc[:half] if isinstance(texts, pd.Series) else texts[:half])
            ids2, len2, strings2 = second.result()
    finally:
        _SCAN_TEXTS = None
    index = {t: i for i, t in enumerate(strings1)}
    strings = list(strings1)
    remap = np.empty(len(strings2), dtype=np.int32)
    for j, t in enumerate(strings2):
        i = index.get(t)
        if i is None:
            i = index[t] = len(strings)
            strings.append(t)
        remap[j] = i
    return np.concatenate([ids1, remap[ids2]]), np.concatenate([len1, len2]), strings


# Acronyms that are also English stopwords when lower-cased.
_REAL_ACRONYMS = frozenset({"us", "who", "it", "un", "eu"})
# A word in capitals is that word shouted when the corpus writes it in lower case this many
# times as often ("PEACE" among "peace"; not "AIDS" among "aids")
_SHOUTED_RATIO = 5


class Tokenizer:
    """Turns statements into terms of one to ``max_n`` words (see the module docstring).

    Follows scikit-learn's conventions: parameters in ``__init__``; :meth:`fit` learns the
    corpus' names, plurals and phrases and returns ``self``; learned state ends in ``_``
    (``terms_``, ``n_words_``, ``collocation_``, ``row_words_``). Calling the fitted
    tokenizer on a text returns its terms, one string per occurrence, so it can serve as
    a scikit-learn ``analyzer``.

    Parameters:
        stopwords: words never counted (case-insensitive; acronyms such as "US" or
            "WHO" are not taken for the English stopwords "us" or "who").
        max_n: the most words in a term (1 to 3).
        min_count: the fewest occurrences of a phrase in the corpus.
    """

    def __init__(self, *, stopwords: Iterable[str] = DEFAULT_STOPWORDS, max_n: int = 3,
                 min_count: int = 2) -> None:
        self.stopwords = stopwords
        self.max_n = max_n
        self.min_count = min_count

    # ------------------------------------------------------------------ public
    def fit(self, texts: Sequence[str], speakers: Sequence[str] | None = None) -> "Tokenizer":
        """Learn names, plurals and phrases from ``texts``; ``speakers`` (one per text)
        keeps each speaker's own name out of their texts."""
        self.fit_transform(texts, speakers)
        return self

    def learn_case(self, texts: Sequence[str]) -> "Tokenizer":
        """Same as :meth:`fit` (the name callers of the first version use)."""
        return self.fit(texts)

    def fit_transform(self, texts: Sequence[str], speakers: Sequence[str] | None = None) -> sp.csr_matrix:
        """Fit, and return the text x term count matrix (columns as
        :meth:`get_feature_names_out`)."""
        if not isinstance(self.max_n, (int, np.integer)) or not 1 <= self.max_n <= 3:
            raise ValueError(f"max_n must be 1, 2 or 3, got {self.max_n!r}.")
        if not isinstance(self.min_count, (int, np.integer)) or self.min_count < 1:
            raise ValueError(f"min_count must be a whole number of at least 1, got {self.min_count!r}.")
        texts = _as_texts(texts)
        _check_speakers(texts, speakers)
        self._stop = frozenset(str(w).lower() for w in self.stopwords)
        self._keys: dict[str, int] = {}
        self._key_strings: list[str] = []
        self._key_acronym: list[bool] = []
        self._surfaces: dict[str, int] = {}
        self._surface_strings: list[str] = []
        raw_ids, lengths, raw_strings = _scan_fast(texts)
        raw = self._raw_tables(raw_strings, learn=True)
        del raw_strings
        n_keys = len(self._key_strings)
        stop, title = self._key_flags(self._key_strings, self._key_acronym)
        self._key_surface = np.array([self._surface_id(k) for k in self._key_strings] + [0], dtype=np.int32)
        acronym = np.array(self._key_acronym + [False], dtype=bool)
        kv = _KeyView(n_keys, stop, title, acronym, np.zeros(n_keys + 1, dtype=bool),
                      np.r_[np.arange(n_keys), -1].astype(np.int32))
        spk = self._speaker_pairs(speakers, n_keys)
        batches = _batches(lengths)
        # 1. Which words are names; plurals.
        upper = np.zeros(n_keys, dtype=np.int64)
        lower = np.zeros(n_keys, dtype=np.int64)
        seen = np.zeros(n_keys, dtype=np.int64)
        row_words = np.zeros(len(texts), dtype=np.int64)
        for batch in batches:
            f = self._flags(raw_ids, lengths, batch, raw, kv)
            kid, content, cap, initial = f["kid"], f["content"], f["cap"], f["initial"]
            upper += np.bincount(kid[content & cap & ~initial], minlength=n_keys)
            lower += np.bincount(kid[content & ~cap], minlength=n_keys)
            seen += np.bincount(kid[content], minlength=n_keys)
            row_words[batch[0]:batch[1]] = np.bincount(f["rows"][kid >= 0] - batch[0],
                                                       minlength=batch[1] - batch[0])
        self._learn_keys(kv, upper, lower, seen)
        self._kv = kv
        # 2. Names of several words.
        collected: dict[int, list[np.ndarray]] = {L: [] for L in range(2, self.max_n + 1)}
        for batch in batches:
            for L, codes in self._encode_batch(raw_ids, lengths, batch, raw, kv, spk, runs_only=True).items():
                collected[L].append(codes)
        self._merged_codes: dict[int, tuple[np.ndarray, int]] = {}
        n_units = n_keys
        for L, parts in collected.items():
            uniq = _unique(np.concatenate(parts)) if parts else np.zeros(0, dtype=np.int64)
            self._merged_codes[L] = (uniq, n_units)
            n_units += len(uniq)
        self._n_units = n_units
        # 3. The stream of units, then phrases and counts.
        pieces = [self._encode_batch(raw_ids, lengths, batch, raw, kv, spk, surfaces=True) for batch in batches]
        stream = _Stream.concat(pieces)
        del pieces
        del raw_ids
        matrix = self._learn_phrases(stream, len(texts))
        self.row_words_ = row_words
        return matrix

    def transform(self, texts: Sequence[str], speakers: Sequence[str] | None = None) -> sp.csr_matrix:
        """Counts of the fitted terms in texts (words never seen in fitting are ignored)."""
        self._check_fitted()
        texts = _as_texts(texts)
        _check_speakers(texts, speakers)
        return self._count(self._stream_of(texts, speakers), len(texts))

    def get_feature_names_out(self) -> np.ndarray:
        self._check_fitted()
        return self.terms_

    def __call__(self, text: str) -> list[str]:
        """The terms of one text, one string per occurrence."""
        self._check_fitted()
        counts = self.transform([text if isinstance(text, str) else ""])
        return [str(self.terms_[c]) for c, k in zip(counts.indices, counts.data) for _ in range(int(k))]

    def __getstate__(self) -> dict:
        state = self.__dict__.copy()
        # Rebuilt on demand or from the rest: keep what is saved (pickle, the analysis
        # cache) small.
        for key in [k for k in state if k.startswith("_memo")] + ["_keys"]:
            state.pop(key, None)
        if state.get("_stop") == frozenset(str(w).lower() for w in self.stopwords):
            state.pop("_stop")
        return state

    def __setstate__(self, state: dict) -> None:
        self.__dict__.update(state)
        if "_key_strings" in state:
            self._keys = {k: i for i, k in enumerate(self._key_strings)}
        if "_stop" not in state and "stopwords" in state:
            self._stop = frozenset(str(w).lower() for w in self.stopwords)

    def occurrences(self, texts: Sequence[str], column: int,
                    speakers: Sequence[str] | None = None) -> list[tuple[int, int, int]]:
        """(text index, start, end) of every occurrence of term ``column`` in ``texts``:
        exactly the occurrences that the counts count."""
        self._check_fitted()
        texts = _as_texts(texts)
        _check_speakers(texts, speakers)
        stream = self._stream_of(texts, speakers, offsets=True)
        src = np.flatnonzero(self._col_map == column)
        out: list[tuple[int, int, int]] = []
        seen = stream.unit >= 0
        single = np.zeros(len(stream.unit), dtype=bool)
        single[seen] = np.isin(self._unit_col[stream.unit[seen]], src)
        for i in np.flatnonzero(single).tolist():
            out.append((int(stream.row[i]), int(stream.start[i]), int(stream.end[i])))
        ids = self._elig_id[stream.unit]
        for k, (codes, kcols) in self._phrase_tables.items():
            wanted = _unique(codes[np.isin(kcols, src)])
            if len(wanted) == 0:
                continue
            at = self._ngram_positions(stream, k)
            code, ok = _codes(at, k, ids, self._n_eligible)
            at = at[ok][_member(code[ok], wanted)]
            for i in at.tolist():
                out.append((int(stream.row[i]), int(stream.start[i]), int(stream.end[i + k - 1])))
        out.sort()
        return out

    def column(self, term: str) -> int | None:
        """The column of ``term``: its exact form, else any case, else the text read as
        one term ("supply chain" finds "supply chains")."""
        self._check_fitted()
        if getattr(self, "_memo_index", None) is None:
            self._memo_index = {t: i for i, t in enumerate(self.terms_.tolist())}
            self._memo_index_lower = {}
            for i, t in enumerate(self.terms_.tolist()):
                self._memo_index_lower.setdefault(t.lower(), i)
        term = " ".join(str(term).split())
        if term in self._memo_index:
            return self._memo_index[term]
        if term.lower() in self._memo_index_lower:
            return self._memo_index_lower[term.lower()]
        row = self.transform([term])
        if row.nnz == 0:
            return None
        cols, vals = row.indices, row.data
        # The term that covers every counted word of the text, if there is one.
        words = int(sum(self.n_words_[c] * v for c, v in zip(cols, vals) if self._single_col[c]))
        whole = [int(c) for c in cols if self.n_words_[c] == words]
        return min(whole) if whole else None

    def _check_fitted(self) -> None:
        if not hasattr(self, "terms_"):
            raise ValueError("This Tokenizer is not fitted yet. Call fit(texts) first.")

    # ------------------------------------------------------------------ keys
    def _surface_id(self, text: str) -> int:
        sid = self._surfaces.get(text)
        if sid is None:
            sid = self._surfaces[text] = len(self._surface_strings)
            self._surface_strings.append(text)
        return sid

    def _raw_tables(self, raw_strings: list[str], *, learn: bool, extra: dict | None = None) -> _Raw:
        """Per raw token string: its key (new keys join the fitted ones when ``learn``,
        else ``extra``), case, punctuation role and surface."""
        n = len(raw_strings)
        key = np.full(n + 1, -1, dtype=np.int32)
        cap = np.zeros(n + 1, dtype=bool)
        sent = np.zeros(n + 1, dtype=bool)
        dot = np.zeros(n + 1, dtype=bool)
        abbrev = np.zeros(n + 1, dtype=bool)
        name_surface = np.zeros(n + 1, dtype=np.int32) if learn else None
        keys = self._keys
        for i, tok in enumerate(raw_strings):
            k_str, is_word, c, acronym, s, surface = _raw_props(tok)
            if not is_word:
                sent[i] = s
                dot[i] = tok == "."
                continue
            k = keys.get(k_str)
            if k is None:
                if learn:
                    k = keys[k_str] = len(self._key_strings)
                    self._key_strings.append(k_str)
                    self._key_acronym.append(acronym)
                else:
                    k = extra.get(k_str)
                    if k is None:
                        k = extra[k_str] = len(self._key_strings) + len(extra)
            key[i] = k
            cap[i] = c
            abbrev[i] = len(surface) <= 3 and (c or len(surface) == 1)
            if learn:
                name_surface[i] = self._surface_id(surface)
        return _Raw(key, cap, sent, dot, abbrev, name_surface)

    def _key_flags(self, keys: Sequence[str], acronyms: Sequence[bool]) -> tuple[np.ndarray, np.ndarray]:
        """(stopword, person title) per key, with a spare last slot (True, False)."""
        stop = self._stop
        stop_acronyms = stop - ENGLISH_STOPWORDS
        is_stop = np.ones(len(keys) + 1, dtype=bool)
        is_title = np.zeros(len(keys) + 1, dtype=bool)
        for i, (key, acronym) in enumerate(zip(keys, acronyms)):
            low = key.lower()
            if acronym:
                # "US", "WHO", "UN" stay names; shouted function words ("AND", "THE", "TO", "OF") do not.
                s = low in stop_acronyms or (low in stop and low not in _REAL_ACRONYMS)
            elif len(low) < 2 or low in stop:
                s = True
            elif "'" in low:
                s = low.split("'")[0] in stop or low.endswith(("n't", "'re", "'ve", "'ll", "'d", "'m"))
            else:
                s = False
            is_stop[i] = s
            is_title[i] = low in PERSON_TITLES
        return is_stop, is_title

    def _learn_keys(self, kv: _KeyView, upper: np.ndarray, lower: np.ndarray, seen: np.ndarray) -> None:
        """Names (capitalised inside sentences more often than not; acronyms) and
        plurals (grouped with a singular that occurs)."""
        n_keys = len(self._key_strings)
        name = (upper > lower) | kv.acronym[:n_keys]
        # A word in capitals that the corpus mostly writes in lower case is that word shouted
        # (a heading, "WE CALL FOR PEACE"), not an acronym (but "AIDS", "NATO"; and "US", "WHO")
        shouted = {}
        for i in np.flatnonzero(kv.acronym[:n_keys] & (seen > 0)).tolist():
            low = self._key_strings[i].lower()
            j = self._keys.get(low)
            if (j is not None and j < n_keys and low not in _REAL_ACRONYMS and not name[j]
                    and seen[j] >= _SHOUTED_RATIO * seen[i]):
                shouted[i] = j
                name[i] = False
        kv.name = np.r_[name, False]
        present = {k for k, c, nm in zip(self._key_strings, seen.tolist(), name.tolist()) if c and not nm}
        lemma = np.r_[np.arange(n_keys), -1].astype(np.int32)
        for i, key in enumerate(self._key_strings):
            if name[i] or kv.stop[i] or not seen[i] or i in shouted:
                continue
            base = _singular(key, present)
            if base is not None:
                lemma[i] = self._keys[base]
        for i, j in shouted.items():
            lemma[i] = lemma[j]
        kv.lemma = lemma

    def _speaker_pairs(self, speakers: Sequence[str] | None, n_keys: int):
        """(speaker code per text, sorted codes of (speaker, key) pairs) for the words of
        each speaker's name, or None."""
        if speakers is None:
            return None
        codes, names = pd.factorize(pd.Series(list(speakers), dtype=object).fillna("").astype(str))
        pairs = []
        for s, name in enumerate(names):
            for tok in _TOKEN.findall(_clean(name)):
                k_str, is_word, _, _, _, _ = _raw_props(tok)
                k = self._keys.get(k_str) if is_word else None
                if k is not None and k < n_keys:
                    pairs.append(s * (n_keys + 1) + k)
        if not pairs:
            return None
        return codes.astype(np.int64), _unique(np.array(pairs, dtype=np.int64)), n_keys

    # ------------------------------------------------------------------ encoding
    def _flags(self, raw_ids, lengths, batch, raw: _Raw, kv: _KeyView) -> dict:
        r0, r1, p0, p1 = batch
        ids = raw_ids[p0:p1]
        lens = lengths[r0:r1]
        n = len(ids)
        rows = np.repeat(np.arange(r0, r1, dtype=np.int32), lens)
        row_start = np.zeros(n, dtype=bool)
        firsts = np.cumsum(lens) - lens
        row_start[firsts[lens > 0]] = True
        kid = raw.key[ids]
        cap = raw.cap[ids]
        initial = row_start.copy()
        if n > 1:
            after = raw.sent[ids[:-1]]
            if n > 2:
                # "Mr." / "S." / "Nov.": a full stop after a short capitalised word ends no sentence.
                after[1:] &= ~(raw.dot[ids[1:-1]] & raw.abbrev[ids[:-2]])
            initial[1:] |= after
        content = ~kv.stop[kid]  # the spare slot (no word) is a stopword
        return {"ids": ids, "rows": rows, "row_start": row_start, "kid": kid, "cap": cap,
                "initial": initial, "content": content}

    def _encode_batch(self, raw_ids, lengths, batch, raw: _Raw, kv: _KeyView, spk, *,
                      runs_only: bool = False, surfaces: bool = False, offsets=None):
        f = self._flags(raw_ids, lengths, batch, raw, kv)
        kid, content, cap, initial, rows, row_start = (f["kid"], f["content"], f["cap"], f["initial"],
                                                       f["rows"], f["row_start"])
        n = len(kid)
        unseen = kid >= kv.n_fit
        name = content & cap & kv.name[kid]
        if unseen.any():
            # Words never seen in fitting: names when capitalised inside the sentence.
            name |= content & unseen & ((cap & ~initial) | kv.acronym[kid])
        if spk is not None:
            spk_codes, pairs, n_keys = spk
            at = np.flatnonzero(name & ~unseen)
            excluded = np.zeros(n, dtype=bool)
            excluded[at] = _member(spk_codes[rows[at]] * (n_keys + 1) + kid[at], pairs)
            content &= ~excluded
            name &= ~excluded
        title = name & kv.title[kid]
        general = self._keys.get("general")
        if general is not None and n > 1:
            # "General" is a title only after another title ("Secretary General").
            g = np.zeros(n, dtype=bool)
            g[1:] = name[1:] & (kid[1:] == general) & title[:-1] & ~row_start[1:]
            title |= g
        member = name & ~title
        prev = np.zeros(n, dtype=bool)
        prev[1:] = member[:-1]
        run_start = member & ~(prev & ~row_start)
        starts = np.flatnonzero(run_start)
        run_id = np.cumsum(run_start, dtype=np.int32) - 1
        lens = np.bincount(run_id[member], minlength=len(starts)) if len(starts) else np.zeros(0, np.int64)
        K = kv.n_fit + 1
        if runs_only:
            out = {}
            for L in range(2, self.max_n + 1):
                s = starts[lens == L]
                code = np.zeros(len(s), dtype=np.int64)
                for j in range(L):
                    code = code * K + kid[s + j]
                out[L] = code
            return out
        unit = kv.lemma[kid]
        surface = None
        if surfaces:
            as_written = name | (content & cap & ~initial)
            surface = np.where(as_written, raw.name_surface[f["ids"]], self._key_surface[kid])
        span = np.ones(n, dtype=np.int8)
        keep = content.copy()
        for L in range(2, self.max_n + 1):
            s = starts[lens == L]
            if len(s) == 0:
                continue
            code = np.zeros(len(s), dtype=np.int64)
            bad = np.zeros(len(s), dtype=bool)
            for j in range(L):
                code = code * K + kid[s + j]
                bad |= unseen[s + j]
            uniq, offset = self._merged_codes[L]
            if len(uniq):
                idx = np.minimum(np.searchsorted(uniq, code), len(uniq) - 1)
                found = (uniq[idx] == code) & ~bad
            else:
                idx, found = np.zeros(len(s), dtype=np.int64), np.zeros(len(s), dtype=bool)
            unit[s] = np.where(found, offset + idx, -1)
            if surface is not None:
                S = len(self._surface_strings) + 1
                scode = np.zeros(len(s), dtype=np.int64)
                for j in range(L):
                    scode = scode * S + surface[s + j]
                suniq, sinv = _unique(scode, inverse=True)
                surface[s] = self._joined_surfaces(suniq, L, S)[sinv]
            span[s] = L
            for j in range(1, L):
                keep[s + j] = False
        long = lens > self.max_n
        if long.any() and self.max_n >= 2:
            self._split_long_runs(starts[long], lens[long], kid, unseen, unit, surface, span, keep, K)
        idx = np.flatnonzero(keep)
        end_pos = idx + span[idx]
        contig = (idx[1:] == end_pos[:-1]) & (rows[idx[1:]] == rows[idx[:-1]])
        stream = _Stream(unit[idx], None if surface is None else surface[idx], span[idx], rows[idx], contig)
        if offsets is not None:
            starts_all, ends_all = offsets
            p0 = batch[2]
            stream.start = starts_all[p0 + idx]
            stream.end = ends_all[p0 + end_pos - 1]
        return stream

    def _joined_surfaces(self, codes: np.ndarray, length: int, S: int) -> np.ndarray:
        out = np.empty(len(codes), dtype=np.int32)
        for i, c in enumerate(codes.tolist()):
            parts = []
            for _ in range(length):
                c, r = divmod(c, S)
                parts.append(self._surface_strings[r])
            out[i] = self._surface_id(" ".join(reversed(parts)))
        return out

    def _split_long_runs(self, starts, lens, kid, unseen, unit, surface, span, keep, K) -> None:
        """A run of names longer than ``max_n`` words is split into the longest names
        known from shorter runs ("United Nations General Assembly" -> United Nations +
        General Assembly); the other words stay single."""
        known = getattr(self, "_memo_known_runs", None)
        if known is None:
            known = self._memo_known_runs = {L: (dict(zip(uniq.tolist(), range(len(uniq)))), offset)
                                        for L, (uniq, offset) in self._merged_codes.items()}
        for s0, length in zip(starts.tolist(), lens.tolist()):
            ks = kid[s0:s0 + length].tolist()
            bad = unseen[s0:s0 + length].tolist()
            i = 0
            while i < length:
                taken = 1
                for L in range(min(self.max_n, length - i), 1, -1):
                    if any(bad[i:i + L]):
                        continue
                    code = 0
                    for k in ks[i:i + L]:
                        code = code * K + k
                    hit = known[L][0].get(code)
                    if hit is not None:
                        p = s0 + i
                        unit[p] = known[L][1] + hit
                        if surface is not None:
                            surface[p] = self._surface_id(
                                " ".join(self._surface_strings[x] for x in surface[p:p + L].tolist()))
                        span[p] = L
                        keep[p + 1:p + L] = False
                        taken = L
                        break
                i += taken

    def _stream_of(self, texts: list[str], speakers, *, offsets: bool = False) -> _Stream:
        """The unit stream of texts, with the fitted names, plurals and merged names."""
        if offsets:
            raw_ids, lengths, raw_strings, starts, ends = _scan(texts, offsets=True)
        else:
            raw_ids, lengths, raw_strings = _scan(texts)
            starts = ends = None
        extra: dict[str, int] = {}
        raw = self._raw_tables(raw_strings, learn=False, extra=extra)
        kv = self._kv
        if extra:
            new_keys = list(extra)
            acronyms = [_raw_props(k)[3] for k in new_keys]
            stop, title = self._key_flags(new_keys, acronyms)
            n_fit = kv.n_fit
            kv = _KeyView(
                n_fit,
                np.r_[kv.stop[:n_fit], stop],
                np.r_[kv.title[:n_fit], title],
                np.r_[kv.acronym[:n_fit], np.array(acronyms + [False], dtype=bool)],
                np.r_[kv.name[:n_fit], np.zeros(len(new_keys) + 1, dtype=bool)],
                np.r_[kv.lemma[:n_fit], np.full(len(new_keys) + 1, -1, dtype=np.int32)],
            )
        spk = self._speaker_pairs(speakers, kv.n_fit)
        return _Stream.concat([
            self._encode_batch(raw_ids, lengths, batch, raw, kv, spk,
                               offsets=None if starts is None else (starts, ends))
            for batch in _batches(lengths)])

    # ------------------------------------------------------------------ phrases
    def _ngram_positions(self, stream: _Stream, k: int) -> np.ndarray:
        """Start indices of runs of ``k`` adjacent units within ``max_n`` words."""
        n = len(stream.unit)
        if n < k:
            return np.zeros(0, dtype=np.int64)
        ok = np.ones(n - k + 1, dtype=bool)
        words = stream.words[:n - k + 1].astype(np.int16)
        for j in range(1, k):
            ok &= stream.contig[j - 1:n - k + j]
            words = words + stream.words[j:n - k + 1 + j]
        ok &= words <= self.max_n
        return np.flatnonzero(ok).astype(np.int32)

    def _learn_phrases(self, stream: _Stream, n_texts: int) -> sp.csr_matrix:
        n_units = self._n_units
        unit = stream.unit
        unit_count = np.bincount(unit[unit >= 0], minlength=n_units)
        N = float(max(len(unit), 1))
        eligible = unit_count >= self.min_count
        base = int(eligible.sum()) + 1
        if base ** self.max_n >= 2 ** 62:
            raise ValueError("The vocabulary is too large for phrases of this length. "
                             "Try a larger min_count or max_n=2.")
        self._n_eligible = base
        elig_id = np.full(n_units + 1, -1, dtype=np.int32)  # spare last slot: unit -1
        elig_id[np.flatnonzero(eligible)] = np.arange(base - 1)
        self._elig_id = elig_id
        ids = elig_id[unit]
        elig_count = unit_count[eligible]
        words_of = np.ones(base, dtype=np.int64)
        words_of[:base - 1] = _unit_words(self, np.flatnonzero(eligible))
        tables: dict[int, dict] = {}
        for k in range(2, self.max_n + 1):
            at = self._ngram_positions(stream, k)
            code, ok = _codes(at, k, ids, base)
            at, code = at[ok], code[ok]
            uniq, inv, cnt = _unique(code, inverse=True, counts=True)
            tables[k] = {"at": at, "uniq": uniq, "inv": inv, "cnt": cnt}
        # Collocation: every split of the phrase must co-occur more than chance (G2).
        for k, t in tables.items():
            parts = _decode(t["uniq"], base, k)
            g2 = np.full(len(t["uniq"]), np.inf)
            for split in range(1, k):
                left = _lookup_count(parts[:split], base, tables, elig_count)
                right = _lookup_count(parts[split:], base, tables, elig_count)
                g2 = np.minimum(g2, _g2(t["cnt"], left, right, N))
            t["g2"] = g2
            t["valid"] = (t["cnt"] >= self.min_count) & (g2 >= G2_MIN)
        # Fragments: nearly always extended by the same unit into a valid phrase.
        for k, t in tables.items():
            t["keep"] = t["valid"] & ~self._fragments(k, t, tables, stream, ids, base, words_of)
        # Columns: single units, then kept phrases, each in its most frequent form.
        self._name_columns(stream, unit_count, tables, base, words_of)
        del tables
        # Written forms served only to name the columns.
        del self._surfaces, self._surface_strings, self._key_surface, self._key_acronym
        stream.surface = None
        return self._count(stream, n_texts)

    def _name_columns(self, stream: _Stream, unit_count, tables, base, words_of) -> None:
        """Columns and their names: single units, then the kept phrases, each shown in its
        most frequent written form."""
        unit = stream.unit
        present = np.flatnonzero(unit_count > 0)
        self._unit_col = np.full(self._n_units + 1, -1, dtype=np.int64)
        self._unit_col[present] = np.arange(len(present))
        capitalised = np.array([s != s.lower() for s in self._surface_strings] + [0], dtype=np.int64)
        best_surface = _best_by(unit[unit >= 0], stream.surface[unit >= 0], len(self._surface_strings),
                                capitalised)
        names = [self._surface_strings[best_surface[u]] for u in present.tolist()]
        n_words = list(_unit_words(self, present))
        collocation = [np.nan] * len(present)
        n_cols = len(present)
        self._phrase_tables = {}
        S = len(self._surface_strings)
        for k, t in tables.items():
            kept = np.flatnonzero(t["keep"])
            self._phrase_tables[k] = (t["uniq"][kept], np.arange(n_cols, n_cols + len(kept)))
            col_of = np.full(len(t["uniq"]), -1, dtype=np.int64)
            col_of[kept] = np.arange(len(kept))
            occ_col = col_of[t["inv"]]
            occ = occ_col >= 0
            scode = np.zeros(int(occ.sum()), dtype=np.int64)
            for j in range(k):
                scode = scode * S + stream.surface[t["at"][occ] + j]
            for c in _best_code(occ_col[occ], scode, len(kept)).tolist():
                parts = []
                for _ in range(k):
                    c, r = divmod(c, S)
                    parts.append(self._surface_strings[r])
                names.append(" ".join(reversed(parts)))
            n_words.extend(sum(words_of[p] for p in _decode(t["uniq"][kept], base, k)).tolist())
            collocation.extend(t["g2"][kept].tolist())
            n_cols += len(kept)
        terms = np.array(names, dtype=object)
        n_words = np.asarray(n_words, dtype=np.int64)
        collocation = np.asarray(collocation, dtype=float)
        col_map = np.arange(len(terms))
        if pd.Index(terms).has_duplicates:
            # Distinct units may share a form (a long run of names split into words): merge.
            codes, uniq_terms = pd.factorize(terms)
            first = np.full(len(uniq_terms), len(terms))
            np.minimum.at(first, codes, np.arange(len(terms)))
            col_map = codes
            terms = np.asarray(uniq_terms, dtype=object)
            n_words = n_words[first]
            collocation = collocation[first]
        self._col_map = col_map
        single = np.zeros(len(terms), dtype=bool)
        single[col_map[:len(present)]] = True
        self._single_col = single
        self.terms_ = terms
        self.n_words_ = n_words
        self.collocation_ = collocation

    def _fragments(self, k, t, tables, stream, ids, base, words_of) -> np.ndarray:
        """Phrases of ``k`` units nearly always (>= FRAGMENT_SHARE) extended by the same
        unit into a valid phrase: to the right (into the longer phrase, or, beyond
        ``max_n`` words, into the phrase shifted by one unit) or to the left (into the
        longer phrase only: English phrases end in their head word)."""
        drop = np.zeros(len(t["uniq"]), dtype=bool)
        parts = _decode(t["uniq"], base, k)
        term_words = sum(words_of[p] for p in parts)
        at = t["at"]
        n = len(stream.unit)
        for side in ("right", "left"):
            nxt = at + k if side == "right" else at - 1
            has = (nxt < n) & (nxt >= 0)
            gap = at[has] + k - 1 if side == "right" else nxt[has]
            has[has] = stream.contig[gap]
            ext = np.full(len(at), -1, dtype=np.int64)
            ext[has] = ids[nxt[has]]
            sel = ext >= 0
            if not sel.any():
                continue
            puniq, pcnt = _unique(t["inv"][sel] * base + ext[sel], counts=True)
            term_idx, ext_unit = np.divmod(puniq, base)
            order = np.lexsort((-ext_unit, pcnt, term_idx))
            last = np.r_[term_idx[order][1:] != term_idx[order][:-1], True]
            best = order[last]
            ti, xu, xc = term_idx[best], ext_unit[best], pcnt[best]
            dominant = xc >= FRAGMENT_SHARE * t["cnt"][ti]
            ti, xu = ti[dominant], xu[dominant]
            if len(ti) == 0:
                continue
            fits = (term_words[ti] + words_of[xu] <= self.max_n) & (k < self.max_n)
            tparts = [p[ti] for p in parts]
            valid = np.zeros(len(ti), dtype=bool)
            longer = tparts + [xu] if side == "right" else [xu] + tparts
            if fits.any():
                valid[fits] = _is_valid(tables, [p[fits] for p in longer], base)
            if side == "right" and (~fits).any() and k >= 2:
                shifted = [p[~fits] for p in tparts[1:] + [xu]]
                fit_words = sum(words_of[p] for p in shifted) <= self.max_n
                valid[~fits] = _is_valid(tables, shifted, base) & fit_words
            drop[ti[valid]] = True
        return drop

    def _count(self, stream: _Stream, n_texts: int) -> sp.csr_matrix:
        """Text x term counts, built in slices of whole texts."""
        pieces = []
        n = len(stream.unit)
        cuts = [0]
        step = 300_000
        while cuts[-1] < n:
            c = min(cuts[-1] + step, n)
            if c < n:  # move the cut to a text boundary
                c = int(np.searchsorted(stream.row, stream.row[c], side="left"))
                if c <= cuts[-1]:
                    c = int(np.searchsorted(stream.row, stream.row[cuts[-1]], side="right"))
            cuts.append(c)
        row_cuts = [0] + [int(stream.row[c]) for c in cuts[1:-1]] + [n_texts]
        for (lo, hi), (r0, r1) in zip(zip(cuts[:-1], cuts[1:]), zip(row_cuts[:-1], row_cuts[1:])):
            pieces.append(self._count_slice(stream.slice(lo, hi), r0, r1))
        if not pieces:
            return sp.csr_matrix((n_texts, len(self.terms_)), dtype=np.int32)
        matrix = sp.vstack(pieces, format="csr", dtype=np.int32)
        matrix.sort_indices()
        return matrix

    def _count_slice(self, stream: _Stream, r0: int, r1: int) -> sp.csr_matrix:
        seen = stream.unit >= 0
        rows = [stream.row[seen]]
        cols = [self._unit_col[stream.unit[seen]]]
        ids = self._elig_id[stream.unit]
        for k, (codes, kcols) in self._phrase_tables.items():
            if len(codes) == 0:
                continue
            at = self._ngram_positions(stream, k)
            code, ok = _codes(at, k, ids, self._n_eligible)
            at, code = at[ok], code[ok]
            idx = np.minimum(np.searchsorted(codes, code), len(codes) - 1)
            hit = codes[idx] == code
            rows.append(stream.row[at[hit]])
            cols.append(kcols[idx[hit]])
        r = np.concatenate(rows).astype(np.int64) - r0
        c = np.concatenate(cols)
        good = c >= 0
        r, c = r[good], self._col_map[c[good]]
        matrix = sp.csr_matrix((np.ones(len(r), dtype=np.int32), (r, c)),
                               shape=(r1 - r0, len(self.terms_)), dtype=np.int32)
        matrix.sum_duplicates()
        return matrix


def _as_texts(texts) -> Sequence[str] | pd.Series:
    """Texts as given when a list or Series (missing ones read as empty, batch by batch),
    else as a list."""
    if isinstance(texts, (list, tuple, pd.Series)):
        return texts
    return list(texts)


def _codes(at: np.ndarray, k: int, ids: np.ndarray, base: int) -> tuple[np.ndarray, np.ndarray]:
    """Codes of the phrases of ``k`` units starting at ``at`` (base: phrase-eligible
    units + 1) and whether every unit is eligible."""
    code = np.zeros(len(at), dtype=np.int64)
    ok = np.ones(len(at), dtype=bool)
    for j in range(k):
        u = ids[at + j]
        ok &= u >= 0
        code = code * base + np.maximum(u, 0)
    return code, ok


def _member(values: np.ndarray, sorted_set: np.ndarray) -> np.ndarray:
    """``np.isin`` against a sorted array (fast for small sets)."""
    if len(sorted_set) == 0:
        return np.zeros(len(values), dtype=bool)
    idx = np.minimum(np.searchsorted(sorted_set, values), len(sorted_set) - 1)
    return sorted_set[idx] == values


def _unique(values: np.ndarray, *, inverse: bool = False, counts: bool = False):
    """Sorted unique values (with the inverse and counts), via one sort."""
    values = np.asarray(values)
    if inverse:
        order = np.argsort(values, kind="stable")
        sorted_values = values[order]
    else:
        sorted_values = np.sort(values)
    flag = np.empty(len(sorted_values), dtype=bool)
    flag[:1] = True
    flag[1:] = sorted_values[1:] != sorted_values[:-1]
    out = [sorted_values[flag]]
    if inverse:
        inv = np.empty(len(values), dtype=np.int64)
        inv[order] = np.cumsum(flag) - 1
        out.append(inv)
    if counts:
        idx = np.flatnonzero(flag)
        out.append(np.diff(np.r_[idx, len(sorted_values)]))
    return out[0] if len(out) == 1 else tuple(out)


def _check_speakers(texts: Sequence[str], speakers: Sequence[str] | None) -> None:
    if speakers is not None and len(speakers) != len(texts):
        raise ValueError(f"speakers has {len(speakers)} entries but there are {len(texts)} texts. "
                         "Give one speaker per text (empty for narration).")


def _unit_words(tok: Tokenizer, units: np.ndarray) -> np.ndarray:
    """Words in each unit: 1 for a single word, the run length for a merged name."""
    out = np.ones(len(units), dtype=np.int64)
    for length, (uniq, offset) in tok._merged_codes.items():
        out[(units >= offset) & (units < offset + len(uniq))] = length
    return out


def _decode(codes: np.ndarray, base: int, k: int) -> list[np.ndarray]:
    parts = []
    rest = codes.copy()
    for _ in range(k):
        rest, r = np.divmod(rest, base)
        parts.append(r)
    return list(reversed(parts))


def _encode_parts(parts: list[np.ndarray], base: int) -> np.ndarray:
    code = np.zeros(len(parts[0]), dtype=np.int64)
    for p in parts:
        code = code * base + p
    return code


def _lookup_count(parts: list[np.ndarray], base: int, tables: dict, unit_count: np.ndarray) -> np.ndarray:
    if len(parts) == 1:
        return unit_count[parts[0]]
    t = tables[len(parts)]
    if len(t["uniq"]) == 0:
        return np.zeros(len(parts[0]), dtype=np.int64)
    code = _encode_parts(parts, base)
    idx = np.minimum(np.searchsorted(t["uniq"], code), len(t["uniq"]) - 1)
    return np.where(t["uniq"][idx] == code, t["cnt"][idx], 0)


def _is_valid(tables: dict, parts: list[np.ndarray], base: int) -> np.ndarray:
    t = tables.get(len(parts))
    if t is None or len(t["uniq"]) == 0:
        return np.zeros(len(parts[0]), dtype=bool)
    code = _encode_parts(parts, base)
    idx = np.minimum(np.searchsorted(t["uniq"], code), len(t["uniq"]) - 1)
    return (t["uniq"][idx] == code) & t["valid"][idx]


def _best_by(keys: np.ndarray, values: np.ndarray, n_values: int, penalty: np.ndarray) -> dict[int, int]:
    """For each key, its most frequent value (ties: the smaller penalty, then the
    smallest value id)."""
    if len(keys) == 0:
        return {}
    pair = keys.astype(np.int64) * (n_values + 1) + values
    uniq, cnt = _unique(pair, counts=True)
    k, v = np.divmod(uniq, n_values + 1)
    order = np.lexsort((-v, -penalty[v], cnt, k))
    last = np.r_[k[order][1:] != k[order][:-1], True]
    best = order[last]
    return dict(zip(k[best].tolist(), v[best].tolist()))


def _best_code(keys: np.ndarray, codes: np.ndarray, n_keys: int) -> np.ndarray:
    """For each key 0..n_keys-1, its most frequent code (ties: the smallest code)."""
    out = np.zeros(n_keys, dtype=np.int64)
    if len(keys) == 0:
        return out
    order = np.lexsort((codes, keys))
    k, c = keys[order], codes[order]
    new = np.r_[True, (k[1:] != k[:-1]) | (c[1:] != c[:-1])]
    starts = np.flatnonzero(new)
    counts = np.diff(np.r_[starts, len(k)])
    gk, gc = k[starts], c[starts]
    order2 = np.lexsort((-gc, counts, gk))
    last = np.r_[gk[order2][1:] != gk[order2][:-1], True]
    best = order2[last]
    out[gk[best]] = gc[best]
    return out


# ===================================================================== the matrix
@dataclass
class TermMatrix:
    """Statement x term counts (CSR) with the vocabulary in column order.

    * ``matrix``: counts, one row per statement (in the order given), one column per term.
    * ``terms``: the term of each column, as shown (names capitalised).
    * ``n_words``: words in each term (1, 2 or 3).
    * ``row_words``: words in each statement (stopwords included; numbers and
      punctuation not): the denominator of rates.
    * ``collocation``: each phrase's log-likelihood G2 (NaN for single words and names).
    * ``tokenizer``: the fitted :class:`Tokenizer` (look-ups and keyword-in-context).
    """

    matrix: sp.csr_matrix
    terms: np.ndarray
    n_words: np.ndarray
    row_words: np.ndarray
    collocation: np.ndarray | None = None
    tokenizer: Tokenizer | None = field(default=None, repr=False)
    _cache: dict = field(default_factory=dict, init=False, repr=False, compare=False)

    def __getstate__(self) -> dict:
        state = self.__dict__.copy()
        state["_cache"] = {}
        return state

    def __setstate__(self, state: dict) -> None:
        self.__dict__.update(state)

    @property
    def n_terms(self) -> int:
        return int(self.matrix.shape[1])

    @property
    def n_rows(self) -> int:
        return int(self.matrix.shape[0])

    def rows(self, mask: np.ndarray | None) -> sp.csr_matrix:
        return self.matrix if mask is None else self.matrix[np.flatnonzero(mask)]

    def column(self, term: str) -> int | None:
        """The column of a term: exact form, any case, or the text read as a term."""
        if self.tokenizer is not None:
            return self.tokenizer.column(term)
        index = self._cache.get("index")
        if index is None:
            index = self._cache["index"] = {str(t).lower(): i for i, t in enumerate(self.terms)}
        return index.get(" ".join(str(term).split()).lower())

    def totals(self) -> np.ndarray:
        """Occurrences of each term in the whole corpus."""
        if "totals" not in self._cache:
            self._cache["totals"] = np.asarray(self.matrix.sum(axis=0)).ravel().astype(np.int64)
        return self._cache["totals"]

    def csc(self) -> sp.csc_matrix:
        if "csc" not in self._cache:
            csc = self.matrix.tocsc()
            csc.sort_indices()
            self._cache["csc"] = csc
        return self._cache["csc"]

    def counts(self, mask: np.ndarray | None) -> np.ndarray:
        """Occurrences of each term in the statements selected by a boolean ``mask``."""
        if mask is None:
            return self.totals()
        mask = _as_mask(mask, self.n_rows)
        key = ("counts", hash(mask.tobytes()))
        memo = self._cache.setdefault("recent", {})
        if key in memo:
            return memo[key]
        share = mask.mean() if len(mask) else 0.0
        if share == 1.0:
            out = self.totals()
        elif share < 0.2:
            out = _column_sums(self.matrix, np.flatnonzero(mask))
        elif share > 0.8:
            out = self.totals() - _column_sums(self.matrix, np.flatnonzero(~mask))
        else:
            out = np.rint(mask.astype(np.float64) @ self.matrix).astype(np.int64)
        if len(memo) >= 4:
            memo.pop(next(iter(memo)))
        memo[key] = out
        return out

    def words(self, mask: np.ndarray | None) -> int:
        """Words in the selected statements."""
        if mask is None:
            return int(self.row_words.sum())
        return int(np.dot(self.row_words, _as_mask(mask, self.n_rows)))

    def _remember(self, slot: str, values, compute):
        """``compute(values)``, kept while ``values`` is the same object (a Series' array
        or an ndarray): the same statements frame column needs no new factorisation."""
        source = values.array if isinstance(values, pd.Series) else values
        store = self._cache.setdefault(slot, [])
        for held, result in store:
            if held is source:
                return result
        result = compute(values)
        store.append((source, result))  # a strong reference: its id cannot be reused
        if len(store) > 8:
            store.pop(0)
        return result

    def doc_codes(self, doc_ids) -> tuple[np.ndarray, int, bool]:
        """(integer code of each row's document, number of documents, whether each
        document's rows are contiguous)."""
        def compute(values):
            codes, uniq = pd.factorize(_series(values, self.n_rows, "doc_ids"))
            codes = codes.astype(np.int64)
            contiguous = bool(len(codes) < 2 or (np.diff(codes) >= 0).all())
            return codes, len(uniq), contiguous

        return self._remember("doc_codes", doc_ids, compute)

    def doc_matrix(self, doc_codes: tuple[np.ndarray, int, bool]) -> sp.csc_matrix:
        """Document x term counts (CSC), for whole-document selections."""
        codes, n_docs, _ = doc_codes
        key = ("doc_matrix", hash(codes.tobytes()))
        if key not in self._cache:
            onehot = sp.csr_matrix((np.ones(len(codes), dtype=np.int32), (codes, np.arange(len(codes)))),
                                   shape=(max(n_docs, 1), self.n_rows))
            self._cache[key] = (onehot @ self.matrix).tocsc()
        return self._cache[key]

    def idf(self, doc_ids=None) -> np.ndarray:
        """Smoothed inverse document frequency over the whole corpus,
        ln((1 + D) / (1 + df)) + 1 as scikit-learn's TfidfTransformer; documents given by
        ``doc_ids`` (one per statement), else each statement is one."""
        return self._idf(None if doc_ids is None else self.doc_codes(doc_ids))

    def _idf(self, doc_codes: tuple[np.ndarray, int, bool] | None) -> np.ndarray:
        if doc_codes is None:
            key = ("idf", None)
        else:
            key = ("idf", hash(doc_codes[0].tobytes()))
        if key not in self._cache:
            if doc_codes is None:
                df, n_docs = np.diff(self.csc().indptr), self.n_rows
            else:
                n_docs = doc_codes[1]
                df = np.diff(self.doc_matrix(doc_codes).indptr)
            self._cache[key] = np.log((1 + n_docs) / (1 + df)) + 1
        return self._cache[key]


def _series(values, n_rows: int, name: str) -> pd.Series:
    """Values (one per statement) as a Series with a clean index."""
    if len(values) != n_rows:
        raise ValueError(f"{name} has {len(values)} entries but the matrix has {n_rows} statements. "
                         f"Give one value per statement.")
    if isinstance(values, pd.Series):
        return values.reset_index(drop=True)
    return pd.Series(np.asarray(values, dtype=object))


def _as_mask(mask, n_rows: int) -> np.ndarray:
    mask = np.asarray(mask)
    if mask.dtype != bool or mask.shape != (n_rows,):
        raise ValueError(f"mask must be a boolean array with one entry per statement ({n_rows}), "
                         f"got {mask.dtype} of shape {mask.shape}.")
    return mask


def _column_sums(matrix: sp.csr_matrix, rows: np.ndarray) -> np.ndarray:
    """Column sums of some rows of a CSR matrix (O(entries of those rows))."""
    n_cols = matrix.shape[1]
    if len(rows) == 0:
        return np.zeros(n_cols, dtype=np.int64)
    starts, ends = matrix.indptr[rows], matrix.indptr[rows + 1]
    lengths = ends - starts
    total = int(lengths.sum())
    if total == 0:
        return np.zeros(n_cols, dtype=np.int64)
    take = _ranges(starts, lengths)
    return np.bincount(matrix.indices[take], weights=matrix.data[take], minlength=n_cols).astype(np.int64)


def build_term_matrix(
    texts: Sequence[str],
    *,
    stopwords: Iterable[str] = DEFAULT_STOPWORDS,
    max_n: int = 3,
    min_count: int = 2,
    speakers: Sequence[str] | None = None,
) -> TermMatrix:
    """Count terms of 1..``max_n`` words in each text (rules in the module docstring).

    Args:
        texts: one per statement: what was said (the attribution frame removed); a list,
            or a pandas Series (read in batches, so that the texts are never all held as
            Python strings at once).
        stopwords: words that never count.
        max_n: the most words in a term (1 to 3).
        min_count: the fewest occurrences of a phrase in the corpus.
        speakers: the speaker of each text; a speaker's own name does not count in their
            statements. ``None`` when unknown.
    """
    tokenizer = Tokenizer(stopwords=stopwords, max_n=max_n, min_count=min_count)
    matrix = tokenizer.fit_transform(texts, None if speakers is None else list(speakers))
    return TermMatrix(matrix=matrix, terms=tokenizer.terms_, n_words=tokenizer.n_words_,
                      row_words=tokenizer.row_words_, collocation=tokenizer.collocation_,
                      tokenizer=tokenizer)


# ===================================================================== frequencies
_FREQ_COLUMNS = ["term", "n", "count", "doc_count", "per_10k", "tfidf"]


def _top_columns(score: np.ndarray, terms: np.ndarray, cols: np.ndarray, top: int | None,
                 then: np.ndarray | None = None) -> np.ndarray:
    """``cols`` ordered by score (descending), then by ``then`` (descending), then by
    term; only the ``top`` first."""
    if top is not None and len(cols) > top:
        values = score[cols]
        kth = np.partition(values, len(values) - top)[len(values) - top]
        cols = cols[values >= kth]  # ties at the cut stay in, then sorting decides
    keys = [terms[cols].astype(str)]
    if then is not None:
        keys.append(-then[cols])
    keys.append(-score[cols])
    order = np.lexsort(tuple(keys))
    cols = cols[order]
    return cols if top is None else cols[:top]


def term_frequencies(
    tm: TermMatrix,
    mask: np.ndarray | None = None,
    *,
    doc_ids=None,
    n: int | None = None,
    top: int | None = None,
    by: Literal["count", "doc_count", "tfidf"] = "count",
) -> pd.DataFrame:
    """Frequencies over the statements selected by ``mask`` (all when ``None``).

    One row per term occurring in the selection, ranked by ``by`` (then by term):

    * ``term``; ``n``: words in the term;
    * ``count``: occurrences in the selection;
    * ``doc_count``: documents of the selection it occurs in (``doc_ids``: each
      statement's document); without ``doc_ids``, statements;
    * ``per_10k``: occurrences per 10,000 words of the selection;
    * ``tfidf``: count x idf, the idf (ln((1 + D) / (1 + df)) + 1) taken over the
      documents of the whole corpus, so that words common everywhere weigh less.

    ``n`` keeps terms of that many words; ``top`` the first ones.
    """
    if by not in ("count", "doc_count", "tfidf"):
        raise ValueError(f"Unknown ranking {by!r}. Choose 'count', 'doc_count' or 'tfidf'.")
    counts = tm.counts(mask)
    cols = np.flatnonzero(counts > 0)
    if n is not None:
        cols = cols[tm.n_words[cols] == n]
    doc_codes = tm.doc_codes(doc_ids) if doc_ids is not None else None
    idf = tm._idf(doc_codes)
    if by == "count":
        cols = _top_columns(counts, tm.terms, cols, top)
    elif by == "tfidf":
        cols = _top_columns(counts * idf, tm.terms, cols, top, then=counts)
    if doc_codes is not None:
        doc_count = _selected_doc_counts(tm, mask, *doc_codes, cols)
    else:
        doc_count = _selected_doc_counts(tm, mask, None, 0, True, cols)
    if by == "doc_count":
        score = np.zeros(tm.n_terms, dtype=np.int64)
        score[cols] = doc_count
        order = _top_columns(score, tm.terms, cols, top, then=counts)
        position = np.full(tm.n_terms, -1, dtype=np.int64)
        position[cols] = np.arange(len(cols))
        doc_count = doc_count[position[order]]
        cols = order
    return pd.DataFrame({
        "term": tm.terms[cols].astype(str),
        "n": tm.n_words[cols].astype(np.int64),
        "count": counts[cols].astype(np.int64),
        "doc_count": doc_count.astype(np.int64),
        "per_10k": counts[cols] / max(tm.words(mask), 1) * 10_000,
        "tfidf": counts[cols] * idf[cols],
    }, columns=_FREQ_COLUMNS)


def _selected_doc_counts(tm: TermMatrix, mask, codes, n_docs: int, contiguous: bool,
                         cols: np.ndarray) -> np.ndarray:
    """Documents (statements, without ``codes``) among the selected rows that contain
    each of ``cols``."""
    if len(cols) == 0:
        return np.zeros(0, dtype=np.int64)
    if codes is not None and contiguous:
        whole_docs = _whole_documents(mask, codes, n_docs)
        if whole_docs is not None:
            # Every document is selected entirely or not at all: count in the document matrix.
            sub = tm.doc_matrix((codes, n_docs, contiguous))[:, cols]
            keep = whole_docs[sub.indices]
            col_of = np.repeat(np.arange(len(cols), dtype=np.int64), np.diff(sub.indptr))
            return np.bincount(col_of[keep], minlength=len(cols)).astype(np.int64)
    csc = tm.csc()
    starts = csc.indptr[cols]
    lengths = csc.indptr[cols + 1] - starts
    if codes is not None and mask is not None:
        selected_entries = int(np.dot(np.diff(tm.matrix.indptr), mask))
        if lengths.sum() > selected_entries / 2:
            # Many columns: cheaper to sum the selected rows of each document once.
            rows = np.flatnonzero(mask)
            onehot = sp.csr_matrix((np.ones(len(rows), dtype=np.int32), (codes[rows], rows)),
                                   shape=(max(n_docs, 1), tm.n_rows))
            by_doc = onehot @ tm.matrix
            return np.bincount(by_doc.indices, minlength=tm.n_terms)[cols].astype(np.int64)
    take = _ranges(starts, lengths)
    r = csc.indices[take]
    col_of = np.repeat(np.arange(len(cols), dtype=np.int32), lengths)
    if mask is not None:
        keep = _as_mask(mask, tm.n_rows)[r]
        r, col_of = r[keep], col_of[keep]
    if codes is None:
        return np.bincount(col_of, minlength=len(cols)).astype(np.int64)
    docs = codes[r]
    if contiguous:
        # Rows are sorted within each column and documents are contiguous runs of rows:
        # a new document starts wherever the code changes.
        new = np.ones(len(docs), dtype=bool)
        new[1:] = (docs[1:] != docs[:-1]) | (col_of[1:] != col_of[:-1])
        return np.bincount(col_of[new], minlength=len(cols)).astype(np.int64)
    pairs = _unique(col_of * (n_docs + 1) + docs)
    return np.bincount(pairs // (n_docs + 1), minlength=len(cols)).astype(np.int64)


def _ranges(starts: np.ndarray, lengths: np.ndarray) -> np.ndarray:
    """Concatenated ``arange(start, start + length)`` for each pair, without a loop."""
    total = int(lengths.sum())
    if total == 0:
        return np.zeros(0, dtype=np.int64)
    offsets = np.repeat(starts.astype(np.int64) - (np.cumsum(lengths) - lengths), lengths)
    return np.arange(total, dtype=np.int64) + offsets


def _whole_documents(mask, codes: np.ndarray, n_docs: int) -> np.ndarray | None:
    """Which documents are selected, when the mask takes whole documents only."""
    if mask is None:
        return np.ones(n_docs, dtype=bool)
    selected = np.bincount(codes, weights=mask, minlength=n_docs)
    sizes = np.bincount(codes, minlength=n_docs)
    if ((selected == 0) | (selected == sizes)).all():
        return selected > 0
    return None


def _group_codes(tm: TermMatrix, groups, mask) -> tuple[np.ndarray, np.ndarray]:
    """(group code per row, -1 outside the selection or without a group; the group
    labels in sorted order)."""
    def compute(values):
        codes, labels = pd.factorize(_series(values, tm.n_rows, "groups"))
        labels = np.array([str(v) for v in labels], dtype=object)
        order = np.argsort(labels.astype(str), kind="stable")
        kept = [int(i) for i in order if labels[i] != ""]
        rank = np.full(len(labels) + 1, -1, dtype=np.int64)  # spare last slot: NaN (-1)
        rank[kept] = np.arange(len(kept))
        return rank[codes], labels[np.asarray(kept, dtype=np.int64)]

    codes, labels = tm._remember("group_codes", groups, compute)
    if mask is not None:
        codes = np.where(_as_mask(mask, tm.n_rows), codes, -1)
    return codes, labels


def _group_matrix(tm: TermMatrix, codes: np.ndarray, n_groups: int) -> sp.csr_matrix:
    """Group x term counts (CSR) over the rows with a group code."""
    rows = np.flatnonzero(codes >= 0)
    onehot = sp.csr_matrix((np.ones(len(rows), dtype=np.int32), (codes[rows], rows)),
                           shape=(n_groups, tm.n_rows))
    return (onehot @ tm.matrix).tocsr()


def frequencies_by_group(
    tm: TermMatrix,
    groups,
    *,
    mask: np.ndarray | None = None,
    n: int | None = None,
    top: int = 10,
) -> pd.DataFrame:
    """The most frequent terms of each group (speaker, theme, document, period, ...)
    among the statements selected by ``mask``.

    ``groups`` gives each statement's group (empty or missing: none). One row per
    (group, term), ``top`` per group, most frequent first: ``group``, ``term``, ``n``
    (words), ``count`` (in the group), ``per_10k`` (per 10,000 words of the group),
    ``group_words`` (words in the group).
    """
    codes, labels = _group_codes(tm, groups, mask)
    by_group = _group_matrix(tm, codes, len(labels))
    sel = codes >= 0
    words = np.bincount(codes[sel], weights=tm.row_words[sel], minlength=len(labels))
    g = np.repeat(np.arange(len(labels), dtype=np.int64), np.diff(by_group.indptr))
    cols = by_group.indices.astype(np.int64)
    count = by_group.data.astype(np.int64)
    if n is not None:
        keep = tm.n_words[cols] == n
        g, cols, count = g[keep], cols[keep], count[keep]
    order = np.lexsort((_term_rank(tm)[cols], -count, g))
    g_sorted = g[order]
    order = order[np.arange(len(order)) - np.searchsorted(g_sorted, g_sorted, side="left") < top]
    g, cols, count = g[order], cols[order], count[order]
    w = words[g]
    return pd.DataFrame({
        "group": labels[g] if len(g) else np.array([], dtype=object),
        "term": tm.terms[cols].astype(str),
        "n": tm.n_words[cols].astype(np.int64),
        "count": count,
        "per_10k": count / np.maximum(w, 1) * 10_000,
        "group_words": w.astype(np.int64),
    }, columns=["group", "term", "n", "count", "per_10k", "group_words"])


# ===================================================================== distinctive terms
_DIST_COLUMNS = ["group", "term", "n", "count", "count_rest", "per_10k", "per_10k_rest",
                 "log_odds", "z"]


def _log_odds(y_i, y_j, n_i, n_j, alpha, alpha0):
    """Monroe, Colaresi & Quinn (2008), eqs. 16 and 18-20: the log-odds ratio of a term
    in group i against the rest j with a Dirichlet prior ``alpha`` (total ``alpha0``),
    and its z-score (the log-odds over its standard deviation)."""
    delta = (np.log((y_i + alpha) / (n_i + alpha0 - y_i - alpha))
             - np.log((y_j + alpha) / (n_j + alpha0 - y_j - alpha)))
    var = 1.0 / (y_i + alpha) + 1.0 / (y_j + alpha)
    return delta, delta / np.sqrt(var)


def _distinctive(tm: TermMatrix, groups: Iterable[tuple[str, np.ndarray, np.ndarray, float]],
                 total: np.ndarray, words_all: float, *, top: int, min_count: int, n: int | None,
                 prior_scale: float) -> pd.DataFrame:
    """The core of :func:`distinctive_terms`: ``groups`` yields (label, columns, counts,
    words) of each group; ``total`` the counts of the whole comparison set."""
    total = total.astype(float)
    n_total = float(total.sum())
    background = tm.totals().astype(float)
    alpha0 = prior_scale * max(n_total, 1.0)
    alpha_all = background / max(background.sum(), 1.0) * alpha0
    parts: dict[str, list] = {k: [] for k in ("label", "cols", "y_i", "y_j", "delta", "z", "w")}
    for label, cols, y_i, words in groups:
        y_i = y_i.astype(float)
        n_i = float(y_i.sum())
        keep = y_i >= min_count
        if n is not None:
            keep &= tm.n_words[cols] == n
        cols, y_i = cols[keep], y_i[keep]
        if len(cols) == 0:
            continue
        y_j = total[cols] - y_i
        delta, z = _log_odds(y_i, y_j, n_i, n_total - n_i, alpha_all[cols], alpha0)
        pos = z > 0
        cols, y_i, y_j, delta, z = cols[pos], y_i[pos], y_j[pos], delta[pos], z[pos]
        if len(z) > top:
            kth = np.partition(z, len(z) - top)[len(z) - top]
            cand = np.flatnonzero(z >= kth)
        else:
            cand = np.arange(len(z))
        order = cand[np.lexsort((tm.terms[cols[cand]].astype(str), -z[cand]))][:top]
        parts["label"].append([label] * len(order))
        for key, arr in (("cols", cols), ("y_i", y_i), ("y_j", y_j), ("delta", delta), ("z", z)):
            parts[key].append(arr[order])
        parts["w"].append(np.full(len(order), words))
    if not parts["cols"]:
        return pd.DataFrame(columns=_DIST_COLUMNS)
    cols = np.concatenate(parts["cols"]).astype(np.int64)
    y_i = np.concatenate(parts["y_i"])
    y_j = np.concatenate(parts["y_j"])
    w = np.concatenate(parts["w"])
    return _dist_frame(tm, list(chain.from_iterable(parts["label"])), cols, y_i, y_j, w, words_all,
                       np.concatenate(parts["delta"]), np.concatenate(parts["z"]))


def _dist_frame(tm: TermMatrix, groups, cols: np.ndarray, y_i: np.ndarray, y_j: np.ndarray,
                w: np.ndarray, words_all: float, delta: np.ndarray, z: np.ndarray) -> pd.DataFrame:
    """The distinctive-terms frame (see :func:`distinctive_terms`) from per-row arrays."""
    rest_words = np.maximum(words_all - w, 1.0)
    return pd.DataFrame({
        "group": groups,
        "term": tm.terms[cols].astype(str),
        "n": tm.n_words[cols].astype(np.int64),
        "count": y_i.astype(np.int64),
        "count_rest": y_j.astype(np.int64),
        "per_10k": y_i / np.maximum(w, 1.0) * 10_000,
        "per_10k_rest": y_j / rest_words * 10_000,
        "log_odds": delta,
        "z": z,
    }, columns=_DIST_COLUMNS)


def distinctive_terms(
    tm: TermMatrix,
    groups,
    *,
    mask: np.ndarray | None = None,
    top: int = 15,
    min_count: int = 2,
    n: int | None = None,
    prior_scale: float = 1.0,
) -> pd.DataFrame:
    """Terms that set each group apart from the rest of the selection, for every group
    at once (speakers, themes, documents, periods, ...).

    Log-odds ratio with an informative Dirichlet prior (Monroe, Colaresi and Quinn
    2008): the prior is the whole corpus' term distribution scaled to ``prior_scale``
    times the number of term occurrences in the selection; the z-score divides each
    log-odds by its standard deviation, so that frequent and rare terms compare fairly.

    ``groups`` gives each statement's group (empty: in no group, yet part of "the
    rest"); ``mask`` the selection (all statements when ``None``). One row per (group,
    term): the ``top`` terms of each group with z > 0 and at least ``min_count``
    occurrences in the group, highest z first: ``group``, ``term``, ``n`` (words),
    ``count`` (in the group), ``count_rest`` (in the rest of the selection), ``per_10k``
    and ``per_10k_rest`` (per 10,000 words), ``log_odds``, ``z`` (above 1.96:
    distinctive at the 5% level). ``n`` keeps terms of that many words.
    """
    codes, labels = _group_codes(tm, groups, mask)
    by_group = _group_matrix(tm, codes, len(labels))
    sel = codes >= 0
    words = np.bincount(codes[sel], weights=tm.row_words[sel], minlength=len(labels))

    return _distinctive_all(tm, by_group, labels, words, tm.counts(mask), float(tm.words(mask)), top=top,
                            min_count=min_count, n=n, prior_scale=prior_scale)


def _term_rank(tm: TermMatrix) -> np.ndarray:
    """Each column's place in the alphabetical order of the terms (for ties)."""
    if "rank" not in tm._cache:
        order = np.argsort(tm.terms.astype(str), kind="stable")
        rank = np.empty(len(order), dtype=np.int64)
        rank[order] = np.arange(len(order))
        tm._cache["rank"] = rank
    return tm._cache["rank"]


def _distinctive_all(tm: TermMatrix, by_group: sp.csr_matrix, labels: np.ndarray, words: np.ndarray,
                     total: np.ndarray, words_all: float, *, top: int, min_count: int, n: int | None,
                     prior_scale: float) -> pd.DataFrame:
    """:func:`_distinctive` for every row of a group x term matrix at once (vectorised:
    one sort instead of a loop over the groups)."""
    total = total.astype(float)
    n_total = float(total.sum())
    background = tm.totals().astype(float)
    alpha0 = prior_scale * max(n_total, 1.0)
    alpha_all = background / max(background.sum(), 1.0) * alpha0
    sizes = np.asarray(by_group.sum(axis=1)).ravel().astype(float)
    g = np.repeat(np.arange(by_group.shape[0], dtype=np.int64), np.diff(by_group.indptr))
    cols = by_group.indices.astype(np.int64)
    y_i = by_group.data.astype(float)
    keep = y_i >= min_count
    if n is not None:
        keep &= tm.n_words[cols] == n
    g, cols, y_i = g[keep], cols[keep], y_i[keep]
    n_i = sizes[g]
    y_j = total[cols] - y_i
    delta, z = _log_odds(y_i, y_j, n_i, n_total - n_i, alpha_all[cols], alpha0)
    pos = z > 0
    g, cols, y_i, y_j, delta, z = g[pos], cols[pos], y_i[pos], y_j[pos], delta[pos], z[pos]
    if len(g) == 0:
        return pd.DataFrame(columns=_DIST_COLUMNS)
    order = np.lexsort((_term_rank(tm)[cols], -z, g))
    g_sorted = g[order]
    first = np.searchsorted(g_sorted, g_sorted, side="left")
    order = order[np.arange(len(order)) - first < top]
    g, cols, y_i, y_j, delta, z = g[order], cols[order], y_i[order], y_j[order], delta[order], z[order]
    return _dist_frame(tm, labels[g], cols, y_i, y_j, words[g].astype(float), words_all, delta, z)


def selection_terms(
    tm: TermMatrix,
    mask: np.ndarray,
    *,
    top: int = 15,
    min_count: int = 2,
    n: int | None = None,
    prior_scale: float = 1.0,
    label: str = "selection",
) -> pd.DataFrame:
    """Terms that set the statements selected by ``mask`` apart from all the other
    statements of the corpus: :func:`distinctive_terms` with one group, the selection
    (same columns; ``group`` is ``label``)."""
    mask = _as_mask(mask, tm.n_rows)
    counts = tm.counts(mask)
    cols = np.flatnonzero(counts)
    return _distinctive(tm, [(label, cols, counts[cols], float(tm.words(mask)))], tm.totals(),
                        tm.words(None), top=top, min_count=min_count, n=n, prior_scale=prior_scale)


def compare_groups(
    tm: TermMatrix,
    mask_a: np.ndarray,
    mask_b: np.ndarray,
    *,
    min_count: int = 2,
    n: int | None = None,
    prior_scale: float = 1.0,
) -> pd.DataFrame:
    """Two selections side by side (for the comparison chart): every term occurring at
    least ``min_count`` times in A and B together.

    One row per term, most typical of A first: ``term``, ``n``, ``count_a``,
    ``count_b``, ``per_10k_a``, ``per_10k_b`` (per 10,000 words of each side),
    ``log_odds`` and ``z`` (positive: typical of A; negative: of B), with the prior of
    :func:`distinctive_terms`. A statement in both A and B counts for both.
    """
    mask_a = _as_mask(mask_a, tm.n_rows)
    mask_b = _as_mask(mask_b, tm.n_rows)
    a, b = tm.counts(mask_a).astype(float), tm.counts(mask_b).astype(float)
    cols = np.flatnonzero(a + b >= min_count)
    if n is not None:
        cols = cols[tm.n_words[cols] == n]
    n_a, n_b = a.sum(), b.sum()
    background = tm.totals().astype(float)
    alpha0 = prior_scale * max(n_a + n_b, 1.0)
    alpha = background / max(background.sum(), 1.0) * alpha0
    delta, z = _log_odds(a[cols], b[cols], n_a, n_b, alpha[cols], alpha0)
    frame = pd.DataFrame({
        "term": tm.terms[cols].astype(str),
        "n": tm.n_words[cols].astype(np.int64),
        "count_a": a[cols].astype(np.int64),
        "count_b": b[cols].astype(np.int64),
        "per_10k_a": a[cols] / max(tm.words(mask_a), 1) * 10_000,
        "per_10k_b": b[cols] / max(tm.words(mask_b), 1) * 10_000,
        "log_odds": delta,
        "z": z,
    })
    return frame.sort_values(["z", "term"], ascending=[False, True], kind="stable").reset_index(drop=True)


# ===================================================================== keyword in context
_KWIC_COLUMNS = ["statement_id", "doc_id", "speaker", "left", "match", "right"]


def kwic(
    statements: pd.DataFrame,
    term: str,
    *,
    width: int = 60,
    tm: TermMatrix | None = None,
    sort: Literal["order", "left", "right"] = "order",
    column: Literal["content", "text"] = "content",
) -> pd.DataFrame:
    """Every occurrence of ``term`` in the statements, with its context.

    With ``tm`` (the matrix built from these statements' ``content``; rows matched by
    ``statement_id``), the occurrences are exactly those that the term counts count:
    "supply chain" also finds "supply chains", names and phrases as tokenised. Without
    it, a case-insensitive whole-word search allowing plural endings.

    One row per occurrence: ``statement_id``, ``doc_id``, ``speaker``, ``left``
    (``width`` characters before), ``match``, ``right`` (``width`` characters after).
    ``sort``: reading order, or alphabetically by the words just left of the match
    (nearest first) or just right of it.
    """
    text_col = column if column in statements.columns else "text"
    frame = statements
    if frame.empty or not str(term).strip():
        return pd.DataFrame(columns=_KWIC_COLUMNS)
    rows: list[tuple] = []
    col = tm.column(term) if tm is not None else None
    if tm is not None and tm.tokenizer is not None and col is not None and text_col == "content":
        ids = frame["statement_id"].to_numpy()
        has = np.diff(tm.csc().indptr[[col, col + 1]])[0] > 0
        hits = tm.csc()[:, col].indices if has else np.zeros(0, dtype=np.int64)
        wanted = frame[np.isin(ids, hits)]
        texts = wanted[text_col].fillna("").astype(str).tolist()
        speakers = wanted["speaker"].fillna("").astype(str).tolist() if "speaker" in wanted else None
        recs = list(wanted[["statement_id", "doc_id", "speaker"]].itertuples(index=False))
        for i, s, e in tm.tokenizer.occurrences(texts, col, speakers=speakers):
            t = texts[i]
            rec = recs[i]
            rows.append((rec.statement_id, rec.doc_id, rec.speaker,
                         t[max(0, s - width):s], t[s:e], t[e:e + width]))
    elif tm is None or col is None:
        pattern = _kwic_pattern(str(term))
        for rec in frame[["statement_id", "doc_id", "speaker", text_col]].itertuples(index=False):
            t = getattr(rec, text_col)
            if not isinstance(t, str):
                continue
            for m in pattern.finditer(t.translate(_APOSTROPHES)):
                rows.append((rec.statement_id, rec.doc_id, rec.speaker,
                             t[max(0, m.start() - width):m.start()], t[m.start():m.end()],
                             t[m.end():m.end() + width]))
    out = pd.DataFrame(rows, columns=_KWIC_COLUMNS)
    if sort == "left" and len(out):
        key = out["left"].map(lambda s: " ".join(reversed(re.findall(r"\w[\w'\-]*", s.lower()))))
        out = out.iloc[np.argsort(key.to_numpy(dtype=object), kind="stable")]
    elif sort == "right" and len(out):
        key = out["right"].map(lambda s: " ".join(re.findall(r"\w[\w'\-]*", s.lower())))
        out = out.iloc[np.argsort(key.to_numpy(dtype=object), kind="stable")]
    return out.reset_index(drop=True)


def _kwic_pattern(term: str) -> re.Pattern:
    words = term.translate(_APOSTROPHES).split()
    parts = []
    for w in words:
        stem = re.escape(w.rstrip("'"))
        if w.lower().endswith("ies"):
            alt = re.escape(w[:-3]) + r"(?:y|ies)"
        elif w.lower().endswith("y"):
            alt = re.escape(w[:-1]) + r"(?:y|ies)"
        elif w.lower().endswith("s") and not w.lower().endswith("ss"):
            alt = stem[:-1] + r"(?:s|es)?" if len(w) > 3 else stem
        else:
            alt = stem + r"(?:s|es)?"
        parts.append(alt + r"(?:'s|')?")
    return re.compile(r"(?<![\w'\-])" + r"\s+".join(parts) + r"(?![\w\-])", re.I)
