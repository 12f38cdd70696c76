"""Participles on a noun inside a request: the request is the row.

In 'urged Beijing to free the women held in Tumen' the custody is how the request names its
people; the request row covers it. A participle elsewhere ('nine North Koreans held in Yunnan',
'returned 600 people held in Jilin') asserts the act and stays a row.
"""

from __future__ import annotations

from spacy.tokens import Token

from nkreports.facts.policy.model import Reading
from nkreports.schema import Category


def naming(token: Token) -> bool:
    """Tell whether the token is a bare participle on a noun: 'the women held in Tumen'."""
    bare = not any(
        c.dep_ in {"aux", "auxpass", "mark", "nsubj", "nsubjpass"} for c in token.children
    )
    return token.dep_ == "acl" and token.tag_ == "VBN" and bare


def inside_a_request(token: Token, requests: set[int]) -> bool:
    """Tell whether a participle names the people of a request read in its sentence."""
    return naming(token) and any(a.i in requests for a in token.ancestors)


def without_naming(readings: list[Reading]) -> list[Reading]:
    """The readings less the participles that name the people of a request."""
    requests = {
        r.trigger.i for r in readings if r.row.category == Category.DIPLOMATIC_REQUEST_PROTEST
    }
    return [r for r in readings if not inside_a_request(r.trigger, requests)]
