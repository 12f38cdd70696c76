"""Clean article text that remembers where every character came from in the raw report."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from functools import cached_property


@dataclass(frozen=True)
class Segment:
    """A run of body text copied from the raw text (or one decoded character, e.g. `&amp;`)."""

    body_start: int
    raw_start: int
    body_len: int
    raw_len: int


@dataclass(frozen=True)
class Body:
    """Article text plus a map from body offsets back to raw-report offsets."""

    text: str
    segments: tuple[Segment, ...]

    @classmethod
    def whole(cls, raw: str) -> Body:
        """The whole raw text as the body (identity map)."""
        return cls.from_spans(raw, [(0, len(raw))])

    @classmethod
    def from_spans(cls, raw: str, spans: list[tuple[int, int]]) -> Body:
        """Concatenate raw[start:end] for each (start, end) span, in order."""
        segments, parts, at = [], [], 0
        for start, end in spans:
            if end > start:
                segments.append(Segment(at, start, end - start, end - start))
                parts.append(raw[start:end])
                at += end - start
        return cls("".join(parts), tuple(segments))

    @cached_property
    def _starts(self) -> list[int]:
        return [s.body_start for s in self.segments]

    def _segment(self, offset: int) -> Segment:
        return self.segments[max(bisect_right(self._starts, offset) - 1, 0)]

    def to_raw(self, start: int, end: int) -> tuple[int, int]:
        """Raw (start, end) of body[start:end]; a decoded character maps to its whole source."""
        if not self.segments or end <= start:
            raise ValueError(f"cannot map empty or unmapped span {start}:{end}")
        first, last = self._segment(start), self._segment(end - 1)
        raw_start = first.raw_start + (
            start - first.body_start if first.body_len == first.raw_len else 0
        )
        raw_end = (
            last.raw_start + (end - last.body_start)
            if last.body_len == last.raw_len
            else last.raw_start + last.raw_len
        )
        return raw_start, raw_end
