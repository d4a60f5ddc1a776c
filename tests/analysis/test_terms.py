"""Terms: tokens, phrases, frequencies, distinctive terms, keyword-in-context, trends,
and the stopwords kept per corpus.

Counts are checked against independent counts (regular expressions and Counters) on tiny
hand-made corpora whose right answers are obvious; the seed is checked through the real
pipeline; real corpora (when ../shared is present) check that the rules hold at scale.
"""

from __future__ import annotations

import json
import math
import pickle
import re
from collections import Counter

import numpy as np
import pandas as pd
import pytest

from analysis.terms import (
    DEFAULT_STOPWORDS,
    Tokenizer,
    build_term_matrix,
    compare_groups,
    distinctive_terms,
    frequencies_by_group,
    kwic,
    selection_terms,
    term_frequencies,
)
from analysis.trends import period_labels, term_trend


# Unrelated words, so that a tiny corpus has enough words for a phrase to be significant.
FILLER = ["Delegates discussed fisheries, tourism, shipping, aviation, agriculture and banking.",
          "Observers noted rainfall, harvests, railways, bridges, harbours, museums and schools."]


def counts_of(tm, mask=None) -> dict[str, int]:
    freq = term_frequencies(tm, mask)
    return dict(zip(freq["term"], freq["count"]))


def statements_frame(texts, speakers=None, docs=None, dates=None) -> pd.DataFrame:
    n = len(texts)
    return pd.DataFrame({
        "statement_id": np.arange(n),
        "doc_id": docs or ["d0"] * n,
        "speaker": speakers or [""] * n,
        "text": texts,
        "content": texts,
        "date": pd.to_datetime(dates) if dates else pd.NaT,
    })


# --------------------------------------------------------------------------- tokens

def test_names_keep_their_case_and_a_name_of_two_words_is_one_term():
    texts = [
        "Leaders from South Korea met in the capital.",
        "Trade with South Korea grew, officials in the north reported.",
        "The delegation visited South Korea and the south coast.",
    ]
    counts = counts_of(build_term_matrix(texts))
    assert counts["South Korea"] == 3
    assert "South" not in counts and "Korea" not in counts
    assert counts["south"] == 1  # lower case elsewhere: a word, not the name
    assert "leaders" in counts and "Leaders" not in counts  # sentence-initial capital folded


def test_apostrophes_curly_and_straight_possessives_and_contractions():
    texts = ["Korea’s economy and Korea's exports grew.",
             "The ministers’ meeting and the ministers' meeting ended.",
             "They don't agree and it’s late."] + FILLER
    counts = counts_of(build_term_matrix(texts))
    assert counts["Korea"] == 2
    assert counts["ministers meeting"] == 2
    assert not any("don" in t or "it" == t for t in counts)


def test_hyphenated_words_stay_whole():
    counts = counts_of(build_term_matrix(["people-to-people exchanges grew",
                                          "more people-to-people exchanges"] + FILLER))
    assert counts["people-to-people"] == 2
    assert counts["people-to-people exchanges"] == 2
    assert "people" not in counts


def test_urls_markup_entities_emails_and_numbers_are_not_terms():
    texts = ["See https://example.org/trade-deal and <b>bold</b> claims &amp; more.",
             "Write to press@example.org about 1.5 billion and 2023 figures, 21st century."]
    counts = counts_of(build_term_matrix(texts))
    for junk in ("https", "example", "org", "trade-deal", "b", "amp", "press", "billion"):
        assert junk not in counts, junk
    assert counts["bold"] == 1 and counts["claims"] == 1 and counts["figures"] == 1
    assert not any(ch.isdigit() for t in counts for ch in t)


def test_singular_and_plural_are_one_term_shown_in_the_most_frequent_form():
    texts = ["stable supply chains matter", "resilient supply chains help",
             "the supply chain broke", "countries and a country agree", "other countries"]
    counts = counts_of(build_term_matrix(texts))
    assert counts["supply chains"] == 3 and "supply chain" not in counts
    assert counts["chains"] == 3 and "chain" not in counts
    assert counts["countries"] == 3 and "country" not in counts


def test_acronyms_are_names_not_stopwords():
    counts = counts_of(build_term_matrix(["The US and the WHO met us.", "Talks with the US resumed."]))
    assert counts["US"] == 2 and counts["WHO"] == 1
    assert "us" not in counts and "who" not in counts


def test_shouted_words_are_the_words_not_acronyms():
    texts = ["We call for peace in the region."] * 5 + [
        "WE CALL FOR PEACE TO THE WORLD.", "The fight against HIV/AIDS continues.", "AIDS kills.", "Aid aids growth."]
    counts = counts_of(build_term_matrix(texts))
    assert counts["peace"] == 6 and "PEACE" not in counts  # (shouted: the corpus writes "peace")
    for shouted in ("TO", "THE", "WE", "FOR"):
        assert shouted not in counts  # (shouted function words are stopwords, short ones too)
    assert counts["AIDS"] == 2  # (an acronym the corpus writes in capitals more than in lower case)


def test_genre_boilerplate_never_counts_and_stopwords_are_editable():
    texts = ["Xinhua said on Sunday that trade grew, noting the talks.",
             "Trade grew, he added, according to Xinhua."]
    counts = counts_of(build_term_matrix(texts))
    for word in ("Xinhua", "xinhua", "said", "added", "noting", "Sunday", "according"):
        assert word not in counts
    assert counts["trade"] == 2
    custom = counts_of(build_term_matrix(texts, stopwords=(DEFAULT_STOPWORDS - {"sunday"}) | {"trade"}))
    assert "trade" not in custom and custom["Sunday"] == 1


def test_a_speakers_own_name_does_not_count_as_their_words():
    texts = ["Wang Yi wants peace.", "Wang urged calm.", "Park Jin praised Wang Yi."]
    speakers = ["Wang Yi", "Wang Yi", "Park Jin"]
    tm = build_term_matrix(texts, speakers=speakers)
    wang = np.array([True, True, False])
    assert "Wang Yi" not in counts_of(tm, wang) and "Wang" not in counts_of(tm, wang)
    assert counts_of(tm, ~wang)["Wang Yi"] == 1  # someone else naming him counts
    assert "Park Jin" not in counts_of(tm, ~wang)


# --------------------------------------------------------------------------- exact counts

INDEPENDENT = [
    "Trade grew. Officials praised trade and investment, citing stable growth.",
    "Investment in renewable energy rose; officials welcomed renewable energy projects.",
    "The ministers discussed renewable energy, maritime security and trade.",
    "Maritime security matters, the ministers agreed, while growth slowed.",
    "Officials reviewed maritime security, trade, investment and renewable energy again.",
]


def test_counts_agree_with_an_independent_count():
    tm = build_term_matrix(INDEPENDENT)
    words = [re.findall(r"[a-z]+", t.lower()) for t in INDEPENDENT]
    expected = Counter(w for ws in words for w in ws if w not in DEFAULT_STOPWORDS)
    freq = term_frequencies(tm, doc_ids=[f"d{i // 2}" for i in range(len(INDEPENDENT))])
    singles = freq[freq["n"] == 1].set_index("term")
    assert singles["count"].to_dict() == dict(expected)
    total_words = sum(len(ws) for ws in words)
    for term, row in singles.iterrows():
        assert row["per_10k"] == pytest.approx(expected[term] / total_words * 10_000)
        docs = {i // 2 for i, ws in enumerate(words) if term in ws}
        assert row["doc_count"] == len(docs), term
    phrases = freq[freq["n"] > 1].set_index("term")["count"].to_dict()
    assert phrases == {"renewable energy": 4, "maritime security": 3}
    for phrase, count in phrases.items():
        assert count == sum(len(re.findall(rf"\b{phrase}\b", t.lower())) for t in INDEPENDENT)


def test_tfidf_is_count_times_the_smoothed_idf_over_documents():
    docs = [f"d{i // 2}" for i in range(len(INDEPENDENT))]
    tm = build_term_matrix(INDEPENDENT)
    freq = term_frequencies(tm, doc_ids=docs).set_index("term")
    n_docs = len(set(docs))
    for term in ("trade", "renewable energy", "growth"):
        df = len({d for d, t in zip(docs, INDEPENDENT) if term in t.lower()})
        idf = math.log((1 + n_docs) / (1 + df)) + 1
        assert freq.loc[term, "tfidf"] == pytest.approx(freq.loc[term, "count"] * idf)
    ranked = term_frequencies(tm, doc_ids=docs, by="tfidf")
    assert ranked["tfidf"].is_monotonic_decreasing


def test_document_counts_under_any_filter_agree_with_an_independent_count():
    texts = INDEPENDENT * 3
    docs = [f"d{i // 4}" for i in range(len(texts))]
    tm = build_term_matrix(texts)
    rng = np.random.default_rng(1)
    masks = [None, np.array([d in ("d0", "d2") for d in docs]),  # whole documents
             rng.random(len(texts)) < 0.5, rng.random(len(texts)) < 0.2]
    words = [set(re.findall(r"[a-z]+", t.lower())) for t in texts]
    for mask in masks:
        sel = np.ones(len(texts), dtype=bool) if mask is None else mask
        for top in (None, 3):  # all columns at once, or a few columns one by one
            freq = term_frequencies(tm, mask, doc_ids=pd.Series(docs), top=top, n=1)
            for term, doc_count in zip(freq["term"], freq["doc_count"]):
                expected = len({d for d, ws, s in zip(docs, words, sel) if s and term in ws})
                assert doc_count == expected, (term, top)


def test_a_filter_recounts_from_its_rows_only():
    tm = build_term_matrix(INDEPENDENT)
    mask = np.array([False, True, True, False, False])
    sub = build_term_matrix([t for t, m in zip(INDEPENDENT, mask) if m])
    expected = {t: c for t, c in counts_of(sub).items()}
    got = counts_of(tm, mask)
    for term, count in got.items():
        if " " not in term:  # phrases are the corpus' phrases, so compare words
            assert expected[term] == count
    big = np.ones(5, dtype=bool)
    big[0] = False
    assert counts_of(tm, big)["trade"] == counts_of(tm)["trade"] - 2


# --------------------------------------------------------------------------- phrases

def test_phrases_surface_and_fragments_do_not():
    texts = ["China said that China values the strategic cooperative partnership."] * 3 + [
        "Both sides praised the strategic cooperative partnership and the Korean Peninsula.",
        "Peace on the Korean Peninsula matters.",
        "Stable supply chains and secure supply chains.",
    ]
    counts = counts_of(build_term_matrix(texts))
    assert counts["strategic cooperative partnership"] == 4
    assert counts["supply chains"] == 2
    assert counts["Korean Peninsula"] == 2
    for fragment in ("strategic cooperative", "cooperative partnership", "said that China", "that China"):
        assert fragment not in counts


def test_pairs_no_more_frequent_than_chance_are_not_phrases():
    # "growth" and "talks" are everywhere; they meet twice, less than chance predicts.
    texts = ["growth rose"] * 20 + ["talks ended"] * 20 + ["growth talks resumed"] * 2 + \
            ["growth, talks"] * 20 + ["visa waiver programme"] * 2
    counts = counts_of(build_term_matrix(texts))
    assert "growth talks" not in counts
    assert counts["visa waiver programme"] == 2


def test_phrases_need_min_count_and_never_cross_punctuation_or_texts():
    texts = ["alpha beta.", "Gamma delta", "alpha beta", "epsilon", "zeta gamma"] + FILLER
    counts = counts_of(build_term_matrix(texts, min_count=2))
    assert counts["alpha beta"] == 2
    assert "gamma delta" not in counts  # once only
    assert counts_of(build_term_matrix(texts, min_count=3)).get("alpha beta") is None
    # Not across punctuation, nor from the end of one text to the start of the next.
    counts = counts_of(build_term_matrix(["east, west", "east, west", "east", "west"] + FILLER))
    assert "east west" not in counts
    counts = counts_of(build_term_matrix(["north east", "west north", "north east", "west north"] + FILLER))
    assert "east west" not in counts


# --------------------------------------------------------------------------- distinctive terms

def fightin_words(y_i, y_j, n_i, n_j, alpha_w, alpha0):
    """Monroe, Colaresi & Quinn (2008), written out independently for the test."""
    delta = math.log((y_i + alpha_w) / (n_i + alpha0 - y_i - alpha_w)) - \
        math.log((y_j + alpha_w) / (n_j + alpha0 - y_j - alpha_w))
    return delta, delta / math.sqrt(1 / (y_i + alpha_w) + 1 / (y_j + alpha_w))


GROUPED = {
    "Hawk": ["We reject hegemony and interference.", "Interference must stop; hegemony fails.",
             "No interference, no hegemony, more trade."],
    "Dove": ["We welcome dialogue and trade.", "Dialogue builds trust and trade.",
             "Trust and dialogue, always dialogue."],
    "Owl": ["Trade and trust grow slowly.", "Research needs trade; research and more research take time."],
}


def grouped():
    texts, groups = [], []
    for g, ts in GROUPED.items():
        texts += ts
        groups += [g] * len(ts)
    return texts, groups


def test_distinctive_terms_for_several_groups_at_once_match_the_formula():
    texts, groups = grouped()
    tm = build_term_matrix(texts)
    table = distinctive_terms(tm, groups, top=5)
    assert set(table["group"]) == {"Hawk", "Dove", "Owl"}
    tops = {g: part.sort_values("z", ascending=False)["term"].iloc[0] for g, part in table.groupby("group")}
    assert tops["Hawk"] in {"hegemony", "interference"}
    assert tops["Dove"] == "dialogue"
    assert tops["Owl"] == "research"
    # One row against the formula, from plain counts.
    counts = {g: Counter(w for t in ts for w in re.findall(r"[a-z]+", t.lower()) if w not in DEFAULT_STOPWORDS)
              for g, ts in GROUPED.items()}
    everything = sum(counts.values(), Counter())
    n_all = sum(everything.values())
    row = table[(table["group"] == "Dove") & (table["term"] == "dialogue")].iloc[0]
    y_i = counts["Dove"]["dialogue"]
    n_i = sum(counts["Dove"].values())
    alpha0 = float(n_all)  # prior_scale 1: as many pseudo-counts as the selection has
    alpha_w = everything["dialogue"] / n_all * alpha0
    delta, z = fightin_words(y_i, everything["dialogue"] - y_i, n_i, n_all - n_i, alpha_w, alpha0)
    assert row["count"] == y_i and row["count_rest"] == 0
    assert row["log_odds"] == pytest.approx(delta)
    assert row["z"] == pytest.approx(z)
    assert (table["z"] > 0).all()
    assert "dialogue" not in set(table[table["group"] == "Hawk"]["term"])


def test_distinctive_terms_within_a_filter_and_the_selection_against_the_rest():
    texts, groups = grouped()
    tm = build_term_matrix(texts)
    no_owl = np.array([g != "Owl" for g in groups])
    table = distinctive_terms(tm, groups, mask=no_owl, top=5)
    assert set(table["group"]) == {"Hawk", "Dove"}
    assert "research" not in set(table["term"])
    hawk = np.array([g == "Hawk" for g in groups])
    sel = selection_terms(tm, hawk, top=3, label="Hawk")
    assert set(sel["group"]) == {"Hawk"}
    assert set(sel["term"]) <= {"hegemony", "interference", "reject", "fails", "stop"}
    both = compare_groups(tm, hawk, np.array([g == "Dove" for g in groups]))
    assert both.iloc[0]["z"] > 0 and both.iloc[-1]["term"] == "dialogue"
    assert both.set_index("term").loc["trade", ["count_a", "count_b"]].tolist() == [1, 2]


def test_frequencies_by_group():
    texts, groups = grouped()
    table = frequencies_by_group(build_term_matrix(texts), groups, top=1)
    assert table.set_index("group")["term"].to_dict() == {"Dove": "dialogue", "Hawk": "hegemony",
                                                         "Owl": "research"}


# --------------------------------------------------------------------------- keyword in context

def test_kwic_finds_exactly_the_counted_occurrences_with_context():
    texts = ["Stable supply chains matter to us.", "The supply chain broke; supply chains recover.",
             "Nothing here."]
    frame = statements_frame(texts, speakers=["A", "B", "C"])
    tm = build_term_matrix(texts)
    lines = kwic(frame, "supply chain", tm=tm, width=10)
    assert len(lines) == counts_of(tm)["supply chains"] == 3
    assert lines["match"].tolist() == ["supply chains", "supply chain", "supply chains"]
    assert lines["speaker"].tolist() == ["A", "B", "B"]
    assert lines.iloc[1]["left"] == "The " and lines.iloc[1]["right"] == " broke; su"
    by_right = kwic(frame, "supply chain", tm=tm, sort="right")
    assert by_right["right"].tolist()[0].startswith(" broke")
    plain = kwic(frame, "supply chain")  # without the matrix: a whole-word search
    assert len(plain) == 3
    assert kwic(frame, "nothing at all", tm=tm).empty


# --------------------------------------------------------------------------- trends

def test_trend_is_the_rate_per_period_with_empty_periods():
    texts = ["trade grew fast", "trade and more trade", "no deal", "trade talks"]
    dates = ["2023-01-05", "2023-01-20", "2023-02-03", "2023-04-01"]
    tm = build_term_matrix(texts)
    trend = term_trend(tm, ["trade"], pd.Series(pd.to_datetime(dates)), period="month")
    assert trend["period"].dt.strftime("%Y-%m").tolist() == ["2023-01", "2023-02", "2023-03", "2023-04"]
    assert trend["count"].tolist() == [3, 0, 0, 1]
    assert trend["words"].tolist() == [7, 2, 0, 2]
    assert trend["per_10k"].iloc[0] == pytest.approx(3 / 7 * 10_000)
    assert math.isnan(trend["per_10k"].iloc[2])
    assert period_labels(pd.Series(pd.to_datetime(dates)), period="year").tolist() == ["2023"] * 4


# --------------------------------------------------------------------------- the fitted tokenizer

def test_tokenizer_as_analyzer_transform_and_pickle_agree_with_the_matrix():
    tm = build_term_matrix(INDEPENDENT + ["South Korea and Japan; South Korea again."])
    tok = tm.tokenizer
    assert (tok.transform(INDEPENDENT).toarray() == tm.matrix[:len(INDEPENDENT)].toarray()).all()
    for i, text in enumerate(INDEPENDENT):
        row = tm.matrix[i]
        assert Counter(tok(text)) == {str(tm.terms[c]): int(k) for c, k in zip(row.indices, row.data)}
    again = pickle.loads(pickle.dumps(tm))
    assert again.tokenizer("unseen words about renewable energy") .count("renewable energy") == 1
    assert again.column("Renewable Energy") == tm.column("renewable energy")
    with pytest.raises(ValueError, match="not fitted"):
        Tokenizer()("text")


def test_bad_arguments_say_how_to_fix_them():
    tm = build_term_matrix(INDEPENDENT)
    with pytest.raises(ValueError, match="one entry per statement"):
        term_frequencies(tm, np.ones(2, dtype=bool))
    with pytest.raises(ValueError, match="one speaker per text"):
        build_term_matrix(["a b"], speakers=["x", "y"])
    with pytest.raises(ValueError, match="max_n"):
        build_term_matrix(["a b"], max_n=5)
    with pytest.raises(ValueError, match="Give one value per statement"):
        distinctive_terms(tm, ["a"])
    empty = build_term_matrix(["", "the of and"])
    assert term_frequencies(empty).empty and distinctive_terms(empty, ["a", "b"]).empty


# --------------------------------------------------------------------------- the seed, through the pipeline

def person_name_words(analysis) -> set[str]:
    people = analysis.speakers[analysis.speakers["kind"] == "person"]["speaker"]
    return {w.lower() for name in people for w in re.findall(r"[^\W\d_]+", name)}


def test_seed_speakers_phrases_hold_their_own_formulas_and_no_frame_or_name(seed_analysis):
    st = seed_analysis.statements
    people = seed_analysis.speakers[seed_analysis.speakers["kind"] == "person"]
    top_two = people.sort_values("n_statements", ascending=False)["speaker"].head(2).tolist()
    assert len(top_two) == 2
    names = person_name_words(seed_analysis)
    for tm in (seed_analysis.term_matrix,
               build_term_matrix(st["content"].tolist(), speakers=st["speaker"].tolist())):
        lists = {}
        for speaker in top_two:
            mask = (st["speaker"] == speaker).to_numpy()
            phrases = pd.concat([term_frequencies(tm, mask, n=2), term_frequencies(tm, mask, n=3)])
            lists[speaker] = phrases.sort_values("count", ascending=False, kind="stable").head(10)
            for term in lists[speaker]["term"]:
                words = {w.lower() for w in term.split()}
                assert "said" not in words and not words & names, (speaker, term)
            singles = term_frequencies(tm, mask, n=1)["term"].str.lower()
            assert not singles.isin(names | {"said"}).any()
        first, second = top_two
        other = counts_of(tm, (st["speaker"] == second).to_numpy())
        own = [t for t in lists[first]["term"] if other.get(t, 0) == 0]
        assert own, f"{first}'s top phrases are all used by {second} too"


# --------------------------------------------------------------------------- stopwords kept per corpus

def test_stopword_edits_are_kept_per_corpus_outside_it(tmp_path, monkeypatch):
    from ui import stopwords as sw

    monkeypatch.setenv("COMMUNIQUE_CACHE", str(tmp_path / "cache"))
    assert sw.load_edits("abc123")[0].is_default
    edits = sw.StopwordEdits(add=frozenset({"bilateral"}), remove=frozenset({"first"}))
    path = sw.save_edits("abc123", edits)
    assert path == tmp_path / "cache" / "abc123" / "stopwords.json"
    assert json.loads(path.read_text())["add"] == ["bilateral"]
    loaded, problem = sw.load_edits("abc123")
    assert loaded == edits and not problem
    words = sw.corpus_stopwords("abc123")
    assert "bilateral" in words and "first" not in words and "said" in words
    assert sw.corpus_stopwords("another-corpus") == DEFAULT_STOPWORDS
    assert sw.stopwords_path("../../etc").parent.parent == tmp_path / "cache"
    path.write_text("{not json")
    loaded, problem = sw.load_edits("abc123")
    assert loaded.is_default and "could not be read" in problem
    assert sw.parse_words("Foo, bar;baz\nqux") == {"foo", "bar", "baz", "qux"}


# --------------------------------------------------------------------------- real corpora

def real_sentences(folder, limit=400) -> list[str]:
    texts = []
    for path in sorted(folder.rglob("*.md"))[:80] + sorted(folder.rglob("*.txt"))[:80]:
        body = path.read_text(encoding="utf-8", errors="replace")
        texts += [p.strip() for p in re.split(r"\n\s*\n", body) if len(p.strip()) > 40]
        if len(texts) >= limit:
            break
    return texts[:limit]


@pytest.mark.shared
def test_rules_hold_on_real_readouts(datasets):
    texts = real_sentences(datasets / "wh-briefings") + real_sentences(datasets / "sg-mfa")
    assert len(texts) > 100
    tm = build_term_matrix(texts)
    freq = term_frequencies(tm, top=300)
    words = {w for t in freq["term"] for w in t.lower().split()}
    assert not words & {"said", "says", "added", "the", "and", "https", "www"}
    assert not freq["term"].str.contains(r"\d{3,}|<|>|&", regex=True).any()
    # What the tokenizer counts one text at a time is what the matrix counts.
    sample = list(range(0, len(texts), 7))
    assert (tm.tokenizer.transform([texts[i] for i in sample]).toarray()
            == tm.matrix[sample].toarray()).all()
    # Keyword in context finds exactly the counted occurrences.
    frame = statements_frame(texts)
    for term in freq["term"].head(15).tolist() + freq[freq["n"] > 1]["term"].head(10).tolist():
        assert len(kwic(frame, term, tm=tm)) == counts_of(tm)[term], term


# --------------------------------------------------------------------------- charts of terms

def test_term_charts_describe_themselves_and_carry_the_term_for_a_click(seed_analysis):
    from analysis import Filters
    from analysis.charts import chart_meta
    from analysis.term_charts import clicked_term, distinctive_by, term_comparison, term_trend_chart

    st = seed_analysis.statements
    fig = term_comparison(seed_analysis, Filters(), st)
    meta = chart_meta(fig)
    a, b = meta["settings"]["a"], meta["settings"]["b"]
    assert a in meta["title"] and b in meta["title"] and "Corpus" in meta["subtitle"]
    points = [t for trace in fig.data if trace.customdata is not None for t in trace.customdata[:, 0]]
    assert points and all("<" not in t for t in points)
    labelled = [t for trace in fig.data if trace.text is not None for t in trace.text if t]
    assert labelled  # the most distinctive terms of each side carry labels
    event = {"selection": {"points": [{"customdata": [points[0], 1, 2]}]}}
    assert clicked_term(event) == points[0]
    assert clicked_term({"selection": {"points": []}}) is None
    park = Filters(speaker=("Park Jin",))
    assert "Park Jin" in chart_meta(distinctive_by(seed_analysis, park, st[park.mask(st)]))["title"]
    trend = term_trend_chart(seed_analysis, Filters(), st, terms="supply chain")
    assert "supply chains" in chart_meta(trend)["title"]


def test_two_process_scan_gives_the_same_ids_as_one(monkeypatch):
    import numpy as np

    import analysis.terms as terms_module

    texts = pd.Series([f"Text {i}: the Minister said “hello” to State {i % 7}, again and again."
                       for i in range(400)] + ["", "Zürich’s new-found words"])
    one = terms_module._scan(texts)
    monkeypatch.setattr(terms_module, "_PARALLEL_SCAN_CHARS", 0)  # force the second process
    two = terms_module._scan_fast(texts)
    assert np.array_equal(one[0], two[0]) and np.array_equal(one[1], two[1]) and one[2] == two[2]
