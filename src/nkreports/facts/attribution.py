"""Who says it: the normalised source of a sentence, read from the dependency parse.

Shared by the counts and policy stages. `attribute(sent)` gives the source as a short name
("UN special rapporteur", "NKDB", "an anonymous source", "" when none); `speech_verb(token)` and
`speaker(sent)` expose the reporting verb and its subject for certainty rules. `SPEECH_VERBS` is
the one list of reporting verbs; the policy stage's certainty rules read a subset of it.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from nkreports.nlp import doc_text

ANONYMOUS = "an anonymous source"

# reporting verbs (lemmas) whose subject is a sentence's source: "said", "told Daily NK",
# "estimates", "claim", "data show", "complained"; the one list, shared by counts and policy
SPEECH_VERBS = frozenset(
    verb
    for group in (
        "say tell state add note explain insist warn announce quote inform complain",
        "claim allege estimate approximate believe suggest",
        "confirm report show indicate reveal",
    )
    for verb in group.split()
)
# nouns (lemmas) that speak for an owner: "NKDB data show", "a report published in X"
DOCUMENT_NOUNS = frozenset(
    ("datum", "data", "report", "survey", "study", "figure", "statistic", "census")
)
# nouns (lemmas) for people quoted without a name: "a source in China", "a diplomatic source"
UNNAMED_PERSON_NOUNS = frozenset(("source", "insider", "resident", "informant"))
# phrases that make a speaker anonymous: "on condition of anonymity", "condition of privacy"
ANONYMITY_MARKERS = ("anonymity", "condition of privacy", "not to be named", "not to be identified")


def speech_verb(token: Token) -> bool:
    """Tell whether a token is a reporting verb: "said", "told", "estimates", "show"."""
    return token.pos_ in ("VERB", "AUX") and token.lemma_.lower() in SPEECH_VERBS


def speaker(sent: Span) -> Token | None:
    """Find who speaks in a sentence: "according to X", else the subject of a speech verb."""
    for token in sent:
        objects = [c for c in token.children if c.dep_ == "pobj"]
        if token.lower_ == "to" and token.head.lower_ == "according" and objects:
            return objects[0]
    for verb in sorted((t for t in sent if speech_verb(t)), key=_depth):
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        subjects.sort(key=lambda c: abs(c.i - verb.i))
        if subjects and subjects[0].lower_ not in ("it", "that", "which", "this"):
            return subjects[0]
    return None


def attribute(sent: Span) -> str:
    """Name the source of a sentence; inside a quote, the attribution in the same paragraph."""
    own = _resolved(sent)
    if own or not _quoted(sent):
        return own
    return next((found for other in _paragraph(sent) if (found := _resolved(other))), "")


def source_name(token: Token) -> str:
    """Shorten a source: "Human rights groups" -> "human rights groups", "NKDB data" -> "NKDB"."""
    if token.lemma_.lower() in DOCUMENT_NOUNS:
        owner = _document_owner(token)
        if owner is not None:
            return source_name(owner)
    role = next((c for c in token.children if c.dep_ == "appos" and c.pos_ == "NOUN"), None)
    person = role or token
    org = _organisation(person)
    if org:
        return org
    unnamed = person.lemma_.lower() in UNNAMED_PERSON_NOUNS or _anonymous(token.sent)
    return ANONYMOUS if unnamed and person.pos_ != "PROPN" else _phrase(person)


def _resolved(sent: Span) -> str:
    """Name the sentence's own source; a pronoun takes the last named speaker before it."""
    who = speaker(sent)
    if who is None or who.pos_ != "PRON":
        return "" if who is None else source_name(who)
    earlier = [s for s in sent.doc.sents if s.end <= sent.start][-5:]
    for other in reversed(earlier):
        found = speaker(other)
        if found is not None and found.pos_ != "PRON":
            return source_name(found)
    return ""


def _depth(token: Token) -> int:
    """Count the steps to the sentence root, so main-clause speech verbs come first."""
    depth = 0
    while token.head.i != token.i and depth < len(token.doc):  # bounded: never trust a parse
        token, depth = token.head, depth + 1
    return depth


def _document_owner(token: Token) -> Token | None:
    """Find whose document it is: "NKDB data", "a report published in The Diplomat"."""
    for child in token.children:
        named = child.pos_ == "PROPN" or child.ent_type_ != "" or child.text.isupper()
        if child.dep_ in ("compound", "poss", "nmod") and named:
            return child
        if child.dep_ == "acl":
            for prep in child.children:
                objects = [c for c in prep.children if c.dep_ == "pobj"]
                if prep.dep_ in ("prep", "agent") and objects:
                    return objects[0]
    return None


def _organisation(person: Token) -> str:
    """Name the office of a role: "spokesman for South Korea's Unification Ministry"."""
    for prep in person.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("for", "at", "of"):
            continue
        for org in prep.children:
            if org.dep_ == "pobj" and org.ent_type_ == "ORG":
                country = [c for c in org.children if c.dep_ == "poss" and c.ent_type_ == "GPE"]
                if not country:
                    return _phrase(org)
                name = _phrase(org, skip={t.i for t in country[0].subtree})
                return f"{_phrase(country[0])} ({name})"
    return ""


def _anonymous(sent: Span) -> bool:
    """Tell whether the sentence says its speaker is unnamed ("on condition of anonymity")."""
    lowered = sent.text.lower()
    return any(marker in lowered for marker in ANONYMITY_MARKERS)


def _phrase(token: Token, skip: set[int] | None = None) -> str:
    """Render a noun with its modifiers: "The U.S. State Department" -> "US State Department"."""
    skip = skip or set()
    left = [t for t in token.subtree if t.i <= token.i and t.i not in skip]
    while left and (left[0].dep_ in ("det", "punct", "case") or left[0].pos_ == "PRON"):
        if left[0].text == "The" and not left[0].is_sent_start:
            break  # a capital "The" mid-sentence is part of a name: "The Diplomat"
        left = left[1:]
    words = [
        t.text if t.pos_ == "PROPN" or t.text.isupper() or t.text == "The" else t.lower_
        for t in left
    ]
    text = " ".join(words).replace(" - ", "-").replace(" 's", "'s").replace(" ’s", "’s")
    return re.sub(r"\b([A-Z])\.([A-Z])\.", r"\1\2", text)


def inside_quote(doc: Doc, char: int) -> bool:
    """Tell whether `char` sits inside a quotation opened earlier in its paragraph."""
    text = doc_text(doc)
    before = text[text.rfind("\n\n", 0, char) + 1 : char]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


def _quoted(sent: Span) -> bool:
    """Tell whether the sentence is (partly) inside quotation marks."""
    return inside_quote(sent.doc, sent.start_char) or any(mark in sent.text for mark in '“”"')


def _paragraph_start(sent: Span) -> int:
    """Find where the sentence's paragraph (blank-line delimited) begins."""
    return doc_text(sent.doc).rfind("\n\n", 0, sent.start_char) + 1


def _paragraph(sent: Span) -> list[Span]:
    """List the other sentences of the sentence's paragraph, nearest first."""
    text, start = doc_text(sent.doc), _paragraph_start(sent)
    end = text.find("\n\n", sent.end_char)
    end = len(text) if end < 0 else end
    others = [s for s in sent.doc.sents if start <= s.start_char < end and s.start != sent.start]
    return sorted(others, key=lambda s: abs(s.start - sent.start))
