from datetime import date

import pandas as pd
import pytest

from nkreports.analysis.params import (
    ParameterError,
    folder,
    iso_date,
    nonempty,
    probability,
    string_list,
    window,
)


def test_folder_exists(tmp_path):
    assert folder(str(tmp_path), "reports_dir") == tmp_path


def test_missing_folder_names_the_parameter(tmp_path):
    with pytest.raises(ParameterError, match=r"reports_dir: no such folder: '.*nope'"):
        folder(tmp_path / "nope", "reports_dir")


def test_output_folder_is_created(tmp_path):
    assert folder(tmp_path / "figs", "figures_dir", create=True).is_dir()


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-06-27", date(2024, 6, 27)),
        ("", None),
        (None, None),
        (date(2020, 1, 2), date(2020, 1, 2)),
    ],
)
def test_iso_date(value, expected):
    assert iso_date(value, "start") == expected


@pytest.mark.parametrize("value", ["27/06/2024", "2024-13-01", "yesterday"])
def test_malformed_date(value):
    with pytest.raises(ParameterError, match=r"start: .* is not a date in YYYY-MM-DD form"):
        iso_date(value, "start")


def test_window_order():
    assert window("2020-01-01", "") == (date(2020, 1, 1), None)
    with pytest.raises(ParameterError, match="start 2024-01-02 is after end 2024-01-01"):
        window("2024-01-02", "2024-01-01")


@pytest.mark.parametrize(
    ("value", "expected"),
    [('["a", "b"]', ["a", "b"]), ("a, b,", ["a", "b"]), (["x"], ["x"]), ("", [])],
)
def test_string_list(value, expected):
    assert string_list(value, "outlets") == expected


def test_bad_json_list():
    with pytest.raises(ParameterError, match=r"outlets: .* is not a valid JSON list"):
        string_list("[a,", "outlets")


def test_nonempty():
    nonempty(pd.DataFrame({"a": [1]}), "reports")
    with pytest.raises(ParameterError, match="reports is empty: no report files"):
        nonempty(pd.DataFrame(), "reports", "no report files")


@pytest.mark.parametrize(
    ("value", "expected"), [(0.0, 0.0), (1, 1.0), ("0.9", 0.9), (" 0.25 ", 0.25)]
)
def test_probability(value, expected):
    assert probability(value, "min_confidence") == expected


@pytest.mark.parametrize("value", ["high", "", "1.5", -0.1, "nan", None])
def test_probability_out_of_range_names_the_parameter(value):
    with pytest.raises(ParameterError, match=r"min_confidence: .* is not a number from 0 to 1"):
        probability(value, "min_confidence")
