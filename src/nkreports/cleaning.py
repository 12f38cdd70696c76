"""Cleaning: each line of a page is article body or furniture, by its own look and its place."""

from __future__ import annotations

from nkreports import furniture
from nkreports.markup import Line


def line_reason(line: str) -> str:
    """Name the first furniture rule a stripped line matches ("" for a body or blank line)."""
    return next((reason for reason, rule in furniture.LINE_RULES if line and rule(line)), "")


def title_index(lines: list[str], reasons: list[str]) -> int | None:
    """Find the headline: the first non-furniture line that is not an all-caps section tag."""
    for i, line in enumerate(lines):
        if line and not reasons[i] and not _section_tag(line):
            return i
    return None


def _section_tag(line: str) -> bool:
    """All-caps tag lines above the headline: "CHINA – NORTH KOREA – SOUTH KOREA", "WORLD"."""
    return line.isupper() and len(furniture.words(line)) <= 8


def _mark_top(lines: list[str], reasons: list[str], title: int | None) -> list[str]:
    """Tag lines above the headline, an author's name under it, and later copies of it."""
    out = list(reasons)
    if title is None:
        return out
    for i in range(title):
        if lines[i] and not out[i]:
            out[i] = "section tag line"
    after = next((i for i in range(title + 1, len(lines)) if lines[i]), None)
    if after is not None and not out[after] and furniture.lone_name(lines[after]):
        out[after] = "byline"
    headline = " ".join(lines[title].split()).casefold()
    for i in range(title + 1, len(lines)):
        if " ".join(lines[i].split()).casefold() == headline:
            out[i] = "repeated headline"
    return out


def _mark_blocks(lines: list[str], reasons: list[str], title: int | None) -> list[str]:
    """Short lines after a list heading (popular, login, newsletter, tags) belong to that block."""
    out, block = list(reasons), ""
    for i, line in enumerate(lines):
        if not line or i == title:
            continue
        if out[i] in furniture.BLOCK_REASONS:
            block = out[i]
        elif block and (out[i] == "page date" or (not out[i] and len(furniture.words(line)) < 20)):
            out[i] = block
        elif not out[i]:
            block = ""
    return out


def classify(lines: list[str]) -> list[str]:
    """One reason per line: "" for article body (and blank lines), else why it is furniture."""
    stripped = [line.strip() for line in lines]
    reasons = [line_reason(line) for line in stripped]
    title = title_index(stripped, reasons)
    return _mark_blocks(stripped, _mark_top(stripped, reasons, title), title)


def body_spans(lines: list[Line], reasons: list[str]) -> list[tuple[int, int]]:
    """Spans of the kept lines with their breaks, one blank line at most between paragraphs."""
    spans, blanks = [], []
    for line, reason in zip(lines, reasons, strict=True):
        if reason:
            continue
        blank = not line.text.strip()
        if blank and (not blanks or blanks[-1]):
            continue
        spans.append((line.start, line.stop))
        blanks.append(blank)
    while blanks and blanks[-1]:
        spans.pop()
        blanks.pop()
    return spans
