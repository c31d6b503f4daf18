"""FilterInput: the `/` box above the article list."""

from __future__ import annotations

from textual.widgets import Input

from reader.ui.commands import bindings_for
from reader.ui.messages import FilterChanged, SaveSearchRequested


class FilterInput(Input):
    """Typing filters the list (the screen listens to Input.Changed); escape clears it."""

    COMMAND_SCOPE = "filter"
    BINDINGS = bindings_for("filter")

    def __init__(self) -> None:
        super().__init__(placeholder="Search: words, person:, said-by:, country:, is:unread…",
                         id="filter")
        self.display = False

    def action_close_filter(self) -> None:
        self.value = ""
        self.post_message(FilterChanged(""))
        self.display = False
        self.post_message(FilterChanged.Closed())

    def action_save_search(self) -> None:
        if self.value.strip():
            self.post_message(SaveSearchRequested(self.value.strip()))
