"""Lines that close, caption or tag an article: comment headings, end marks, captions, tags."""

from __future__ import annotations

import re

from nkreports.ingest.foreignwords import COMMENT_WORDS, ONE_COMMENT_WORDS, TAG_WORDS

_CAPTION_HEAD = re.compile(
    r"(?i)(?:\[?(?:file )?(?:photo|picture|image)\]?|caption)\s*[:\]]|\[photo\]"
)
_CAPTION_CREDIT = re.compile(r"\S.{20,}(?:©|\([cC]\)\s*(?:19|20)\d\d)")


def photo_caption(line: str) -> bool:
    """A photo caption: "FILE PHOTO: A guard …", "[Photo] …", "… 2017. © 2017 Agency/Name"."""
    if len(line.split()) > 60:
        return False
    return bool(_CAPTION_HEAD.match(line) or _CAPTION_CREDIT.match(line))


def end_mark(line: str) -> bool:
    """A press release's end mark: "ENDS", "-ENDS-", "###", "- 30 -"."""
    return bool(re.fullmatch(r"[-–—*\s]*(?:ENDS?|#\s*#\s*#)[-–—*\s.]*|[-–—]\s*30\s*[-–—]", line))


def comments_heading(line: str) -> bool:
    """A comment section's heading: "2 Kommentare:", "12 comments", "Comments (4)", "1 Comment".

    Not a bare "Comment" or "Comment:": a cable's or a column's own section.
    """
    m = re.fullmatch(r"(\d+\s*)?(\w+)\s*(\(\d+\)|\d+\s*개)?\s*:?", line.strip())
    if not m:
        return False
    word, counted = m[2].casefold(), bool(m[1] or m[3])
    return word in COMMENT_WORDS or (counted and word in ONE_COMMENT_WORDS)


def tag_heading(line: str) -> bool:
    """Tag lists and their headings: "Tags:", "Topics: Dandong · UN", "Labels: China, reizen".

    Also a newsletter's contents line: "IN THIS ISSUE: Raids in Yanbian * News from the Yalu".
    """
    words = rf"(?:tags?|topics?|keywords?|labels?|categor(?:y|ies)|{'|'.join(TAG_WORDS)})"
    heading = rf"(?i){words}\s*:?"
    item = r"[^.;:·|*]{1,30}"
    listed = rf"(?i)(?:{words}|filed under)\s*:\s*{item}(?:\s*[,·|*]\s*{item})*\s*[*]?"
    contents = r"(?i)in this (?:issue|edition)\s*:.*"
    return any(re.fullmatch(p, line) for p in (heading, listed, contents))
