"""RSS and Atom feeds saved as `.xml`: each item's title and text as a Body mapped to raw offsets.

A feed is a page of items. Its text is the channel's title and description, then each item's
(or Atom entry's) title and description, summary or content; links, ids, categories and dates
are no text. An item's text is often HTML itself, escaped (`&lt;p&gt;`) or in a CDATA section:
its tags are dropped and its block tags end a line, so that every character still maps to the
raw file. The channel's own `<pubDate>` (Atom: the feed's `<published>`) is the feed's
publication date; `<lastBuildDate>` and `<updated>` are update stamps (`meta.MetaDate`).
"""

from __future__ import annotations

import re

from nkreports.ingest import files
from nkreports.ingest.dateread import read_date
from nkreports.ingest.datewords import date_matches
from nkreports.ingest.markup import BLOCKS, _TextParser, html_body, html_page
from nkreports.ingest.meta import PUBLISHED, UPDATED, MetaDate
from nkreports.text import Body, Segment

TEXT_TAGS = frozenset({"title", "description", "summary", "content", "content:encoded"})
ITEM_TAGS = frozenset({"item", "entry"})
FEED_TAGS = frozenset({"rss", "feed", "channel", "rdf:rdf"})
NOT_A_FEED = "an .xml file that is not an RSS or Atom feed; not processed"
_CDATA = "<![CDATA["
# the feed's own dates, before its first item: tag -> kind
_FEED_DATES = {"pubdate": PUBLISHED, "published": PUBLISHED, "lastbuilddate": UPDATED}
_FEED_DATES |= {"updated": UPDATED, "dc:date": PUBLISHED}
_DATE_TAG = re.compile(r"<(?P<tag>[\w:]+)>(?P<value>[^<]{4,60})</(?P=tag)>", re.IGNORECASE)
_FIRST_ITEM = re.compile(r"<(item|entry)[\s>]", re.IGNORECASE)


class _FeedParser(_TextParser):
    """The text of a feed's title, description and content elements, in the file's order."""

    def __init__(self, source: str) -> None:
        super().__init__(source)
        self.inside = 0  # how many text elements are open
        self.is_feed = False  # whether an <rss>, <feed> or <channel> element was seen

    def handle_starttag(self, tag: str, attrs: list) -> None:
        self.is_feed = self.is_feed or tag in FEED_TAGS
        at, raw = self._offset(), self.get_starttag_text() or ""
        if tag in ITEM_TAGS:  # an item is a paragraph of its own
            self._newline(at, len(raw))
            self._newline(at, len(raw))
        elif tag in TEXT_TAGS:
            self.inside += 1
            self._newline(at, len(raw))

    def handle_startendtag(self, tag: str, attrs: list) -> None:
        self.is_feed = self.is_feed or tag in FEED_TAGS

    def handle_endtag(self, tag: str) -> None:
        if tag in TEXT_TAGS and self.inside:
            self.inside -= 1
            at = self._offset()
            self._newline(at, self.source.find(">", at) + 1 - at)

    def handle_data(self, data: str) -> None:
        if self.inside:
            super().handle_data(data)

    def _reference(self, head: str) -> None:
        if self.inside:
            super()._reference(head)

    def unknown_decl(self, data: str) -> None:
        """A CDATA section's HTML: its visible text, mapped into the raw file."""
        if not (self.inside and data.startswith("CDATA[")):
            return
        at = self._offset() + len(_CDATA)
        inner = html_body(data.removeprefix("CDATA["))
        for seg in inner.segments:
            text = inner.text[seg.body_start : seg.body_start + seg.body_len]
            if text == "\n":
                self._newline(at + seg.raw_start, seg.raw_len)
            else:
                self.pieces.append((text, at + seg.raw_start, seg.raw_len))


def _without_escaped_tags(pieces: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """Drop escaped HTML tags ('&lt;p&gt;' read as '<', 'p', '>'); a block tag ends a line."""
    kept: list[tuple[str, int, int]] = []
    tag: list[tuple[str, int, int]] | None = None
    for piece in pieces:
        if tag is None and piece[0] == "<" and piece[2] > 1:  # an escaped '<', not a bare one
            tag = [piece]
        elif tag is not None and piece[0] == ">":
            name = "".join(text for text, _, _ in tag[1:]).strip("/ ").split(" ")[0].lower()
            while name in BLOCKS and kept and kept[-1][0] == " ":
                kept.pop()  # no space before a line's end
            if name in BLOCKS and kept and [t for t, _, _ in kept[-2:]] != ["\n", "\n"]:
                kept.append(("\n", tag[0][1], piece[1] + piece[2] - tag[0][1]))
            tag = None
        elif tag is not None:
            tag.append(piece)
        elif not (piece[0] == " " and kept and kept[-1][0] == "\n"):  # nor after it
            kept.append(piece)
    return kept + (tag or [])


def feed_page(source: str) -> tuple[Body, str]:
    """A feed's text as a Body, and its title; an empty Body if the file is no feed."""
    parser = _FeedParser(source)
    parser.feed(source)
    parser.close()
    if not parser.is_feed:
        return Body("", ()), ""
    pieces = _without_escaped_tags(parser.pieces)
    while pieces and pieces[-1][0].isspace():
        pieces.pop()
    while pieces and pieces[0][0].isspace():
        pieces.pop(0)
    segments, at = [], 0
    for text, raw_start, raw_len in pieces:
        segments.append(Segment(at, raw_start, len(text), raw_len))
        at += len(text)
    text = "".join(text for text, _, _ in pieces)
    return Body(text, tuple(segments)), text.split("\n", 1)[0].strip()


def feed_dates(source: str) -> list[MetaDate]:
    """The dates the feed states of itself (before its first item), with the raw tag as evidence."""
    first = _FIRST_ITEM.search(source)
    head = source[: first.start()] if first else source
    found = []
    for tag in _DATE_TAG.finditer(head):
        kind = _FEED_DATES.get(tag["tag"].lower())
        matches = date_matches(tag["value"]) if kind else []
        value = read_date(matches[0], "DMY") if matches else None
        if value is not None:
            found.append(MetaDate(value, kind, tag.group(), 0))
    return found


def read_page(suffix: str, text: str) -> tuple[Body, str]:
    """A file's text as a Body, and its `<h1>` or feed title: saved HTML, a feed, or plain text."""
    if suffix in files.HTML_SUFFIXES:
        return html_page(text)
    return feed_page(text) if suffix in files.FEED_SUFFIXES else (Body.whole(text), "")
