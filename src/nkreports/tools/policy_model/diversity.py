"""The corpus's diversity check: near-duplicate sentences and distinct trigger lemmas.

Two sentences are near-duplicates when their sets of lower-cased word tokens overlap by at least
`THRESHOLD` of the smaller set. Sentences of fewer than `MIN_TOKENS` words ("(END)", a dateline)
are left out: any longer sentence containing their words would match them. A trigger's lemma is
the lemma of the syntactic root of its span, as the pinned parser reads the sentence.

Run `python -m nkreports.tools.policy_model.diversity` for the report the README quotes.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Sequence

from nkreports.tools.policy_model.convert import Record, read_records

THRESHOLD = 0.8
MIN_TOKENS = 5
WORD = re.compile(r"\w+")


def tokens(text: str) -> frozenset[str]:
    """The sentence's lower-cased word tokens, as a set."""
    return frozenset(WORD.findall(text.lower()))


def near_duplicates(records: Sequence[Record]) -> list[tuple[str, str, float]]:
    """Pairs of record ids whose token sets overlap by at least THRESHOLD of the smaller.

    Prefix filtering keeps it fast: if the smaller set S overlaps B that much, B holds one of the
    `len(S) - ceil(THRESHOLD * len(S)) + 1` rarest words of S, so only such pairs are compared.
    """
    sets = {r.id: tokens(r.text) for r in records if len(tokens(r.text)) >= MIN_TOKENS}
    frequency = Counter(word for words in sets.values() for word in words)
    by_prefix: dict[str, list[str]] = defaultdict(list)
    for record_id, words in sets.items():
        rarest = sorted(words, key=lambda w: (frequency[w], w))
        for word in rarest[: len(words) - math.ceil(THRESHOLD * len(words)) + 1]:
            by_prefix[word].append(record_id)
    pairs = set()
    for record_id, words in sets.items():
        for other in {o for w in words for o in by_prefix.get(w, ()) if o != record_id}:
            smaller = min(len(words), len(sets[other]))
            overlap = len(words & sets[other]) / smaller
            if overlap >= THRESHOLD:
                pairs.add((*sorted((record_id, other)), round(overlap, 3)))
    return sorted(pairs)


def trigger_lemmas(records: Sequence[Record]) -> Counter[str]:
    """How often each trigger root lemma occurs, parsing each sentence with the pinned model."""
    from nkreports.pipeline import load_nlp
    from nkreports.truecase import parse

    with_events = [r for r in records if r.triggers]
    counts: Counter[str] = Counter()
    texts = [r.text for r in with_events]
    for record, doc in zip(with_events, parse(load_nlp(), texts), strict=True):
        for trigger in record.triggers:
            span = doc.char_span(trigger.start, trigger.end, alignment_mode="expand")
            counts[span.root.lemma_.lower()] += 1
    return counts


def main() -> None:
    """CLI: print the corpus's size, its distinct trigger lemmas and any near-duplicates."""
    records = read_records()
    lemmas = trigger_lemmas(records)
    pairs = near_duplicates(records)
    print(f"{len(records)} sentences, {sum(bool(r.triggers) for r in records)} with an event")
    print(f"{sum(lemmas.values())} triggers, {len(lemmas)} distinct trigger lemmas")
    print(f"{len(pairs)} near-duplicate pairs (token overlap >= {THRESHOLD})")
    for a, b, overlap in pairs:
        print(f"  {a} ~ {b}: {overlap}")


if __name__ == "__main__":
    main()
