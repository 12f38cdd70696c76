"""The codebook: every category, direction and certainty value, with real example phrasings."""

import pytest

from nkreports.facts.policy import codebook
from nkreports.schema import Category, Certainty, Direction

CATEGORIES = [
    "repatriation",
    "detention_arrest",
    "residency_legal_status",
    "labeling_criminalization",
    "exit_transfer_to_third_country",
    "border_control",
    "diplomatic_request_protest",
    "family_pressure",
    "other",
]
VALUES = (
    [("category", c) for c in CATEGORIES]
    + [("direction", d) for d in ["restrictive", "protective", "neutral"]]
    + [("certainty", c) for c in ["reported_fact", "claimed_by_source", "rumor", "denied"]]
)


def test_schema_vocabularies_are_the_codebook_values():
    assert [("category", c.value) for c in Category] == [v for v in VALUES if v[0] == "category"]
    assert [("direction", d.value) for d in Direction] == [v for v in VALUES if v[0] == "direction"]
    assert [("certainty", c.value) for c in Certainty] == [v for v in VALUES if v[0] == "certainty"]


def test_codebook_has_exactly_the_schema_values():
    book = codebook.codebook()
    assert list(book.columns) == ["field", "value", "meaning", "examples"]
    assert list(zip(book["field"], book["value"], strict=True)) == VALUES


@pytest.mark.parametrize(("field", "value"), VALUES)
def test_every_value_has_a_meaning_and_two_examples(field, value):
    book = codebook.codebook()
    row = book[(book["field"] == field) & (book["value"] == value)].iloc[0]
    assert len(row["meaning"]) > 20
    assert len(row["examples"].split(" | ")) >= 2


def test_markdown_has_a_row_per_value():
    lines = codebook.codebook_markdown().splitlines()
    assert lines[0] == "| field | value | meaning | example phrasings |"
    assert len(lines) == 2 + len(VALUES)
    assert lines[2].startswith("| category | `repatriation` | Sending North Koreans back")
