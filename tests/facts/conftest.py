"""Fixtures shared by the fact-stage tests."""

import pytest

from nkreports import schema
from nkreports.facts.policy.changes import rule_readings
from nkreports.pipeline import load_nlp
from nkreports.text import Body
from nkreports.truecase import parse


@pytest.fixture(scope="session")
def readings():
    """Every (mention, category, direction, certainty) the policy rules read in a text."""
    nlp = load_nlp()

    def read(text: str) -> list[tuple]:
        article = schema.Article("t", text, Body.whole(text), None)
        rows = [r.row for r in rule_readings(next(parse(nlp, [text])), article, [], [])]
        return [(r.mention, r.category, r.direction, r.certainty) for r in rows]

    return read
