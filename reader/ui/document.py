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
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from reader.articles import Article, sanitise_display, sanitise_line

if TYPE_CHECKING:
    from reader.analysis import Analysis, Quote


BOOKMARK_MARK = "★"
SPEAKER_COLOURS = 4  # .reading--speaker-0 … -3 and .reading--quote-0 … -3
UNKNOWN_QUOTE_STYLE = ".reading--quote"
SOURCE_LABEL_CHARS = 40
# A source that is only a pronoun names nobody the reader can see in a margin.
PRONOUNS = frozenset(("he", "she", "they", "it", "we", "i", "you", "him", "her", "them",
                      "his", "hers", "their"))

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


@dataclass(slots=True)
class Document:
    """The text of one article as shown, its style spans and the offset map for it."""

    text: str
    body_doc_start: int  # where the body starts in the document
    body_start: int  # where the body starts in Article.text
    body_end: int
    gaps: list[int] = field(default_factory=list)  # Article.text offsets of inserted "\n"s
    spans: SpanIndex = field(default_factory=SpanIndex)
    marks: list[QuoteMark] = field(default_factory=list)  # sorted by start
    _gap_docs: list[int] = field(default_factory=list)  # body-relative doc offset of each gap
    _mark_starts: list[int] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._gap_docs = [g - self.body_start + i for i, g in enumerate(self.gaps)]
        self._mark_starts = [m.start for m in self.marks]

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

    def marks_between(self, start: int, end: int) -> list[QuoteMark]:
        """Quotes that start in the document range [start, end)."""
        lo = bisect_left(self._mark_starts, start)
        hi = bisect_left(self._mark_starts, end)
        return self.marks[lo:hi]

    def mark_covering(self, offset: int) -> QuoteMark | None:
        """The quote running through document `offset` that started before it, if any."""
        index = bisect_right(self._mark_starts, offset) - 1
        # Quotes rarely nest; look back a little for an outer one still open.
        for mark in reversed(self.marks[max(0, index - 3): index + 1]):
            if mark.start <= offset < mark.end:
                return mark
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
        words = sanitise_line(text[source[0]:source[1]]).strip()
        if words.casefold() in PRONOUNS:
            return ""
        if len(words) > SOURCE_LABEL_CHARS:
            words = words[: SOURCE_LABEL_CHARS - 1].rstrip() + "…"
        return words
    return ""


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
    body_end = len(text) if article.body_end < 0 else article.body_end

    headline = sanitise_line(article.title) or "(untitled)"
    meta = _meta_line(article)
    # One blank line before the body, unless the body starts with one of its own.
    first_break = text.find("\n", body_start, body_end)
    opens_blank = body_start < body_end and _blank(
        text, body_start, body_end if first_break < 0 else first_break)
    prefix = f"{headline}\n" + (f"{meta}\n" if meta else "") + ("" if opens_blank else "\n")
    head_spans: list[StyleSpan] = [
        (LAYER_QUOTE, 0, len(headline), ".reading--headline"),
        (LAYER_QUOTE, len(headline) + 1, len(headline) + 1 + len(meta), ".reading--meta"),
    ]

    gaps = paragraph_gaps(text, body_start, body_end)
    pieces = [prefix]
    cursor = body_start
    for gap in gaps:
        pieces.append(text[cursor:gap])
        pieces.append("\n")
        cursor = gap
    pieces.append(text[cursor:body_end])
    doc = Document(text="".join(pieces), body_doc_start=len(prefix), body_start=body_start,
                   body_end=body_end, gaps=gaps)
    if analysis is None:
        doc.spans = SpanIndex(head_spans)
        return doc

    names = {e.id: e.name for e in analysis.entities}
    colours = speaker_styles(analysis)
    spans = head_spans
    marks: list[QuoteMark] = []
    for index, quote in enumerate(analysis.quotes):
        if pause is not None and index % PAUSE_EVERY == PAUSE_EVERY - 1:
            pause()
        if quote.end <= body_start or quote.start >= body_end:
            continue
        start, end = doc.to_doc(quote.start), doc.to_doc(quote.end, end=True)
        colour = colours.get(quote.speaker or "")
        label = speaker_label(quote, names, text)
        spans.append((LAYER_QUOTE, start, end,
                      UNKNOWN_QUOTE_STYLE if colour is None else f".reading--quote-{colour}"))
        person = quote.speaker is not None and quote.speaker in names
        marks.append(QuoteMark(start, end, label,
                               ".reading--speaker" if colour is None
                               else f".reading--speaker-{colour}", index,
                               short=label.split()[-1] if person and label.split() else ""))
    built = 0
    for entity in analysis.entities:
        style = f".reading--{entity.kind}"
        built += len(entity.mentions)
        if pause is not None and built >= PAUSE_EVERY:
            pause()
            built = 0
        for start, end in entity.mentions:
            if end > body_start and start < body_end:
                spans.append((LAYER_ENTITY, doc.to_doc(start), doc.to_doc(end, end=True), style))
    marks.sort(key=lambda m: m.start)
    # A speaker is named once a paragraph: their next quotes there only get the bar.
    for n in range(1, len(marks)):
        before, mark = marks[n - 1], marks[n]
        if (mark.label and mark.label == before.label
                and "\n" not in doc.text[before.start:mark.start]):
            marks[n] = replace(mark, repeated=True)
    doc.spans = SpanIndex(spans)
    doc.marks = marks
    doc._mark_starts = [m.start for m in marks]
    return doc


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
