"""Rule readings added after `policy_blind22`'s score (`policies-79`; not blind): a share of
people held ('45% were held'), a workforce recalled, and a status people are not eligible or
entitled to seek."""

import pytest

# sentence -> every (mention, category, direction, certainty) the rules read in it
CASES = [
    # a share of people; not a share of shipments or of votes
    ("Of the 60 women we spoke to, 45% were held for more than two weeks.",
     [("were held", "detention_arrest", "restrictive", "reported_fact")]),
    ("64% of the women were held for a month.",
     [("were held", "detention_arrest", "restrictive", "reported_fact")]),
    ("80% of the shipments were held at customs.", []),
    # a state recalls its workforce; a firm does not repatriate
    ("Pyongyang recalled the entire workforce of two Dandong garment plants.",
     [("recalled", "repatriation", "restrictive", "reported_fact")]),
    ("Toyota recalled its workforce from the plant.", []),
    # not eligible or entitled to a standing; a discount card or a prize is none
    ("Children of North Korean mothers are not eligible for a hukou.",
     [("are not eligible for a hukou", "residency_legal_status", "restrictive",
       "reported_fact")]),
    ("North Koreans in China are not entitled to seek asylum.",
     [("are not entitled to seek asylum", "residency_legal_status", "restrictive",
       "reported_fact")]),
    ("Students are eligible for a discount card.", []),
    ("The winner is entitled to a prize.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_rule_readings(readings, text, expected):
    assert readings(text) == expected
