"""What the feed commands share: the feeds database of the data folder, the store's
bookmarked and noted article ids, and safe printing of text that came from feeds."""

from __future__ import annotations

import datetime as dt
import sqlite3
import sys
from collections.abc import Iterator
from contextlib import contextmanager

from reader import paths
from reader.articles.sanitise import sanitise_line
from reader.feeds.storage import FeedStore, FeedStoreError
from reader.library.database import Database, DatabaseError

NO_FEEDS_YET = "no feeds yet: 'reader feeds add URL' or 'reader opml import FILE'"


class FeedsUnavailable(Exception):
    """The feeds database cannot be opened; the message is for the user."""


def no_database_yet(data_dir: str | None) -> bool:
    """Whether the data folder has no library database: a command that only reads (or
    changes an existing feed) then has nothing to do, and makes no folder or database
    (a typo in --data-dir must not leave a stray one)."""
    from reader.library.database import DATABASE_NAME

    folder = paths.data_dir(data_dir)
    if paths.not_a_folder(folder):
        return False  # said by the database's opening, as every command says it
    return not (folder / DATABASE_NAME).is_file()


@contextmanager
def feed_store(data_dir: str | None) -> Iterator[FeedStore]:
    """The feeds tables of the data folder's library database, closed afterwards."""
    folder = paths.data_dir(data_dir)
    try:
        database = Database.open(folder)
    except DatabaseError as error:
        raise FeedsUnavailable(str(error)) from None
    try:
        try:
            store = FeedStore(database)
        except sqlite3.DatabaseError as error:
            raise FeedsUnavailable(f"the library database in {folder} is damaged: "
                                   f"{error}") from None
        except FeedStoreError as error:
            raise FeedsUnavailable(str(error)) from None
        yield store
    finally:
        database.close()


def kept_article_ids(data_dir: str | None) -> tuple[set[str], set[str]]:
    """(bookmarked, bookmarked or noted) article ids from the store, read-only.

    The store is read without its lock (as export does), so this works while the app
    is open; an unreadable store gives empty sets and a message on stderr.
    """
    kept = _read_kept(data_dir)
    return kept if kept is not None else (set(), set())


def protected_article_ids(data_dir: str | None) -> set[str] | None:
    """The bookmarked or noted article ids, or None (after a message on stderr) when the
    store cannot be read: then nothing may be deleted, as any item might be kept."""
    kept = _read_kept(data_dir)
    return kept[1] if kept is not None else None


def _read_kept(data_dir: str | None) -> tuple[set[str], set[str]] | None:
    from reader.store import StoreError, open_store

    try:
        with open_store(data_dir, read_only=True) as store:
            bookmarked = {b.article_id for b in store.bookmarks()}
            noted = {n.article_id for n in store.notes() if n.article_id}
    except StoreError as error:
        print(f"reader: bookmarks not read: {error}", file=sys.stderr)
        return None
    return bookmarked, bookmarked | noted


def safe(text: str | None) -> str:
    """Text from a feed or a server, made safe to print on one line of a terminal."""
    return sanitise_line(text or "")


def when(timestamp: float | None) -> str | None:
    """A stored time as ISO 8601 UTC, to the second."""
    if timestamp is None:
        return None
    return dt.datetime.fromtimestamp(timestamp, dt.UTC).isoformat(timespec="seconds")
