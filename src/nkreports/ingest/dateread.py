"""Reading a page's full dates: the day/month order a page uses, and the date a match names."""

from __future__ import annotations

import re
from collections import Counter
from datetime import date

from nkreports.ingest.datewords import DATE_PATTERNS, MONTHS


def numeric_order(line: str) -> str:
    """Day/month order forced by a numeric date in the line ("24/01/2006" -> "DMY"), else ""."""
    votes = Counter()
    for m in DATE_PATTERNS["numeric"].finditer(line):
        a, b = int(m["a"]), int(m["b"])
        if a > 12 >= b:
            votes["DMY"] += 1
        elif b > 12 >= a:
            votes["MDY"] += 1
    return votes.most_common(1)[0][0] if votes else ""


def page_order(lines: list[str]) -> str:
    """Day/month convention of a page: the majority of its unambiguous numeric dates, else ""."""
    votes = Counter(order for order in map(numeric_order, lines) if order)
    return votes.most_common(1)[0][0] if votes else ""


def read_date(match: re.Match, order: str) -> date | None:
    """Read a matched date; numeric ones by the page's order, dotted ones day-first, else valid."""
    groups = match.groupdict()
    year = int(groups["year"])
    if "a" in groups:
        order = "DMY" if match.re is DATE_PATTERNS["dotted"] else order
        a, b = int(groups["a"]), int(groups["b"])
        first = (b, a) if order == "DMY" else (a, b)
        readings = [first, first[::-1]]
    else:
        month = groups["month"]
        readings = [(MONTHS[month.lower()] if month.isalpha() else int(month), int(groups["day"]))]
    for month, day in readings:
        try:
            return date(year, month, day)
        except ValueError:
            continue
    return None
