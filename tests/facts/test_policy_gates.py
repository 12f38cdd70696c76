"""The lemmas a policy rule family declares it reads (`gates.reads`), and the dispatch that
offers a verb only to the families that may read its lemma."""

from dataclasses import replace
from pathlib import Path

import pytest

from nkreports.facts.policy import families, gates
from nkreports.facts.policy.grammar import Hit
from nkreports.facts.policy.imperatives import imperative_request
from nkreports.pipeline import load_nlp
from nkreports.schema import Category

SEEDS = Path(__file__).parents[2] / "seeds"


def _never(verb):
    raise AssertionError(f"read {verb.text!r}, a lemma it does not declare")


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


def test_a_declared_family_is_not_called_for_another_lemma(nlp):
    rule = gates.reads({"deport"})(_never)
    doc = nlp("Police arrested nine women.")
    assert rule(doc[1]) is None
    assert gates.lemmas_read(rule) == frozenset({"deport"})


def test_a_declared_family_reads_its_own_lemmas(nlp):
    hit = Hit.restrictive(Category.REPATRIATION, "deport")
    rule = gates.reads({"deport"}, {"expel"})(lambda verb: hit)
    doc = nlp("China deported them and expelled others.")
    assert [rule(doc[1]), rule(doc[4])] == [hit, hit]
    assert rule.__name__ == "<lambda>"


def test_dispatch_keeps_the_order_and_every_undeclared_family():
    first, second, third = (lambda v: None), gates.reads({"deport"})(_never), (lambda v: None)
    rules = (first, second, third)
    assert gates.families_for(rules, "deport") == rules
    assert gates.families_for(rules, "arrest") == (first, third)


def _every_family(token):
    """The reading before the dispatch: each family in turn, declared or not."""
    hits = (replace(h, method=r.__name__) for r in families.RULES if (h := r(token)))
    return next(hits, None)


def test_dispatch_reads_what_every_family_in_turn_reads(nlp):
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    verbs = [
        t
        for doc in nlp.pipe(texts)
        for t in doc
        if t.pos_ in {"VERB", "AUX"} and imperative_request(t) is None
    ]
    read = [families.read_action(t) for t in verbs]
    assert sum(h is not None for h in read) > 20
    assert read == [_every_family(t) for t in verbs]
