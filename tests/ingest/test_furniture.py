import pytest

from nkreports.ingest import furniture
from nkreports.ingest.cleaning import line_reason


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("31.1 C", "weather widget"),
        ("26°C", "weather widget"),
        ("Seoul 23 °F Sunny", "weather widget"),
        ("Sunday, July 14, 2024", "page date"),
        ("June 27, 2024 at 08:00AM", "page date"),
        ("10/16/2023, 19.20", "page date"),
        ("Updated: 2024-06-27 09:00 KST", "page date"),
        ("14 July 2024", "page date"),
        ("Home > National > Politics", "breadcrumb"),
        ("News › Asia › Korea", "breadcrumb"),
        ("Home / World", "breadcrumb"),
        ("Send to a friend", "share/print prompt"),
        ("Printable version", "share/print prompt"),
        ("print dictionary print", "share/print prompt"),
        ("CLOSE X", "share/print prompt"),
        ("Share this article", "share/print prompt"),
        ("Most Popular Articles", "related headlines list"),
        ("What’s Popular Now", "related headlines list"),
        ("See also", "related headlines list"),
        ("Related articles:", "related headlines list"),
        ("Read more: China arrests defectors in Jilin", "related headlines list"),
        ("You may also like", "related headlines list"),
        ("TAGs", "tag list"),
        ("Tags:", "tag list"),
        (
            "Daily NK works with a network of sources. For more information about Daily NK’s "
            "network, please visit our FAQ page here.",
            "outlet boilerplate",
        ),
        ("© 2024 Example Media. All rights reserved.", "outlet boilerplate"),
        ("Copyright 2011 Example Daily", "outlet boilerplate"),
        (
            "Please send any comments or questions about this article to news@example.net.",
            "contact line",
        ),
        ("Contact us", "contact line"),
        ("Log in to Twitter or Facebook account to connect", "login/comment prompt"),
        ("To write comments, please log in to one of the accounts.", "login/comment prompt"),
        ("help-image Social comment?", "login/comment prompt"),
        ("12 Comments", "reader comments"),
        ("1 Comment", "reader comments"),
        ("Kommentar (1)", "reader comments"),
        (
            "FILE PHOTO: A guard patrols the Yalu River in Dandong, China, October 22, 2016.",
            "photo caption",
        ),
        ("[Photo] A woman at a shelter in Chiang Rai, 14 November 2019.", "photo caption"),
        ("Topics: North Korea · China · Refugees · Southeast Asia", "tag list"),
        ("Labels: China, Noord-Korea, reizen", "tag list"),
        ("IN THIS ISSUE: Raids in Yanbian * News from the Yalu * Routes out", "tag list"),
        ("Asia › Explainers", "breadcrumb"),
        ("Asia-Pacific   Business   Markets   Technology   Pictures", "breadcrumb"),
        ("2 Kommentare:", "reader comments"),
        ("Comments (4)", "reader comments"),
        ("Leave a comment", "login/comment prompt"),
        ("Newsletter", "newsletter block"),
        ("Subscribe to Asia News updates or change your preferences", "newsletter block"),
        ("Subscribe now", "newsletter block"),
        ("Read in Korean", "other-language link"),
        ("Read this article in Chinese", "other-language link"),
        (
            "The post North Korean Visa Overstayers in China appeared first on World Weekly News.",
            "repost notice",
        ),
        ("This article was originally published by The Diplomat.", "repost notice"),
        ("Republished from NK News", "repost notice"),
        ("Translated by David Black. Edited by Robert Lauler.\u00a0".strip(), "credits"),
        (
            "Reported by Hyemin Kid for RFA’s Korean Service. Equated by Leejin Jun. "
            "Composed in English by Eugene Whong.",
            "credits",
        ),
        ("Photo by Kim Min-ji", "credits"),
        ("by Alessandra Tamponi", "byline"),
        ("by DailyNK(North Korean Media)", "byline"),
        ("BY KIM MIN-JI, Staff Reporter", "byline"),
        ("By Choi Eun-young in Seoul", "byline"),
        ("By Lee Min-ho in Seoul and Jane Doe in Beijing", "byline"),
        ("7 min read", "reading time"),
        ("December 11, 2022 — 5-minute read", "reading time"),
        ("Reading time: 4 minutes", "reading time"),
        ("Sign up for our Korean Peninsula briefing", "newsletter block"),
        (
            "Get Border News in your inbox every Monday. Sign up for our newsletter.",
            "newsletter block",
        ),
        (
            "Subscribe to our weekly newsletter for the latest from the Korean Peninsula. Enter "
            "your email address | Sign up",
            "newsletter block",
        ),
        ("Join our mailing list for daily alerts.", "newsletter block"),
        ("Did you find this useful? Share it with a friend.", "feedback prompt"),
        ("Was this article helpful?", "feedback prompt"),
        ("Follow us: Twitter · Telegram · RSS", "share/print prompt"),
        ("Tags: repatriation, Dandong, Yalu, UN", "tag list"),
        ("Related headlines", "related headlines list"),
        ("READ NEXT", "related headlines list"),
        ("More from Korea Border Watch", "related headlines list"),
        ("Further reading", "related headlines list"),
        (
            "“L’Asia: ecco il nostro comune compito per il terzo millennio!” - Giovanni Paolo II, "
            "da “Alzatevi, andiamo”",
            "foreign-language line",
        ),
        ("북한이탈주민 강제북송 중단하라", "foreign-language line"),
    ],
)
def test_furniture_lines(line, reason):
    assert line_reason(line) == reason


@pytest.mark.parametrize(
    "line",
    [
        "",
        "China’s Hebei Province issues temporary residency permits to defectors",
        "Sudden issuance of permits sparks concern among defector community",
        "Reproducing brand-new animosities?",
        "“Defectors feel like they’re being driven to the ledge”",
        "Officials declined to comment.",
        "By the time they arrived, the border was closed.",
        "Followed by North Korean agents, he fled to Laos.",
        "China to share border data with Pyongyang",
        "Related arrests reported in Jilin province after the raid on a church in Yanji",
        "The UN said the copyright law was not relevant to the case.",
        "More than 22,000 North Koreans have defected to the South since the 1950-53 Korean War.",
        "Seoul (AsiaNews) – Last Friday, Koo Byoung-sam, spokesman for the ministry, confirmed it.",
        "In August, the center organised a seminar on the forced repatriation of North Koreans.",
        "Kim Jong Un",
    ],
)
def test_body_lines_are_kept(line):
    assert line_reason(line) == ""


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("The post A headline appeared first on World Weekly News.", "World Weekly News"),
        ("This article originally appeared on NK News.", "NK News"),
        ("Originally published by Radio Free Asia", "Radio Free Asia"),
        ("Reprinted with permission from The Diplomat.", "The Diplomat"),
        ("The post went viral.", ""),
    ],
)
def test_repost_outlet(line, outlet):
    assert furniture.repost_outlet(line) == outlet


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("Reported by Hyemin Kid for RFA’s Korean Service. Equated by Leejin Jun.", "RFA"),
        ("Written by Jane Doe for The Diplomat.", "The Diplomat"),
        ("Translated by David Black. Edited by Robert Lauler.", ""),
    ],
)
def test_credit_outlet(line, outlet):
    assert furniture.credit_outlet(line) == outlet


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("by Alessandra Tamponi", "Alessandra Tamponi"),
        ("By DailyNK(North Korean Media)", "DailyNK(North Korean Media)"),
        ("BY KIM MIN-JI, Staff Reporter", "KIM MIN-JI"),
        ("By Jane Doe | June 3, 2024", "Jane Doe"),
        ("By Kwak Mi-na | Published Tue 14 Jan 2025, 07:40 KST | Updated 15 Jan", "Kwak Mi-na"),
        ("By the time we arrived", ""),
        ("By then it was late.", ""),
    ],
)
def test_byline_name(line, name):
    assert furniture.byline_name(line) == name


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Sandra Loyd", True),
        ("Kim Jeong-min", True),
        ("Jane van der Berg", True),
        ("Reproducing brand-new animosities?", False),
        ("Kim", False),
        ("North Korea Says No", False),
        ("The Border Closes", False),
    ],
)
def test_lone_name(line, expected):
    assert furniture.lone_name(line) is expected


@pytest.mark.parametrize(
    ("text", "share"),
    [("the cat sat on the mat", 0.5), ("ecco il nostro comune compito", 0.0), ("", 0.0)],
)
def test_english_share(text, share):
    assert furniture.english_share(text) == share


@pytest.mark.parametrize(("text", "share"), [("abcd", 1.0), ("ab가나", 0.5), ("123", 1.0)])
def test_ascii_letter_share(text, share):
    assert furniture.ascii_letter_share(text) == share


def test_rules_version_is_part_of_the_reports_stage_version():
    from nkreports.ingest import reports

    assert furniture.RULES_VERSION in reports.RULES_VERSION.split("+")


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("By Choi Eun-young in Seoul", "Choi Eun-young"),
        ("By Lee Min-ho in Seoul and Jane Doe in Beijing", "Lee Min-ho and Jane Doe"),
        ("By Park Min-ji, staff reporter", "Park Min-ji"),
    ],
)
def test_byline_name_drops_the_place(line, name):
    assert furniture.byline_name(line) == name


@pytest.mark.parametrize(
    "line",
    [
        "The group's newsletter said 50 women were detained in Yanji last month.",
        "Officials signed up dozens of North Korean workers for the program, the source said.",
        "He read the notice in seven minutes and signed it.",
    ],
)
def test_body_sentences_are_not_newsletter_or_reading_time(line):
    assert line_reason(line) == ""


def test_a_spaced_table_row_is_no_menu():
    assert line_reason("2019   1,047   1,137   1,210") == ""


def test_word_tokens_of_a_line_and_of_a_long_text_are_the_same_words():
    line = "Seoul's envoy re-entered the talks on 3 May"
    assert furniture.word_tokens(line) == (
        "Seoul's",
        "envoy",
        "re-entered",
        "the",
        "talks",
        "on",
        "3",
        "May",
    )
    text = " ".join([line] * 300)  # longer than a line whose words are kept
    assert furniture.word_tokens(text) == furniture.word_tokens(line) * 300


@pytest.mark.parametrize("line", ["Comment", "Comment:", "COMMENT"])
def test_a_bare_singular_comment_heading_does_not_open_a_comment_thread(line):
    # a cable's or a column's own section: what follows it is the article, not readers' comments
    assert line_reason(line) != "reader comments"
