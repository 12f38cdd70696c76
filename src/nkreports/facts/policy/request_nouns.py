"""A request named by a noun: "Seoul's calls not to return them", 'despite appeals from abroad'.

Made by a state (its own, or one it is asked of) or in the open ('international appeals'), it is
a `diplomatic_request_protest` in the direction of its aim, as the verbs' requests are.
"""

from __future__ import annotations

from spacy.tokens import Token

from nkreports.facts.policy import grammar
from nkreports.facts.policy.actors import is_official
from nkreports.facts.policy.aims import aim_of, asked_for
from nkreports.facts.policy.grammar import Hit
from nkreports.facts.policy.lexicon import WORDS
from nkreports.facts.policy.requests import asked_by_noun
from nkreports.schema import Category, Direction


def request_noun(noun: Token) -> Hit | None:
    """Catch a request named by a noun, made by a state or in the open.

    Phrasings:
        - "Seoul's calls to not return them north" (protective: its aim)
        - 'despite several requests for access' (neutral: no aim)
        - 'despite appeals from abroad', 'despite international appeals' (protective: an appeal
          speaks for people), 'despite a global campaign for his release'
    """
    lemma = grammar.lemma_of(noun)
    freed = [p for p in grammar.pobjs(noun, {"for"}) if grammar.lemma_of(p) in WORDS.AIMS]
    if lemma not in WORDS.REQUEST_NOUNS and not (lemma in WORDS.CAMPAIGNS and freed):
        return None  # 'a worldwide campaign for his release' asks for it
    owners = [c for c in noun.children if c.dep_ == "poss" and is_official(c)]
    if noun.dep_ == "dobj" and grammar.lemma_of(noun.head) in WORDS.MAKES_REQUESTS:
        # 'the agency repeated its request for access'; not 'police ignored her request'
        owners += [s for s in noun.head.children if s.dep_ == "nsubj" and is_official(s)]
    owners += [p for p in grammar.pobjs(noun, {"for", "to"}) if is_official(p)]  # 'for China to'
    public = [c for c in noun.children if c.dep_ == "amod" and c.lower_ in WORDS.PUBLIC_REQUESTS]
    makers = [s for s in noun.head.children if s.dep_ == "nsubj"] if noun.dep_ == "dobj" else []
    makers += [c for c in noun.children if c.dep_ == "poss"]  # 'parents made repeated requests'
    if not (owners or (public and not makers)):
        return None
    asked = [t for t in noun.doc[noun.i + 1 : noun.i + 4] if asked_by_noun(t) == noun]
    asked = asked if owners else []  # a misparsed aim needs an official asker, not 'urgent calls'
    aim = asked_for(noun) or (aim_of(asked[0]) if asked else None)
    if lemma == "call" and aim is None and not grammar.pobjs(noun, {"for"}):
        return None  # 'an international phone call'
    said = set().union(*(grammar.lemmas(c) for c in noun.children if c.dep_ != "poss"))
    said |= set().union(*(grammar.lemmas(a) for a in asked))
    pleads = lemma in WORDS.APPEALS and not grammar.pobjs(noun, {"against"})  # not a court's
    if not (aim or pleads or said & WORDS.AIMS or any(grammar.is_group(t) for t in noun.subtree)):
        return None  # 'despite repeated requests for comment' asks nothing about people
    direction = aim or (
        Direction.PROTECTIVE if said & WORDS.AIMS or lemma in WORDS.APPEALS else Direction.NEUTRAL
    )
    return Hit(Category.DIPLOMATIC_REQUEST_PROTEST, direction, lemma, tuple(owners or public)[:1])
