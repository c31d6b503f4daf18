"""FilterInput: the `/` box above the article list."""

from __future__ import annotations

from textual.widgets import Input

from reader.ui.commands import bindings_for
from reader.ui.messages import FilterChanged


class FilterInput(Input):
    """Typing filters the list (the screen listens to Input.Changed); escape clears it."""

    COMMAND_SCOPE = "filter"
    BINDINGS = bindings_for("filter")

    def __init__(self) -> None:
        super().__init__(placeholder="Filter: words in title or body", id="filter")
        self.display = False

    def action_close_filter(self) -> None:
        self.value = ""
        self.post_message(FilterChanged(""))
        self.display = False
        self.post_message(FilterChanged.Closed())
