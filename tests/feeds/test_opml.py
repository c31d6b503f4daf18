"""OPML import and export, and the round trip as a property."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.articles.sanitise import sanitise_line
from reader.feeds.opml import OpmlError, export_opml, import_opml, parse_opml
from reader.feeds.storage import FeedStore
from reader.library.database import Database

NESTED = b"""<?xml version="1.0" encoding="UTF-8"?>
<opml version="1.0">
  <head><title>Mine</title></head>
  <body>
    <outline text="News">
      <outline text="Local">
        <outline type="rss" text="Valley Courier" xmlUrl="https://courier.example/rss"
                 htmlUrl="https://courier.example/"/>
      </outline>
      <outline type="rss" text="Wire" title="Wire Service" xmlUrl="https://wire.example/atom"/>
    </outline>
    <outline title="Tech">
      <outline type="rss" text="Wire" xmlUrl="https://wire.example/atom"/>
    </outline>
    <outline type="rss" text="Loose" xmlUrl="http://loose.example/feed"/>
    <outline type="rss" text="Bad scheme" xmlUrl="ftp://old.example/feed"/>
    <outline text="Empty folder"/>
  </body>
</opml>"""


@pytest.fixture
def fresh_store(tmp_path: Path) -> Iterator[FeedStore]:
    database = Database.open(tmp_path)
    yield FeedStore(database)
    database.close()


def test_nested_outlines_become_tags() -> None:
    feeds, skipped = parse_opml(NESTED)
    by_url = {feed.url: feed for feed in feeds}
    assert set(by_url) == {"https://courier.example/rss", "https://wire.example/atom",
                           "http://loose.example/feed"}
    assert by_url["https://courier.example/rss"].tags == ("Local", "News")
    assert by_url["https://courier.example/rss"].site_url == "https://courier.example/"
    # Met in two folders: one feed with both tags; the title attribute wins over text.
    assert by_url["https://wire.example/atom"].tags == ("News", "Tech")
    assert by_url["https://wire.example/atom"].title == "Wire Service"
    assert by_url["http://loose.example/feed"].tags == ()
    assert len(skipped) == 1 and "ftp" in skipped[0]


def test_import_twice_adds_nothing(fresh_store: FeedStore) -> None:
    first = import_opml(fresh_store, NESTED)
    assert len(first.added) == 3 and first.already == []
    second = import_opml(fresh_store, NESTED)
    assert second.added == [] and len(second.already) == 3
    assert len(fresh_store.feeds()) == 3


def test_import_keeps_an_existing_subscription_and_adds_tags(fresh_store: FeedStore) -> None:
    fresh_store.add_feed("https://wire.example/atom", title="My wire", tags=["mine"])
    report = import_opml(fresh_store, NESTED)
    assert report.already == ["https://wire.example/atom"]
    wire = fresh_store.feed("https://wire.example/atom")
    assert wire is not None and wire.title == "My wire"
    assert wire.tags == ("News", "Tech", "mine")


@pytest.mark.parametrize(("data", "words"), [
    (b"<opml><body>", "not valid XML"),
    (b"<rss version='2.0'/>", "not OPML"),
    (b"<opml version='2.0'><head/></opml>", "no <body>"),
    (b'<?xml version="1.0"?><!DOCTYPE opml [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;">]>'
     b"<opml><body><outline text='&b;'/></body></opml>", "entities"),
])
def test_bad_files_are_refused(data: bytes, words: str) -> None:
    with pytest.raises(OpmlError, match=words):
        parse_opml(data)


def test_export_is_opml_2_with_tag_folders(fresh_store: FeedStore) -> None:
    fresh_store.add_feed("https://a.example/rss", title="Alpha & Co <1>", tags=["News"])
    fresh_store.add_feed("https://b.example/rss", tags=[])
    data = export_opml(fresh_store.feeds())
    assert data.startswith(b"<?xml version='1.0' encoding='UTF-8'?>")
    assert b'<opml version="2.0">' in data and b"<dateCreated>" in data
    assert b'<outline text="News" title="News">' in data
    assert b'text="Alpha &amp; Co &lt;1&gt;"' in data
    assert b'xmlUrl="https://b.example/rss"' in data


# Titles and tags as the store holds them: sanitised single lines (tags non-empty).
_line = st.text(st.characters(codec="utf-8"), max_size=20).map(sanitise_line)
_tag = _line.filter(bool)
_host = st.from_regex(r"[a-z]{1,8}\.example", fullmatch=True)
_path = st.from_regex(r"/[a-z0-9]{0,6}(\?x=[0-9]{1,3})?", fullmatch=True)
_feed = st.tuples(st.sampled_from(["http", "https"]), _host, _path, _line,
                  st.frozensets(_tag, max_size=3))


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(feeds=st.lists(_feed, max_size=8, unique_by=lambda f: (f[0], f[1], f[2])))
def test_export_then_import_gives_the_same_subscriptions(
        feeds: list[tuple[str, str, str, str, frozenset[str]]]) -> None:
    source = FeedStore(Database.in_memory())
    target = FeedStore(Database.in_memory())
    try:
        for scheme, host, path, title, tags in feeds:
            source.add_feed(f"{scheme}://{host}{path}", title=title, tags=tags)
        import_opml(target, export_opml(source.feeds()))

        def view(store: FeedStore) -> set[tuple[str, str, tuple[str, ...]]]:
            return {(feed.url, feed.title, feed.tags) for feed in store.feeds()}
        assert view(target) == view(source)
    finally:
        source.database.close()
        target.database.close()
