"""The policy corpus's diversity check."""

from nkreports.tools.policy_model import diversity
from nkreports.tools.policy_model.convert import Record, read_records


def _record(record_id, text):
    return Record(record_id, "p", text, ())


def test_near_duplicates_flag_a_shared_token_set_and_skip_short_lines():
    records = [
        _record("a", "China sent the nine women back to the North on Friday."),
        _record("b", "On Friday China sent the nine women back to the North."),
        _record("c", "Seoul asked Beijing to let the group travel to a third country."),
        _record("d", "(END)"),
        _record("e", "(END)"),
    ]
    assert diversity.near_duplicates(records) == [("a", "b", 1.0)]


def test_the_corpus_has_no_near_duplicates():
    assert diversity.near_duplicates(read_records()) == []
