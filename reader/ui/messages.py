"""Messages the panes send up to the main screen. Data flows down by setters; events come up.

The note editor and the bookmarks screen answer through `dismiss` values instead (the
note's text, and `OpenAt` below).
"""

from __future__ import annotations

from dataclasses import dataclass

from textual.message import Message


@dataclass
class ArticleChosen(Message):
    """The user chose an article in the list (Enter or click)."""

    article_id: str


@dataclass
class EntityChosen(Message):
    """The side panel's selection moved to an entity (None: nothing selected)."""

    entity_id: str | None


@dataclass
class EntityActivated(Message):
    """Enter on an entity: jump to its first mention."""

    entity_id: str


@dataclass
class QuoteChosen(Message):
    """The user chose a quote (Enter on a person's quote in the side panel, or a click)."""

    quote_index: int


@dataclass
class PassageKept(Message):
    """The user kept a selected passage (enter, or `a` to write a note on it too)."""

    start: int  # Article.text offsets
    end: int
    with_note: bool = False


class FilterClosed(Message):
    """Escape in the filter box: the screen clears and hides it and gives the list the
    focus. (What is typed in it the screen watches on the box's value.)"""


@dataclass
class SaveSearchRequested(Message):
    """Save the search in the filter box (ctrl+s there)."""

    query: str


@dataclass
class EntityPageRequested(Message):
    """Open the page of an entity of the open article (Enter on it in the side panel)."""

    entity_id: str  # the id in the article's analysis


@dataclass(frozen=True)
class OpenAt:
    """What the bookmarks screen dismisses with: open this article, optionally at a span
    of its text (a quote's offsets)."""

    article_id: str
    start: int | None = None
    end: int | None = None


@dataclass
class FeedChosen(Message):
    """The user chose a row of the feed list: "all", "tag:NAME" or "feed:URL"."""

    choice: str | None


@dataclass
class FeedEditRequested(Message):
    """`e` on a feed of the feed list: rename it, set its tags."""

    url: str


@dataclass
class WriteFailed(Message):
    """A write queued on the store thread failed (posted from that thread to the app)."""

    text: str
