"""Rule readings added in the sixth session for issue 11: statuses held, children registered,
leaving a county, terms handed out, and beliefs that hedge what they govern."""

import pytest

from nkreports import schema
from nkreports.facts.policy.changes import rule_readings
from nkreports.pipeline import load_nlp
from nkreports.text import Body


@pytest.fixture(scope="module")
def model():
    return load_nlp()


def _readings(model, text):
    article = schema.Article("t", text, Body.whole(text), None)
    rows = [r.row for r in rule_readings(model(text), article, [], [])]
    return [(r.mention, r.category, r.direction, r.certainty) for r in rows]


# sentence -> every (mention, category, direction, certainty) the rules read in it
CASES = [
    # a status people hold; not one they lack, nor papers officials hold
    ("She has held a residence card since 2021.",
     [("has held a residence card", "residency_legal_status", "protective", "reported_fact")]),
    ("Their children hold Chinese household registration through their fathers.",
     [("hold Chinese household registration", "residency_legal_status",
       "protective", "reported_fact")]),
    ("The women have no household registration.",
     []),
    ("The police held their passports for a month.",
     []),
    ("She has a refugee friend in Seoul.",
     []),
    # a child registered or refused by officials; not a firm's, nor a father's own
    ("The township refused to register the boy because his mother had no papers.",
     [("to register the boy", "residency_legal_status", "restrictive", "reported_fact")]),
    ("The county began letting fathers register such children.",
     [("register such children", "residency_legal_status", "protective", "reported_fact")]),
    ("The firm registered a new company in Yanji.",
     []),
    ("Fathers register their children at the township police station.",
     []),
    # leaving a county bounds a residence; leaving the country is an exit
    ("Her card does not allow her to leave the county.",
     [("does not allow her to leave", "residency_legal_status", "restrictive", "reported_fact")]),
    ("China does not allow them to leave the country.",
     [("does not allow them to leave", "exit_transfer_to_third_country",
       "restrictive", "reported_fact")]),
    # a belief hedges what it governs
    ("I was sure they would send us back.",
     []),
    ("She was certain the police would arrest her.",
     []),
    # a term handed out for leaving; not a deadline or a medal
    ("The court gave her three years for crossing the river.",
     [("gave her three years", "labeling_criminalization", "restrictive", "reported_fact")]),
    ("Three of the returnees were given ten years in a labour camp.",
     [("were given ten years", "labeling_criminalization", "restrictive", "reported_fact")]),
    ("The teacher gave him two days to finish.",
     []),
    ("Two of the workers were given medals.",
     []),
    # a status that describes people is no status told
    ("Women who hold residence cards may travel within the province.",
     []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_rule_readings(model, text, expected):
    assert _readings(model, text) == expected
