"""Read resolutions against a publication date known only to its month.

`Article.published` is then the first of the month and `published_granularity` is "month".
Month and year readings stand ("in January" = its latest occurrence on or before the
publication month, "last month" = the month before); a reading that needs the publication day
("yesterday", "Tuesday", "two weeks ago", "this week") stays unresolved with a note; an interval
that ends or starts on the anchor day ends or starts on its month ("since the start of the
year" = `2012-01/2012-04`, "earlier this month" = `2012-04`). TIMEX3 values never claim more
precision than the anchor.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from nkreports.facts.dates.relative import Resolution, ym

MONTH_ONLY = "publication date known only to the month"
# Rules whose value is a day counted from the anchor's day.
DAY_RULES = re.compile(
    r"(?:paraphrase\+|since\+)?(?:deictic_day|weekday_.*|ago|ago_vague|deictic_.*_week)"
)


def at_month(found: Resolution, anchor: date) -> Resolution:
    """Coarsen a resolution read from a month-only anchor to what that anchor can give."""
    if not found.anchor or not found.value:
        return found
    if DAY_RULES.fullmatch(found.rule) and (found.granularity == "day" or "week" in found.rule):
        return replace(found, value="", note=MONTH_ONLY)
    if found.rule.startswith(("ago", "since+ago")) and re.search(r"\d{4}-\d{2}-\d{2}", found.value):
        return replace(found, value="", note=MONTH_ONLY)
    if "/" not in found.value:
        return found
    month = ym(anchor)
    ends = [month if end == anchor.isoformat() else end for end in found.value.split("/")]
    value = "/".join(dict.fromkeys(ends))
    return replace(found, value=value, granularity="month" if value == month else found.granularity)
