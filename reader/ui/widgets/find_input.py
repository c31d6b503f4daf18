"""FindInput: the `f` box under the reading pane (find in the open article)."""

from __future__ import annotations

from dataclasses import dataclass

from textual.message import Message
from textual.widgets import Input

from reader.ui.commands import bindings_for


@dataclass
class FindStep(Message):
    """Go to the next (1) or previous (-1) match."""

    step: int


class FindClosed(Message):
    """The find box was closed (escape); the matches stay shown."""


class FindInput(Input):
    """Typing finds (the screen listens to Input.Changed); enter and up/down step."""

    COMMAND_SCOPE = "find"
    BINDINGS = bindings_for("find")

    def __init__(self) -> None:
        super().__init__(placeholder="Find in the article (enter: next, up: previous)",
                         id="find")
        self.display = False

    def action_find_next(self) -> None:
        self.post_message(FindStep(1))

    def action_find_previous(self) -> None:
        self.post_message(FindStep(-1))

    def action_close_find(self) -> None:
        self.display = False
        self.post_message(FindClosed())
