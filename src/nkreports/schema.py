"""Every table's records, columns and dtypes, declared once."""

from __future__ import annotations

import dataclasses
import typing
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import TYPE_CHECKING, TypeVar

from nkreports.text import Body

if TYPE_CHECKING:
    import pandas as pd

R = TypeVar("R")


def vocabulary(name: str, values: str) -> type[StrEnum]:
    """A controlled vocabulary: a StrEnum whose members are the values, named in upper case.

    Members are strings, so they compare equal to the values read back from a CSV and write as
    their values: `Direction.RESTRICTIVE == "restrictive"`.
    """
    return StrEnum(name, [(value.upper(), value) for value in values.split()], module=__name__)


# The controlled vocabularies of the tables, declared once.
# reports.status: how a file fared; reports.published_source: where the publication date came from
Status = vocabulary("Status", "ok warning error")
PublishedSource = vocabulary("PublishedSource", "text manifest none")
# dates.kind: the form of a temporal expression
DateKind = vocabulary("DateKind", "date month year season relative range duration")
# counts.qualifier: how a number is hedged (ACLED-style readings of vague words); counts.unit
Qualifier = vocabulary("Qualifier", "exact approx at_least at_most more_than less_than range vague")
Unit = vocabulary("Unit", "persons percent years days other")
# policy_changes.category: the codebook's categories (resources/codebook.csv)
Category = vocabulary(
    "Category",
    "repatriation detention_arrest residency_legal_status labeling_criminalization"
    " exit_transfer_to_third_country border_control diplomatic_request_protest family_pressure"
    " other",
)
# policy_changes.direction, for North Koreans in China; policy_changes.certainty
Direction = vocabulary("Direction", "restrictive protective neutral")
Certainty = vocabulary("Certainty", "reported_fact claimed_by_source rumor denied")


@dataclass(frozen=True)
class Article:
    """A cleaned report ready for extraction: what every extractor receives beside the spaCy Doc."""

    report_id: str
    raw: str
    body: Body
    published: date | None  # the first day of the month when only the month is known
    date_order: str = "MDY"  # the page's own day/month convention: "MDY" or "DMY"
    published_granularity: str = "day"  # "day", or "month" for a page dated only by month
    # raw offsets where a part with a date of its own starts (a feed's items), with that date
    # (None: the part states none, and the publication date stands)
    anchors: tuple[tuple[int, date | None], ...] = ()


@dataclass(frozen=True)
class Report:
    """One row of reports.csv: one input file, whatever state it is in."""

    report_id: str
    file: str
    sha256: str
    bytes: int
    encoding: str
    status: str  # ok | warning | error
    problems: str  # plain-language messages joined by " | "
    outlet: str
    title: str
    byline: str
    published: str  # ISO date at its granularity ("2024-06-27", or "2011-03" for a month), or ""
    published_source: str  # text | manifest | none
    published_evidence: str  # the exact line the date was read from
    other_dates: str  # other page dates and why they were not taken, joined by " | "
    words: int
    repost_of: str
    url: str


@dataclass(frozen=True)
class Furniture:
    """One row of furniture.csv: a raw line removed from the article body, and why."""

    report_id: str
    start: int
    end: int
    line: str
    reason: str


@dataclass(frozen=True)
class Fact:
    """Provenance shared by every extracted fact: raw[start:end] == mention."""

    report_id: str
    start: int
    end: int
    mention: str
    sentence: str


@dataclass(frozen=True)
class DateMention(Fact):
    """One row of dates.csv: a temporal expression resolved against the publication date."""

    kind: str  # date | month | year | season | relative | range | duration
    value: str  # ISO 8601 at its true granularity, an interval a/b, or "" when unresolved
    granularity: str  # day | month | season | year | interval | duration | ""
    anchor: str  # ISO date it was resolved against, or ""
    rule: str
    tense: str  # past | present | future | ""
    note: str  # why a value is missing or uncertain
    rules_version: str


@dataclass(frozen=True)
class Place(Fact):
    """One row of places.csv: a place mention normalised to the gazetteer."""

    name: str
    kind: str  # country | province | city | county | region | border | other
    country: str  # ISO 3166-1 alpha-2
    admin1: str
    lat: float | None
    lon: float | None
    place_id: str
    note: str  # ambiguity flags
    rules_version: str


@dataclass(frozen=True)
class Count(Fact):
    """One row of counts.csv: a number with its qualifier and range, what it counts, who says so."""

    low: float | None
    high: float | None
    qualifier: str  # exact | approx | at_least | at_most | more_than | less_than | range | vague
    unit: str  # persons | percent | years | days | other
    counted: str
    attributed_to: str
    time_ref: str
    rules_version: str


MODEL_METHOD = "model"  # the `method` of a policy-change row the trained model found


@dataclass(frozen=True)
class PolicyChange(Fact):
    """One row of policy_changes.csv: an official action or policy change as reported."""

    actor: str
    actor_country: str  # ISO 3166-1 alpha-2
    action: str
    category: str
    direction: str  # restrictive | protective | neutral
    certainty: str  # reported_fact | claimed_by_source | rumor | denied
    method: str  # the rule family that read it, or MODEL_METHOD
    confidence: float | None  # the model's probability; empty for a rule's row
    date: str  # value of the linked dates.csv row, or ""
    date_start: int | None  # start of that dates.csv row in the same report
    place: str  # name of the linked places.csv row, or ""
    place_start: int | None
    rules_version: str


TABLES: dict[str, type] = {
    "reports": Report,
    "furniture": Furniture,
    "dates": DateMention,
    "places": Place,
    "counts": Count,
    "policy_changes": PolicyChange,
}

_DTYPES = {int: "Int64", float: "Float64", str: "string"}


def columns(record: type) -> list[str]:
    """Column names of a record type, in declaration order."""
    return [f.name for f in dataclasses.fields(record)]


def _base_type(hint: object) -> type:
    """`int | None` -> int; plain types unchanged."""
    args = [a for a in typing.get_args(hint) if a is not type(None)]
    return args[0] if args else hint


def dtypes(record: type) -> dict[str, str]:
    """Pandas dtypes of a record type's columns (all nullable, so empty tables keep them)."""
    hints = typing.get_type_hints(record)
    return {name: _DTYPES[_base_type(hints[name])] for name in columns(record)}


def frame(records: list, record: type) -> pd.DataFrame:
    """Records as a DataFrame with the declared columns and dtypes, even when empty."""
    import pandas as pd  # on first use: the extraction writes its tables without pandas

    names = columns(record)
    df = pd.DataFrame([[getattr(r, n) for n in names] for r in records], columns=names)
    return df.astype(dtypes(record))


def provenance(article: Article, start: int, end: int, sentence: str) -> dict:
    """The shared Fact fields for body[start:end]: raw offsets, raw mention, tidy sentence."""
    raw_start, raw_end = article.body.to_raw(start, end)
    return {
        "report_id": article.report_id,
        "start": raw_start,
        "end": raw_end,
        "mention": article.raw[raw_start:raw_end],
        "sentence": " ".join(sentence.split()),
    }


def fact(record: type[R], provenance_fields: dict, source: object, **fields: object) -> R:
    """A fact row: its provenance, the record's other fields taken by name from `source`.

    `source` is what the rules resolved (a date `Resolution`, a gazetteer `Entry`); `fields`
    add the rest and win over `source`, so no stage retypes the record's field list.
    """
    names = {f.name for f in dataclasses.fields(record)} - set(provenance_fields)
    taken = {name: getattr(source, name) for name in names if hasattr(source, name)}
    return record(**provenance_fields, **(taken | fields))
