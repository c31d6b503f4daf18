"""The feeds tables: subscriptions, items, read marks, retention, schema version."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from reader.feeds.model import ParsedFeed, ParsedItem
from reader.feeds.storage import FeedStore, FeedStoreError, RetentionPolicy
from reader.library.database import Database

DAY = 86400.0
NOW = 1_800_000_000.0


def items(*keys: str, age_days: float = 0.0) -> ParsedFeed:
    when = dt.datetime.fromtimestamp(NOW - age_days * DAY, dt.UTC)
    return ParsedFeed("rss20", "Feed", None, [
        ParsedItem(key=f"guid:{key}", guid=key, url=None, title=key, author=None,
                   published=when, text=f"text of {key}", has_content=True) for key in keys])


def test_add_rename_tag_remove(store: FeedStore) -> None:
    feed, added = store.add_feed("https://a.example/rss", title="Alpha", tags=["x", " ", "y"])
    assert added and feed.tags == ("x", "y") and feed.name == "Alpha"
    assert store.rename(feed.url, "My alpha").title == "My alpha"
    store.record_items(feed.id, items("1"), url=feed.url, etag=None, last_modified=None)
    assert store.feeds()[0].title == "My alpha"  # the feed's own title does not undo it
    assert store.rename(feed.url, None).title == "Feed"
    assert store.set_tags(feed.url, ["z"]).tags == ("z",)
    assert store.remove_feed(feed.url) == 0
    assert store.feeds() == [] and store.item_count() == 0
    assert store.remove_feed(feed.url) is None
    with pytest.raises(FeedStoreError, match="not subscribed"):
        store.rename("https://nope.example/", "x")


def test_article_ids_are_stable_and_distinct_per_feed(store: FeedStore) -> None:
    a, _ = store.add_feed("https://a.example/rss")
    b, _ = store.add_feed("https://b.example/rss")
    store.record_items(a.id, items("same"), url=a.url, etag=None, last_modified=None)
    store.record_items(b.id, items("same"), url=b.url, etag=None, last_modified=None)
    ids = [item.article_id for item in store.items()]
    assert len(set(ids)) == 2 and all(i.startswith("feed-") for i in ids)
    store.record_items(a.id, items("same"), url=a.url, etag=None, last_modified=None)
    assert sorted(item.article_id for item in store.items()) == sorted(ids)


def test_mark_feed_read_and_unread_counts(store: FeedStore) -> None:
    feed, _ = store.add_feed("https://a.example/rss")
    store.record_items(feed.id, items("1", "2", "3"), url=feed.url, etag=None,
                       last_modified=None)
    assert store.feeds()[0].unread_count == 3
    first = store.items()[0]
    assert store.set_read([first.article_id]) == 1
    assert store.set_read([first.article_id]) == 0  # already read
    assert store.feeds()[0].unread_count == 2
    assert len(store.mark_feed_read(feed.url)) == 2
    assert store.feeds()[0].unread_count == 0 and store.items(unread_only=True) == []
    store.set_read([first.article_id], read=False)
    assert [item.article_id for item in store.items(unread_only=True)] == [first.article_id]


def test_retention_keeps_current_bookmarked_and_recent_items(store: FeedStore) -> None:
    feed, _ = store.add_feed("https://a.example/rss")
    store.record_items(feed.id, items("old1", "old2", "old3", age_days=200), url=feed.url,
                       etag=None, last_modified=None, now=NOW - DAY)
    store.record_items(feed.id, items("recent", age_days=1), url=feed.url, etag=None,
                       last_modified=None, now=NOW - DAY)
    # The latest document holds only "old3" and "fresh": the others have left the feed.
    store.record_items(feed.id, items("old3", age_days=200), url=feed.url, etag=None,
                       last_modified=None, now=NOW)
    store.record_items(feed.id, items("fresh"), url=feed.url, etag=None, last_modified=None,
                       now=NOW)
    protected = {item.article_id for item in store.items() if item.guid == "old1"}
    gone = store.prune(RetentionPolicy(max_age_days=90, max_items_per_feed=100), protected,
                       now=NOW)
    assert gone == 1  # old2: left the feed, too old, not bookmarked
    assert {item.guid for item in store.items()} == {"old1", "old3", "recent", "fresh"}
    # By count: one item per feed allowed; still in the feed or protected stay.
    gone = store.prune(RetentionPolicy(max_age_days=1000, max_items_per_feed=1), protected,
                       now=NOW)
    assert gone == 1 and {item.guid for item in store.items()} == {"old1", "old3", "fresh"}


def test_a_newer_schema_is_refused(tmp_path: Path) -> None:
    database = Database.open(tmp_path)
    FeedStore(database)
    database.connection.execute("UPDATE schema_versions SET version = 99 WHERE module = 'feeds'")
    with pytest.raises(FeedStoreError, match="newer than this reader"):
        FeedStore(Database.open(tmp_path))
    database.close()


def test_many_items(store: FeedStore) -> None:
    # 20 feeds of 500 items: the queries the app and CLI make stay right at scale
    # (tests/benchmarks/bench_feeds.py times them at 100,000).
    for n in range(20):
        feed, _ = store.add_feed(f"https://f{n}.example/rss")
        store.record_items(feed.id, items(*(f"{n}-{k}" for k in range(500))), url=feed.url,
                           etag=None, last_modified=None)
    assert store.item_count() == 10_000
    feeds = store.feeds()
    assert len(feeds) == 20 and all(f.item_count == 500 == f.unread_count for f in feeds)
    assert len(store.items(limit=50)) == 50
    assert len(store.items(feeds[3].url)) == 500


def test_unsubscribing_keeps_bookmarked_items_and_resubscribing_revives_them(
        store: FeedStore) -> None:
    feed, _ = store.add_feed("https://a.example/rss", tags=["x"])
    store.record_items(feed.id, items("1", "2", "3"), url=feed.url, etag="e1",
                       last_modified=None)
    ids = {item.title: item.article_id for item in store.items()}

    assert store.remove_feed(feed.url, keep={ids["2"]}) == 1
    assert store.feeds() == [] and store.feed(feed.url) is None
    [kept] = store.items()
    assert (kept.article_id, kept.title, kept.text) == (ids["2"], "2", "text of 2")
    assert store.item(ids["2"]) is not None and store.item(ids["1"]) is None
    assert store.remove_feed(feed.url) is None  # no longer subscribed

    again, added = store.add_feed(feed.url)
    assert added and again.id == feed.id and again.etag is None  # fetched afresh
    assert [f.url for f in store.feeds()] == [feed.url]
    store.record_items(again.id, items("1", "2", "3"), url=feed.url, etag=None,
                       last_modified=None)
    assert {item.title: item.article_id for item in store.items()} == ids


def test_kept_items_of_an_unsubscribed_feed_go_once_nothing_keeps_them(
        store: FeedStore) -> None:
    feed, _ = store.add_feed("https://a.example/rss")
    store.record_items(feed.id, items("1", "2"), url=feed.url, etag=None, last_modified=None)
    ids = [item.article_id for item in store.items()]
    assert store.remove_feed(feed.url, keep=set(ids)) == 2

    assert store.prune(RetentionPolicy(), protected={ids[0]}, now=NOW) == 1
    assert [item.article_id for item in store.items()] == [ids[0]]
    assert store.prune(RetentionPolicy(), protected=(), now=NOW) == 1
    assert store.item_count() == 0 and store.feed(feed.url, unsubscribed=True) is None


def test_a_feeds_table_of_the_first_schema_is_migrated(data_dir: Path) -> None:
    import sqlite3

    from reader.feeds.storage import SCHEMA

    first = type(SCHEMA)(SCHEMA.module, SCHEMA.migrations[:1])
    database = Database.open(data_dir)
    try:
        database.ensure(first)
        # The tables as the previous release left them, with one subscription.
        database.connection.execute(
            "INSERT INTO feeds (key, url, title, added_at) VALUES ('u', 'u', 'Old', 1.0)")
        columns = {row[1] for row in database.connection.execute("PRAGMA table_info(feeds)")}
        assert "unsubscribed_at" not in columns
    finally:
        database.close()

    database = Database.open(data_dir)
    try:
        store = FeedStore(database)
        assert [f.title for f in store.feeds()] == ["Old"]
        assert store.remove_feed("u") == 0 and store.feeds() == []
    finally:
        database.close()
    assert sqlite3.connect(data_dir / "library.sqlite3").execute(
        "SELECT count(*) FROM feeds").fetchone() == (0,)


def test_names_and_tags_are_kept_without_control_characters(store: FeedStore) -> None:
    """Tags and names come from the command line, OPML files and the feed editor: an
    escape sequence in one would reach the terminal wherever the feed list is drawn."""
    feed, _ = store.add_feed("https://example.test/rss",
                             tags=["\x1b[31mred", "  ", "\x1b]52;c;aGk=\x07clip", "plain"])
    assert feed.tags == ("clip", "plain", "red")
    feed = store.set_tags(feed.url, ["\x1b[2Jwiped", "\u202eevil", ""])
    assert feed.tags == ("evil", "wiped")
    feed = store.rename(feed.url, "My\x1b[5m \x9bfeed\x07")
    assert feed.name == "My feed"
