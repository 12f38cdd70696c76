"""The policy stage's word lists: lemmas the rule families look for, built once at import.

The plain lists are data, `resources/policy_words.toml`, read as `WORDS.NAME`; the tables built
on them (countries, institutions, protest nouns, denied reports) are here. Grammar (dependency
labels, prepositions, pronouns) stays in `grammar`; the controlled vocabularies (categories,
directions, certainties) are the enums of `nkreports.schema`.
"""

from __future__ import annotations

from types import MappingProxyType

from nkreports.facts.attribution import SPEECH_VERBS
from nkreports.paths import RESOURCES
from nkreports.schema import Category, Direction
from nkreports.wordlists import read_word_lists

WORDS_FILE = "policy_words.toml"


def _words(*groups: str) -> frozenset[str]:
    """Return the blank-separated words of `groups` as one set: ("a b", "c") -> {a, b, c}."""
    return frozenset(word for group in groups for word in group.split())


def _phrases(text: str) -> tuple[str, ...]:
    """Return the comma-separated phrases of `text` in order: "a b, c" -> ("a b", "c")."""
    return tuple(phrase.strip() for phrase in text.split(","))


def _by_country(words: dict[str, str]) -> MappingProxyType[str, tuple[str, str]]:
    """Map each word listed under an ISO2 code to (ISO2, country name): {"KR": "seoul"}."""
    return MappingProxyType({w: (iso, NAMES[iso]) for iso, ws in words.items() for w in ws.split()})


WORDS = read_word_lists(RESOURCES / WORDS_FILE)

# the countries an actor is resolved to, by ISO2 code
NAMES = MappingProxyType({"CN": "China", "KP": "North Korea", "KR": "South Korea"})
# lower-cased words naming a country, to (ISO2, country name): 'Chinese police', 'Pyongyang'
COUNTRIES = _by_country({"CN": "china chinese beijing", "KP": "pyongyang dprk", "KR": "seoul"})
# the word before 'Korea(n)' that says which Korea: 'North Korean', 'N. Korea', 'South Korea'
KOREAS = _by_country({"KP": "north n.", "KR": "south"})
# lower-cased institution names; the first found wins, so a name precedes the names it contains
INSTITUTIONS = _phrases(
    "security department, foreign ministry, ministry of foreign affairs, unification ministry, "
    "police station, police, government, authorities, embassy, ministry, party, border guards, "
    "rights groups, spokesman, minister, rapporteur, officials"
)
# objects that make a plain verb a protest: 'expressed his opposition', 'summoned the ambassador'
PROTEST_NOUNS = MappingProxyType(
    {
        "express": _words("opposition concern protest regret"),
        "convey": _words("opposition concern protest regret position stance message"),
        "hold": _words("protest rally demonstration vigil"),
        "lodge": _words("protest complaint objection"),
        "file": _words("protest complaint objection"),
        "summon": _words(
            "ambassador envoy diplomat consul chargé attaché counsellor counselor official"
        ),
        "raise": WORDS.CASES
        | _words("concern detention arrest return repatriation deportation treatment"),
        "take": WORDS.CASES,  # 'took up the cases with the ministry'
    }
)
# the action recorded for such a protest verb ('express' names its object instead)
PROTEST_ACTIONS = MappingProxyType(
    {
        "hold": "hold protest",
        "lodge": "lodge protest",
        "file": "lodge protest",
        "summon": "summon ambassador",
        "raise": "raise the case",
        "take": "raise the case",
    }
)
# what a denied report is about, by category: 'denied the reports of mass expulsions'
DENIED = MappingProxyType(
    {
        Category.FAMILY_PRESSURE: _words("relative family parent"),
        Category.REPATRIATION: _words(
            "repatriation expulsion deportation repatriate expel deport return send"
        ),
        Category.DETENTION_ARREST: _words(
            "arrest detention crackdown detain campaign sweep raid operation"
        ),
    }
)
# reporting verbs that put an act in a source's mouth (claimed_by_source): the shared speech
# verbs, less 'announce' (an actor announcing its own act states it as fact) and the verbs of
# belief and warning ('believe', 'warn'), which hedge what they govern (FEARS) and do not report it
REPORTING = SPEECH_VERBS - {"announce"} - WORDS.FEARS


def lemma_category(lemma: str) -> tuple[Category, Direction]:
    """(category, direction) of an official action's lemma: judicial, sends, measures, helps."""
    if lemma in WORDS.JUDICIAL:
        return Category.DETENTION_ARREST, Direction.RESTRICTIVE
    if lemma in WORDS.SENDS:
        return Category.REPATRIATION, Direction.RESTRICTIVE
    if lemma in WORDS.MEASURES:
        return Category.OTHER, Direction.RESTRICTIVE
    return Category.OTHER, Direction.PROTECTIVE if lemma in WORDS.HELPS else Direction.NEUTRAL
