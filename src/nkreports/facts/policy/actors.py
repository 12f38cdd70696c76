"""Who acts in a policy sentence: the trigger's subject resolved to a country and an institution."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from nkreports import schema
from nkreports.facts.policy.destinations import destination
from nkreports.facts.policy.grammar import (
    Hit,
    core,
    is_infinitive,
    lemma_of,
    manner,
    named_people,
    objects,
    own_words,
    passive,
    pobjs,
    undergoer_subject,
)
from nkreports.facts.policy.lexicon import (
    COUNTRIES,
    INSTITUTIONS,
    KOREAS,
    NAMES,
    WORDS,
    lemma_category,
)
from nkreports.schema import Category, Direction


def _country_in(tokens, places: list[schema.Place], within: tuple[int, int]) -> tuple:
    """(ISO2, country name, local place) named in `tokens`: gazetteer rows first, then demonyms."""
    inside = [p for p in places if within[0] <= p.start < within[1] and p.country in NAMES]
    local = next((p.name for p in inside if p.kind not in {"country", "border", "region"}), "")
    local = local.removesuffix(" Province").removesuffix(" province")
    if inside:
        return inside[0].country, NAMES[inside[0].country], local
    for token in tokens:
        following = token.nbor(1).lower_ if token.i + 1 < len(token.doc) else ""
        if token.lower_ in KOREAS and following.startswith("korea"):
            return (*KOREAS[token.lower_], local)
        if token.lower_ in COUNTRIES:
            return (*COUNTRIES[token.lower_], local)
    return "", "", local


def _institution(tokens: Span) -> str:
    """Return the first institution named in `tokens`, as written ('Unification Ministry')."""
    words = [t for t in tokens if t.dep_ != "case"]
    text = " ".join(t.lower_ for t in words)
    for name in INSTITUTIONS:
        if f" {name} " in f" {text} ":
            at = text[: text.find(name)].count(" ") if not text.startswith(name) else 0
            found = words[at : at + len(name.split())]
            proper = len(found) > 1 and all(t.pos_ == "PROPN" for t in found)
            return " ".join(t.text if proper else t.lower_ for t in found)
    return ""


def _subject(verb: Token) -> Token | None:
    """Who acts: nsubj, a passive's agent, 'from X' after receive, 'ordered X to', or the head's."""
    children = list(verb.children)
    if verb.lemma_ in WORDS.RECEIVES:
        gives = [c for t in [verb, *children] if t is verb or t.dep_ == "dobj" for c in t.children]
        givers = [g for c in gives if c.lemma_ == "from" for g in c.children if g.dep_ == "pobj"]
        if givers:
            return givers[0]
    for child in children:
        if child.dep_ in {"nsubj", "csubj"}:
            return verb.head if child.lemma_ in {"who", "that", "which"} else child
        if child.dep_ == "agent":
            return next((g for g in child.children if g.dep_ == "pobj"), None)
    infinitive = is_infinitive(verb)
    if verb.dep_ == "xcomp":
        controller = [
            c for c in verb.head.children if c.dep_ == "dobj" and c.lemma_ not in WORDS.GROUP
        ]
        return controller[0] if controller else _subject(verb.head)
    if verb.dep_ == "pcomp":  # 'received a permit after providing a reference': the receiver
        head = verb.head.head  # 'sentenced a man for organising crossings': the man
        punished = (
            [c for c in head.children if c.dep_ == "dobj"] if verb.head.lower_ == "for" else []
        )
        own = punished or [c for c in head.children if c.dep_ in {"nsubj", "nsubjpass"}]
        return own[0] if own else _subject(head)
    if verb.dep_ == "conj" or (verb.dep_ == "advcl" and infinitive):
        return _subject(verb.head)
    if verb.dep_ in {"acl", "relcl"} and infinitive and verb.head.head != verb.head:
        return _subject(verb.head.head)
    return None


def _where(verb: Token) -> list[Token]:
    """Tokens of the 'in X' / 'from X' phrases on the verb, its conjunct head and its subject."""
    owners = [verb, verb.head] if verb.dep_ == "conj" else [verb]
    owners += [c for o in owners for c in o.children if c.dep_ in {"nsubj", "nsubjpass"}]
    return [
        g
        for o in owners
        for c in o.children
        if c.dep_ == "prep" and c.lemma_ in {"in", "from", "within"}
        for p in c.children
        if p.dep_ == "pobj"
        for g in o.doc[c.i : p.i + 1]
    ]


def resolve_actor(
    verb: Token, places: list[schema.Place], article: schema.Article, last: tuple
) -> tuple:
    """Return (actor, ISO2), e.g. ('China (Hebei police)', 'CN'); `last` resolves pronouns."""
    subject = _subject(verb)
    if subject is not None and subject.lower_ in WORDS.PRONOUNS:
        return last
    phrase = verb.doc[subject.left_edge.i : subject.right_edge.i + 1] if subject else []
    institution = _institution(phrase) if subject else ""
    iso, name, local = (
        _country_in(phrase, places, raw_span(article, phrase)) if subject else ("", "", "")
    )
    if institution:
        if not iso:
            iso, name, _ = _country_in(verb.sent, places, raw_span(article, verb.sent))
        iso, name = (iso, name) if iso else (last[1], NAMES.get(last[1], ""))
        inner = " ".join(p for p in (local, institution) if p)
        return (f"{name} ({inner})" if name else inner), iso
    if iso and subject.lemma_.lower() not in WORDS.GROUP:
        return name, iso
    spots = _where(verb)
    iso, name, _ = _country_in(spots, places, raw_span(article, spots)) if spots else ("", "", "")
    return (name, iso) if iso else ("unknown", "")


def raw_span(article: schema.Article, tokens) -> tuple[int, int]:
    """Raw (start, end) covering the tokens, in whatever order the parse lists them."""
    tokens = list(tokens)
    start, end = min(t.idx for t in tokens), max(t.idx + len(t) for t in tokens)
    return article.body.to_raw(start, end)


def is_official(token: Token) -> bool:
    """Tell whether a subject is a state body or a state, or a member of one.

    Phrasings:
        - 'traffic police'
        - 'Beijing'
        - 'members of the UN committee'
        - 'Britain', 'Hanoi': a state named by a place the model tags as one (not 'Tokyo
          Disneyland', where the place only qualifies a name)
        - 'a minder from the consulate', 'North Korean agents' (not 'a travel agent')
        - 'the Commission' (not 'a commission of 3,000 yuan')
    """
    known = token.doc.user_data.setdefault("is_official", {})  # asked of a subject many times
    if token.i not in known:
        named = token.ent_type_ == "PERSON" and token.lower_ in _official_names(token.doc)
        known[token.i] = _official_itself(token) or named  # 'Liu said', titled earlier
    return known[token.i]


def _official_itself(token: Token) -> bool:
    """Tell whether the words of the phrase alone make it an official (see `is_official`)."""
    sent = lemma_of(token) in WORDS.EMISSARIES  # 'a minder from the consulate'
    owners = [token, *pobjs(token, {"of", "from"} if sent else {"of"})]
    state = token.ent_type_ == "GPE" and token.dep_ != "compound" and token.pos_ == "PROPN"
    qualifiers = own_words(token) - {lemma_of(token)}  # 'North Korean agents'; not 'travel agents'
    served = bool(qualifiers) and qualifiers <= WORDS.AGENT_OWNERS
    agent = lemma_of(token) in WORDS.AGENTS and served
    return (
        state
        or agent
        or any((core(t) | {t.lower_, t.lower_.removesuffix("s")}) & WORDS.OFFICIALS for t in owners)
        or any(t.text[:1].isupper() and lemma_of(t) in WORDS.NAMED_BODIES for t in owners)
        or (token.pos_ == "PROPN" and _titled(token))  # 'Han Mei, a ministry spokeswoman,'
    )


def _titled(person: Token) -> bool:
    """Tell whether a name carries a state title: 'police chief Jin', 'Wang, a spokesman'."""
    titles = [c for c in person.children if c.dep_ in {"compound", "appos"} and c.pos_ == "NOUN"]
    titles += [g for t in titles for g in t.children if g.dep_ == "compound"]
    return any(_official_itself(t) for t in titles)


def _official_names(doc: Doc) -> frozenset[str]:
    """The names the report gives a state title once, so that a bare 'Jin said' is an official."""
    if "official_names" not in doc.user_data:
        people = [t for t in doc if t.ent_type_ == "PERSON" and t.pos_ == "PROPN"]
        titled = [t for t in people if t.dep_ != "compound" and _titled(t)]
        names = {n.lower_ for t in titled for n in (t, *t.children) if n.ent_type_ == "PERSON"}
        doc.user_data["official_names"] = frozenset(names)
    return doc.user_data["official_names"]


def _patients(verb: Token) -> list[Token]:
    """Objects, 'on/to' objects, owners of objects ('the workers' phones'), or a conjunct head's."""
    found = objects(verb) + pobjs(verb, {"on", "to", "against"})
    found += [c for o in found for c in o.children if c.dep_ == "poss"] + [
        g for o in found for g in pobjs(o, {"of"})
    ]
    if not found and verb.dep_ == "conj":
        return _patients(verb.head)
    return found


def official_action(verb: Token) -> Hit | None:
    """Catch an official acting on people, by the verb's lemma set alone (the last rule family).

    Phrasings:
        - 'the court fined him'
        - 'China returned 500 North Koreans'
        - 'police regularly checked on them'
        - 'officials confiscated the workers' phones'
        - 'workers confined to plants'
        - 'Jin was sentenced'
        - 'guards helped the women'
    """
    lemma = lemma_of(verb)
    if lemma in WORDS.INERT or verb.pos_ != "VERB":
        return None
    leaving = [c for c in verb.children if c.dep_ == "xcomp" and lemma_of(c) in WORDS.GOES]
    if lemma in WORDS.REQUIRES and leaving:
        return None  # a leaving ordered is read as one ('made_to_leave'): not 'to leave the city'
    subject = _subject(verb) or (_subject(verb.head) if verb.dep_ == "conj" else None)
    if verb.tag_ == "VBG" and verb.dep_ in {"amod", "acl", "compound"}:
        return None  # 'returning workers' names people, it reports no act
    official = subject is not None and is_official(subject)
    inherent = lemma in WORDS.JUDICIAL or lemma in WORDS.MEASURES
    if not (official or inherent):
        return None  # no official acts, and the verb is no act only officials do
    # a headline 'Workers confined to plants' (tagged past tense) reads as a passive
    headline = (
        verb.dep_ == "ROOT"
        and not objects(verb)
        and not any(c.dep_ == "aux" for c in verb.children)
    )
    subjects = [c for c in verb.children if c.dep_ == "nsubj"] if headline else []
    patients = _patients(verb) + subjects + ([verb.head] if verb.dep_ == "acl" else [])
    patients += [g for s in subjects for g in pobjs(s, {"of"})]
    affected = [p for p in patients if named_people(p)]
    undergone = (
        passive(verb)
        or headline
        or verb.dep_ == "acl"
        or (verb.dep_ == "conj" and passive(verb.head))
    )
    targets_state = any(is_official(p) for p in patients)
    category, direction = lemma_category(lemma)
    if category == Category.REPATRIATION:
        if destination(verb) == "third":  # 'returned the defectors to South Korea'
            category, direction = Category.EXIT_TRANSFER_TO_THIRD_COUNTRY, Direction.PROTECTIVE
        affected = [p for p in affected if p in objects(verb)]  # not 'the defectors' passports'
    if direction == Direction.NEUTRAL:  # a bare verb needs a named group as its direct object
        affected = [
            p for p in objects(verb) if named_people(p) and p.lower_ not in {"us", "we", "me"}
        ]
    acts = official and (affected or (inherent and not targets_state))
    if not (acts or (inherent and undergone and affected)):
        return None
    return Hit(category, direction, manner(verb))


def by_officials(verb: Token) -> bool:
    """Tell whether officials (or an impersonal 'they') do it, or no doer is named.

    'police drove them back', 'they took the mother', 'were driven across the border'; not
    'the children were driven home by their parents', 'volunteers went door to door'.
    """
    agents = agents_of(verb)
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and not undergoer_subject(verb)]
    doers = subjects + agents  # not who undergoes it: 'Waitresses ordered home', 'had X taken'
    own = any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children)  # 'some had been held'
    if not doers and verb.dep_ == "conj" and not own:
        doers = [c for c in verb.head.children if c.dep_ == "nsubj"]
    doers = [d for d in doers if d.lower_ not in {"who", "that", "which"}]  # a clause's, unknown
    return not doers or any(is_official(d) or d.lower_ in {"they", "it"} for d in doers)


def named_officials(verb: Token) -> bool:
    """Tell whether officials are named as the doers: 'officers photographed every woman'.

    A verb joined to another without a subject of its own shares the other's.
    """
    doers = [c for c in verb.children if c.dep_ == "nsubj"] + agents_of(verb)
    if not doers and verb.dep_ == "conj":
        return named_officials(verb.head)
    return any(is_official(d) for d in doers)


def agents_of(verb: Token) -> list[Token]:
    """The doers a 'by' phrase names, not a means or a time: not 'by force', 'by the end of May'."""
    return [
        a
        for a in pobjs(verb, {"by"})
        if lemma_of(a) not in WORDS.MEANS and a.ent_type_ not in {"DATE", "TIME"}
    ]
