"""ReadingPane: the open article, wrapped to the pane's width, with quotes and entities
highlighted. A Line API widget: it wraps the text itself, so it knows which line each
character is on and can scroll exactly to a quote or a mention.

Speaker labels live in a margin on the left (the "gutter"): the speaker's name beside the
line where their quote starts, in the speaker's colour, and a bar of that colour beside
the lines the quote runs over. The sentence itself is never changed. `l` turns the margin
off and on.

A passage is selected with `v` and the movement keys (or a mouse drag, through Textual's
text selection: `get_selection` and `selection_updated`) and kept with enter (`a`: with
a note); the pane only says what was selected (`PassageKept`), the screen stores it.

Work per frame is proportional to the lines on screen: each line takes only the spans
that touch it from the document's span index. A large article is shown at once as plain
text; its spans come laid out by the analysis process (reader.ui.document.StyledBody),
else they are built in a worker thread.
"""

from __future__ import annotations

import re
import time
from bisect import bisect_right
from contextlib import nullcontext
from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar

from rich._wrap import divide_line  # the same word wrapper Content uses
from rich.segment import Segment
from rich.style import Style as RichStyle
from textual import events, on
from textual.binding import BindingType
from textual.content import Content, Span
from textual.geometry import Region, Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.selection import Selection
from textual.strip import Strip
from textual.style import Style
from textual.visual import Visual

from reader.articles import Article, sanitise_line
from reader.heap import bulk_build
from reader.ui.commands import bindings_for
from reader.ui.messages import EntityChosen, PassageKept, QuoteChosen
from reader.ui.spans import LAYER_FIND, LAYER_FIND_CURSOR, LAYER_SELECTION, Highlight, SpanIndex

if TYPE_CHECKING:
    from reader.analysis import Analysis
    from reader.ui.document import Document
    from reader.ui.passage_selection import PassageSelection

# reader.ui.document (the document model) and reader.ui.passage_selection are imported
# where they are first used, when an article is shown or a passage selected: the pane's
# first frame ("No article open.") needs neither, and they cost the start some 2-3 ms.


EMPTY_MESSAGE = "No article open."
# Above this many characters the styled document is built off the UI thread.
BUILD_IN_WORKER_CHARS = 100_000
GUTTER_MIN, GUTTER_MAX = 12, 22
GUTTER_BAR = "▎"
# Rendered lines kept for redrawing: a few screens' worth, whatever the article's length.
STRIP_CACHE_LINES = 400
MAX_PASSAGE_CHARS = 10_000  # a highlight is a passage, and the store keeps its text
# Styles given to a line's Content as whole Style objects, not by class name: a class
# reaches a Content span as a partial style, which drops `reverse` and shows a background
# of alpha a at about a * (1 - a) (an opaque one not at all). These must stand out: the
# kept and selected passages, and the cursors of find, mentions and quotes (one of each
# at a time, so resolving them costs nothing).
RESOLVED_STYLES = frozenset((".reading--passage", ".reading--selection",
                             ".reading--find-cursor", ".reading--mention-cursor",
                             ".reading--quote-cursor"))
SELECTING_STATUS = "Selecting: enter keeps it, a keeps it with a note, esc cancels"
# Find stops counting here: a one-letter query in a 4 MB article would give a million.
MAX_FIND_MATCHES = 10_000


def _let_the_ui_run() -> None:
    # A worker thread's short sleep: the UI thread, if it waits for the interpreter lock
    # (a key), takes it at once rather than sharing it with this thread's long loop.
    time.sleep(0.002)


def wrap_cuts(paragraph: str, width: int) -> list[int]:
    """Where `paragraph` breaks into lines of at most `width` cells, as divide_line does.

    Plain ASCII without tabs (most articles) is wrapped with str.rfind, in C; anything
    else goes through rich's divide_line, which knows the width of every character.
    """
    if len(paragraph) <= width and paragraph.isascii() and "\t" not in paragraph:
        return []
    if not paragraph.isascii() or "\t" in paragraph:
        return divide_line(paragraph, width, fold=True)
    cuts: list[int] = []
    start, length = 0, len(paragraph)
    while length - start > width:
        space = paragraph.rfind(" ", start, start + width + 1)
        if space <= start:
            cut = start + width  # one word longer than the line: fold it
        else:
            cut = space + 1
            while cut < length and paragraph[cut] == " ":
                cut += 1  # a run of blanks is kept before the break
            if cut >= length:
                break
        cuts.append(cut)
        start = cut
    return cuts


def fit_label(label: str, short: str, width: int) -> str:
    """`label` in `width` cells: whole, else its short form (a surname), else cut with …."""
    if len(label) <= width:
        return label
    if short and len(short) <= width:
        return short
    return label[: max(width - 1, 0)] + "…"


@dataclass
class DocumentReady(Message):
    """The worker has built the styled document for (article id, analysis)."""

    article_id: str
    analysis: Analysis
    document: Document


class ReadingPane(ScrollView, can_focus=True):
    """Shows one article; the main screen sets what to show and what is highlighted."""

    COMMAND_SCOPE = "reading"
    EXTRA_COMMAND_SCOPES = ("selecting",)
    # The selection keys first: while selecting they win over the same keys' other use.
    BINDINGS: ClassVar[list[BindingType]] = [*bindings_for("selecting"),
                                             *bindings_for("reading")]
    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "reading--headline",
        "reading--meta",
        "reading--quote",
        "reading--quote-0",
        "reading--quote-1",
        "reading--quote-2",
        "reading--quote-3",
        "reading--quote-cursor",
        "reading--speaker",
        "reading--speaker-0",
        "reading--speaker-1",
        "reading--speaker-2",
        "reading--speaker-3",
        "reading--person",
        "reading--country",
        "reading--organization",
        "reading--selected",
        "reading--mention-cursor",
        "reading--find",
        "reading--find-cursor",
        "reading--passage",
        "reading--selection",
    }

    def __init__(self, *, id: str | None = "reading-pane") -> None:
        super().__init__(id=id)
        self.article: Article | None = None
        self.analysis: Analysis | None = None
        self.highlight = Highlight()
        self.labels = True  # the speaker margin
        self.extra_spans = SpanIndex()  # find-in-article matches, set by the screen
        self._document: Document | None = None
        self._styled_for: Analysis | None = None  # what self._document's spans show
        self._overlay = SpanIndex()
        self._lines: list[tuple[int, int]] = []  # document (start, end) of each screen line
        self._line_starts: list[int] = []
        self._layout_width = 0
        self._strips: dict[int, Strip] = {}
        self._pending_scroll: tuple[int, int, bool] | None = None
        self.find_query = ""
        self.find_matches: list[tuple[int, int]] = []  # Article.text offsets
        self.find_current: int | None = None  # index into find_matches
        self.selection: PassageSelection | None = None  # the passage being selected
        self._selection_from_mouse = False

    # What to show (set by the screen) -------------------------------------------------

    @property
    def styled(self) -> bool:
        """Whether the highlights of the current analysis are in (the benchmark waits)."""
        return self.analysis is None or self._styled_for is self.analysis

    def show(self, article: Article | None, analysis: Analysis | None,
             highlight: Highlight | None = None, *, top_offset: int | None = None) -> None:
        """Show `article`; `top_offset` (an Article.text offset) is put at the top."""
        same_article = self.article is not None and article is not None and (
            self.article.id == article.id)
        keep = self.top_text_offset() if same_article and self.scroll_y > 0 else None
        # The same article can come back with a new text (a feed item's full text).
        same_text = same_article and self.article is not None and article is not None and (
            self.article.text is article.text or self.article.text == article.text)
        self.article, self.analysis = article, analysis
        self.highlight = highlight or Highlight()
        if not same_article:
            self.find_query, self.find_matches, self.find_current = "", [], None
            self.extra_spans = SpanIndex()
        if not same_text:
            self.selection = None  # its offsets belong to the text that was shown
        if not (same_text and self._document is not None and self._styled_for is analysis):
            self._rebuild(relayout=not same_text or self._document is None)
        else:
            self._update_overlay()
        if same_article and not same_text and self.find_query:
            self.find(self.find_query)  # the offsets of the old text mean nothing now
        target = top_offset if top_offset is not None else keep
        if target is not None:
            self.scroll_to_text(target, target, top=True)
        elif not same_article:
            self.scroll_to(0, 0, animate=False, immediate=True)

    def set_highlight(self, highlight: Highlight) -> None:
        if highlight != self.highlight:
            self.highlight = highlight
            self._update_overlay()

    def set_extra_spans(self, spans: SpanIndex) -> None:
        self.extra_spans = spans
        self._strips.clear()
        self.refresh()

    # Find in the article -------------------------------------------------------------

    def find(self, query: str) -> int:
        """Highlight every match of `query` (any case) in the body; returns how many.

        The cursor goes to the first match at or after the top of the view.
        """
        self.find_query = query
        self.find_matches, self.find_current = [], None
        document = self._document
        if query and document is not None and self.article is not None:
            pattern = re.compile(re.escape(query), re.IGNORECASE)
            text = self.article.text
            for match in pattern.finditer(text, document.body_start, document.body_end):
                self.find_matches.append((match.start(), match.end()))
                if len(self.find_matches) >= MAX_FIND_MATCHES:
                    break
            if self.find_matches:
                top = self.top_text_offset()
                self.find_current = next(
                    (n for n, (s, _) in enumerate(self.find_matches) if s >= top), 0)
        self._show_find()
        return len(self.find_matches)

    def find_step(self, step: int) -> None:
        """Move the find cursor to the next (step 1) or previous (-1) match, round."""
        if not self.find_matches:
            return
        count = len(self.find_matches)
        current = self.find_current
        self.find_current = (0 if step > 0 else count - 1) if current is None else (
            (current + step) % count)
        self._show_find()

    def clear_find(self) -> None:
        self.find_query, self.find_matches, self.find_current = "", [], None
        self._show_find()

    @property
    def find_status(self) -> str:
        """\"Match 2 of 5\", \"No match\", or \"\" when nothing is being looked for."""
        if not self.find_query:
            return ""
        if not self.find_matches:
            return f"No match for “{sanitise_line(self.find_query)}”"
        count = len(self.find_matches)
        total = f"{count}+" if count >= MAX_FIND_MATCHES else str(count)
        current = 0 if self.find_current is None else self.find_current + 1
        return f"Match {current} of {total}"

    def _show_find(self) -> None:
        document = self._document
        spans = []
        if document is not None:
            for index, (start, end) in enumerate(self.find_matches):
                a, b = document.to_doc(start), document.to_doc(end, end=True)
                spans.append((LAYER_FIND, a, b, ".reading--find"))
                if index == self.find_current:
                    spans.append((LAYER_FIND_CURSOR, a, b, ".reading--find-cursor"))
        self.set_extra_spans(SpanIndex(spans))
        self._update_status()
        if self.find_current is not None:
            start, end = self.find_matches[self.find_current]
            self.scroll_to_text(start, end)

    def _rebuild(self, *, relayout: bool) -> None:
        from reader.ui.document import build_document

        article, analysis = self.article, self.analysis
        if article is None:
            self._document, self._styled_for = None, None
        elif len(article.text) > BUILD_IN_WORKER_CHARS:
            # Plain text now (it only needs the paragraph gaps); the spans from a worker.
            if self._document is None or relayout or analysis is None:
                with bulk_build():
                    self._document, self._styled_for = build_document(article, None), None
            if analysis is not None:
                # Laid out by the analysis process beside the analysis, when it ran one:
                # only the arrays' bytes to copy. Else built in a worker.
                from reader.analysis_process import analyze

                body = analyze.styled_body(analysis)
                styled = None if body is None else self._document.with_body(body)
                if styled is not None:
                    self._document, self._styled_for = styled, analysis
                else:
                    self._build_styled(article, analysis)
        else:
            self._document = build_document(article, analysis)
            self._styled_for = analysis
        self._update_overlay()
        if relayout:
            self._layout_width = 0
            self._layout()

    def _build_styled(self, article: Article, analysis: Analysis) -> None:
        def build() -> None:
            from reader.ui.document import build_document

            with bulk_build():
                document = build_document(article, analysis, pause=_let_the_ui_run)
            self.post_message(DocumentReady(article.id, analysis, document))

        # Not @work: it would put repr() of its arguments (the whole analysis) in the
        # worker's description, on the UI thread.
        self.run_worker(build, name="styling", description="styling the article",
                        group="reading-document", exclusive=True, thread=True,
                        exit_on_error=False)

    @on(DocumentReady)
    def _document_ready(self, event: DocumentReady) -> None:
        event.stop()
        if self.article is None or event.article_id != self.article.id:
            return
        if event.analysis is not self.analysis:
            return
        same_text = self._document is not None and self._document.text == event.document.text
        self._document, self._styled_for = event.document, event.analysis
        self._update_overlay()
        if not same_text:
            self._layout_width = 0
            self._layout()

    def _update_overlay(self) -> None:
        if self._document is None:
            self._overlay = SpanIndex()
        else:  # kept highlights show before the analysis is in
            from reader.ui.document import highlight_spans

            self._overlay = highlight_spans(self._document, self._styled_for, self.highlight)
        self._strips.clear()
        self._update_status()
        self.refresh()

    def _update_status(self) -> None:
        """The line under the pane: who says the quote under the cursor, and with what cue;
        which mention of the selected entity the cursor is on; which find match."""
        parts: list[str] = []
        analysis, index = self.analysis, self.highlight.quote
        if analysis is not None and index is not None and 0 <= index < len(analysis.quotes):
            from reader.ui.document import speaker_label

            quote = analysis.quotes[index]
            names = {e.id: e.name for e in analysis.entities}
            who = speaker_label(quote, names, analysis.text) or "nobody named"
            parts += [f"Quote {index + 1} of {len(analysis.quotes)}", who]
            if quote.cue:
                parts.append(quote.cue)
        entity = analysis.entity(self.highlight.entity) if (
            analysis is not None and self.highlight.entity) else None
        mention = self.highlight.mention
        if entity is not None and mention is not None and entity.mentions:
            parts.append(f"Mention {mention + 1} of {len(entity.mentions)} "
                         f"of {sanitise_line(entity.name)}")
        if self.find_status:
            parts.append(self.find_status)
        if self.selection is not None:
            parts.insert(0, SELECTING_STATUS)
        self.border_subtitle = Content(" · ".join(parts)) if parts else ""

    def toggle_labels(self) -> None:
        """Show or hide the speaker margin, keeping the line at the top in view."""
        keep = self.top_text_offset() if self._lines and self.scroll_y > 0 else None
        self.labels = not self.labels
        self._layout_width = 0
        self._strips.clear()
        self._layout()
        self.refresh()
        if keep is not None:
            self.scroll_to_text(keep, keep, top=True)

    # Layout ----------------------------------------------------------------------------

    @property
    def gutter_width(self) -> int:
        """Columns of the speaker margin (0 with labels off or in a very narrow pane)."""
        width = self.scrollable_content_region.width
        if not self.labels or width < 3 * GUTTER_MIN:
            return 0
        return min(GUTTER_MAX, max(GUTTER_MIN, width // 5))

    def _layout(self) -> None:
        width = self.scrollable_content_region.width - self.gutter_width
        plain = self._document.text if self._document else EMPTY_MESSAGE
        scrollbar = self.styles.scrollbar_size_vertical
        if (not self.scrollbars_enabled[0] and self.styles.overflow_y == "auto"
                and len(plain) > width * max(self.scrollable_content_region.height, 1)):
            # More text than the pane could show even in full lines: the scrollbar is
            # coming, and would make the lines narrower. Laid out for that width at once,
            # not twice (a second layout of a 4 MB article is a stall of a key).
            width -= scrollbar
        if width <= 0:
            return
        if width == self._layout_width and self._lines:
            return
        self._layout_width = width
        self._strips.clear()
        # The lines of a large article are tens of thousands of tuples, kept while it is
        # open: built without collector passes over them (reader.heap).
        with bulk_build() if len(plain) > BUILD_IN_WORKER_CHARS else nullcontext():
            lines = self._wrap(plain, width)
            self._line_starts = [a for a, _ in lines]
        self._lines = lines
        self.virtual_size = Size(width + self.gutter_width, len(lines))
        if self._pending_scroll is not None:
            start_offset, end_offset, top = self._pending_scroll
            self._pending_scroll = None
            self.scroll_to_text(start_offset, end_offset, top=top)

    @staticmethod
    def _wrap(plain: str, width: int) -> list[tuple[int, int]]:
        lines: list[tuple[int, int]] = []
        start = 0
        for paragraph in plain.split("\n"):
            if paragraph:
                a = 0
                for b in wrap_cuts(paragraph, width):
                    lines.append((start + a, start + b))
                    a = b
                lines.append((start + a, start + len(paragraph)))
            else:
                lines.append((start, start))
            start += len(paragraph) + 1
        return lines

    def on_resize(self, event: events.Resize) -> None:
        keep = self.top_text_offset() if self._lines and self.scroll_y > 0 else None
        self._layout()
        if keep is not None and self._pending_scroll is None:
            self.scroll_to_text(keep, keep, top=True)

    def line_of(self, doc_offset: int) -> int:
        return max(0, bisect_right(self._line_starts, doc_offset) - 1)

    # Scrolling -------------------------------------------------------------------------

    def top_text_offset(self) -> int:
        """The Article.text offset of the first line in view (persisted as the scroll position)."""
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

    def _page_height(self) -> int:
        return max(1, self.scrollable_content_region.height)

    def action_page_down(self) -> None:
        self.scroll_to(y=self.scroll_y + self._page_height() - 1, animate=False)

    def action_page_up(self) -> None:
        self.scroll_to(y=self.scroll_y - self._page_height() + 1, animate=False)

    def action_half_page_down(self) -> None:
        self.scroll_to(y=self.scroll_y + self._page_height() // 2, animate=False)

    def action_half_page_up(self) -> None:
        self.scroll_to(y=self.scroll_y - self._page_height() // 2, animate=False)

    def action_scroll_home(self) -> None:
        self.scroll_to(y=0, animate=False)

    def action_scroll_end(self) -> None:
        self.scroll_to(y=self.max_scroll_y, animate=False)

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
            if len(self._strips) > STRIP_CACHE_LINES:
                # The oldest line goes: paging through a 4 MB article would otherwise
                # keep a Strip (and its caches) for every line read, and each garbage
                # collection would walk them all.
                del self._strips[next(iter(self._strips))]
        return strip.apply_offsets(0, index)

    def _render_text_line(self, index: int, width: int, base: RichStyle) -> Strip:
        start, end = self._lines[index]
        document = self._document
        if document is None:
            return Strip([Segment(EMPTY_MESSAGE[start:end], base)]).crop_extend(0, width, base)
        gutter = self.gutter_width
        text_width = width - gutter
        piece = document.text[start:end].rstrip()
        if piece:
            found: list[tuple[int, int, int, str | Style]] = [
                *document.spans.overlapping(start, start + len(piece)),
                *self._overlay.overlapping(start, start + len(piece)),
                *self.extra_spans.overlapping(start, start + len(piece)),
                *self._selection_spans(start, start + len(piece))]
            spans = [
                Span(max(s, start) - start, min(e, start + len(piece)) - start,
                     self._resolved(style) if style in RESOLVED_STYLES else style)
                for _, s, e, style in sorted(found, key=lambda span: span[0])
            ]
            content = Content(piece, spans, strip_control_codes=False)
            strips = Visual.to_strips(self, content, text_width, 1, self.visual_style, pad=True)
            text = strips[0] if strips else Strip.blank(text_width, base)
        else:
            text = Strip.blank(text_width, base)
        text = text.crop_extend(0, text_width, base)
        if not gutter:
            return text
        return Strip.join([self._gutter_strip(document, start, end, gutter, base), text])

    def _gutter_strip(self, document: Document, start: int, end: int, gutter: int,
                      base: RichStyle) -> Strip:
        label_width = gutter - 3  # the label, a space, the bar, a space
        starting = [m for m in document.marks_between(start, max(end, start + 1))
                    if m.label and not m.repeated]
        content: Content
        if starting:
            from reader.ui.document import BOOKMARK_MARK

            names: list[str] = []
            shorts: list[str] = []
            for mark in starting:
                if mark.label not in names:
                    names.append(mark.label)
                    shorts.append(mark.short or mark.label)
            star = (f"{BOOKMARK_MARK} " if any(m.index in self.highlight.bookmarked
                                               for m in starting) else "")
            label = fit_label(star + ", ".join(names), star + ", ".join(shorts), label_width)
            content = Content.assemble(
                Content.styled(label.rjust(label_width), starting[0].style), " ",
                Content.styled(GUTTER_BAR, starting[0].style), " ")
        else:
            covering = document.mark_covering(start)
            if covering is None:
                covering = next((m for m in document.marks_between(start, max(end, start + 1))
                                 if m.label), None)
            if covering is not None and covering.label:
                content = Content.assemble(" " * (label_width + 1),
                                           Content.styled(GUTTER_BAR, covering.style), " ")
            else:
                return Strip.blank(gutter, base)
        strips = Visual.to_strips(self, content, gutter, 1, self.visual_style, pad=True)
        return (strips[0] if strips else Strip.blank(gutter, base)).crop_extend(0, gutter, base)

    # Selecting a passage ---------------------------------------------------------------

    @property
    def selecting(self) -> bool:
        return self.selection is not None

    def start_selection(self) -> bool:
        """Start selecting at the quote under the cursor, else at the top line of the view
        (its first word is selected). False when no article is shown."""
        document = self._document
        if document is None or self.article is None or not self._lines:
            return False
        lo, hi = document.body_doc_start, len(document.text)
        analysis, index = self.analysis, self.highlight.quote
        if analysis is not None and index is not None and 0 <= index < len(analysis.quotes):
            offset = document.to_doc(analysis.quotes[index].start)
        else:
            y = min(int(self.scroll_y), len(self._lines) - 1)
            offset = max(self._lines[y][0], lo)
        from reader.ui.passage_selection import PassageSelection

        selection = PassageSelection.starting_at(document.text, offset, lo, hi)
        if selection.span[0] == selection.span[1]:
            return False
        self._set_selection(selection, from_mouse=False)
        return True

    def _set_selection(self, selection: PassageSelection | None, *, from_mouse: bool) -> None:
        self.selection = selection
        self._selection_from_mouse = from_mouse and selection is not None
        self._strips.clear()
        self.refresh()
        self.refresh_bindings()
        self._update_status()

    def selected_text_span(self) -> tuple[int, int] | None:
        """The selection as Article.text offsets (blank space at its ends left out)."""
        document, selection = self._document, self.selection
        if document is None or selection is None:
            return None
        start, end = selection.trimmed(document.text)
        if start >= end:
            return None
        return document.to_text(start), document.to_text(end)

    def _resolved(self, style: str | Style) -> Style:
        """A component class as a whole Style (see RESOLVED_STYLES)."""
        assert isinstance(style, str)
        return Style.from_rich_style(self.get_component_rich_style(style.lstrip(".")))

    def _selection_spans(self, start: int, end: int) -> list[tuple[int, int, int, Style]]:
        document, selection = self._document, self.selection
        if document is None or selection is None:
            return []
        a, b = selection.trimmed(document.text)
        if b <= start or a >= end:
            return []
        return [(LAYER_SELECTION, a, b, self._resolved(".reading--selection"))]

    def action_selection_move(self, unit: str, step: int) -> None:
        """Move the selection's head by a word, a screen line or a sentence (step 1 or
        -1); without a selection the line keys scroll, as they always did."""
        document, selection = self._document, self.selection
        if document is None or selection is None:
            if unit == "line":
                self.scroll_to(y=self.scroll_y + step, animate=False)
            return
        text = document.text
        if unit == "word":
            moved = selection.by_word(text, step)
        elif unit == "sentence":
            moved = selection.by_sentence(text, step)
        else:
            line = self.line_of(selection.head)
            target = min(max(line + step, 0), len(self._lines) - 1)
            column = selection.head - self._lines[line][0]
            start, end = self._lines[target]
            moved = selection.moved_to(min(start + column, end))
        self._set_selection(moved, from_mouse=False)
        head = document.to_text(moved.head)
        self.scroll_to_text(head, head)

    def action_keep_selection(self) -> None:
        self._keep(with_note=False)

    def action_keep_selection_with_note(self) -> None:
        self._keep(with_note=True)

    def _keep(self, *, with_note: bool) -> None:
        span = self.selected_text_span()
        if span is not None and span[1] - span[0] > MAX_PASSAGE_CHARS:
            # A double click selects the whole article: that is not a highlight.
            self.notify(f"A highlight holds at most {MAX_PASSAGE_CHARS:,} characters; "
                        "select less of the article.", severity="warning", markup=False)
            return
        self.action_cancel_selection()
        if span is not None:
            self.post_message(PassageKept(span[0], span[1], with_note))

    def action_cancel_selection(self) -> None:
        if self._selection_from_mouse:
            self.screen.clear_selection()
        self._set_selection(None, from_mouse=False)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("keep_selection", "keep_selection_with_note", "cancel_selection"):
            return self.selection is not None
        if action == "selection_move":
            return self.selection is not None or (bool(parameters)
                                                  and parameters[0] == "line")
        return True

    # Textual's text selection (a mouse drag): the same selection as the keyboard's.

    def _doc_offset_at_line(self, x: int, y: int) -> int:
        """The document offset of content cell (x, y), y being a line of the layout."""
        y = min(max(y, 0), len(self._lines) - 1)
        start, end = self._lines[y]
        return min(start + max(x - self.gutter_width, 0), end)

    def _doc_span_of(self, selection: Selection) -> tuple[int, int] | None:
        document = self._document
        if document is None or not self._lines:
            return None
        start = (document.body_doc_start if selection.start is None
                 else self._doc_offset_at_line(selection.start.x, selection.start.y))
        end = (len(document.text) if selection.end is None
               else self._doc_offset_at_line(selection.end.x, selection.end.y))
        return start, end

    def get_selection(self, selection: Selection) -> tuple[str, str] | None:
        """The text under a mouse selection (what Textual copies), as the article has it."""
        document, span = self._document, self._doc_span_of(selection)
        if document is None or span is None:
            return None
        start, end = sorted(span)
        return document.text[start:end], "\n"

    def selection_updated(self, selection: Selection | None) -> None:
        document = self._document
        span = None if selection is None else self._doc_span_of(selection)
        if document is None or span is None:
            if self._selection_from_mouse:
                self._set_selection(None, from_mouse=False)
            return
        from reader.ui.passage_selection import PassageSelection

        chosen = PassageSelection.between(span[0], span[1], document.body_doc_start,
                                          len(document.text))
        start, end = chosen.trimmed(document.text)
        self._set_selection(chosen if start < end else None, from_mouse=True)

    # Mouse -----------------------------------------------------------------------------

    def text_offset_at(self, x: int, y: int) -> int | None:
        """The Article.text offset under the pane-relative cell (x, y), if any."""
        if self._document is None:
            return None
        index = int(self.scroll_y) + y
        if not 0 <= index < len(self._lines):
            return None
        x -= self.gutter_width
        if x < 0:
            return None
        start, end = self._lines[index]
        doc_offset = min(start + x, end)
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
