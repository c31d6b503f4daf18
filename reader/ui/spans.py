"""The reading pane's style spans and what the user has highlighted: the layers spans are
drawn in, the `Highlight` state, and `SpanIndex`, which finds spans by the range they touch.

Apart from reader.ui.document (which builds a document's spans) because the pane holds
these from the start, before any article is open: the document model is imported only
when the first article is shown, after the first frame.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Protocol

# Layers: a span of a higher layer is applied after (over) a lower one.
(LAYER_QUOTE, LAYER_PASSAGE, LAYER_ENTITY, LAYER_CURSOR, LAYER_SELECTED,
 LAYER_MENTION_CURSOR) = range(6)
LAYER_FIND, LAYER_FIND_CURSOR = 6, 7
LAYER_SELECTION = 8  # the passage being selected (v, or a mouse drag): over everything


@dataclass(frozen=True, slots=True)
class Highlight:
    """What the user has selected in the open article."""

    quote: int | None = None  # index into analysis.quotes: the quote cursor
    entity: str | None = None  # entity id selected in the side panel
    mention: int | None = None  # index into that entity's mentions: the mention cursor
    bookmarked: frozenset[int] = frozenset()  # indexes of quotes the user has bookmarked
    passages: frozenset[tuple[int, int]] = frozenset()  # highlights, Article.text offsets


StyleSpan = tuple[int, int, int, str]  # (layer, start, end, style), document offsets


class SpanIndex:
    """Style spans found by the range they overlap, in time proportional to the answer.

    Each span is filed in every fixed-size bucket it touches; a long quote is filed in a
    few buckets, a mention in one. A screen line looks in one or two buckets.
    """

    BUCKET = 512

    def __init__(self, spans: Iterable[StyleSpan] = ()) -> None:
        self._buckets: dict[int, list[StyleSpan]] = {}
        self.count = 0
        bucket_size = self.BUCKET
        buckets = self._buckets
        for span in spans:
            start, end = span[1], span[2]
            if end <= start:
                continue
            self.count += 1
            for key in range(start // bucket_size, (end - 1) // bucket_size + 1):
                buckets.setdefault(key, []).append(span)

    def overlapping(self, start: int, end: int) -> list[StyleSpan]:
        """Spans overlapping [start, end), each once, ordered by layer then start."""
        if end <= start or not self._buckets:
            return []
        bucket_size = self.BUCKET
        found: list[StyleSpan] = []
        first_key = start // bucket_size
        for key in range(first_key, (end - 1) // bucket_size + 1):
            for span in self._buckets.get(key, ()):
                s, e = span[1], span[2]
                # A span filed in several buckets is taken from the first one in range.
                if s < end and e > start and max(s, start) // bucket_size == key:
                    found.append(span)
        found.sort(key=lambda span: (span[0], span[1]))
        return found


class SpanLookup(Protocol):
    """What the pane asks of a document's spans: those touching a range."""

    def overlapping(self, start: int, end: int) -> list[StyleSpan]: ...
