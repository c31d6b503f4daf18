"""FilterInput: the `/` box above the article list."""

from __future__ import annotations

from textual.widgets import Input

from reader.ui.commands import bindings_for
from reader.ui.messages import FilterClosed, SaveSearchRequested


class FilterInput(Input):
    """Typing filters the list (the screen watches the value); escape closes and clears
    it (the screen does the closing, in one go)."""

    COMMAND_SCOPE = "filter"
    BINDINGS = bindings_for("filter")

    def __init__(self) -> None:
        super().__init__(placeholder="Search: words, person:, said-by:, country:, is:unread…",
                         id="filter")
        self.display = False

    def action_close_filter(self) -> None:
        # Clearing, hiding and the focus going back are the screen's, all in one handler:
        # done here a message apart they were three screen updates instead of one.
        self.post_message(FilterClosed())

    def action_save_search(self) -> None:
        if self.value.strip():
            self.post_message(SaveSearchRequested(self.value.strip()))
