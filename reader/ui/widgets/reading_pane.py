"""ReadingPane: the open article, wrapped to the pane's width, with quotes and entities
highlighted. A Line API widget: it wraps the text itself, so it knows which line each
character is on and can scroll exactly to a quote or a mention.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import TYPE_CHECKING, ClassVar

from rich._wrap import divide_line  # the same word wrapper Content uses
from rich.segment import Segment
from rich.style import Style as RichStyle
from textual import events
from textual.geometry import Region, Size
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.visual import Visual

from reader.articles import Article
from reader.ui.commands import bindings_for
from reader.ui.document import Document, Highlight, build_document
from reader.ui.messages import EntityChosen, QuoteChosen

if TYPE_CHECKING:
    from reader.analysis import Analysis


EMPTY_MESSAGE = "No article open."


class ReadingPane(ScrollView, can_focus=True):
    """Shows one article; the main screen sets what to show and what is highlighted."""

    COMMAND_SCOPE = "reading"
    BINDINGS = bindings_for("reading")
    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "reading--headline",
        "reading--meta",
        "reading--quote",
        "reading--quote-cursor",
        "reading--speaker",
        "reading--person",
        "reading--country",
        "reading--organization",
        "reading--selected",
        "reading--mention-cursor",
    }

    def __init__(self, *, id: str | None = "reading-pane") -> None:
        super().__init__(id=id)
        self.article: Article | None = None
        self.analysis: Analysis | None = None
        self.highlight = Highlight()
        self._document: Document | None = None
        self._lines: list[tuple[int, int]] = []  # document (start, end) of each screen line
        self._line_starts: list[int] = []
        self._layout_width = 0
        self._strips: dict[int, Strip] = {}
        self._pending_scroll: tuple[int, int, bool] | None = None

    # What to show (set by the screen) -------------------------------------------------

    def show(self, article: Article | None, analysis: Analysis | None,
             highlight: Highlight | None = None, *, top_offset: int | None = None) -> None:
        """Show `article`; `top_offset` (an Article.text offset) is put at the top."""
        same_article = self.article is not None and article is not None and (
            self.article.id == article.id)
        keep = self.top_text_offset() if same_article and self.scroll_y > 0 else None
        self.article, self.analysis = article, analysis
        self.highlight = highlight or Highlight()
        self._rebuild(relayout=True)
        target = top_offset if top_offset is not None else keep
        if target is not None:
            self.scroll_to_text(target, target, top=True)
        elif not same_article:
            self.scroll_to(0, 0, animate=False, immediate=True)

    def set_highlight(self, highlight: Highlight) -> None:
        if highlight != self.highlight:
            # The speaker labels carry the bookmark mark: their length may change.
            relayout = highlight.bookmarked != self.highlight.bookmarked
            self.highlight = highlight
            self._rebuild(relayout=relayout)

    def _rebuild(self, *, relayout: bool) -> None:
        if self.article is None:
            self._document = None
        else:
            self._document = build_document(self.article, self.analysis, self.highlight)
        self._strips.clear()
        if relayout:
            self._layout_width = 0
            self._layout()
        self.refresh()

    # Layout ----------------------------------------------------------------------------

    def _layout(self) -> None:
        width = self.scrollable_content_region.width
        if width <= 0:
            return
        if width == self._layout_width and self._lines:
            return
        self._layout_width = width
        self._strips.clear()
        lines: list[tuple[int, int]] = []
        plain = self._document.content.plain if self._document else EMPTY_MESSAGE
        start = 0
        for paragraph in plain.split("\n"):
            cuts = divide_line(paragraph, width, fold=True) if paragraph else []
            for a, b in zip([0, *cuts], [*cuts, len(paragraph)], strict=True):
                lines.append((start + a, start + b))
            start += len(paragraph) + 1
        self._lines = lines
        self._line_starts = [a for a, _ in lines]
        self.virtual_size = Size(width, len(lines))
        if self._pending_scroll is not None:
            start_offset, end_offset, top = self._pending_scroll
            self._pending_scroll = None
            self.scroll_to_text(start_offset, end_offset, top=top)

    def on_resize(self, event: events.Resize) -> None:
        keep = self.top_text_offset() if self._lines and self.scroll_y > 0 else None
        self._layout()
        if keep is not None and self._pending_scroll is None:
            self.scroll_to_text(keep, keep, top=True)

    def line_of(self, doc_offset: int) -> int:
        return max(0, bisect_right(self._line_starts, doc_offset) - 1)

    # Scrolling -------------------------------------------------------------------------

    def top_text_offset(self) -> int:
        """The Article.text offset at the top of the view (persisted as the scroll position)."""
        if self._document is None or not self._lines:
            return 0
        y = min(int(self.scroll_y), len(self._lines) - 1)
        return self._document.to_text(self._lines[y][0])

    def scroll_to_text(self, start: int, end: int, *, top: bool = False) -> None:
        """Bring Article.text[start:end] into view (to the top line when `top`)."""
        if self._document is None:
            return
        if not self._lines or self._layout_width == 0:
            self._pending_scroll = (start, end, top)
            return
        if not self._scroll_lines(start, end, top=top):
            # Just after a new layout the scrollbars are not sized yet: try once more when
            # the screen has refreshed.
            self.call_after_refresh(self._scroll_lines, start, end, top=top)

    def _scroll_lines(self, start: int, end: int, *, top: bool) -> bool:
        """Scroll; returns whether the view now shows the span as asked."""
        if self._document is None or not self._lines:
            return True
        first = self.line_of(self._document.to_doc(start))
        last = self.line_of(self._document.to_doc(end, end=True) - 1) if end > start else first
        if top:
            self.scroll_to(0, first, animate=False, immediate=True, force=True)
            return int(self.scroll_y) == min(first, self.max_scroll_y)
        region = Region(0, first, 1, last - first + 1)
        self.scroll_to_region(region, animate=False, center=True, immediate=True, force=True)
        height = self.scrollable_content_region.height
        return int(self.scroll_y) <= first < int(self.scroll_y) + max(height, 1)

    # Rendering -------------------------------------------------------------------------

    def render_line(self, y: int) -> Strip:
        self._layout()
        width = self.scrollable_content_region.width
        index = int(self.scroll_y) + y
        base = self.rich_style
        if index >= len(self._lines):
            return Strip.blank(width, base)
        strip = self._strips.get(index)
        if strip is None:
            strip = self._render_text_line(index, width, base)
            self._strips[index] = strip
        return strip.apply_offsets(0, index)

    def _render_text_line(self, index: int, width: int, base: RichStyle) -> Strip:
        start, end = self._lines[index]
        if self._document is None:
            return Strip([Segment(EMPTY_MESSAGE[start:end], base)]).crop_extend(0, width, base)
        piece = self._document.content[start:end].rstrip()
        if not piece.plain:
            return Strip.blank(width, base)
        strips = Visual.to_strips(self, piece, width, 1, self.visual_style, pad=True)
        strip = strips[0] if strips else Strip.blank(width, base)
        return strip.crop_extend(0, width, base)

    # Mouse -----------------------------------------------------------------------------

    def text_offset_at(self, x: int, y: int) -> int | None:
        """The Article.text offset under the pane-relative cell (x, y), if any."""
        if self._document is None:
            return None
        index = int(self.scroll_y) + y
        if not 0 <= index < len(self._lines):
            return None
        start, end = self._lines[index]
        doc_offset = min(start + max(x, 0), end)
        if doc_offset < self._document.body_doc_start:
            return None
        return self._document.to_text(doc_offset)

    def on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)
        if offset is None or self.analysis is None:
            return
        text_offset = self.text_offset_at(offset.x, offset.y)
        if text_offset is None:
            return
        for index, quote in enumerate(self.analysis.quotes):
            if quote.start <= text_offset < quote.end:
                self.post_message(QuoteChosen(index))
                return
        for entity in self.analysis.entities:
            if any(s <= text_offset < e for s, e in entity.mentions):
                self.post_message(EntityChosen(entity.id))
                return
