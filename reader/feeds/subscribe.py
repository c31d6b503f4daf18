"""Subscribing: the URL of a feed, or of a page announcing one, fetched at once.

Nothing is stored unless a feed was fetched and parsed: a typo or a dead site gives a
message, not a subscription that fails for ever.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterable
from dataclasses import dataclass

from reader.feeds.discovery import discover_feeds
from reader.feeds.fetch import Fetcher, FetchError, FetchPolicy, FetchResult
from reader.feeds.model import ParsedFeed
from reader.feeds.pages import decode_page
from reader.feeds.parse import FeedParseError, looks_like_html, parse_feed
from reader.feeds.storage import Feed, FeedStore
from reader.feeds.urls import FeedUrlError, check_url


class SubscribeError(Exception):
    """A URL that gave no feed; the message is for the user."""


@dataclass(frozen=True, slots=True)
class Subscription:
    feed: Feed
    added: bool  # False: it was already subscribed (its tags were added to)
    new_items: int
    discovered_on: str | None  # the page that announced the feed, when one did


async def _fetch_feed(fetcher: Fetcher, url: str) -> tuple[FetchResult, ParsedFeed | None,
                                                           FeedParseError | None]:
    try:
        result = await fetcher.fetch(url)
    except FetchError as error:
        raise SubscribeError(f"{url}: {error.message}") from None
    try:
        return result, parse_feed(result.body, result.final_url, result.content_type,
                                  result.charset), None
    except FeedParseError as error:
        return result, None, error


async def subscribe_async(store: FeedStore, url: str, tags: Iterable[str] = (), *,
                          policy: FetchPolicy | None = None) -> Subscription:
    try:
        url = check_url(url)
    except FeedUrlError as error:
        raise SubscribeError(str(error)) from None
    discovered_on = None
    async with Fetcher(policy) as fetcher:
        result, parsed, problem = await _fetch_feed(fetcher, url)
        if parsed is None and looks_like_html(result.body, result.content_type):
            links = discover_feeds(decode_page(result.body, result.charset), result.final_url)
            if not links:
                raise SubscribeError(f"{url}: a web page that announces no feed "
                                     "(no <link rel=\"alternate\"> to RSS, Atom or JSON Feed)")
            discovered_on = result.final_url
            result, parsed, problem = await _fetch_feed(fetcher, links[0])
        if parsed is None:
            raise SubscribeError(f"{result.requested_url}: {problem}")
    feed, added = store.add_feed(result.permanent_url, title=parsed.title,
                                 site_url=parsed.site_url, tags=tags)
    new = store.record_items(feed.id, parsed, url=result.permanent_url,
                             etag=result.validators.etag,
                             last_modified=result.validators.last_modified)
    refreshed = store.feed_by_id(feed.id)
    assert refreshed is not None
    return Subscription(refreshed, added, new, discovered_on)


def subscribe(store: FeedStore, url: str, tags: Iterable[str] = (), *,
              policy: FetchPolicy | None = None) -> Subscription:
    """Fetch `url` (a feed, or a page announcing one) and subscribe to the feed found."""
    return asyncio.run(subscribe_async(store, url, tags, policy=policy))
