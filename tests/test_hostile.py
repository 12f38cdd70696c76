"""A folder of hostile files: every entry gets a status and a message, and the run completes."""

import os
import re
from pathlib import Path

import pandas as pd
import pytest

from nkreports import cli
from nkreports.ingest.reports import load_report
from nkreports.pipeline import FACT_TABLES, plan, run
from nkreports.schema import TABLES
from nkreports.tables import read_table

ROOT = Path(__file__).resolve().parents[1]
ENGLISH = (
    "China tightens checks on North Korean defectors\n\n"
    "June 27, 2024 at 08:00AM\n\n"
    "Police in Dandong detained 12 North Korean defectors last week, a source told reporters.\n\n"
    "The source said the police had searched homes near the border since early June.\n"
)
NO_DATE = (
    "Defectors move to rented rooms\n\n"
    "Several North Korean defectors who had been living with relatives in Shenyang have moved "
    "into rented rooms because they fear the police will search the homes of their relatives.\n"
)
SMART = "“The police came at night,” a source said about the crackdown on defectors.\n"
SCRIPT = "var published = 'March 3, 2015'; var city = 'Harbin'; track(100);"
HTML = (
    "<html><head><title>Border checks</title>"
    f"<script>{SCRIPT}</script></head><body><article>"
    "<h1>China tightens checks on North Korean defectors</h1><p>June 27, 2024</p>"
    "<p>Police in Dandong detained 12 North Korean defectors last week, a source said.</p>"
    "</article></body></html>"
)
KOREAN = "중국 공안이 탈북민 단속을 강화하고 있다고 소식통이 전했다. 단둥에서 12명이 체포됐다.\n"
CHINESE = "中国警方加强了对脱北者的搜查，消息人士说，丹东有十二人被捕。\n"


def build_hostile_folder(folder: Path) -> None:
    """Every kind of bad entry an analyst's folder of saved reports can hold."""
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 8)
    with (folder / "huge.txt").open("wb") as handle:
        handle.truncate(50 * 2**20)  # sparse: 50 MB without writing them
    (folder / "cp1252.txt").write_bytes((ENGLISH + SMART).encode("cp1252"))
    (folder / "latin1.txt").write_bytes(
        (ENGLISH + "Señor Kim paid 50\x81 yuan.\n").encode("latin-1")
    )
    (folder / "utf16.txt").write_bytes(ENGLISH.encode("utf-16"))
    (folder / "page.html").write_text(HTML, encoding="utf-8")
    (folder / "subfolder.txt").mkdir()
    (folder / "broken_link.txt").symlink_to(folder / "no_such_target.txt")
    (folder / "dup_a.txt").write_text(ENGLISH, encoding="utf-8")
    (folder / "dup_b.txt").write_text(ENGLISH, encoding="utf-8")
    (folder / "no_date.txt").write_text(NO_DATE, encoding="utf-8")
    (folder / "korean.txt").write_text(KOREAN, encoding="utf-8")
    (folder / "chinese.txt").write_text(CHINESE, encoding="utf-8")
    (folder / "slides.pdf").write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")


EXPECTED = [  # file, status, a message its problems must contain
    ("empty.txt", "error", "empty file; not processed"),
    ("binary.txt", "error", "binary file (contains NUL bytes); not processed"),
    ("huge.txt", "error", "too large (50.0 MB > 5 MB limit); not processed"),
    ("cp1252.txt", "warning", "not UTF-8; decoded as cp1252 (Windows Western)"),
    ("latin1.txt", "warning", "not UTF-8 or cp1252; decoded as latin-1"),
    ("utf16.txt", "ok", ""),
    ("page.html", "ok", ""),
    ("subfolder.txt", "error", "a folder, not a report file; not processed"),
    ("broken_link.txt", "error", "broken link (its target does not exist); not processed"),
    ("dup_a.txt", "warning", "same content as dup_b.txt"),
    ("dup_b.txt", "warning", "same content as dup_a.txt"),
    ("no_date.txt", "warning", "no publication date in the text or the manifest"),
    ("korean.txt", "warning", "not English: only 0% of letters are Latin; not processed"),
    ("chinese.txt", "warning", "not English: only 0% of letters are Latin; not processed"),
    (
        "slides.pdf",
        "error",
        "not a supported report type (.pdf; expected .txt, .html, .htm or .xml)",
    ),
]


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    folder = tmp_path_factory.mktemp("hostile")
    build_hostile_folder(folder)
    return folder


@pytest.fixture(scope="module")
def cli_run(hostile, tmp_path_factory):
    """Exit code and tables of `nkreports extract HOSTILE --out OUT`."""
    out = tmp_path_factory.mktemp("hostile-out")
    code = cli.main(["extract", str(hostile), "--out", str(out), "--no-cache"])
    return code, {name: read_table(name, out) for name in TABLES}


@pytest.mark.slow
def test_cli_completes_and_exits_3_when_files_have_errors(cli_run, hostile):
    code, tables = cli_run
    assert code == cli.EXIT_PROBLEMS
    assert sorted(tables["reports"]["file"]) == sorted(p.name for p in hostile.iterdir())


@pytest.mark.slow
@pytest.mark.parametrize(("file", "status", "message"), EXPECTED)
def test_every_entry_gets_a_status_and_a_message(cli_run, file, status, message):
    reports = cli_run[1]["reports"].set_index("file")
    assert reports.loc[file, "status"] == status
    problems = reports.loc[file, "problems"]
    assert message in problems if message else problems == ""


def english_facts(table: pd.DataFrame, report_id: str) -> pd.DataFrame:
    """Rows of one report found in its ENGLISH part, without the report id."""
    rows = table[(table["report_id"] == report_id) & (table["start"] < len(ENGLISH))]
    return rows.drop(columns="report_id").reset_index(drop=True)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("file", "encoding"),
    [("cp1252.txt", "cp1252"), ("latin1.txt", "latin-1"), ("utf16.txt", "utf-16")],
)
def test_wrong_encodings_give_the_facts_of_the_utf8_copy(cli_run, file, encoding):
    tables = cli_run[1]
    assert tables["reports"].set_index("file").loc[file, "encoding"] == encoding
    for name in FACT_TABLES:
        decoded, utf8 = (english_facts(tables[name], r) for r in (Path(file).stem, "dup_a"))
        pd.testing.assert_frame_equal(decoded, utf8)
    assert len(tables["places"][tables["places"]["report_id"] == "dup_a"]) >= 2


@pytest.mark.slow
def test_html_scripts_are_never_read_as_article_text(cli_run, hostile):
    raw = (hostile / "page.html").read_text(encoding="utf-8")
    script_start = raw.index(SCRIPT)
    script = range(script_start, script_start + len(SCRIPT))
    assert "Harbin" not in load_report(hostile / "page.html").article.body.text
    for name in FACT_TABLES:
        rows = cli_run[1][name]
        rows = rows[rows["report_id"] == "page"]
        assert not [start for start in rows["start"] if start in script], name
    places = cli_run[1]["places"]
    assert list(places[places["report_id"] == "page"]["mention"]) == ["China", "Dandong"]


@pytest.mark.slow
def test_huge_file_is_not_read(hostile):
    assert os.stat(hostile / "huge.txt").st_blocks < 1024  # still sparse: never filled in


@pytest.mark.slow
def test_file_deleted_between_plan_and_run_gets_an_error_row(tmp_path):
    (tmp_path / "kept.txt").write_text(ENGLISH, encoding="utf-8")
    (tmp_path / "deleted.txt").write_text(NO_DATE, encoding="utf-8")
    tasks = plan(tmp_path)
    (tmp_path / "deleted.txt").unlink()
    reports = {result.report.file: result.report for result in run(tasks)}
    assert sorted(reports) == ["deleted.txt", "kept.txt"]
    assert reports["deleted.txt"].status == "error"
    assert reports["deleted.txt"].problems == "not a regular file; not processed"
    assert reports["kept.txt"].status == "ok"


@pytest.mark.slow
def test_clean_seeds_exit_0(tmp_path, capsys):
    code = cli.main(["extract", str(ROOT / "seeds"), "--out", str(tmp_path), "--no-cache"])
    printed = capsys.readouterr().out
    assert code == cli.EXIT_OK, printed
    assert re.search(r"^5 report files: \d ok, \d warning, 0 error$", printed, re.MULTILINE)
