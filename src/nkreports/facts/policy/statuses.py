"""The rule family for a status people hold, and what status decides inside China.

A residence card or a household registration held is a legal standing (`residency_legal_status`,
protective); a child registered by officials has one, a child refused has none; a permit that
keeps a woman inside her county limits her residence, not her exit to a third country.
"""

from __future__ import annotations

from spacy.tokens import Token

from nkreports.facts.policy import grammar
from nkreports.facts.policy.actors import by_officials, is_official
from nkreports.facts.policy.gates import reads
from nkreports.facts.policy.grammar import Hit
from nkreports.facts.policy.lexicon import WORDS
from nkreports.schema import Category, Direction

_DECIDES_CLAIMS = WORDS.GRANTS_CLAIM | WORDS.REFUSES_CLAIM


def status_held(verb: Token) -> Hit | None:
    """Catch people holding a legal status.

    Phrasings:
        - 'she has held a residence card since 2021'
        - 'their children hold Chinese household registration'
        - 'he has a hukou through his father'
        - not 'has no papers' (a lack described, no act), 'held the passports' (officials)
        - not 'refused her claim because she held another nationality', 'women who hold
          residence cards' (a reason or a description, not a status told)
    """
    lemma = grammar.lemma_of(verb)
    clause = verb
    while clause.dep_ == "conj":  # 'because she has a son and the boy has a hukou'
        clause = clause.head
    subordinate = clause.dep_ in {"advcl", "relcl", "acl"}
    if lemma not in WORDS.HOLDS_STATUS or grammar.is_negated(verb) or subordinate:
        return None
    holders = [c for c in verb.children if c.dep_ == "nsubj" and grammar.is_group(c)]
    held = [
        o
        for o in grammar.objects(verb)
        if grammar.lemma_of(o) in WORDS.STATUS and grammar.own_words(o) & WORDS.STATUS_HELD
    ]
    if not holders or not held or any(d.lower_ == "no" for d in held[0].children):
        return None
    return Hit.protective(
        Category.RESIDENCY_LEGAL_STATUS, f"{lemma} {grammar.phrase(held[0])}", tuple(held[:1])
    )


@reads({"register"})
def child_registered(verb: Token) -> Hit | None:
    """Catch officials registering a child, or refusing to.

    Phrasings:
        - 'the township refused to register the boy'
        - 'a new station chief agreed to register her daughter', 'agreed to register Xiaolong'
        - 'the county began letting fathers register such children'
        - not 'registered a company', 'registered the women's phones'
    """
    children = [  # a child, or someone named: 'agreed to register Xiaolong'
        o
        for o in grammar.objects(verb)
        if grammar.lemma_of(o) in WORDS.CHILDREN
        or o.ent_type_ == "PERSON"
        or (o.pos_ == "PROPN" and not o.ent_type_)  # a name the tagger left untyped
    ]
    allowed = verb.head if verb.dep_ in {"ccomp", "xcomp"} else verb
    if not children or not (by_officials(verb) or by_officials(allowed)):
        return None
    refused = grammar.refused(verb)
    negated = grammar.is_negated(verb) or grammar.is_negated(allowed) or refused
    direction = Direction.RESTRICTIVE if negated else Direction.PROTECTIVE
    action = f"{'not ' if negated else ''}register a child"
    return Hit(Category.RESIDENCY_LEGAL_STATUS, direction, action, tuple(children[:1]))


def stays_local(going: Token) -> bool:
    """Tell whether a leaving is from a place inside the country: 'to leave the county'.

    Such a bar limits where people may live, not their exit: 'not allowed to leave the village';
    not 'to leave China', 'to leave the country'.
    """
    left = [o for o in grammar.objects(going) if o.dep_ == "dobj"]
    return any(grammar.lemma_of(o) in WORDS.LOCALITIES for o in left)


@reads(WORDS.LEGALISES)
def legalised(verb: Token) -> Hit | None:
    """Catch officials legalising or regularising people: a status given (protective).

    Phrasings:
        - 'Beijing has legalised North Korean women married to Chinese men'
        - not 'legalised gambling', 'the city regularised the street market'
    """
    if not by_officials(verb):
        return None
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]  # '[women married to …]', misparsed
    parsed = [s for c in clauses for s in c.children if s.dep_ == "nsubj" and grammar.is_group(s)]
    if not (grammar.affects_group(verb) or parsed):
        return None
    return Hit.protective(Category.RESIDENCY_LEGAL_STATUS, "legalise people")


def claim_decided(verb: Token) -> Hit | None:
    """Catch a claim for asylum decided, or a request for a status refused.

    Phrasings:
        - 'rejected her asylum claim', 'turned down the asylum claim of Kim' (restrictive)
        - 'dismissed his appeal against the refusal of protection', 'upheld the refusal of
          refugee status' (restrictive); 'granted his asylum application' (protective)
        - 'turned down every request for exit permits'
        - not 'turned down his claim for damages'
    """
    lemma = grammar.lemma_of(verb)
    down = any(grammar.lemma_of(c) == "down" for c in verb.children)
    decided = lemma in _DECIDES_CLAIMS or (lemma == "turn" and down)  # 'turned down her claim'
    claims = grammar.objects_in(verb, WORDS.DECIDED) if decided else []
    if claims and _someones_claim(claims[0], verb):
        refused = lemma in WORDS.REFUSES_CLAIM | {"turn"}  # 'turned down', 'upheld the refusal'
        refused = refused or grammar.lemma_of(claims[0]) == "refusal"
        refused = refused != _states_appeal(claims[0])  # "dismissed the government's appeal"
        direction = Direction.RESTRICTIVE if refused else Direction.PROTECTIVE
        action = f"{lemma} {grammar.phrase(claims[0])}"
        return Hit(Category.RESIDENCY_LEGAL_STATUS, direction, action, (claims[0],))
    if (asked := _refused_request(verb)) is not None:
        exits = grammar.lemmas(asked) & WORDS.EXITS  # 'turned down every request for exit permits'
        category = (
            Category.EXIT_TRANSFER_TO_THIRD_COUNTRY if exits else Category.RESIDENCY_LEGAL_STATUS
        )
        return Hit.restrictive(category, f"refuse {grammar.phrase(asked)}", (asked,))
    return None


def _someones_claim(claim: Token, verb: Token) -> bool:
    """Tell whether a claim is for asylum or refuge, named so or decided by a refugee body.

    'rejected her asylum claim', "Canada's refugee board has accepted her claim"; not 'refused
    her claim for damages'.
    """
    deciders = [c for c in verb.children if c.dep_ in {"nsubj", "agent"}]
    deciders += grammar.pobjs(verb, {"on"})  # 'is allowed on Refugee Convention grounds'
    by_board = any(grammar.lemmas(d) & WORDS.ASYLUM for d in deciders)
    return any(grammar.own_words(c) & WORDS.ASYLUM for c in _claim_nouns(claim)) or by_board


def _claim_nouns(claim: Token) -> list[Token]:
    """The claim and the claims or refusals it is of or against, down to what they are for.

    'his appeal against the refusal of protection', 'the refusal of refugee status'; not 'the
    appeal of the immigration lawyer', 'the refusal of his request for protection'.
    """
    nouns, chained = [claim], [claim]
    while chained and len(nouns) < 4:
        chained = [p for n in chained for p in grammar.pobjs(n, {"of", "against"})]
        nouns += [n for n in chained if _named_refuge(n)]
        chained = [n for n in chained if grammar.lemma_of(n) in WORDS.DECIDED | {"grant"}]
    return nouns


def _named_refuge(noun: Token) -> bool:
    """Tell whether a noun names refuge: 'refugee status', 'protection'; not 'protection money'."""
    return bool(grammar.own_words(noun) & {"asylum", "refugee", "refuge"}) or (
        grammar.lemma_of(noun) == "protection"
        and not any(c.dep_ == "compound" for c in noun.children)
    )


def _states_appeal(claim: Token) -> bool:
    """Tell whether an appeal is a state's: "the government's appeal against the grant"."""
    owners = [c for c in claim.children if c.dep_ == "poss"] + grammar.pobjs(claim, {"of", "by"})
    return grammar.lemma_of(claim) == "appeal" and any(map(is_official, owners))


def _refused_request(verb: Token) -> Token | None:
    """The status a refused request asked for: 'turned down every request for exit permits'."""
    lemma = grammar.lemma_of(verb)
    if lemma not in WORDS.REFUSES_REQUEST:
        return None
    if lemma == "turn" and not any(grammar.lemma_of(c) == "down" for c in verb.children):
        return None
    asks = grammar.objects_in(verb, WORDS.REQUEST_NOUNS | {"application", "bid"})
    wanted = [  # 'exit permits', 'a residence permit'; not 'a building permit'
        p for a in asks for p in grammar.pobjs(a, {"for"}) if grammar.own_words(p) & WORDS.STANDING
    ]
    return wanted[0] if wanted else None


_APPLICATIONS = frozenset({"application", "claim", "request"})


def decided_papers(verb: Token) -> list[Token]:
    """The papers a participle says an official decided on, as a case list's field tells it.

    'Exit permits refused by the provincial exit-entry bureau', 'Hukou application for her
    daughter granted by Yanji police'; not 'a notice issued by the ministry … to check the
    household registration' or 'Interview request granted by the Exit-Entry Bureau'.
    """
    agents = [p for c in verb.children if c.dep_ == "agent" for p in c.children]
    if verb.dep_ != "acl" or not any(map(is_official, agents)):
        return []
    noun = verb.head
    while noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ == "NOUN":
        noun = noun.head.head  # 'application for her daughter granted by': the application's
    words = grammar.core(noun)
    if grammar.lemma_of(noun) in _APPLICATIONS:
        decided = {t.i for t in verb.subtree}  # not the official's own name
        words |= {grammar.lemma_of(t) for t in noun.subtree if t.i not in decided}
    return [noun] if words & WORDS.STATUS else []


def status_objects(verb: Token) -> list[Token]:
    """The verb's objects that name a status, or exit itself: 'refused exit to 11 others'.

    Not 'an exit ban', 'the exit lane', 'its planned exit from the project', 'a driving permit'.
    """
    named = [o for o in grammar.objects(verb) if grammar.lemmas(o) & WORDS.STATUS or _exit(o)]
    return [o for o in named if not grammar.own_words(o) & WORDS.OTHER_PAPERS]  # 'driving permit'


def _exit(noun: Token) -> bool:
    bare = not any(c.dep_ in {"det", "poss", "amod", "compound"} for c in noun.children)
    return grammar.lemma_of(noun) == "exit" and bare


def by_state(verb: Token) -> bool:
    """Whether no private body gives or takes the status: not 'the bank cancelled her card'.

    A state's offices go by many names ('the immigration tribunal', 'the Home Office'), so
    only a doer named as a firm, a bank or an employer is ruled out.
    """
    doer = verb.head if grammar.refused(verb) else verb
    doers = [c for c in doer.children if c.dep_ == "nsubj"] + grammar.pobjs(doer, {"by"})
    return not any(grammar.core(d) & WORDS.PRIVATE_BODIES for d in doers)


def allowed_stay(verb: Token) -> list[Token]:
    """What people are allowed to do that is a status: stay, live, work, or claim asylum.

    'allowed to stay with their families', 'has never allowed them to lodge an asylum claim'.
    """
    done = [c for c in verb.children if c.dep_ in {"xcomp", "ccomp"}]
    return [
        c
        for c in done
        if grammar.lemma_of(c) in WORDS.STAYS
        or any(grammar.core(o) & WORDS.CLAIMS_MADE for o in grammar.objects(c))
    ]


def judged_people(verb: Token) -> bool:
    """Tell whether officials prosecute, punish or deal with the people or their crossing.

    'crossing is prosecuted as a crime', 'the security ministry deals with returnees as traitors'.
    """
    judged = grammar.objects(verb) + grammar.pobjs(verb, {"with"})
    judged += [c for c in verb.children if c.dep_ == "csubjpass"]  # 'leaving … is prosecuted'
    people = WORDS.GROUP | WORDS.RETURNEES  # not 'the drunk driver'
    acts = [j for j in judged if grammar.own_words(j) & people or j.pos_ == "PRON"]
    acts += [j for j in judged if grammar.lemma_of(j) in WORDS.ACTS_JUDGED]
    return bool(acts) and by_officials(verb)
