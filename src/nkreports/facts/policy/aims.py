"""What a request asks for, and so its direction: the aim of the act asked of a state.

Asking China not to send people back, to let them go, to free them or to send them where they
choose is protective; asking for their return is restrictive; asking access for monitors or
figures, with no aim for the people, is neutral.
"""

from __future__ import annotations

from spacy.tokens import Token

from nkreports.facts.policy import grammar
from nkreports.facts.policy.destinations import destination
from nkreports.facts.policy.lexicon import WORDS
from nkreports.schema import Direction

# the action's mark when what is asked is access or figures, no aim for the people (neutral)
NO_AIM_FOR_PEOPLE = " (access or figures)"


def _infinitive(token: Token) -> bool:
    """Tell whether a clause is a to-infinitive: 'called on China [to refrain from ...]'."""
    clause = token.dep_ in {"advcl", "acl", "relcl"}  # 'calls [to not send them back]'
    return clause and grammar.is_infinitive(token)


def asked_for(verb: Token) -> Direction | None:
    """Direction of a request: 'to halt returns' protective, 'to send them back' restrictive.

    Sending people on to South Korea, a third country or an embassy, or where they choose, is
    what spares them: 'asked China to send the defectors to South Korea', 'demanded they be
    handed over to the embassy', 'to be sent wherever they choose'.
    """
    content = [c for c in verb.children if c.dep_ in {"xcomp", "ccomp"} or _infinitive(c)]
    content += [
        g for c in grammar.prep(verb, {"on"}) for g in c.children if g.dep_ in {"xcomp", "pobj"}
    ]
    content = [c for c in content if c.pos_ in {"VERB", "AUX"}]
    if content and any(m.lower_ in {"whether", "if"} for m in content[0].children):
        return None  # 'asked Beijing whether they would be sent back' asks no aim
    if content and figures(content[0].left_edge):
        return Direction.NEUTRAL  # 'asked how many had been returned' asks for figures
    return aim_of(content[0]) if content else None


def aim_of(asked: Token) -> Direction | None:
    """Direction asked: not to act, to spare or free (protective), not to allow, to return."""
    lemma = grammar.lemma_of(asked)
    negated = grammar.is_negated(asked) or grammar.done_to_nobody(asked)  # 'that none be sent'
    if lemma in WORDS.ALLOWS and negated:  # 'that none be allowed to stay'
        return Direction.RESTRICTIVE
    if not negated and _admits_monitors(asked):  # access asked with no aim for the people
        return Direction.NEUTRAL
    if negated or lemma in WORDS.SPARES or _of_their_choosing(asked):
        return Direction.PROTECTIVE
    if lemma not in WORDS.RETURNS:
        return None
    onward = destination(asked) == "third" or any(
        grammar.lemmas(t) & WORDS.MISSIONS for t in grammar.pobjs(asked, {"to"})
    )
    return Direction.PROTECTIVE if onward else Direction.RESTRICTIVE


def _admits_monitors(asked: Token) -> bool:
    """Tell whether all that is asked is that monitors see people held, or their places.

    'let UNHCR see the detained women', 'allow UN staff to visit the detention centres'; not 'let
    the women go', 'allow UNHCR to determine their status' (a status, read by `asylum_access`),
    'let diplomats meet the defectors and take them to Seoul' (an aim for them), 'let observers
    see the border fence', nor 'give UNHCR access to the asylum seekers', which the sets'
    annotators and realdev's read as asked for the people.
    """
    if grammar.lemma_of(asked) not in WORDS.ALLOWS:
        return False
    acts = [c for c in asked.children if c.dep_ in {"xcomp", "ccomp"}]
    parties = [c for c in asked.children if c.dep_ in {"dobj", "dative", "nsubjpass"}]
    parties += [s for a in acts for s in a.children if s.dep_ == "nsubj"]
    monitors = any(grammar.own_words(p) & WORDS.MONITORS for p in parties)
    if not (monitors and acts and all(grammar.lemma_of(a) in WORDS.VISITS for a in acts)):
        return False
    seen = [o for a in acts for o in grammar.objects(a)]
    held = all(grammar.is_group(o) or grammar.core(o) & WORDS.HELD_AT_PLACES for o in seen)
    more = [  # a further act asked, or an aim: 'and take them to Seoul', 'to determine'
        t
        for t in asked.subtree
        if t.pos_ in {"VERB", "AUX"}
        and t is not asked
        and t not in acts
        and t.dep_ not in {"amod", "acl", "aux", "auxpass"}
    ]
    return bool(seen) and held and not more


def _of_their_choosing(verb: Token) -> bool:
    """Tell whether people go where they wish: 'sent where they want to go', 'of their choice'."""
    chosen = any(
        grammar.lemma_of(t) in WORDS.CHOICES
        and any(c.dep_ == "poss" and grammar.is_group(c) for c in t.children)
        for t in verb.subtree
    )  # 'a country of their choice'; not 'a place of its choosing'
    wished = any(
        c.dep_ in {"advcl", "ccomp", "relcl"}
        and grammar.lemma_of(c) in WORDS.WISHES
        and any(s.dep_ == "nsubj" and grammar.is_group(s) for s in c.children)
        for c in verb.subtree
    )  # 'where they want to go'; not 'wherever it chooses'
    return chosen or wished


def figures(word: Token) -> bool:
    """Tell whether a question asks for figures, which a state is asked for: 'how many'."""
    return word.lower_ == "how" and word.nbor().lower_ in {"many", "much"}
