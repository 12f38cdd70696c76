"""Page furniture: which lines of a report are not the article, and why (one rule per family)."""

from __future__ import annotations

import re
from collections.abc import Callable
from enum import StrEnum

from nkreports.ingest import foreign
from nkreports.ingest.datewords import PAGE_DATE_FILLER, TEMPERATURE_WITH_UNIT, date_only
from nkreports.ingest.foreignwords import FUNCTION_WORDS
from nkreports.ingest.sections import comments_heading, end_mark, photo_caption, tag_heading
from nkreports.ingest.words import word_tokens

RULES_VERSION = "furniture-12"


class FurnitureReason(StrEnum):
    """furniture.reason: why a line is not the article (members compare equal to their text)."""

    WEATHER_WIDGET = "weather widget"
    PAGE_DATE = "page date"
    BREADCRUMB = "breadcrumb"
    SHARE_PROMPT = "share/print prompt"
    FEEDBACK_PROMPT = "feedback prompt"
    READING_TIME = "reading time"
    RELATED_HEADLINES = "related headlines list"
    TAG_LIST = "tag list"
    OUTLET_BOILERPLATE = "outlet boilerplate"
    CONTACT_LINE = "contact line"
    NEWSLETTER = "newsletter block"
    LOGIN_PROMPT = "login/comment prompt"
    LANGUAGE_LINK = "other-language link"
    REPOST_NOTICE = "repost notice"
    CREDITS = "credits"
    BYLINE = "byline"
    FOREIGN_LANGUAGE = "foreign-language line"
    MASTHEAD = "outlet masthead"
    SECTION_TAG = "section tag line"
    REPEATED_HEADLINE = "repeated headline"
    COMMENTS = "reader comments"
    END_MATTER = "after the end mark"
    CAPTION = "photo caption"


def _wordset(*lines: str) -> frozenset[str]:
    """Words of space-separated lists, as one set (keeps long word lists readable)."""
    return frozenset(word for line in lines for word in line.split())


ENGLISH_WORDS = _wordset(
    "the a an and or but of to in on at by for with from as is are was were be been has have had",
    "it its that this these those they he she we you i his her their our not will would said says",
    "who which what there than about after into over also more most some all can could do does if",
    "no so up out when while because",
)
NAME_PARTICLES = _wordset("de van der von bin al da la le")
_UI_WORDS = _wordset(
    "share print printable email e-mail tweet facebook twitter whatsapp telegram linkedin reddit",
    "kakao copy link send to a friend version close x dictionary font size bookmark save this",
    "article page story icon on via follow us rss instagram youtube kakaotalk line",
)
_UI_CUES = _wordset("share print printable email e-mail tweet send close bookmark follow")
_LIST_ITEM = re.compile(r"[-–•▪*]\s+[A-Za-z]")  # an item of a bulleted list, in Latin letters
_ASCII_LETTER = re.compile(r"[A-Za-z]")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_YEAR = re.compile(r"\d{4}")  # every full date, English or foreign, has a four-digit year
# Headings whose short lines below belong to the same block (see `cleaning`).
BLOCK_REASONS = (
    FurnitureReason.RELATED_HEADLINES,
    FurnitureReason.LOGIN_PROMPT,
    FurnitureReason.NEWSLETTER,
    FurnitureReason.TAG_LIST,
)
_CALL_TO_ACTION = re.compile(
    r"(?i)^(?:subscribe|sign[ -]?up|join|register|get\b.{0,40}\binbox|enter your e-?mail"
    r"|don['’]t miss)"
)


def english_share(text: str) -> float:
    """Share of words that are common English function words (about 0.4 in English prose)."""
    found = [w.lower() for w in word_tokens(text)]
    return sum(w in ENGLISH_WORDS for w in found) / len(found) if found else 0.0


def ascii_letter_share(text: str) -> float:
    """Share of letters that are plain ASCII (Korean, Chinese, Cyrillic text is near 0)."""
    if text.isascii():
        return 1.0  # every letter of an ASCII text is plain ASCII
    letters = sum(map(str.isalpha, text))
    return len(_ASCII_LETTER.findall(text)) / letters if letters else 1.0


def weather_widget(line: str) -> bool:
    """Temperature widgets: "31.1 C", "26°C", "Seoul 23 °F Sunny"."""
    return bool(TEMPERATURE_WITH_UNIT.search(line)) and len(word_tokens(line)) <= 5


def page_date(line: str) -> bool:
    """Date-only lines: "Sunday, July 14, 2024", "June 27, 2024 at 08:00AM", "10/16/2023, 19.20".

    Also a blogging platform's date line in its own language: "Mittwoch, 7. Juni 2006".
    """
    if not _YEAR.search(line):
        return False
    return date_only(line, PAGE_DATE_FILLER) or foreign.date_line(line)


def breadcrumb(line: str) -> bool:
    """Navigation trails: "Home > National > Politics", "News › Asia › Korea", "Home / World"."""
    parts = re.split(r"\s[>›»/|]\s", line)
    short = all(len(word_tokens(p)) <= 4 for p in parts)
    arrow = len(parts) == 2 and bool(re.search(r"\s[›»]\s", line))  # "Asia › Explainers"
    spaced = re.split(r"\s{3,}", line.strip())  # "World   Business   Markets   Pictures"
    bar = len(spaced) >= 3 and all(len(word_tokens(p)) <= 3 and p[0].isupper() for p in spaced)
    home = len(parts) == 2 and parts[0].lower() == "home"
    return bar or (short and (len(parts) >= 3 or arrow or home))


def share_prompt(line: str) -> bool:
    """Share/print widgets: "Send to a friend", "Printable version", "print dictionary print"."""
    found = [w.lower() for w in word_tokens(line)]
    return bool(found) and set(found) <= _UI_WORDS and bool(_UI_CUES.intersection(found))


def login_prompt(line: str) -> bool:
    """Login/comment boxes: "Log in to Twitter or Facebook account to connect", "12 Comments"."""
    count = len(word_tokens(line))
    if count > 15:
        return False  # a prompt is short
    if re.search(r"(?i)\b(?:log ?in|sign ?in|sign ?up)\b", line) or re.search(
        r"(?i)\b(?:write|leave|post|add|view|show)\s+(?:a\s+|your\s+|all\s+)?comments?\b", line
    ):
        return True
    if re.fullmatch(r"(?i)comment\s*:?", line):
        return False  # a cable's or a column's own section heading
    return bool(re.search(r"(?i)\bcomments?\b", line)) and count <= 4 and not line.endswith(".")


def related_heading(line: str) -> bool:
    """Other-article list headings: "Most Popular Articles", "READ NEXT", "More from X Y Z"."""
    heading = (
        r"(?i)(?:what['’]s\s+)?(?:most\s+)?(?:popular|most read|most viewed|trending|see also"
        r"|related|read next|up next|further reading|in other news"
        r"|read more|more (?:from|on) \S+(?: \S+){0,3}|more stories|more news|recommended"
        r"|latest news|top stories|you may also like|you might also like|also read|read also"
        r"|editor['’]s picks|elsewhere on (?:the|this) site|don['’]t miss|must read)"
        r"(?:\s+(?:articles|stories|news|posts|links|coverage|now|reading|content|headlines"
        r"|research|reports|analysis|publications|resources))?"
        r"\s*:?"
    )
    link = r"(?i)(?:read more|see also|related|also read)\s*:\s*\S.*"
    return bool(re.fullmatch(heading, line) or re.fullmatch(link, line))


def newsletter(line: str) -> bool:
    """Newsletter blocks: "Subscribe now", "Sign up for our Korean Peninsula briefing"."""
    count = len(word_tokens(line))
    if count > 40:
        return False  # a newsletter block is short
    cue = re.search(r"(?i)\b(?:newsletters?|subscribe|subscription|unsubscribe)\b", line)
    titled = not line.endswith(".") or re.search(r"(?i)\bnewsletters?\s*:", line)
    if cue and titled and count <= 15:
        return True
    sentences = re.split(r"(?<=[.!?])\s+|\s+[|·]\s+", line)
    return any(_CALL_TO_ACTION.match(s) for s in sentences)


def reading_time(line: str) -> bool:
    """Reading-time stamps: "7 min read", "5-minute read", "Reading time: 4 minutes"."""
    cue = r"(?i)\b\d+\s*-?\s*(?:min|mins|minutes?)\.?\s+read\b|\breading time\b"
    return bool(re.search(cue, line)) and len(word_tokens(line)) <= 12


def feedback_prompt(line: str) -> bool:
    """Reader prompts: "Did you find this useful?", "Was this article helpful?", "Share it"."""
    cue = r"(?i)\b(?:did you (?:find|enjoy|like) this|was this (?:article |story )?helpful"
    cue += r"|share (?:it|this) with (?:a friend|friends)|like what you read)\b"
    return bool(re.search(cue, line)) and len(word_tokens(line)) <= 15


def outlet_boilerplate(line: str) -> bool:
    """Outlet boilerplate: "For more information about Daily NK’s network…", "© 2024 …"."""
    cues = (
        r"(?i)(?:©|\bcopyright\s*(?:\(c\)|\d{4})|\ball rights reserved\b"
        r"|\bfor more information about\b"
        r"|\bplease visit our\b|\bterms of (?:use|service)\b|\bprivacy policy\b|\buses? cookies\b)"
    )
    return bool(re.search(cues, line))


def contact_line(line: str) -> bool:
    """Contact lines: "Please send any comments … to news@uni-media.net.", "Contact us"."""
    has_email = bool(_EMAIL.search(line)) and len(word_tokens(line)) <= 40
    return has_email or bool(re.match(r"(?i)contact(?:\s+us)?\b", line))


def language_link(line: str) -> bool:
    """Links to other-language versions: "Read in Korean", "Read this article in Chinese"."""
    pattern = r"(?i)(?:read|view)(?:\s+this(?:\s+article|\s+story)?)?\s+in\s+[a-z]+"
    return bool(re.fullmatch(pattern, line))


def repost_outlet(line: str) -> str:
    """Source of reposts: "The post … appeared first on World Weekly News.", "Reprinted from X"."""
    patterns = (
        r"(?i)the post .+ appeared first on (?P<outlet>.+?)\.?",
        r"(?i)(?:this (?:article|story|post|piece) )?(?:was )?(?:originally|first) "
        r"(?:appeared|published|posted|ran)(?: (?:on|in|at|by))? (?P<outlet>[^.]+)\.?",
        r"(?i)(?:republished|reposted|reprinted|syndicated) (?:from|with permission (?:from|of)) "
        r"(?P<outlet>[^.]+)\.?",
    )
    for pattern in patterns:
        found = re.fullmatch(pattern, line)
        if found:
            return found["outlet"].strip()
    return ""


_CREDIT = re.compile(
    r"(?:[A-Z][a-z]+ed|Written|Photo|Image)(?: in [A-Z][a-z]+)? by"
    r"(?: [A-Z][\w’'.-]*){1,4}(?: (?:for|of|at|with) [^,;]+?)?[.\s]*"
)


def credits(line: str) -> bool:
    """Credit lines: "Translated by David Black. Edited by Robert Lauler.", "Photo by X"."""
    sentences = [s for s in re.split(r"(?<=\.)\s+", line) if s]
    return bool(sentences) and all(_CREDIT.fullmatch(s) for s in sentences)


def credit_outlet(line: str) -> str:
    """Outlet of a credit: "Reported by Hyemin Kid for RFA’s Korean Service." -> "RFA"."""
    found = re.match(r"(?:[A-Z][a-z]+ed|Written) by(?: [A-Z][\w’'.-]*){1,4} for ([^.,;]+)", line)
    return re.sub(r"['’]s\b.*", "", found[1]).strip() if found else ""


def byline_name(line: str) -> str:
    """Name on bylines: "by Alessandra Tamponi", "BY KIM, AP", "By Choi Eun-young in Seoul".

    Words after a bar are the byline's metadata: "By Kwak Mi-na | Published Tue 14 Jan 2025".
    """
    found = re.fullmatch(r"[Bb][Yy]:?\s+([A-Z][^|,]*?)\s*(?:[|,].*)?", line)
    if not found or len(word_tokens(line.split("|")[0])) > 10 or line.endswith((".", "?", "!")):
        return ""
    name = re.sub(r"\s+in\s+[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*", "", found[1])
    head = re.split(r"[(\[]", name)[0]
    if all(w[0].isupper() or w.lower() in NAME_PARTICLES | {"and"} for w in word_tokens(head)):
        return name
    return ""


def lone_name(line: str) -> bool:
    """Whether a line is a name alone: "Sandra Loyd", "Kim Jeong-min", "Jane van der Berg"."""
    found = word_tokens(line)
    if not 2 <= len(found) <= 4 or re.search(r"[\d.,:;!?\"“”()]", line):
        return False
    return all(w[0].isupper() or w.lower() in NAME_PARTICLES for w in found) and not any(
        w.lower() in ENGLISH_WORDS for w in found
    )


def foreign_language(line: str) -> bool:
    """Lines not in English: "“L’Asia: ecco il nostro comune compito per il terzo millennio!”"."""
    if not line.isascii():  # an ASCII line's letters are all Latin
        letters = sum(map(str.isalpha, line))
        if letters >= 4 and ascii_letter_share(line) < 0.5:
            return True
    words = [w.lower() for w in word_tokens(line)]
    if len(words) < 8 or english_share(line) >= 0.05:
        return False
    # a terse English bullet has few function words of any language: '- Sweeps before big
    # political dates (Party Congress, Oct 2022)'; a foreign one has its own: '- Die … hat …'
    return not _LIST_ITEM.match(line) or any(w in FUNCTION_WORDS for w in words)


LINE_RULES: tuple[tuple[FurnitureReason, Callable[[str], object]], ...] = (
    (FurnitureReason.WEATHER_WIDGET, weather_widget),
    (FurnitureReason.PAGE_DATE, page_date),
    (FurnitureReason.BREADCRUMB, breadcrumb),
    (FurnitureReason.SHARE_PROMPT, share_prompt),
    (FurnitureReason.FEEDBACK_PROMPT, feedback_prompt),
    (FurnitureReason.READING_TIME, reading_time),
    (FurnitureReason.RELATED_HEADLINES, related_heading),
    (FurnitureReason.TAG_LIST, tag_heading),
    (FurnitureReason.OUTLET_BOILERPLATE, outlet_boilerplate),
    (FurnitureReason.CONTACT_LINE, contact_line),
    (FurnitureReason.NEWSLETTER, newsletter),
    (FurnitureReason.COMMENTS, comments_heading),
    (FurnitureReason.END_MATTER, end_mark),
    (FurnitureReason.LOGIN_PROMPT, login_prompt),
    (FurnitureReason.LANGUAGE_LINK, language_link),
    (FurnitureReason.REPOST_NOTICE, repost_outlet),
    (FurnitureReason.CREDITS, credits),
    (FurnitureReason.CAPTION, photo_caption),
    (FurnitureReason.BYLINE, byline_name),
    (FurnitureReason.FOREIGN_LANGUAGE, foreign_language),
)
