"""Vectorised token prefilters for the place scans: only tokens of the right shape or word are made.

A scan over every token of a doc makes a Token object for each; these pick the few it needs from
the doc's arrays first, and give the same tokens a plain loop would.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

import numpy as np
from spacy.attrs import IS_ALPHA, IS_LOWER, IS_TITLE, IS_UPPER, LENGTH
from spacy.tokens import Doc, Token

from nkreports.nlp import word_hashes

Mask = np.ndarray  # one bool per token
_SHAPE = (IS_UPPER, IS_ALPHA, IS_LOWER, IS_TITLE, LENGTH)


def tokens_where(doc: Doc, test: Callable[..., Mask]) -> list[Token]:
    """The tokens whose shape passes `test` (of upper, alpha, lower, title, length arrays).

    A vectorised prefilter: the scans look closer only at tokens of the right shape.
    """
    if not len(doc):
        return []
    shape = doc.to_array(list(_SHAPE)).astype(np.int64).T
    flags = [column.astype(bool) for column in shape[:-1]]
    return [doc[int(i)] for i in np.flatnonzero(test(*flags, shape[-1]))]


def tokens_in(doc: Doc, words: Iterable[str], attr: str = "LOWER", first: int = 0) -> list[Token]:
    """The tokens from index `first` whose `attr` ("LOWER" or "ORTH") is one of `words`.

    A vectorised prefilter like `tokens_where`: a scan for a few words makes only their tokens.
    """
    if len(doc) <= first:
        return []
    found = np.isin(doc.to_array(attr)[first:], word_hashes(frozenset(words)))
    return [doc[first + int(i)] for i in np.flatnonzero(found)]


def capitalised(upper: Mask, alpha: Mask, lower: Mask, title: Mask, size: np.ndarray) -> Mask:
    """Words in capitals of three letters or more: 'GENEVA', the start of a dateline."""
    return upper & alpha & (size > 2)


def title(upper: Mask, alpha: Mask, lower: Mask, title: Mask, size: np.ndarray) -> Mask:
    """Words in title case: 'Yanbian'."""
    return title


def mixed_case(upper: Mask, alpha: Mask, lower: Mask, title: Mask, size: np.ndarray) -> Mask:
    """Words of six letters or more with a capital inside: 'inChina', a glued name."""
    return alpha & ~(upper | lower | title) & (size > 5)
