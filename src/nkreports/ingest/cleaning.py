"""Cleaning: each line of a page is article body or furniture, by its own look and its place."""

from __future__ import annotations

import re

from nkreports.ingest import furniture, toplines
from nkreports.ingest.datewords import date_matches, stamp_line
from nkreports.ingest.furniture import FurnitureReason, word_tokens
from nkreports.ingest.markup import Line

MAX_MASTHEAD_WORDS = 5
MAX_ITEM_WORDS = 20
TITLE_SHARE = 0.6  # of a title's words longer than three letters, the share with a capital
_BAR = re.compile(r"\s[|·•]\s|\S {3,}\S")  # a navigation bar: "Log in | Join", "Sign In   Register"
# A transcript's heading, over timed lines: the spoken text is the report, however short its lines.
_TRANSCRIPT = re.compile(r"(?i)^(?:(?:full|video|show|auto-generated)\s+)?transcript:?$")
_SENTENCE = re.compile(r"[\w)][.!?][\"'”’)]?$")  # a line that ends as a sentence does
_BULLETED = re.compile(r"[-–•▪*]\s+\S")  # a list item
_SENTENCE_WORDS = 8  # ... and is that long: not 'Read more.' or 'Subscribe now!'
_TIMED = re.compile(r"^\d{1,2}(?::\d{2}){1,2}\s")  # '0:24 last wednesday …', '1:02:13 so we'
_HYPHENATED = re.compile(r"[a-z][a-z]-$")  # a line broken inside a word: 'the Chi-'
_GOES_ON = re.compile(r"\s*[a-z]")  # and the next line goes on with the word: '  nese Embassy'
_BULLET = re.compile(r"^(?:[-–—•·*▪►»]|\d{1,2}[.)])\s+")


def line_reason(line: str) -> str:
    """Name the first furniture rule a stripped line matches ("" for a body or blank line)."""
    return next((reason for reason, rule in furniture.LINE_RULES if line and rule(line)), "")


def headline(lines: list[str], reasons: list[str], heading: str = "") -> int | None:
    """Find the headline: the page's marked heading, else the first plain body line.

    `heading` is a saved page's first `<h1>` text; a line that reads the same above the body is
    the headline whatever block it fell in (see `heading_line`). Otherwise it is the first
    non-furniture line that is no section tag and no date stamp; above it may stand all-caps
    tags ("CHINA – NORTH KOREA", "WORLD") and date stamps ("2024.11.04 10:30", "Published :
    19/01/2022 08:30 GMT+9").
    """
    marked = heading_line(lines, reasons, heading)
    if marked is not None:
        return marked
    for i, line in enumerate(lines):
        if line and not reasons[i] and not _section_tag(line) and not stamp_line(line):
            return i
    return None


MIN_HEADING_WORDS = 3  # a shorter <h1> is a site's name or a section's, not the story's
_NOT_HEADINGS = (FurnitureReason.MASTHEAD, FurnitureReason.OUTLET_BOILERPLATE)  # a site's name


def heading_line(lines: list[str], reasons: list[str], heading: str) -> int | None:
    """The line that reads as the page's `<h1>` (spacing aside), if it can be the headline.

    It has words enough, is no site name, and stands above the first paragraph of the body (a
    line of 20 words or more): a sign-up box's or a footer's `<h1>` below the story is none.
    """
    wanted = " ".join(heading.split())
    if len(word_tokens(wanted)) < MIN_HEADING_WORDS:
        return None
    for i, line in enumerate(lines):
        if " ".join(line.split()) == wanted:
            return None if reasons[i] in _NOT_HEADINGS else i
        if not reasons[i] and len(word_tokens(line)) >= MAX_ITEM_WORDS:
            return None  # the body has begun
    return None


def _section_tag(line: str) -> bool:
    """All-caps tag lines above the headline: "CHINA – NORTH KOREA – SOUTH KOREA", "WORLD"."""
    return line.isupper() and len(word_tokens(line)) <= 8


def masthead(lines: list[str], reasons: list[str]) -> int | None:
    """Find an outlet name above the headline, repeated on the page: "Northeast Asia Monitor".

    The first line is short and capitalised ("Asia Rights Wire", "KOREA BORDER WATCH") and its
    words come back inside a longer line ("© 2021 Northeast Asia Monitor", "appeared first on…").
    """
    first = next((i for i, line in enumerate(lines) if line), None)
    if first is None or reasons[first]:
        return None
    found = word_tokens(lines[first])
    shaped = 2 <= len(found) <= MAX_MASTHEAD_WORDS and all(w[0].isupper() for w in found)
    if not shaped or re.search(r"[\d.,:;!?\"“”]", lines[first]):
        return None
    name = re.compile(rf"(?i)\b{re.escape(lines[first])}\b")
    longer = [line for line in lines if len(line) > len(lines[first])]
    return first if any(name.search(line) for line in longer) else None


def headline_item(line: str) -> bool:
    """A short headline in a list: "- Two soldiers defect (28 November 2020)", "2019-07-22  X"."""
    if furniture.page_date(line):
        return True
    text = _BULLET.sub("", line)
    count = len(word_tokens(text))
    dated = bool(date_matches(text))
    return 2 <= count <= MAX_ITEM_WORDS and (dated or not text.endswith((".", ":", ";", ",")))


def list_items(lines: list[str], heading: int, reasons: list[str]) -> list[int]:
    """Lines right under a short heading that read as a related-headlines list, else []."""
    head = lines[heading]
    if not head or len(word_tokens(head)) > 6 or head.endswith((".", ",", ";", "!", "?")):
        return []
    items = []
    for i in range(heading + 1, len(lines)):
        if not lines[i] or not headline_item(lines[i]):
            break
        items.append(i)
    marked = [i for i in items if _BULLET.match(lines[i]) or date_matches(lines[i])]
    headlines = [i for i in items if not furniture.page_date(lines[i])]
    cue = furniture.related_heading(head)
    enough = len(items) >= 2 and bool(headlines)
    # with no cue, the items must read as other pages' titles (most in title case) or end the
    # page's prose; a slide's, factbox's or timeline's bullets with prose after them are body
    titles = sum(map(title_cased, (lines[i] for i in items))) * 2 > len(items)
    prose_after = (
        any(
            not reasons[j] and len(word_tokens(lines[j])) >= MAX_ITEM_WORDS
            for j in range(items[-1] + 1, len(lines))
        )
        if items
        else False
    )
    uncued = len(marked) == len(items) and (titles or not prose_after)
    return items if enough and (cue or uncued) else []


def title_cased(line: str) -> bool:
    """Tell whether most of a line's longer words open with a capital: 'Two Soldiers Defect'."""
    longer = [w for w in word_tokens(_BULLET.sub("", line))[1:] if len(w) > 3]
    return bool(longer) and sum(w[0].isupper() for w in longer) >= TITLE_SHARE * len(longer)


def _mark_lists(lines: list[str], reasons: list[str], title: int | None) -> list[str]:
    """Mark a related-headlines block whatever its heading ("Related headlines", "READ NEXT")."""
    out = list(reasons)
    for i in range(len(lines)):
        free = i != title and reasons[i] in ("", FurnitureReason.RELATED_HEADLINES)
        items = list_items(lines, i, reasons) if free else []
        for j in [i, *items] if items else []:
            out[j] = FurnitureReason.RELATED_HEADLINES
    return out


def _mark_top(lines: list[str], reasons: list[str], title: int | None) -> list[str]:
    """Tag lines above the headline, an author's name under it, and later copies of it."""
    out = list(reasons)
    if title is None:
        return out
    for i in range(title):
        if lines[i] and not out[i]:
            out[i] = FurnitureReason.SECTION_TAG
    after = next((i for i in range(title + 1, len(lines)) if lines[i]), None)
    if after is not None and not out[after] and furniture.lone_name(lines[after]):
        out[after] = FurnitureReason.BYLINE
    title_text = " ".join(lines[title].split()).casefold()
    for i in range(title + 1, len(lines)):
        if " ".join(lines[i].split()).casefold() == title_text:
            out[i] = FurnitureReason.REPEATED_HEADLINE
    return out


def _mark_blocks(lines: list[str], reasons: list[str], title: int | None) -> list[str]:
    """Short lines after a list heading (popular, login, newsletter, tags) belong to that block.

    A block ends at a long body line or at a transcript's heading; a tag list also at a bulleted
    sentence ('- China does not grant refugee status to North Koreans.' under a briefing's
    'Topic:'), not at a reader's comment below a blog's tags.
    """
    out, block = list(reasons), ""
    for i, line in enumerate(lines):
        if not line or i == title:
            continue
        if (_TRANSCRIPT.match(line) and _timed_below(lines, i)) or (
            block == FurnitureReason.TAG_LIST and not out[i] and _bulleted_sentence(line)
        ):
            block = ""
        elif out[i] in furniture.BLOCK_REASONS:
            block = "" if _BAR.search(line) else out[i]  # "Log in | Subscribe": a bar, no heading
        elif block and (
            out[i] == FurnitureReason.PAGE_DATE or (not out[i] and len(word_tokens(line)) < 20)
        ):
            out[i] = block
        elif not out[i]:
            block = ""
    return out


def _bulleted_sentence(line: str) -> bool:
    """Tell whether a line is a list item that ends as a sentence and is long enough to be one."""
    long_enough = len(word_tokens(line)) >= _SENTENCE_WORDS
    return bool(_BULLETED.match(line) and _SENTENCE.search(line)) and long_enough


def _timed_below(lines: list[str], at: int) -> bool:
    """Tell whether the next non-blank line after `at` opens with a time: '0:24 so tonight'."""
    below = next((line for line in lines[at + 1 :] if line), "")
    return bool(_TIMED.match(below))


MIN_BODY_ABOVE_TAIL = 60  # body words before a comment heading or end mark; fewer: near the top
CLOSING = (FurnitureReason.COMMENTS, FurnitureReason.END_MATTER)


def _mark_tail(lines: list[str], reasons: list[str]) -> list[str]:
    """Everything after a comment heading or a release's end mark ("ENDS") is not the article.

    Readers' comments, notes to editors, contacts. A heading counts only once the body has begun:
    "12 comments" under a headline is a link, kept as a login/comment prompt.
    """
    early = [FurnitureReason.LOGIN_PROMPT if r == FurnitureReason.COMMENTS else r for r in reasons]
    words = 0
    for i, line in enumerate(lines):
        if reasons[i] in CLOSING and words >= MIN_BODY_ABOVE_TAIL:
            return early[:i] + [reasons[i] if s else "" for s in lines[i:]]
        words += len(word_tokens(line)) if not reasons[i] else 0
    return early


def furniture_reasons(lines: list[str], heading: str = "") -> list[str]:
    """One reason per line: "" for article body (and blank lines), else why it is furniture.

    `heading`, a saved page's `<h1>` text, marks its line as the headline (see `headline`).
    """
    stripped = [line.strip() for line in lines]
    reasons = [line_reason(line) for line in stripped]
    issue = toplines.issue_heading(stripped)
    for i in issue[0] if issue else []:
        reasons[i] = reasons[i] or FurnitureReason.PAGE_DATE
    outlet = masthead(stripped, reasons)
    if outlet is not None:
        reasons[outlet] = FurnitureReason.MASTHEAD
    heading_at = heading_line(stripped, reasons, heading)
    if heading_at is not None:
        reasons[heading_at] = ""
    title = headline(stripped, reasons, heading)
    marked = _mark_lists(stripped, _mark_top(stripped, reasons, title), title)
    return _mark_blocks(stripped, _mark_tail(stripped, marked), title)


def body_spans(lines: list[Line], reasons: list[str]) -> list[tuple[int, int]]:
    """Spans of the kept lines with their breaks, one blank line at most between paragraphs.

    A word hyphenated across a line break ('self-' / '  reliance', 'Chi-' / 'nese', as scanned
    and wrapped text has it) is joined: the break and the next line's indent are left out, the
    hyphen kept (a compound's hyphen cannot be told from a split word's without a dictionary).
    """
    spans, blanks, joined = [], [], False
    for i, (line, reason) in enumerate(zip(lines, reasons, strict=True)):
        if reason:
            continue
        blank = not line.text.strip()
        if blank and (not blanks or blanks[-1]):
            continue
        start, stop = line.start, line.stop
        if joined:  # the word broken on the line above goes on here, after the indent
            start += len(line.text) - len(line.text.lstrip())
        following = lines[i + 1].text if i + 1 < len(lines) and not reasons[i + 1] else ""
        joined = bool(_HYPHENATED.search(line.text) and _GOES_ON.match(following))
        if joined:
            stop = line.end  # without the break
        spans.append((start, stop))
        blanks.append(blank)
    while blanks and blanks[-1]:
        spans.pop()
        blanks.pop()
    return spans
