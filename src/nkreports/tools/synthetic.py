"""A synthetic corpus: reports recombined from the sentences of real ones (tests, benchmark)."""

from __future__ import annotations

import random
import re
from collections.abc import Iterable
from datetime import date, datetime, timedelta
from itertools import islice
from pathlib import Path

from nkreports import paths

SOURCES = (paths.REPORTS_DIR, Path("tests") / "fixtures")  # relative to the project root
SUFFIXES = {".txt", ".html", ".htm"}
TOKENS = (300, 500)  # body length of one synthetic report, in approximate spaCy tokens
MONTHS = [date(2000, m, 1).strftime("%B") for m in range(1, 13)]
_VARIABLE = re.compile(
    rf"\b(?:(?P<year>(?:19|20)\d\d)|(?P<month>{'|'.join(MONTHS)})|(?P<num>\d+))\b"
)
_SENTENCE_END = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][”\"’']))\s+(?=[“\"‘']?[A-Z])")
_TOKEN = re.compile(r"\w+|[^\w\s]")
_STAMPS = ("%B %d, %Y at %I:%M%p", "%A, %B %d, %Y", "%d %B %Y", "Posted %Y-%m-%d")


def count_tokens(text: str) -> int:
    """Approximate spaCy's token count: words and punctuation marks."""
    return len(_TOKEN.findall(text))


def split_sentences(body: str) -> list[str]:
    """Sentences of a clean body: paragraphs split after `.`, `!` or `?` before a capital."""
    paragraphs = (" ".join(p.split()) for p in re.split(r"\n\s*\n", body))
    return [s for p in paragraphs if p for s in _SENTENCE_END.split(p)]


def is_usable(sentence: str) -> bool:
    """Accept English-looking sentences of 6 to 60 words ending in punctuation, not an initial."""
    ascii_share = sum(c.isascii() for c in sentence) / max(len(sentence), 1)
    ends = sentence.rstrip("”\"’'").endswith((".", "!", "?"))
    abbreviation = re.search(r"\b[A-Z]\.$", sentence)  # "between China and N." (N. Korea)
    return 6 <= len(sentence.split()) <= 60 and ascii_share > 0.95 and ends and not abbreviation


def source_files(sources: Iterable[Path] = SOURCES) -> list[Path]:
    """Report files (.txt, .html) under the source folders, sorted; missing folders are skipped."""
    found = (p for s in sources if Path(s).is_dir() for p in Path(s).rglob("*"))
    return sorted(p for p in found if p.suffix.lower() in SUFFIXES and p.is_file())


def sentence_pool(sources: Iterable[Path] = SOURCES) -> list[str]:
    """Every usable body sentence of the source reports (cleaned by the reports stage), once."""
    from nkreports.ingest.reports import load_report

    pool: dict[str, None] = {}
    for path in source_files(sources):
        article = load_report(path, {}).article
        if article is not None:
            pool.update(
                dict.fromkeys(s for s in split_sentences(article.body.text) if is_usable(s))
            )
    if not pool:
        raise ValueError(f"no usable sentences in {[str(s) for s in sources]}")
    return list(pool)


def vary(sentence: str, rng: random.Random) -> str:
    """Substitute every year, month name and other number with a random one of the same kind."""

    def substitute(match: re.Match) -> str:
        if match["year"]:
            return str(rng.randint(1995, 2024))
        if match["month"]:
            return rng.choice(MONTHS)
        digits = len(match["num"])
        return str(rng.randint(10 ** (digits - 1) if digits > 1 else 0, 10**digits - 1))

    return _VARIABLE.sub(substitute, sentence)


def date_stamp(rng: random.Random) -> str:
    """Print a random publication time in one of the forms news pages use."""
    moment = datetime(2005, 1, 1) + timedelta(minutes=15 * rng.randrange(20 * 365 * 96))
    return re.sub(r"(?<![\d:-])0(?=\d)", "", moment.strftime(rng.choice(_STAMPS)))


def headline(sentence: str) -> str:
    """Cut a headline: a sentence up to a clause break past word 4, at most 12 words, no quotes."""
    words = re.sub(r"[“”\"]", "", sentence).rstrip(".").split()[:12]
    breaks = [i for i, word in enumerate(words) if i >= 3 and word.endswith((",", ";", ":"))]
    return " ".join(words[: breaks[0] + 1] if breaks else words).rstrip(",;:")


def synthetic_report(
    pool: list[str], seed: int, index: int, tokens: tuple[int, int] = TOKENS
) -> str:
    """Report `index` of corpus `seed`: headline, date stamp, paragraphs (deterministic)."""
    rng = random.Random(f"{seed}:{index}")
    target = rng.randint(*tokens)
    sentences = iter(rng.sample(pool, len(pool)))
    title = headline(vary(next(sentences), rng))
    paragraphs, length = [], 0
    while length < target:
        paragraph = " ".join(vary(s, rng) for s in islice(sentences, rng.randint(1, 3)))
        if not paragraph:
            break
        paragraphs.append(paragraph)
        length += count_tokens(paragraph)
    return "\n\n".join([title, date_stamp(rng), *paragraphs]) + "\n"


def report_name(index: int) -> str:
    """File name of synthetic report number `index`."""
    return f"synthetic_{index:06d}.txt"


def build_corpus(
    out_dir: Path,
    count: int,
    *,
    seed: int = 0,
    start: int = 0,
    pool: list[str] | None = None,
    tokens: tuple[int, int] = TOKENS,
) -> list[Path]:
    """Write reports start .. start+count-1 of corpus `seed` into out_dir; returns their paths."""
    pool = pool or sentence_pool()
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for index in range(start, start + count):
        path = out_dir / report_name(index)
        path.write_text(synthetic_report(pool, seed, index, tokens), encoding="utf-8")
        written.append(path)
    return written
