"""The feed editor: rename a feed and set its tags, from the feed list (`e`).

It only asks: the dismiss value is the new name and tags (None: cancelled); the main
screen saves them through the store thread. Names and tags are sanitised as one line.
"""

from __future__ import annotations

from dataclasses import dataclass

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Input, Static

from reader.articles import sanitise_line
from reader.ui.commands import bindings_for
from reader.ui.widgets.fitting_footer import FittingFooter


@dataclass(frozen=True, slots=True)
class FeedEdit:
    name: str  # "" brings back the feed's own title
    tags: tuple[str, ...]


def parse_tags(text: str) -> tuple[str, ...]:
    """Tags typed as "news, local": trimmed, sanitised, no empty ones, no repeats."""
    seen: dict[str, None] = {}
    for part in text.split(","):
        tag = sanitise_line(part)
        if tag:
            seen.setdefault(tag, None)
    return tuple(seen)


class FeedEditor(ModalScreen[FeedEdit | None]):
    """Two boxes: the feed's name and its tags; ctrl+s (or Enter) saves, escape cancels."""

    COMMAND_SCOPE = "feed_editor"
    BINDINGS = bindings_for("feed_editor")
    DEFAULT_CSS = """
    FeedEditor { align: center middle; background: $background 60%; }
    FeedEditor > #feed-editor {
        width: 80%; max-width: 90; height: auto;
        border: thick $accent; background: $surface; padding: 0 1;
    }
    FeedEditor #feed-editor-title { text-style: bold; margin: 0 0 1 0; }
    FeedEditor Input { margin: 0 0 1 0; }
    """

    def __init__(self, url: str, name: str, tags: tuple[str, ...]) -> None:
        super().__init__()
        self.feed_url, self.feed_name, self.feed_tags = url, name, tags

    def compose(self) -> ComposeResult:
        with Vertical(id="feed-editor"):
            yield Static(Content(f"Feed {sanitise_line(self.feed_url)}"), id="feed-editor-title")
            yield Input(self.feed_name, id="feed-name", placeholder="Name (empty: the feed's own)")
            yield Input(", ".join(self.feed_tags), id="feed-tags",
                        placeholder="Tags, separated by commas")
        yield FittingFooter()

    def on_mount(self) -> None:
        self.query_one("#feed-name", Input).focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_save()

    def action_save(self) -> None:
        name = sanitise_line(self.query_one("#feed-name", Input).value)
        tags = parse_tags(self.query_one("#feed-tags", Input).value)
        self.dismiss(FeedEdit(name, tags))

    def action_cancel(self) -> None:
        self.dismiss(None)
