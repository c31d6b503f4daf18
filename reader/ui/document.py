"""The reading pane's document: the article as plain text plus style spans, and the map
between offsets into `Article.text` (what the analyser used) and offsets into the document.

The document is the headline, a source/date line, a blank line, then the body. The only
text added to the body is a blank line between paragraphs that are separated by a single
line break (text whose paragraphs already have a blank line between them is left as it
is). Speaker labels are not in the text: the pane draws them in a margin beside the line
where each quote starts (`QuoteMark`), so a quote never breaks the sentence it sits in.

Everything here is built once per article and analysis, in time linear in the article,
and is then looked up in time proportional to what one screen line shows: `SpanIndex`
answers "which spans touch this range" from fixed-size buckets, and offsets are mapped
with a bisect over precomputed positions. Styles are component-class names of
ReadingPane (".reading--quote"), so colours live in styles/*.tcss and follow the theme.
"""

from __future__ import annotations

import re
from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from reader.analysis.source_labels import LABEL_CHARS, source_label
from reader.articles import Article, sanitise_display, sanitise_line
from reader.ui.spans import (  # the pane's spans and highlight state, kept apart (see there)
    LAYER_CURSOR,
    LAYER_ENTITY,
    LAYER_MENTION_CURSOR,
    LAYER_PASSAGE,
    LAYER_QUOTE,
    LAYER_SELECTED,
    Highlight,
    SpanIndex,
    SpanLookup,
    StyleSpan,
)

if TYPE_CHECKING:
    from reader.analysis import Analysis, Quote


BOOKMARK_MARK = "★"
SPEAKER_COLOURS = 4  # .reading--speaker-0 … -3 and .reading--quote-0 … -3
UNKNOWN_QUOTE_STYLE = ".reading--quote"
SOURCE_LABEL_CHARS = LABEL_CHARS

@dataclass(frozen=True, slots=True)
class QuoteMark:
    """A quote as the margin shows it: where it is in the document and who says it."""

    start: int  # document offsets
    end: int
    label: str  # the speaker's name, else the source's own words, else ""
    style: str  # ".reading--speaker-N" (the speaker's colour) or ".reading--speaker"
    index: int  # into analysis.quotes (the pane stars bookmarked ones)
    short: str = ""  # a shorter label for a narrow margin: a person's last name
    repeated: bool = False  # same speaker as the quote before, in the same paragraph


ArrayPayload = dict[str, Any]
_ARRAYS = ("layers", "starts", "ends", "style_ids", "bucket_offsets", "bucket_items",
           "mark_starts", "mark_ends", "mark_labels", "mark_shorts", "mark_styles",
           "mark_quotes", "mark_repeated")


@dataclass(frozen=True, slots=True)
class StyledBody:
    """The analysis's style spans and quote marks for one article body, as arrays of
    machine integers: offsets relative to where the body starts in the document.

    A large article's is built in the analysis process (reader/analysis_process.py) and
    arrives as a few byte strings: the UI process then does no work per span at all
    (building 100,000 span tuples and their index in a worker thread took the
    interpreter lock from the UI thread for most of a second, frame after frame).
    Spans are numbered in (layer, start) order; `bucket_items[bucket_offsets[k]:
    bucket_offsets[k + 1]]` are the numbers of the spans touching bucket k (SpanIndex's
    fixed-size buckets, here as one flat array)."""

    body_length: int  # the body's characters in the document (a check it fits the document)
    styles: tuple[str, ...]  # span and mark style names, by number
    labels: tuple[str, ...]  # speaker labels and short labels, by number ("" is 0)
    layers: array[int]
    starts: array[int]
    ends: array[int]
    style_ids: array[int]
    bucket_offsets: array[int]
    bucket_items: array[int]
    mark_starts: array[int]  # sorted
    mark_ends: array[int]
    mark_labels: array[int]
    mark_shorts: array[int]
    mark_styles: array[int]
    mark_quotes: array[int]  # index into analysis.quotes
    mark_repeated: array[int]  # 1: same speaker as the quote before, same paragraph

    @property
    def count(self) -> int:
        return len(self.starts)

    def to_payload(self) -> ArrayPayload:
        """Plain values for pickling: bytes and tuples of strings (cheap to load)."""
        payload: ArrayPayload = {name: getattr(self, name).tobytes() for name in _ARRAYS}
        payload.update(body_length=self.body_length, styles=self.styles, labels=self.labels)
        return payload

    @classmethod
    def from_payload(cls, payload: ArrayPayload) -> StyledBody:
        arrays = {}
        for name in _ARRAYS:
            values = array("q")
            values.frombytes(payload[name])
            arrays[name] = values
        return cls(body_length=int(payload["body_length"]),
                   styles=tuple(payload["styles"]), labels=tuple(payload["labels"]),
                   **arrays)

    def mark(self, number: int, origin: int) -> QuoteMark:
        return QuoteMark(origin + self.mark_starts[number], origin + self.mark_ends[number],
                         self.labels[self.mark_labels[number]],
                         self.styles[self.mark_styles[number]], self.mark_quotes[number],
                         short=self.labels[self.mark_shorts[number]],
                         repeated=bool(self.mark_repeated[number]))


class BodySpans:
    """A StyledBody's spans (and the head's: headline, source line) in document offsets:
    the same answers as SpanIndex, looked up in the body's arrays."""

    def __init__(self, head: SpanIndex, body: StyledBody, origin: int) -> None:
        self.head, self.body, self.origin = head, body, origin
        self.count = head.count + body.count

    def overlapping(self, start: int, end: int) -> list[StyleSpan]:
        """Spans overlapping [start, end), each once, ordered by layer then start."""
        found = self.head.overlapping(start, end)
        body, origin = self.body, self.origin
        lo, hi = max(start - origin, 0), min(end - origin, body.body_length)
        if hi <= lo:
            return found
        bucket = SpanIndex.BUCKET
        offsets, items = body.bucket_offsets, body.bucket_items
        starts, ends = body.starts, body.ends
        numbers: list[int] = []
        last_key = min((hi - 1) // bucket, len(offsets) - 2)
        for key in range(lo // bucket, last_key + 1):
            for number in items[offsets[key]:offsets[key + 1]]:
                s, e = starts[number], ends[number]
                # A span filed in several buckets is taken from the first one in range.
                if s < hi and e > lo and max(s, lo) // bucket == key:
                    numbers.append(number)
        if not numbers:
            return found
        numbers.sort()  # numbered in (layer, start) order
        layers, style_ids, styles = body.layers, body.style_ids, body.styles
        body_spans = [(layers[n], origin + starts[n], origin + ends[n], styles[style_ids[n]])
                      for n in numbers]
        if not found:
            return body_spans
        found += body_spans
        found.sort(key=lambda span: (span[0], span[1]))
        return found


@dataclass(slots=True)
class Document:
    """The text of one article as shown, its style spans and the offset map for it."""

    text: str
    body_doc_start: int  # where the body starts in the document
    body_start: int  # where the body starts in Article.text
    body_end: int
    gaps: list[int] = field(default_factory=list)  # Article.text offsets of inserted "\n"s
    spans: SpanLookup = field(default_factory=SpanIndex)
    head_spans: SpanIndex = field(default_factory=SpanIndex)  # the headline's and source's
    body: StyledBody | None = None  # the analysis's spans and marks, None: plain text
    _gap_docs: list[int] = field(default_factory=list)  # body-relative doc offset of each gap

    def __post_init__(self) -> None:
        if not self._gap_docs:
            self._gap_docs = [g - self.body_start + i for i, g in enumerate(self.gaps)]

    def with_body(self, body: StyledBody) -> Document | None:
        """This document with `body`'s spans and marks (sharing its text and offset map),
        or None when `body` was laid out for another text."""
        if body.body_length != len(self.text) - self.body_doc_start:
            return None
        return Document(self.text, self.body_doc_start, self.body_start, self.body_end,
                        self.gaps, BodySpans(self.head_spans, body, self.body_doc_start),
                        self.head_spans, body, self._gap_docs)

    def to_doc(self, text_offset: int, *, end: bool = False) -> int:
        """Where `text_offset` of Article.text is in the document (an end offset if `end`)."""
        clamped = min(max(text_offset, self.body_start), self.body_end)
        # A gap is inserted before the line break at its offset: it shifts that offset,
        # unless the offset ends a span (then the span stops before the gap).
        shift = bisect_left(self.gaps, clamped) if end else bisect_right(self.gaps, clamped)
        return self.body_doc_start + (clamped - self.body_start) + shift

    def to_text(self, doc_offset: int) -> int:
        """The Article.text offset shown at `doc_offset` (an inserted gap maps to its anchor)."""
        if doc_offset <= self.body_doc_start:
            return self.body_start
        relative = doc_offset - self.body_doc_start
        before = bisect_right(self._gap_docs, relative)
        if before and self._gap_docs[before - 1] == relative:
            return self.gaps[before - 1]
        return min(self.body_start + relative - before, self.body_end)

    @property
    def marks(self) -> list[QuoteMark]:
        """Every quote mark, in order (the pane asks for a line's: marks_between)."""
        return self.marks_between(0, len(self.text))

    def marks_between(self, start: int, end: int) -> list[QuoteMark]:
        """Quotes that start in the document range [start, end)."""
        body = self.body
        if body is None:
            return []
        origin = self.body_doc_start
        lo = bisect_left(body.mark_starts, start - origin)
        hi = bisect_left(body.mark_starts, end - origin)
        return [body.mark(n, origin) for n in range(lo, hi)]

    def mark_covering(self, offset: int) -> QuoteMark | None:
        """The quote running through document `offset` that started before it, if any."""
        body = self.body
        if body is None:
            return None
        relative = offset - self.body_doc_start
        index = bisect_right(body.mark_starts, relative) - 1
        # Quotes rarely nest; look back a little for an outer one still open.
        for number in range(index, max(-1, index - 4), -1):
            if body.mark_starts[number] <= relative < body.mark_ends[number]:
                return body.mark(number, self.body_doc_start)
        return None


def _meta_line(article: Article) -> str:
    parts = []
    if article.source:
        parts.append(sanitise_line(article.source))
    if article.date is not None:
        parts.append(article.date_label)
    if article.path is not None:
        parts.append(sanitise_line(article.path.name))
    return " · ".join(parts)


# A line break between two lines that both hold a character other than whitespace (`.`
# stops at a line break; `\S` is what str.isspace calls not a space).
_GAP = re.compile(r"^(?=.*\S).*(\n)(?=.*\S)", re.MULTILINE)


def paragraph_gaps(text: str, start: int, end: int) -> list[int]:
    """Offsets of the line breaks in text[start:end] that get a blank line after them:
    those between two lines that both hold text. A blank line already there is kept as
    it is, so no gap is ever doubled. (A regular expression: on a 4 MB article whose
    paragraphs are apart already, a look at each line in Python costs a tenth of a
    second on the UI thread.)"""
    # On the slice, so that its first line starts a line even where `start` does not.
    return [start + m.start(1) for m in _GAP.finditer(text[start:end])]


def _blank(text: str, start: int, end: int) -> bool:
    return start >= end or text[start:end].isspace()


def speaker_label(quote: Quote, names: dict[str, str], text: str) -> str:
    """Who says `quote`: the speaker's name, else the source's own words ("a spokesman"),
    else "" (nobody is named: no label)."""
    if quote.speaker and quote.speaker in names:
        return sanitise_line(names[quote.speaker])
    source = quote_source(quote)
    if source is not None:
        return source_label(sanitise_line(text[source[0]:source[1]]))
    return ""


_NAME_SUFFIXES = frozenset(("jr", "sr", "ii", "iii", "iv"))


def short_label(name: str, kind: str) -> str:
    """A person's surname for a narrow margin ("Kowalczyk" for "Dwayne Kowalczyk Jr.");
    "" for a body or a country, whose last word ("States", "Organization") names nothing."""
    if kind != "person":
        return ""
    words = name.split()
    while len(words) > 1 and words[-1].casefold().strip(".,") in _NAME_SUFFIXES:
        words.pop()
    return words[-1].rstrip(",") if words else ""


def quote_source(quote: Quote) -> tuple[int, int] | None:
    """The words naming who speaks `quote`, as analysed."""
    return quote.source


def speaker_styles(analysis: Analysis) -> dict[str, int]:
    """A colour number for each speaker, in order of their first quote."""
    colours: dict[str, int] = {}
    for quote in analysis.quotes:
        if quote.speaker and quote.speaker not in colours:
            colours[quote.speaker] = len(colours) % SPEAKER_COLOURS
    return colours


# How many quotes or mentions a worker builds between two `pause()` calls.
PAUSE_EVERY = 2048


def build_document(article: Article, analysis: Analysis | None,
                   pause: Callable[[], None] | None = None) -> Document:
    """The article as the reading pane shows it, with the spans for `analysis`.

    Linear in the article: fit to run in a worker thread for a large one, which passes
    `pause` (a short sleep): called every PAUSE_EVERY spans, it lets the UI thread have
    the interpreter lock at once instead of a share of it while a key waits.
    """
    text = sanitise_display(article.text)
    body_start = article.body_start
    body_end = _body_end(text, article.body_end)

    headline = sanitise_line(article.title) or "(untitled)"
    meta = _meta_line(article)
    # One blank line before the body, unless the body starts with one of its own.
    first_break = text.find("\n", body_start, body_end)
    opens_blank = body_start < body_end and _blank(
        text, body_start, body_end if first_break < 0 else first_break)
    prefix = f"{headline}\n" + (f"{meta}\n" if meta else "") + ("" if opens_blank else "\n")
    head = SpanIndex([
        (LAYER_QUOTE, 0, len(headline), ".reading--headline"),
        (LAYER_QUOTE, len(headline) + 1, len(headline) + 1 + len(meta), ".reading--meta"),
    ])

    gaps = paragraph_gaps(text, body_start, body_end)
    pieces = [prefix]
    cursor = body_start
    for gap in gaps:
        pieces.append(text[cursor:gap])
        pieces.append("\n")
        cursor = gap
    pieces.append(text[cursor:body_end])
    doc = Document(text="".join(pieces), body_doc_start=len(prefix), body_start=body_start,
                   body_end=body_end, gaps=gaps, spans=head, head_spans=head)
    if analysis is None:
        return doc
    styled = doc.with_body(styled_body(text, gaps, analysis, body_start, body_end, pause))
    assert styled is not None  # laid out for this very text
    return styled


def _body_end(text: str, body_end: int) -> int:
    return len(text) if body_end < 0 else body_end


def styled_body_of_text(raw_text: str, analysis: Analysis, body_start: int,
                        body_end: int) -> StyledBody:
    """The StyledBody of an article given its raw text and Article.body_start and
    body_end: what the analysis process lays out beside the analysis."""
    text = sanitise_display(raw_text)
    end = _body_end(text, body_end)
    return styled_body(text, paragraph_gaps(text, body_start, end), analysis, body_start, end)


def styled_body(text: str, gaps: list[int], analysis: Analysis, body_start: int,
                body_end: int, pause: Callable[[], None] | None = None) -> StyledBody:
    """The spans and quote marks of `analysis` in body-relative document offsets (see
    StyledBody). `text` is the article's display text, `gaps` its paragraph gaps."""
    def relative(offset: int, *, end: bool = False) -> int:
        clamped = min(max(offset, body_start), body_end)
        shift = bisect_left(gaps, clamped) if end else bisect_right(gaps, clamped)
        return clamped - body_start + shift

    style_numbers: dict[str, int] = {}
    label_numbers: dict[str, int] = {"": 0}

    def style(name: str) -> int:
        return style_numbers.setdefault(name, len(style_numbers))

    def label(words: str) -> int:
        return label_numbers.setdefault(words, len(label_numbers))

    names = {e.id: e.name for e in analysis.entities}
    kinds = {e.id: e.kind for e in analysis.entities}
    colours = speaker_styles(analysis)
    spans: list[tuple[int, int, int, int]] = []  # (layer, start, end, style number)
    # (start, end, label, short, style, quote index, Article.text start)
    marks: list[tuple[int, int, int, int, int, int, int]] = []
    for index, quote in enumerate(analysis.quotes):
        if pause is not None and index % PAUSE_EVERY == PAUSE_EVERY - 1:
            pause()
        if quote.end <= body_start or quote.start >= body_end:
            continue
        start, end = relative(quote.start), relative(quote.end, end=True)
        colour = colours.get(quote.speaker or "")
        words = speaker_label(quote, names, text)
        spans.append((LAYER_QUOTE, start, end, style(
            UNKNOWN_QUOTE_STYLE if colour is None else f".reading--quote-{colour}")))
        short = (short_label(words, kinds[quote.speaker])
                 if quote.speaker is not None and quote.speaker in names else "")
        marks.append((start, end, label(words), label(short), style(
            ".reading--speaker" if colour is None else f".reading--speaker-{colour}"),
            index, quote.start))
    built = 0
    for entity in analysis.entities:
        number = style(f".reading--{entity.kind}")
        built += len(entity.mentions)
        if pause is not None and built >= PAUSE_EVERY:
            pause()
            built = 0
        for start, end in entity.mentions:
            if end > body_start and start < body_end:
                spans.append((LAYER_ENTITY, relative(start), relative(end, end=True), number))
    if pause is not None:
        pause()
    spans = [span for span in spans if span[2] > span[1]]
    spans.sort(key=lambda span: (span[0], span[1]))
    marks.sort(key=lambda mark: mark[0])
    body_length = body_end - body_start + len(gaps)
    offsets, items = _bucket_arrays(spans, body_length, pause)
    # A speaker is named once a paragraph: their next quotes there only get the bar.
    repeated = array("q", bytes(8 * len(marks)))
    for n in range(1, len(marks)):
        before, mark = marks[n - 1], marks[n]
        if (mark[2] and mark[2] == before[2]
                and text.find("\n", before[6], mark[6]) < 0):
            repeated[n] = 1
    return StyledBody(
        body_length=body_length, styles=tuple(style_numbers), labels=tuple(label_numbers),
        layers=array("q", [span[0] for span in spans]),
        starts=array("q", [span[1] for span in spans]),
        ends=array("q", [span[2] for span in spans]),
        style_ids=array("q", [span[3] for span in spans]),
        bucket_offsets=offsets, bucket_items=items,
        mark_starts=array("q", [mark[0] for mark in marks]),
        mark_ends=array("q", [mark[1] for mark in marks]),
        mark_labels=array("q", [mark[2] for mark in marks]),
        mark_shorts=array("q", [mark[3] for mark in marks]),
        mark_styles=array("q", [mark[4] for mark in marks]),
        mark_quotes=array("q", [mark[5] for mark in marks]),
        mark_repeated=repeated)


def _bucket_arrays(spans: list[tuple[int, int, int, int]], length: int,
                   pause: Callable[[], None] | None) -> tuple[array[int], array[int]]:
    """SpanIndex's buckets as two flat arrays: the numbers of the spans touching bucket
    k are items[offsets[k]:offsets[k + 1]], in span order."""
    bucket = SpanIndex.BUCKET
    buckets = length // bucket + 1
    counts = [0] * (buckets + 1)
    for _, start, end, _ in spans:
        for key in range(start // bucket, (end - 1) // bucket + 1):
            counts[key + 1] += 1
    for key in range(buckets):
        counts[key + 1] += counts[key]
    offsets = array("q", counts)
    if pause is not None:
        pause()
    filled = counts[:-1]
    items = array("q", bytes(8 * counts[-1]))
    for number, (_, start, end, _) in enumerate(spans):
        if pause is not None and number % PAUSE_EVERY == PAUSE_EVERY - 1:
            pause()
        for key in range(start // bucket, (end - 1) // bucket + 1):
            items[filled[key]] = number
            filled[key] += 1
    return offsets, items


def highlight_spans(doc: Document, analysis: Analysis | None,
                    highlight: Highlight) -> SpanIndex:
    """The spans of what is selected and of the kept highlights: small, rebuilt on every
    cursor move (highlights are shown before the analysis is in)."""
    spans: list[StyleSpan] = []

    def add(layer: int, style: str, start: int, end: int) -> None:
        if end > doc.body_start and start < doc.body_end:
            spans.append((layer, doc.to_doc(start), doc.to_doc(end, end=True), style))

    for start, end in highlight.passages:
        add(LAYER_PASSAGE, ".reading--passage", start, end)
    if analysis is None:
        return SpanIndex(spans)

    if highlight.quote is not None and 0 <= highlight.quote < len(analysis.quotes):
        quote = analysis.quotes[highlight.quote]
        add(LAYER_CURSOR, ".reading--quote-cursor", quote.start, quote.end)
    selected = analysis.entity(highlight.entity) if highlight.entity else None
    if selected is not None:
        for index, (start, end) in enumerate(selected.mentions):
            add(LAYER_SELECTED, ".reading--selected", start, end)
            if index == highlight.mention:
                add(LAYER_MENTION_CURSOR, ".reading--mention-cursor", start, end)
    return SpanIndex(spans)
