"""The rule families for denials: 'China has denied the reports', 'That report is groundless'.

Denying a report, or calling it false, denies what it told: the row keeps the category and
direction of the denied act (read in the report's own words, else the sentence before),
certainty denied.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from nkreports.facts.policy import grammar
from nkreports.facts.policy.actors import by_officials
from nkreports.facts.policy.gates import reads
from nkreports.facts.policy.grammar import Hit
from nkreports.facts.policy.lexicon import DENIED, WORDS
from nkreports.facts.policy.stances import officially_said
from nkreports.schema import Category, Direction

if TYPE_CHECKING:
    from nkreports.facts.policy.model import Reading

_JOINED = frozenset({"conj", "cc", "advcl"})  # clauses joined to a verb, not its own words


def unfounded_report(verb: Token) -> Token | None:
    """The report (or claim) the clause calls unfounded, if it does.

    'The report is groundless', 'such claims are baseless', 'the report does not match the
    facts'; not 'the report is long', 'the report matches the facts'.
    """
    calls = grammar.lemma_of(verb) in WORDS.CALLS  # 'called the figure "fabricated"'
    told = {"nsubj", "nsubjpass", "dobj", "oprd"} if calls else {"nsubj", "nsubjpass"}
    reports = [c for c in verb.children if c.dep_ in told and grammar.lemma_of(c) in WORDS.CLAIMS]
    if not reports:
        return None
    made_up = grammar.lemma_of(verb) in WORDS.UNFOUNDED  # 'the reports were fabricated'
    called = made_up or any(
        c.dep_ in {"acomp", "attr", "oprd", "ccomp", "xcomp"}
        and grammar.lemma_of(c) in WORDS.UNFOUNDED
        for c in verb.children
    )
    if calls and not called:  # 'called reports of arrests groundless', however it is parsed: the
        # last word of the clause, less what is joined to it ('and said', ', citing')
        joined = {t.i for c in verb.children if c.dep_ in _JOINED for t in c.subtree}
        words = [t for t in verb.subtree if not t.is_punct and t.i not in joined]
        called = grammar.lemma_of(words[-1]) in WORDS.UNFOUNDED
    facts = grammar.objects(verb) + grammar.pobjs(verb, {"with", "to"})
    unmatched = grammar.is_negated(verb) and any(grammar.lemma_of(f) in WORDS.FACTS for f in facts)
    return reports[0] if called or unmatched else None


def denied_reading(report: Token) -> tuple[Category, Direction]:
    """The category and direction of what a denied report told.

    The first act the rule families read in the report's own words ('a report that 30 women had
    been driven over the bridge and handed to the guards'), else the words of an act in the
    report ('reports of mass expulsions') or in the sentence before ('That report is
    groundless'), else the first act read in that sentence.
    """

    def first_act(told: list[Token]) -> Hit | None:
        acts = (_read_action(t) for t in told if grammar.lemma_of(t) not in WORDS.DENYING)
        return next((h for h in acts if h and h.category != Category.OTHER), None)

    own = first_act([t for t in report.subtree if t is not report])
    if own is not None:
        return own.category, own.direction
    before = list(report.doc[report.sent.start - 1].sent) if report.sent.start > 0 else []
    for words in (grammar.lemmas(report), {grammar.lemma_of(t) for t in before}):
        named = next((c for c, lexicon in DENIED.items() if words & lexicon), None)
        if named is not None:
            return named, Direction.RESTRICTIVE
    hit = first_act(before)
    return (hit.category, hit.direction) if hit else (Category.OTHER, Direction.NEUTRAL)


def groundless(verb: Token) -> Hit | None:
    """Catch a report called false: 'That report is groundless', 'does not match the facts'."""
    report = unfounded_report(verb)
    if report is None:
        return None
    category, direction = denied_reading(report)
    if report.dep_ != "nsubj" and category == Category.OTHER:
        return None  # 'called the report "pure fabrication"': what it told is not read
    called = [
        c for c in verb.children if c.dep_ in {"acomp", "attr", "dobj", "prep", "oprd", "ccomp"}
    ]
    action = f"call the {grammar.lemma_of(report)} unfounded"
    return Hit(category, direction, action, (report, *called))  # 'That report is groundless'


@reads(WORDS.DENYING)
def denial(verb: Token) -> Hit | None:
    """Catch 'China has denied the reports of mass expulsions', 'rejects the claim'.

    Also returns or custody denied by name: 'has denied the October returns'.
    """
    claims = grammar.objects_in(verb, WORDS.CLAIMS)
    claims += _act_names(verb)
    claims += _acts_denied(verb)  # 'has denied the October returns'
    if any(grammar.own_words(c) & WORDS.ASYLUM for c in claims):
        return None  # 'rejected her asylum claim' decides a status (residency_legal_status)
    if not claims:
        return _denied_clause(verb)
    category, direction = denied_reading(claims[0])  # a bare 'the claim': the sentence before
    return Hit(category, direction, f"deny {grammar.phrase(claims[0])}", tuple(claims))


def _names_an_act(noun: Token) -> bool:
    """Tell whether a noun names a return or a custody: 'the returns', 'the arrests'."""
    acts = DENIED[Category.REPATRIATION] | DENIED[Category.DETENTION_ARREST]
    return grammar.lemma_of(noun) in acts


def _act_names(verb: Token) -> list[Token]:
    """The names of acts a verb takes as its object: 'rejected the term "forced repatriation"'.

    The name itself, as a term's apposition or the noun the parser hung the term on; not 'the
    terms of the return-to-work deal', 'the notion of a police operation'.
    """
    named = [
        n
        for o in grammar.objects(verb)
        for n in (
            [c for c in o.children if c.dep_ == "appos"]
            if grammar.lemma_of(o) in WORDS.WORDINGS
            else [o]
            if any(
                c.dep_ in {"nmod", "compound"} and grammar.lemma_of(c) in WORDS.WORDINGS
                for c in o.children
            )
            else []
        )
    ]
    return [n for n in named if any(grammar.own_words(n) & lexicon for lexicon in DENIED.values())]


def _denied_clause(verb: Token) -> Hit | None:
    """Catch 'denied that any decision had been made to send the group back'.

    Only when no act in the clause reads as one itself (that act is the row, certainty denied).
    """
    clauses = [c for c in verb.children if c.dep_ in {"ccomp", "xcomp", "pcomp"}]
    finite = [t for c in clauses for t in c.subtree if not grammar.is_infinitive(t)]
    if not clauses or any(_read_action(t) for t in finite):
        return None  # 'denied that it had repatriated them': the denied act is the row
    content = set().union(*(grammar.lemmas(c) for c in clauses))
    category = next((c for c, lexicon in DENIED.items() if content & lexicon), None)
    if category is None:
        return None
    return Hit.restrictive(category, f"deny {grammar.lemma_of(clauses[0])}", tuple(clauses[:1]))


def _read_action(token: Token) -> Hit | None:
    """The rule families' reading of a token (`families.read_action`, which imports this module)."""
    from nkreports.facts.policy.families import read_action

    return read_action(token)


def denies_a_claim(trigger: Token) -> bool:
    """Tell whether a denying trigger denies a claim ('denied the reports', 'denied that ...').

    Denying people something is an act, told as a fact: 'denied them access to asylum'. An
    official's 'there was no crackdown' or 'the report is groundless' denies one too.
    """
    gone = grammar.absent(trigger)  # 'there are no refugees' states a status, denies no act
    status = gone and all(grammar.core(g) & (WORDS.PROTECTED_ROLES | {"defector"}) for g in gone)
    if (gone and not status) or _none_exists(trigger) or unfounded_report(trigger) is not None:
        return True  # 'there was no crackdown', 'that report is groundless'
    if trigger.lemma_.lower() not in WORDS.DENYING:
        return False
    return any(
        c.dep_ in {"ccomp", "xcomp", "pcomp"}
        or (
            c.dep_ == "dobj"
            and c.lemma_.lower() in WORDS.CLAIMS
            and not grammar.own_words(c) & WORDS.ASYLUM  # 'rejected her asylum claim' decides it
        )
        for c in trigger.children
    ) or bool(_act_names(trigger) or _acts_denied(trigger))


def _acts_denied(verb: Token) -> list[Token]:
    """The returns or custody officials deny as an object: 'has denied the October returns'.

    Not 'rejected the forced repatriation' (opposed), 'did not deny the arrests', 'denied the
    defectors' return to Seoul' (refused), 'the store denied the returns' (no official); an act
    of someone ('the arrests of North Korean women') is read as the act noun it is.
    """
    if grammar.lemma_of(verb) != "deny" or grammar.is_negated(verb) or not by_officials(verb):
        return []
    before = verb.doc[max(verb.sent.start, verb.i - 3) : verb.i]
    if any(t.lower_ in {"neither", "nor"} for t in before):
        return []  # 'neither confirmed nor denied the repatriations'
    if any(c.dep_ in {"ccomp", "xcomp"} for c in verb.children):
        return []  # 'denied the raids were lawful': what is denied is a clause
    acts = [o for o in grammar.objects(verb) if o.pos_ == "NOUN" and _names_an_act(o)]
    return [
        a
        for a in acts
        if not any(c.dep_ in {"poss", "relcl", "acl"} for c in a.children)
        and not grammar.pobjs(a, {"of", "on", "to"})  # 'the arrests of …' is read as a noun's
    ]


def no_such_act(verb: Token) -> Hit | None:
    """Catch an official's denial told as an act's absence: 'said there was "no campaign"'.

    The row keeps the category of the act said not to exist (certainty denied, as for 'denied
    the reports of a crackdown'), when the act is against people ('no campaign against anyone')
    or a return; an absence of anything else ('there is no law on this') is none. 'No such
    cooperation' keeps the reading of what it refers to, in its words or the sentence before.
    """
    nouns = grammar.absent(verb) or _none_exists(verb)
    if not nouns or not officially_said(verb):
        return None
    if any(c.lower_ == "such" for c in nouns[0].children):  # 'There is no such cooperation'
        category, direction = denied_reading(nouns[0])  # what it stands for: the words before
        if category == Category.OTHER:
            return None
        return Hit(category, direction, f"deny {grammar.phrase(nouns[0])}", (nouns[0],))
    act = grammar.lemma_of(nouns[0])
    category = next((c for c, lexicon in DENIED.items() if act in lexicon), None)
    aimed = grammar.pobjs(nouns[0], {"on", "against", "at"})  # 'no raid on the bar'
    drive = act in WORDS.TARGETED_DRIVES and not aimed  # 'there was no special operation'
    people = drive or category == Category.REPATRIATION
    people = people or any(map(grammar.is_group, nouns[0].subtree))
    if category is None or not people:
        return None  # 'there were no arrests at the march', 'no return flight to Seoul'
    return Hit.restrictive(category, f"deny {grammar.phrase(nouns[0])}", (nouns[0],))


def _none_exists(verb: Token) -> list[Token]:
    """The subject a verb of being says there is none of: 'No such understanding exists'.

    Also 'the so-called repatriation does not exist', 'No such thing happened', 'no operation
    targeting foreign women has taken place'.
    """
    placed = any(grammar.lemma_of(c) == "place" and c.dep_ == "dobj" for c in verb.children)
    if grammar.lemma_of(verb) not in WORDS.COME_ABOUT and not (placed and verb.lemma_ == "take"):
        return []
    negated = grammar.is_negated(verb)  # 'the so-called forced repatriation does not exist'
    return [
        c
        for c in verb.children
        if c.dep_ == "nsubj"
        and (negated or any(d.dep_ == "det" and d.lower_ == "no" for d in c.children))
    ]


def denied_contents(readings: list[Reading]) -> dict[int, Category]:
    """The tokens of every report a denial reading denies, each with the denial's category.

    'denied reports that 200 women had been returned' and 'called reports that 200 women had
    been returned groundless' are each one row, the denial: the return is what is denied, no
    act of its own. The model reads no act anywhere inside such a report (`combine`).
    """
    denying = {denial.__name__, groundless.__name__}
    return {
        t.i: r.row.category
        for r in readings
        if r.row.method in denying
        for c in r.trigger.children
        if grammar.lemma_of(c) in WORDS.CLAIMS
        for t in c.subtree
        if t.i != c.i
    }


def without_denied_contents(readings: list[Reading]) -> list[Reading]:
    """The readings less the acts told inside a denied report that are of the denial's category.

    An act of another category keeps its row: in 'denied reports that the women were arrested
    and returned' the denial reads the arrest, and the return is a row of its own (denied).
    """
    told = denied_contents(readings)
    return [r for r in readings if told.get(r.trigger.i) != r.row.category]


def denied_act(trigger: Token) -> bool:
    """Tell whether a reported act is said not to happen: 'said no one was returned'.

    Not a status, a demand or a rule, whose negation is what is said: 'said they are not
    refugees', 'said they must not be granted asylum', 'cannot be treated as refugees'.
    """
    ruled = WORDS.DEMAND_MODALS | {"can", "ca", "could"}  # 'must not', 'cannot be treated as'
    demand = any(c.dep_ == "aux" and c.lower_ in ruled for c in trigger.children)
    act = trigger.pos_ == "VERB" and trigger.lemma_.lower() != "be" and not demand
    return act and (grammar.is_negated(trigger) or grammar.done_to_nobody(trigger))
