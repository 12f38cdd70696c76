"""The parse helpers of policy rules: objects, passives, groups, phrases, the `Hit` record."""

from __future__ import annotations

from collections.abc import Set
from dataclasses import dataclass

from spacy.tokens import Token

from nkreports.facts.policy.lexicon import WORDS
from nkreports.schema import Category, Direction

# the dependency labels of a verb's patients: object, passive subject, dative, predicate
OBJ_DEPS = frozenset({"dobj", "nsubjpass", "dative", "oprd", "attr"})


@dataclass(frozen=True)
class Hit:
    """What a rule family read from a trigger."""

    category: Category
    direction: Direction
    action: str
    keys: tuple[Token, ...] = ()
    method: str = ""  # the rule family that read it, set by `families.read_action`

    @classmethod
    def restrictive(cls, category: Category, action: str, keys: tuple[Token, ...] = ()) -> Hit:
        """A hit that makes life harder or riskier for North Koreans in China."""
        return cls(category, Direction.RESTRICTIVE, action, keys)

    @classmethod
    def protective(cls, category: Category, action: str, keys: tuple[Token, ...] = ()) -> Hit:
        """A hit that makes North Koreans in China safer or freer."""
        return cls(category, Direction.PROTECTIVE, action, keys)


def lemma_of(token: Token) -> str:
    """Return the token's lemma, lower-cased."""
    return token.lemma_.lower()


def clause_verb(token: Token) -> int | None:
    """The index of the nearest verb above the token: the verb of its clause."""
    return next((a.i for a in token.ancestors if a.pos_ in {"VERB", "AUX"}), None)


def is_infinitive(verb: Token) -> bool:
    """Tell whether the verb is a to-infinitive: 'asked China [to refrain]', 'not [to return]'."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def noun_before(verb: Token) -> Token | None:
    """The noun right before a to-infinitive, whatever the parse made its head.

    "Seoul's calls not to send them back", where the parse may hang 'send' on the main verb.
    """
    if not is_infinitive(verb):
        return None
    marks = [c.i for c in verb.children if c.dep_ in {"aux", "neg"} and c.i < verb.i]
    before = verb.doc[min(marks) - 1] if marks and min(marks) > 0 else None
    return before if before is not None and before.pos_ == "NOUN" else None


def is_negated(verb: Token) -> bool:
    """Tell whether the verb carries 'not' / 'never'."""
    return any(c.dep_ == "neg" for c in verb.children)


def done_to_nobody(verb: Token) -> bool:
    """Tell whether the verb is said of no one: 'no one was returned', 'arrested nobody'."""
    people = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass", "dobj"}]
    return any(
        lemma_of(s) in WORDS.NOBODY or (is_group(s) and any(c.lower_ == "no" for c in s.children))
        for s in people
    )


def headline_passive(verb: Token) -> bool:
    """Tell whether a bare participle reads as a passive: 'Families in Hyesan summoned'.

    A root with no auxiliary and no object reads so when it is a participle ('Seven held', an
    '-en' form the tagger calls past tense: 'Eleven people taken away'), when it opens its line
    with no subject ('Caught 3 July in a rented flat'), or in a headline (no closing mark) when
    its verb is one only done to people: 'Musan families summoned', not 'Students returned'.
    """
    if verb.dep_ != "ROOT" or verb.tag_ not in {"VBN", "VBD"}:
        return False
    lemma = lemma_of(verb)
    participle = verb.tag_ == "VBN" or verb.lower_ in {lemma + "n", lemma + "en"}  # 'taken'
    if any(c.dep_ in {"aux", "auxpass"} for c in verb.children):
        return False
    if any(c.dep_ == "dobj" and lemma_of(c) != "home" for c in verb.children):
        return False  # a headline's 'home' is where to, not an object: 'Waitresses ordered home'
    if participle or subjectless_opening(verb):
        return True  # 'Caught 3 July in a rented flat': no subject, no object, nothing before
    if lemma not in WORDS.DONE_TO:  # 'Students returned to campus' is active
        return False
    words = [t for t in verb.sent if not t.is_space and t.text != "|"]  # a bar ends a field
    return words[-1].is_alpha  # no closing mark at all: a headline


def subjectless_opening(verb: Token) -> bool:
    """Tell whether the verb is the first word of its sentence and has no subject.

    A case file's or a timeline's line: 'Caught 3 July in a rented flat', 'Held in Jinghong for
    seven weeks'; not 'Police caught them' or 'Ahead of the Games, police held ...'.
    """
    subjects = {"nsubj", "nsubjpass", "csubj", "expl"}
    if any(c.dep_ in subjects for c in verb.children):
        return False
    sent = verb.sent
    if any(t.is_alpha for t in verb.doc[sent.start : verb.i]):
        return False
    words = [t for t in sent if t.is_alpha and t.i > verb.i]
    return not all(t.ent_type_ == "DATE" or t.lower_ == "on" for t in words)  # 'Released 14
    # October 2025' is a page's stamp


def undergoer_subject(verb: Token) -> bool:
    """Tell whether the verb's subject undergoes it: 'Families summoned', 'had X taken'."""
    causative = verb.tag_ == "VBN" and verb.dep_ in {"ccomp", "xcomp"} and verb.head.i < verb.i
    return (causative and lemma_of(verb.head) in {"have", "get"}) or headline_passive(verb)


def objects(verb: Token) -> list[Token]:
    """Direct objects, passive subjects (and an undergoing subject) and conjuncts."""
    deps = OBJ_DEPS | {"nsubj"} if undergoer_subject(verb) else OBJ_DEPS
    found = [c for c in verb.children if c.dep_ in deps]
    had = verb.tag_ == "VBN" and verb.dep_ == "acl" and verb.head.dep_ == "dobj"
    if had and lemma_of(verb.head.head) in {"have", "get"}:  # parsed 'had [their phones taken]'
        found.append(verb.head)
    return found + [cc for t in found for cc in t.conjuncts]


def objects_in(verb: Token, words: Set[str]) -> list[Token]:
    """The verb's objects (as `objects`) whose lemma is in `words`: 'denied the reports'."""
    return [o for o in objects(verb) if lemma_of(o) in words]


def xcomps_in(verb: Token, words: Set[str]) -> list[Token]:
    """The verb's open clausal complements whose lemma is in `words`: 'allowed to stay'."""
    return [c for c in verb.children if c.dep_ == "xcomp" and lemma_of(c) in words]


def pobjs(verb: Token, preps: Set[str]) -> list[Token]:
    """Objects of the verb's prepositions named in `preps`, e.g. `as refugees`."""
    return [
        g
        for c in verb.children
        if c.dep_ in {"prep", "agent", "dative", "prt"} and lemma_of(c) in preps
        for g in c.children
        if g.dep_ in {"pobj", "pcomp"}
    ]


def nested_pobjs(verb: Token, preps: Set[str]) -> list[Token]:
    """Return objects of prepositions on the verb or its objects: 'accuse travelers of being X'."""
    return pobjs(verb, preps) + [p for o in objects(verb) for p in pobjs(o, preps)]


def present(verb: Token) -> bool:
    """Tell whether a verb is in the simple present: 'stop', 'stops', a bare main 'stop' (VB).

    The tagger reads some present verbs as bare forms: 'police now routinely stop buses'.
    """
    bare = verb.tag_ == "VB" and not any(c.dep_ in {"aux", "auxpass"} for c in verb.children)
    return verb.tag_ in {"VBP", "VBZ"} or (bare and verb.dep_ == "ROOT")


def passive(verb: Token) -> bool:
    """Tell whether the verb is passive (auxpass or a passive subject)."""
    passives = {"auxpass", "nsubjpass", "csubjpass"}
    return any(c.dep_ in passives for c in verb.children) or headline_passive(verb)


def prep(verb: Token, preps: Set[str]) -> list[Token]:
    """Return the verb's prepositions named in `preps`."""
    return [c for c in verb.children if c.dep_ == "prep" and lemma_of(c) in preps]


def is_group(token: Token) -> bool:
    """Tell whether the token names North Koreans or people like them.

    A personal pronoun, a person ('her cousin'), a quantity of them ('hundreds of North Koreans')
    or a number standing for them ('Dozens were picked up').
    """
    if lemma_of(token) in WORDS.GROUP or token.lower_ in WORDS.PEOPLE_PRONOUNS:
        return True
    acted_on = token.ent_type_ == "PERSON" and token.dep_ in {"nsubjpass", "dobj"}  # 'Cui was'
    described = any(c.dep_ == "appos" and is_group(c) for c in token.children)  # 'J., a student'
    nobody = lemma_of(token) == "one" and any(c.lower_ == "no" for c in token.children)
    if acted_on or described or nobody:  # 'no one was returned'
        return True
    counted = pobjs(token, {"of"})
    alone = token.pos_ == "NUM" or token.like_num or lemma_of(token) in WORDS.HEADCOUNTS
    named = lemma_of(token) != "one" and any(  # 'two of the twelve'; not 'the first one'
        c.dep_ == "det" and c.lower_ == "the" for c in token.children
    )
    headline = token.dep_ == "ROOT" and any(c.dep_ == "acl" for c in token.children)
    placed = token.dep_ in {"nsubj", "nsubjpass", "dobj"} or named or headline
    if alone and not counted and placed:
        return True  # 'The 11 were arrested', 'returned hundreds', headline 'Seven held'
    quantity = lemma_of(token) in WORDS.QUANTITIES or token.like_num
    return quantity and any(is_group(p) for p in counted)


def absent(verb: Token) -> list[Token]:
    """The nouns an existential 'be' says there are none of: 'there was "no campaign"'."""
    if lemma_of(verb) != "be" or not any(c.dep_ == "expl" for c in verb.children):
        return []
    return [
        c
        for c in verb.children
        if c.dep_ == "attr" and any(d.dep_ == "det" and d.lower_ == "no" for d in c.children)
    ]


def named_people(token: Token) -> bool:
    """Tell whether a token names people as policies name them, not only by kinship or number.

    'North Koreans', 'the women', 'them', 'The two were resettled'; not 'the driver' or a bare
    'evacuated thousands', which the families that read any act on people pass over.
    """
    if not is_group(token):
        return False
    korean = any(lemma_of(c) in {"korean", "north"} for c in token.children)
    kin = lemma_of(token) in WORDS.PERSON_NOUNS and not korean
    bare = token.pos_ == "NUM" or lemma_of(token) in WORDS.HEADCOUNTS
    bare = bare and not pobjs(token, {"of"}) and token.dep_ not in {"nsubj", "nsubjpass"}
    return not (kin or bare)  # 'The two were resettled' names people told of before


def affects_group(verb: Token) -> bool:
    """Tell whether the verb's patient (object, passive subject, to/from object) is such a group.

    A passive verb joined to another without a subject of its own shares the other's: 'were
    arrested before the pandemic and have been held since'.
    """
    patients = objects(verb) + pobjs(verb, {"to", "from"})
    if any(is_group(t) for t in patients) or (verb.dep_ == "acl" and is_group(verb.head)):
        return True
    subjectless = not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)
    return verb.dep_ == "conj" and subjectless and passive(verb) and affects_group(verb.head)


def stopped(verb: Token) -> bool:
    """Tell whether a stopping or banning verb governs this one.

    Phrasings: 'stopped renewing visas', 'ban states from issuing permits', 'did not resume'.
    """
    head = verb.head.head if verb.dep_ == "pcomp" else verb.head
    not_resumed = lemma_of(head) in {"resume", "restart"} and is_negated(head)
    halts = lemma_of(head) in WORDS.HALTS | WORDS.PROHIBITS or not_resumed
    return verb.dep_ in {"xcomp", "pcomp"} and halts


def refused(verb: Token) -> bool:
    """Tell whether a refusing verb governs this one: 'refused to release', 'declined to stop'."""
    return verb.dep_ == "xcomp" and lemma_of(verb.head) in WORDS.REFUSALS


def will(verb: Token) -> bool:
    """Tell whether the verb carries will/shall: an entitlement stated ahead ('will receive')."""
    return any(c.dep_ == "aux" and c.lower_ in {"will", "shall", "'ll"} for c in verb.children)


def core(token: Token) -> set[str]:
    """Return the noun's lemma with its compounds: 'border security' -> {border, security}."""
    return {lemma_of(token)} | {lemma_of(c) for c in token.children if c.dep_ == "compound"}


def own_words(noun: Token) -> set[str]:
    """The noun's lemma with its compounds and adjectives.

    'illegal economic migrants', not the 'refugees' of ', not refugees'.
    """
    return {lemma_of(noun)} | {lemma_of(c) for c in noun.children if c.dep_ in {"compound", "amod"}}


def lemmas(token: Token) -> set[str]:
    """Return the lemmas of the token's subtree."""
    return {lemma_of(t) for t in token.subtree}


def manner(verb: Token) -> str:
    """Return the normalised verb phrase: -ly adverb, lemma, particle ('forcibly repatriate')."""
    adverbs = [
        c.lemma_.lower() for c in verb.children if c.dep_ == "advmod" and c.text.endswith("ly")
    ]
    return " ".join(
        [*adverbs[:1], lemma_of(verb), *[lemma_of(c) for c in verb.children if c.dep_ == "prt"]]
    )


def phrase(noun: Token) -> str:
    """Return a noun with its own modifiers, lower-cased: 'temporary residency permits'."""
    left = [c for c in noun.lefts if c.dep_ in {"amod", "compound", "nmod", "poss", "case"}]
    start = min([c.left_edge.i for c in left], default=noun.i)
    return noun.doc[start : noun.i + 1].text.lower().replace("’", "'").strip("“”\"' ")
