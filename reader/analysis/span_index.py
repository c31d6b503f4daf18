"""Spans of text looked up by position, in an index that can grow while it is read.

The quote finder adds speakers' mentions as it goes and asks "what was named just
before here?" between additions. A sorted list would cost a shift of the whole list
per addition (quadratic when an article names thousands of new speakers), so spans
live in buckets of fixed width: adding is an append, and a lookup sorts and reads the
few buckets it touches.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Iterator

TYPE_CHECKING = False  # (reader/records.py says why not typing's)
if TYPE_CHECKING:
    from typing import Final  # (constants read as C statics by mypyc, not from a dict)

Span = tuple[int, int, str]  # start, end, key (an entity id)

_WIDTH: Final = 512  # characters per bucket


class SpanIndex:
    """(start, end, key) spans, read latest-first from any position."""

    def __init__(self, spans: Iterable[Span] = ()) -> None:
        buckets: dict[int, list[Span]] = {}
        # (as `add` does, without a call per span) The tuples are kept as given, not
        # copied: indexes built from the same spans share them.
        for span in spans:
            b = span[0] // _WIDTH
            items = buckets.get(b)
            if items is None:
                buckets[b] = [span]
            else:
                items.append(span)
        self._buckets = buckets
        self._unsorted: set[int] = set(buckets)

    def add(self, start: int, end: int, key: str) -> None:
        b = start // _WIDTH
        self._buckets.setdefault(b, []).append((start, end, key))
        self._unsorted.add(b)

    def _bucket(self, b: int) -> list[Span]:
        items = self._buckets.get(b)
        if items is None:
            return []
        if b in self._unsorted:
            items.sort()
            self._unsorted.discard(b)
        return items

    def before(self, pos: int, lo: int) -> Iterator[Span]:
        """Spans starting in [lo, pos), latest first."""
        lo = max(lo, 0)
        b = (pos - 1) // _WIDTH
        while b >= 0 and (b + 1) * _WIDTH > lo:
            items = self._bucket(b)
            # The bucket is sorted: start below the first span at or after `pos`, and
            # stop at the first before `lo` (all the rest start earlier still).
            k = bisect_left(items, (pos,)) if items and items[-1][0] >= pos else len(items)
            while k:
                k -= 1
                span = items[k]
                if span[0] < lo:
                    return
                yield span
            b -= 1

    def overlapping(self, start: int, end: int, reach: int = 200) -> Span | None:
        """The latest-starting span that overlaps [start, end) and starts no more than
        `reach` characters before it."""
        # `before(end, start - reach)` read in place, without a generator per call.
        lo = max(start - reach, 0)
        b = (end - 1) // _WIDTH
        while b >= 0 and (b + 1) * _WIDTH > lo:
            items = self._bucket(b)
            k = bisect_left(items, (end,)) if items and items[-1][0] >= end else len(items)
            while k:
                k -= 1
                span = items[k]
                if span[0] < lo:
                    return None
                if span[1] > start:
                    return span
            b -= 1
        return None
