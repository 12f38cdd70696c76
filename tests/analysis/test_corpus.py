from datetime import date

import pandas as pd
import pytest

from nkreports.analysis import corpus
from nkreports.analysis.params import ParameterError
from nkreports.schema import TABLES, frame
from nkreports.tables import write_table

REPORTS = pd.DataFrame(
    {
        "report_id": ["a", "b", "c"],
        "file": ["a.txt", "b.txt", "c.txt"],
        "status": ["ok", "warning", "error"],
        "problems": ["", "same content as a.txt | no publication date", "cannot decode"],
        "outlet": ["DailyNK", "DailyNK", ""],
        "published": ["2024-06-27", "2020-06-22", ""],
        "published_source": ["text", "manifest", "none"],
        "published_evidence": ["June 27, 2024 at 08:00AM", "", ""],
        "repost_of": ["", "", "World Weekly News"],
    }
)


def test_mismatch_names_both_sides():
    assert corpus.mismatch(["a.txt", "b.txt"], ["a.txt", "b.txt"]) == ""
    assert corpus.mismatch(["a.txt", "x.txt"], ["a.txt", "b.txt"]) == (
        "not in the tables: b.txt; not in the folder: x.txt"
    )


def test_outlets_count_reports_and_date_range():
    table = corpus.outlets(REPORTS)
    assert table.to_dict("records") == [
        {
            "outlet": "DailyNK",
            "reports": 2,
            "first_published": "2020-06-22",
            "last_published": "2024-06-27",
        },
        {"outlet": "(unknown)", "reports": 1, "first_published": "", "last_published": ""},
    ]


def test_reposts_and_copies():
    table = corpus.reposts(REPORTS)
    assert table[["report_id", "repost_of", "same_content_as"]].values.tolist() == [
        ["b", "", "a.txt"],
        ["c", "World Weekly News", ""],
    ]


def test_problems_one_row_each_errors_first():
    table = corpus.problems(REPORTS)
    assert table[["report_id", "problem"]].values.tolist() == [
        ["c", "cannot decode"],
        ["b", "no publication date"],
        ["b", "same content as a.txt"],
    ]


def test_removed_counts_per_reason():
    furniture = pd.DataFrame(
        {
            "report_id": ["a", "a", "b"],
            "start": [0, 10, 0],
            "end": [6, 30, 4],
            "line": ["31.1 C", "Sunday, July 14, 2024", "29 C"],
            "reason": ["weather widget", "page date", "weather widget"],
        }
    )
    assert corpus.removed(furniture).values.tolist() == [
        ["weather widget", 2, 2, 10, "a", 0, "31.1 C"],
        ["page date", 1, 1, 20, "a", 10, "Sunday, July 14, 2024"],
    ]


def test_within_keeps_reports_of_the_window_and_their_rows():
    facts = pd.DataFrame({"report_id": ["a", "b", "c"], "start": [1, 2, 3]})
    kept = corpus.within({"reports": REPORTS, "places": facts}, date(2021, 1, 1), None)
    assert list(kept["reports"]["report_id"]) == ["a"]
    assert list(kept["places"]["start"]) == [1]
    assert len(corpus.within({"reports": REPORTS}, None, None)["reports"]) == 3


@pytest.fixture
def folders(tmp_path):
    (tmp_path / "reports").mkdir()
    (tmp_path / "reports" / "a.txt").write_text("A report.\n", encoding="utf-8")
    return tmp_path / "reports", tmp_path / "data"


def test_read_corpus_without_tables_says_how_to_make_them(folders):
    reports_dir, data_dir = folders
    data_dir.mkdir()
    with pytest.raises(
        ParameterError, match=r"no reports, furniture, .* table: run `nkreports extract"
    ):
        corpus.read_corpus(data_dir, reports_dir)


def test_read_corpus_refuses_tables_of_another_folder(folders):
    reports_dir, data_dir = folders
    for name, record in TABLES.items():
        write_table(frame([], record), name, data_dir)
    with pytest.raises(
        ParameterError, match=r"were not extracted from .*\(not in the tables: a.txt\)"
    ):
        corpus.read_corpus(data_dir, reports_dir)


def test_check_gold_names_missing_files(folders, tmp_path):
    reports_dir, _ = folders
    pd.DataFrame({"file": ["a.txt", "z.txt"], "quote": ["A", "Z"]}).to_csv(
        tmp_path / "dates.csv", index=False
    )
    with pytest.raises(ParameterError, match=r"annotates files that are not in .*: z.txt;"):
        corpus.has_gold(tmp_path, reports_dir)


@pytest.mark.parametrize(("files", "expected"), [(["a.txt"], True), (["x.txt", "y.txt"], False)])
def test_has_gold_only_for_gold_of_these_reports(folders, tmp_path, files, expected):
    reports_dir, _ = folders
    pd.DataFrame({"file": files, "quote": ["Q"] * len(files)}).to_csv(
        tmp_path / "dates.csv", index=False
    )
    assert corpus.has_gold(tmp_path, reports_dir) is expected
