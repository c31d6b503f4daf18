"""Finding the feeds a web page announces: <link rel="alternate" type="...rss+xml" href>."""

from __future__ import annotations

from html.parser import HTMLParser

from reader.feeds.urls import is_fetchable, resolve

FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/feed+json",
              "application/rdf+xml")


class _LinkCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.base: str | None = None
        self.feeds: list[str] = []
        self.done = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.done:
            return
        values = {name.lower(): (value or "") for name, value in attrs}
        if tag == "base" and self.base is None and values.get("href"):
            self.base = values["href"]
        elif tag == "link":
            rels = values.get("rel", "").lower().split()
            kind = values.get("type", "").lower().split(";")[0].strip()
            if "alternate" in rels and kind in FEED_TYPES and values.get("href"):
                self.feeds.append(values["href"])
        elif tag == "body":
            self.done = True  # feed links live in the head


def discover_feeds(html: str, page_url: str) -> list[str]:
    """The feed URLs `html` announces, absolute, http(s) only, in page order, no repeats."""
    collector = _LinkCollector()
    try:
        # Feed links are in the head: parse in slices and stop at <body>.
        for start in range(0, len(html), 16384):
            collector.feed(html[start:start + 16384])
            if collector.done:
                break
        collector.close()
    except (AssertionError, ValueError):
        pass
    base = resolve(page_url, collector.base) or page_url
    found: list[str] = []
    for href in collector.feeds:
        url = resolve(base, href)
        if url and is_fetchable(url) and url not in found:
            found.append(url)
    return found
