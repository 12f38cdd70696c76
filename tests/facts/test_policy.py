"""Policy changes as the rules read them: families, actor, certainty, hypotheticals, linking.

These test the rule families alone (`changes.rule_readings`); how the trained model judges their
readings is tested in test_policy_combine.
"""

import pytest

from nkreports import schema
from nkreports.facts import policy
from nkreports.facts.attribution import SPEECH_VERBS
from nkreports.facts.policy import lexicon
from nkreports.facts.policy.changes import rule_readings
from nkreports.pipeline import load_nlp
from nkreports.text import Body


@pytest.fixture(scope="module")
def model():
    return load_nlp()


def _rows(model, text, dates=(), places=()):
    article = schema.Article("t", text, Body.whole(text), None)
    return [r.row for r in rule_readings(model(text), article, list(dates), list(places))]


def _rule_rows(doc, article):
    return [r.row for r in rule_readings(doc, article, [], [])]


def _place(text, quote, name, kind, country):
    start = text.index(quote)
    return schema.Place("t", start, start + len(quote), quote, "", name, kind, country,
                        "", None, None, "", "", "places-1")  # fmt: skip


# sentence -> (mention, category, direction, certainty, actor, actor_country)
CASES = [
    ("China forcibly repatriated hundreds of North Korean refugees.",
     ("forcibly repatriated", "repatriation", "restrictive", "reported_fact", "China", "CN")),
    ("China regularly deports them back to the North.",
     ("regularly deports", "repatriation", "restrictive", "reported_fact", "China", "CN")),
    ("Refugees in China are expelled to North Korea under a bilateral agreement.",
     ("are expelled", "repatriation", "restrictive", "reported_fact", "China", "CN")),
    ("Twenty defectors were rounded up by Chinese authorities in Shenyang.",
     ("were rounded up", "detention_arrest", "restrictive", "reported_fact",
      "China (authorities)", "CN")),
    ("Some 2,000 North Koreans are currently being held in China.",
     ("are currently being held", "detention_arrest", "restrictive", "reported_fact", "China",
      "CN")),
    ("Police in China are issuing temporary residency permits to defectors.",
     ("are issuing temporary residency permits", "residency_legal_status", "protective",
      "reported_fact", "China (police)", "CN")),
    ("China does not recognize North Korean defectors as refugees.",
     ("does not recognize North Korean defectors as refugees", "residency_legal_status",
      "restrictive", "reported_fact", "China", "CN")),
    ("South Korea automatically grants citizenship to North Koreans.",
     ("automatically grants citizenship", "residency_legal_status", "protective",
      "reported_fact", "South Korea", "KR")),
    ("Those who stay are being named as defectors who betrayed their homeland.",
     ("are being named as defectors", "labeling_criminalization", "restrictive",
      "reported_fact", "unknown", "")),
    ("The North Korean government began using the term “defector.”",
     ("using the term “defector", "labeling_criminalization", "restrictive", "reported_fact",
      "North Korea (government)", "KP")),
    ("China will send 19 defectors to South Korea.",
     ("will send", "exit_transfer_to_third_country", "protective", "reported_fact", "China",
      "CN")),
    ("The Chinese government has decided to provide them with traveler's certificates.",
     ("to provide them with traveler's certificates", "exit_transfer_to_third_country",
      "protective", "reported_fact", "China (government)", "CN")),
    ("The border closed in January.",
     ("The border closed", "border_control", "restrictive", "reported_fact", "unknown", "")),
    ("Seoul has urged Beijing against the deportation of North Korean defectors.",
     ("has urged Beijing against the deportation", "diplomatic_request_protest", "protective",
      "reported_fact", "South Korea", "KR")),
    ("The South Korean government has called on China not to expel defectors.",
     ("has called on China", "diplomatic_request_protest", "protective", "reported_fact",
      "South Korea (government)", "KR")),
    ("The security department is summoning the families of travelers.",
     ("is summoning the families", "family_pressure", "restrictive", "reported_fact",
      "security department", "")),
    ("China has denied the reports of mass expulsions.",
     ("has denied the reports", "repatriation", "restrictive", "denied", "China", "CN")),
    ("Rumors go around that China will round up defectors.",
     ("will round up", "detention_arrest", "restrictive", "rumor", "China", "CN")),
    ("“Authorities have ordered the police to arrest them,” the source added.",
     ("to arrest", "detention_arrest", "restrictive", "claimed_by_source", "police", "")),
]  # fmt: skip

# own variants of each general family: sentence -> (mention, category, direction)
FAMILIES = [
    ("Liaoning offers an amnesty to North Korean women.",
     ("offers an amnesty", "residency_legal_status", "protective")),
    ("The province revoked the residence permits of defectors.",
     ("revoked the residence permits", "residency_legal_status", "restrictive")),
    ("Applicants will receive an ID card.",
     ("will receive an ID card", "residency_legal_status", "protective")),
    ("Women are ordered to register with the police.",
     ("are ordered to register", "residency_legal_status", "neutral")),
    ("Police have stepped up checks on trains.",
     ("have stepped up checks", "border_control", "restrictive")),
    ("The army is building a fence along the river.",
     ("is building a fence", "border_control", "restrictive")),
    ("Guards stopped a truck carrying defectors.",
     ("stopped a truck", "detention_arrest", "restrictive")),
    ("The defectors were taken to a police station.",
     ("were taken to a police station", "detention_arrest", "restrictive")),
    ("Seoul filed a protest with Beijing.",
     ("filed a protest", "diplomatic_request_protest", "protective")),
    ("The minister asked China to release the refugees.",
     ("asked", "diplomatic_request_protest", "protective")),
    ("Pyongyang asked China to return the defectors.",
     ("asked", "diplomatic_request_protest", "restrictive")),
    ("Police are keeping a blacklist of escapees.",
     ("are keeping a blacklist", "other", "restrictive")),
    ("Their parents were warned by the police.",
     ("Their parents were warned", "family_pressure", "restrictive")),
    ("Detainees sent back to the North",
     ("sent", "repatriation", "restrictive")),
]  # fmt: skip


# official actor + verb + affected group, classified by the verb's lemma set (policies-3)
OFFICIAL_ACTIONS = [
    ("The court fined two brokers and seized their savings.",
     [("fined", "other", "restrictive"), ("seized", "other", "restrictive")]),
    ("Police in Yanji regularly checked on the women.",
     [("regularly checked", "other", "restrictive")]),
    ("Beijing returned 40 refugees last week.", [("returned", "repatriation", "restrictive")]),
    ("Three defectors were sentenced to five years.",
     [("were sentenced", "detention_arrest", "restrictive")]),
    ("Workers confined to their dormitories", [("confined", "other", "restrictive")]),
    ("Border guards helped the women.", [("helped", "other", "protective")]),
    ("The UN committee pressed China on the return of refugees.",
     [("pressed China on the return", "diplomatic_request_protest", "protective")]),
    ("Beijing rejected the figure.", [("rejected the figure", "other", "neutral")]),
    ("Pyongyang keeps the border closed.", [("keeps the border", "border_control", "restrictive")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), OFFICIAL_ACTIONS)
def test_official_actor_acting_on_a_group(model, text, expected):
    rows = _rows(model, text)
    assert [(r.mention, r.category, r.direction) for r in rows] == expected
    assert all(text[r.start : r.end] == r.mention for r in rows)


@pytest.mark.parametrize(
    "text",
    [
        "Police arrived at noon.",
        "Defectors questioned the decision.",
        "The ministry paid attention to people.",
        "Defectors fear that the court will jail them.",
        "The broker charged each client 10,000 yuan.",
    ],
)
def test_non_acts_and_non_state_actors_yield_no_rows(model, text):
    assert _rows(model, text) == []


@pytest.mark.parametrize(("text", "expected"), FAMILIES)
def test_general_families_read_own_variants(model, text, expected):
    rows = _rows(model, text)
    assert [(r.mention, r.category, r.direction) for r in rows] == [expected]
    assert all(text[r.start : r.end] == r.mention for r in rows)


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_rule_families_read_real_phrasings(model, text, expected):
    rows = _rows(model, text)
    got = [
        (r.mention, r.category, r.direction, r.certainty, r.actor, r.actor_country) for r in rows
    ]
    assert got == [expected]
    assert all(text[r.start : r.end] == r.mention for r in rows)
    assert rows[0].rules_version == policy.version()


@pytest.mark.parametrize(
    "text",
    [
        "Defectors worry that North Korea and China may improve cooperation on repatriating them.",
        "If the border reopens, they might be at risk.",
        "Defectors fear that after three years, North Korea will reopen its borders.",
        "If you slip up, you can be arrested and repatriated.",
        "Chinese authorities could use the information to arrest her.",
        "Defectors are waiting for the border checks to ease.",
        "A broker who asked not to be named said little.",
        "Workers send money back to the North.",
        "Nothing happened to anyone yesterday.",
        "",
    ],
)
def test_fears_hypotheticals_and_plain_text_yield_no_rows(model, text):
    assert _rows(model, text) == []


def test_date_and_place_in_the_same_sentence_are_linked(model):
    text = "The border is open. China forcibly repatriated 600 North Koreans last October."
    place = _place(text, "China", "China", "country", "CN")
    start = text.index("last October")
    date = schema.DateMention("t", start, start + 12, "last October", text, "relative",
                              "2023-10", "month", "", "", "past", "", "dates-1")  # fmt: skip
    (row,) = _rows(model, text, [date], [place])
    assert (row.date, row.date_start, row.place, row.place_start) == ("2023-10", start, "China", 20)


def test_body_offsets_map_back_to_raw(model):
    raw = "MENU\nShare\nChina forcibly repatriated hundreds of refugees."
    at = raw.index("China")
    article = schema.Article("t", raw, Body.from_spans(raw, [(at, len(raw))]), None)
    (row,) = _rule_rows(model(article.body.text), article)
    assert (row.start, row.end, row.mention) == (at + 6, at + 26, "forcibly repatriated")
    assert raw[row.start : row.end] == row.mention


def test_reporting_verbs_are_the_shared_speech_verbs_less_announce_and_hedges():
    left_out = SPEECH_VERBS - lexicon.REPORTING
    assert left_out == {"announce", "believe", "warn"}
    assert not lexicon.REPORTING & lexicon.WORDS.FEARS


def test_raw_span_covers_tokens_given_out_of_order():
    from nkreports.facts.policy.actors import raw_span

    raw = "Police in Yanji detained them."
    doc = load_nlp().make_doc(raw)
    article = schema.Article("t", raw, Body.whole(raw), None)
    assert raw_span(article, [doc[2], doc[0]]) == (0, 15)


@pytest.mark.parametrize(
    ("text", "method"),
    [
        ("China forcibly repatriated hundreds of North Korean refugees.", "repatriation"),
        ("China has denied the reports of mass expulsions.", "denial"),
        ("Chinese police carried out arrests of North Korean women in Yanji.", "nominal"),
        ("The minister said deserters must be granted refugee status.", "demand"),
    ],
)
def test_a_rule_row_names_its_family_and_has_no_confidence(model, text, method):
    rows = _rows(model, text)
    assert [(r.method, r.confidence) for r in rows] == [(method, None)]


def test_a_title_inside_a_named_entity_reads_without_recursion(model):
    """A title the NER puts in a person's entity ('Pastor' of 'Pastor Daniel') is no loop.

    Names given a state title once make a later bare name an official; finding those names must
    not itself ask whether the title is such a name.
    """
    from spacy.tokens import Doc

    from nkreports.facts.policy.actors import is_official

    words = ["Pastor", "Daniel", "said", "police", "held", "them"]
    pos = ["NOUN", "PROPN", "VERB", "NOUN", "VERB", "PRON"]
    deps = ["compound", "nsubj", "ROOT", "nsubj", "ccomp", "dobj"]
    ents = ["B-PERSON", "I-PERSON", "O", "O", "O", "O"]
    doc = Doc(model.vocab, words=words, pos=pos, heads=[1, 2, 2, 4, 2, 4], deps=deps, ents=ents)
    assert [is_official(t) for t in doc] == [False, False, False, True, False, False]
