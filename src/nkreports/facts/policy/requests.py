"""The rule family for requests and protests: what one state asks of another, and to what end.

A request takes the direction of its aim: asking China not to send people back, to let them go
or to free them is protective; Pyongyang demanding them back is restrictive; asking for access
with no aim stated is neutral. A request is never labelled as the thing requested.
"""

from __future__ import annotations

from spacy.tokens import Token

from nkreports.facts.policy import grammar
from nkreports.facts.policy.actors import is_official
from nkreports.facts.policy.aims import NO_AIM_FOR_PEOPLE, asked_for, figures
from nkreports.facts.policy.gates import reads
from nkreports.facts.policy.grammar import Hit
from nkreports.facts.policy.imperatives import opens_requests
from nkreports.facts.policy.lexicon import PROTEST_ACTIONS, PROTEST_NOUNS, WORDS
from nkreports.schema import Category, Direction


def asked_by_noun(verb: Token) -> Token | None:
    """The request noun whose content a to-infinitive is, however the parse hung it.

    'ignored Seoul's calls not to send them back': 'send' is asked, not done.
    """
    noun = grammar.noun_before(verb)
    return noun if noun is not None and grammar.lemma_of(noun) in WORDS.REQUEST_NOUNS else None


def _wrote_to_state(verb: Token) -> bool:
    """Tell whether a verb addresses a state: 'wrote to the Chinese government'."""
    return any(is_official(p) for p in grammar.pobjs(verb, {"to", "with"}))


def _taken_up(verb: Token, keys: list[Token]) -> bool:
    """Tell whether something is raised with a state or about people.

    'raised the case of the nine with Beijing', 'raised concerns about the detainees'.
    """
    with_state = any(
        t.dep_ == "pobj" and grammar.lemma_of(t.head) == "with" and is_official(t)
        for t in verb.subtree
    )
    about = [t for k in keys for t in k.subtree] + grammar.nested_pobjs(verb, {"about", "over"})
    return with_state or any(grammar.is_group(t) for t in about)


def _dated(particle: Token) -> bool:
    """Tell whether an 'on' names a day: 'called in on Monday', not 'called on China'."""
    return any(g.dep_ == "pobj" and g.ent_type_ in {"DATE", "TIME"} for g in particle.children)


def _unofficial(verb: Token) -> bool:
    """Tell whether the asking is done by a named group that is no state: 'TRLP urges China'."""
    doers = [c for c in verb.children if c.dep_ == "nsubj"]
    named = [d for d in doers if grammar.lemma_of(d) in WORDS.CIVIL]  # not 'the EU', an ORG too
    return bool(named) and not any(map(is_official, doers))


def _question(verb: Token) -> bool:
    """Tell whether 'ask' puts a question: 'the reporter asked whether they would be sent back'.

    Not a state asked: 'Seoul asked Beijing whether the women had been returned' is a request.
    """
    if any(map(is_official, grammar.objects(verb))):
        return False
    aside = verb.i > 0 and verb.doc[verb.i - 1].text == "," and not grammar.objects(verb)
    if (aside or verb.dep_ == "acl") and grammar.prep(verb, {"about"}):
        return True  # 'the bureau, asked about the detentions, said': a question put to it
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    return any(  # 'asked whether they would be sent back', 'asked what they would face'
        (c.left_edge.tag_ in {"WP", "WRB"} and not figures(c.left_edge))
        or any(m.dep_ == "mark" and m.lower_ in {"whether", "if"} for m in c.children)
        for c in clauses
    )


@reads(WORDS.MAKES)
def diplomatic_efforts(verb: Token) -> Hit | None:
    """Catch a state's diplomatic efforts for people, with the direction of their aim.

    'we are making diplomatic efforts so that the group will not be sent back by force'
    (protective); 'it has been making diplomatic efforts' (no aim: neutral).
    """
    efforts = [
        o
        for o in grammar.objects_in(verb, {"effort"})
        if any(grammar.lemma_of(c) in WORDS.DIPLOMATIC for c in o.children)
    ]
    if not efforts:
        return None
    aims = [a for head in (verb, efforts[0]) for a in head.children if a.dep_ in {"advcl", "acl"}]
    if aims and not any(grammar.is_group(t) for a in aims for t in a.subtree):
        return None  # 'diplomatic efforts to secure a trade deal'
    spared = any(grammar.is_negated(a) or grammar.lemma_of(a) in WORDS.SPARES for a in aims)
    direction = Direction.PROTECTIVE if spared else Direction.NEUTRAL
    return Hit(
        Category.DIPLOMATIC_REQUEST_PROTEST, direction, "make diplomatic efforts", tuple(efforts)
    )


def diplomatic_request_protest(verb: Token) -> Hit | None:
    """Catch a request to a state or a protest, its direction read from what is asked.

    Phrasings:
        - 'urged Beijing against the deportation'
        - 'asked China to let them travel'
        - 'called on China to halt returns'
        - 'lodged a protest with the embassy'
        - 'summoned the ambassador'
        - 'expressed his opposition'
        - 'raised forced returns with Beijing' (protective); 'raised the case' (no aim: neutral)
    """
    if opens_requests(verb):
        return None  # 'calls upon the State party to:' before the items, each a request
    lemma = grammar.lemma_of(verb)
    ins = [  # 'called in the envoy'; not 'in a note, it called on China'
        c
        for c in verb.children
        if c.lower_ == "in" and c.dep_ in {"prt", "prep"} and c.i == verb.i + 1
    ]
    if lemma == "call" and ins:
        lemma = "summon"  # 'called in the ambassador'; 'called in the families' is pressure
    nouns = PROTEST_NOUNS.get(lemma)
    if nouns is None and lemma not in WORDS.ASKS and lemma not in WORDS.PROTESTS:
        return None
    if lemma == "press" and not any(
        grammar.lemmas(o) & WORDS.STATES for o in grammar.objects(verb)
    ):
        return None  # 'press them to repatriate' is pressure on people, not a diplomatic request
    particle = {"call": "on", "take": "up"}.get(lemma)  # 'called on China', 'took up the case'
    if particle and not any(
        grammar.lemma_of(c) == particle and not _dated(c) for c in verb.children
    ):
        return None  # not 'was called in by the security ministry on Monday'
    if any(grammar.own_words(p) & WORDS.ID_PAPERS for p in grammar.pobjs(verb, {"for"})):
        return None  # 'police asked for her identity card' is a check, not a request of a state
    if lemma == "ask" and _question(verb):
        return None  # 'the reporter asked whether Beijing had agreed': a question
    if _unofficial(verb):
        return None  # an NGO's, activists' or a church's own appeal or vigil: no state's act
    wanted = [
        t
        for c in verb.children
        if c.dep_ in {"dobj", "ccomp", "xcomp"}
        for t in (c, *c.children)
        if t.dep_ in {"dobj", "nsubj"}
    ]
    wished = set().union(*(grammar.lemmas(t) for t in wanted))
    people = wished & WORDS.AIMS or any(grammar.is_group(g) for t in wanted for g in t.subtree)
    if lemma == "want" and not (any(is_official(t) for t in wanted) and people):
        return None  # 'the UN wants China to recognise them'; not 'wants China to cut tariffs'
    keys = grammar.prep(verb, {"against", "for", "on"})
    if nouns is not None:
        named = grammar.objects(verb) + [c for c in verb.children if c.dep_ == "xcomp"]
        named += [g for c in ins for g in c.children if g.dep_ == "pobj"]  # 'called in [the envoy]'
        keys = [o for o in named if grammar.core(o) & nouns]  # 'summoned Ambassador Xing'
        if not keys:
            return None
    keys = [k for k in keys if "treatment" not in grammar.core(k) or _of_people(k)]
    if nouns is not None and not keys:
        return None  # 'raised the treatment options'; 'raised the treatment of North Koreans'
    cases = any(grammar.lemma_of(k) in WORDS.CASES for k in keys)  # 'raised the case'
    if lemma in WORDS.ADVOCATES and grammar.is_negated(verb):
        return None  # 'did not raise the case': nothing done
    if lemma in WORDS.ADVOCATES and not (cases or _taken_up(verb, keys)):
        return None  # 'raised concerns about the budget deficit', 'raised the return on bonds'
    said = set().union(
        *(
            grammar.lemmas(t)
            for t in verb.children
            if t.dep_ not in {"nsubj", "nsubjpass", "conj", "cc"}
        )
    )
    protested = (
        lemma in WORDS.PROTESTS | WORDS.FORMAL_PROTESTS and grammar.lemmas(verb) & WORDS.STATES
    ) or (lemma == "summon" and any(grammar.core(k) & WORDS.SUMMONED_ENVOYS for k in keys))
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    joined = verb.dep_ == "conj" or (verb.dep_ == "advcl" and verb.tag_ == "VBG")
    if not subjects and joined:  # 'it had asked for access and had urged Laos'; 'wrote, asking'
        subjects = [c for c in verb.head.children if c.dep_ == "nsubj"]
    hearers = grammar.pobjs(verb, {"with"}) + grammar.objects(verb)
    asked = [h for h in hearers if h.pos_ in {"NOUN", "PROPN"} and not is_official(h)]
    people = [h for h in asked if grammar.is_group(h) or grammar.lemma_of(h) in WORDS.PERSONS]
    people += [h for h in hearers if h.lower_ in _PERSONAL]  # 'an officer asked her for names'
    if people and lemma == "ask" and any(grammar.core(s) & WORDS.ENFORCERS for s in subjects):
        kin = any(grammar.lemma_of(p) in WORDS.FAMILY for p in people)  # 'asked families for'
        category = Category.FAMILY_PRESSURE if kin else Category.OTHER
        return Hit.restrictive(category, "question people")  # police questioning people
    if _applies(subjects, hearers) or any(map(_the_people, subjects)):
        return None  # 'she asked the police for a permit', 'women who asked Sweden for help'
    # 'it' stands for a body named before ('UNHCR said it had requested access'); a question
    # put to a person is no request of a state ('asked the village head whether ...')
    official = (
        lemma not in WORDS.PROTESTS
        and not people
        and any(is_official(s) or s.lower_ == "it" for s in subjects + hearers)
        and not (verb.dep_ == "advcl" and verb.tag_ == "VBG" and not _wrote_to_state(verb.head))
    )  # 'wrote to the government, asking for information'; not 'wrote to schools, asking them'
    if not (said & (WORDS.AIMS | WORDS.STATES) or protested or official or lemma == "hold"):
        return None
    addressed = grammar.objects(verb) + grammar.pobjs(verb, {"on", "upon"})  # 'called on China'
    wishes = [c for c in verb.children if c.dep_ == "xcomp" and grammar.is_infinitive(c)]
    anonymous = any(grammar.lemma_of(w) in WORDS.ANONYMITY for w in wishes)
    if not addressed and wishes and (anonymous or not official):
        return None  # 'she asked to be named only by her initial', 'asked not to be named'
    # asking for people's return ('demanded their return') is asking for what restricts them
    returns = [t for t in grammar.objects(verb) if grammar.lemma_of(t) in WORDS.RETURN_NOUNS]
    returns += [
        t for t in grammar.pobjs(verb, {"for"}) if grammar.lemma_of(t) in WORDS.RETURN_NOUNS
    ]
    found = _news_asked(verb) or asked_for(verb)
    # 'raised forced returns' and 'protested the deportation' speak for the people
    against = lemma in WORDS.ADVOCATES or lemma in WORDS.PROTESTS
    direction = found or (
        Direction.RESTRICTIVE
        if returns and not against
        else Direction.PROTECTIVE
        if said & WORDS.AIMS or protested or (against and returns)
        else Direction.NEUTRAL
    )
    action = PROTEST_ACTIONS.get(lemma, f"{lemma}{' on' if lemma == 'call' else ''}")
    if lemma in {"express", "convey"}:
        action = f"express {grammar.lemma_of(keys[0]) if keys else ''}"
    action = action.strip() + (NO_AIM_FOR_PEOPLE if found == Direction.NEUTRAL else "")
    return Hit(Category.DIPLOMATIC_REQUEST_PROTEST, direction, action, tuple(keys))


def _of_people(noun: Token) -> bool:
    """Tell whether a noun is of the people: 'the treatment of North Koreans'."""
    return any(grammar.is_group(p) for p in grammar.pobjs(noun, {"of"}))


def _news_asked(verb: Token) -> Direction | None:
    """Neutral for a request for information or figures, which asks no aim for the people.

    'asked Beijing for information on the detained women', 'asking for figures on the returns',
    'asked it to share data on the number returned'.
    """
    told = [
        o
        for o in grammar.objects(verb)
        if not (is_official(o) or grammar.is_group(o) or o.pos_ == "PRON")
    ]  # not whom it is asked of: 'asked it to share data'
    asked = grammar.pobjs(verb, {"for"}) + told  # 'asked Beijing for'
    asked += [
        s for c in verb.children if c.dep_ == "ccomp" for s in c.children if s.dep_ == "nsubj"
    ]
    wanted = [c for c in verb.children if c.dep_ == "xcomp"]
    wanted += [v for c in wanted for v in c.conjuncts if v.pos_ in {"VERB", "AUX"}]
    if wanted and any(grammar.lemma_of(w) not in WORDS.DISCLOSES for w in wanted):
        wanted = []  # 'to share information on the detainees and not to repatriate them'
    asked += [o for c in wanted for o in grammar.objects(c)]  # 'to provide figures on'
    news = asked and all(grammar.lemma_of(a) in WORDS.INFORMATION for a in asked)
    return Direction.NEUTRAL if news else None  # not 'for information and for safe passage'


@reads(WORDS.ACCUSES)
def accusation(verb: Token) -> Hit | None:
    """Catch one state accusing another: 'Pyongyang accuses Seoul of abduction'.

    Its direction is its accuser's: North Korea or China accusing those who help people leave
    is restrictive; others accusing China of returning them, protective.
    """
    accused = [o for o in grammar.objects(verb) if is_official(o)]
    charge = set().union(*(grammar.lemmas(p) for p in grammar.pobjs(verb, {"of"})))
    if not accused or not charge & (WORDS.AIMS | WORDS.RETURN_NOUNS | WORDS.ABDUCTIONS):
        return None  # 'accused Seoul of abduction'; not 'accused Washington of hypocrisy on trade'
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "agent"}]
    returning = any(grammar.lemmas(s) & WORDS.RETURNING_STATES for s in subjects)
    direction = Direction.RESTRICTIVE if returning else Direction.PROTECTIVE
    return Hit(Category.DIPLOMATIC_REQUEST_PROTEST, direction, "accuse", (accused[0],))


_PERSONAL = frozenset({"her", "him", "me"})  # not "them" or "us", often a state's staff


def _the_people(subject: Token) -> bool:
    """Tell whether the asker is the people themselves, who seek help: no state asks anything.

    'the 17 North Koreans who asked Sweden for protection', 'women who asked the consulate for
    help'; not 'consular staff asked the police to release them' nor 'she appealed for help'.
    """
    verb = subject.head
    if subject.tag_ not in {"WP", "WDT"} or verb.dep_ != "relcl":
        return False
    sought = {grammar.lemma_of(p) for p in grammar.pobjs(verb, {"for"})} & WORDS.HELP_SOUGHT
    return bool(sought) and grammar.is_group(verb.head) and not is_official(verb.head)


def _applies(subjects: list[Token], hearers: list[Token]) -> bool:
    """Tell whether one person asks the local police: 'she asked the police for permission'."""
    one = [s for s in subjects if s.lower_ in {"she", "he", "i"} or s.ent_type_ == "PERSON"]
    police = [h for h in hearers if grammar.core(h) & WORDS.ENFORCERS]
    return bool(one) and len(one) == len(subjects) and bool(police)
