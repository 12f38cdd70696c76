"""The pinned model's lemmatizer, its answers remembered by token values.

spaCy's rule lemmatizer reads each token that has no lemma yet from its form, coarse part of
speech and morphology, and remembers only some of its answers; calling it for each token costs
about as much as the tagger. Here the answer for each (form, part of speech, morphology) is
asked of the model's own lemmatizer once and remembered, and a doc's lemmas are set in one
array. The lemmas are the lemmatizer's own (a test compares them on reports).
"""

from __future__ import annotations

from spacy.attrs import LEMMA, MORPH, ORTH, POS
from spacy.language import Language
from spacy.pipeline import Lemmatizer
from spacy.tokens import Doc

CACHE_KEYS = 200_000  # distinct token values remembered between docs


class IndexedLemmatizer:
    """Set the lemmas the model's rule lemmatizer gives, asking it once per distinct token."""

    def __init__(self) -> None:
        self.lemmatizer: Lemmatizer | None = None
        self._known: dict[tuple[int, int, int], int] = {}  # form, pos, morph -> lemma hash

    def use(self, lemmatizer: Lemmatizer) -> None:
        """Answer as `lemmatizer` does (rule mode, lemmas already set kept)."""
        if lemmatizer.mode != "rule" or lemmatizer.overwrite:
            raise ValueError("indexed_lemmatizer reads only a rule lemmatizer that keeps lemmas")
        self.lemmatizer = lemmatizer

    def __call__(self, doc: Doc) -> Doc:
        """Set the lemma of every token that has none."""
        if self.lemmatizer is None:
            raise ValueError("indexed_lemmatizer has no lemmatizer: call use() first")
        if not len(doc):
            return doc
        values = doc.to_array([ORTH, POS, MORPH, LEMMA])
        known, strings = self._known, doc.vocab.strings
        for i in (values[:, 3] == 0).nonzero()[0].tolist():
            key = tuple(values[i, :3].tolist())
            if key not in known:
                if len(known) > CACHE_KEYS:
                    known.clear()
                known[key] = strings.add(self.lemmatizer.lemmatize(doc[i])[0])
            values[i, 3] = known[key]
        doc.from_array([LEMMA], values[:, 3:4])
        return doc


@Language.factory("indexed_lemmatizer")
def make_indexed_lemmatizer(nlp: Language, name: str) -> IndexedLemmatizer:
    """An empty indexed lemmatizer; `index_lemmatizer` gives it the model's own."""
    return IndexedLemmatizer()


def index_lemmatizer(nlp: Language) -> None:
    """Replace the pipeline's `lemmatizer` by its indexed twin, in place and by name."""
    lemmatizer = nlp.get_pipe("lemmatizer")
    nlp.replace_pipe("lemmatizer", "indexed_lemmatizer")
    nlp.get_pipe("lemmatizer").use(lemmatizer)
