"""Refresh and subscribe end to end: loopback server -> fetch -> parse -> SQLite."""

from __future__ import annotations

import tracemalloc

import pytest

from reader.feeds.fetch import FetchPolicy
from reader.feeds.refresh import backoff_seconds, refresh_feeds
from reader.feeds.storage import FeedStore
from reader.feeds.subscribe import SubscribeError, subscribe
from tests.feeds.fixtures import rss, simple_rss
from tests.feeds.server import FeedServer


class Clock:
    def __init__(self, start: float = 1_800_000_000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now


def test_subscribe_fetches_at_once_and_keeps_the_title(server: FeedServer, store: FeedStore,
                                                       policy: FetchPolicy) -> None:
    server.serve("/feed", simple_rss(3, title="Valley Courier"))
    done = subscribe(store, server.url("/feed"), ["local", "news"], policy=policy)
    assert done.added and done.new_items == 3 and done.discovered_on is None
    assert done.feed.title == "Valley Courier" and done.feed.tags == ("local", "news")
    assert [item.title for item in store.items()] == ["Story 0", "Story 1", "Story 2"]
    again = subscribe(store, server.url("/feed"), ["extra"], policy=policy)
    assert not again.added and again.new_items == 0
    assert again.feed.tags == ("extra", "local", "news") and len(store.feeds()) == 1


def test_subscribe_finds_the_feed_a_page_announces(server: FeedServer, store: FeedStore,
                                                   policy: FetchPolicy) -> None:
    server.serve("/feeds/main.xml", simple_rss(2))
    page = (b'<!DOCTYPE html><html><head><title>Home</title>'
            b'<link rel="stylesheet" href="/s.css">'
            b'<link rel="alternate" type="application/rss+xml" title="All" '
            b'href="feeds/main.xml"></head><body><p>Hello</p></body></html>')
    server.serve("/", page, content_type="text/html; charset=utf-8")
    done = subscribe(store, server.url("/"), policy=policy)
    assert done.discovered_on == server.url("/")
    assert done.feed.url == server.url("/feeds/main.xml") and done.new_items == 2


def test_a_page_without_a_feed_link_is_an_error(server: FeedServer, store: FeedStore,
                                                policy: FetchPolicy) -> None:
    server.serve("/", b"<html><head><title>Plain</title></head><body>x</body></html>",
                 content_type="text/html")
    with pytest.raises(SubscribeError, match="announces no feed"):
        subscribe(store, server.url("/"), policy=policy)
    assert store.feeds() == []


@pytest.mark.parametrize("url", ["ftp://example.test/feed.xml", "file:///etc/passwd",
                                 "not a url"])
def test_subscribe_refuses_other_schemes(store: FeedStore, policy: FetchPolicy,
                                         url: str) -> None:
    with pytest.raises(SubscribeError, match="http"):
        subscribe(store, url, policy=policy)


def test_a_second_refresh_is_a_304_and_stores_the_validators(
        server: FeedServer, store: FeedStore, policy: FetchPolicy) -> None:
    server.serve("/feed", simple_rss(), etag='"abc"', last_modified="Mon, 30 Nov 2026 10:00:00 GMT")
    store.add_feed(server.url("/feed"))
    [first] = refresh_feeds(store, policy=policy)
    assert first.status == "new items" and first.new_items == 3
    feed = store.feed(server.url("/feed"))
    assert feed is not None and feed.etag == '"abc"'
    assert feed.last_modified == "Mon, 30 Nov 2026 10:00:00 GMT"
    [second] = refresh_feeds(store, policy=policy)
    assert second.status == "not modified" and second.new_items == 0
    assert store.feed(server.url("/feed")).last_status == "not modified"  # type: ignore[union-attr]
    assert store.item_count() == 3


@pytest.mark.parametrize(("status", "moves"), [(301, True), (308, True), (302, False),
                                               (307, False)])
def test_redirects_move_the_stored_url_only_when_permanent(
        server: FeedServer, store: FeedStore, policy: FetchPolicy, status: int,
        moves: bool) -> None:
    server.serve("/new", simple_rss(2))
    server.redirect("/old", status, "/new")
    store.add_feed(server.url("/old"))
    [outcome] = refresh_feeds(store, policy=policy)
    assert outcome.new_items == 2
    assert (store.feed(server.url("/new")) is not None) is moves
    kept = store.feeds()[0]
    assert kept.url == server.url("/new" if moves else "/old")
    # Article ids do not change when the feed moves: bookmarks keep pointing at them.
    ids = {item.article_id for item in store.items()}
    refresh_feeds(store, policy=policy)
    assert {item.article_id for item in store.items()} == ids


def test_one_failure_never_stops_the_others(server: FeedServer, store: FeedStore,
                                            policy: FetchPolicy) -> None:
    server.status("/broken", 500)
    server.status("/missing", 404)
    server.serve("/good", simple_rss(2))
    server.serve("/page", b"<html><body>no feed</body></html>", content_type="text/html")
    for path in ("/broken", "/missing", "/good", "/page"):
        store.add_feed(server.url(path))
    outcomes = {o.url.rsplit("/", 1)[1]: o for o in refresh_feeds(store, policy=policy)}
    assert outcomes["good"].new_items == 2 and not outcomes["good"].failed
    assert "server error (HTTP 500)" in (outcomes["broken"].error or "")
    assert "not found (HTTP 404)" in (outcomes["missing"].error or "")
    assert "web page" in (outcomes["page"].error or "")
    broken = store.feed(server.url("/broken"))
    assert broken is not None and broken.last_status == "error" and broken.error_count == 1


def test_retry_after_is_honoured(server: FeedServer, store: FeedStore,
                                 policy: FetchPolicy) -> None:
    clock = Clock()
    server.status("/feed", 429, headers={"Retry-After": "3600"})
    store.add_feed(server.url("/feed"))
    [outcome] = refresh_feeds(store, policy=policy, clock=clock)
    assert outcome.failed and outcome.retry_at == clock.now + 3600
    clock.now += 1800  # within the wait: the server is left alone
    [waiting] = refresh_feeds(store, policy=policy, clock=clock)
    assert waiting.status == "waiting" and len(server.requests_to("/feed")) == 1
    clock.now += 1801
    refresh_feeds(store, policy=policy, clock=clock)
    assert len(server.requests_to("/feed")) == 2


def test_500_then_200_with_backoff_between(server: FeedServer, store: FeedStore,
                                           policy: FetchPolicy) -> None:
    clock = Clock()
    server.status("/feed", 500, 500, 200, body=simple_rss(2))
    store.add_feed(server.url("/feed"))
    [first] = refresh_feeds(store, policy=policy, clock=clock)
    assert first.failed and first.retry_at == clock.now + backoff_seconds(1)
    clock.now += backoff_seconds(1) + 1
    [second] = refresh_feeds(store, policy=policy, clock=clock)
    assert second.failed and second.retry_at == clock.now + backoff_seconds(2)
    assert backoff_seconds(2) == 2 * backoff_seconds(1)
    [early] = refresh_feeds(store, policy=policy, clock=clock)
    assert early.status == "waiting"
    [forced] = refresh_feeds(store, policy=policy, clock=clock, force=True)
    assert forced.status == "new items" and forced.new_items == 2
    feed = store.feeds()[0]
    assert feed.error_count == 0 and feed.retry_at is None and feed.last_error is None


def test_a_truncated_feed_is_one_error(server: FeedServer, store: FeedStore,
                                       policy: FetchPolicy) -> None:
    whole = simple_rss(5)
    server.serve("/feed", whole[: len(whole) - 60])  # complete HTTP, cut XML
    store.add_feed(server.url("/feed"))
    [outcome] = refresh_feeds(store, policy=policy)
    assert outcome.failed and "truncated" in (outcome.error or "")
    assert store.item_count() == 0


def test_an_entity_bomb_is_refused_with_memory_bounded(server: FeedServer, store: FeedStore,
                                                       policy: FetchPolicy) -> None:
    levels = "".join(
        f'<!ENTITY e{n} "{"".join(f"&e{n - 1};" for _ in range(10))}">' for n in range(1, 10))
    bomb = (f'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY e0 "laugh">{levels}]>'
            '<rss version="2.0"><channel><title>&e9;</title><item><title>&e9;</title>'
            "</item></channel></rss>").encode()
    server.serve("/feed", bomb)
    store.add_feed(server.url("/feed"))
    tracemalloc.start()
    try:
        [outcome] = refresh_feeds(store, policy=policy)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert outcome.failed and "entities" in (outcome.error or "")
    assert peak < 20 * 1024 * 1024  # 10**9 laughs would be gigabytes
    assert store.item_count() == 0


def test_a_wrong_declared_charset_is_read_and_reported(server: FeedServer, store: FeedStore,
                                                       policy: FetchPolicy) -> None:
    body = ('<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
            "<title>Caf\u00e9 Journal</title><item><guid>1</guid><title>Cr\u00e8me</title>"
            "</item></channel></rss>").encode("cp1252")
    server.serve("/feed", body)
    store.add_feed(server.url("/feed"))
    [outcome] = refresh_feeds(store, policy=policy)
    assert outcome.new_items == 1 and "character set" in (outcome.warning or "")
    assert store.items()[0].title == "Cr\u00e8me"
    assert "character set" in (store.feeds()[0].last_warning or "")


def test_hostile_titles_are_kept_literally_without_escapes(
        server: FeedServer, store: FeedStore, policy: FetchPolicy) -> None:
    body = rss([("[VIDEO] Harbour crane falls", "1", "/1"),
                ("Closing tag [/b] in a headline", "2", "/2"),
                ("Red \x1b[31malert\x1b[0m \x1b]52;c;aGk=\x07title", "3", "/3"),
                ("[@click=app.quit]Quit[/]", "4", "/4")],
               title="[b]Bold[/b] \x1b[2J News")
    server.serve("/feed", body)
    done = subscribe(store, server.url("/feed"), policy=policy)
    assert done.feed.title == "[b]Bold[/b] News"
    titles = {item.title for item in store.items()}
    assert titles == {"[VIDEO] Harbour crane falls", "Closing tag [/b] in a headline",
                      "Red alert title", "[@click=app.quit]Quit[/]"}
    assert all("\x1b" not in item.title + item.text for item in store.items())


def test_dedup_without_guids(server: FeedServer, store: FeedStore,
                             policy: FetchPolicy) -> None:
    by_link = rss([("Linked one", None, "/a"), ("Linked two", None, "/b")])
    by_title = (b'<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>'
                b"<item><title>Untitled wire</title><pubDate>Mon, 30 Nov 2026 09:00:00 GMT"
                b"</pubDate></item><item><title>Untitled wire</title>"
                b"<pubDate>Tue, 01 Dec 2026 09:00:00 GMT</pubDate></item>"
                b"</channel></rss>")
    server.serve("/links", by_link)
    server.serve("/titles", by_title)
    store.add_feed(server.url("/links"))
    store.add_feed(server.url("/titles"))
    refresh_feeds(store, policy=policy)
    refresh_feeds(store, policy=policy, force=True)
    assert store.item_count() == 4
    keys = sorted(item.key for item in store.items())
    assert keys[0].startswith("link:") and keys[-1].startswith("title:Untitled wire|")


def test_read_state_survives_a_refetch(server: FeedServer, store: FeedStore,
                                       policy: FetchPolicy) -> None:
    server.serve("/feed", rss([("First take", "g1", "/1"), ("Other", "g2", "/2")]))
    store.add_feed(server.url("/feed"))
    refresh_feeds(store, policy=policy)
    first = next(item for item in store.items() if item.guid == "g1")
    store.set_read([first.article_id])
    # The item is edited upstream and a new one arrives.
    server.serve("/feed", rss([("First take, corrected", "g1", "/1"), ("Other", "g2", "/2"),
                               ("Fresh", "g3", "/3")]))
    [outcome] = refresh_feeds(store, policy=policy)
    assert outcome.new_items == 1
    again = store.item(first.article_id)
    assert again is not None and again.read and again.title == "First take, corrected"
    assert again.first_seen == first.first_seen
    assert store.feeds()[0].unread_count == 2 and store.item_count() == 3
