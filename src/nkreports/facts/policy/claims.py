"""Standing law and punishment stated, not enacted: 'crossing without a permit is punishable'.

Standing law is stated generically: 'crossing without a permit is punishable by prison', 'are
not entitled to refugee protection', 'must carry a passport and a visa'; so is the punishment of
those who left, told as practice. So are accusations between states: 'Pyongyang accuses Seoul
of abduction'. Statements of who people are live in `status_claims`.
"""

from __future__ import annotations

from spacy.tokens import Token

from nkreports.facts.policy import grammar
from nkreports.facts.policy.actors import by_officials
from nkreports.facts.policy.gates import reads
from nkreports.facts.policy.grammar import Hit
from nkreports.facts.policy.lexicon import WORDS
from nkreports.facts.policy.offences import about_people, unlawful_entry
from nkreports.schema import Category, Direction

_HOMELANDS = frozenset({"fatherland", "motherland", "homeland", "country", "nation"})
_TERMS_SERVED = WORDS.CAMPS | WORDS.CAMP_NOUNS | WORDS.TERMS | {"jail", "labour", "labor"}
_PUNISHING = WORDS.PUNISHES | WORDS.SENDS_AWAY | WORDS.GETS | WORDS.GIVES_TERMS | {"sentence"}


@reads(_PUNISHING)
def punishment(verb: Token) -> Hit | None:
    """Catch people punished for leaving, told as practice: labelling them offenders.

    Phrasings:
        - 'North Korea punishes them once they are back'
        - 'the criminal code punishes unauthorised crossing'
        - 'are sent to labour training camps for illegal border crossing'
        - 'now get a year in a labour camp', 'get a few months of forced labour'
        - 'the court gave her three years for crossing the river', 'were given ten years'
        - 'was sentenced to ten months in a labour-training camp' (not 'to a year in prison')
    """
    lemma = grammar.lemma_of(verb)
    if lemma == "sentence":  # 'was sentenced to ten months in a labour-training camp'
        camps = [t for t in verb.subtree if t.dep_ == "pobj" and _labour_camp(t)]
        people = grammar.affects_group(verb) or _subject_is_people(verb)
        reasons = [t for t in verb.subtree if t.dep_ == "pobj" and t.head.lower_ == "for"]
        if camps and people and (not reasons or _for_leaving(verb, [])):  # not 'for theft'
            action = "sentence to a camp"
            return Hit.restrictive(Category.LABELING_CRIMINALIZATION, action, (camps[0],))
        return None
    given = lemma in WORDS.GIVES_TERMS  # 'gave her three years', 'were given ten years'
    deps = {"nsubj", "xcomp", "dative"}
    patients = grammar.objects(verb) + [c for c in verb.children if c.dep_ in deps]
    returned = _misread_returnees(verb) if given else []
    if returned and not any(grammar.lemmas(o) & _TERMS_SERVED for o in grammar.objects(verb)):
        returned = []  # 'women returned from China are given three months of free housing'
    patients += returned
    if any(grammar.lemma_of(p) in WORDS.FAMILY for p in patients):
        return None  # relatives punished is pressure on families, their own family's reading
    # 'returnees get a year', 'were given a year': the subject is punished
    undergone = lemma in WORDS.GETS or (given and grammar.passive(verb))
    by_law = any(grammar.lemma_of(p) in WORDS.LAWS for p in patients)  # 'criminal law punishes'
    leaving = bool(returned) or _for_leaving(verb, patients)
    if not (leaving and (undergone or by_law or by_officials(verb))):
        return None  # 'the school punished the boy for cheating', 'a year in prison for fraud'
    people = grammar.affects_group(verb) or _subject_is_people(verb)
    if lemma in WORDS.PUNISHES and (people or any(map(about_people, patients))):
        return Hit.restrictive(Category.LABELING_CRIMINALIZATION, "punish")
    camps = [p for p in grammar.pobjs(verb, {"to"}) if _camp(p)]
    if lemma in WORDS.SENDS_AWAY and camps and people:
        action = f"send to {grammar.phrase(camps[0])}"
        return Hit.restrictive(Category.LABELING_CRIMINALIZATION, action, (camps[0],))
    spans = grammar.objects_in(verb, WORDS.SPANS) if lemma in WORDS.GETS or given else []
    if given and spans and (people or any(grammar.is_group(p) for p in patients)):
        return Hit.restrictive(Category.LABELING_CRIMINALIZATION, f"{lemma} a term", (spans[0],))
    places = [p for head in (verb, *spans) for p in grammar.pobjs(head, {"in", "of"})]
    served = [p for p in places if spans and (_camp(p) or grammar.lemma_of(p) in WORDS.CAMPS)]
    if served and _subject_is_people(verb):
        return Hit.restrictive(Category.LABELING_CRIMINALIZATION, f"{lemma} a term", (spans[0],))
    return None


_MADE_OFFENCES = WORDS.PUNISHABLE | WORDS.OFFENCES  # what a law makes of an act


def _for_leaving(verb: Token, patients: list[Token]) -> bool:
    """Tell whether a punishment is for leaving: 'for illegal crossing', returnees, 'once back'."""
    reasons = [  # 'for illegal crossing', 'for crossing the river'
        t for t in verb.subtree if t.dep_ in {"pobj", "pcomp"} and grammar.lemma_of(t.head) == "for"
    ]
    crossing = any(grammar.lemmas(r) & WORDS.LEAVINGS for r in reasons)
    crossing = crossing or any(_betrayed_country(r) for r in reasons)  # 'betraying the fatherland'
    counted = [g for p in patients for g in grammar.pobjs(p, {"of"})]  # 'three of the returnees'
    returnees = any(grammar.lemma_of(p) in WORDS.RETURNEES or _went(p) for p in patients + counted)
    returnees = returnees or any(about_people(p) for p in patients if p.tag_ == "VBG")
    crossing = crossing or any(map(_leaving, patients)) or any(map(unlawful_entry, patients))
    back = any(grammar.lemma_of(t) in {"back", "return"} for t in verb.subtree if t.i != verb.i)
    return crossing or returnees or back


def _betrayed_country(reason: Token) -> bool:
    """Tell whether a reason is betraying one's country: 'for having betrayed the fatherland'."""
    acts = [t for t in reason.subtree if grammar.lemma_of(t) in {"betray", "betrayal"}]
    betrayed = [o for a in acts for o in [*grammar.objects(a), *grammar.pobjs(a, {"of"})]]
    return any(grammar.lemma_of(o) in _HOMELANDS for o in betrayed)


def _went(person: Token) -> bool:
    """Tell whether people are named as those who left: 'those who only went over to work'.

    Or as those sent back: 'people sent back', 'women returned from China'. Not 'drivers who
    leave the scene': what is left, if named, is a border or a country.
    """
    return any(
        (c.dep_ == "acl" and c.tag_ == "VBN" and _sent_back(c))
        or (
            c.dep_ == "relcl"
            and (
                (grammar.lemma_of(c) in WORDS.FLIGHTS and _left_for_good(c))
                or any(grammar.lemma_of(p) in {"over", "across", "abroad"} for p in c.children)
            )
        )
        for c in person.children
    )


def _misread_returnees(verb: Token) -> list[Token]:
    """People sent back whose participle the parser read as a clause of its own.

    'Women returned from China are given long terms': 'returned' parsed as the main verb, 'given'
    joined to it without a subject.
    """
    head = verb.head
    own = any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)
    if own or verb.dep_ not in {"conj", "dep"} or not grammar.passive(verb):
        return []
    if head.tag_ != "VBD" or not _sent_back(head):
        return []
    return [c for c in head.children if c.dep_ == "nsubj" and grammar.is_group(c)]


def _sent_back(verb: Token) -> bool:
    """Tell whether a participle returns people: 'returned', 'repatriated', 'sent back'."""
    lemma = grammar.lemma_of(verb)
    back = any(c.lower_ == "back" for c in verb.children)
    return lemma in WORDS.RETURNED or (lemma in WORDS.RETURNS and back)


def _leaving(token: Token) -> bool:
    """Tell whether a word is people leaving their country.

    'defection', 'helping people leave the country', 'illegal border crossing'; not 'flights
    leave the country late'.
    """
    if grammar.lemma_of(token) in WORDS.DEFECTIONS:
        return True
    if grammar.lemma_of(token) not in WORDS.FLIGHTS:
        return False
    doers = [c for c in token.children if c.dep_ == "nsubj" and c.lower_ not in {"who", "that"}]
    doers += [token.head] if token.dep_ == "relcl" else []  # 'smugglers who cross the border'
    people = not doers or any(map(grammar.is_group, doers))
    return people and _left_for_good(token) and bool(grammar.lemmas(token) & WORDS.CROSSED)


def _left_for_good(verb: Token) -> bool:
    """Tell whether a leaving names no place left, or a border or a country: 'who fled'."""
    left = grammar.objects(verb)
    return not left or any(grammar.lemmas(o) & WORDS.CROSSED for o in left)


def _camp(place: Token) -> bool:
    """Tell whether a place is a camp or prison of punishment: 'labour training camps'."""
    return bool(grammar.own_words(place) & WORDS.CAMP_NOUNS and grammar.lemmas(place) & WORDS.CAMPS)


def _labour_camp(place: Token) -> bool:
    """Tell whether a place is a camp of the North's penal system, not any prison."""
    camp = grammar.lemma_of(place) in {"camp", "kyohwaso", "gulag"}
    return camp and bool(
        grammar.lemmas(place) & (WORDS.CAMPS - {"prison"}) or "political" in grammar.lemmas(place)
    )


def _subject_is_people(verb: Token) -> bool:
    """Tell whether the verb's subject is people: 'others are sent', 'returnees get a year'."""
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    return any(grammar.is_group(s) for s in subjects)


def standing_law(verb: Token) -> Hit | None:
    """Catch a rule stated as such.

    Phrasings:
        - 'crossing the border without a permit is punishable by prison' (labeling)
        - 'leaving the country without permission is a crime' (labeling)
        - 'North Koreans are not entitled to refugee protection' (status refused)
        - 'visitors must carry a passport and a visa' (status required: neutral)
        - 'foreigners shall carry a valid passport' (a notice's article: the same)
        - 'the regulation makes illegal entry punishable by a fine' (labeling)
        - 'introduced harsher sentences for those who stayed abroad longer' (labeling)
        - 'enacted a law that lets courts sentence those who help people leave' (labeling)
    """
    unreal = any(c.dep_ == "aux" and c.lower_ in WORDS.UNREAL_MODALS for c in verb.children)
    if unreal and {grammar.lemma_of(t) for t in verb.sent} & WORDS.PROPOSALS:
        return None  # 'under the draft, crossing would be punishable': a law proposed
    lemma = grammar.lemma_of(verb)
    laws = grammar.objects_in(verb, WORDS.LAWS) if lemma in WORDS.ENACTS else []
    said = list(verb.subtree) if laws else []  # what the law does (its clause may attach late)
    punished = {grammar.lemma_of(t) for t in said} & WORDS.PUNISHMENTS_BY_LAW
    if punished and any(map(_leaving, said)):
        action = f"{lemma} {grammar.phrase(laws[0])}"  # not 'drivers who leave the scene'
        return Hit.restrictive(Category.LABELING_CRIMINALIZATION, action, tuple(laws))
    if lemma in WORDS.IMPOSES:
        # 'harsher sentences for (or on) those who stayed abroad'; not 'the penalty for parking'
        penalties = grammar.objects_in(verb, WORDS.PENALTIES)
        punished = [t for p in [verb, *penalties] for t in grammar.pobjs(p, {"for", "on"})]
        if penalties and any(grammar.is_group(t) or about_people(t) for t in punished):
            action = f"{lemma} {grammar.phrase(penalties[0])}"
            return Hit.restrictive(Category.LABELING_CRIMINALIZATION, action, tuple(penalties))
    if lemma == "make":  # 'makes illegal entry punishable by a fine', 'makes entering … an offence'
        made = [c for c in verb.children if grammar.lemma_of(c) in _MADE_OFFENCES]
        made = [m for m in made if m.dep_ in {"ccomp", "oprd", "xcomp", "acomp", "npadvmod"}]
        doers = [c for m in made for c in m.children if c.dep_ == "nsubj"]
        doers += [c for c in verb.children if c.dep_ == "xcomp" and c not in made]
        if made and any(about_people(d) for d in [*doers, *grammar.objects(verb)]):
            action = f"make {grammar.phrase(made[0])}"
            return Hit.restrictive(Category.LABELING_CRIMINALIZATION, action, (made[0],))
    if lemma not in {"be", "entitle"} | WORDS.CARRIES | WORDS.CARRIES_TERMS:
        return None
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass", "csubj"}]
    if not subjects or not about_people(subjects[0]):
        return None
    terms = grammar.objects_in(verb, WORDS.TERMS_CARRIED) if lemma in WORDS.CARRIES_TERMS else []
    if terms and not grammar.is_group(subjects[0]):  # 'crossing carries up to a year in prison'
        action = f"carry {grammar.phrase(terms[0])}"
        return Hit.restrictive(Category.LABELING_CRIMINALIZATION, action, (terms[0],))
    if lemma == "be":
        offence = [
            c
            for c in verb.children
            if (c.dep_ == "acomp" and grammar.lemma_of(c) in WORDS.PUNISHABLE)
            or (c.dep_ == "attr" and grammar.lemma_of(c) in WORDS.OFFENCES)
        ]
        lifted = grammar.is_negated(verb) or any(c.lower_ == "longer" for c in verb.children)
        if offence and not lifted:  # not 'is not a crime', 'is no longer a crime'
            action = f"make {grammar.phrase(offence[0])}"
            return Hit.restrictive(Category.LABELING_CRIMINALIZATION, action, (offence[0],))
    owed = (
        [c for c in verb.children if grammar.lemma_of(c) in WORDS.ENTITLED] if lemma == "be" else []
    )
    entitled = lemma == "entitle" or bool(owed)  # 'are not entitled to', 'are not eligible for'
    heads = [verb, *owed]
    rights = [
        t
        for h in heads
        for t in grammar.pobjs(h, {"to", "for"})
        if grammar.lemmas(t) & (WORDS.ENTITLEMENTS | WORDS.STANDING)
    ]
    rights += [  # 'are not entitled to seek asylum'
        o
        for h in heads
        for x in h.children
        if x.dep_ == "xcomp"
        for o in grammar.objects(x)
        if grammar.lemmas(o) & WORDS.ENTITLEMENTS
    ]
    if entitled and rights:
        negated = grammar.is_negated(verb)
        direction = Direction.RESTRICTIVE if negated else Direction.PROTECTIVE
        action = f"{'not ' if negated else ''}entitle to {grammar.phrase(rights[0])}"
        return Hit(Category.RESIDENCY_LEGAL_STATUS, direction, action, (rights[0],))
    must = any(c.dep_ == "aux" and c.lower_ in {"must", "shall"} for c in verb.children)
    papers = [o for o in grammar.objects(verb) if grammar.lemma_of(o) in WORDS.DOCUMENTS]
    if must and lemma in WORDS.CARRIES and papers:
        action = f"require {grammar.phrase(papers[0])}"
        return Hit(Category.RESIDENCY_LEGAL_STATUS, Direction.NEUTRAL, action, tuple(papers))
    return None


# the rule families whose direction already reads a negation ('not allowed to leave')
