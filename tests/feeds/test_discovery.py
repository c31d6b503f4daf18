"""Finding feed links in a page."""

from __future__ import annotations

from reader.feeds.discovery import discover_feeds


def test_alternate_links_of_feed_types_in_order() -> None:
    html = """<html><head><base href="https://site.example/news/">
    <link rel="alternate" type="application/atom+xml" href="atom.xml">
    <link rel="ALTERNATE" type="application/rss+xml; charset=utf-8" href="/rss">
    <link rel="alternate" type="text/html" href="/fr/">
    <link rel="stylesheet" type="application/rss+xml" href="/not-alternate">
    <link rel="alternate" type="application/feed+json" href="https://site.example/feed.json">
    <link rel="alternate" type="application/rss+xml" href="javascript:alert(1)">
    <link rel="alternate" type="application/rss+xml" href="atom.xml">
    </head><body><link rel="alternate" type="application/rss+xml" href="/late"></body></html>"""
    assert discover_feeds(html, "https://site.example/news/today") == [
        "https://site.example/news/atom.xml", "https://site.example/rss",
        "https://site.example/feed.json"]


def test_no_links_no_feeds() -> None:
    assert discover_feeds("<html><head><title>x</title></head></html>", "http://a.example/") == []
    assert discover_feeds("", "http://a.example/") == []
