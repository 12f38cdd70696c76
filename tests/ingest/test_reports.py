import re
from datetime import date
from pathlib import Path

import pytest

from nkreports.ingest import language, reports
from nkreports.ingest.files import ReportsDirError
from nkreports.schema import Furniture, Report, columns, dtypes

ROOT = Path(__file__).parents[2]
SEEDS = ROOT / "seeds"
FIXTURES = Path(__file__).parents[1] / "fixtures" / "reports"
NO_DATE = "no publication date in the text or the manifest"


@pytest.fixture(scope="module")
def fixtures() -> dict[str, reports.Loaded]:
    return {item.report.file: item for item in reports.load_reports(FIXTURES)}


@pytest.fixture(scope="module")
def seeds() -> dict[str, reports.Loaded]:
    return {item.report.report_id[:3]: item for item in reports.load_reports(SEEDS)}


@pytest.mark.parametrize(
    ("file", "status", "problems", "encoding", "published", "source"),
    [
        ("binary.txt", "error", "binary file (contains NUL bytes); not processed", "", "", "none"),
        (
            "cp1252_smart_quotes.txt",
            "warning",
            "not UTF-8; decoded as cp1252 (Windows Western)",
            "cp1252",
            "2024-06-03",
            "text",
        ),
        ("crlf_lines.txt", "ok", "", "utf-8", "2024-02-28", "text"),
        (
            "duplicate_a.txt",
            "warning",
            f"{NO_DATE} | same content as duplicate_b.txt",
            "utf-8",
            "",
            "none",
        ),
        (
            "duplicate_b.txt",
            "warning",
            f"{NO_DATE} | same content as duplicate_a.txt",
            "utf-8",
            "",
            "none",
        ),
        ("empty.txt", "error", "empty file; not processed", "", "", "none"),
        (
            "korean_language.txt",
            "warning",
            "not English: only 0% of letters are Latin; not processed",
            "utf-8",
            "",
            "none",
        ),
        ("no_date.txt", "warning", NO_DATE, "utf-8", "", "none"),
        ("saved_page.html", "ok", "", "utf-8", "2024-06-03", "text"),
        (
            "unsupported_type.pdf",
            "error",
            "not a supported report type (.pdf; expected .txt, .html, .htm or .xml); not processed",
            "",
            "",
            "none",
        ),
        ("utf16_bom.txt", "ok", "", "utf-16", "2024-03-14", "text"),
    ],
)
def test_fixture_rows(fixtures, file, status, problems, encoding, published, source):
    report = fixtures[file].report
    assert (report.status, report.problems, report.encoding) == (status, problems, encoding)
    assert (report.published, report.published_source) == (published, source)


def test_every_fixture_file_has_a_row(fixtures):
    assert sorted(fixtures) == sorted(p.name for p in FIXTURES.iterdir())


@pytest.mark.parametrize(
    ("file", "has_article"),
    [
        ("binary.txt", False),
        ("korean_language.txt", False),
        ("crlf_lines.txt", True),
        ("empty.txt", False),
    ],
)
def test_article_only_when_there_is_english_text(fixtures, file, has_article):
    assert (fixtures[file].article is not None) is has_article


def test_crlf_body_offsets_point_into_the_raw_text(fixtures):
    article = fixtures["crlf_lines.txt"].article
    assert article.body.text.startswith(
        "Border guards detain three defectors near Tumen\r\n\r\nChinese"
    )
    for match in re.finditer(r"\S+", article.body.text):
        start, end = article.body.to_raw(match.start(), match.end())
        assert article.raw[start:end] == match.group()


def test_crlf_furniture_lines(fixtures):
    item = fixtures["crlf_lines.txt"]
    assert [(f.line, f.reason) for f in item.furniture] == [
        ("24 C", "weather widget"),
        ("Monday, March 4, 2024", "page date"),
        ("February 28, 2024 at 09:30AM", "page date"),
        ("by Example News(Test Media)", "byline"),
    ]
    assert all(item.article.raw[f.start : f.end] == f.line for f in item.furniture)


def test_day_first_page(fixtures):
    article = fixtures["utf16_bom.txt"].article
    assert (article.published, article.date_order) == (date(2024, 3, 14), "DMY")


def test_html_report_maps_back_to_the_source(fixtures):
    item = fixtures["saved_page.html"]
    report, article = item.report, item.article
    assert (report.title, report.byline, report.words) == (
        "Police in Yanji search homes of defectors\u2019 relatives",
        "Jane Doe",
        42,
    )
    start = article.body.text.index("defectors\u2019")
    raw_start, raw_end = article.body.to_raw(start, start + len("defectors\u2019"))
    assert article.raw[raw_start:raw_end] == "defectors&#8217;"
    assert [(f.line, f.reason) for f in item.furniture] == [
        ("By Jane Doe", "byline"),
        ("June 3, 2024 at 10:00AM", "page date"),
    ]
    assert article.raw[item.furniture[0].start : item.furniture[0].end] == "By Jane Doe"


SEED_ROWS = {
    "000": (
        "China’s Hebei Province issues temporary residency permits to defectors",
        "DailyNK(North Korean Media)",
        "DailyNK",
        "2024-06-27",
        "text",
        "June 27, 2024 at 08:00AM",
        "2024-07-14 ('Sunday, July 14, 2024'): page render/capture date beside a weather widget",
        "",
    ),
    "001": (
        "North Korean Visa Overstayers in China Are Now Branded ‘Defectors’ at Home",
        "Sandra Loyd",
        "Radio Free Asia",
        "2020-06-22",
        "manifest",
        "",
        "",
        "World Weekly News",
    ),
    "002": (
        "As relations between China and N. Korea improve, "
        "defectors in China worry about repatriations",
        "DailyNK(North Korean Media)",
        "DailyNK",
        "2024-05-14",
        "text",
        "May 14, 2024 at 12:00PM",
        "2024-09-08 ('Sunday, September 8, 2024'): "
        "page render/capture date beside a weather widget",
        "",
    ),
    "003": (
        "China will send 19 defectors to South",
        "",
        "Korea JoongAng Daily",
        "2011-11-11",
        "manifest",
        "",
        "",
        "",
    ),
    "004": (
        "South Korea against China over the forced repatriation of hundreds of North Koreans",
        "Alessandra Tamponi",
        "AsiaNews",
        "2023-10-16",
        "text",
        "10/16/2023, 19.20",
        " | ".join(
            f"{iso} ('{line}'): date of another headline in a related-headlines list"
            for iso, line in [
                ("2016-02-12", "12/02/2016 15:14"),
                ("2017-08-11", "11/08/2017 20:05"),
                ("2006-01-24", "24/01/2006"),
                ("2006-08-24", "24/08/2006"),
                ("2005-09-27", "27/09/2005"),
            ]
        ),
        "",
    ),
}


@pytest.mark.parametrize("seed", sorted(SEED_ROWS))
def test_seed_rows(seeds, seed):
    r = seeds[seed].report
    got = (r.title, r.byline, r.outlet, r.published, r.published_source, r.published_evidence)
    assert (*got, r.other_dates, r.repost_of) == SEED_ROWS[seed]


SEED_BODIES = {
    "000": ("China’s Hebei Province issues", "a safe way to Korea will open up.”"),
    "001": ("North Korean Visa Overstayers", "in its 2009 world refugee study."),
    "002": ("As relations between China", "you can be arrested and repatriated.”"),
    "003": ("China will send 19 defectors to South\n\nA group", "since the 1950-53 Korean War."),
    "004": ("South Korea against China", "they might be at risk"),
}


@pytest.mark.parametrize("seed", sorted(SEED_BODIES))
def test_seed_bodies_are_exactly_the_article(seeds, seed):
    item = seeds[seed]
    head, tail = SEED_BODIES[seed]
    body = item.article.body.text
    assert body.startswith(head)
    assert body.rstrip().endswith(tail)
    for furniture in item.furniture:
        assert item.article.raw[furniture.start : furniture.end] == furniture.line
        if furniture.reason != "repeated headline":
            assert furniture.line.strip() not in body


@pytest.mark.parametrize(
    ("seed", "reasons"),
    [
        (
            "000",
            [
                "weather widget",
                "page date",
                "outlet boilerplate",
                "contact line",
                "other-language link",
                "page date",
                "byline",
                "related headlines list",
            ],
        ),
        ("001", ["byline", "credits", "repost notice"]),
        (
            "003",
            ["breadcrumb", "share/print prompt", "repeated headline"]
            + ["login/comment prompt"] * 6
            + ["related headlines list"],
        ),
    ],
)
def test_seed_furniture(seeds, seed, reasons):
    assert [f.reason for f in seeds[seed].furniture] == reasons


def test_seed_provenance(seeds):
    for item in seeds.values():
        article = item.article
        for match in re.finditer(r"\S+", article.body.text):
            start, end = article.body.to_raw(match.start(), match.end())
            assert article.raw[start:end] == match.group()


def test_text_only_outlet_without_manifest(tmp_path):
    empty = tmp_path / "manifest.csv"
    empty.write_text("file,outlet,url,published,notes\n", encoding="utf-8")
    rows = {i.report.report_id[:3]: i.report for i in reports.load_reports(SEEDS, empty)}
    assert (rows["001"].outlet, rows["001"].published_source, rows["001"].problems) == (
        "RFA",
        "none",
        NO_DATE,
    )
    assert rows["003"].outlet == ""


def test_manifest_fills_and_conflicts(tmp_path):
    manifest = tmp_path / "m.csv"
    manifest.write_text(
        "file,outlet,url,published,notes\n"
        "crlf_lines.txt,Example News,https://example.net/a,2024-03-01,\n"
        "no_date.txt,,,2020-01-02,\n"
        "binary.txt,,,soon,\n",
        encoding="utf-8",
    )
    rows = {i.report.file: i.report for i in reports.load_reports(FIXTURES, manifest)}
    crlf = rows["crlf_lines.txt"]
    assert (crlf.status, crlf.published, crlf.published_source, crlf.url) == (
        "warning",
        "2024-02-28",
        "text",
        "https://example.net/a",
    )
    assert (
        crlf.problems
        == "manifest date 2024-03-01 contradicts the text's 2024-02-28; kept the text's"
    )
    no_date = rows["no_date.txt"]
    assert (no_date.published, no_date.published_source, no_date.problems) == (
        "2020-01-02",
        "manifest",
        "no publication date in the text; used the manifest's",
    )
    assert rows["binary.txt"].problems == (
        "binary file (contains NUL bytes); not processed | "
        "manifest date 'soon' is not an ISO date (YYYY-MM-DD); ignored"
    )


def test_odd_folder_entries_each_get_a_row(tmp_path):
    (tmp_path / "folder").mkdir()
    (tmp_path / "dangling.txt").symlink_to(tmp_path / "missing.txt")
    (tmp_path / "README").write_text("notes")
    (tmp_path / "manifest.csv").write_text("file,outlet,url,published,notes\n")
    with (tmp_path / "huge.txt").open("wb") as handle:
        handle.truncate(50 * 2**20)
    rows = [
        (i.report.file, i.report.status, i.report.problems) for i in reports.load_reports(tmp_path)
    ]
    assert rows == [
        (
            "README",
            "error",
            "not a supported report type (no file extension; "
            "expected .txt, .html, .htm or .xml); not processed",
        ),
        ("dangling.txt", "error", "broken link (its target does not exist); not processed"),
        ("folder", "error", "a folder, not a report file; not processed"),
        ("huge.txt", "error", "too large (50.0 MB > 5 MB limit); not processed"),
    ]


def test_missing_folder_raises_at_once(tmp_path):
    with pytest.raises(ReportsDirError, match="reports folder not found"):
        reports.load_reports(tmp_path / "nowhere")


def test_reports_table_columns_and_dtypes():
    table, removed = reports.reports_table(SEEDS)
    assert list(table.columns) == columns(Report)
    assert table.dtypes.astype(str).to_dict() == dtypes(Report)
    assert list(removed.columns) == columns(Furniture)
    assert table["report_id"].tolist() == sorted(p.stem for p in SEEDS.glob("*.txt"))
    assert removed.groupby("report_id").size().to_dict() == {
        "000_697904ddf0d4d22d": 8,
        "001_58c0262a177e068d": 3,
        "002_330da0f5d0a5cc8a": 9,
        "003_74c4a2ae3cc7cbb5": 10,
        "004_d475474f7b161a11": 23,
    }


def test_load_report_with_a_manifest_row():
    item = reports.load_report(FIXTURES / "no_date.txt", {"published": "2021-05-06", "outlet": "X"})
    assert (item.report.report_id, item.report.outlet, item.article.published) == (
        "no_date",
        "X",
        date(2021, 5, 6),
    )


HEADLINES = "\n".join(
    [
        "China returns 40 North Koreans from Tumen",
        "Seoul protests Yanji raids",
        "Border fence extended near Hyesan",
        "Wives of Chinese farmers lose residence cards",
        "UN rapporteur urges halt to returns",
        "Police step up Dandong hotel checks",
        "Families in Musan summoned over defections",
        "Workers recalled from Liaoning plants",
    ]
)
SUBTITLES = "\n\n".join(
    f"{n}\n00:0{n}:02,100 --> 00:0{n}:04,200\n{line}"
    for n, line in enumerate(
        [
            "The police came at night.",
            "They took my sister away.",
            "We did not see her again",
            "until the spring.",
            "She had been sent back",
            "across the river.",
        ]
        * 2,
        start=1,
    )
)
FRENCH = (
    "La police chinoise a arrêté douze Nord-Coréens dans un appartement de Yanji, selon une "
    "organisation de défense des droits humains basée à Séoul. Ils seront probablement renvoyés "
    "vers la Corée du Nord dans les prochains jours, a déclaré un porte-parole."
)


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        (HEADLINES, ""),  # headlines alone have few function words in any language
        (SUBTITLES, ""),  # a subtitle's timecodes are no line of prose
        (HEADLINES + "\n" + FRENCH, "not English: only 5% of words are common English words"),
        (FRENCH, "not English: only 5% of words are common English words"),
        ("Chinese police arrested twelve North Koreans in Yanji on Tuesday, a group said.", ""),
    ],
)
def test_language_problem_counts_function_words_in_prose(text, problem):
    found = language.language_problem(text)
    assert found.startswith(problem) if problem else found == ""
