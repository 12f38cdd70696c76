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
from datetime import date

from nkreports.ingest import files
from nkreports.ingest.dateread import read_date
from nkreports.ingest.datewords import date_matches
from nkreports.ingest.markup import BLOCKS, TextParser, close_tag, html_body, html_page
from nkreports.ingest.meta import PUBLISHED, UPDATED, MetaDate
from nkreports.text import Body, Segment

TEXT_TAGS = frozenset({"title", "description", "summary", "content", "content:encoded"})
SHORT_TAGS = frozenset({"description", "summary"})  # an item's excerpt of its full content
ITEM_TAGS = frozenset({"item", "entry"})
FEED_TAGS = frozenset({"rss", "feed", "channel", "rdf:rdf"})
MUTED_TAGS = frozenset({"image", "textinput", "author", "source"})  # their titles are no text
HIDDEN_TAGS = frozenset({"script", "style"})  # escaped inside an item, never text
NOT_A_FEED = "an .xml file that is not an RSS or Atom feed; not processed"
EMPTY_FEED = "an RSS or Atom feed with no text (no titles or descriptions); not processed"
_CDATA = "<![CDATA["
# the feed's own dates, outside its items: tag -> kind
_FEED_DATES = {"pubdate": PUBLISHED, "published": PUBLISHED, "lastbuilddate": UPDATED}
_FEED_DATES |= {"updated": UPDATED, "dc:date": PUBLISHED}
_DATE_TAG = re.compile(
    r"<(?P<tag>[\w:]+)>\s*(?:<!\[CDATA\[)?(?P<value>[^<\]]{4,60}?)(?:\]\]>)?\s*</(?P=tag)>",
    re.IGNORECASE,
)
_ITEM_DATES = ("pubdate", "published", "dc:date", "updated")  # an item's own, by precedence
_SOURCE = re.compile(r"<source[\s>].*?</source\s*>", re.IGNORECASE | re.DOTALL)  # a cited feed
_ITEMS = re.compile(r"<(item|entry)[\s>].*?</\1\s*>", re.IGNORECASE | re.DOTALL)
_FEED = re.compile(r"<(rss|feed|channel|rdf:rdf)[\s>]", re.IGNORECASE)
_FULL_CONTENT = re.compile(r"<content[\s:>]", re.IGNORECASE)


class _FeedParser(TextParser):
    """The text of a feed's title, description and content elements, in the file's order."""

    def __init__(self, source: str) -> None:
        super().__init__(source)
        self.inside = 0  # how many text elements are open
        self.muted: list[str] = []  # open elements whose text is no text
        self.full = False  # whether the open item has full content beside its excerpt

    def handle_starttag(self, tag: str, attrs: list) -> None:
        at, raw = self._offset(), self.get_starttag_text() or ""
        if tag in ITEM_TAGS:  # an item is a paragraph of its own
            end = self.source.find(f"</{tag}", at)
            self.full = bool(_FULL_CONTENT.search(self.source, at, end if end > 0 else None))
            self._newline(at, len(raw))
            self._newline(at, len(raw))
        elif self.muted or tag in MUTED_TAGS or (tag in SHORT_TAGS and self.full):
            self.muted.append(tag)  # an image's title; an excerpt beside the full content
        elif tag in TEXT_TAGS or (self.inside and tag in BLOCKS):  # Atom's xhtml content
            self.inside += tag in TEXT_TAGS
            self._newline(at, len(raw))

    def handle_endtag(self, tag: str) -> None:
        if self.muted:
            close_tag(self.muted, tag)
        elif (tag in TEXT_TAGS and self.inside) or (self.inside and tag in BLOCKS):
            self.inside -= tag in TEXT_TAGS
            at = self._offset()
            self._newline(at, self.source.find(">", at) + 1 - at)

    def handle_data(self, data: str) -> None:
        if self.inside and not self.muted:
            super().handle_data(data)

    def _reference(self, head: str) -> None:
        if self.inside and not self.muted:
            super()._reference(head)

    def unknown_decl(self, data: str) -> None:
        """A CDATA section's HTML: its visible text, mapped into the raw file."""
        if not (self.inside and not self.muted and data.startswith("CDATA[")):
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
    """Drop escaped HTML tags ('&lt;p&gt;' read as '<', 'p', '>'); a block tag ends a line.

    An escaped '<' not followed by a tag's name is text ('fewer than &lt; 50'); an escaped
    script or style is dropped with its contents.
    """
    kept: list[tuple[str, int, int]] = []
    tag: list[tuple[str, int, int]] | None = None
    hidden = ""  # the escaped script or style element being dropped
    for n, piece in enumerate(pieces):
        after = pieces[n + 1][0][:1] if n + 1 < len(pieces) else ""
        if tag is None and piece[0] == "<" and piece[2] > 1 and (after.isalpha() or after in "/!"):
            tag = [piece]  # an escaped '<' that opens a tag
        elif tag is not None and piece[0] == ">":
            name = "".join(text for text, _, _ in tag[1:]).strip("/ ").split(" ")[0].lower()
            closing = "".join(text for text, _, _ in tag[1:2]).startswith("/")
            if name in HIDDEN_TAGS:  # an escaped script's text is dropped up to its end tag
                hidden = "" if closing else name
            while name in BLOCKS and kept and kept[-1][0] == " ":
                kept.pop()  # no space before a line's end
            if name in BLOCKS and kept and [t for t, _, _ in kept[-2:]] != ["\n", "\n"]:
                kept.append(("\n", tag[0][1], piece[1] + piece[2] - tag[0][1]))
            tag = None
        elif tag is not None:
            tag.append(piece)
        elif not (hidden or _after_break(piece, kept)):
            kept.append(piece)
    return kept + (tag or [])


def _after_break(piece: tuple[str, int, int], kept: list[tuple[str, int, int]]) -> bool:
    """Tell whether a space follows a line's end, or a third line break two: neither is kept."""
    if piece[0] == " ":
        return bool(kept) and kept[-1][0] == "\n"
    return piece[0] == "\n" and [t for t, _, _ in kept[-2:]] == ["\n", "\n"]


def feed_page(source: str) -> tuple[Body, str]:
    """A feed's text as a Body, and its title; an empty Body if the file is no feed."""
    if not _FEED.search(source):
        return Body("", ()), ""
    parser = _FeedParser(source)
    parser.feed(source)
    parser.close()
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


def feed_problem(source: str) -> str:
    """Why a feed file gave no text: it is no feed, or a feed with no titles or descriptions."""
    return EMPTY_FEED if _FEED.search(source) else NOT_A_FEED


def feed_dates(source: str) -> list[MetaDate]:
    """The dates the feed states of itself (outside its items), with the raw tag as evidence."""
    found = []
    for tag in _DATE_TAG.finditer(_ITEMS.sub("", source)):
        kind = _FEED_DATES.get(tag["tag"].lower())
        matches = date_matches(tag["value"]) if kind else []
        value = read_date(matches[0], "DMY") if matches else None
        if value is not None:
            found.append(MetaDate(value, kind, tag.group(), 0))
    return found


def item_dates(source: str) -> tuple[tuple[int, date | None], ...]:
    """Where each item starts in the raw file, with its own date or None.

    An item's `<pubDate>`, Atom's `<published>`, else its `<updated>` (not those of a `<source>`
    it cites): the date its relative dates are read against (`facts.dates.anchors`). An item
    with no readable date of its own is read against the feed's publication date.
    """
    found = []
    for item in _ITEMS.finditer(source):
        own = _SOURCE.sub("", item.group())
        stamps: dict[str, str] = {}
        for m in _DATE_TAG.finditer(own):
            stamps.setdefault(m["tag"].lower(), m["value"])  # the first of each
        stated = next((stamps[t] for t in _ITEM_DATES if t in stamps), "")
        matches = date_matches(stated)
        found.append((item.start(), read_date(matches[0], "DMY") if matches else None))
    return tuple(found)


def read_page(suffix: str, text: str) -> tuple[Body, str]:
    """A file's text as a Body, and its `<h1>` or feed title: saved HTML, a feed, or plain text."""
    if suffix in files.HTML_SUFFIXES:
        return html_page(text)
    return feed_page(text) if suffix in files.FEED_SUFFIXES else (Body.whole(text), "")
