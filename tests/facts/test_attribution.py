import pytest

from nkreports.facts.attribution import ANONYMOUS, attribute, speaker, speech_verb
from nkreports.pipeline import load_nlp


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Elizabeth Salmón, UN special rapporteur on human rights in North Korea, estimates "
            "that some 2,000 North Koreans are currently detained in China.",
            "UN special rapporteur",
        ),
        ("NKDB data show that some 8,000 North Korean defectors were repatriated.", "NKDB"),
        (
            "Human rights groups claim that some 600 North Koreans were expelled.",
            "human rights groups",
        ),
        (
            "Koo Byoung-sam, spokesman for South Korea’s Unification Ministry, confirmed "
            "reports that China repatriated hundreds of refugees.",
            "South Korea (Unification Ministry)",
        ),
        (
            "Estimates fall between 30,000 and 50,000, according to a report published in "
            "The Diplomat in January.",
            "The Diplomat",
        ),
        (
            "The U.S. State Department estimated comparable numbers in its refugee study.",
            "US State Department",
        ),
        ("A source in China told Daily NK on Monday that defectors are afraid.", ANONYMOUS),
        ("A group of 19 defectors will arrive, a diplomatic source said yesterday.", ANONYMOUS),
        ("Defectors say that they must apply in person.", "defectors"),
        ("China will send 19 defectors to South Korea.", ""),
    ],
)
def test_attribute(nlp, text, source):
    assert attribute(next(nlp(text).sents)) == source


def test_quote_takes_the_attribution_of_its_paragraph(nlp):
    doc = nlp(
        "“Hundreds of thousands of families live across our county. This will be a force "
        "that cannot be ignored,” the source added.\n\nDefectors say it is hard."
    )
    first, *_ = doc.sents
    assert attribute(first) == ANONYMOUS


def test_pronoun_takes_the_last_named_speaker(nlp):
    doc = nlp("Human rights groups said 600 were sent back. They added that more will follow.")
    assert [attribute(s) for s in doc.sents] == ["human rights groups", "human rights groups"]


def test_speaker_and_speech_verb(nlp):
    sent = next(nlp("The source said that 18 of the defectors will arrive first.").sents)
    assert speaker(sent).text == "source"
    assert [t.text for t in sent if speech_verb(t)] == ["said"]
