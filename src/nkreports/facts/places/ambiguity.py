"""Choosing among gazetteer entries that share a name, by context, and saying how."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Doc, Span

from nkreports.facts.places.gazetteer import Entry, all_of_kind, fold, lookup

REGION_PRIOR = ("CN", "KP", "KR")
DOMINANT = 5  # a far-away city this many times as populous as its namesakes is the one meant
FAR_DOMINANT = 8  # ... and this many times: meant even when a namesake's country is named nearby
BORDER_PROVINCES = ("Jilin", "Liaoning", "Heilongjiang")
KIND_RANK = {
    "country": 5,
    "province": 4,
    "region": 3,
    "border": 3,
    "county": 2,
    "city": 1,
    "river": 1,
    "other": 0,
}
CUE_KINDS = {
    "city": ("city",),
    "town": ("city",),
    "province": ("province",),
    "state": ("province",),
    "county": ("county", "city"),
    "river": ("river",),
    "rivers": ("river",),  # 'the Yalu and Tumen rivers'
    "the": ("river",),  # 'across the Tumen': a bare name after 'the' is the river
}
DEMONYM_COUNTRIES = {
    "chinese": "CN",
    "north korean": "KP",
    "north koreans": "KP",
    "south korean": "KR",
    "south koreans": "KR",
    "japanese": "JP",
    "russian": "RU",
    "russians": "RU",
    "mongolian": "MN",
    "mongolians": "MN",
    "vietnamese": "VN",
    "lao": "LA",
    "laotian": "LA",
    "thai": "TH",
    "burmese": "MM",
}
KOREA_WORDS = ("korea", "korean", "koreans", "pyongyang", "seoul", "dprk")
MOVE_LEMMAS = ("reach", "enter", "flee", "defect", "escape", "resettle")


@dataclass(frozen=True)
class PlaceContext:
    """What a report says about countries: per sentence, and counted over the report."""

    by_sentence: dict[int, frozenset[str]]
    counts: Counter
    about_korea: bool
    places_by_sentence: dict[int, frozenset[str]]  # named as places, demonyms left out

    @classmethod
    def of(cls, doc: Doc) -> PlaceContext:
        """Countries named unambiguously (places with one gazetteer country, or demonyms)."""
        by_sentence: dict[int, set[str]] = {}
        places: dict[int, set[str]] = {}
        counts: Counter = Counter()
        for ent in doc.ents:
            code = mentioned_country(ent)
            if code:
                by_sentence.setdefault(ent.sent.start, set()).add(code)
                if ent.label_ != "NORP":
                    places.setdefault(ent.sent.start, set()).add(code)
                counts[code] += 1
        return cls(
            {start: frozenset(codes) for start, codes in by_sentence.items()},
            counts,
            any(t.lower_ in KOREA_WORDS for t in doc),
            {start: frozenset(codes) for start, codes in places.items()},
        )

    def sentence(self, span: Span) -> frozenset[str]:
        """Countries named in the span's sentence."""
        return self.by_sentence.get(span.sent.start, frozenset())

    def named_near(self, span: Span) -> frozenset[str]:
        """Countries named as places in the span's sentence or the sentence before it."""
        start = span.sent.start
        before = span.doc[start - 1].sent.start if start else start
        empty = frozenset()
        return self.places_by_sentence.get(start, empty) | self.places_by_sentence.get(
            before, empty
        )


def mentioned_country(ent: Span) -> str:
    """'Chinese' -> CN, 'Shenyang' -> CN; '' for ambiguous names and non-places."""
    text = fold(ent.text.removeprefix("the ").removesuffix("’s").removesuffix("'s"))
    if ent.label_ == "NORP":
        return DEMONYM_COUNTRIES.get(text, "")
    entries = lookup(text) if ent.label_ in ("GPE", "LOC") else []
    states = [e.country for e in entries if e.kind == "country"]
    codes = set(states) or {e.country for e in entries}
    return codes.pop() if len(codes) == 1 and "|" not in next(iter(codes)) else ""


def name_cue(span: Span) -> str:
    """Find the word saying what kind of place a name is: 'city of Tumen', 'Jilin Province'."""
    doc = span.doc
    words = [span[-1].lower_]
    if span.end < len(doc):
        words.append(doc[span.end].lower_)
    if span.start >= 2 and doc[span.start - 1].lower_ == "of":
        words.append(doc[span.start - 2].lower_)
    paired = ""
    if span.end + 1 < len(doc) and doc[span.end].pos_ == "CCONJ":
        at = span.end + 1 + (doc[span.end + 1].lower_ == "the")
        paired = doc[at].text if at < len(doc) else ""  # 'the Tumen and (the) Yalu'
        words.append(doc[at + 1].lower_ if at + 1 < len(doc) else "")  # '… and Yalu rivers'
    if paired and {e.kind for e in lookup(paired)} == {"river"}:
        words.append("river")  # paired with a river: 'across the Tumen or the Yalu'
    modifies = span.end < len(doc) and doc[span.end].pos_ in ("NOUN", "PROPN", "CCONJ")
    if span.start >= 1 and doc[span.start - 1].lower_ == "the" and not modifies:
        words.append("the")  # not 'the Tumen detention centre', 'the Tumen and Dandong centres'
    return next((w for w in words if w in CUE_KINDS), "")


def compass(text: str, ctx: PlaceContext) -> tuple[Entry, str] | None:
    """Read 'the North' / 'the South' in a report about Korea as North / South Korea."""
    if not ctx.about_korea:
        return None
    state = f"{text} Korea"
    return lookup(state)[0], f"'the {text}' read as {state} (report about Korea)"


def generic_border(span: Span, ctx: PlaceContext) -> tuple[Entry, str] | None:
    """Read a bare 'the border' as the one border whose two countries are named near it.

    'They crossed into Laos from Yunnan, China. Police watch the border.' -> China–Laos border.
    With no such pair, or several, it is a common noun and no place (None).
    """
    named = ctx.named_near(span)
    fits = [b for b in borders() if set(b.country.split("|")) <= named]
    if len(fits) != 1:
        return None
    note = f"'the border' read as the {fits[0].name} (both countries named in this or the"
    return fits[0], note + " previous sentence)"


def border_with(code: str, span: Span, ctx: PlaceContext) -> tuple[Entry, str] | None:
    """Read 'the border with China', 'the frontier with North Korea' as a border of that country.

    The other country is the one named near the mention, else the report's most-named one.
    """
    own = [b for b in borders() if code in b.country.split("|")]
    near = ctx.named_near(span) | ctx.sentence(span)
    fits = [b for b in own if set(b.country.split("|")) - {code} <= near] if near else []
    how = "the other country named nearby"
    if len(fits) != 1:
        others = Counter({b: ctx.counts[_other(b, code)] for b in own}).most_common(2)
        leads = others and others[0][1] and (len(others) == 1 or others[0][1] > others[1][1])
        fits, how = ([others[0][0]] if leads else []), "the report's most-named neighbour"
    if not fits:
        return None
    return fits[0], f"border with {code} read as the {fits[0].name} ({how})"


def _other(border: Entry, code: str) -> str:
    """The country of a border that is not `code`."""
    return next((c for c in border.country.split("|") if c != code), code)


def borders() -> list[Entry]:
    """Every two-country border the gazetteer holds."""
    return all_of_kind("border")


def korea_alone(span: Span) -> tuple[Entry, str]:
    """Read 'a safe way to Korea', 'reach Korea' as South Korea; other bare 'Korea' as region."""
    before = span.doc[span.start - 1] if span.start else None
    if before is not None and (before.lower_ in ("to", "into") or before.lemma_ in MOVE_LEMMAS):
        return lookup("South Korea")[0], "'Korea' as a destination read as South Korea"
    return lookup("Korea")[0], "'Korea' alone: read as the Korean Peninsula, not either state"


def _describe(entries: list[Entry]) -> str:
    """'Kangwon (province, KP) | Gangwon (province, KR)'."""
    return " | ".join(f"{e.name} ({e.kind}, {e.country})" for e in entries)


def _most_mentioned(pool: list[Entry], counts: Counter) -> set[str]:
    """Find the pool's country most named in the report, if it leads strictly."""
    ranked = Counter({e.country: counts[e.country] for e in pool}).most_common()
    leads = len(ranked) > 1 and ranked[0][1] > ranked[1][1]
    return {ranked[0][0]} if leads else set()


def in_region(entry: Entry) -> bool:
    """Whether a place lies in (or on the border of) China or the Koreas: CN, KP, KR, CN|RU."""
    return any(code in REGION_PRIOR for code in entry.country.split("|"))


def _dominant(pool: list[Entry], ratio: int = DOMINANT) -> list[Entry]:
    """The one city of a far-away pool that is `ratio` times as populous as any other.

    "Geneva" is the Swiss city, not the Illinois town, whatever else the report names. Pools
    with a place in the region (CN, KP, KR) are left to the region prior.
    """
    if any(e.kind != "city" or in_region(e) for e in pool):
        return []
    ranked = sorted(pool, key=lambda e: -e.population)
    leads = len(ranked) > 1 and ranked[0].population >= ratio * max(ranked[1].population, 1)
    return ranked[:1] if leads else []


def choose(candidates: list[Entry], span: Span, ctx: PlaceContext) -> tuple[Entry, str]:
    """One entry for an ambiguous name: by cue word, sentence, size, report, region prior."""
    if len(candidates) == 1:
        return candidates[0], ""
    cue, sentence = name_cue(span), ctx.sentence(span)

    def most_named(pool: list[Entry]) -> list[Entry]:
        leaders = _most_mentioned(pool, ctx.counts)
        return [e for e in pool if e.country in leaders]

    def far_dominant(pool: list[Entry]) -> list[Entry]:
        return _dominant(pool, FAR_DOMINANT)

    def kept(keep: Callable[[Entry], bool]) -> Callable[[list[Entry]], list[Entry]]:
        return lambda pool: [e for e in pool if keep(e)]

    steps = [
        (f"by the word '{cue}'", kept(lambda e: e.kind in CUE_KINDS.get(cue, ()))),
        (f"by size ({FAR_DOMINANT} times as populous as the next)", far_dominant),
        (
            f"by {'/'.join(sorted(sentence))} in the same sentence",
            kept(lambda e: e.country in sentence),
        ),
        (f"by size ({DOMINANT} times as populous as the next)", _dominant),
        ("by the report's most-named country", most_named),
        ("by the region prior (CN, KP, KR)", kept(in_region)),
        ("by the border-province prior", kept(lambda e: e.admin1 in BORDER_PROVINCES)),
    ]
    pool, how = list(candidates), []
    for label, narrow in steps:
        narrowed = narrow(pool)
        if narrowed and len(narrowed) < len(pool):
            pool, how = narrowed, [*how, label]
    best = max(pool, key=lambda e: (KIND_RANK.get(e.kind, 0), e.population, e.place_id))
    if len({e.country for e in pool}) > 1:
        how.append("countries still tied, by rank then the most populous")
    elif len(pool) > 1:
        how.append("by rank (province over city, then population)")
    return best, f"ambiguous: {_describe(candidates)}; chose {best.name} {', '.join(how)}"
