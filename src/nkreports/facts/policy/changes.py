"""Reported policy changes and official actions: who did what to North Koreans abroad, how sure.

A trigger is a verb (or an action noun) that a rule family in `families` reads as an
official action. Hypotheticals and fears ("may improve cooperation on repatriating", "if the
border reopens", "fear that ... will reopen its borders") are not reported changes and are skipped.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from nkreports import schema
from nkreports.facts.attribution import inside_quote
from nkreports.facts.policy import grammar
from nkreports.facts.policy.actors import raw_span, resolve_actor
from nkreports.facts.policy.codebook import codebook, codebook_markdown
from nkreports.facts.policy.demands import demand, stated
from nkreports.facts.policy.denials import denied_act, denies_a_claim, without_denied_contents
from nkreports.facts.policy.families import read_action
from nkreports.facts.policy.grammar import Hit
from nkreports.facts.policy.imperatives import asked_by_others, reported_within
from nkreports.facts.policy.lexicon import REPORTING, WORDS
from nkreports.facts.policy.model import MODEL_FILES, Reading
from nkreports.facts.policy.participles import without_naming
from nkreports.facts.policy.prefilter import readable_tokens
from nkreports.facts.policy.requests import asked_by_noun
from nkreports.facts.policy.stances import (
    cites_a_source,
    in_question,
    official_turn,
    told_as_stance,
)
from nkreports.paths import stage_version
from nkreports.schema import Certainty

__all__ = [
    "RULES_VERSION",
    "certainty",
    "codebook",
    "codebook_markdown",
    "policy_row",
    "rule_readings",
    "tight_span",
    "version",
]

RULES_VERSION = "policies-80"
RESOURCE_FILES = ("codebook.csv", "policy_words.toml", *MODEL_FILES)
_SPOKEN = WORDS.ASKS | WORDS.PROTESTS  # verbs whose purpose clause is a request made


@lru_cache(maxsize=1)
def version() -> str:
    """The policy stage's version: its rules plus a digest of the codebook it codes by."""
    return stage_version(RULES_VERSION, RESOURCE_FILES)


def _hypothetical(path: list[Token]) -> bool:
    """Tell whether a modal or if-clause (in the trigger's own clause) or a fear governs it."""
    own_clause = True
    for below, token in zip([None, *path], path, strict=False):
        lemma = token.lemma_.lower()
        if lemma in REPORTING:
            return False
        coordinated = below is not None and below.dep_ == "conj"  # 'requested X and reminded'
        fears = lemma in WORDS.FEARS or lemma in WORDS.REQUESTS
        spoken = below is not None and below.dep_ == "xcomp"  # 'want to stress', 'make clear'
        clear = spoken and any(c.lower_ == "clear" for c in below.children)
        stressed = spoken and (below.lemma_ in WORDS.CLAIMING or clear)
        if fears and token is not path[0] and not (coordinated or stressed):  # 'want to stress'
            return True
        if _conditional(token, modal=own_clause):
            return True
        own_clause = own_clause and token.dep_ != "ccomp"
    # a purpose ('went there to arrest them') or a noun's infinitive ('its obligation not to
    # return anyone', 'a decision to send them back') is no reported act; an effort's is
    # ('step up efforts to track them down')
    # a purpose that is a request is made by the act it serves: 'held a hearing to urge China'
    spoken = path[0].lemma_.lower() in _SPOKEN
    infinitive = (path[0].dep_ == "advcl" and not spoken) or (
        path[0].dep_ == "acl" and path[0].head.lemma_.lower() not in WORDS.EFFORTS
    )
    marks = {c.lower_ for c in path[0].children if c.dep_ == "mark"}
    aimed = path[0].dep_ == "advcl" and "so" in marks  # 'efforts so that they will not be returned'
    asked = asked_by_noun(path[0]) is not None  # "calls not to send them back", misparsed
    return aimed or asked or (infinitive and grammar.is_infinitive(path[0]))


def _conditional(token: Token, modal: bool) -> bool:
    """Tell whether the token has an if/unless clause or, if `modal`, may/can (not 'cannot').

    'even if' concedes and a bare 'if they wish' leaves the choice to the people: no condition.
    A clause opened by 'Should', 'Were' or 'Had' is a condition too: 'Should China return them'.
    """
    opener = token.doc[token.left_edge.i]  # 'Should China return them, ...', 'Were they to be'
    inverted = opener.i == token.sent.start and opener.lower_ in {"should", "were", "had"}
    if inverted and token.dep_ == "advcl" and opener in (token, *token.children):
        return True
    barred = any(c.dep_ == "neg" for c in token.children)  # 'cannot be treated as refugees'
    now = any(c.dep_ == "advmod" and c.lower_ == "now" for c in token.children)  # 'can now be'
    for child in token.children:
        cannot = barred and child.lower_ in {"can", "ca", "could"}  # a rule or a fact, not a maybe
        cannot = cannot or (now and child.lower_ in {"can", "may"})  # a permission given
        if modal and child.dep_ == "aux" and child.lower_ in WORDS.MODALS and not cannot:
            return True
        clause = child if child.dep_ == "advcl" else token if child.dep_ == "mark" else None
        marks = [g.lower_ for g in clause.children if g.dep_ == "mark"] if clause else []
        concessive = clause is not None and any(g.lower_ == "even" for g in clause.children)
        wished = (  # a bare 'if they wish'; 'if they wish to leave' is a condition
            clause is not None
            and clause.lemma_.lower() in WORDS.WISHES
            and not any(c.dep_ in {"xcomp", "ccomp", "dobj"} for c in clause.children)
        )
        if {"if", "unless", "whether"} & set(marks) and not (concessive or wished):
            return True
    return False


def _rumored(trigger: Token) -> bool:
    """Tell whether a rumor noun ('rumors go around that', 'word is going around') precedes."""
    before = trigger.doc[trigger.sent.start : trigger.i]
    return any(
        t.lemma_.lower() in WORDS.RUMORS or (t.lower_ == "word" and t.head.lemma_ in WORDS.SPREADS)
        for t in before
    )


def _own_clause(path: list[Token]) -> list[Token]:
    """The path up to the clause that asserts the trigger.

    A relative clause, a participle on a noun, a practice's act ('the practice of returning
    them'), an 'after/because' clause in the past tense or a clause beyond a semicolon states a
    fact whatever governs it: in 'asked China not to send back nine who were detained last week'
    the detention happened; in 'after China sent them back, wives fear ...' the return happened;
    in 'fear they will be tortured after they are sent back' nothing has.
    """
    if grammar.is_infinitive(path[0]):
        return path  # an infinitive asserts nothing: 'urges all countries ... not to return them'
    for n, token in enumerate(path[:-1]):
        if _semicolon(token):
            return path[: n + 1]
        marks = {c.lower_ for c in token.children if c.dep_ == "mark"}
        # 'nine North Koreans held in Yunnan', not 'calls to send' or 'the risk that they will'
        bare = not any(c.dep_ in {"aux", "auxpass", "mark"} for c in token.children)
        modifier = (token.dep_ == "relcl" and not grammar.is_infinitive(token)) or (
            token.dep_ == "acl" and bare
        )
        habit = token.dep_ == "pcomp" and token.head.head.lemma_.lower() in WORDS.PRACTICES
        modifier = modifier or habit  # 'concerned about China's practice of repatriating them'
        past = token.tag_ == "VBD" or any(c.tag_ == "VBD" for c in token.children)
        told = marks & WORDS.FACT_MARKS and (past or "after" not in marks)  # 'after' looks ahead
        if modifier or (token.dep_ == "advcl" and told):
            return path[: n + 1]
    return path


def _told(path: list[Token]) -> list[Token]:
    """The path up to a noun whose that-clause tells what was reported.

    No request above it makes the report hypothetical: 'urged China to halt returns after
    receiving information that 43 were driven across'.
    """
    for n, token in enumerate(path[:-1]):
        marks = {c.lower_ for c in token.children if c.dep_ == "mark"}
        if token.dep_ == "acl" and "that" in marks and token.head.lemma_.lower() in WORDS.TIDINGS:
            return path[: n + 2]
    return path


def _semicolon(token: Token) -> bool:
    """Tell whether a semicolon stands between a token and its head: two clauses, not one."""
    lo, hi = sorted((token.i, token.head.i))
    return any(t.text == ";" for t in token.doc[lo:hi])


def certainty(trigger: Token) -> Certainty | None:
    """Return denied, rumor, claimed_by_source or reported_fact; None for a hypothetical or fear."""
    if in_question(trigger):
        return None
    path = [trigger, *trigger.ancestors]
    own = _own_clause(path)
    if _hypothetical(_told(own)):
        return None
    lemmas = {t.lemma_.lower() for t in path[1:]}  # what reports the act, not the act itself
    if {t.lemma_.lower() for t in own[1:]} & WORDS.DENYING or denies_a_claim(trigger):
        return Certainty.DENIED
    if _rumored(trigger):
        return Certainty.RUMOR
    # an accusation puts the act in the accuser's mouth: 'accused China of returning them'
    accused = {t.lemma_.lower() for t in path[1:]} & WORDS.ACCUSES
    heard = any(t.lemma_.lower() in WORDS.TIDINGS for t in own[1:])  # 'news that they were sent'
    reported = lemmas & REPORTING or accused or heard or cites_a_source(trigger.sent)
    reported = reported or official_turn(trigger) is not None  # an official's turn, transcribed
    if denied_act(trigger):  # 'the embassy says no one was returned', "Beijing's reply is that"
        if reported or told_as_stance(path):
            return Certainty.DENIED
        if grammar.done_to_nobody(trigger):
            return None  # 'nobody was arrested at the match' reports no act
    if reported or inside_quote(trigger.doc, trigger.idx):
        return Certainty.CLAIMED_BY_SOURCE
    return Certainty.REPORTED_FACT


def tight_span(trigger: Token, hit: Hit) -> Span:
    """Return the tight mention: auxiliaries, negation, -ly adverb, particle, trigger, rule keys."""
    keep = [trigger]
    for child in trigger.children:
        if child.dep_ in {"aux", "auxpass", "neg", "prt"} or (
            child.dep_ == "advmod" and child.text.endswith("ly") and abs(child.i - trigger.i) == 1
        ):
            keep.append(child)
    for key in hit.keys:
        pobj = [g for g in key.children if g.dep_ == "pobj"] if key.dep_ == "prep" else []
        head = pobj[0] if pobj else key
        left = [c.left_edge for c in head.lefts if c.dep_ != "punct"]
        keep += [key, head, *left]
    start, end = min(t.i for t in keep), max(t.i for t in keep) + 1
    doc = trigger.doc
    opened = sum(t.text in '“‘"' for t in doc[start:end]) > sum(
        t.text in "”’" for t in doc[start:end]
    )
    if opened and end < len(doc) and doc[end].text in '”’"':
        end += 1
    return doc[start:end]


def _nearest(rows: list, sentence: tuple[int, int], at: int):
    """Return the row of `rows` inside the raw sentence span nearest to raw offset `at`, or None."""
    inside = [r for r in rows if sentence[0] <= r.start < sentence[1]]
    return min(inside, key=lambda r: abs(r.start - at), default=None)


def policy_row(
    article: schema.Article,
    sent: Span,
    span: Span,
    hit: Hit,
    sure: Certainty,
    actor: tuple[str, str],
    links: tuple[list[schema.DateMention], list[schema.Place]],
    confidence: float | None = None,
) -> schema.PolicyChange:
    """The row of one official action: its mention, reading, actor, and the nearest date and place.

    The linked date is the nearest resolved date in the sentence (durations have no point value).
    """
    dates, places = links
    raw_sentence = raw_span(article, sent)
    fact = schema.provenance(article, span.start_char, span.end_char, sent.text)
    date = _nearest([d for d in dates if d.value], raw_sentence, fact["start"])
    place = _nearest(places, raw_sentence, fact["start"])
    return schema.PolicyChange(
        **fact,
        actor=actor[0],
        actor_country=actor[1],
        action=hit.action,
        category=hit.category,
        direction=hit.direction,
        certainty=sure,
        method=hit.method,
        confidence=confidence,
        date=date.value if date else "",
        date_start=date.start if date else None,
        place=place.name if place else "",
        place_start=place.start if place else None,
        rules_version=version(),
    )


def rule_readings(
    doc: Doc,
    article: schema.Article,
    dates: list[schema.DateMention],
    places: list[schema.Place],
) -> list[Reading]:
    """Every official action the rule families read in the body, with its row."""
    readings, last = [], ("unknown", "")
    readable = readable_tokens(doc)
    for sent in doc.sents:
        asked = asked_by_others(sent)  # an NGO's own list of requests: '(a) Release those held'
        for i in readable[(readable >= sent.start) & (readable < sent.end)]:
            token = doc[int(i)]
            if asked and not reported_within(token):
                continue
            hit = read_action(token)
            sure = certainty(token) if hit else None
            if hit is None or sure is None:
                continue
            span, sure = tight_span(token, hit), stated(token, hit, sure)
            hit, doer, sure = demand(token, hit, sure)
            if hit is None:
                continue
            actor = resolve_actor(doer, places, article, last)
            last = actor if actor[1] else last
            row = policy_row(article, sent, span, hit, sure, actor, (dates, places))
            readings.append(Reading(token, span, row))
    return without_denied_contents(without_naming(readings))
