"""Publication date stated by a saved page's HTML metadata, with the exact raw tag as evidence.

Reads `<meta property="article:published_time" content="…">` (also name="pubdate",
itemprop="datePublished", name="dc.date"), `<time datetime="…">` and the `"datePublished"` of
JSON-LD in `<script type="application/ld+json">`; `article:modified_time` and `"dateModified"` are
update stamps and are never taken.

Why not htmldate, the library kept for this job: it returns a date without the position or the
text it came from (so `published_evidence` could not be the raw tag), it adds lxml and
dateparser to the runtime, and it guesses from URLs and free text, which is the job of
`ingest.published`, whose rules (render dates, update stamps, related headlines) it would bypass.
The standard library's `html.parser`, already used by `ingest.markup`, reads these few tags
exactly.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from html.parser import HTMLParser

from nkreports.ingest.dateread import read_date
from nkreports.ingest.datewords import date_matches
from nkreports.ingest.published import DAY, Publication, contradicts
from nkreports.schema import PublishedSource

PUBLISHED, UPDATED = "published", "updated"
# Attribute values naming a date, by kind; the first kind listed is preferred on a page.
META_NAMES = {
    "article:published_time": PUBLISHED,
    "og:published_time": PUBLISHED,
    "datepublished": PUBLISHED,
    "pubdate": PUBLISHED,
    "publishdate": PUBLISHED,
    "dc.date": PUBLISHED,
    "dc.date.issued": PUBLISHED,
    "dcterms.date": PUBLISHED,
    "article:modified_time": UPDATED,
    "og:updated_time": UPDATED,
    "datemodified": UPDATED,
    "last-modified": UPDATED,
}
_LD_KEYS = re.compile(r'"(?P<key>datePublished|dateModified)"\s*:\s*"(?P<value>[^"]{4,40})"')


@dataclass(frozen=True)
class MetaDate:
    """One date stated by a tag: its value, kind (published | updated) and the raw tag text."""

    value: object  # datetime.date
    kind: str
    evidence: str
    strength: int  # 0 a <meta> tag, 1 JSON-LD, 2 a <time pubdate>, 3 a plain <time>


class _MetaParser(HTMLParser):
    """Collect the date-bearing tags of a page, in page order."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[MetaDate] = []
        self.in_ld_json = False
        self.times = 0

    def handle_starttag(self, tag: str, attrs: list) -> None:
        named = {key: (value or "") for key, value in attrs}
        raw = self.get_starttag_text() or ""
        if tag == "meta":
            key = next((named[k] for k in ("property", "name", "itemprop") if k in named), "")
            kind = META_NAMES.get(key.lower())
            if kind:
                self._add(named.get("content", ""), kind, raw, 0)
        elif tag == "time" and named.get("datetime"):
            self.times += 1
            marked = "pubdate" in named or named.get("itemprop", "").lower() == "datepublished"
            modified = named.get("itemprop", "").lower() == "datemodified"
            kind = UPDATED if modified else PUBLISHED
            if marked or modified or self.times == 1:
                self._add(named["datetime"], kind, raw, 2 if marked or modified else 3)
        elif tag == "script":
            self.in_ld_json = named.get("type", "").lower() == "application/ld+json"

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self.in_ld_json = False

    def handle_data(self, data: str) -> None:
        if self.in_ld_json:
            for found in _LD_KEYS.finditer(data):
                kind = PUBLISHED if found["key"] == "datePublished" else UPDATED
                self._add(found["value"], kind, found.group(), 1)

    def _add(self, value: str, kind: str, raw: str, strength: int) -> None:
        matches = date_matches(value)
        read = read_date(matches[0], "MDY") if matches else None
        if read is not None:
            self.found.append(MetaDate(read, kind, raw, strength))


def page_dates(source: str) -> list[MetaDate]:
    """Every date a page's metadata states, strongest first, then in page order."""
    parser = _MetaParser()
    parser.feed(source)
    parser.close()
    return sorted(parser.found, key=lambda m: m.strength)


def _describe(meta: MetaDate, why: str) -> str:
    return f"{meta.value.isoformat()} ('{meta.evidence}'): {why}"


def _describe_shown(publication: Publication) -> str:
    when = publication.published.isoformat()
    return f"{when} ('{publication.evidence}'): same date shown on the page"


def with_metadata(publication: Publication, metas: list[MetaDate]) -> Publication:
    """Combine the visible date with the metadata's: the tag wins when they agree or none shows.

    When the visible stamp and the metadata disagree, the visible stamp is kept (a template can
    stamp the save time) and the tag is listed; update tags are listed and never taken.
    """
    stated = [m for m in metas if m.kind == PUBLISHED]
    updates = tuple(
        _describe(m, "an update stamp in the page metadata") for m in metas if m.kind == UPDATED
    )
    if not stated:
        return replace(publication, other_dates=(*publication.other_dates, *updates))
    if publication.update_only:  # a tag's publication date beats a visible "Updated" stamp
        shown = f"{publication.published.isoformat()} ('{publication.evidence}')"
        update = f"{shown}: an update stamp, not the first publication"
        others = (*publication.other_dates, update)
        publication = replace(publication, published=None, evidence="", other_dates=others)
    best, visible = stated[0], publication.published
    if visible is not None and contradicts(publication, best.value):
        why = "page metadata disagrees with the date shown on the page; kept the shown one"
        extra = (_describe(m, why) for m in stated if m.value != visible)
        return replace(publication, other_dates=(*publication.other_dates, *extra, *updates))
    shown = [_describe_shown(publication)] if visible is not None else []
    return replace(
        publication,
        published=best.value,
        granularity=DAY,
        source=PublishedSource.TEXT,
        evidence=best.evidence,
        other_dates=(*publication.other_dates, *shown, *updates),
    )
