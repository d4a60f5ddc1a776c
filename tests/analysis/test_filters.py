import datetime as dt

import numpy as np
import pandas as pd
import pytest

from analysis import Filters


@pytest.fixture
def statements():
    return pd.DataFrame({
        "speaker": ["A", "B", "A", ""],
        "theme_label": ["trade", "trade", "peace", "peace"],
        "doc_id": ["d1", "d1", "d2", "d2"],
        "date": pd.to_datetime(["2023-01-01", "2023-01-01", "2023-06-01", None]),
    })


def test_query_round_trip():
    f = Filters.from_query({"speaker": ["Park Jin", "Wang Yi"], "theme": "trade", "from": "2023-01-02"})
    assert f.speaker == ("Park Jin", "Wang Yi") and f.theme == ("trade",)
    assert f.date_from == dt.date(2023, 1, 2)
    assert Filters.from_query(dict_of_lists(f.to_query())) == f


def dict_of_lists(pairs):
    out = {}
    for k, v in pairs:
        out.setdefault(k, []).append(v)
    return out


def test_mask(statements):
    assert Filters().mask(statements).all()
    assert Filters(speaker=("A",)).mask(statements).tolist() == [True, False, True, False]
    assert Filters(theme=("peace",), doc=("d2",)).mask(statements).tolist() == [False, False, True, True]
    m = Filters(date_from=dt.date(2023, 2, 1)).mask(statements)
    assert m.tolist() == [False, False, True, False]  # undated statements drop out of a date filter
    assert m.dtype == np.bool_


def test_describe_names_the_filters():
    assert Filters().describe() == "All statements"
    text = Filters(speaker=("Park Jin",), date_from=dt.date(2023, 1, 1)).describe()
    assert "Park Jin" in text and "2023-01-01" in text


def test_cli_pairs_and_bad_input():
    assert Filters.from_pairs(["speaker=Park Jin"]).speaker == ("Park Jin",)
    with pytest.raises(ValueError, match="KEY=VALUE"):
        Filters.from_pairs(["who=Park"])
    with pytest.raises(ValueError, match="YYYY-MM-DD"):
        Filters.from_query({"from": "last week"})
