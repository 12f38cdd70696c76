"""The lemmas a rule family reads: a verb of any other lemma never reaches the family."""

from __future__ import annotations

from collections.abc import Callable, Collection
from functools import lru_cache, wraps

from spacy.tokens import Token

from nkreports.facts.policy.grammar import Hit, lemma_of

Rule = Callable[[Token], Hit | None]

_DECLARED: dict[Rule, frozenset[str]] = {}  # each gated family, as `reads` returned it


def reads(*words: Collection[str]) -> Callable[[Rule], Rule]:
    """Declare the only lemmas a rule family reads: the union of `words`.

    The family returns None for a verb of any other lemma. `families.read_action` offers a verb
    only to the families that may read its lemma, so that most verbs meet few of them.
    """
    lemmas = frozenset().union(*words)

    def gated(rule: Rule) -> Rule:
        @wraps(rule)
        def read(verb: Token) -> Hit | None:
            return rule(verb) if lemma_of(verb) in lemmas else None

        _DECLARED[read] = lemmas
        return read

    return gated


def lemmas_read(rule: Rule) -> frozenset[str] | None:
    """The lemmas a family declared with `reads`, or None if it may read a verb of any lemma."""
    return _DECLARED.get(rule)


@lru_cache(maxsize=4096)
def families_for(rules: tuple[Rule, ...], lemma: str) -> tuple[Rule, ...]:
    """The families of `rules`, in their order, that may read a verb of this lemma."""
    return tuple(r for r in rules if (only := lemmas_read(r)) is None or lemma in only)
