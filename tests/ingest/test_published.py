from datetime import date
from pathlib import Path

import pytest

from nkreports.ingest import datewords, published
from nkreports.ingest.cleaning import furniture_reasons, headline
from nkreports.ingest.published import Publication
from nkreports.ingest.reports import load_report

FIXTURES = Path(__file__).parents[1] / "fixtures" / "reports"


@pytest.mark.parametrize(
    ("line", "order", "value", "mention"),
    [
        ("June 27, 2024 at 08:00AM", "MDY", date(2024, 6, 27), "June 27, 2024"),
        ("Sunday, July 14, 2024", "MDY", date(2024, 7, 14), "July 14, 2024"),
        ("Nov. 20, 2011", "MDY", date(2011, 11, 20), "Nov. 20, 2011"),
        ("Sept 3rd 2019", "MDY", date(2019, 9, 3), "Sept 3rd 2019"),
        ("14 July 2024", "MDY", date(2024, 7, 14), "14 July 2024"),
        ("2024-06-27T08:00", "MDY", date(2024, 6, 27), "2024-06-27"),
        ("10/16/2023, 19.20", "DMY", date(2023, 10, 16), "10/16/2023"),
        ("12/02/2016 15:14", "DMY", date(2016, 2, 12), "12/02/2016"),
        ("12/02/2016 15:14", "MDY", date(2016, 12, 2), "12/02/2016"),
        ("24.01.2006", "MDY", date(2006, 1, 24), "24.01.2006"),
        ("04.11.2024", "MDY", date(2024, 11, 4), "04.11.2024"),
        ("2024.11.04 10:30", "MDY", date(2024, 11, 4), "2024.11.04"),
        ("2024. 11. 4. 10:30", "DMY", date(2024, 11, 4), "2024. 11. 4"),
        ("Sept. 13, 2023 6:15 a.m. KST", "MDY", date(2023, 9, 13), "Sept. 13, 2023"),
    ],
)
def test_read_date(line, order, value, mention):
    (match,) = datewords.date_matches(line)
    assert (published.read_date(match, order), match.group()) == (value, mention)


def test_impossible_dates_are_skipped():
    (match,) = datewords.date_matches("February 30, 2024")
    assert published.read_date(match, "MDY") is None


@pytest.mark.parametrize(
    ("lines", "order"),
    [
        (["10/16/2023, 19.20"], "MDY"),
        (["24/01/2006", "27/09/2005", "10/16/2023"], "DMY"),
        (["12/02/2016"], ""),
        (["no dates here"], ""),
    ],
)
def test_page_order(lines, order):
    assert published.page_order(lines) == order


def choose(lines: list[str], opening: tuple[int, ...] = ()) -> Publication:
    reasons = furniture_reasons(lines)
    return published.choose(lines, reasons, list(opening), headline(lines, reasons))


def test_render_date_beside_weather_widget_is_rejected():
    lines = [
        "31.1 C",
        "Sunday, July 14, 2024",
        "",
        "Headline",
        "",
        "Body paragraph with enough words to be the article itself, not a list of things.",
        "",
        "June 27, 2024 at 08:00AM",
        "",
        "by DailyNK(North Korean Media)",
    ]
    assert choose(lines) == Publication(
        date(2024, 6, 27),
        "text",
        "June 27, 2024 at 08:00AM",
        ("2024-07-14 ('Sunday, July 14, 2024'): page render/capture date beside a weather widget",),
        "MDY",
    )


def test_top_stamp_without_widget_wins_over_see_also_dates():
    lines = [
        "10/16/2023, 19.20",
        "Headline",
        "Body paragraph with enough words to be the article itself, not a list of things.",
        "See also",
        "Another headline",
        "12/02/2016 15:14",
        "Third headline",
        "24/01/2006",
    ]
    result = choose(lines)
    assert (result.published, result.evidence, result.date_order) == (
        date(2023, 10, 16),
        "10/16/2023, 19.20",
        "MDY",
    )
    assert result.other_dates == (
        "2016-02-12 ('12/02/2016 15:14'): date of another headline in a related-headlines list",
        "2006-01-24 ('24/01/2006'): date of another headline in a related-headlines list",
    )


def test_day_first_page_reads_ambiguous_dates_day_first():
    lines = ["05/03/2024", "Headline", "Body text here.", "Updated 25/03/2024"]
    result = choose(lines)
    assert (result.published, result.date_order) == (date(2024, 3, 5), "DMY")
    assert result.other_dates == (
        "2024-03-25 ('Updated 25/03/2024'): an update stamp, not the first publication",
    )


def test_dateline_in_the_opening_paragraph():
    lines = ["Headline", "SEOUL, June 3, 2024 (Yonhap) -- North Korea said on Monday it would act."]
    result = choose(lines, (1,))
    assert (result.published, result.source, result.evidence) == (
        date(2024, 6, 3),
        "text",
        lines[1],
    )


def test_dates_inside_the_body_are_not_publication_dates():
    lines = ["Headline", "On June 3, 2024, the police arrested three defectors near the border."]
    assert choose(lines, (1,)) == Publication(None, "none", "", (), "MDY")


def test_stamp_near_byline_beats_bare_top_date():
    lines = ["Monday, March 4, 2024", "Headline", "Body.", "By Jane Doe", "February 28, 2024"]
    result = choose(lines)
    assert result.published == date(2024, 2, 28)
    assert result.other_dates == (
        "2024-03-04 ('Monday, March 4, 2024'): another page date; a labelled stamp, "
        "or one with a time or by the byline, was preferred",
    )


NO_DATE = Publication(None, "none", "", (), "MDY")
TEXT_DATE = Publication(date(2024, 6, 27), "text", "June 27, 2024", (), "MDY")


@pytest.mark.parametrize(
    ("publication", "stated", "expected"),
    [
        (NO_DATE, None, NO_DATE),
        (NO_DATE, date(2020, 6, 22), Publication(date(2020, 6, 22), "manifest", "", (), "MDY")),
        (TEXT_DATE, date(2024, 6, 27), TEXT_DATE),
        (
            TEXT_DATE,
            date(2024, 6, 28),
            Publication(
                date(2024, 6, 27),
                "text",
                "June 27, 2024",
                (),
                "MDY",
                ("manifest date 2024-06-28 contradicts the text's 2024-06-27; kept the text's",),
            ),
        ),
    ],
)
def test_with_manifest(publication, stated, expected):
    assert published.with_manifest(publication, stated) == expected


def test_published_label_beats_a_weather_widget_and_update_is_an_alternative():
    lines = [
        "-2°C Seoul",
        "Published: 3 March 2021, 14:05 KST",
        "Updated: 4 March 2021, 09:00 KST",
        "",
        "Headline",
        "",
        "Body paragraph with enough words to be the article itself, not a list of things.",
    ]
    assert choose(lines) == Publication(
        date(2021, 3, 3),
        "text",
        "Published: 3 March 2021, 14:05 KST",
        ("2021-03-04 ('Updated: 4 March 2021, 09:00 KST'): an update stamp, not the first "
         "publication",),
        "MDY",
    )  # fmt: skip


@pytest.mark.parametrize(
    ("before", "label"),
    [
        ("Published: ", "published"),
        ("Posted on ", "published"),
        ("First published ", "published"),
        ("Published 2 May 2021 | Updated: ", "updated"),
        ("Last modified ", "updated"),
        ("Fri ", ""),
    ],
)
def test_stamp_label(before, label):
    assert published.stamp_label(before) == label


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("2024.11.04 10:30", True),
        ("Sept. 13, 2023 6:15 a.m. KST", True),
        ("Posted Sept. 13, 2023", True),
        ("Published : 19/01/2022 08:30 GMT+9", True),
        ("Thu, Sep 14, 2023", True),
        ("Thu, Sep 14, 2023 | Seoul 24°C | Beijing 27°C", False),
        ("On June 3, 2024, the police arrested three defectors.", False),
        ("no date", False),
    ],
)
def test_stamp_line(line, expected):
    assert datewords.stamp_line(line) is expected


def test_date_sharing_its_line_with_weather_is_a_render_date():
    lines = [
        "Thu, Sep 14, 2023 | Seoul 24°C | Beijing 27°C",
        "",
        "Headline",
        "",
        "Posted Sept. 13, 2023",
        "",
        "Body paragraph with enough words to be the article itself, not a list of things.",
    ]
    assert choose(lines) == Publication(
        date(2023, 9, 13),
        "text",
        "Posted Sept. 13, 2023",
        ("2023-09-14 ('Thu, Sep 14, 2023 | Seoul 24°C | Beijing 27°C'): page render/capture date "
         "beside a weather widget",),
        "MDY",
    )  # fmt: skip


def test_lone_render_date_with_weather_leaves_the_page_undated():
    lines = ["Thu, Sep 14, 2023 | Seoul 24°C", "Headline", "Body paragraph with enough words."]
    assert choose(lines).published is None


def test_stamp_under_the_headline_beats_a_bare_top_date():
    lines = ["Monday, March 4, 2024", "Headline", "February 28, 2024", "Body paragraph."]
    assert choose(lines).published == date(2024, 2, 28)


@pytest.mark.parametrize(
    ("name", "value", "evidence", "order", "others"),
    [
        ("dotted_stamp.txt", "2024-11-04", "2024.11.04 10:30", "MDY", ""),
        ("html_dayfirst_stamp.html", "2022-01-19", "19/01/2022 08:30", "DMY", ""),
        (
            "weather_on_date_line.txt",
            "2023-09-13",
            "Sept. 13, 2023 6:15 a.m. KST",
            "MDY",
            "2023-09-14 ('Thu, Sep 14, 2023 | Seoul 24°C | Beijing 27°C'): page render/capture "
            "date beside a weather widget",
        ),
    ],
)
def test_fixture_stamps(name, value, evidence, order, others):
    loaded = load_report(FIXTURES / name)
    report = loaded.report
    assert (report.published, report.published_evidence, report.other_dates) == (
        value,
        evidence,
        others,
    )
    assert loaded.article.date_order == order
    assert evidence in loaded.article.raw


def test_a_stamp_line_with_an_update_keeps_the_first_date_as_publication():
    stamp = "June 3, 2021 9:00 a.m. | Updated June 4, 2021 10:00 a.m."
    lines = ["Headline of the story", "", stamp, "", "Body text of the story goes on here."]
    publication = choose(lines, (0, 2, 4))
    assert publication.published == date(2021, 6, 3)
    assert "2021-06-04" in " | ".join(publication.other_dates)
