"""The reading pane's document: the article as styled Content, and the map between
offsets into `Article.text` (what the analyser used) and offsets into the document.

The document is the headline, a source/date line, a blank line, then the body, with
two kinds of text inserted into the body: each quote's speaker label after the quote,
and a blank line between paragraphs. Styles are component-class names of ReadingPane
(".reading--quote"), so colours live in styles/*.tcss and follow the theme.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from textual.content import Content

from reader.articles import Article, sanitise_display, sanitise_line

if TYPE_CHECKING:
    from reader.analysis import Analysis


UNKNOWN_SPEAKER = "unattributed"
BOOKMARK_MARK = "★"


@dataclass(frozen=True, slots=True)
class Highlight:
    """What the user has selected in the open article."""

    quote: int | None = None  # index into analysis.quotes: the quote cursor
    entity: str | None = None  # entity id selected in the side panel
    mention: int | None = None  # index into that entity's mentions: the mention cursor
    bookmarked: frozenset[int] = frozenset()  # indexes of quotes the user has bookmarked


@dataclass(slots=True)
class Document:
    """The styled text of one article and the offset map for it."""

    content: Content
    body_doc_start: int  # where the body starts in the document
    body_start: int  # where the body starts in Article.text
    body_end: int
    # (text offset, inserted length), sorted by text offset: speaker labels, paragraph gaps
    insertions: list[tuple[int, int]] = field(default_factory=list)
    _cumulative: list[int] = field(default_factory=list)

    def __post_init__(self) -> None:
        total = 0
        self._cumulative = []
        for _, length in self.insertions:
            total += length
            self._cumulative.append(total)

    def _inserted_before(self, offset: int, *, inclusive: bool) -> int:
        positions = [p for p, _ in self.insertions]
        if inclusive:
            index = bisect_right(positions, offset)
        else:
            index = bisect_right(positions, offset - 1)
        return self._cumulative[index - 1] if index else 0

    def to_doc(self, text_offset: int, *, end: bool = False) -> int:
        """Where `text_offset` of Article.text is in the document (an end offset if `end`)."""
        clamped = min(max(text_offset, self.body_start), self.body_end)
        shift = self._inserted_before(clamped, inclusive=not end)
        return self.body_doc_start + (clamped - self.body_start) + shift

    def to_text(self, doc_offset: int) -> int:
        """The Article.text offset shown at `doc_offset` (inserted text maps to its anchor)."""
        if doc_offset <= self.body_doc_start:
            return self.body_start
        # Walk insertions: each one moves later text to the right by its length.
        relative = doc_offset - self.body_doc_start
        text_offset = self.body_start + relative
        for (position, length), before in zip(self.insertions, [0, *self._cumulative],
                                              strict=False):
            doc_position = self.body_doc_start + (position - self.body_start) + before
            if doc_offset < doc_position:
                break
            if doc_offset < doc_position + length:
                return position
            text_offset = self.body_start + relative - (before + length)
        return min(text_offset, self.body_end)


def _meta_line(article: Article) -> str:
    parts = []
    if article.source:
        parts.append(sanitise_line(article.source))
    if article.date is not None:
        parts.append(article.date.isoformat())
    if article.path is not None:
        parts.append(sanitise_line(article.path.name))
    return " · ".join(parts)


def build_document(article: Article, analysis: Analysis | None,
                   highlight: Highlight = Highlight()) -> Document:
    """The article as the reading pane shows it, highlighted for `analysis` and `highlight`."""
    text = sanitise_display(article.text)
    body_start = article.body_start
    body_end = len(text) if article.body_end < 0 else article.body_end
    body = text[body_start:body_end]

    head = Content.styled(sanitise_line(article.title) or "(untitled)", ".reading--headline")
    meta = Content.styled(_meta_line(article), ".reading--meta")
    prefix = Content.assemble(head, "\n", meta, "\n\n")

    names = {e.id: e.name for e in analysis.entities} if analysis else {}
    quotes = analysis.quotes if analysis else []
    # Insertions at the same offset: speaker label (0) before paragraph gap (1).
    inserts: list[tuple[int, int, str, str]] = []
    for index, quote in enumerate(quotes):
        if body_start <= quote.end <= body_end:
            speaker = names.get(quote.speaker or "", UNKNOWN_SPEAKER)
            label = f" — {sanitise_line(speaker)}"
            if index in highlight.bookmarked:
                label += f" {BOOKMARK_MARK}"
            inserts.append((quote.end, 0, label, ".reading--speaker"))
    start = 0
    while (newline := body.find("\n", start)) >= 0:
        inserts.append((body_start + newline, 1, "\n", ""))
        start = newline + 1
    inserts.sort(key=lambda item: (item[0], item[1]))

    pieces: list[Content] = []
    cursor = body_start
    for position, _, inserted, style in inserts:
        pieces.append(Content(text[cursor:position], strip_control_codes=False))
        pieces.append(Content.styled(inserted, style) if style else Content(inserted))
        cursor = position
    pieces.append(Content(text[cursor:body_end], strip_control_codes=False))
    content = prefix + Content("").join(pieces)

    doc = Document(
        content=content,
        body_doc_start=len(prefix),
        body_start=body_start,
        body_end=body_end,
        insertions=[(p, len(s)) for p, _, s, _ in inserts],
    )
    return _styled(doc, analysis, highlight)


def _styled(doc: Document, analysis: Analysis | None, highlight: Highlight) -> Document:
    if analysis is None:
        return doc
    content = doc.content

    def span(style: str, start: int, end: int) -> None:
        nonlocal content
        if end <= doc.body_start or start >= doc.body_end:
            return
        content = content.stylize(style, doc.to_doc(start), doc.to_doc(end, end=True))

    for index, quote in enumerate(analysis.quotes):
        span(".reading--quote", quote.start, quote.end)
        if index == highlight.quote:
            span(".reading--quote-cursor", quote.start, quote.end)
    for entity in analysis.entities:
        for start, end in entity.mentions:
            span(f".reading--{entity.kind}", start, end)
    selected = analysis.entity(highlight.entity) if highlight.entity else None
    if selected is not None:
        for index, (start, end) in enumerate(selected.mentions):
            span(".reading--selected", start, end)
            if index == highlight.mention:
                span(".reading--mention-cursor", start, end)
    doc.content = content
    return doc
