from datetime import date
from pathlib import Path

import pytest

from nkreports.ingest import dateread, datewords, published
from nkreports.ingest.cleaning import furniture_reasons, headline
from nkreports.ingest.published import Publication
from nkreports.ingest.reports import load_report, opening

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
        ("18-Mar-2026 09:41 KST / 00:41 GMT", "MDY", date(2026, 3, 18), "18-Mar-2026"),
    ],
)
def test_read_date(line, order, value, mention):
    (match,) = datewords.date_matches(line)
    assert (dateread.read_date(match, order), match.group()) == (value, mention)


def test_impossible_dates_are_skipped():
    (match,) = datewords.date_matches("February 30, 2024")
    assert dateread.read_date(match, "MDY") is None


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
    assert dateread.page_order(lines) == order


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


def test_a_byline_stamp_beats_a_date_under_the_headline():
    # a tagline taken for the headline, the top bar's render date under it, the byline's stamp
    lines = [
        "THE RIVER POST",
        "Reporting from both banks of the Yalu",
        "Sat, 15 Jun 2019 | English | Donate | Log in",
        "",
        "Border briefs: new fences at Hyesan",
        "",
        "By Kim Ha-na | 2019.06.14 17:30",
        "",
        "Guards put up new fences last week, a source said.",
    ]
    assert choose(lines).published == date(2019, 6, 14)


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
        ("Publish time: ", "published"),
        ("Published 2 May 2021 | Updated: ", "updated"),
        ("Last modified ", "updated"),
        ("14 posts · Archived ", "captured"),
        ("Source: TV | Crawled at: ", "captured"),
        ("Archived story · ", ""),
        ("Fri ", ""),
        ("Issued ", "published"),
        ("Introduced ", "published"),
        ("Started ", "published"),
        ("DATE: ", "published"),
        ("Lecture date: ", "published"),
        ("Due date: ", ""),
        ("Leaked: ", "captured"),
        ("Page rendered ", "captured"),
        ("Reporting period:  Q3, 1 July - ", "span"),
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
        (
            "html_dayfirst_stamp.html",
            "2022-01-19",
            '<time datetime="2022-01-19T08:30">',
            "DMY",
            "2022-01-19 ('19/01/2022 08:30'): same date shown on the page",
        ),
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


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("A guard on the embankment, May 2, 2018.  © 2018 Agency/Jane Roe", True),
        ("Soldiers march in the capital, May 2, 2018. Photo: Jane Roe", True),
        ("Soldiers march in the capital, May 2, 2018. XX Photo/Jane Roe", True),
        ("Soldiers march in the capital, May 2, 2018. (Wire Agency)", True),
        ("SEOUL, June 3, 2024 (Wire Agency) -- The ministry said a photo was taken.", False),
        ("Posted May 2, 2018", False),
    ],
)
def test_caption(line, expected):
    assert published.caption(line) is expected


@pytest.mark.parametrize(
    ("lines", "value", "evidence"),
    [
        (["3 March 2021 Geneva", "", "The committee met to hear the report."], "2021-03-03", 0),
        (["19 February 2003 THE HAGUE", "", "The forum asked for access."], "2003-02-19", 0),
        (
            ["Headline", "12 November 2015 Seoul – The ministry said it would reply."],
            "2015-11-12",
            1,
        ),
        (["2022-08-19", "Headline", "Body.", "Last updated 2022-08-20"], "2022-08-19", 0),
        (["Ferry service resumes - 2022-08-19", "The harbour office said so."], "2022-08-19", 0),
        (["tirsdag 14. mars 2017", "", "Headline", "Body text of the post."], "2017-03-14", 0),
        (["2014년 5월 9일 금요일", "Headline", "Body text of the post."], "2014-05-09", 0),
        (["Headline", "A guard, May 2, 2018.  © 2018 Agency/Jane Roe", "Body."], "", None),
        (["Headline", "3 March 2021 was a cold day on the river, and nobody crossed."], "", None),
    ],
)
def test_top_of_page_forms(lines, value, evidence):
    reasons = furniture_reasons(lines)
    title = headline(lines, reasons)
    opening = [i for i in range(len(lines)) if lines[i] and not reasons[i] and i != title][:3]
    result = published.choose(lines, reasons, opening, title)
    assert published.iso(result) == value
    assert result.evidence == ("" if evidence is None else lines[evidence])


def test_month_heading_dates_the_page_to_a_month():
    lines = ["Vol. 4 No. 3", "March", "2011", "Headline", "Body text of the newsletter."]
    result = choose(lines)
    assert (published.iso(result), result.granularity, result.evidence) == (
        "2011-03",
        "month",
        "Vol. 4 No. 3\nMarch\n2011",
    )
    assert published.with_manifest(result, date(2011, 3, 20)).problems == ()


@pytest.mark.parametrize(
    ("name", "value", "source", "evidence", "granularity"),
    [
        (
            "newsletter_month_heading.txt",
            "2016-10",
            "text",
            "Vol. 7 No. 2\n\nOctober\n\n2016",
            "month",
        ),
        ("foreign_blog_date_line.txt", "2017-02-09", "text", "torsdag 9. februar 2017", "day"),
        ("photo_caption_date.txt", "", "none", "", "day"),
        (
            "html_meta_render_widget.html",
            "2019-05-06",
            "text",
            '<meta property="article:published_time" content="2019-05-06T07:15:00+09:00">',
            "day",
        ),
    ],
)
def test_fixture_forms(name, value, source, evidence, granularity):
    loaded = load_report(FIXTURES / name)
    report = loaded.report
    assert (report.published, report.published_source, report.published_evidence) == (
        value,
        source,
        evidence,
    )
    assert loaded.article.published_granularity == granularity
    assert evidence in loaded.article.raw


def test_menus_and_rules_do_not_push_a_dated_head_out_of_the_top_lines():
    lines = [
        "HARBOUR RIGHTS WATCH",
        "Standing with people on the move",
        "Home | Who we are | Our work | Donate",
        "English | Français | 한국어",
        "Press room › Press releases › 2018",
        "PRESS RELEASE",
        "Ferry passengers held at the river crossing",
        "Families ask for news of the group",
        "7 March 2018 Brussels",
        "The group was stopped at the pier, the monitor said.",
    ]
    result = choose(lines, (9,))
    assert (published.iso(result), result.evidence) == ("2018-03-07", "7 March 2018 Brussels")


def test_issue_heading_with_a_dot_separator():
    lines = ["ACROSS THE RIVER", "No. 41 · October", "2017", "", "From the field"]
    lines += ["Our partners met nine families this month."]
    assert (published.iso(choose(lines)), choose(lines).granularity) == ("2017-10", "month")


def test_issue_heading_below_rule_lines_dates_the_page_to_its_month():
    lines = ["=" * 30, "THE LANTERN", "Quarterly letter of a shelter", "=" * 30, "Vol. 3  No. 2"]
    lines += ["June", "2012", "", "From the director", "We thank every reader for the help."]
    assert (published.iso(choose(lines)), choose(lines).granularity) == ("2012-06", "month")


def test_comment_stamps_are_rejected_and_the_blog_date_header_wins():
    body = (
        "The shelter took in nine more people this month and the pastor wrote to us about it. " * 8
    )
    lines = ["Grenzblog", "Startseite | Über mich | Links", "", "Mittwoch, 19. September 2007"]
    lines += ["", "Back from the border", "", body, "", "2 Kommentare:", "", "Jonas hat gesagt…"]
    lines += ["Danke für den Bericht.", "20. September 2007 08:12"]
    result = choose(lines)
    assert (published.iso(result), result.evidence) == (
        "2007-09-19",
        "Mittwoch, 19. September 2007",
    )
    assert any("reader's comment" in other for other in result.other_dates)
    reasons = furniture_reasons(lines)
    assert {reasons[i] for i in range(9, len(lines)) if lines[i]} == {"reader comments"}


def test_comment_count_under_a_headline_is_no_comment_section():
    lines = ["Ferry passengers held", "12 Comments", "The group was stopped at the pier."]
    assert furniture_reasons(lines)[1] == "login/comment prompt"


def test_a_render_bar_labelled_today_is_no_publication_date():
    lines = ["Today: Wednesday 6 March 2024      Donate | Sign in", "OPEN ROAD TRUST", ""]
    lines += ["Three borders: a story", "", "She crossed the river in 2014 and hid for years."]
    result = choose(lines)
    assert (published.iso(result), result.source) == ("", "none")
    assert any("labelled today" in other for other in result.other_dates)


def test_a_login_bar_is_no_block_heading_over_the_headline():
    lines = ["NEWS SITE", "Log in | Become a member", "BORDER & CHINA", "2017-09-16"]
    lines += ["Police widen hunt for women in Helong", "Rewards doubled as checks tighten"]
    lines += ["Police detained three brokers this week, residents said."]
    reasons = furniture_reasons(lines)
    assert reasons[4:] == ["", "", ""]


def test_everything_after_a_release_end_mark_is_furniture():
    body = "The agency said the group was held at the border and asked for access to them. " * 5
    lines = ["Headline of the release", "", body, "", "ENDS", "", "Notes to editors"]
    lines += ["1. The agency has offices in Geneva and Seoul."]
    reasons = furniture_reasons(lines)
    assert [reasons[i] for i in (2, 4, 6, 7)] == ["", "after the end mark"] + [
        "after the end mark"
    ] * 2


def test_a_dated_head_under_a_tagline_read_as_headline_is_still_found():
    lines = ["Corridor Watch", "Protecting people on the move in Asia", "", "Search this site"]
    lines += ["", "PRESS RELEASE", "", "China: stop the return of 19 held in Tumen", ""]
    lines += ["The group asks Beijing to let them travel on", "", "8 November 2010 Brussels", ""]
    lines += ["Border police are holding 19 people, the group said on Monday."]
    reasons = furniture_reasons(lines)
    title = headline(lines, reasons)
    result = published.choose(lines, reasons, opening(lines, reasons, title), title)
    assert (published.iso(result), result.evidence) == ("2010-11-08", "8 November 2010 Brussels")


def test_a_spaced_sign_in_bar_is_no_block_heading_over_the_headline():
    lines = ["Wire Service", "Sign In   Register   Edition: Asia", "WORLD NEWS", ""]
    lines += ["March 14, 2017 / 6:12 AM / Updated 2 hours ago", "", "Seoul urges China to wait"]
    lines += ["", "SEOUL, March 14 (Wire) - South Korea on Tuesday urged China to wait."]
    reasons = furniture_reasons(lines)
    assert reasons[6] == "" and reasons[8] == ""


def test_a_next_meeting_date_is_no_publication_date():
    lines = ["Subcommittee on Human Rights", "MEETING SUMMARY - Meeting No. 41", "2024-11-13", ""]
    lines += ["Witnesses urge Ottawa to press Beijing", "", "Four witnesses spoke on Wednesday."]
    lines += ["", "Next meeting: 2024-11-20, 15:30, Room 225-A, West Block"]
    result = choose(lines)
    assert published.iso(result) == "2024-11-13"
    assert any("coming meeting" in other for other in result.other_dates)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Digest published: 16 June 2025", True),
        ("First published 28 April 2025 by the Example Network.", True),
        ("Summary published June 11, 2025", True),
        ("Updated: 16 June 2025", False),  # an update, not the first publication
        (
            "The report, which the ministry published on 3 March 2023, says the women were held.",
            False,
        ),
        ("Published", False),  # no date
        ("Original publish time: 2024-07-18 16:42", True),
        # one field of a line of fields
        ("Source: Hunchun Evening News | Original publish time: 2024-07-18 16:42 | Crawled at:"
         " 2025-02-03T07:15:09Z", True),
        ("Source: Hunchun Evening News | Crawled at: 2025-02-03 | Words: 640", False),
        ("In 2019 a similar case drew wide attention: see our earlier story on the brides"
         " | Published: 3 March 2019 | 5 min read", False),
        # fields split by a middle dot; a page's creation and a dataset's cut-off date
        ("Posted on 14 May 2024 by A. Writer · Last updated 2 June 2024", True),
        ("Created 19 March 2024", True),
        ("Data as of 1 May 2025", True),
        ("Figures current to 30 June 2025", True),
        ("Created by Kim Ha-na", False),
        ("Deadline 19 August 2024", False),
    ],
)  # fmt: skip
def test_a_short_line_a_publication_label_opens_is_a_stamp(line, expected):
    assert published.labelled(line) is expected


def test_a_labelled_stamp_below_the_body_beats_a_bare_date_above():
    lines = [
        "LEGAL DIGEST",
        "Case 2024-17, heard 2 March 2025",
        "Kim v. Minister of Unification",
        "The court held that the plaintiff was entitled to protection.",
        "Digest published: 16 June 2025",
    ]
    assert choose(lines).published == date(2025, 6, 16)


def test_a_press_conference_dated_in_its_title_gives_the_page_its_date():
    lines = [
        "Foreign Ministry Spokesperson's Regular Press Conference on March 4, 2026",
        "Q: Can you confirm that sixty people were returned last week?",
        "A: China handles illegal border crossers in accordance with the law.",
    ]
    assert choose(lines).published == date(2026, 3, 4)


def test_a_press_briefing_the_body_mentions_dates_no_page():
    lines = [
        "Women returned across the Tumen",
        "Speaking at a press briefing, the minister said the women were returned on"
        " October 9, 2023.",
    ]
    assert choose(lines, opening=(1,)).published is None


def test_a_plain_update_stamp_dates_a_page_that_states_no_other_date():
    lines = [
        "Research brief",
        "Updated 18 June 2025",
        "",
        "Headline",
        "",
        "Body paragraph with enough words to be the article itself, not a list of things.",
    ]
    chosen = choose(lines)
    assert (chosen.published, chosen.evidence, chosen.other_dates) == (
        date(2025, 6, 18),
        "Updated 18 June 2025",
        (),
    )


def test_a_footer_last_updated_stamp_alone_leaves_the_page_undated():
    lines = [
        "Headline",
        "",
        "Body paragraph with enough words to be the article itself, not a list of things.",
        "",
        "Page last updated: 2 October 2015",
    ]
    assert choose(lines).published is None


def test_an_archive_stamp_is_not_the_page_date():
    lines = [
        "14 posts · Archived 7 May 2024, 02:15 UTC · View original",
        "",
        "Headline",
        "",
        "09:12 · 2 May 2024",
        "",
        "Body paragraph with enough words to be the article itself, not a list of things.",
    ]
    chosen = choose(lines)
    assert chosen.published == date(2024, 5, 2)
    assert any("an archive or a crawler" in other for other in chosen.other_dates)


def test_life_dates_are_a_span_not_a_stamp():
    lines = [
        "In memory of Jane Roe",
        "14 March 1953 - 2 November 2025",
        "",
        "Body paragraph with enough words to be the article itself, not a list of things.",
    ]
    assert choose(lines).published is None
    assert len(datewords.span_ends("from 1 May 2024 to 3 June 2024")) == 2
    assert not datewords.span_ends("Published 3 May 2024 | Updated 4 May 2024")


def test_a_labelled_stamp_beside_a_span_of_dates_is_still_the_page_date():
    lines = [
        "Published 2 June 2025 | Exhibition 1 May 2025 - 30 June 2025",
        "",
        "Body paragraph with enough words to be the article itself, not a list of things.",
    ]
    assert choose(lines).published == date(2025, 6, 2)


def test_a_labelled_date_beats_a_leak_sites_dates_and_a_period_is_no_date():
    cable = [
        "Reference ID: 24BEIJING611 | Leaked: 2026-02-09 | Page rendered 2026-02-11 08:14 UTC",
        "",
        "DATE: 14 MAR 2024 0930Z",
        "",
        "Body paragraph with enough words to be the cable itself, not a header or a list.",
    ]
    assert choose(cable).published == date(2024, 3, 14)
    report = [
        "Quarterly progress report",
        "",
        "Reporting period: Q3, 1 July - 30 September 2025",
        "",
        "Body paragraph with enough words to be the report itself, not a header or a list.",
    ]
    assert choose(report).published is None


def test_an_e_mails_sent_line_beats_the_forwarded_messages_date():
    mail = [
        "From: Field Office <field@ngo.example>",
        "Sent: Tuesday, March 12, 2024 8:41 AM",
        "Subject: FW: Notes from the week",
        "",
        "---------- Forwarded message ---------",
        "Date: Mon, Mar 11, 2024 at 11:52 PM",
        "",
        "Body paragraph with enough words to be the message itself, not a header or a list.",
    ]
    assert choose(mail).published == date(2024, 3, 12)


def test_a_signed_documents_dated_line_dates_it():
    lines = [
        "Declaration of a country expert",
        "",
        "Body paragraph with enough words to be the declaration itself, not a header or a list.",
        "",
        "Signed: J. Roe",
        "Dated:   14 January 2025",
    ]
    assert choose(lines).published == date(2025, 1, 14)


def test_a_table_cells_header_labels_the_date_under_it_and_a_print_line_is_a_copy():
    lines = [
        "Document control",
        "Report no.",
        "AB-2024-0001",
        "Version",
        "1.1 (public summary)",
        "Fieldwork",
        "5 September 2024",
        "Report date",
        "18 September 2024",
        "Client",
        "A Trading Company",
        "Printed on 23/09/2024 10:14 from www.standards.example",
        "",
        "Body paragraph with enough words to be the audit itself, not a header or a list.",
    ]
    chosen = choose(lines)
    assert chosen.published == date(2024, 9, 18)
    assert datewords.stamp_label("Printed on ") == "captured"
    unlabelled = [line.replace("Report date", "Reviewer") for line in lines]
    assert choose(unlabelled).published != date(2024, 9, 18)


def test_date_fields_of_quoted_cables_give_way_to_the_letters_own_date():
    letter = [
        "Freedom of Information section",
        "",
        "12 March 2025",
        "",
        "Dear Ms Roe",
        "Body paragraph with enough words to be the letter itself, not a header or a list.",
        "Another body paragraph of the letter, on the documents released and those withheld.",
        "A third paragraph of the letter, on the exemptions the decision relies on, in short.",
        "Cable ONE",
        "Date: 24 September 2024",
        "Body paragraph with enough words to be the cable itself, not a header or a list.",
        "Cable TWO",
        "Date: 15 October 2024",
        "Body paragraph with enough words to be the cable itself, not a header or a list.",
    ]
    assert choose(letter).published == date(2025, 3, 12)
    one_cable = letter[:11]
    assert choose(one_cable).published == date(2024, 9, 24)


def test_a_pages_own_date_field_at_the_top_keeps_its_label_over_quoted_ones():
    page = [
        "Date: 12 March 2025",
        "",
        "Body paragraph with enough words to be the memo itself, not a header or a list.",
        "Another body paragraph of the memo, on the cables it summarises for the minister.",
        "A third paragraph of the memo, on what the embassy was told about the returns.",
        "Cable ONE",
        "Date: 2024-09-24 10:14",
        "Body paragraph with enough words to be the cable itself, not a header or a list.",
        "Comment posted 14 April 2025 10:30",
    ]
    assert choose(page).published == date(2025, 3, 12)


@pytest.mark.parametrize(
    ("header", "read"),
    [("Report date", True), ("Issued", True), ("Date", False), ("Arrest date", False),
     ("Released", False)],
)  # fmt: skip
def test_only_a_publication_header_cell_labels_the_date_under_it(header, read):
    lines = [
        "By Jane Roe",
        "12 March 2025",
        "",
        "Body paragraph with enough words to be the article itself, not a header or a list.",
        "Case details",
        header,
        "3 March 2023",
    ]
    assert (choose(lines).published == date(2023, 3, 3)) == read


def test_a_sent_line_quoted_in_an_article_body_is_no_page_date():
    lines = [
        "By Jane Roe | March 20, 2025",
        "",
        "Body paragraph with enough words to be the article itself, not a header or a list.",
        "Another body paragraph of the article, on the e-mail the ministry sent to the group.",
        "A third paragraph of the article, quoting the message as it was received by them.",
        "A fourth paragraph of the article, on what the group did after the message came.",
        "A fifth paragraph of the article, on what the ministry said when it was asked.",
        "From: Ministry Office",
        "Sent: Tuesday, March 12, 2024 8:41 AM",
        "Body paragraph with enough words to be the quoted mail, not a header or a list.",
    ]
    assert choose(lines).published == date(2025, 3, 20)
    assert datewords.stamp_label("The letter, dated: ") == ""


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (["Uploaded: 27 Feb 2024", "Subtitles generated: 11 Jun 2024"], date(2024, 2, 27)),
        (["Submitted: 14 February 2025", "[report_v3.docx | last saved 17/02/2025 09:12]"],
         date(2025, 2, 14)),
        (["Meeting held: Tuesday 8 April 2025, 6.30 pm, Committee Room 2",
          "Minutes posted: 24 April 2025 (draft - subject to approval at the next meeting)"],
         date(2025, 4, 24)),
        (["Date of communication", "6 May 2024", "Publicly released", "8 July 2024"],
         date(2024, 7, 8)),
        # added after policy_blind21's score (published-16)
        (["Broadcast: Friday, June 7, 2024, 7:00 p.m. ET", "Transcript posted: June 10, 2024"],
         date(2024, 6, 7)),
        (["Brief No. 12", "Date of issue: 3 April 2023", "Downloaded on 19/05/2023 10:02"],
         date(2023, 4, 3)),
        # added after policy_blind22's score (published-17): a check stamp is no publication
        (["Travel advice", "Still current at:", "19 May 2025", "Updated:", "6 May 2025"],
         date(2025, 5, 6)),
    ],
)  # fmt: skip
def test_upload_submission_posting_and_release_labels_beat_other_stamps(lines, expected):
    body = "Body paragraph with enough words to be the page itself, not a header or a list."
    assert choose([*lines, "", body]).published == expected
