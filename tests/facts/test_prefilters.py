"""The vectorised token prefilters pick exactly the tokens a plain loop over the doc would."""

import pytest

from nkreports.facts.places.scan import tokens_in
from nkreports.facts.policy.families import read_action
from nkreports.facts.policy.prefilter import readable_tokens as _readable
from nkreports.pipeline import load_nlp

TEXTS = [
    "",
    "   \n\n  ",
    "China",
    "THE BORDER WITH CHINA was sealed, and Border guards patrol the border.",
    "Police detained nine North Koreans in Yanji; (b) Halt the returns. Release them now!",
    "They fled to the North - the town of",
]


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("attr", ["LOWER", "ORTH"])
def test_tokens_in_is_a_loop_over_the_doc(nlp, text, attr):
    doc = nlp(text)
    words = ("border", "Border", "north", "North", "-", "town")
    for first in (0, 1):
        plain = [t.i for t in doc[first:] if (t.lower_ if attr == "LOWER" else t.text) in words]
        assert [t.i for t in tokens_in(doc, words, attr, first=first)] == plain


@pytest.mark.parametrize("text", TEXTS)
def test_no_token_outside_the_policy_prefilter_is_read(nlp, text):
    doc = nlp(text)
    kept = set(map(int, _readable(doc)))
    assert not [t.text for t in doc if t.i not in kept and t.dep_ != "amod" and read_action(t)]
    assert all(doc[i].dep_ != "amod" for i in kept)
