"""Participles that only name people: the act they belong to is the row.

In 'urged Beijing to free the women held in Tumen' the custody is how the request names its
people; the request row covers it. In 'anyone caught is sent back' or 'returns North Koreans
caught without papers' the catching names whom the rule returns. A participle elsewhere ('nine
North Koreans held in Yunnan', 'returned 600 people held in Jilin') asserts the act and stays a
row.
"""

from __future__ import annotations

from spacy.tokens import Token

from nkreports.facts.policy.lexicon import WORDS
from nkreports.facts.policy.model import Reading
from nkreports.schema import Category


def naming(token: Token) -> bool:
    """Tell whether the token is a bare participle on a noun: 'the women held in Tumen'."""
    bare = not any(
        c.dep_ in {"aux", "auxpass", "mark", "nsubj", "nsubjpass"} for c in token.children
    )
    return token.dep_ == "acl" and token.tag_ in {"VBN", "VBD"} and bare


def inside_a_request(token: Token, requests: set[int], acts: set[int] = frozenset()) -> bool:
    """Tell whether a participle names the people of a request, or those caught of any act."""
    if not naming(token):
        return False
    caught = token.lemma_.lower() in WORDS.NAMES_THE_CAUGHT  # 'anyone caught is sent back'
    caught = caught and not _dated(token)  # 'defectors caught last week by police' is an act
    asked = token.tag_ == "VBN"  # 'caught' is often tagged past tense, 'sent back' seldom
    return any((asked and a.i in requests) or (caught and a.i in acts) for a in token.ancestors)


def _dated(token: Token) -> bool:
    """Tell whether a participle tells when: 'caught last week', 'caught on 3 May'."""
    when = [c for c in token.children if c.dep_ in {"npadvmod", "prep"}]
    return any(t.ent_type_ == "DATE" for c in when for t in c.subtree)


def without_naming(readings: list[Reading]) -> list[Reading]:
    """The readings less the participles that only name the people of another reading."""
    asked = [r.trigger for r in readings if r.row.category == Category.DIPLOMATIC_REQUEST_PROTEST]
    # a request the parser made a compound ('Grant UNHCR access to those held') asks its head
    requests = {t.i for t in asked} | {compound_head(t).i for t in asked}
    acts = {r.trigger.i for r in readings}
    return [r for r in readings if not inside_a_request(r.trigger, requests, acts)]


def compound_head(token: Token) -> Token:
    """The noun a chain of compounds ends on: 'Grant' in 'Grant UNHCR access' -> 'access'."""
    while token.dep_ == "compound" and token.head.i != token.i:
        token = token.head
    return token
