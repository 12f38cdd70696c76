"""Page text as a Body mapped to exact raw offsets: HTML visible text, lines, selections."""

from __future__ import annotations

import html
import re
from bisect import bisect_right
from dataclasses import dataclass
from html.parser import HTMLParser

from nkreports.text import Body, Segment

# Page chrome whose text is never article text (header and footer only outside <article>/<main>).
SKIPPED = frozenset(
    {"head", "script", "style", "nav", "aside", "form", "noscript", "template", "svg", "button"}
    | {"iframe", "select", "header", "footer"}
)
KEEP_CHROME_INSIDE = frozenset({"article", "main"})
BLOCKS = frozenset(
    {"address", "article", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption", "figure"}
    | {"h1", "h2", "h3", "h4", "h5", "h6", "hr", "li", "main", "ol", "p", "pre", "section"}
    | {"table", "td", "th", "tr", "ul", "body", "caption"}
)
_WHITESPACE = re.compile(r"\s+")


class TextParser(HTMLParser):
    """Visible text as (text, raw_start, raw_len) pieces: verbatim runs or decoded units."""

    def __init__(self, source: str) -> None:
        super().__init__(convert_charrefs=False)
        self.source = source
        self.line_starts = [0] + [m.end() for m in re.finditer("\n", source)]
        self.pieces: list[tuple[str, int, int]] = []
        self.open: list[str] = []
        self.skipping: list[str] = []
        self.heading: list[str] = []  # the visible text of the first <h1>, while it is read
        self.heading_state = "before"  # "before", "inside" or "after" the first visible <h1>

    def _offset(self) -> int:
        line, column = self.getpos()
        return self.line_starts[line - 1] + column

    def _skips(self, tag: str) -> bool:
        if tag in ("header", "footer"):
            return not KEEP_CHROME_INSIDE.intersection(self.open)
        return tag in SKIPPED

    def handle_starttag(self, tag: str, attrs: list) -> None:
        """Open a tag: a block starts a new line; a skipped tag mutes what it holds."""
        at, raw = self._offset(), self.get_starttag_text() or ""
        if self.skipping or self._skips(tag):
            if tag not in VOID:
                self.skipping.append(tag)
            return
        if tag not in VOID:
            self.open.append(tag)
        if tag == "h1" and self.heading_state == "before":
            self.heading_state = "inside"
        if tag in BLOCKS:
            self._newline(at, len(raw))

    def handle_startendtag(self, tag: str, attrs: list) -> None:
        """A self-closed tag: a block one ends the line."""
        if not self.skipping and tag in BLOCKS:
            self._newline(self._offset(), len(self.get_starttag_text() or ""))

    def handle_endtag(self, tag: str) -> None:
        """Close a tag and the tags opened inside it; a block ends the line."""
        at = self._offset()
        if self.skipping:
            close_tag(self.skipping, tag)
            return
        close_tag(self.open, tag)
        if tag == "h1" and self.heading_state == "inside":
            self.heading_state = "after"
        if tag in BLOCKS:
            self._newline(at, self.source.find(">", at) + 1 - at)

    def handle_data(self, data: str) -> None:
        """Keep visible text as verbatim runs mapped to their raw offsets."""
        if self.skipping:
            return
        at = self._offset()
        if self.heading_state == "inside":
            self.heading.append(data)
        for match in re.finditer(r"\s+|\S+", data):
            start = at + match.start()
            if match.group().isspace():
                self._space(start, len(match.group()))
            else:
                self.pieces.append((match.group(), start, len(match.group())))

    def handle_entityref(self, name: str) -> None:
        """A named reference ('&amp;') as its decoded character."""
        self._reference(f"&{name}")

    def handle_charref(self, name: str) -> None:
        """A numeric reference ('&#8217;') as its decoded character."""
        self._reference(f"&#{name}")

    def _reference(self, head: str) -> None:
        if self.skipping:
            return
        at = self._offset()
        source = head + (";" if self.source.startswith(";", at + len(head)) else "")
        decoded = html.unescape(source)
        if self.heading_state == "inside":
            self.heading.append(decoded)
        if decoded.isspace():
            self._space(at, len(source))
        else:
            self.pieces.append((decoded, at, len(source)))

    def _space(self, at: int, length: int) -> None:
        if self.pieces and not self.pieces[-1][0].isspace():
            self.pieces.append((" ", at, length))

    def _newline(self, at: int, length: int) -> None:
        while self.pieces and self.pieces[-1][0] == " ":
            self.pieces.pop()
        breaks = 0
        for text, _, _ in reversed(self.pieces):
            if text != "\n":
                break
            breaks += 1
        if self.pieces and breaks < 2:
            self.pieces.append(("\n", at, max(length, 1)))


VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta"})


def close_tag(stack: list[str], tag: str) -> None:
    """Pop the innermost open `tag` and everything opened inside it (HTML's implied end tags)."""
    if tag in stack:
        del stack[len(stack) - 1 - stack[::-1].index(tag) :]


def html_body(source: str) -> Body:
    """Visible text of an HTML page, paragraphs split by blank lines, each char mapped to source."""
    return html_page(source)[0]


def html_page(source: str) -> tuple[Body, str]:
    """The page's visible text as `html_body` gives it, and the text of its first visible `<h1>`.

    The heading is read where the text is: not in `<head>`, scripts, comments or page chrome.
    """
    parser = TextParser(source)
    parser.feed(source)
    parser.close()
    pieces = parser.pieces
    while pieces and pieces[-1][0].isspace():
        pieces.pop()
    segments, at = [], 0
    for text, raw_start, raw_len in pieces:
        segments.append(Segment(at, raw_start, len(text), raw_len))
        at += len(text)
    heading = _WHITESPACE.sub(" ", "".join(parser.heading)).strip()
    return Body("".join(text for text, _, _ in pieces), tuple(segments)), heading


def select(body: Body, spans: list[tuple[int, int]]) -> Body:
    """Keep body.text[start:end] of each span, in order, still mapped to the raw text."""
    starts = [seg.body_start for seg in body.segments]
    segments, parts, at = [], [], 0
    for start, end in spans:
        first = max(bisect_right(starts, start) - 1, 0)
        for seg in body.segments[first:]:
            if seg.body_start >= end:
                break
            lo, hi = max(start, seg.body_start), min(end, seg.body_start + seg.body_len)
            if hi <= lo:
                continue
            if seg.body_len == seg.raw_len:
                raw_start, raw_len = seg.raw_start + lo - seg.body_start, hi - lo
            else:
                lo, hi = seg.body_start, seg.body_start + seg.body_len
                raw_start, raw_len = seg.raw_start, seg.raw_len
            segments.append(Segment(at, raw_start, hi - lo, raw_len))
            parts.append(body.text[lo:hi])
            at += hi - lo
    return Body("".join(parts), tuple(segments))


@dataclass(frozen=True)
class Line:
    """One line of a page's text: where it starts, ends (before its break) and stops (after)."""

    start: int
    end: int
    stop: int
    text: str


def split_lines(text: str) -> list[Line]:
    """Split text into LF- or CRLF-ended lines whose offsets stay those of the text."""
    lines, at = [], 0
    while at < len(text):
        newline = text.find("\n", at)
        stop = len(text) if newline < 0 else newline + 1
        end = stop if newline < 0 else newline
        end -= text.endswith("\r", at, end) and end > at
        lines.append(Line(at, end, stop, text[at:end]))
        at = stop
    return lines
