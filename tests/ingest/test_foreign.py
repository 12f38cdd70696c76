from datetime import date

import pytest

from nkreports.ingest import foreign, foreignwords
from nkreports.ingest.furniture import page_date


@pytest.mark.parametrize(
    ("line", "value"),
    [
        ("tirsdag 14. mars 2017", date(2017, 3, 14)),  # Norwegian
        ("onsdag den 3. marts 2010", date(2010, 3, 3)),  # Danish
        ("lördag 5 maj 2018 kl. 10:15", date(2018, 5, 5)),  # Swedish
        ("Mittwoch, 7. Juni 2006", date(2006, 6, 7)),  # German
        ("Donnerstag, 1. März 2012 um 9:30 Uhr", date(2012, 3, 1)),  # German, with a time
        ("dinsdag 14 maart 2017", date(2017, 3, 14)),  # Dutch
        ("samedi 21 avril 2012", date(2012, 4, 21)),  # French
        ("samedi 1er mai 2010", date(2010, 5, 1)),  # French ordinal
        ("lunes, 3 de septiembre de 2007", date(2007, 9, 3)),  # Spanish
        ("venerdì 16 novembre 2012", date(2012, 11, 16)),  # Italian
        ("segunda-feira, 3 de setembro de 2007", date(2007, 9, 3)),  # Portuguese
        ("2014년 5월 9일 금요일", date(2014, 5, 9)),  # Korean
    ],
)
def test_foreign_date_lines(line, value):
    (match,) = foreign.date_matches(line)
    assert (foreign.date_line(line), foreign.read_date(match)) == (True, value)
    assert page_date(line)


@pytest.mark.parametrize(
    "line",
    [
        "Il 21 aprile 2012 la polizia ha arrestato tre persone",
        "Am 7. Juni 2006 wurde die Grenze geschlossen",
        "We crossed on 14 March 2017 at night.",
        "no date at all",
    ],
)
def test_prose_is_no_date_line(line):
    assert not foreign.date_line(line)


def test_impossible_foreign_day_is_not_read():
    (match,) = foreign.date_matches("31. juni 2017")
    assert foreign.read_date(match) is None


def test_word_tables_cover_every_month_and_weekday():
    assert sorted(set(foreignwords.MONTH_WORDS.values())) == list(range(1, 13))
    assert sorted(set(foreignwords.WEEKDAY_WORDS.values())) == list(range(1, 8))
