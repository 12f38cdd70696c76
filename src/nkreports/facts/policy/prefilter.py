"""The tokens the rule families can read, picked from the doc's arrays before any is made."""

from __future__ import annotations

import numpy as np
from spacy.attrs import DEP, LOWER, POS
from spacy.symbols import AUX, NOUN, VERB
from spacy.tokens import Doc

from nkreports.facts.policy.lexicon import WORDS
from nkreports.nlp import word_hashes

_READ_POS = (NOUN, VERB, AUX)  # the parts of speech `families.read_action` reads


def readable_tokens(doc: Doc) -> np.ndarray:
    """The indices of the tokens `read_action` can read: a verb or noun, or a word of request.

    A vectorised prefilter of the same test the families make first (an 'amod' is no action:
    'the repatriated women'), so only those tokens are made Token objects.
    """
    pos, dep, lower = doc.to_array([POS, DEP, LOWER]).astype(np.uint64).T
    kinds = np.isin(pos, np.array(_READ_POS, dtype=np.uint64))
    asked = np.isin(lower, word_hashes(WORDS.RECOMMENDS))
    return np.flatnonzero((kinds | asked) & (dep != doc.vocab.strings["amod"]))
