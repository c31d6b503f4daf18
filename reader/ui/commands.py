"""The one command registry: every key the app answers to is defined here, once.

Each command has its key, its binding id (users and tests can remap it with
`App.set_keymap({"reader.bookmark": "B"})`), its footer title, its help text and its
scope. The footer (via the generated `Binding`s), the `?` help screen and the command
palette are all built from `COMMANDS`, so they cannot drift apart.

Scopes:
- "app": bound on ReaderApp, active everywhere;
- "main": bound on the main screen, active whichever pane has focus there;
- "list", "reading", "panel", "filter": bound on one widget, active when it has focus;
- "selecting": bound on the reading pane, active while a passage is being selected (`v`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from textual.binding import Binding, BindingType

if TYPE_CHECKING:
    from textual.dom import DOMNode
    from textual.screen import Screen

Scope = Literal["app", "main", "list", "reading", "selecting", "panel", "filter", "find", "feeds",
                "saved_searches", "entity_list",
                "people", "entity_page",
                "bookmarks", "bookmark_list", "bookmark_filter", "note_editor", "discard_note",
                "help", "export",
                "feed_editor", "messages"]


@dataclass(frozen=True, slots=True)
class Command:
    """One thing the user can do, with the key that does it."""

    action: str  # action name on the node of its scope (the app, the screen or the widget)
    key: str  # Textual key name(s), comma separated: "b", "right_square_bracket"
    id: str  # binding id for keymaps: "reader.bookmark"
    title: str  # short: the footer and the palette show it
    help: str  # one sentence: the help screen and the palette show it
    scope: Scope
    show: bool = True  # shown in the footer
    key_display: str | None = None  # how the help screen and footer print the key
    palette: bool = True  # offered in the command palette
    priority: bool = False
    short: str | None = None  # the footer's title on a narrow screen ("Quote")
    rank: int = 1  # which footer keys a narrow screen keeps: 2 always, 0 leaves first
    needs_feeds: bool = False  # works only when the app shows feeds (not on files alone)

    @property
    def display_key(self) -> str:
        return self.key_display or self.key.split(",")[0]

    def binding(self) -> Binding:
        return Binding(
            self.key,
            self.action,
            self.title,
            show=self.show,
            key_display=self.key_display,
            priority=self.priority,
            tooltip=self.help,
            id=self.id,
        )


COMMANDS: tuple[Command, ...] = (
    # Everywhere.
    Command("quit", "q", "reader.quit", "Quit", "Leave reader; everything is already saved.",
            "app", rank=2),
    Command("help", "question_mark", "reader.help", "Keys",
            "Show every key of the screen and pane in focus.", "app", key_display="?",
            rank=2),
    Command("bookmarks", "g", "reader.bookmarks", "Bookmarks",
            "Open the bookmarks and notes screen.", "app", short="Saved", rank=0),
    Command("command_palette", "ctrl+p", "reader.palette", "Commands",
            "Find commands, articles and people.", "app", show=False, palette=False,
            key_display="ctrl+p"),
    Command("change_theme", "ctrl+t", "reader.theme", "Theme",
            "Choose a colour theme; the choice is remembered.", "app", show=False,
            key_display="ctrl+t"),
    Command("messages", "M", "reader.messages", "Messages",
            "List every message of this session, whole (toasts show only the first lines).",
            "app", show=False),
    # The main screen: these act on the open article from whichever pane has focus.
    Command("filter", "slash", "reader.filter", "Filter",
            "Filter the article list by words or a search (person:, said-by:, is:unread …).",
            "main", key_display="/",
            priority=True),  # reader.ui.type_ahead: the keys typed right after it
    Command("next_quote", "right_square_bracket", "reader.next-quote", "Next quote",
            "Move the quote cursor to the next quote.", "main", key_display="]",
            short="Quote"),
    Command("previous_quote", "left_square_bracket", "reader.previous-quote", "Prev quote",
            "Move the quote cursor to the previous quote.", "main", key_display="[",
            show=False),
    Command("bookmark", "b", "reader.bookmark", "Bookmark",
            "Bookmark the quote under the cursor, or the article when no quote is selected.",
            "main"),
    Command("note", "a", "reader.note", "Note",
            "Write or edit a note on the selected person or country (side panel), "
            "the quote under the cursor, or the article.", "main"),
    Command("select_passage", "v", "reader.select-passage", "Select",
            "Select a passage to highlight: arrows, w/b, ( and ) extend it, enter keeps it.",
            "main", show=False),
    Command("next_mention", "n", "reader.next-mention", "Next mention",
            "Jump to the next mention of the selected person, country or organisation.",
            "main", show=False),
    Command("previous_mention", "N", "reader.previous-mention", "Prev mention",
            "Jump to the previous mention of the selected entity.", "main", show=False),
    Command("find", "f", "reader.find", "Find",
            "Find words in the open article; every match is highlighted.", "main",
            show=False, priority=True),
    Command("next_match", "full_stop", "reader.next-match", "Next match",
            "Go to the next match of the find box.", "main", key_display=".", show=False),
    Command("previous_match", "comma", "reader.previous-match", "Prev match",
            "Go to the previous match of the find box.", "main", key_display=",",
            show=False),
    Command("toggle_panel", "p", "reader.toggle-panel", "Panel",
            "Show or hide the side panel of people, countries and organisations.", "main",
            rank=0),
    Command("toggle_zoom", "z", "reader.toggle-zoom", "Full width",
            "Give the article the whole width (hide the list and the side panel); "
            "z again brings them back.", "main", short="Wide"),
    Command("toggle_labels", "l", "reader.toggle-labels", "Labels",
            "Show or hide the speakers' names in the margin beside their quotes.",
            "main", show=False),
    Command("clear_cursor", "escape", "reader.clear-cursor", "Clear",
            "Clear the quote cursor and the selected entity.", "main", show=False),
    Command("people", "w", "reader.people", "People",
            "Everyone in the library: articles, mentions, quotes, role and notes.", "main",
            show=False),
    Command("countries", "W", "reader.countries", "Countries",
            "Every country in the library, with its articles and who speaks about it.",
            "main", show=False),
    Command("organizations", "O", "reader.organizations", "Organisations",
            "Every organisation in the library, with its articles and quotes.", "main",
            show=False),
    Command("export", "x", "reader.export", "Export",
            "Export bookmarks and notes: Markdown, JSON (imports back) or Readwise CSV.", "main",
            show=False),
    # Feeds (newsboat's keys): active when the library shows feeds.
    Command("refresh_all", "R", "reader.refresh-all", "Refresh",
            "Fetch every feed now, in the background (new items are added at the end).",
            "main", needs_feeds=True),
    Command("refresh_feed", "r", "reader.refresh-feed", "Refresh feed",
            "Fetch the open item's feed (or the feed chosen in the feed list) now.", "main",
            show=False, needs_feeds=True),
    Command("mark_feed_read", "A", "reader.mark-feed-read", "Feed read",
            "Mark every item of the open item's feed (or the chosen feed) read.", "main",
            show=False, needs_feeds=True),
    Command("full_text", "F", "reader.full-text", "Full text",
            "Fetch the item's web page and show its full text instead of the feed's text.",
            "main", show=False, needs_feeds=True),
    Command("open_link", "o", "reader.open-link", "Open link",
            "Open the article's web page in the browser (http and https links only).", "main",
            show=False),
    # Read state and order (newsboat's keys where they are free here).
    Command("toggle_read", "m", "reader.toggle-read", "Read/unread",
            "Mark the highlighted article read, or unread again.", "main", show=False),
    Command("mark_all_read", "C", "reader.mark-all-read", "All read",
            "Mark every article in the list (as filtered now) read.", "main", show=False),
    Command("next_unread", "u", "reader.next-unread", "Next unread",
            "Open the next unread article in the list.", "main", show=False),
    Command("cycle_sort", "s", "reader.sort", "Sort",
            "Sort the list by the next order: date, source, title, unread first, as loaded "
            "(remembered).", "main", show=False),
    Command("open_folder", "D", "reader.open-folder", "Open folder",
            "Open the folder of the article's file in the file manager.", "main",
            show=False),
    # One pane each.
    Command("select", "enter", "reader.choose-feed", "Show feed",
            "Show only the items of the highlighted feed or tag.", "feeds"),
    Command("edit_feed", "e", "reader.edit-feed", "Edit feed",
            "Rename the highlighted feed and set its tags.", "feeds"),
    Command("select", "enter", "reader.open-article", "Open",
            "Open the highlighted article.", "list"),
    # Selecting a passage (`v`, or a mouse drag in the reading pane).
    Command("keep_selection", "enter", "reader.keep-passage", "Keep",
            "Keep the selected passage as a highlight.", "selecting", palette=False),
    Command("keep_selection_with_note", "a", "reader.keep-passage-note", "Keep + note",
            "Keep the selected passage as a highlight and write a note on it.", "selecting",
            palette=False),
    Command("cancel_selection", "escape", "reader.cancel-selection", "Cancel",
            "Drop the selection; nothing is kept.", "selecting", key_display="esc",
            palette=False),
    Command("selection_move('word', 1)", "right,w", "reader.select-word-forward", "Word",
            "Move the selection's end a word forward.", "selecting", show=False,
            palette=False, key_display="→ / w"),
    Command("selection_move('word', -1)", "left,b", "reader.select-word-back", "Word back",
            "Move the selection's end a word back.", "selecting", show=False, palette=False,
            key_display="← / b"),
    Command("selection_move('line', 1)", "down", "reader.select-line-down", "Line",
            "Move the selection's end a line down (without a selection: scroll).",
            "selecting", show=False, palette=False, key_display="↓"),
    Command("selection_move('line', -1)", "up", "reader.select-line-up", "Line up",
            "Move the selection's end a line up (without a selection: scroll).", "selecting",
            show=False, palette=False, key_display="↑"),
    Command("selection_move('sentence', 1)", "right_parenthesis", "reader.select-sentence",
            "Sentence", "Move the selection's end to the end of the sentence.", "selecting",
            show=False, palette=False, key_display=")"),
    Command("selection_move('sentence', -1)", "left_parenthesis",
            "reader.select-sentence-back", "Sentence back",
            "Move the selection's end to the start of the sentence.", "selecting",
            show=False, palette=False, key_display="("),
    Command("scroll_down", "j", "reader.scroll-down", "Down", "Scroll the article down.",
            "reading", show=False, palette=False),
    Command("scroll_up", "k", "reader.scroll-up", "Up", "Scroll the article up.",
            "reading", show=False, palette=False),
    Command("page_down", "space,pagedown", "reader.page-down", "Page down",
            "Scroll the article down by a screenful.", "reading", show=False, palette=False,
            key_display="space"),
    Command("page_up", "shift+space,pageup", "reader.page-up", "Page up",
            "Scroll the article up by a screenful.", "reading", show=False, palette=False,
            key_display="shift+space"),
    Command("half_page_down", "ctrl+d", "reader.half-page-down", "Half page down",
            "Scroll the article down by half a screen.", "reading", show=False,
            palette=False, key_display="ctrl+d"),
    Command("half_page_up", "ctrl+u", "reader.half-page-up", "Half page up",
            "Scroll the article up by half a screen.", "reading", show=False, palette=False,
            key_display="ctrl+u"),
    Command("scroll_home", "home", "reader.article-top", "Top",
            "Go to the top of the article.", "reading", show=False, palette=False),
    Command("scroll_end", "end,G", "reader.article-end", "End",
            "Go to the end of the article.", "reading", show=False, palette=False,
            key_display="end / G"),
    Command("select", "enter", "reader.choose-entry", "Choose",
            "Open the entry's page across the library; on a section heading, fold or "
            "unfold the section; on a quote, scroll the article to it.", "panel"),
    Command("fold_section", "left", "reader.fold-section", "Fold",
            "Fold the section the cursor is in (people, countries, organisations).",
            "entity_list", show=False, palette=False),
    Command("unfold_section", "right", "reader.unfold-section", "Unfold",
            "Unfold the section the cursor is on.", "entity_list", show=False,
            palette=False),
    Command("close_filter", "escape", "reader.close-filter", "Close filter",
            "Clear the filter and go back to the list.", "filter", palette=False),
    Command("find_next", "enter,down", "reader.find-next", "Next",
            "Go to the next match.", "find", key_display="enter", palette=False),
    Command("find_previous", "up", "reader.find-previous", "Previous",
            "Go to the previous match.", "find", key_display="up", palette=False),
    Command("close_find", "escape", "reader.close-find", "Close find",
            "Close the find box; the matches stay until escape in the article.", "find",
            palette=False),
    Command("save_search", "ctrl+s", "reader.save-search", "Save search",
            "Save this search: it stays above the article list with its unread count.",
            "filter", key_display="ctrl+s", palette=False),
    Command("delete", "d", "reader.delete-search", "Delete search",
            "Delete the highlighted saved search.", "saved_searches", palette=False),
    # The bookmarks and notes screen (`g`), its list and its filter box.
    Command("close", "escape", "reader.bookmarks-close", "Back",
            "Go back to the reader.", "bookmarks", key_display="esc"),
    Command("close", "g", "reader.bookmarks-close-g", "Back",
            "Go back to the reader (g again).", "bookmarks", show=False, palette=False),
    Command("filter", "slash", "reader.bookmarks-filter", "Filter",
            "Filter by words in the quotes, notes, speakers and article titles.",
            "bookmarks", key_display="/", priority=True),
    Command("delete", "d", "reader.bookmarks-delete", "Delete",
            "Delete the selected bookmark or note (u brings it back).", "bookmarks"),
    Command("undo", "u", "reader.bookmarks-undo", "Undo",
            "Bring back the last bookmark or note deleted here.", "bookmarks"),
    Command("note", "a", "reader.bookmarks-note", "Note",
            "Write or edit the note on the selected quote, article or person.", "bookmarks"),
    Command("select", "enter", "reader.bookmarks-open", "Open",
            "Open the article at the selected quote (on a note about a person: edit it).",
            "bookmark_list"),
    Command("close_filter", "escape", "reader.bookmarks-close-filter", "Close filter",
            "Clear the filter and go back to the list.", "bookmark_filter", palette=False),
    # The people (countries, organisations) screen and an entity's page.
    Command("close", "escape", "reader.people-close", "Back", "Go back.", "people",
            key_display="esc"),
    Command("filter", "slash", "reader.people-filter", "Filter",
            "Filter by words in the name or role.", "people", key_display="/",
            priority=True),
    Command("sort", "s", "reader.people-sort", "Sort",
            "Sort by the next column: articles, mentions, quotes, name.", "people"),
    Command("close", "escape", "reader.page-close", "Back", "Go back.", "entity_page",
            key_display="esc"),
    Command("note", "a", "reader.page-note", "Note",
            "Write or edit your note on this person, country or organisation.",
            "entity_page"),
    # The note editor.
    Command("save", "ctrl+s", "reader.note-save", "Save",
            "Save the note and close the editor (an emptied note is deleted).",
            "note_editor", key_display="ctrl+s"),
    Command("cancel", "escape", "reader.note-cancel", "Cancel",
            "Close the editor without saving (asks first when the text was changed).",
            "note_editor", key_display="esc"),
    # The question the note editor asks before it throws typed text away.
    Command("keep", "escape", "reader.discard-keep", "Keep editing",
            "Go back to the note; nothing is lost.", "discard_note", key_display="esc",
            palette=False),
    Command("discard", "d", "reader.discard-confirm", "Discard",
            "Close the editor and throw the changed text away.", "discard_note",
            palette=False),
    # The feed editor.
    Command("save", "ctrl+s", "reader.feed-save", "Save",
            "Save the feed's name and tags.", "feed_editor", key_display="ctrl+s"),
    Command("cancel", "escape", "reader.feed-cancel", "Cancel",
            "Close without saving.", "feed_editor", key_display="esc"),
    # The help screen.
    Command("close", "escape", "reader.help-close", "Close",
            "Close this list of keys.", "help", key_display="esc"),
    Command("close", "question_mark", "reader.help-close-again", "Close",
            "Close this list of keys (? again).", "help", key_display="?", show=False),
    # The messages screen.
    Command("close", "escape", "reader.messages-close", "Close",
            "Close the list of messages.", "messages", key_display="esc"),
    Command("close", "M", "reader.messages-close-again", "Close",
            "Close the list of messages (M again).", "messages", show=False, palette=False),
    # The export dialog.
    Command("export", "ctrl+s", "reader.export-save", "Export",
            "Write the export to the file named in the box.", "export", key_display="ctrl+s"),
    Command("cancel", "escape", "reader.export-cancel", "Cancel",
            "Close the dialog without exporting.", "export", key_display="esc"),
)


def commands_for(scope: Scope) -> list[Command]:
    return [c for c in COMMANDS if c.scope == scope]


def bindings_for(scope: Scope) -> list[BindingType]:
    """The `BINDINGS` of the class that owns `scope`."""
    return [c.binding() for c in commands_for(scope)]


def scopes_in_focus(screen: Screen[object]) -> list[Scope]:
    """The scopes active on `screen`: the app's, the screen's, and those of the focused chain.

    Screens and widgets declare their scope with a `COMMAND_SCOPE` class attribute (and
    any more with `EXTRA_COMMAND_SCOPES`: the reading pane's selection keys).
    """
    nodes: list[DOMNode] = [screen]
    focused = screen.focused
    if focused is not None:
        nodes.extend(n for n in focused.ancestors_with_self if n is not screen)
    scopes: list[Scope] = ["app"]
    for node in nodes:
        own = getattr(node, "COMMAND_SCOPE", None)
        for scope in (own, *getattr(node, "EXTRA_COMMAND_SCOPES", ())):
            if scope is not None and scope not in scopes:
                scopes.append(scope)
    return scopes


def commands_in_focus(screen: Screen[object]) -> list[Command]:
    """Every command that a key press on `screen` can reach right now, for the help screen:
    the feed commands only on a screen that shows feeds (`shows_feeds`), since without
    feeds they cannot work at all this session."""
    scopes = scopes_in_focus(screen)
    feeds = bool(getattr(screen, "shows_feeds", False))
    return [c for c in COMMANDS if c.scope in scopes and (feeds or not c.needs_feeds)]


def palette_commands(screen: Screen[object]) -> list[Command]:
    """Commands the palette offers on `screen` (screen and app scope, enabled now)."""
    scopes = scopes_in_focus(screen)
    return [c for c in COMMANDS if c.palette and c.scope in scopes and c.scope in ("app", "main")]


async def run_command(command: Command, screen: Screen[object]) -> None:
    """Run `command` as its key would on `screen` (for the palette)."""
    namespace: DOMNode = screen.app if command.scope == "app" else screen
    await screen.app.run_action(command.action, default_namespace=namespace)


def by_id(binding_id: str, commands: Sequence[Command] = COMMANDS) -> Command:
    for command in commands:
        if command.id == binding_id:
            return command
    raise KeyError(binding_id)
