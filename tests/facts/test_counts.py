import pytest

from nkreports import schema
from nkreports.facts import counts
from nkreports.pipeline import load_nlp
from nkreports.text import Body


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


def extract(nlp, raw, spans=None):
    body = Body.from_spans(raw, spans) if spans else Body.whole(raw)
    article = schema.Article("r1", raw, body, None)
    rows = counts.extract_counts(nlp(body.text), article)
    for row in rows:
        assert raw[row.start : row.end] == row.mention
        assert row.rules_version == counts.RULES_VERSION
    return rows


def brief(row):
    return (row.mention, row.low, row.high, row.qualifier, row.unit, row.counted)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "NKDB data show that some 8,000 North Korean defectors were forcibly repatriated.",
            (
                "some 8,000",
                8000,
                8000,
                "approx",
                "persons",
                "North Korean defectors forcibly repatriated",
            ),
        ),
        (
            "A group of 19 North Korean defectors being held in China will arrive soon.",
            ("19", 19, 19, "exact", "persons", "North Korean defectors held in China"),
        ),
        (
            "More than 22,000 North Koreans have defected to the South since the war.",
            (
                "More than 22,000",
                22000,
                None,
                "more_than",
                "persons",
                "North Koreans have defected to the South",
            ),
        ),
        (
            "China forcibly repatriated hundreds of North Korean refugees.",
            (
                "hundreds",
                200,
                None,
                "vague",
                "persons",
                "North Korean refugees forcibly repatriated",
            ),
        ),
        (
            "“Hundreds of thousands of defectors’ family members live across our county.”",
            (
                "Hundreds of thousands",
                200000,
                None,
                "vague",
                "persons",
                "defectors’ family members",
            ),
        ),
        (
            "The source also said that 18 of the defectors, who are being held in a "
            "detention center, will arrive first.",
            ("18", 18, 18, "exact", "persons", "defectors held in a detention center"),
        ),
        (
            "She had an 11-year-old child with a Chinese citizen.",
            ("11-year-old", 11, 11, "exact", "years", "age"),
        ),
        (
            "The ministry said the two countries mark 75 years of diplomatic relations.",
            ("two", 2, 2, "exact", "other", "countries"),
        ),
    ],
)
def test_first_count_of_sentence(nlp, text, expected):
    assert brief(extract(nlp, text)[0]) == expected


def test_range_stays_a_range_and_counts_the_people_named_before(nlp):
    text = (
        "There are no official figures for North Koreans staying in China, but estimates "
        "fall between 30,000 and 50,000, according to a report published in The Diplomat."
    )
    [row] = extract(nlp, text)
    assert brief(row) == (
        "between 30,000 and 50,000",
        30000,
        50000,
        "range",
        "persons",
        "North Koreans",
    )
    assert row.attributed_to == "The Diplomat"


def test_every_number_of_a_sentence(nlp):
    text = (
        "A total of 20 North Korean defectors, including two who are now South Korean "
        "citizens, were rounded up by Chinese authorities in September."
    )
    rows = extract(nlp, text)
    assert [brief(r) for r in rows] == [
        (
            "20",
            20,
            20,
            "exact",
            "persons",
            "North Korean defectors rounded up by Chinese authorities",
        ),
        (
            "two",
            2,
            2,
            "exact",
            "persons",
            "North Korean defectors who are now South Korean citizens",
        ),
    ]
    assert [r.time_ref for r in rows] == ["in September", "in September"]


def test_time_ref_and_attribution(nlp):
    text = (
        "NKDB data show that some 8,000 North Korean defectors were forcibly repatriated, "
        "almost 98 per cent by China, as of August 2023."
    )
    rows = extract(nlp, text)
    assert [(r.mention, r.qualifier, r.high, r.unit) for r in rows] == [
        ("some 8,000", "approx", 8000, "persons"),
        ("almost 98 per cent", "at_most", 98, "percent"),
    ]
    assert {(r.attributed_to, r.time_ref) for r in rows} == {("NKDB", "as of August 2023")}


@pytest.mark.parametrize(
    "text",
    [
        "Zhao Leji, the third-ranking member, visited on April 11-13 in 2009.",
        "No one can convince me otherwise.",
        "Those who have COVID-19 use A4-sized paper.",
        "He said nothing at all.",
    ],
)
def test_dates_ordinals_names_and_pronouns_are_not_counts(nlp, text):
    assert extract(nlp, text) == []


def test_widget_lines_are_not_counts(nlp):
    assert extract(nlp, "31.1 C\n10/16/2023, 19.20\n\nSome defectors left.") == []


def test_ages_and_durations(nlp):
    text = (
        "Unification Minister Kim Yung-ho, 63, spoke. A defector in her thirties said "
        "she had lived in China for a decade or more."
    )
    assert [brief(r)[:5] for r in extract(nlp, text)] == [
        ("63", 63, 63, "exact", "years"),
        ("thirties", 30, 39, "range", "years"),
        ("a decade or more", 10, None, "at_least", "years"),
    ]


def test_offsets_map_back_to_raw_through_the_body(nlp):
    raw = "Read in Korean\n\nAt least 2,000 North Koreans are held in China."
    rows = extract(nlp, raw, spans=[(16, len(raw))])
    assert [(r.mention, r.start, r.end) for r in rows] == [("At least 2,000", 16, 30)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two sources in the region told the paper about the raids.",
         ("Two", 2, 2, "exact", "persons")),
        ("Two pastors who work in the region said so.", ("Two", 2, 2, "exact", "persons")),
        ("Only a handful of North Koreans made it to Bangkok.",
         ("a handful", None, None, "vague", "persons")),
        ("Three families who had sheltered the women were questioned.",
         ("Three", 3, 3, "exact", "other")),
        ("Police questioned women and their relatives. At least a dozen of them were deported.",
         ("At least a dozen", 12, None, "at_least", "persons")),
        ("Each household was fined 5,000 yuan by the police.",
         ("5,000", 5000, 5000, "exact", "other")),
    ],
)  # fmt: skip
def test_units_of_sources_families_money_and_vague_amounts(nlp, text, expected):
    assert brief(extract(nlp, text)[0])[:5] == expected
