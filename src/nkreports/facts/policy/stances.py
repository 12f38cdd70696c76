"""Who says a statement: a verb of saying, a cited source, a state's position or viewpoint.

'China's position is that they are economic migrants'; 'From Beijing's point of view they are
migrants'; 'to the government they are illegal border-crossers'.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from nkreports.facts.policy import grammar
from nkreports.facts.policy.actors import is_official
from nkreports.facts.policy.lexicon import WORDS

_VIEWPOINTS = {"to", "from", "in"}  # 'to the government', 'from Beijing's point of view'
_LABEL = 10  # the most tokens a transcript's speaker label takes, colon included
_PLACES = frozenset({"GPE", "LOC"})  # a dateline's 'SEOUL:' names no speaker


def holders(noun: Token) -> list[Token]:
    """Who holds a stance noun: 'China's position', 'the view of the ministry'.

    'point of view' is held as 'point' is: "Beijing's point of view".
    """
    if grammar.lemma_of(noun) not in WORDS.STANCES and not _point_of_view(noun):
        return []
    owned = [c for c in noun.children if c.dep_ == "poss"]
    return owned + grammar.pobjs(noun, {"of"})


def _point_of_view(noun: Token) -> bool:
    return grammar.lemma_of(noun) == "point" and any(
        grammar.lemma_of(p) == "view" for p in grammar.pobjs(noun, {"of"})
    )


def stated_position(verb: Token) -> Token | None:
    """The copula whose subject is a state's stance, when `verb` is the clause it states.

    'China's position, restated this year, is that [they are economic migrants]'.
    """
    head = verb.head
    if verb.dep_ != "ccomp" or grammar.lemma_of(head) != "be":
        return None
    stances = [c for c in head.children if c.dep_ == "nsubj" and holders(c)]
    return head if stances else None


def told_as_stance(path: list[Token]) -> bool:
    """Tell whether a clause on the path is what a stance says: "Beijing's reply is that …"."""
    positions = [p for t in path if (p := stated_position(t)) is not None]
    return any(map(held_by_officials, positions))


def held_by_officials(speaker: Token) -> bool:
    """Tell whether a stance copula's stance is a state's: "China's position is that"."""
    stances = [c for c in speaker.children if c.dep_ == "nsubj"]
    return any(is_official(h) for s in stances for h in holders(s))


def official_viewpoint(verb: Token) -> bool:
    """Tell whether the clause is said from a state's viewpoint.

    'to the government they are illegal border-crossers', "in Beijing's view they are migrants";
    not 'to their neighbours they are just wives'.
    """
    seen = grammar.pobjs(verb, _VIEWPOINTS)
    return any(is_official(p) or any(map(is_official, holders(p))) for p in seen)


def speaker_of(verb: Token) -> Token | None:
    """The verb of saying or thinking that governs the copula, or that it governs ('…, it said').

    A clause joined to a said one is said too: 'said there was no campaign and that they are not
    refugees'.
    """
    while verb.dep_ == "conj" and verb.head.pos_ in {"VERB", "AUX"}:
        verb = verb.head
    clear = any(c.lower_ == "clear" for c in verb.head.children)  # 'made clear that'
    said = grammar.lemma_of(verb.head) in WORDS.CLAIMING or (
        grammar.lemma_of(verb.head) == "make" and clear
    )
    if verb.dep_ in {"ccomp", "xcomp"} and said:
        return verb.head
    if (position := stated_position(verb)) is not None:
        return position  # "China's position is that they are migrants"
    return next(
        (
            c
            for c in verb.children
            if c.dep_ in {"ccomp", "parataxis"} and grammar.lemma_of(c) in WORDS.CLAIMING
        ),
        None,
    )


def official_speaker(speaker: Token) -> bool:
    """Tell whether the one who says it is a state body ('the ministry') or 'it'.

    A participle without a subject has its head's: 'the authorities describe them as migrants,
    claiming that none are refugees'.
    """
    if held_by_officials(speaker):
        return True
    subjects = [c for c in speaker.children if c.dep_ == "nsubj"]
    if not subjects and speaker.tag_ == "VBG" and speaker.dep_ in {"advcl", "xcomp", "conj"}:
        subjects = [c for c in speaker.head.children if c.dep_ == "nsubj"]
    return any(is_official(s) or s.lower_ == "it" for s in subjects)


def cites_a_source(sent: Span) -> bool:
    """Tell whether the sentence cites a source: 'according to activists', not 'to the law'."""
    return any(
        t.lower_ == "according"
        and t.i + 1 < sent.end
        and t.doc[t.i + 1].lower_ == "to"
        and not any(grammar.lemma_of(g) in WORDS.LAWFUL for g in t.doc[t.i + 1].children)
        for t in sent
    )


def official_turn(token: Token) -> Span | None:
    """The official a transcript's turn names before a colon: 'Spokesperson Lin Jian: They …'.

    The label opens the token's paragraph (the turn runs to the paragraph's end), has no verb and
    names an official by office or by a name given a title before; not 'Q:', 'Update:', a
    dateline's 'SEOUL:' or a witness's 'Kim:'.
    """
    doc = token.doc
    i = token.sent.start
    while i > 0 and "\n" not in doc[i - 1].text:
        i -= 1
    colon = next((t.i for t in doc[i : min(i + _LABEL, len(doc))] if t.text == ":"), None)
    if colon is None or colon == i or colon >= token.i:
        return None
    label = doc[i:colon]
    if any(t.pos_ in {"VERB", "AUX"} for t in label):
        return None
    official = any(is_official(t) for t in label if t.ent_type_ not in _PLACES)
    return label if official else None


def officially_said(verb: Token) -> bool:
    """Tell whether an official says the clause: by a verb of saying or in a transcript's turn."""
    speaker = speaker_of(verb)
    return (speaker is not None and official_speaker(speaker)) or official_turn(verb) is not None


def in_question(trigger: Token) -> bool:
    """Tell whether the trigger is in a question, or is a journalist's or a member's question.

    'Will China return them?', 'Asked whether the eleven would be returned, Wang said ...', 'To
    ask the Secretary of State what representations ...': none of them tells an act.
    """
    sent, doc = trigger.sent, trigger.doc
    last = sent.end - 1
    while last > sent.start and doc[last].is_space:
        last -= 1
    if doc[last].text == "?":
        return True
    if grammar.lemma_of(trigger) != "ask" or any(
        c.dep_ in {"nsubj", "nsubjpass"} for c in trigger.children
    ):
        return False
    return {t.lower_ for t in doc[sent.start : trigger.i] if t.is_alpha} <= {"to"}
