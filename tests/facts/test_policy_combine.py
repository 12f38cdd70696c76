"""The policy model at run time: candidates, feature texts, loading, and how it judges the rules."""

import pytest
import spacy

from nkreports import schema
from nkreports.facts.policy import combine, model
from nkreports.facts.policy.model import NONE, Reading, Verdict
from nkreports.schema import MODEL_METHOD


def row(start, end, category="repatriation", direction="restrictive", method="repatriation"):
    return schema.PolicyChange(
        "t", start, end, "m", "s", "China", "CN", "send back", category, direction,
        "reported_fact", method, None, "", None, "", None, "policies-5",
    )  # fmt: skip


def test_verbs_and_action_nouns_are_candidates(sweep_doc):
    assert [t.text for t in sweep_doc if model.is_candidate(t)] == ["arrested", "sent", "sweep"]


def test_root_copula_and_headline_proper_noun_are_candidates_but_auxiliaries_are_not(parsed):
    copula = parsed(
        [
            ("Crossing", "VERB", "VBG", "cross", 1, "csubj"),
            ("is", "AUX", "VBZ", "be", 0, "ROOT"),
            ("punishable", "ADJ", "JJ", "punishable", -1, "acomp"),
            (".", "PUNCT", ".", ".", -2, "punct"),
        ]
    )
    assert [t.text for t in copula if model.is_candidate(t)] == ["Crossing", "is"]
    headline = parsed(
        [
            ("China", "PROPN", "NNP", "China", 1, "compound"),
            ("Arrest", "PROPN", "NNP", "Arrest", 2, "nsubjpass"),
            ("were", "AUX", "VBD", "be", 1, "auxpass"),
            ("made", "VERB", "VBN", "make", 0, "ROOT"),
        ]
    )
    assert [t.text for t in headline if model.is_candidate(t)] == ["Arrest", "made"]


def test_a_rule_trigger_is_a_candidate_and_a_reading_covers_its_mention(sweep_doc):
    back = Reading(sweep_doc[7], sweep_doc[5:8], row(27, 41))
    found = model.candidates(next(sweep_doc.sents), [back])
    assert [(t.text, r is back) for t, r in found] == [
        ("arrested", False),
        ("sent", True),
        ("back", True),
        ("sweep", False),
    ]


def test_features_mark_the_window_and_name_the_parse_and_the_rule(sweep_doc):
    words = model.features(sweep_doc[5], row(27, 41))
    at = words.index(model.FEATURES)
    window, found = words[:at], words[at + 1 :]
    assert " ".join(window) == "Police arrested 12 men and [[ sent ]] them back after a sweep"
    for word in ("L_send", "D_conj", "P_VBD", "HL_arrest", "A_arrest", "C_dobj_they"):
        assert word in found
    assert found[-4:] == ("R_repatriation", "RD_restrictive", "RC_reported_fact", "RM_repatriation")
    assert model.features(sweep_doc[10], None)[-1] == "R_none"
    assert model.as_doc(spacy.blank("en"), words).text.split() == list(words)


def test_a_missing_model_says_how_to_rebuild_it(tmp_path):
    with pytest.raises(FileNotFoundError, match="make train"):
        model.load_model.__wrapped__(tmp_path)


def test_the_shipped_model_loads_and_its_files_are_in_the_stage_version():
    from nkreports.facts import policy

    assert set(model.MODEL_FILES) <= set(policy.RESOURCE_FILES)
    verdicts = model.load_model().classify([model.features(t, None) for t in _sentence()])
    assert all(v.category == NONE or v.direction for v in verdicts)
    assert all(0.0 <= v.confidence <= 1.0 for v in verdicts)


def _sentence():
    from nkreports.pipeline import load_nlp

    doc = load_nlp()("Chinese police arrested 12 North Korean women in Yanji and sent them back.")
    return [t for t in doc if model.is_candidate(t)]


TEXTS = [
    "Chinese police arrested 12 North Korean women in Yanji and sent them back.",
    "Officers in Dandong are keeping the group at a station near the border, a source said.",
    "Seoul asked Beijing not to send the group back to the North.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_every_rule_row_stays_and_the_model_adds_only_confident_rows(text):
    """Every rule row keeps its span (the model may relabel it); added rows are confident."""
    from nkreports.facts.policy.changes import rule_readings
    from nkreports.pipeline import load_nlp
    from nkreports.text import Body

    doc = load_nlp()(text)
    article = schema.Article("t", text, Body.whole(text), None)
    rules = [r.row for r in rule_readings(doc, article, [], [])]
    rows = combine.extract_policy_changes(doc, article, [], [])
    spans = {(r.start, r.end) for r in rules}
    kept = [r for r in rows if r.method != MODEL_METHOD]
    relabelled = [r for r in rows if r.method == MODEL_METHOD and (r.start, r.end) in spans]
    assert {(r.start, r.end) for r in kept + relabelled} == spans
    added = [r for r in rows if r.method == MODEL_METHOD and (r.start, r.end) not in spans]
    assert all(r.confidence >= combine.ADD_AT for r in added)
    assert all(r.confidence >= combine.RELABEL_AT for r in relabelled)
    assert all(text[r.start : r.end] == r.mention for r in rows)


def test_a_model_action_under_one_of_the_same_category_is_not_a_second_row(sweep_doc):
    arrest = Verdict("detention_arrest", "restrictive", 0.9)
    actions = {1: arrest, 5: Verdict("repatriation", "restrictive", 0.9)}
    assert combine._governed(sweep_doc[5], arrest, {1: arrest})
    assert not combine._governed(sweep_doc[5], actions[5], actions)


@pytest.mark.parametrize(
    ("method", "category", "direction", "verdict", "expected"),
    [
        # the catch-all family takes the model's sure category and direction
        ("official_action", "other", "neutral", Verdict("detention_arrest", "restrictive", 0.7),
         ("detention_arrest", "restrictive", MODEL_METHOD, 0.7)),
        # ... a vague one ('other', 'neutral') even a less sure one, as it says so little
        ("official_action", "other", "neutral", Verdict("detention_arrest", "restrictive", 0.4),
         ("detention_arrest", "restrictive", MODEL_METHOD, 0.4)),
        # ... but not a more precise one, nor below the least probability, nor "none"
        ("official_action", "other", "restrictive", Verdict("detention_arrest", "restrictive", 0.4),
         ("other", "restrictive", "official_action", None)),
        ("official_action", "other", "neutral", Verdict("detention_arrest", "restrictive", 0.2),
         ("other", "neutral", "official_action", None)),
        ("official_action", "other", "neutral", Verdict(NONE, "", 0.9),
         ("other", "neutral", "official_action", None)),
        # a request with no aim found takes the model's direction, never its category
        ("diplomatic_request_protest", "diplomatic_request_protest", "neutral",
         Verdict("diplomatic_request_protest", "protective", 0.8),
         ("diplomatic_request_protest", "protective", MODEL_METHOD, 0.8)),
        ("diplomatic_request_protest", "diplomatic_request_protest", "neutral",
         Verdict("repatriation", "restrictive", 0.9),
         ("diplomatic_request_protest", "neutral", "diplomatic_request_protest", None)),
        # every other family's reading stays
        ("repatriation", "repatriation", "restrictive", Verdict("other", "neutral", 0.95),
         ("repatriation", "restrictive", "repatriation", None)),
    ],
)  # fmt: skip
def test_the_model_relabels_only_the_weakest_readings(
    method, category, direction, verdict, expected
):
    out = combine._relabelled(row(0, 4, category, direction, method), verdict)
    assert (out.category, out.direction, out.method, out.confidence) == expected
    assert (out.start, out.end) == (0, 4)


@pytest.mark.parametrize(
    ("method", "category", "direction", "verdict", "dropped"),
    [
        # a vague catch-all row goes when the model surely finds no action in it
        ("official_action", "other", "neutral", Verdict(NONE, "", 0.8), True),
        ("official_action", "other", "neutral", Verdict(NONE, "", 0.7), False),
        # ... a more precise reading, or another family's, stays whatever the model says
        ("official_action", "other", "restrictive", Verdict(NONE, "", 0.9), False),
        ("repatriation", "other", "neutral", Verdict(NONE, "", 0.9), False),
        ("official_action", "other", "neutral", None, False),
    ],
)  # fmt: skip
def test_only_a_vague_catch_all_row_is_dropped(method, category, direction, verdict, dropped):
    assert combine._dropped(row(0, 4, category, direction, method), verdict) == dropped
