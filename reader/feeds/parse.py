"""Parsing a fetched body into a `ParsedFeed`: RSS 0.9x/1.0/2.0 and Atom with feedparser,
JSON Feed with our own code.

Before feedparser sees a document we refuse any that declares XML entities in its
DOCTYPE: that is how entity-expansion bombs ("billion laughs") work, and feeds have no
honest use for them. feedparser is given the bytes as a stream, never as bytes or str:
given bytes or a str it would try them as a file name or a URL and read that instead.
"""

from __future__ import annotations

import calendar
import datetime as dt
import io
import re
import time
from typing import Any

from reader.articles.html_text import html_line, html_to_text
from reader.articles.sanitise import sanitise_line, sanitise_text
from reader.feeds.jsonfeed import JsonFeedError, looks_like_json, parse_json_feed
from reader.feeds.model import ParsedFeed, ParsedItem, item_key
from reader.feeds.urls import is_fetchable, resolve

# A feed larger than this many items is cut here: memory and time stay bounded.
MAX_ITEMS_PER_FEED = 1000

_DOCTYPE = re.compile(rb"<!DOCTYPE", re.IGNORECASE)
_ENTITY_DECLARATION = re.compile(rb"<!ENTITY", re.IGNORECASE)
_HTML_START = re.compile(rb"^\s*(?:<!--.*?-->\s*)*(?:<!DOCTYPE\s+html|<html)",
                         re.IGNORECASE | re.DOTALL)
_JSON_TYPES = ("application/feed+json", "application/json")
# expat's words for a document that ends too early.
_TRUNCATION_MESSAGES = ("no element found", "unclosed token", "unclosed CDATA section")


class FeedParseError(ValueError):
    """A body that is not a usable feed; the message is for the user."""


def _as_ascii_view(body: bytes) -> bytes:
    # UTF-16 and UTF-32 documents hide "<!ENTITY" between NUL bytes: look at them decoded.
    for bom, codec in ((b"\xff\xfe\x00\x00", "utf-32"), (b"\x00\x00\xfe\xff", "utf-32"),
                       (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
        if body.startswith(bom):
            return body.decode(codec, "replace").encode("ascii", "replace")
    if body[:4] in (b"<\x00?\x00", b"\x00<\x00?"):
        return body.decode("utf-16-le" if body[0] else "utf-16-be", "replace").encode(
            "ascii", "replace")
    return body


def declares_entities(body: bytes) -> bool:
    """True when the document's DOCTYPE declares entities (refused: expansion bombs)."""
    view = _as_ascii_view(body)
    doctype = _DOCTYPE.search(view)
    if doctype is None:
        return False
    # The internal subset runs to the first "]>" after the DOCTYPE; an unterminated one
    # runs to the end, which is as suspicious.
    end = view.find(b"]>", doctype.end())
    subset = view[doctype.end(): end if end >= 0 else len(view)]
    return _ENTITY_DECLARATION.search(subset) is not None


def looks_like_html(body: bytes, content_type: str = "") -> bool:
    """A web page rather than a feed (decided on the media type and the first bytes)."""
    if content_type in ("text/html", "application/xhtml+xml"):
        return True
    return _HTML_START.match(_as_ascii_view(body[:4096])) is not None


def parse_feed(body: bytes, feed_url: str, content_type: str = "",
               charset: str | None = None, max_items: int = MAX_ITEMS_PER_FEED) -> ParsedFeed:
    """The feed in `body` (links resolved against `feed_url`); FeedParseError if unusable."""
    if not body.strip():
        raise FeedParseError("the server sent an empty answer")
    if content_type in _JSON_TYPES or looks_like_json(body):
        try:
            return parse_json_feed(body, feed_url, max_items)
        except JsonFeedError as error:
            raise FeedParseError(str(error)) from None
    if b"\x00" in body[:1024] and not body.startswith((b"\xff\xfe", b"\xfe\xff")) \
            and body[:4] not in (b"<\x00?\x00", b"\x00<\x00?"):
        raise FeedParseError("not a feed: the answer is binary data")
    if declares_entities(body):
        raise FeedParseError("refused: the feed declares XML entities (an entity-expansion "
                             "attack, or a feed no reader should parse)")
    return _parse_with_feedparser(body, feed_url, content_type, charset, max_items)


def _parse_with_feedparser(body: bytes, feed_url: str, content_type: str,
                           charset: str | None, max_items: int) -> ParsedFeed:
    import feedparser  # imported when a feed is parsed: start-up does not pay for it

    headers = {"content-location": feed_url}
    if content_type:
        headers["content-type"] = content_type + (f"; charset={charset}" if charset else "")
    result = feedparser.parse(io.BytesIO(body), response_headers=headers,
                              sanitize_html=False, resolve_relative_uris=False)
    error = result.get("bozo_exception")
    version = result.get("version") or ""
    if not version:
        if looks_like_html(body, content_type):
            raise FeedParseError("not a feed: the server sent a web page")
        detail = f" ({_describe(error)})" if error is not None else ""
        raise FeedParseError(f"not a feed: no RSS or Atom found{detail}")
    message = _describe(error) if error is not None else ""
    if any(message.startswith(words) for words in _TRUNCATION_MESSAGES):
        raise FeedParseError(f"the feed is truncated: it ends before its last element "
                             f"({message})")
    warning = None
    if type(error).__name__ == "CharacterEncodingOverride":
        warning = f"wrong declared character set: {message}"
    feed = result.get("feed", {})
    items = _items(result.get("entries", [])[:max_items], feed_url)
    site = feed.get("link")
    site_url = resolve(feed_url, site) if isinstance(site, str) else None
    return ParsedFeed(format=version, title=_title(feed), site_url=site_url, items=items,
                      warning=warning)


def _describe(error: object) -> str:
    getter = getattr(error, "getMessage", None)
    if callable(getter):
        return str(getter())
    return str(error)


def _title(entry: Any) -> str:
    value = entry.get("title")
    if not isinstance(value, str) or not value:
        return ""
    kind = (entry.get("title_detail") or {}).get("type", "")
    return html_line(value) if "html" in kind else sanitise_line(value)


def _body(entry: Any) -> tuple[str, bool]:
    for part in entry.get("content") or []:
        value = part.get("value")
        if isinstance(value, str) and value.strip():
            kind = part.get("type", "")
            text = html_to_text(value) if "html" in kind else sanitise_text(value).strip()
            if text:
                return text, True
    summary = entry.get("summary")
    if isinstance(summary, str) and summary.strip():
        kind = (entry.get("summary_detail") or {}).get("type", "text/html")
        text = html_to_text(summary) if "html" in kind else sanitise_text(summary).strip()
        return text, False
    return "", False


def _date(entry: Any) -> dt.datetime | None:
    for name in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(name)
        if isinstance(value, time.struct_time):
            try:
                return dt.datetime.fromtimestamp(calendar.timegm(value), dt.UTC)
            except (OverflowError, ValueError, OSError):
                continue
    return None


def _items(entries: list[Any], feed_url: str) -> list[ParsedItem]:
    items: list[ParsedItem] = []
    seen: set[str] = set()
    for entry in entries:
        guid = entry.get("id")
        guid = guid.strip() if isinstance(guid, str) and guid.strip() else None
        link = entry.get("link")
        url = resolve(feed_url, link) if isinstance(link, str) else None
        if url is not None and not is_fetchable(url):
            url = None
        title = _title(entry)
        text, has_content = _body(entry)
        published = _date(entry)
        author = entry.get("author")
        author = sanitise_line(author) if isinstance(author, str) and author.strip() else None
        key = item_key(guid, url, title, published, text)
        if key in seen:  # the same item twice in one document: keep the first
            continue
        seen.add(key)
        items.append(ParsedItem(key=key, guid=guid, url=url, title=title, author=author,
                                published=published, text=text, has_content=has_content))
    return items
