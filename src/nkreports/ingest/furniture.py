"""Page furniture: which lines of a report are not the article, and why (one rule per family)."""

from __future__ import annotations

import re
from collections.abc import Callable

from nkreports.ingest.published import date_matches

RULES_VERSION = "furniture-3"


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
_WORD = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_TIME = re.compile(r"(?i)\b\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?")
_DATE_FILLER = re.compile(
    r"(?i)\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat"
    r"|sun|at|on|published|updated|posted|modified|date|last|kst|gmt|utc|est|edt|am|pm)\b"
)
BLOCK_REASONS = (
    "related headlines list",
    "login/comment prompt",
    "newsletter block",
    "tag list",
)
_CALL_TO_ACTION = re.compile(
    r"(?i)^(?:subscribe|sign[ -]?up|join|register|get\b.{0,40}\binbox|enter your e-?mail"
    r"|don['’]t miss)"
)


def words(line: str) -> list[str]:
    """Words of a line: letters and digits, with inner apostrophes and hyphens."""
    return _WORD.findall(line)


def english_share(text: str) -> float:
    """Share of words that are common English function words (about 0.4 in English prose)."""
    found = [w.lower() for w in words(text)]
    return sum(w in ENGLISH_WORDS for w in found) / len(found) if found else 0.0


def ascii_letter_share(text: str) -> float:
    """Share of letters that are plain ASCII (Korean, Chinese, Cyrillic text is near 0)."""
    letters = [c for c in text if c.isalpha()]
    return sum(c.isascii() for c in letters) / len(letters) if letters else 1.0


def weather_widget(line: str) -> bool:
    """Temperature widgets: "31.1 C", "26°C", "Seoul 23 °F Sunny"."""
    found = re.search(r"(?<![\w.])[-+−]?\d{1,3}(?:[.,]\d+)?\s*°?\s*[CF]\b", line)
    return bool(found) and len(words(line)) <= 5


def page_date(line: str) -> bool:
    """Date-only lines: "Sunday, July 14, 2024", "June 27, 2024 at 08:00AM", "10/16/2023, 19.20"."""
    matches = date_matches(line)
    if not matches:
        return False
    rest = list(line)
    for match in matches:
        rest[match.start() : match.end()] = " " * (match.end() - match.start())
    rest = _DATE_FILLER.sub("", _TIME.sub("", "".join(rest)))
    return not re.search(r"\w", rest)


def breadcrumb(line: str) -> bool:
    """Navigation trails: "Home > National > Politics", "News › Asia › Korea", "Home / World"."""
    parts = re.split(r"\s[>›»/|]\s", line)
    short = all(len(words(p)) <= 4 for p in parts)
    return short and (len(parts) >= 3 or (len(parts) == 2 and parts[0].lower() == "home"))


def share_prompt(line: str) -> bool:
    """Share/print widgets: "Send to a friend", "Printable version", "print dictionary print"."""
    found = [w.lower() for w in words(line)]
    return bool(found) and set(found) <= _UI_WORDS and bool(_UI_CUES.intersection(found))


def login_prompt(line: str) -> bool:
    """Login/comment boxes: "Log in to Twitter or Facebook account to connect", "12 Comments"."""
    count = len(words(line))
    if re.search(r"(?i)\b(?:log ?in|sign ?in|sign ?up)\b", line) and count <= 15:
        return True
    if re.search(
        r"(?i)\b(?:write|leave|post|add|view|show)\s+(?:a\s+|your\s+|all\s+)?comments?\b", line
    ):
        return count <= 15
    return bool(re.search(r"(?i)\bcomments?\b", line)) and count <= 4 and not line.endswith(".")


def related_heading(line: str) -> bool:
    """Other-article list headings: "Most Popular Articles", "READ NEXT", "More from X Y Z"."""
    heading = (
        r"(?i)(?:what['’]s\s+)?(?:most\s+)?(?:popular|most read|most viewed|trending|see also"
        r"|related|read next|up next|further reading|in other news"
        r"|read more|more (?:from|on) \S+(?: \S+){0,3}|more stories|more news|recommended"
        r"|latest news|top stories|you may also like|also read|editor['’]s picks)"
        r"(?:\s+(?:articles|stories|news|posts|links|coverage|now|reading|content|headlines))?"
        r"\s*:?"
    )
    link = r"(?i)(?:read more|see also|related|also read)\s*:\s*\S.*"
    return bool(re.fullmatch(heading, line) or re.fullmatch(link, line))


def newsletter(line: str) -> bool:
    """Newsletter blocks: "Subscribe now", "Sign up for our Korean Peninsula briefing"."""
    cue = re.search(r"(?i)\b(?:newsletters?|subscribe|subscription|unsubscribe)\b", line)
    titled = not line.endswith(".") or re.search(r"(?i)\bnewsletters?\s*:", line)
    if cue and titled and len(words(line)) <= 15:
        return True
    sentences = re.split(r"(?<=[.!?])\s+|\s+[|·]\s+", line)
    return len(words(line)) <= 40 and any(_CALL_TO_ACTION.match(s) for s in sentences)


def reading_time(line: str) -> bool:
    """Reading-time stamps: "7 min read", "5-minute read", "Reading time: 4 minutes"."""
    cue = r"(?i)\b\d+\s*-?\s*(?:min|mins|minutes?)\.?\s+read\b|\breading time\b"
    return bool(re.search(cue, line)) and len(words(line)) <= 12


def feedback_prompt(line: str) -> bool:
    """Reader prompts: "Did you find this useful?", "Was this article helpful?", "Share it"."""
    cue = r"(?i)\b(?:did you (?:find|enjoy|like) this|was this (?:article |story )?helpful"
    cue += r"|share (?:it|this) with (?:a friend|friends)|like what you read)\b"
    return bool(re.search(cue, line)) and len(words(line)) <= 15


def tag_heading(line: str) -> bool:
    """Tag lists and their headings: "TAGs", "Tags:", "Topics: Dandong, UN", "Keywords: China"."""
    heading = r"(?i)(?:tags?|topics?|keywords?)\s*:?"
    listed = r"(?i)(?:tags?|topics?|keywords?|filed under)\s*:\s*[^.;:]{1,30}(?:,\s*[^.;:]{1,30})*"
    return bool(re.fullmatch(heading, line) or re.fullmatch(listed, line))


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
    has_email = bool(_EMAIL.search(line)) and len(words(line)) <= 40
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
    """Name on bylines: "by Alessandra Tamponi", "BY KIM, AP", "By Choi Eun-young in Seoul"."""
    found = re.fullmatch(r"[Bb][Yy]:?\s+([A-Z][^|,]*?)\s*(?:[|,].*)?", line)
    if not found or len(words(line)) > 10 or line.endswith((".", "?", "!")):
        return ""
    name = re.sub(r"\s+in\s+[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*", "", found[1])
    head = re.split(r"[(\[]", name)[0]
    if all(w[0].isupper() or w.lower() in NAME_PARTICLES | {"and"} for w in words(head)):
        return name
    return ""


def lone_name(line: str) -> bool:
    """Whether a line is a name alone: "Sandra Loyd", "Kim Jeong-min", "Jane van der Berg"."""
    found = words(line)
    if not 2 <= len(found) <= 4 or re.search(r"[\d.,:;!?\"“”()]", line):
        return False
    return all(w[0].isupper() or w.lower() in NAME_PARTICLES for w in found) and not any(
        w.lower() in ENGLISH_WORDS for w in found
    )


def foreign_language(line: str) -> bool:
    """Lines not in English: "“L’Asia: ecco il nostro comune compito per il terzo millennio!”"."""
    letters = sum(c.isalpha() for c in line)
    if letters >= 4 and ascii_letter_share(line) < 0.5:
        return True
    return len(words(line)) >= 8 and english_share(line) < 0.05


LINE_RULES: tuple[tuple[str, Callable[[str], object]], ...] = (
    ("weather widget", weather_widget),
    ("page date", page_date),
    ("breadcrumb", breadcrumb),
    ("share/print prompt", share_prompt),
    ("feedback prompt", feedback_prompt),
    ("reading time", reading_time),
    ("related headlines list", related_heading),
    ("tag list", tag_heading),
    ("outlet boilerplate", outlet_boilerplate),
    ("contact line", contact_line),
    ("newsletter block", newsletter),
    ("login/comment prompt", login_prompt),
    ("other-language link", language_link),
    ("repost notice", repost_outlet),
    ("credits", credits),
    ("byline", byline_name),
    ("foreign-language line", foreign_language),
)
