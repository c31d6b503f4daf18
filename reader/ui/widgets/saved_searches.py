"""SavedSearchList: saved searches above the article list, as virtual feeds with their
unread counts. Enter shows the search's articles; `d` deletes the search."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from textual import on
from textual.content import Content
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from reader.articles import sanitise_line
from reader.ui.commands import bindings_for


@dataclass
class SavedSearchChosen(Message):
    """Show the articles of this saved search."""

    query: str


@dataclass
class SavedSearchDeleted(Message):
    name: str


@dataclass(frozen=True, slots=True)
class SearchRow:
    name: str
    query: str
    unread: int | None  # None: not counted yet (the index is still being built)
    total: int | None = None


def search_prompt(row: SearchRow) -> Content:
    label = Content.assemble(("⌕ ", "$accent"), sanitise_line(row.name))
    if row.unread is not None:
        label = Content.assemble(label, (f"  {row.unread} unread", "$text-muted"))
    return label


class SavedSearchList(OptionList):
    """Hidden while there is no saved search."""

    COMMAND_SCOPE = "saved_searches"
    BINDINGS = bindings_for("saved_searches")

    def __init__(self) -> None:
        super().__init__(id="saved-searches")
        self.rows: list[SearchRow] = []
        self.display = False
        self.border_title = "Saved searches"

    def set_rows(self, rows: Sequence[SearchRow]) -> None:
        highlighted = self.highlighted
        self.rows = list(rows)
        self.set_options([Option(search_prompt(r), id=r.name) for r in self.rows])
        if self.rows:
            self.highlighted = min(highlighted or 0, len(self.rows) - 1)
        self.display = bool(self.rows)

    @on(OptionList.OptionSelected)
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if 0 <= event.option_index < len(self.rows):
            self.post_message(SavedSearchChosen(self.rows[event.option_index].query))

    def action_delete(self) -> None:
        index = self.highlighted
        if index is not None and 0 <= index < len(self.rows):
            self.post_message(SavedSearchDeleted(self.rows[index].name))
