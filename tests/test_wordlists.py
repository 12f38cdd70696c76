"""Word lists kept as data: parsing, includes and the errors a bad file gives."""

import re

import pytest

from nkreports.facts.policy import lexicon
from nkreports.paths import RESOURCES
from nkreports.wordlists import parse_word_lists, read_word_lists


def test_lists_are_frozen_sets_of_blank_separated_words():
    lists = parse_word_lists('first = "x y"\nsecond = """\nz\nw x\n"""\n')
    assert lists.first == frozenset({"x", "y"})
    assert lists.second == frozenset({"z", "w", "x"})
    assert lists.names() == ("first", "second")


def test_an_at_word_includes_a_list_defined_above():
    lists = parse_word_lists('first = "x y"\nsecond = "@first z"\n')
    assert lists.second == frozenset({"x", "y", "z"})


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('B = "@A z"\nA = "x"\n', "B includes @A, not defined above it"),
        ("A = 3\n", "A must be a string of words"),
    ],
)
def test_a_bad_file_names_the_list_at_fault(text, message):
    with pytest.raises(ValueError, match=message):
        parse_word_lists(text, "words.toml")


def test_an_unknown_list_is_an_attribute_error_naming_the_file():
    with pytest.raises(AttributeError, match=re.escape("words.toml has no word list 'C'")):
        _ = parse_word_lists('A = "x"\n', "words.toml").C


def test_the_policy_lexicon_reads_every_list_of_its_file():
    shipped = read_word_lists(RESOURCES / lexicon.WORDS_FILE)
    assert shipped.names() == lexicon.WORDS.names()
    assert all(getattr(lexicon.WORDS, name) for name in shipped.names())
    assert lexicon.WORDS.TARGETS > lexicon.WORDS.LABELS
