"""The feeds and their items in SQLite: subscriptions, fetch state, items, read marks.

The tables live in the library's database (`reader.library.database`, schema module
"feeds"); read marks are the library's (`read_marks`, `reader.library.read_state`), by
article id, so a feed item is read or unread exactly as any other article.

Items are keyed by (feed, key) where the key is the item's guid, else its link, else its
title and date (`model.item_key`): a re-fetch updates an item in place and never touches
its first-seen time or its cached full text. Each item has a stable
article id made from the feed's own key (its first URL, kept when a 301 moves the feed)
and the item key, so bookmarks and notes in the store keep pointing at it.

Not thread-safe by design: one thread writes (the refresh's, or the library's writer).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import sqlite3
import time
from collections.abc import Collection, Iterable, Iterator
from dataclasses import dataclass
from typing import Any, Literal

from reader.articles.sanitise import sanitise_line
from reader.feeds.model import ParsedFeed
from reader.library.database import Database, DatabaseError, Schema
from reader.library.read_state import SCHEMA as READ_STATE_SCHEMA
from reader.library.read_state import ReadState

FullTextPolicy = Literal["always", "short", "never"]
FULL_TEXT_POLICIES: tuple[FullTextPolicy, ...] = ("always", "short", "never")
ARTICLE_ID_PREFIX = "feed-"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS feeds (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,          -- the first URL: article ids are made from it
    url TEXT NOT NULL UNIQUE,          -- where it is fetched now (moved by 301/308)
    title TEXT NOT NULL DEFAULT '',
    user_title TEXT,                   -- a name the user gave it
    site_url TEXT,
    etag TEXT,
    last_modified TEXT,
    added_at REAL NOT NULL,
    last_fetched_at REAL,              -- the last attempt
    last_parsed_at REAL,               -- the last 200 whose items were stored
    last_status TEXT,                  -- 'new items', 'no change', 'not modified', 'error'
    last_error TEXT,
    last_warning TEXT,
    error_count INTEGER NOT NULL DEFAULT 0,
    retry_at REAL,                     -- Retry-After or backoff: not fetched before this
    full_text TEXT NOT NULL DEFAULT 'short'
);
CREATE TABLE IF NOT EXISTS feed_tags (
    feed_id INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
    tag TEXT NOT NULL,
    PRIMARY KEY (feed_id, tag)
);
CREATE TABLE IF NOT EXISTS feed_items (
    id INTEGER PRIMARY KEY,
    feed_id INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
    key TEXT NOT NULL,
    article_id TEXT NOT NULL UNIQUE,
    guid TEXT,
    url TEXT,
    title TEXT NOT NULL,
    author TEXT,
    published REAL,
    sort_at REAL NOT NULL,             -- published, else first seen: the list's order
    text TEXT NOT NULL,
    has_content INTEGER NOT NULL,
    full_text TEXT,
    full_text_error TEXT,
    first_seen REAL NOT NULL,
    last_seen REAL NOT NULL,
    UNIQUE (feed_id, key)
);
CREATE INDEX IF NOT EXISTS feed_items_by_feed_date ON feed_items (feed_id, sort_at DESC);
CREATE INDEX IF NOT EXISTS feed_items_by_date ON feed_items (sort_at DESC);
"""


def _create_feeds(connection: sqlite3.Connection) -> None:
    for statement in _SCHEMA.split(";"):
        if statement.strip():
            connection.execute(statement)


def _add_unsubscribed_at(connection: sqlite3.Connection) -> None:
    # An unsubscribed feed whose items are bookmarked or noted stays as a row (not
    # fetched, not listed) so those items keep their text and their article ids.
    connection.execute("ALTER TABLE feeds ADD COLUMN unsubscribed_at REAL")


SCHEMA = Schema("feeds", (_create_feeds, _add_unsubscribed_at))
# Whether an item is read: the library's read marks, by article id.
_READ = "EXISTS (SELECT 1 FROM read_marks r WHERE r.article_id = i.article_id)"


class FeedStoreError(Exception):
    """A request the feeds database cannot satisfy; the message is for the user."""


@dataclass(frozen=True, slots=True)
class Feed:
    id: int
    key: str
    url: str
    title: str  # the user's name for it, else the feed's own title, else ""
    site_url: str | None
    tags: tuple[str, ...]
    etag: str | None
    last_modified: str | None
    added_at: float
    last_fetched_at: float | None
    last_status: str | None
    last_error: str | None
    last_warning: str | None
    error_count: int
    retry_at: float | None
    full_text: FullTextPolicy
    item_count: int = 0
    unread_count: int = 0

    @property
    def name(self) -> str:
        return self.title or self.url


@dataclass(frozen=True, slots=True)
class StoredItem:
    article_id: str
    feed_id: int
    feed_url: str
    feed_title: str
    key: str
    guid: str | None
    url: str | None
    title: str
    author: str | None
    published: float | None
    sort_at: float
    text: str
    has_content: bool
    full_text: str | None
    full_text_error: str | None
    first_seen: float
    read: bool

    @property
    def best_text(self) -> str:
        """The cached full text when there is one, else the feed's text."""
        return self.full_text or self.text


@dataclass(frozen=True, slots=True)
class RetentionPolicy:
    """How long items that have left their feed are kept (bookmarked or noted: always)."""

    max_age_days: float = 90.0
    max_items_per_feed: int = 500


def _clean_tags(tags: Iterable[str]) -> list[str]:
    """Tags as kept: one line each, without control characters or escape sequences
    (they come from the command line, OPML files and the feed editor), blanks dropped."""
    return sorted({clean for tag in tags if (clean := sanitise_line(tag).strip())})


def article_id_for(feed_key: str, item_key: str) -> str:
    digest = hashlib.sha256(f"{feed_key}\n{item_key}".encode("utf-8", "replace")).hexdigest()
    return ARTICLE_ID_PREFIX + digest[:20]


def _now() -> float:
    return time.time()


_FEED_COLUMNS = ("id, key, url, coalesce(user_title, title), site_url, etag, last_modified, "
                 "added_at, last_fetched_at, last_status, last_error, last_warning, "
                 "error_count, retry_at, full_text")
_ITEM_COLUMNS = ("i.article_id, i.feed_id, f.url, coalesce(f.user_title, f.title), i.key, "
                 "i.guid, i.url, i.title, i.author, i.published, i.sort_at, i.text, "
                 f"i.has_content, i.full_text, i.full_text_error, i.first_seen, {_READ}")


def _item(row: Any) -> StoredItem:
    return StoredItem(
        article_id=str(row[0]), feed_id=int(row[1]), feed_url=str(row[2]),
        feed_title=str(row[3] or ""), key=str(row[4]), guid=row[5],
        url=row[6], title=str(row[7]), author=row[8], published=row[9],
        sort_at=float(row[10]), text=str(row[11]), has_content=bool(row[12]),
        full_text=row[13], full_text_error=row[14], first_seen=float(row[15]),
        read=bool(row[16]),
    )


class FeedStore:
    """The feeds tables of the library database. Call from the database's one thread."""

    def __init__(self, database: Database, read_state: ReadState | None = None) -> None:
        try:
            database.ensure(READ_STATE_SCHEMA)
            database.ensure(SCHEMA)
        except DatabaseError as error:
            raise FeedStoreError(str(error)) from None
        self.database = database
        self.connection = database.connection
        self.read_state = read_state or ReadState(database)

    def transaction(self) -> _Transaction:
        return _Transaction(self.connection)

    # -- feeds ---------------------------------------------------------------

    def _feed_from_row(self, row: Any, tags: dict[int, list[str]],
                       counts: dict[int, tuple[int, int]]) -> Feed:
        feed_id = int(row[0])
        items, unread = counts.get(feed_id, (0, 0))
        policy = str(row[14])
        return Feed(
            id=feed_id, key=str(row[1]), url=str(row[2]), title=str(row[3] or ""),
            site_url=row[4], tags=tuple(sorted(tags.get(feed_id, []))),
            etag=row[5], last_modified=row[6], added_at=float(row[7]),
            last_fetched_at=row[8], last_status=row[9], last_error=row[10],
            last_warning=row[11], error_count=int(row[12]), retry_at=row[13],
            full_text=policy if policy in FULL_TEXT_POLICIES else "short",
            item_count=items, unread_count=unread,
        )

    def _tags(self, feed_id: int | None = None) -> dict[int, list[str]]:
        sql = "SELECT feed_id, tag FROM feed_tags"
        rows = (self.connection.execute(sql + " WHERE feed_id = ?", (feed_id,))
                if feed_id is not None else self.connection.execute(sql))
        tags: dict[int, list[str]] = {}
        for fid, tag in rows:
            tags.setdefault(fid, []).append(tag)
        return tags

    def _counts(self, feed_id: int | None = None) -> dict[int, tuple[int, int]]:
        sql = (f"SELECT i.feed_id, count(*), count(*) - sum({_READ}) FROM feed_items i")
        rows = (self.connection.execute(sql + " WHERE i.feed_id = ? GROUP BY i.feed_id",
                                        (feed_id,))
                if feed_id is not None else self.connection.execute(sql + " GROUP BY i.feed_id"))
        return {fid: (int(total), int(unread or 0)) for fid, total, unread in rows}

    def feeds(self) -> list[Feed]:
        """Every subscription, by name, with its item and unread counts."""
        rows = self.connection.execute(
            f"SELECT {_FEED_COLUMNS} FROM feeds WHERE unsubscribed_at IS NULL").fetchall()
        tags, counts = self._tags(), self._counts()
        feeds = [self._feed_from_row(row, tags, counts) for row in rows]
        return sorted(feeds, key=lambda feed: (feed.name.casefold(), feed.url))

    def feed(self, url: str, *, unsubscribed: bool = False) -> Feed | None:
        """The subscription fetched at `url`, or first subscribed as `url`; with
        `unsubscribed`, also a feed kept after unsubscribing for its kept items."""
        row = self.connection.execute(
            f"SELECT {_FEED_COLUMNS} FROM feeds WHERE (url = ? OR key = ?)"
            + ("" if unsubscribed else " AND unsubscribed_at IS NULL")
            + " ORDER BY url = ? DESC LIMIT 1", (url, url, url)).fetchone()
        if row is None:
            return None
        return self._feed_from_row(row, self._tags(row[0]), self._counts(row[0]))

    def feed_by_id(self, feed_id: int) -> Feed | None:
        row = self.connection.execute(f"SELECT {_FEED_COLUMNS} FROM feeds WHERE id = ?",
                                      (feed_id,)).fetchone()
        if row is None:
            return None
        return self._feed_from_row(row, self._tags(feed_id), self._counts(feed_id))

    def add_feed(self, url: str, *, title: str = "", site_url: str | None = None,
                 tags: Iterable[str] = (), now: float | None = None) -> tuple[Feed, bool]:
        """Subscribe to `url` (tags are added to an existing subscription); (feed, added).

        A feed unsubscribed with kept items is subscribed again in place, so its kept
        items and the new ones are one feed with the same article ids."""
        existing = self.feed(url)
        revived = None if existing is not None else self.feed(url, unsubscribed=True)
        clean_tags = _clean_tags(tags)
        with self.transaction():
            if revived is not None:
                feed_id = revived.id
                self.connection.execute(
                    "UPDATE feeds SET unsubscribed_at = NULL, added_at = ? WHERE id = ?",
                    (now if now is not None else _now(), feed_id))
            elif existing is None:
                cursor = self.connection.execute(
                    "INSERT INTO feeds (key, url, title, site_url, added_at) "
                    "VALUES (?, ?, ?, ?, ?)",
                    (url, url, title, site_url, now if now is not None else _now()))
                feed_id = int(cursor.lastrowid or 0)
            else:
                feed_id = existing.id
                if title and not existing.title:
                    self.connection.execute("UPDATE feeds SET title = ? WHERE id = ?",
                                            (title, feed_id))
            self.connection.executemany(
                "INSERT OR IGNORE INTO feed_tags (feed_id, tag) VALUES (?, ?)",
                [(feed_id, tag) for tag in clean_tags])
        feed = self.feed_by_id(feed_id)
        assert feed is not None
        return feed, existing is None

    def remove_feed(self, url: str, keep: Collection[str] = ()) -> int | None:
        """Unsubscribe. Items whose article id is in `keep` (bookmarked or noted) stay,
        with their text, under a feed row that is no longer fetched or listed; the other
        items go. Returns how many items were kept, or None when there was no such feed.
        """
        feed = self.feed(url)
        if feed is None:
            return None
        keep_ids = set(keep)
        items = self.connection.execute(
            "SELECT id, article_id FROM feed_items WHERE feed_id = ?", (feed.id,)).fetchall()
        doomed = [(row_id,) for row_id, article_id in items if article_id not in keep_ids]
        kept = len(items) - len(doomed)
        with self.transaction():
            if kept:
                self.connection.executemany("DELETE FROM feed_items WHERE id = ?", doomed)
                self.connection.execute(
                    "UPDATE feeds SET unsubscribed_at = ?, etag = NULL, last_modified = NULL "
                    "WHERE id = ?", (_now(), feed.id))
            else:
                self.connection.execute("DELETE FROM feeds WHERE id = ?", (feed.id,))
        return kept

    def set_tags(self, url: str, tags: Iterable[str]) -> Feed:
        feed = self._require(url)
        with self.transaction():
            self.connection.execute("DELETE FROM feed_tags WHERE feed_id = ?", (feed.id,))
            self.connection.executemany(
                "INSERT OR IGNORE INTO feed_tags (feed_id, tag) VALUES (?, ?)",
                [(feed.id, tag) for tag in _clean_tags(tags)])
        return self._require(url)

    def rename(self, url: str, title: str | None) -> Feed:
        """Give the feed a name of the user's (None or "" brings back the feed's own title)."""
        feed = self._require(url)
        with self.transaction():
            self.connection.execute("UPDATE feeds SET user_title = ? WHERE id = ?",
                                    (sanitise_line(title or "").strip() or None, feed.id))
        return self._require(url)

    def set_full_text_policy(self, url: str, policy: FullTextPolicy) -> Feed:
        if policy not in FULL_TEXT_POLICIES:
            raise FeedStoreError(f"full text policy must be one of {', '.join(FULL_TEXT_POLICIES)}")
        feed = self._require(url)
        with self.transaction():
            self.connection.execute("UPDATE feeds SET full_text = ? WHERE id = ?",
                                    (policy, feed.id))
        return self._require(url)

    def _require(self, url: str) -> Feed:
        feed = self.feed(url)
        if feed is None:
            raise FeedStoreError(f"not subscribed: {url}")
        return feed

    # -- fetch results ---------------------------------------------------------

    def record_items(self, feed_id: int, parsed: ParsedFeed, *, url: str,
                     etag: str | None, last_modified: str | None,
                     now: float | None = None) -> int:
        """Store a 200's items and validators; returns how many items are new."""
        now = now if now is not None else _now()
        row = self.connection.execute("SELECT key FROM feeds WHERE id = ?", (feed_id,)).fetchone()
        if row is None:
            raise FeedStoreError("the feed was removed while it was being fetched")
        feed_key = str(row[0])
        keys = [item.key for item in parsed.items]
        existing = self._existing_keys(feed_id, keys)
        rows = []
        for position, item in enumerate(parsed.items):
            published = item.published.timestamp() if item.published else None
            # Undated items keep the feed's order (newest first) among themselves.
            sort_at = published if published is not None else now - position * 0.001
            rows.append((
                feed_id, item.key, article_id_for(feed_key, item.key), item.guid, item.url,
                item.title, item.author, published, sort_at,
                item.text, int(item.has_content), now, now,
            ))
        with self.transaction():
            self.connection.executemany(
                "INSERT INTO feed_items (feed_id, key, article_id, guid, url, title, author, "
                "published, sort_at, text, has_content, first_seen, last_seen) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                "ON CONFLICT (feed_id, key) DO UPDATE SET guid = excluded.guid, "
                "url = excluded.url, title = excluded.title, author = excluded.author, "
                "published = excluded.published, "
                # An item that loses its date keeps its place in the list.
                "sort_at = coalesce(excluded.published, feed_items.sort_at), "
                "text = excluded.text, has_content = excluded.has_content, "
                "last_seen = excluded.last_seen", rows)
            self._move_url(feed_id, url)
            self.connection.execute(
                "UPDATE feeds SET title = CASE WHEN ? != '' THEN ? ELSE title END, "
                "site_url = coalesce(?, site_url), etag = ?, last_modified = ?, "
                "last_fetched_at = ?, last_parsed_at = ?, last_status = ?, last_error = NULL, "
                "last_warning = ?, error_count = 0, retry_at = NULL WHERE id = ?",
                (parsed.title, parsed.title, parsed.site_url, etag, last_modified, now, now,
                 "new items" if len(set(keys) - existing) else "no change", parsed.warning,
                 feed_id))
        return len(set(keys) - existing)

    def _existing_keys(self, feed_id: int, keys: list[str]) -> set[str]:
        found: set[str] = set()
        for start in range(0, len(keys), 500):  # SQLite's bound-parameter limit
            chunk = keys[start:start + 500]
            marks = ",".join("?" * len(chunk))
            found.update(key for (key,) in self.connection.execute(
                f"SELECT key FROM feed_items WHERE feed_id = ? AND key IN ({marks})",
                (feed_id, *chunk)))
        return found

    def _move_url(self, feed_id: int, url: str) -> None:
        # A 301/308 moved the feed. If another subscription already has that URL, the
        # two stay apart: this one keeps its old URL rather than break the unique key.
        clash = self.connection.execute("SELECT id FROM feeds WHERE url = ? AND id != ?",
                                        (url, feed_id)).fetchone()
        if clash is None:
            self.connection.execute("UPDATE feeds SET url = ? WHERE id = ?", (url, feed_id))

    def record_not_modified(self, feed_id: int, *, url: str, etag: str | None,
                            last_modified: str | None, now: float | None = None) -> None:
        now = now if now is not None else _now()
        with self.transaction():
            self._move_url(feed_id, url)
            self.connection.execute(
                "UPDATE feeds SET etag = ?, last_modified = ?, last_fetched_at = ?, "
                "last_status = 'not modified', last_error = NULL, error_count = 0, "
                "retry_at = NULL WHERE id = ?", (etag, last_modified, now, feed_id))

    def record_error(self, feed_id: int, message: str, *, retry_at: float | None,
                     now: float | None = None) -> None:
        now = now if now is not None else _now()
        with self.transaction():
            self.connection.execute(
                "UPDATE feeds SET last_fetched_at = ?, last_status = 'error', last_error = ?, "
                "error_count = error_count + 1, retry_at = ? WHERE id = ?",
                (now, message, retry_at, feed_id))

    # -- items ---------------------------------------------------------------

    def items(self, feed_url: str | None = None, *, feed_ids: Collection[int] | None = None,
              unread_only: bool = False, limit: int | None = None) -> list[StoredItem]:
        """Items newest first: all, or one feed's (by URL), or those of `feed_ids`."""
        return list(self.iter_items(feed_url, feed_ids=feed_ids, unread_only=unread_only,
                                    limit=limit))

    def iter_items(self, feed_url: str | None = None, *,
                   feed_ids: Collection[int] | None = None, unread_only: bool = False,
                   limit: int | None = None) -> Iterator[StoredItem]:
        """As `items`, read lazily (the first rows come before the last are read)."""
        where: list[str] = []
        params: list[object] = []
        if feed_url is not None:
            feed = self.feed(feed_url)
            if feed is None:
                raise FeedStoreError(f"not subscribed: {feed_url}")
            where.append("i.feed_id = ?")
            params.append(feed.id)
        if feed_ids is not None:
            where.append(f"i.feed_id IN ({','.join('?' * len(feed_ids))})")
            params.extend(feed_ids)
        if unread_only:
            where.append(f"NOT {_READ}")
        sql = (f"SELECT {_ITEM_COLUMNS} FROM feed_items i JOIN feeds f ON f.id = i.feed_id"
               + (" WHERE " + " AND ".join(where) if where else "")
               + " ORDER BY i.sort_at DESC, i.id DESC")
        if limit is not None:
            sql += " LIMIT ?"
            params.append(limit)
        for row in self.connection.execute(sql, params):
            yield _item(row)

    def item(self, article_id: str) -> StoredItem | None:
        row = self.connection.execute(
            f"SELECT {_ITEM_COLUMNS} FROM feed_items i JOIN feeds f ON f.id = i.feed_id "
            "WHERE i.article_id = ?", (article_id,)).fetchone()
        return _item(row) if row else None

    def item_count(self) -> int:
        return int(self.connection.execute("SELECT count(*) FROM feed_items").fetchone()[0])

    def set_read(self, article_ids: Iterable[str], read: bool = True) -> int:
        """Mark items read or unread (the library's read marks); how many changed."""
        return self.read_state.set_read_many(article_ids, read)

    def mark_feed_read(self, url: str) -> list[str]:
        """Mark every item of the feed read; the article ids that were unread."""
        feed = self._require(url)
        unread = [article_id for (article_id,) in self.connection.execute(
            f"SELECT i.article_id FROM feed_items i WHERE i.feed_id = ? AND NOT {_READ}",
            (feed.id,))]
        self.read_state.set_read_many(unread, True)
        return unread

    def set_full_text(self, article_id: str, text: str | None, error: str | None) -> None:
        with self.transaction():
            self.connection.execute(
                "UPDATE feed_items SET full_text = coalesce(?, full_text), full_text_error = ? "
                "WHERE article_id = ?", (text, error, article_id))

    def prune(self, policy: RetentionPolicy, protected: Collection[str] = (),
              now: float | None = None) -> int:
        """Delete items that have left their feed and are too old or too many.

        An item still in its feed's latest document is never deleted (it would come back
        as new and unread), nor one whose article id is in `protected` (bookmarked or
        noted). Items of an unsubscribed feed were only kept for being protected: once
        they are not, they go, and the feed row with the last of them. Returns how many
        items went.
        """
        now = now if now is not None else _now()
        oldest = now - policy.max_age_days * 86400.0
        candidates = self.connection.execute(
            "SELECT id, article_id FROM (SELECT i.id, i.article_id, i.last_seen, i.sort_at, "
            "f.last_parsed_at, ROW_NUMBER() OVER (PARTITION BY i.feed_id "
            "ORDER BY i.sort_at DESC, i.id DESC) AS rank "
            "FROM feed_items i JOIN feeds f ON f.id = i.feed_id) "
            "WHERE last_parsed_at IS NOT NULL AND last_seen < last_parsed_at "
            "AND (rank > ? OR sort_at < ?)", (policy.max_items_per_feed, oldest)).fetchall()
        candidates += self.connection.execute(
            "SELECT i.id, i.article_id FROM feed_items i JOIN feeds f ON f.id = i.feed_id "
            "WHERE f.unsubscribed_at IS NOT NULL").fetchall()
        protected_ids = set(protected)
        doomed = sorted({(row_id,) for row_id, article_id in candidates
                         if article_id not in protected_ids})
        with self.transaction():
            self.connection.executemany("DELETE FROM feed_items WHERE id = ?", doomed)
            self.connection.execute(
                "DELETE FROM feeds WHERE unsubscribed_at IS NOT NULL AND NOT EXISTS "
                "(SELECT 1 FROM feed_items i WHERE i.feed_id = feeds.id)")
        return len(doomed)


class _Transaction:
    """BEGIN IMMEDIATE ... COMMIT, or ROLLBACK on an exception; nests as a no-op (an OPML
    import is one transaction around many `add_feed`s)."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self.connection = connection
        self.outer = False

    def __enter__(self) -> None:
        if not self.connection.in_transaction:
            self.connection.execute("BEGIN IMMEDIATE")
            self.outer = True

    def __exit__(self, kind: object, error: object, trace: object) -> None:
        if not self.outer:
            return
        if kind is None:
            self.connection.execute("COMMIT")
        else:
            self.connection.execute("ROLLBACK")


def utc(timestamp: float | None) -> dt.datetime | None:
    return dt.datetime.fromtimestamp(timestamp, dt.UTC) if timestamp is not None else None
