"""The date a mention is read against: the publication date, or its own part's date.

A feed is a page of items, each with its own date (`Article.anchors`, from `ingest.feeds`):
"on Tuesday" in an item of 12 March is the Tuesday before 12 March, whatever the channel's date.
"""

from __future__ import annotations

from dataclasses import replace

from nkreports.schema import Article


def anchored(article: Article, at: int) -> Article:
    """The article as a mention at body offset `at` reads it: dated by the item it lies in.

    A feed's item has its own date (`Article.anchors`), which its relative dates are read
    against; elsewhere the publication date stands.
    """
    if not article.anchors:
        return article
    raw = article.body.to_raw(at, at + 1)[0]
    dates = [when for start, when in article.anchors if start <= raw]
    if not dates or dates[-1] is None:
        return article  # before the first item, or in an item with no date of its own
    return replace(article, published=dates[-1], published_granularity="day")
