"""Places: spaCy GPE/LOC spans plus curated-name rules, normalised to the shipped gazetteer.

Conventions (see resources/GAZETTEER.md): mentions are tight ("China" in "China’s", "North"
in "the North"); demonyms, organisations and buildings (an embassy is a building) are not
places, the city they stand in is; every ambiguous name says in `note` how it was resolved.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc

from nkreports.facts.places import borders
from nkreports.facts.places import candidates as place_rules
from nkreports.facts.places.ambiguity import (
    PlaceContext,
    border_with,
    choose,
    compass,
    generic_border,
    korea_alone,
)
from nkreports.facts.places.candidates import COMPASS, Candidate
from nkreports.facts.places.gazetteer import Entry, curated_names, fold, lookup
from nkreports.paths import stage_version
from nkreports.schema import Article, Place, fact, provenance

RULES_VERSION = "places-3"
RESOURCE_FILES = ("gazetteer.csv", "aliases.csv")
SETTLED_KINDS = ("province", "city", "county", "border", "river", "other")
UNRESOLVED = "UNRESOLVED: not in the gazetteer"
_GIVEN_NAME = re.compile(r"[A-Z][a-z]+-[a-z]+")  # "Eun-hye", "Min-jung": a Korean given name
_DEMONYM = re.compile(r"(ans?|ese|ians?|ish|is)$")
_KIND_SUFFIXES = ("province", "city", "county", "prefecture")


@lru_cache(maxsize=1)
def version() -> str:
    """The places stage's version: its rules plus a digest of the gazetteer and alias table."""
    return stage_version(RULES_VERSION, RESOURCE_FILES)


def ruler_patterns() -> list[dict]:
    """Curated names the model may miss: 'Sinŭiju', 'Domun', 'North Pyongan province'.

    Single-word country and region names ('Korea', 'DPRK') are left to the model, so that
    organisation names such as 'Korea JoongAng Daily' stay organisations.
    """
    patterns = []
    for name, place_id, kind in curated_names():
        if kind not in SETTLED_KINDS and len(name.split()) == 1:
            continue
        label = "LOC" if kind in ("region", "border", "river", "other") else "GPE"
        unique = len(lookup(name)) == 1
        forms = [name, f"{name} province"] if kind == "province" else [name]
        patterns += [
            {"label": label, "pattern": form, **({"id": place_id} if unique else {})}
            for form in forms
        ]
    return patterns


def bare_name(text: str) -> str:
    """'Hebei Province' -> 'Hebei': the name without a trailing administrative word."""
    words = text.split()
    if len(words) > 1 and words[-1].lower() in _KIND_SUFFIXES:
        return " ".join(words[:-1])
    return text


def is_demonym(text: str) -> bool:
    """'North Koreans', 'Chinese': a people, not a place (asked only when lookup fails)."""
    return bool(_DEMONYM.search(text.lower()))


def _place(article: Article, cand: Candidate, entry: Entry | None, note: str) -> Place:
    """Make a places.csv row for a candidate, resolved to `entry` (unresolved when None)."""
    fields = provenance(article, cand.start, cand.end, cand.span.sent.text)
    if entry is None:
        entry = Entry("", cand.text, "other", "", "", None, None, 0)
    return fact(Place, fields, entry, note=note, rules_version=version())


def resolve(cand: Candidate, ctx: PlaceContext) -> tuple[Entry | None, str] | None:
    """Find a candidate's gazetteer entry and how it was chosen; None when it is no place."""
    text = cand.text
    if cand.border_of:
        return border_with(cand.border_of, cand.span, ctx)
    if cand.hint:
        found = [e for e in lookup(cand.hint) if e.kind == "region"]
        return (found[0], f"'{text}' read as {found[0].name}") if found else None
    if text in COMPASS:
        return compass(text, ctx)
    if text.lower() == "border":
        return generic_border(cand.span, ctx)
    found = lookup(text) or lookup(bare_name(text))
    if found and len(text.replace(".", "")) <= 3 and text.islower():
        return None  # a short form is written in capitals: "LA", "U.S.", not Spanish "la"
    if not found:
        person = _GIVEN_NAME.fullmatch(text)
        named = len(text.split()) > 1 and lookup(text.split()[-1])  # "Borderline Korea": a name
        if is_demonym(text) or person or named or not cand.from_model:
            return None
        return None, UNRESOLVED
    if fold(text) == "korea":
        return korea_alone(cand.span)
    if cand.span.ent_id_ and len(found) == 1:
        return found[0], ""
    return choose(found, cand.span, ctx)


def candidates(doc: Doc) -> list[Candidate]:
    """Every candidate mention in text order; the earlier rule wins an overlap.

    Country-named borders come first, then the model's entities, then the other rules. A border
    named with its country ('the border with China') overlaps that country's mention.
    """
    rules = (
        borders.country_border_candidates,
        place_rules.entity_candidates,
        place_rules.organisation_country_candidates,
        borders.named_border_candidates,
        place_rules.compass_candidates,
        borders.border_candidates,
        place_rules.of_phrase_candidates,
        place_rules.dateline_candidates,
        place_rules.misread_candidates,
        place_rules.hyphen_pair_candidates,
        place_rules.glued_candidates,
        place_rules.direction_region_candidates,
    )
    taken: set[int] = set()
    kept = []
    for rule in rules:
        for cand in rule(doc):
            head = cand.span[0] if cand.border_of else None  # 'border with China' claims 'border'
            end = head.idx + len(head.text) if head is not None else cand.end
            chars = set(range(cand.start, end))
            if not chars & taken:
                taken |= chars
                kept.append(cand)
    return sorted(kept, key=lambda c: c.start)


def extract_places(doc: Doc, article: Article) -> list[Place]:
    """Every place mention in the article body, normalised to the gazetteer."""
    ctx = PlaceContext.of(doc)
    rows = []
    for cand in candidates(doc):
        resolved = resolve(cand, ctx)
        if resolved is not None:
            rows.append(_place(article, cand, *resolved))
    return rows
