"""All-capital lines read by the parser in ordinary case, the text kept exactly as written.

'JILIN POLICE HOLD DOZENS OF NORTH KOREANS' is parsed by the small English model as a string of
proper nouns. `parse` hands the model a copy in which such lines read 'Jilin police hold dozens
of North Koreans' (the same length, letter for letter), then moves the copy's annotations onto a
Doc of the original characters, so every offset, mention and sentence stays the report's own.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache

from spacy.attrs import DEP, ENT_ID, ENT_IOB, ENT_KB_ID, ENT_TYPE, HEAD, LEMMA, MORPH, POS, TAG
from spacy.language import Language
from spacy.tokens import Doc

from nkreports.paths import RESOURCES, stage_version
from nkreports.wordlists import WordLists, read_word_lists

RULES_VERSION = "truecase-2"
WORDS_FILE = "case_words.toml"
MIN_WORDS = 3  # a line of fewer capital words ('DATE:', 'NEW YORK') is left as it is
# what the parser's copy takes over: tags, lemmas, the parse and the entities
ANNOTATIONS = [TAG, POS, MORPH, LEMMA, HEAD, DEP, ENT_IOB, ENT_TYPE, ENT_KB_ID, ENT_ID]
_LINE = re.compile(r"^.*$", re.MULTILINE)
_WORD = re.compile(r"[A-Za-z]+")
# a word after these opens a clause: a line's start, a stop, a dash, a list label '(b)', 'c)'
_CLAUSE_START = re.compile(r"(?:^|[:;.!?]|--|–|—|\(\w{1,4}\)|\b\w{1,3}\))\s*$")


@lru_cache(maxsize=1)
def version() -> str:
    """The casing rules' version and a digest of their word lists: part of every cache key."""
    return stage_version(RULES_VERSION, (WORDS_FILE,))


@lru_cache(maxsize=1)
def words() -> WordLists:
    """The acronyms and proper words that keep their capitals."""
    return read_word_lists(RESOURCES / WORDS_FILE)


@lru_cache(maxsize=1)
def _phrases() -> re.Pattern[str]:
    """The proper names of several ordinary words: 'united states'."""
    names = sorted(w.replace("_", r"\s+") for w in words().PROPER_PHRASES)
    return re.compile(rf"\b(?:{'|'.join(names)})\b", re.IGNORECASE)


def capital_line(line: str) -> bool:
    """Tell whether a line is written in capitals: no lower-case letter, several words."""
    return not any(c.islower() for c in line) and len(_WORD.findall(line)) >= MIN_WORDS


def cased(text: str, proper: frozenset[str] = frozenset()) -> str:
    """The text with its all-capital lines in ordinary case, the same length as the text.

    A word opening a line or a clause gets a capital first letter, as do the proper words and
    `proper` (lower-cased words of place names); acronyms stay in capitals.
    """
    keep_capitals, capitalise = words().ACRONYMS, words().PROPER | proper

    def line_cased(line: str) -> str:
        def word(match: re.Match[str]) -> str:
            found, lower = match.group(), match.group().lower()
            if lower in keep_capitals:
                return found
            opens = _CLAUSE_START.search(line, 0, match.start()) is not None
            month = lower in words().MONTH_WORDS and _dated(line, match)
            return lower.capitalize() if opens or month or lower in capitalise else lower

        if not capital_line(line):
            return line
        return _phrases().sub(lambda m: m.group().title(), _WORD.sub(word, line))

    copy = _LINE.sub(lambda m: line_cased(m.group()), text)
    return copy if len(copy) == len(text) else text


def _dated(line: str, match: re.Match[str]) -> bool:
    """Tell whether a month word stands beside a number or after a preposition of time."""
    before = line[: match.start()].split()[-1:] or [""]
    after = line[match.end() :].split()[:1] or [""]
    number = any(w[:1].isdigit() for w in (before[0], after[0]))
    return number or before[0].lower() in words().TIME_PREPOSITIONS


@lru_cache(maxsize=4)
def proper_words(nlp: Language) -> frozenset[str]:
    """The words of the entity ruler's place names, lower-cased: 'yanji', 'hamgyong'.

    Not the ordinary words of names ('River', 'New', 'The') nor short ones ('C', 'Mt').
    """
    if "entity_ruler" not in nlp.pipe_names:
        return frozenset()
    names = [p["pattern"] for p in nlp.get_pipe("entity_ruler").patterns]
    found = {w.lower() for name in names if isinstance(name, str) for w in _WORD.findall(name)}
    return frozenset(w for w in found if len(w) > 2 and w not in words().ORDINARY)


def restored(doc: Doc, text: str) -> Doc:
    """A Doc of `text` with the annotations of `doc`, parsed from its cased copy."""
    chars = [text[t.idx : t.idx + len(t)] for t in doc]
    original = Doc(doc.vocab, words=chars, spaces=[bool(t.whitespace_) for t in doc])
    return original.from_array(ANNOTATIONS, doc.to_array(ANNOTATIONS))


def parse(nlp: Language, texts: Iterable[str]) -> Iterator[Doc]:
    """`nlp.pipe` over the texts, all-capital lines read in ordinary case; Docs keep the texts."""
    proper = proper_words(nlp)
    given = list(texts)
    copies = [cased(text, proper) for text in given]
    for text, copy, doc in zip(given, copies, nlp.pipe(copies), strict=True):
        yield doc if copy == text else restored(doc, text)  # most texts have no capital line
