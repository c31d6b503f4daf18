"""The bookmarks and notes screen (`g`): every saved quote, highlight, note and article.

Rows come from `collect_entries` (one trip to the store thread). Enter dismisses the
screen with `OpenAt(article_id, start, end)` for the app to open the article at the
quote; `d` deletes (kept on an undo stack, `u` brings it back); `a` edits the note on
the selected row; `/` filters (reader.library.query). Every store call goes through the
Services the screen is given, one at a time, off the UI thread.
"""

from __future__ import annotations

from textual import on, work
from textual.app import ComposeResult
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Header, Input, OptionList, Static
from textual.widgets.option_list import Option

from reader.articles import sanitise_line
from reader.library.query import Query, parse
from reader.store import (
    ArticleBookmark,
    HighlightBookmark,
    Note,
    NoteTarget,
    QuoteBookmark,
    Record,
    StoreError,
)
from reader.ui.bookmark_entries import Entry
from reader.ui.commands import bindings_for
from reader.ui.errors import ReportsWorkerFailures
from reader.ui.messages import OpenAt
from reader.ui.note_titles import note_title, passage_note_title
from reader.ui.screens.note_editor import NoteEditor
from reader.ui.services import Services
from reader.ui.type_ahead import focus_now, typing_in_a_box
from reader.ui.widgets.fitting_footer import FittingFooter

# A row shows this much of a long quote or note; the rest is one Enter away.
ROW_TEXT_CHARS = 160
NOTE_MARK = "✎"
HIGHLIGHT_MARK = "▌"
STAR_MARK = "★"


def _short(text: str, limit: int = ROW_TEXT_CHARS) -> str:
    line = sanitise_line(text)
    return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"


def row_prompt(entry: Entry) -> Content:
    """The two lines of one row. Every piece of stored text is plain Content, never markup.

    The second line runs from the most to the least important part (date, state,
    speaker or subject, article title), so a narrow screen cuts the title, not the rest.
    """
    meta: list[str] = []
    if entry.kind == "quote":
        # The saved quote keeps its own quotation marks.
        first = Content.styled(_short(entry.text), ".bookmarks--quote")
        meta.append(f"— {sanitise_line(entry.speaker)}" if entry.speaker else "— unattributed")
    elif entry.kind == "highlight":
        first = Content.styled(f"{HIGHLIGHT_MARK} {_short(entry.text)}",
                               ".bookmarks--highlight")
        meta.append("highlight")
    elif entry.kind == "note":
        first = Content.styled(f"{NOTE_MARK} {_short(entry.text)}", ".bookmarks--note")
        if entry.on_entity:  # a note on a person, country or organisation
            meta.append(f"on {_short(entry.about or 'someone', 60)}")
            if entry.article_title:
                meta.append(f"written in “{_short(entry.article_title, 70)}”")
        elif entry.about and entry.about != entry.article_title:
            meta.append(f"on {_short(entry.about, 40)}")
        else:
            meta.append("on the article")
        if entry.speaker:
            meta.append(sanitise_line(entry.speaker))
    else:
        first = Content.styled(f"{STAR_MARK} {_short(entry.text)}", ".bookmarks--article")
    if entry.article_title and entry.kind != "article" and not entry.on_entity:
        meta.append(_short(entry.article_title, 70))
    if entry.has_note:
        first = Content.assemble(first, Content.styled(f" {NOTE_MARK}", ".bookmarks--note"))
    state = ""
    if entry.detached:
        state = "detached: not in the article's text now"
    elif entry.article_id is not None and not entry.article_open and not entry.on_entity:
        state = "article not open"
    parts = [Content.styled(f"  {entry.date}", ".bookmarks--meta")]
    if state:
        parts.append(Content.styled(f"  {state}", ".bookmarks--detached"))
    if meta:
        parts.append(Content.styled("  " + " · ".join(meta), ".bookmarks--meta"))
    return Content.assemble(first, "\n", *parts)


SECTION_TITLES = {"quote": "Quotes", "highlight": "Highlights", "note": "Notes",
                  "article": "Articles"}


class BookmarkList(OptionList):
    """The rows; Enter (OptionList's select) opens the selected one."""

    COMMAND_SCOPE = "bookmark_list"
    BINDINGS = bindings_for("bookmark_list")
    COMPONENT_CLASSES = OptionList.COMPONENT_CLASSES | {
        "bookmarks--quote",
        "bookmarks--highlight",
        "bookmarks--note",
        "bookmarks--article",
        "bookmarks--meta",
        "bookmarks--detached",
        "bookmarks--heading",
    }
    DEFAULT_CSS = """
    /* One screen line per row line: long titles end in an ellipsis instead of wrapping. */
    BookmarkList { height: 1fr; border: none; text-wrap: nowrap; text-overflow: ellipsis; }
    BookmarkList > .bookmarks--quote { text-style: italic; }
    BookmarkList > .bookmarks--highlight { color: $text; }
    BookmarkList > .bookmarks--note { color: $text; }
    BookmarkList > .bookmarks--article { text-style: bold; }
    BookmarkList > .bookmarks--meta { color: $text-muted; }
    BookmarkList > .bookmarks--detached { color: $warning; }
    BookmarkList > .bookmarks--heading { color: $accent; text-style: bold; }
    """


class BookmarkFilter(Input):
    """The filter box: words that must all occur in a row."""

    COMMAND_SCOPE = "bookmark_filter"
    BINDINGS = bindings_for("bookmark_filter")

    def action_close_filter(self) -> None:
        self.value = ""
        self.screen.query_one(BookmarkList).focus()


class BookmarksScreen(ReportsWorkerFailures, Screen[OpenAt | None]):
    """Every bookmark and note; dismisses with where to open, or None."""

    COMMAND_SCOPE = "bookmarks"
    BINDINGS = bindings_for("bookmarks")
    DEFAULT_CSS = """
    BookmarksScreen #bookmarks-status { color: $text-muted; padding: 0 1; height: auto; }
    BookmarksScreen BookmarkFilter { margin: 0 0; }
    """

    def __init__(self, services: Services) -> None:
        super().__init__(id="bookmarks")
        self.services = services
        self.entries: list[Entry] = []
        self.deleted: list[Record] = []  # the undo stack, newest last
        self._query: Query = parse("")

    def compose(self) -> ComposeResult:
        yield Header()
        yield BookmarkFilter(placeholder="/ to filter: words in quotes, notes, speakers, titles",
                             id="bookmarks-filter")
        yield Static("Loading…", id="bookmarks-status")
        yield BookmarkList(id="bookmarks-list", markup=False)
        yield FittingFooter()

    def on_mount(self) -> None:
        self.sub_title = "Bookmarks and notes"
        self.query_one(BookmarkList).focus()
        self.reload()

    # Loading and showing ---------------------------------------------------------------

    @work(exclusive=True, group="bookmarks-load", exit_on_error=False)
    async def reload(self) -> None:
        """Read every bookmark and note again and show them under the filter."""
        await self.services.ready.wait()
        if self.services.store is None:
            self._set_status("Bookmarks and notes are unavailable: "
                             "the data folder could not be opened.")
            return
        try:
            self.entries = await self.services.bookmark_entries()
        except StoreError as exc:
            self._set_status(f"Could not read the bookmarks: {exc}")
            return
        self._show()

    def _set_status(self, message: str) -> None:
        self.query_one("#bookmarks-status", Static).update(Content(message))

    def visible_entries(self) -> list[Entry]:
        query = self._query
        return [e for e in self.entries if query.matches(e.target())]

    def _show(self) -> None:
        bookmark_list = self.query_one(BookmarkList)
        previous = bookmark_list.highlighted
        options: list[Option | None] = []
        visible = self.visible_entries()
        for kind, title in SECTION_TITLES.items():
            rows = [e for e in visible if e.kind == kind]
            if not rows:
                continue
            if options:
                options.append(None)
            heading = Content.styled(f"{title} ({len(rows)})", ".bookmarks--heading")
            options.append(Option(heading, disabled=True))
            options.extend(Option(row_prompt(e), id=e.id) for e in rows)
        bookmark_list.set_options(options)
        if visible:
            self._highlight_near(previous)
        self._set_status(self._status_text(len(visible)))

    def _highlight_near(self, previous: int | None) -> None:
        bookmark_list = self.query_one(BookmarkList)
        count = bookmark_list.option_count
        start = min(previous if previous is not None else 0, count - 1)
        # The nearest enabled row at or after the old place, else before it.
        order = [*range(start, count), *range(start - 1, -1, -1)]
        for index in order:
            if not bookmark_list.get_option_at_index(index).disabled:
                bookmark_list.highlighted = index
                return

    def _status_text(self, shown: int) -> str:
        total = len(self.entries)
        parts = []
        if total == 0:
            parts.append("Nothing saved yet: b bookmarks a quote or an article, v selects a "
                         "passage to highlight, a writes a note.")
        elif shown < total:
            parts.append(f"{shown} of {total} shown.")
        else:
            parts.append(f"{total} saved.")
        store = self.services.store
        if store is not None and store.read_only:
            parts.append("Read-only: another reader has the data folder open.")
        if self.deleted:
            parts.append("u brings back the last deletion.")
        return " ".join(parts)

    # The selected row ------------------------------------------------------------------

    @property
    def selected(self) -> Entry | None:
        option = self.query_one(BookmarkList).highlighted_option
        if option is None or option.id is None:
            return None
        return next((e for e in self.entries if e.id == option.id), None)

    @on(OptionList.OptionSelected, "#bookmarks-list")
    def _row_chosen(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        entry = next((e for e in self.entries if e.id == event.option.id), None)
        if entry is not None:
            self.open_entry(entry)

    def open_entry(self, entry: Entry) -> None:
        """Dismiss with where to open `entry`; a note on a person is edited instead."""
        if entry.on_entity or entry.article_id is None:
            self.action_note()
            return
        if not entry.article_open:
            self.notify("That article is not among the files open now.",
                        severity="warning", markup=False)
            return
        if entry.detached:
            self.notify("The quote is no longer in the article's text; opening the article.",
                        severity="warning", markup=False)
        start, end = entry.span if entry.span else (None, None)
        self.dismiss(OpenAt(entry.article_id, start, end))

    # Actions ---------------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "filter" and typing_in_a_box(self):
            return False  # a priority key (type_ahead): in the box it is text
        writable = self.services.unwritable_reason is None
        if action in ("delete", "note"):
            return writable and self.selected is not None
        if action == "undo":
            return writable and bool(self.deleted)
        return True

    def action_close(self) -> None:
        self.dismiss(None)

    def action_filter(self) -> None:
        focus_now(self, self.query_one(BookmarkFilter))

    @on(Input.Changed, "#bookmarks-filter")
    def _filter_changed(self, event: Input.Changed) -> None:
        event.stop()
        self._query = parse(event.value)
        self._show()

    @on(Input.Submitted, "#bookmarks-filter")
    def _filter_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.query_one(BookmarkList).focus()

    @work(group="bookmarks-write", exit_on_error=False)
    async def action_delete(self) -> None:
        entry = self.selected
        if entry is None:
            return
        try:
            record = await self.services.delete(entry.id)
        except StoreError as exc:
            self.notify(str(exc), title="Not deleted", severity="error", markup=False)
            return
        if record is not None:
            self.deleted.append(record)
            self.notify(f"Deleted {_what(record)}. Press u to undo.", markup=False)
        self.refresh_bindings()
        await self.reload().wait()

    @work(group="bookmarks-write", exit_on_error=False)
    async def action_undo(self) -> None:
        if not self.deleted:
            return
        record = self.deleted.pop()
        try:
            await self.services.restore(record)
        except StoreError as exc:
            self.deleted.append(record)
            self.notify(str(exc), title="Not restored", severity="error", markup=False)
            return
        self.notify(f"Restored {_what(record)}.", markup=False)
        self.refresh_bindings()
        await self.reload().wait()
        self._highlight_id(record.id)

    def _highlight_id(self, record_id: str) -> None:
        bookmark_list = self.query_one(BookmarkList)
        try:
            bookmark_list.highlighted = bookmark_list.get_option_index(record_id)
        except Exception:  # filtered out: nothing to highlight
            return

    @work(group="bookmarks-write", exit_on_error=False)
    async def action_note(self) -> None:
        entry = self.selected
        if entry is None:
            return
        target, about, context = note_target(entry)
        messages: list[str] = []
        try:
            existing = await self.services.note_for(target)
        except StoreError as exc:
            self.notify(str(exc), title="Note not saved", severity="error", markup=False)
            return

        async def save(text: str) -> None:  # the editor stays open until this succeeded
            if text.strip():
                await self.services.set_note(target, text)
                messages.append("Note saved.")
            elif existing is not None:
                await self.services.delete_note(existing.id)
                self.deleted.append(existing)
                messages.append("Note deleted. Press u to undo.")

        text = await self.app.push_screen_wait(
            NoteEditor(about, existing.text if existing else "", context=context, save=save))
        if text is None or not messages:
            return
        self.notify(messages[-1], markup=False)
        await self.reload().wait()


def _what(record: Record) -> str:
    if isinstance(record, QuoteBookmark):
        return "the quote bookmark"
    if isinstance(record, HighlightBookmark):
        return "the highlight"
    if isinstance(record, ArticleBookmark):
        return "the article bookmark"
    return "the note"


def note_target(entry: Entry) -> tuple[NoteTarget, str, str | None]:
    """What a note written on `entry` is about, the editor's title and the quote shown."""
    record = entry.record
    if isinstance(record, Note):
        target = record.target
        quote = target.anchor.quote if target.anchor and target.kind == "quote" else None
        return target, note_title(target), quote
    if isinstance(record, QuoteBookmark):
        target = NoteTarget.quote(record.article_id, record.article_title, record.anchor,
                                  speaker=record.speaker)
        return target, note_title(target), record.quote
    if isinstance(record, HighlightBookmark):
        target = NoteTarget.quote(record.article_id, record.article_title, record.anchor)
        return target, passage_note_title(record.article_title), record.quote
    assert isinstance(record, ArticleBookmark)
    target = NoteTarget.article(record.article_id, record.title)
    return target, note_title(target), None
