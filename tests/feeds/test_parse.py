"""Parsing each feed format from fixtures made here, and the refusals."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from reader.feeds.parse import FeedParseError, declares_entities, parse_feed

DATA = Path(__file__).parent / "data"


def parse(name: str, url: str, content_type: str = "") -> object:
    return parse_feed((DATA / name).read_bytes(), url, content_type)


def test_rss_091() -> None:
    feed = parse_feed((DATA / "rss091.xml").read_bytes(), "http://lantern.example/rss.xml")
    assert feed.format == "rss091u" or feed.format.startswith("rss09")
    assert feed.title == "Lantern Valley Weekly" and feed.site_url == "http://lantern.example/"
    ferry, library = feed.items
    assert ferry.title == "Ferry timetable changes"
    assert ferry.text == "The morning ferry will leave at seven from Monday."
    assert not ferry.has_content and ferry.guid is None and ferry.key == "link:" + ferry.url
    assert library.url == "http://lantern.example/library"  # relative link resolved


def test_rss_10() -> None:
    feed = parse_feed((DATA / "rss10.rdf").read_bytes(), "http://orchard.example/rss")
    assert feed.format == "rss10" and feed.title == "Orchard Bulletin"
    [item] = feed.items
    assert item.author == "Mira Okonkwo-Hale"
    assert item.published == dt.datetime(2026, 9, 14, 8, 30, tzinfo=dt.UTC)
    assert item.url == "http://orchard.example/apples"


def test_rss_20_content_becomes_paragraphs_without_scripts_or_navigation() -> None:
    feed = parse_feed((DATA / "rss20.xml").read_bytes(), "https://ledger.example/feed")
    assert feed.format == "rss20"
    bridge, snow = feed.items
    assert bridge.guid == "ledger-4411" and bridge.key == "guid:ledger-4411"
    assert bridge.has_content and bridge.author == "Tomas Ferreira-Lind"
    assert bridge.text == ("The council voted nine to two on Monday to build the bridge.\n\n"
                           "\u201cThis connects the two halves of the town,\u201d said the "
                           "mayor, Ines Varga.")
    assert bridge.published == dt.datetime(2026, 11, 30, 13, 5, tzinfo=dt.UTC)
    assert snow.url == "https://ledger.example/2026/12/snow"
    assert snow.text == "Ten centimetres by evening." and not snow.has_content


def test_atom() -> None:
    feed = parse_feed((DATA / "atom.xml").read_bytes(), "https://quill.example/blog/atom.xml")
    assert feed.format == "atom10"
    assert feed.title == "Quill & Ink" and feed.site_url == "https://quill.example/"
    press, tags = feed.items
    assert press.url == "https://quill.example/blog/posts/press"  # xml:base applied
    assert press.guid == "urn:uuid:quill-press" and press.author == "Aiko Brennan"
    assert press.text == ("The museum's press runs again.\n\n"
                          '"It hums like it did in 1890," the curator said.')
    assert press.published == dt.datetime(2026, 11, 28, 9, 15, tzinfo=dt.UTC)
    assert tags.title == "Plain <tags> stay"  # type="text": not read as markup
    assert tags.text == "Text summary, not HTML."


def test_json_feed_11() -> None:
    feed = parse_feed((DATA / "jsonfeed11.json").read_bytes(), "https://tide.example/feed.json",
                      "application/feed+json")
    assert feed.format == "json1.1" and feed.title == "Tidewater Notes"
    assert feed.site_url == "https://tide.example/"
    dredging, welcome, untitled = feed.items
    assert dredging.url == "https://tide.example/posts/2" and dredging.author == "Lena Marsh"
    assert dredging.text == ("Dredgers arrived on Sunday.\n\n"
                             "\u201cWe expect three weeks,\u201d a spokeswoman said.")
    assert dredging.published == dt.datetime(2026, 11, 30, 5, 0, tzinfo=dt.UTC)
    assert welcome.guid == "1" and welcome.author == "Tidewater staff"
    assert welcome.text == "First post.\n\nSecond paragraph."
    assert untitled.title == "" and untitled.text == "A summary without a title"
    assert not untitled.has_content


@pytest.mark.parametrize(("body", "words"), [
    (b'{"version": "https://jsonfeed.org/version/1.1"}', "items"),
    (b'{"title": "x", "items": []}', "version"),
    (b"[1, 2]", "not an object"),
    (b"{" * 100000, "not valid JSON"),
])
def test_json_feed_refusals(body: bytes, words: str) -> None:
    with pytest.raises(FeedParseError, match=words):
        parse_feed(body, "https://tide.example/feed.json", "application/feed+json")


def test_json_feed_escapes_are_removed_and_brackets_kept() -> None:
    body = json.dumps({"version": "https://jsonfeed.org/version/1.1", "title": "[VIDEO] T",
                       "items": [{"id": "1", "title": "A \x1b[31mred[/b]\x1b[0m one",
                                  "content_text": "Body \x1b]8;;http://x.test\x07link\u202e"}]})
    feed = parse_feed(body.encode(), "https://x.example/f.json")
    assert feed.title == "[VIDEO] T"
    assert feed.items[0].title == "A red[/b] one"
    assert feed.items[0].text == "Body link"


@pytest.mark.parametrize(("body", "words"), [
    (b"", "empty"),
    (b"<html><head><title>x</title></head><body>hello</body></html>", "web page"),
    (b"\x00\x01\x02binary\x00", "binary"),
    (b"just some words", "not a feed"),
])
def test_not_feeds(body: bytes, words: str) -> None:
    with pytest.raises(FeedParseError, match=words):
        parse_feed(body, "http://x.example/feed")


def test_entity_declarations_are_found_in_any_encoding() -> None:
    plain = b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "x">]><r>&a;</r>'
    assert declares_entities(plain)
    assert declares_entities(b"\xff\xfe" + plain.decode().encode("utf-16-le"))
    assert declares_entities(plain.decode().encode("utf-16-be"))
    # A DOCTYPE without an internal subset, or a mention in the text, is fine.
    assert not declares_entities(b'<!DOCTYPE rss PUBLIC "x" "y"><rss/>')
    assert not declares_entities(b"<rss><title>About &lt;!ENTITY</title></rss>")


def test_duplicate_items_in_one_document_count_once() -> None:
    body = (b'<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>'
            b"<item><guid>same</guid><title>A</title></item>"
            b"<item><guid>same</guid><title>B</title></item></channel></rss>")
    feed = parse_feed(body, "http://x.example/feed")
    assert [item.title for item in feed.items] == ["A"]


def test_items_are_capped() -> None:
    items = "".join(f"<item><guid>{n}</guid><title>n{n}</title></item>" for n in range(50))
    body = f'<rss version="2.0"><channel><title>T</title>{items}</channel></rss>'.encode()
    assert len(parse_feed(body, "http://x.example/f", max_items=10).items) == 10


def test_links_that_are_not_http_are_dropped() -> None:
    body = (b'<rss version="2.0"><channel><title>T</title>'
            b"<item><guid>1</guid><title>A</title><link>javascript:alert(1)</link></item>"
            b"</channel></rss>")
    assert parse_feed(body, "http://x.example/f").items[0].url is None
