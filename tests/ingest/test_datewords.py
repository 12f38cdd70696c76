import pytest

from nkreports.ingest import datewords


@pytest.mark.parametrize(
    ("line", "page", "stamp"),
    [
        ("Sunday, July 14, 2024", True, True),
        ("June 27, 2024 at 08:00AM", True, True),
        ("First published June 3, 2024", False, True),
        ("Published : 19/01/2022 08:30 GMT+9", False, True),
        ("On June 3, 2024, the police arrested three defectors.", False, False),
        ("No date here", False, False),
    ],
)
def test_date_only_with_each_filler(line, page, stamp):
    assert datewords.date_only(line, datewords.PAGE_DATE_FILLER) is page
    assert datewords.date_only(line, datewords.STAMP_FILLER) is stamp


@pytest.mark.parametrize(
    ("line", "loose", "with_unit"),
    [
        ("Seoul 24°C", True, True),
        ("26°", True, False),
        ("31.1 C", True, True),
        ("2.5 km", False, False),
    ],
)
def test_temperatures(line, loose, with_unit):
    assert bool(datewords.TEMPERATURE.search(line)) is loose
    assert bool(datewords.TEMPERATURE_WITH_UNIT.search(line)) is with_unit


def test_month_names_try_the_longest_first():
    assert datewords.MONTH_NAMES.index("sept") < datewords.MONTH_NAMES.index("sep|")
    assert datewords.MONTHS["sept"] == datewords.MONTHS["september"] == 9
