"""The feeds source: the items of the subscribed feeds, as articles, from the library
database (they were fetched by `reader refresh` or the app's refresh; nothing is fetched
here, so cached items open offline).

An item's article id is the feeds store's stable id (feed + guid, `feed-…`); its text is
the title, a blank line, then the item's full text when one was fetched, else the feed's
own text (an item without a title: that text alone, its first sentence the title), so
the analyser and the reading pane work on it as on a file's text.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from reader.articles.build import text_hash
from reader.articles.metadata import TITLE_MAX_CHARS, first_sentence, shorten
from reader.articles.model import Article
from reader.articles.sources.base import BATCH_SIZE, FIRST_BATCH, Batch, LoadFailure, in_batches

if TYPE_CHECKING:
    from reader.feeds.storage import StoredItem

DATABASE_NAME = "library.sqlite3"  # reader.library.database.DATABASE_NAME


def item_title(item: StoredItem) -> str:
    """The item's title. JSON Feed and RSS allow items without one (micro-posts): those
    are headed by the first sentence of their text, as a file without a headline line
    is; with no text either, "Untitled"."""
    if item.title:
        return item.title
    words = item.best_text.split()[:80]  # enough for a sentence; the text may be long
    return shorten(first_sentence(" ".join(words)), TITLE_MAX_CHARS) or "Untitled"


def item_source(item: StoredItem) -> str:
    """The item's source: its feed's title, else its URL (as the feed list names it)."""
    return item.feed_title or item.feed_url


def item_text(item: StoredItem) -> str:
    """The text of a stored feed item's Article: its title, a blank line, its text (an
    item without a title: its text alone, which its title is taken from)."""
    body = item.best_text
    if not item.title:
        return body or "Untitled"
    return f"{item.title}\n\n{body}" if body else item.title


def item_article(item: StoredItem) -> Article:
    """The Article for a stored feed item."""
    title = item_title(item)
    text = item_text(item)
    date = (dt.datetime.fromtimestamp(item.published, dt.UTC).date()
            if item.published is not None else None)
    body_start = min(len(item.title) + 2, len(text)) if item.title else 0
    return Article(
        id=item.article_id, title=title, text=text,
        content_hash=text_hash(text),
        body_start=body_start, source=item_source(item),
        date=date, url=item.url, feed=item.feed_url,
    )


def has_feeds(data_dir: Path) -> bool:
    """True when the data folder's database holds a subscription (a quick read-only look,
    made before the app starts: no file, no table or a locked file all mean no)."""
    path = data_dir / DATABASE_NAME
    if not path.is_file():
        return False
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=1.0)
        try:
            return connection.execute("SELECT 1 FROM feeds LIMIT 1").fetchone() is not None
        finally:
            connection.close()
    except sqlite3.Error:
        return False


class FeedsSource:
    """Every stored item of every subscribed feed, newest first."""

    name = "feeds"

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir

    def _stream(self) -> Iterator[Article | LoadFailure]:
        from reader.feeds.storage import FeedStore, FeedStoreError
        from reader.library.database import Database, DatabaseError

        try:
            database = Database.open(self.data_dir)
        except DatabaseError as error:
            yield LoadFailure(str(self.data_dir / DATABASE_NAME), str(error))
            return
        try:
            store = FeedStore(database)
            for item in store.iter_items():
                yield item_article(item)
        except (FeedStoreError, sqlite3.Error) as error:
            yield LoadFailure(str(self.data_dir / DATABASE_NAME),
                              f"the feed items could not be read: {error}")
        finally:
            database.close()

    def batches(self, *, first: int = FIRST_BATCH, size: int = BATCH_SIZE) -> Iterator[Batch]:
        return in_batches(self._stream(), first=first, size=size)
