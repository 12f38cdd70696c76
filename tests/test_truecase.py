"""All-capital lines are parsed in ordinary case, and the Doc keeps the report's own text."""

import pytest

from nkreports.pipeline import load_nlp
from nkreports.truecase import capital_line, cased, parse, proper_words


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("JILIN POLICE HOLD DOZENS OF NORTH KOREANS", True),
        ("URGENT: CHINA SENDS 23 BACK", True),
        ("NEW YORK", False),  # two words: left as written
        ("Jilin police HOLD dozens", False),  # a lower-case letter: ordinary prose
        ("", False),
    ],
)
def test_capital_line(line, expected):
    assert capital_line(line) is expected


def test_cased_keeps_length_acronyms_and_proper_words():
    text = "Intro line.\nURGENT: MFA SAYS CHINA SENDS 23 NORTH KOREANS BACK FROM YANJI\nEnd."
    copy = cased(text, frozenset({"yanji"}))
    assert len(copy) == len(text)
    assert copy.splitlines()[1] == "Urgent: MFA says China sends 23 North Koreans back from Yanji"
    assert copy.splitlines()[0] == "Intro line." and copy.splitlines()[2] == "End."


def test_parse_reads_the_copy_and_keeps_the_text():
    text = "Police said so.\n\nJILIN POLICE HOLD DOZENS OF NORTH KOREANS\n"
    doc = next(parse(load_nlp(), [text]))
    assert doc.text == text
    hold = next(t for t in doc if t.text == "HOLD")
    assert (hold.pos_, hold.lemma_) == ("VERB", "hold")
    assert "NORTH KOREANS" in [e.text for e in doc.ents]


def test_parse_leaves_ordinary_text_alone():
    text = "Chinese police detained 12 North Koreans in Yanji."
    nlp = load_nlp()
    assert [t.dep_ for t in next(parse(nlp, [text]))] == [t.dep_ for t in nlp(text)]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # a month word only beside a number or after a preposition of time
        ("CHINA MAY DEPORT 200 NORTH KOREANS", "China may deport 200 North Koreans"),
        ("THOUSANDS MARCH IN SEOUL ON 3 MAY", "Thousands march in Seoul on 3 May"),
        # a list label opens a clause; ordinary words of place names stay lower case
        ("(C) GRANT UNHCR ACCESS TO THE RIVER BANK", "(c) Grant UNHCR access to the river bank"),
        # a name of ordinary words
        ("THE UNITED STATES CONDEMNED THE RETURNS", "The United States condemned the returns"),
    ],
)
def test_cased_words_of_a_capital_line(line, expected):
    assert cased(line, proper_words(load_nlp())) == expected
