from pathlib import Path

import pytest

from nkreports.cli import EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, main

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def test_reports_writes_both_tables_and_a_summary(tmp_path, capsys):
    assert main(["reports", str(SEEDS), "--out", str(tmp_path)]) == EXIT_OK
    assert sorted(p.name for p in tmp_path.iterdir()) == ["furniture.csv", "reports.csv"]
    assert capsys.readouterr().out.startswith("5 report files: 3 ok, 2 warning, 0 error\n")


def test_strict_counts_warnings_as_problems(tmp_path):
    assert main(["reports", str(SEEDS), "--out", str(tmp_path), "--strict"]) == EXIT_PROBLEMS


def test_a_file_in_error_gives_exit_code_3_and_names_it(tmp_path, capsys):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "empty.txt").write_bytes(b"")
    assert main(["reports", str(tmp_path / "in"), "--out", str(tmp_path / "out")]) == EXIT_PROBLEMS
    assert "empty.txt: error: empty file; not processed" in capsys.readouterr().out


def test_missing_folder_is_a_usage_error(tmp_path, capsys):
    with pytest.raises(SystemExit) as stop:
        main(["extract", str(tmp_path / "nope")])
    assert stop.value.code == EXIT_USAGE
    assert "no such folder" in capsys.readouterr().err
