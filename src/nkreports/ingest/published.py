"""Publication date: every date the page shows, which one is the article's, and why."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date

from nkreports.ingest import foreign, toplines
from nkreports.ingest.dateread import page_order, read_date
from nkreports.ingest.datewords import (
    CLOCK,
    date_matches,
    labelled,
    span_ends,
    stamp_label,
    stamp_line,
    weather_beside,
)
from nkreports.ingest.furniture import FurnitureReason
from nkreports.schema import PublishedSource

RULES_VERSION = "published-17"  # compose into reports.RULES_VERSION
DAY, MONTH = "day", "month"  # Publication.granularity, as schema.Article.published_granularity

# Widgets and lists: a date this many non-blank lines from a weather widget is the page's own.
WIDGET_REACH = 2
BYLINE_REACH = 2
_DATELINE_END = re.compile(r"\s*(?:\([^)]{1,40}\)\s*)?(?:--|[-–—:])")
# Photo captions and credits: "… April 15, 2017. © 2017 Agency/Name", "Photo: Name", "XX Photo".
_CAPTION = re.compile(
    r"©|\([Cc]\)\s*\d{4}|\b[Cc]opyright\b|\b(?:[Pp]hoto|PHOTO|[Ii]mage|[Pp]icture)s?\s*(?:by\b|[Cc]redit"
    r"|[Cc]ourtesy|[:/])|\b[A-Z]{2,}\s+Photos?\b|\b[Ff]ile [Pp]hoto\b"
    r"|\.\s*\((?:[A-Z][\w.&/-]*\s?){1,3}\)\s*$"
)


@dataclass(frozen=True)
class DateSeen:
    """Full date found on one line of the page."""

    value: date
    line: int
    text: str  # the whole line, as the page shows it
    label: str = ""  # published | updated | … from a label before the date, span, else ""


@dataclass(frozen=True)
class Publication:
    """Chosen publication date, the line it came from, and the dates that were not taken."""

    published: date | None
    source: PublishedSource
    evidence: str
    other_dates: tuple[str, ...]
    date_order: str  # MDY | DMY
    problems: tuple[str, ...] = ()
    granularity: str = DAY  # DAY, or MONTH when the page names only a month ("March" / "2011")
    update_only: bool = False  # the date is an "Updated" stamp, the only one the page shows


def dates_in(lines: list[str], indexes: list[int], order: str) -> list[DateSeen]:
    """Every readable full date on the given lines, in page order, with the label before it."""
    seen = []
    for i in indexes:
        end, spans = 0, span_ends(lines[i])
        english = date_matches(lines[i])
        for match in english or foreign.date_matches(lines[i]):
            value = read_date(match, order) if english else foreign.read_date(match)
            if value is not None:
                label = stamp_label(lines[i][end : match.start()]) or _cell_label(lines, i)
                label = label or ("span" if match.start() in spans else "")
                seen.append(DateSeen(value, i, lines[i].strip(), label))
            end = match.end()
    return seen


# A table's header cell that names a publication date: "Report date", "Date of issue", "Issued".
_PUBLISHED_CELL = re.compile(
    r"(?i)(?:report|publication|issue|release)\s+date|date\s+of\s+(?:publication|issue|release)"
    r"|(?:first\s+)?(?:published|issued)(?:\s+on)?|publicly\s+released"
)


def _cell_label(lines: list[str], i: int) -> str:
    """Label of a date-only line from the header cell above it, as flattened tables show.

    "Report date" over "18 September 2024" -> "published"; not "Arrest date", "Date" or
    "Released", which head a case's dates as often as a page's. "Updated:" or "Still current
    at:" over a date (a definition list flattened) make an update or a copy's date.
    """
    above = next((lines[j] for j in range(i - 1, -1, -1) if lines[j].strip()), "")
    header = above.strip(" :")
    if not stamp_line(lines[i]):
        return ""
    if _PUBLISHED_CELL.fullmatch(header):
        return "published"
    kind = stamp_label(above) if above.rstrip().endswith(":") else ""  # "Updated:" over a date
    return kind if kind in {"updated", "captured"} else ""


def is_dateline(line: str) -> bool:
    """Whether a line opens with a dated dateline: "SEOUL, June 3, 2024 (Yonhap) -- ..."."""
    for match in date_matches(line):
        if match.start() <= 40 and _DATELINE_END.match(line, match.end()):
            return True
    return False


def caption(line: str) -> bool:
    """Whether a dated line is a photo caption: "… Dandong, April 15, 2017. © 2017 Agency/Name".

    Also "Photo: Jane Roe", "(Photo courtesy of …)", "XX Photo/Jane Roe", "… 2017. (Agency)";
    never a plain stamp or a dateline ("SEOUL, June 3, 2024 (Agency) -- …").
    """
    return bool(_CAPTION.search(line)) and not stamp_line(line) and not is_dateline(line)


def _near(i: int, targets: list[int], lines: list[str], reach: int) -> bool:
    """Whether line i is within `reach` non-blank lines of any target line."""
    for t in targets:
        lo, hi = sorted((i, t))
        if sum(1 for line in lines[lo + 1 : hi + 1] if line.strip()) <= reach:
            return True
    return False


def rejection(seen: DateSeen, lines: list[str], reasons: list[str]) -> str:
    """Why a page date cannot be the article's own, or "" if it can."""
    if reasons[seen.line] == FurnitureReason.RELATED_HEADLINES:
        return "date of another headline in a related-headlines list"
    if reasons[seen.line] == FurnitureReason.COMMENTS:
        return "date of a reader's comment"
    if seen.label == "updated":
        return "an update stamp, not the first publication"
    if seen.label == "today":
        return "the page's render date, labelled today"
    if seen.label == "next":
        return "the date of a coming meeting or issue"
    if seen.label == "captured":
        return "the date an archive or a crawler copied the page"
    if seen.label == "quoted":
        return "the date field of a document quoted in the page (a cable, a memo, a mail)"
    if seen.label == "span":
        return "one end of a span of dates (life dates, a period), not a stamp"
    if seen.label == "published":
        return ""
    if caption(seen.text) or reasons[seen.line] == FurnitureReason.CAPTION:
        return "date of a photo caption or credit"
    widgets = [i for i, r in enumerate(reasons) if r == FurnitureReason.WEATHER_WIDGET]
    if _near(seen.line, widgets, lines, WIDGET_REACH) or weather_beside(seen.line, lines):
        return "page render/capture date beside a weather widget"
    return ""


def top_stamps(lines: list[str], opening: list[int]) -> list[int]:
    """Top and opening lines that state the page's date beside other words.

    A dated head ("3 March 2021 Geneva"), a headline or byline closed by its date ("Talks
    resume - 2022-08-19", "By Jane Roe · 19/08/2022 08:30") and a press conference's title
    closed by its day ("Regular Press Conference on March 4, 2026"); see `toplines`.
    """
    top = toplines.top_lines(lines)
    near = sorted({*top, *opening})
    sessions = [i for i in top if toplines.dated_session(lines[i])]  # a title, never the body
    stamps = (toplines.dated_head, toplines.closing_stamp)
    return sorted({*sessions, *(i for i in near if any(stamp(lines[i]) for stamp in stamps))})


def _rank(seen: DateSeen, lines: list[str], reasons: list[str], title: int | None) -> int:
    """Rank a page date: the lower, the likelier the article's own.

    -1 labelled, 0 with a time or on the byline, 1 by the byline, 2 under the headline,
    3 dateline, 4 bare date. A stamp on the byline outranks a date near it or near the
    headline: the line under a masthead taken for the headline is often a top bar with the
    page's render date.
    """
    if seen.label == "published":
        return -1
    if CLOCK.search(seen.text) or reasons[seen.line] == FurnitureReason.BYLINE:
        return 0
    bylines = [i for i, r in enumerate(reasons) if r == FurnitureReason.BYLINE]
    if _near(seen.line, bylines, lines, BYLINE_REACH):
        return 1
    if title is not None and title < seen.line and _near(seen.line, [title], lines, BYLINE_REACH):
        return 2
    return 3 if not reasons[seen.line] else 4


def _describe(seen: DateSeen, why: str) -> str:
    return f"{seen.value.isoformat()} ('{seen.text}'): {why}"


def choose(
    lines: list[str], reasons: list[str], opening: list[int], title: int | None
) -> Publication:
    """Pick the article's date from its furniture date lines and a dateline opening the body.

    `title` is the headline's line (`cleaning.headline`), `opening` the first body lines after it.
    """
    related = [i for i, r in enumerate(reasons) if r == FurnitureReason.RELATED_HEADLINES]
    own = [i for i, r in enumerate(reasons) if r != FurnitureReason.RELATED_HEADLINES]
    order = page_order([lines[i] for i in own]) or page_order([lines[i] for i in related])
    order = order or "MDY"
    candidates = [i for i in own if reasons[i] or stamp_line(lines[i]) or labelled(lines[i])]
    candidates += [i for i in opening if is_dateline(lines[i])]
    candidates = sorted({*candidates, *(i for i in top_stamps(lines, opening) if i in own)})
    list_order = page_order([lines[i] for i in related]) or order
    seen = dates_in(lines, candidates, order) + dates_in(lines, related, list_order)
    seen = _quoted_headers(seen, lines)
    taken = [s for s in seen if not rejection(s, lines, reasons)]
    taken.sort(key=lambda s: (_rank(s, lines, reasons, title), s.line))
    chosen = taken[0] if taken else None
    others = tuple(
        _describe(s, rejection(s, lines, reasons) or _not_preferred(s, chosen))
        for s in seen
        if s is not chosen and not (chosen and s.value == chosen.value and s.line == chosen.line)
    )
    issue = toplines.issue_heading(lines) if chosen is None else None
    if issue is not None:
        window, first_day = issue
        evidence = "\n".join(lines[window[0] : window[-1] + 1])
        return Publication(first_day, PublishedSource.TEXT, evidence, others, order, (), MONTH)
    update = next((s for s in seen if _only_update(s, lines, reasons)), None)
    if chosen is None and update is not None:  # "Updated 18 June 2025", the page's only stamp
        mine = _describe(update, rejection(update, lines, reasons))
        others = tuple(o for o in others if o != mine)
        only = Publication(update.value, PublishedSource.TEXT, update.text, others, order)
        return replace(only, update_only=True)
    if chosen is None:
        return Publication(None, PublishedSource.NONE, "", others, order)
    return Publication(chosen.value, PublishedSource.TEXT, chosen.text, others, order)


_DATE_FIELD = re.compile(r"(?i)\W*date\s*:")
_SENT_FIELD = re.compile(r"(?i)\W*sent\s*:")  # an e-mail's own only among the top lines


def _quoted_headers(seen: list[DateSeen], lines: list[str]) -> list[DateSeen]:
    """Mark "Date:" fields that give different dates as quoted documents' headers.

    Cables, memos and forwarded mails quoted in a page each carry a "Date:" line; none of them
    is the page's own stamp. One among the page's top lines is the page's own, and keeps its
    label; so does a "Sent:" line, the mail's own only there.
    """
    top = set(toplines.top_lines(lines))
    fields = [s for s in seen if s.label == "published" and _DATE_FIELD.match(s.text)]
    quoted = [s for s in fields if s.line not in top] if len({s.value for s in fields}) > 1 else []
    quoted += [s for s in seen if _SENT_FIELD.match(s.text) and s.line not in top]
    return [replace(s, label="quoted") if s in quoted else s for s in seen]


def _only_update(seen: DateSeen, lines: list[str], reasons: list[str]) -> bool:
    """Whether a date is a plain "Updated" stamp, which dates a page that states no other date.

    Not "Last updated" or "Page last updated" (a footer's edit stamp) nor "Edited".
    """
    above = next((lines[j] for j in range(seen.line - 1, -1, -1) if lines[j].strip()), "")
    said = re.match(r"(?i)\W*updated\b", seen.text) or re.fullmatch(r"(?i)\W*updated\s*:\s*", above)
    plain = said is not None and seen.label == "updated"  # "Updated:" over it, as a list flattens
    return plain and not rejection(replace(seen, label=""), lines, reasons)


def _not_preferred(seen: DateSeen, chosen: DateSeen | None) -> str:
    if chosen is not None and seen.value == chosen.value:
        return "same date repeated"
    return "another page date; a labelled stamp, or one with a time or by the byline, was preferred"


def contradicts(publication: Publication, stated: date) -> bool:
    """Whether a date stated elsewhere (manifest, metadata) contradicts the text's date."""
    if publication.granularity == MONTH:
        return (stated.year, stated.month) != (
            publication.published.year,
            publication.published.month,
        )
    return publication.published != stated


def iso(publication: Publication) -> str:
    """The publication date at its granularity: "2024-06-27", "2011-03", or ""."""
    if publication.published is None:
        return ""
    text = publication.published.isoformat()
    return text[:7] if publication.granularity == MONTH else text


def with_manifest(publication: Publication, manifest_date: date | None) -> Publication:
    """Fill a missing date from the manifest; when they disagree, keep the text's and say so."""
    if manifest_date is None:
        return publication
    if publication.published is None:
        return replace(publication, published=manifest_date, source=PublishedSource.MANIFEST)
    if contradicts(publication, manifest_date):
        problem = (
            f"manifest date {manifest_date.isoformat()} contradicts the text's "
            f"{publication.published.isoformat()}; kept the text's"
        )
        return replace(publication, problems=(*publication.problems, problem))
    return publication
