"""The pinned model's attribute ruler, matched through an index instead of spaCy's Matcher.

The model's `attribute_ruler` maps each token's tag (and a few words and dependencies) to its
coarse part of speech, morphology and some lemmas, with 179 patterns of one or two tokens. spaCy
runs them through its general `Matcher`, which costs about as much as the tagger and the parser
together. Here a token is read as its values (tag, lower-case form, dependency, whitespace), and
which patterns its values start is worked out once per distinct set of values: from a table for
the patterns that ask only for values, by testing the few others (NOT_IN, REGEX, whitespace).
Only a two-token pattern's second token is tested where it occurs. The matches, and so every
token attribute, are the Matcher's own (a test compares them on reports); the ruler's own
`set_annotations` applies them.
"""

from __future__ import annotations

import itertools
import re
from collections import defaultdict
from collections.abc import Callable

from spacy.attrs import DEP, IS_SPACE, LOWER, TAG
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.strings import StringStore
from spacy.tokens import Doc

FIELDS = ("TAG", "LOWER", "DEP")  # the values a table key is made of, in this order
CACHE_ROWS = 200_000  # distinct token values remembered between docs
Row = tuple[int, int, int, int]  # a token's tag, lower-case form and dependency (hashes), space
RowTest = Callable[[Row], bool]
Match = tuple[int, int, int, int]  # attribute id, match id, start, end: as AttributeRuler.match
_COLUMN = {"TAG": 0, "LOWER": 1, "DEP": 2}


def _value_test(field: str, wanted: object, strings: StringStore) -> RowTest:
    """A test of one token value, as the Matcher reads it: a value, IN, NOT_IN or REGEX."""
    if field == "IS_SPACE":
        return lambda row: bool(row[3]) == wanted
    column = _COLUMN[field]
    if not isinstance(wanted, dict):
        value = strings.add(str(wanted))
        return lambda row: row[column] == value
    ((operator, operand),) = wanted.items()
    if operator in ("IN", "NOT_IN"):
        values = {strings.add(v) for v in operand}
        inside = operator == "IN"
        return lambda row: (row[column] in values) == inside
    if operator == "REGEX":
        pattern = re.compile(operand)
        return lambda row: pattern.search(strings[row[column]]) is not None
    raise ValueError(f"attribute ruler pattern with an unsupported operator: {wanted}")


def _token_test(spec: dict, strings: StringStore) -> RowTest:
    """A test of one pattern token: every value it names must hold."""
    tests = [_value_test(field, wanted, strings) for field, wanted in spec.items()]
    return lambda row: all(test(row) for test in tests)


def _values(wanted: object) -> list[str] | None:
    """The values an attribute may take, or None when it is not a plain value or IN list."""
    if isinstance(wanted, str):
        return [wanted]
    if isinstance(wanted, dict) and set(wanted) == {"IN"}:
        return list(wanted["IN"])
    return None


def _table_keys(pattern: list[dict]) -> tuple[tuple[str, ...], list[tuple[str, ...]]] | None:
    """The fields and every key of a one-token pattern that asks only for values; else None."""
    if len(pattern) != 1 or not set(pattern[0]) <= set(FIELDS):
        return None
    fields = tuple(f for f in FIELDS if f in pattern[0])
    choices = [_values(pattern[0][f]) for f in fields]
    if any(c is None for c in choices):
        return None
    return fields, list(itertools.product(*choices))


class IndexedAttributeRuler:
    """Find the attribute ruler's matches by table and test, then let the ruler apply them."""

    def __init__(self) -> None:
        self.ruler: AttributeRuler | None = None
        self.tables: dict[tuple[str, ...], dict[tuple[int, ...], list[tuple[int, int]]]] = {}
        self.tested: list[tuple[int, int, list[RowTest]]] = []  # patterns outside the tables
        self._seen: dict[Row, tuple[list, list]] = {}  # token values -> what they start

    def use(self, ruler: AttributeRuler) -> None:
        """File the patterns of `ruler`, whose attributes this component then sets."""
        self.ruler = ruler
        strings = ruler.vocab.strings
        for attr_id, entry in enumerate(ruler.patterns):
            match_id = strings.add(str(attr_id))
            for pattern in entry["patterns"]:
                table = _table_keys(pattern)
                if table is None:
                    tests = [_token_test(spec, strings) for spec in pattern]
                    self.tested.append((attr_id, match_id, tests))
                    continue
                fields, keys = table
                rows = self.tables.setdefault(fields, defaultdict(list))
                for key in keys:
                    rows[tuple(strings.add(v) for v in key)].append((attr_id, match_id))

    def _started(self, row: Row) -> tuple[list[tuple[int, int]], list[tuple[int, int, list]]]:
        """What a token with these values starts: one-token matches, and longer patterns.

        A longer pattern comes with the tests its next tokens must pass.
        """
        matched = [
            hit
            for fields, table in self.tables.items()
            for hit in table.get(tuple(row[_COLUMN[f]] for f in fields), ())
        ]
        longer = []
        for attr_id, match_id, tests in self.tested:
            if tests[0](row):
                if len(tests) == 1:
                    matched.append((attr_id, match_id))
                else:
                    longer.append((attr_id, match_id, tests[1:]))
        return matched, longer

    def match(self, doc: Doc) -> list[Match]:
        """Every (attribute id, match id, start, end), sorted as `AttributeRuler.match` sorts."""
        found: list[Match] = []
        rows = list(map(tuple, doc.to_array([TAG, LOWER, DEP, IS_SPACE]).tolist())) if doc else []
        seen = self._seen
        for i, row in enumerate(rows):
            if row not in seen:
                if len(seen) > CACHE_ROWS:
                    seen.clear()
                seen[row] = self._started(row)
            matched, longer = seen[row]
            found += [(attr_id, match_id, i, i + 1) for attr_id, match_id in matched]
            for attr_id, match_id, tests in longer:
                end = i + 1 + len(tests)
                if end <= len(rows) and all(t(rows[i + 1 + n]) for n, t in enumerate(tests)):
                    found.append((attr_id, match_id, i, end))
        return sorted(set(found))

    def __call__(self, doc: Doc) -> Doc:
        """Set the ruler's attributes on the doc's tokens."""
        if self.ruler is None:
            raise ValueError("indexed_attribute_ruler has no ruler: call use() first")
        self.ruler.set_annotations(doc, self.match(doc))
        return doc


@Language.factory("indexed_attribute_ruler")
def make_indexed_attribute_ruler(nlp: Language, name: str) -> IndexedAttributeRuler:
    """An empty indexed ruler; `index_attribute_ruler` gives it the model's patterns."""
    return IndexedAttributeRuler()


def index_attribute_ruler(nlp: Language) -> None:
    """Replace the pipeline's `attribute_ruler` by its indexed twin, in place and by name."""
    ruler = nlp.get_pipe("attribute_ruler")
    nlp.replace_pipe("attribute_ruler", "indexed_attribute_ruler")
    nlp.get_pipe("attribute_ruler").use(ruler)
