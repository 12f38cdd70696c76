"""Fixtures shared across the test folders: hand-parsed Docs for rules and the policy model."""

import pytest
import spacy
from spacy.tokens import Doc

VOCAB = spacy.blank("en").vocab


def _parsed(rows):
    """A Doc from (word, pos, tag, lemma, head offset, dep) rows, as the parser would give it."""
    words, pos, tags, lemmas, heads, deps = zip(*rows, strict=True)
    return Doc(
        VOCAB,
        words=list(words),
        pos=list(pos),
        tags=list(tags),
        lemmas=list(lemmas),
        heads=[i + h for i, h in enumerate(heads)],
        deps=list(deps),
    )


@pytest.fixture
def parsed():
    """Build a Doc from (word, pos, tag, lemma, head offset, dep) rows."""
    return _parsed


@pytest.fixture
def sweep_doc():
    """'Police arrested 12 men and sent them back after a sweep .', parsed."""
    return _parsed(
        [
            ("Police", "NOUN", "NNS", "police", 1, "nsubj"),
            ("arrested", "VERB", "VBD", "arrest", 0, "ROOT"),
            ("12", "NUM", "CD", "12", 1, "nummod"),
            ("men", "NOUN", "NNS", "man", -2, "dobj"),
            ("and", "CCONJ", "CC", "and", -3, "cc"),
            ("sent", "VERB", "VBD", "send", -4, "conj"),
            ("them", "PRON", "PRP", "they", -1, "dobj"),
            ("back", "ADV", "RB", "back", -2, "advmod"),
            ("after", "ADP", "IN", "after", -3, "prep"),
            ("a", "DET", "DT", "a", 1, "det"),
            ("sweep", "NOUN", "NN", "sweep", -2, "pobj"),
            (".", "PUNCT", ".", ".", -10, "punct"),
        ]
    )
