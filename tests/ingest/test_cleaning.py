import pytest

from nkreports.ingest import cleaning
from nkreports.ingest.markup import split_lines

TOP_WIDGET = [
    "31.1 C",
    "Sunday, July 14, 2024",
    "",
    "Police issue permits to defectors",
    "",
    "Police in parts of Hebei Province are issuing temporary residency permits to defectors.",
]


def test_top_widget_and_headline():
    assert cleaning.furniture_reasons(TOP_WIDGET) == ["weather widget", "page date", "", "", "", ""]
    assert cleaning.headline(TOP_WIDGET, cleaning.furniture_reasons(TOP_WIDGET)) == 3


def test_section_tags_above_headline_and_name_under_it():
    lines = [
        "10/16/2023, 19.20",
        "CHINA – NORTH KOREA – SOUTH KOREA",
        "Send to a friend",
        "",
        "South Korea against China over forced repatriation",
        "",
        "Sandra Loyd",
        "",
        "The South Korean government has called on China not to expel defectors.",
        "",
        "AN ALL-CAPS SUBHEAD IN THE BODY",
    ]
    assert cleaning.furniture_reasons(lines) == [
        "page date",
        "section tag line",
        "share/print prompt",
        "",
        "",
        "",
        "byline",
        "",
        "",
        "",
        "",
    ]


def test_repeated_headline():
    lines = [
        "China will send 19 defectors",
        "Home > National > Politics",
        "China will  send 19 defectors",
    ]
    assert cleaning.furniture_reasons(lines) == ["", "breadcrumb", "repeated headline"]


SEE_ALSO = [
    "Headline of the article",
    "A long article paragraph that says what happened, to whom, where and when it happened.",
    "TAGs",
    "See also",
    "Tensions between Seoul and Pyongyang rise as Cold War fears cast a shadow over Korea",
    "12/02/2016 15:14",
    "Seoul: in 2005 1,400 N. Koreans Fled to South",
    "24/01/2006",
    "",
    "Newsletter",
    "Subscribe now",
]


def test_see_also_block_takes_headlines_and_their_dates():
    assert cleaning.furniture_reasons(SEE_ALSO) == [
        "",
        "",
        "tag list",
        "related headlines list",
        "related headlines list",
        "related headlines list",
        "related headlines list",
        "related headlines list",
        "",
        "newsletter block",
        "newsletter block",
    ]


def test_login_block_takes_short_lines_until_a_paragraph():
    long_line = " ".join(["word"] * 10 + ["and", "the", "of"] * 4)
    lines = [
        "Headline",
        "Log in to Twitter or Facebook account to connect",
        "with the Example Daily",
        "lock icon",
        long_line,
    ]
    assert cleaning.furniture_reasons(lines) == [
        "",
        "login/comment prompt",
        "login/comment prompt",
        "login/comment prompt",
        "",
    ]


PARAGRAPH = " ".join(["word"] * 10 + ["and", "the", "of"] * 4)  # a body line, long enough


def test_a_bulleted_sentence_ends_a_tag_list():
    lines = [
        "Headline",
        PARAGRAPH,
        "Topic: North Koreans in China",
        "Key messages",
        "- China does not grant refugee status to North Koreans, whom it considers migrants.",
        "Background",
        "Tags: Dandong",
        "Refugees",
        "Read more.",
        "Praying for Mi-ran and her daughter tonight with our small group.",
    ]
    assert cleaning.furniture_reasons(lines) == [
        "",
        "",
        "tag list",
        "tag list",
        "",  # a sentence: the briefing's own point
        "",
        "tag list",
        "tag list",
        "tag list",  # a short sentence stays in the block
        "tag list",  # and so does a reader's comment below a blog's tags
    ]


def test_a_bare_comment_heading_keeps_the_lines_below_it():
    lines = [
        "Headline",
        PARAGRAPH,
        "Comment",
        "The Embassy judges Beijing won't relent.",
        PARAGRAPH,
    ]
    assert cleaning.furniture_reasons(lines) == ["", "", "", "", ""]


def test_a_bulleted_sentence_of_any_ending_or_opening_ends_a_tag_list():
    lines = [
        "Headline",
        PARAGRAPH,
        "Topic: Returns",
        "- China has returned at least 600 North Koreans since October 2023.",
        '- "We will send them all back," a Chinese official told the families.',
    ]
    assert cleaning.furniture_reasons(lines) == ["", "", "tag list", "", ""]


def test_a_top_bar_with_log_in_is_no_block_heading():
    long_line = " ".join(["word"] * 10 + ["and", "the", "of"] * 4)
    lines = [
        "Wednesday, 22 January 2025 • Seoul -4°C • Log in",
        "Police raid a shelter in Yanji, detaining six women",
        "By Jane Doe | Published Tue 14 Jan 2025, 07:40 KST | Last modified 15 Jan 2025",
        long_line,
    ]
    reasons = cleaning.furniture_reasons(lines)
    assert reasons[0] == "login/comment prompt"
    assert reasons[1:] == ["", "byline", ""]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("a\n\nb\n", "a\n\nb\n"),
        ("a\n\nJune 3, 2024\n\nb\n", "a\n\nb\n"),
        ("31 C\n\n\na\n\n\n\nb\n\n", "a\n\nb\n"),
        ("a\r\nRead in Korean\r\n\r\nb\r\n", "a\r\n\r\nb\r\n"),
        ("Read in Korean\n", ""),
    ],
)
def test_body_spans_keep_one_blank_line_between_paragraphs(text, kept):
    lines = split_lines(text)
    reasons = cleaning.furniture_reasons([line.text for line in lines])
    spans = cleaning.body_spans(lines, reasons)
    assert "".join(text[a:b] for a, b in spans) == kept


MASTHEAD = [
    "Border Rights Monitor",
    "Home › News",
    "",
    "Police detain defectors in Yanji",
    "",
    "Police detained 30 North Korean women in Yanji last week, two sources told Border Rights "
    "Monitor.",
    "",
    "© 2024 Border Rights Monitor. All rights reserved.",
]


def test_outlet_name_above_the_headline_is_a_masthead():
    reasons = cleaning.furniture_reasons(MASTHEAD)
    assert reasons[0] == "outlet masthead"
    assert cleaning.headline(MASTHEAD, reasons) == 3


@pytest.mark.parametrize(
    "lines",
    [
        ["China will send 19 defectors to South", "", "Body text of the story goes here."],
        ["Defectors Flee Jilin", "", "Defectors fled Jilin after the raids, a source said."],
    ],
)
def test_short_headline_is_not_a_masthead(lines):
    assert cleaning.masthead(lines, cleaning.furniture_reasons(lines)) is None


@pytest.mark.parametrize(
    "block",
    [
        ["Related headlines", "- Market closed after crackdown (12 January 2021)",
         "- Two soldiers defect across the DMZ (28 November 2020)"],
        ["READ NEXT", "• Laos deports two defectors — Nov. 28, 2022",
         "• Inside a Yanji safe house — Oct. 3, 2022"],
        ["More from Korea Border Watch", "2019-07-22  Traders report new customs fees",
         "2019-07-09  Seoul unveils resettlement budget"],
        ["Elsewhere on the site", "1. Border fence doubled, images show",
         "2. Defector mothers fight for custody"],
        ["Related", "Border fence doubled, satellite images show | 03.04.2023",
         "Mothers fight for custody in courts | 17.02.2023"],
    ],
)  # fmt: skip
def test_heading_over_short_headlines_is_a_related_list(block):
    lines = [
        "Police detained 30 women in Yanji, a source said on Monday in a phone call.",
        "",
        *block,
    ]
    reasons = cleaning.furniture_reasons(lines)
    assert reasons[2:] == ["related headlines list"] * len(block)


def test_slide_bullets_under_a_plain_heading_are_kept():
    lines = [
        "Police detained 30 women in Yanji, a source said on Monday in a phone call.",
        "",
        "China: practice since 2020",
        "- Sweeps before big political dates (Party Congress, Oct 2022)",
        "- ID scanners installed at highway checkpoints",
        "- Cash rewards for tips on illegal residents",
        "",
        "Speaker notes:",
        "These three come from interviews with people who were held in Jilin in 2023 and later"
        " reached Seoul by way of Laos and Thailand.",
    ]
    assert cleaning.furniture_reasons(lines)[2:6] == [""] * 4


def test_a_sentence_case_list_ending_the_page_is_a_related_list():
    lines = [
        "Thirty women held in Yanji",
        "",
        "Police detained 30 women in Yanji, a source said on Monday in a phone call to us.",
        "",
        "North Korea",
        "- China repatriates 60 defectors after the Asian Games",
        "- Seoul urges Beijing to halt forced returns",
    ]
    assert cleaning.furniture_reasons(lines)[4:] == ["related headlines list"] * 3


def test_a_dated_timeline_inside_the_article_is_kept():
    lines = [
        "Police detained 30 women in Yanji, a source said on Monday in a phone call to us.",
        "",
        "Key dates",
        "- 2 October 2023: China sends back about 600 North Koreans",
        "- 14 April 2024: Seoul protests to Beijing over the returns",
        "",
        "The ministry in Seoul said on Tuesday that it would keep raising the matter with Beijing"
        " at every level until the returns stop.",
    ]
    assert cleaning.furniture_reasons(lines)[2:5] == [""] * 3


@pytest.mark.parametrize("heading", ["Also on Thursday:", "Other news", "More in sorrow"])
def test_a_plain_heading_over_body_lines_is_no_cue(heading):
    lines = [
        "Police detained 30 women in Yanji, a source said on Monday in a phone call to us.",
        "",
        heading,
        "Chinese police detained 12 North Koreans in Dandong.",
        "A court in Yanbian jailed two smugglers.",
        "",
        "The foreign ministry in Beijing said on Friday that the people held had entered China"
        " illegally and would be dealt with under the law.",
    ]
    assert cleaning.furniture_reasons(lines)[2:5] == [""] * 3


def test_body_list_under_a_plain_heading_is_kept():
    lines = [
        "Police detained 30 women in Yanji, a source said on Monday in a phone call.",
        "",
        "The demands",
        "Release of the detained women",
        "An end to forced returns",
    ]
    assert cleaning.furniture_reasons(lines)[2:] == ["", "", ""]


VIDEO_PAGE = [
    "Watch Sign in",
    "Home Shorts Library",
    "Six returned at the bridge, rights group says",
    "Border Desk 12K subscribers",
    "Newsletter: borderdesk.example/newsletter",
    "Chapters",
    "0:00 Intro",
    "Transcript",
    "0:05 police took six women to the bridge on friday",
    "0:11 and handed them to the guards on the other side",
]


def test_marked_heading_is_the_headline_whatever_block_it_falls_in():
    heading = "Six returned at the bridge, rights group says"
    reasons = cleaning.furniture_reasons(VIDEO_PAGE, heading)
    assert cleaning.headline(VIDEO_PAGE, reasons, heading) == 2
    assert reasons[2] == ""
    assert reasons[1] == "section tag line"  # the menu above the headline
    # without the page's <h1>, the menu is taken for the headline and the real one is lost
    assert cleaning.headline(VIDEO_PAGE, cleaning.furniture_reasons(VIDEO_PAGE)) == 1
    # a heading of fewer than three words names a site, not the story
    assert (
        cleaning.headline(VIDEO_PAGE, cleaning.furniture_reasons(VIDEO_PAGE, "Home"), "Home") == 1
    )


def test_transcript_heading_ends_a_block_of_short_lines():
    reasons = cleaning.furniture_reasons(VIDEO_PAGE)
    assert reasons[5:7] == ["newsletter block", "newsletter block"]
    assert reasons[8:] == ["", ""]  # spoken lines under "Transcript" are the report


def test_an_h1_below_the_body_or_naming_the_site_is_no_headline():
    story = "Police in Yanji detained eleven North Koreans on Tuesday, " * 3
    footer = ["Police hold eleven in Yanji", "", story.strip(), "", "Sign up for our newsletter"]
    reasons = cleaning.furniture_reasons(footer, "Sign up for our newsletter")
    assert cleaning.headline(footer, reasons, "Sign up for our newsletter") == 0
    assert reasons[:3] == ["", "", ""]  # the story is kept
    site = ["Korea Border Watch", "", "Police hold eleven in Yanji", "", story.strip(), "",
            "© 2024 Korea Border Watch"]  # fmt: skip
    reasons = cleaning.furniture_reasons(site, "Korea Border Watch")
    assert reasons[0] == "outlet masthead"
    assert cleaning.headline(site, reasons, "Korea Border Watch") == 2


def test_transcript_as_a_list_item_does_not_end_the_list():
    story = "Police in Yanji detained eleven North Koreans on Tuesday, " * 3
    lines = ["Police hold eleven in Yanji", "", story.strip(), "", "Sign up for our newsletter",
             "Daily briefing", "Video transcript", "Weekly digest"]  # fmt: skip
    assert cleaning.furniture_reasons(lines)[5:] == ["newsletter block"] * 3


def _body(text: str) -> str:
    lines = split_lines(text)
    return "".join(text[a:b] for a, b in cleaning.body_spans(lines, [""] * len(lines)))


def test_a_word_broken_across_a_line_is_joined_with_its_hyphen():
    assert _body("a policy of self-\n   reliance.\n") == "a policy of self-reliance.\n"


@pytest.mark.parametrize(
    "text",
    [
        "The end of a line-\n  New paragraph.\n",  # no word goes on: a capital opens the line
        "Border checks - \nmore of them.\n",  # a dash after a blank is no broken word
        "Two words-\n\nthen a blank line.\n",  # a blank line between
    ],
)
def test_lines_that_end_in_a_dash_are_kept_apart(text):
    assert _body(text) == text
