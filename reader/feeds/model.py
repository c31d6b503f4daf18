"""What a parsed feed holds, before it is stored: plain, sanitised text only."""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class ParsedItem:
    key: str  # what deduplicates the item within its feed: guid, else link, else title+date
    guid: str | None
    url: str | None
    title: str
    author: str | None
    published: dt.datetime | None  # UTC
    text: str  # the item's content (or summary) as plain text, sanitised
    has_content: bool  # the feed gave full content, not only a summary


@dataclass(frozen=True, slots=True)
class ParsedFeed:
    format: str  # "rss20", "atom10", "json1.1", ... (feedparser's names, ours for JSON)
    title: str
    site_url: str | None
    items: list[ParsedItem] = field(default_factory=list)
    warning: str | None = None  # a recoverable problem worth telling (a wrong charset)


def item_key(guid: str | None, url: str | None, title: str,
             published: dt.datetime | None, text: str) -> str:
    """The deduplication key: (feed, guid), else the link, else title and date."""
    if guid:
        return "guid:" + guid
    if url:
        return "link:" + url
    if title or published:
        return "title:" + title + "|" + (published.isoformat() if published else "")
    return "text:" + hashlib.sha1(text.encode("utf-8", "replace")).hexdigest()[:20]
