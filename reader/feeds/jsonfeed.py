"""JSON Feed 1.0 and 1.1 (https://www.jsonfeed.org/version/1.1/), parsed here: it is small."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from reader.articles.html_text import html_to_text
from reader.articles.sanitise import sanitise_line, sanitise_text
from reader.feeds.model import ParsedFeed, ParsedItem, item_key
from reader.feeds.urls import is_fetchable, resolve

VERSION_PREFIX = "https://jsonfeed.org/version/"


class JsonFeedError(ValueError):
    """Not a JSON Feed; the message is for the user."""


def looks_like_json(body: bytes) -> bool:
    return body.lstrip(b"\xef\xbb\xbf \t\r\n")[:1] == b"{"


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) and value.strip() else None


def _date(value: Any) -> dt.datetime | None:
    if not isinstance(value, str):
        return None
    try:
        when = dt.datetime.fromisoformat(value.strip())
    except ValueError:
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    return when.astimezone(dt.UTC)


def _author(entry: dict[str, Any], feed: dict[str, Any]) -> str | None:
    for source in (entry, feed):
        authors = source.get("authors")
        if isinstance(authors, list):
            names = [sanitise_line(a["name"]) for a in authors
                     if isinstance(a, dict) and _text(a.get("name"))]
            if names:
                return ", ".join(names)
        author = source.get("author")  # version 1.0
        if isinstance(author, dict) and _text(author.get("name")):
            return sanitise_line(author["name"])
    return None


def parse_json_feed(body: bytes, feed_url: str, max_items: int) -> ParsedFeed:
    """The feed in `body`, links resolved against `feed_url`; JsonFeedError if it is not one."""
    try:
        data = json.loads(body.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError, RecursionError) as error:
        raise JsonFeedError(f"not valid JSON ({type(error).__name__})") from None
    if not isinstance(data, dict):
        raise JsonFeedError("not a JSON Feed (the document is not an object)")
    version = data.get("version")
    if not isinstance(version, str) or not version.startswith(VERSION_PREFIX):
        raise JsonFeedError("not a JSON Feed (no jsonfeed.org version)")
    raw_items = data.get("items")
    if not isinstance(raw_items, list):
        raise JsonFeedError("a JSON Feed without an items list")
    home = _text(data.get("home_page_url"))
    site_url = resolve(feed_url, home) if home else None
    items: list[ParsedItem] = []
    seen: set[str] = set()
    for entry in raw_items[:max_items]:
        if not isinstance(entry, dict):
            continue
        guid_value = entry.get("id")
        guid = str(guid_value).strip() if isinstance(guid_value, (str, int)) else None
        url = resolve(feed_url, _text(entry.get("url")) or _text(entry.get("external_url")))
        if url is not None and not is_fetchable(url):
            url = None
        title = sanitise_line(entry["title"]) if _text(entry.get("title")) else ""
        if _text(entry.get("content_html")):
            text, has_content = html_to_text(entry["content_html"]), True
        elif _text(entry.get("content_text")):
            text, has_content = sanitise_text(entry["content_text"]).strip(), True
        elif _text(entry.get("summary")):
            text, has_content = sanitise_text(entry["summary"]).strip(), False
        else:
            text, has_content = "", False
        published = _date(entry.get("date_published")) or _date(entry.get("date_modified"))
        key = item_key(guid or None, url, title, published, text)
        if key in seen:
            continue
        seen.add(key)
        items.append(ParsedItem(key=key, guid=guid or None, url=url, title=title,
                                author=_author(entry, data), published=published, text=text,
                                has_content=has_content))
    version_name = "json" + version[len(VERSION_PREFIX):]
    title = sanitise_line(data["title"]) if _text(data.get("title")) else ""
    return ParsedFeed(format=version_name, title=title, site_url=site_url, items=items)
