"""The `?` screen: every key of the screen and pane in focus.

Built from the command registry (reader/ui/commands.py): the commands a key press can
reach right now, grouped by where they act. Keys that widgets bring themselves (the
arrow keys of a list, tab to move focus) are read from the screen's active bindings,
so nothing the user can press is missing.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from textual.app import ComposeResult
from textual.containers import Horizontal, VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen, Screen
from textual.widgets import Static

from reader.ui.commands import (
    Command,
    Scope,
    bindings_for,
    commands_in_focus,
    scopes_in_focus,
)
from reader.ui.widgets.fitting_footer import FittingFooter

# Where a scope's keys act, in the order the help screen lists them.
SCOPE_TITLES: dict[Scope, str] = {
    "app": "Everywhere",
    "main": "Main screen",
    "feeds": "Feed list",
    "list": "Article list",
    "reading": "Reading pane",
    "selecting": "Selecting a passage (v, or drag with the mouse)",
    "panel": "Side panel",
    "entity_list": "Side panel's entries",
    "filter": "Filter box",
    "find": "Find box",
    "saved_searches": "Saved searches",
    "people": "People, countries, organisations",
    "entity_page": "A person's, country's or organisation's page",
    "bookmarks": "Bookmarks and notes",
    "bookmark_list": "Bookmarks list",
    "bookmark_filter": "Bookmarks filter box",
    "note_editor": "Note editor",
    "discard_note": "Discard the changed note?",
    "help": "This screen",
    "export": "Export dialog",
    "feed_editor": "Feed editor",
    "messages": "Messages",
}


@dataclass(frozen=True, slots=True)
class KeyRow:
    """One line of the help screen: a key and what it does."""

    key: str
    description: str


def _registry_keys(commands: Sequence[Command]) -> set[str]:
    return {key.strip() for c in commands for key in c.key.split(",")}


def other_key_rows(screen: Screen[object], commands: Sequence[Command]) -> list[KeyRow]:
    """The active keys of `screen` that the registry does not define (widgets' own keys)."""
    known = _registry_keys(commands)
    rows: list[KeyRow] = []
    seen: set[str] = set()
    for key, active in screen.active_bindings.items():
        binding = active.binding
        description = binding.description or binding.tooltip
        if binding.system or key in known or not description:
            continue
        shown = screen.app.get_key_display(binding)
        if (shown, description) in {(r.key, r.description) for r in rows} or key in seen:
            continue
        seen.add(key)
        rows.append(KeyRow(shown, description))
    return rows


def help_sections(commands: Sequence[Command],
                  key_display: Callable[[Command], str] = lambda c: c.display_key,
                  ) -> list[tuple[str, list[KeyRow]]]:
    """The commands grouped by scope, in SCOPE_TITLES order."""
    sections: list[tuple[str, list[KeyRow]]] = []
    for scope, title in SCOPE_TITLES.items():
        rows = [KeyRow(key_display(c), c.help) for c in commands if c.scope == scope]
        if rows:
            sections.append((title, rows))
    return sections


class HelpScreen(ModalScreen[None]):
    """Every key of the screen it was opened over; escape or ? closes it."""

    COMMAND_SCOPE = "help"
    BINDINGS = bindings_for("help")
    COMPONENT_CLASSES = {"help--heading", "help--key"}  # noqa: RUF012
    DEFAULT_CSS = """
    /* Opaque: the keys read best on a plain page, and what is behind does not matter. */
    HelpScreen {
        align: center top;
        background: $background;
    }
    HelpScreen > #help-dialog {
        width: 100%;
        max-width: 120;
        height: 1fr;
        border: thick $accent;
        border-title-align: center;
        background: $surface;
        padding: 0 1;
    }
    HelpScreen .help--heading {
        color: $accent;
        text-style: bold;
    }
    HelpScreen .help-heading {
        margin: 1 0 0 0;
    }
    HelpScreen .help-row {
        height: auto;
    }
    HelpScreen .help-key {
        width: 14;
        padding: 0 0 0 2;
    }
    HelpScreen .help-description {
        width: 1fr;
    }
    HelpScreen .help--key {
        color: $warning;
        text-style: bold;
    }
    """

    def __init__(self, commands: Sequence[Command], title: str = "Keys",
                 other_keys: Sequence[KeyRow] = ()) -> None:
        super().__init__()
        self.commands = list(commands)
        self.title_text = title
        self.other_keys = list(other_keys)

    @classmethod
    def for_screen(cls, screen: Screen[object]) -> HelpScreen:
        """The help for `screen` as it is now: its focused pane decides what is listed."""
        commands = commands_in_focus(screen)
        places = [SCOPE_TITLES[s] for s in scopes_in_focus(screen) if s != "app"]
        title = "Keys: " + (", ".join(places) or "everywhere")
        return cls(commands, title, other_key_rows(screen, commands))

    def _key_display(self, command: Command) -> str:
        # As the footer prints it ("esc", "^p"), honouring the app's keymap.
        return command.key_display or self.app.get_key_display(command.binding())

    def sections(self) -> list[tuple[str, list[KeyRow]]]:
        sections = help_sections(self.commands, self._key_display)
        if self.other_keys:
            sections.append(("Moving around", self.other_keys))
        return sections

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-dialog") as dialog:
            dialog.border_title = self.title_text
            for title, rows in self.sections():
                yield Static(Content.styled(title, ".help--heading"), classes="help-heading")
                for row in rows:
                    # Keys and descriptions are never markup (widget texts are not ours).
                    with Horizontal(classes="help-row"):
                        yield Static(Content.styled(row.key, ".help--key"), classes="help-key")
                        yield Static(Content(row.description), classes="help-description")
        yield FittingFooter()

    def action_close(self) -> None:
        self.dismiss(None)
