"""Word lists kept as data: a TOML file of named, blank-separated word lists, read once.

Each key names a list and its value is a string of words separated by blanks or line breaks;
a word written `@NAME` includes the list NAME (defined earlier in the file). The lists are read
as attributes, `WORDS.GROUP`, and an unknown name is an error that names the file.
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from types import MappingProxyType


class WordLists:
    """Named frozensets of words read from one file: `lists.NAME`."""

    def __init__(self, source: str, lists: dict[str, frozenset[str]]) -> None:
        self._source = source
        self._lists = MappingProxyType(lists)
        vars(self).update(lists)  # plain attributes: `__getattr__` answers only unknown names

    def __getattr__(self, name: str) -> frozenset[str]:
        try:
            return self._lists[name]
        except KeyError:
            raise AttributeError(f"{self._source} has no word list {name!r}") from None

    def names(self) -> tuple[str, ...]:
        """The lists' names, in the file's order."""
        return tuple(self._lists)


def parse_word_lists(text: str, source: str = "<word lists>") -> WordLists:
    """Read word lists from TOML text: 'A = "x y"' and 'B = "@A z"' give A {x, y}, B {x, y, z}."""
    lists: dict[str, frozenset[str]] = {}
    for name, value in tomllib.loads(text).items():
        if not isinstance(value, str):
            raise ValueError(f"{source}: {name} must be a string of words")
        words: set[str] = set()
        for word in value.split():
            if word.startswith("@"):
                if word[1:] not in lists:
                    raise ValueError(f"{source}: {name} includes {word}, not defined above it")
                words |= lists[word[1:]]
            else:
                words.add(word)
        lists[name] = frozenset(words)
    return WordLists(source, lists)


def read_word_lists(path: Path) -> WordLists:
    """Read the word lists of the TOML file at `path`."""
    return parse_word_lists(path.read_text(encoding="utf-8"), path.name)
