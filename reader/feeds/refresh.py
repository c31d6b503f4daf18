"""Refreshing feeds: fetch them all under the caps, parse, store, report per feed.

Fetches run concurrently in one asyncio loop (the `Fetcher` holds the caps); parsing
runs in a worker thread so a big document does not stall the other fetches' timers;
every database write happens on the loop's thread, one feed at a time, so the database
has one writer. A feed's failure is recorded on that feed, with a time before which it
is not fetched again (the server's Retry-After, else a backoff that doubles with each
failure in a row); the other feeds go on.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import Any, Literal, TypeVar

from reader.feeds.fetch import Fetcher, FetchError, FetchPolicy, FetchResult, Validators
from reader.feeds.fulltext import FullTextError, fetch_full_text, wants_full_text
from reader.feeds.model import ParsedFeed
from reader.feeds.parse import FeedParseError, parse_feed
from reader.feeds.storage import Feed, FeedStore, FeedStoreError, StoredItem

BACKOFF_FIRST_SECONDS = 60.0
BACKOFF_MAX_SECONDS = 6 * 3600.0
OutcomeStatus = Literal["new items", "no change", "not modified", "error", "waiting"]


@dataclass(frozen=True, slots=True)
class FeedOutcome:
    feed_id: int
    url: str  # after the fetch: a 301/308 moves it
    title: str
    status: OutcomeStatus
    new_items: int = 0
    error: str | None = None
    warning: str | None = None
    retry_at: float | None = None
    moved_from: str | None = None

    @property
    def failed(self) -> bool:
        return self.status == "error"


Progress = Callable[[FeedOutcome, int, int], None]  # (outcome, done so far, total)
T = TypeVar("T")
# Runs one database write and gives its answer. The default runs it at once, on the
# loop's thread (the CLI); the app hands it to its one database thread.
Writer = Callable[..., Awaitable[Any]]


async def write_here(fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    return fn(*args, **kwargs)


def backoff_seconds(failures_in_a_row: int) -> float:
    """How long to leave a feed alone after its n-th failure in a row: 1, 2, 4 ... min, capped."""
    exponent = min(max(failures_in_a_row - 1, 0), 20)
    return min(BACKOFF_FIRST_SECONDS * float(2**exponent), BACKOFF_MAX_SECONDS)


def _parse(result: FetchResult) -> ParsedFeed:
    return parse_feed(result.body, result.final_url, result.content_type, result.charset)


async def refresh_feed(store: FeedStore, fetcher: Fetcher, feed: Feed, *,
                       clock: Callable[[], float] = time.time, force: bool = False,
                       write: Writer = write_here) -> FeedOutcome:
    """Fetch, parse and store one feed; never raises for that feed's own failures."""
    now = clock()
    if not force and feed.retry_at is not None and feed.retry_at > now:
        return FeedOutcome(feed.id, feed.url, feed.name, "waiting", retry_at=feed.retry_at,
                           error=feed.last_error)
    try:
        result = await fetcher.fetch(feed.url, Validators(feed.etag, feed.last_modified))
        if result.not_modified:
            await write(store.record_not_modified, feed.id, url=result.permanent_url,
                        etag=result.validators.etag,
                        last_modified=result.validators.last_modified, now=clock())
            return FeedOutcome(feed.id, result.permanent_url, feed.name, "not modified",
                               moved_from=_moved(feed, result))
        parsed = await asyncio.to_thread(_parse, result)
        new = await write(store.record_items, feed.id, parsed, url=result.permanent_url,
                          etag=result.validators.etag,
                          last_modified=result.validators.last_modified, now=clock())
        return FeedOutcome(feed.id, result.permanent_url, parsed.title or feed.name,
                           "new items" if new else "no change", new_items=new,
                           warning=parsed.warning, moved_from=_moved(feed, result))
    except (FetchError, FeedParseError, FeedStoreError) as error:
        message = error.message if isinstance(error, FetchError) else str(error)
        retry_after = error.retry_after if isinstance(error, FetchError) else None
    except Exception as error:  # one feed's surprise must not stop the others
        message, retry_after = f"unexpected error: {type(error).__name__}: {error}", None
    now = clock()
    wait = max(retry_after or 0.0, backoff_seconds(feed.error_count + 1))
    try:
        await write(store.record_error, feed.id, message, retry_at=now + wait, now=now)
    except Exception as error:  # the database itself failed: still report the feed
        message += f" (and it could not be recorded: {error})"
    return FeedOutcome(feed.id, feed.url, feed.name, "error", error=message, retry_at=now + wait)


def _moved(feed: Feed, result: FetchResult) -> str | None:
    return feed.url if result.permanent_url != feed.url else None


async def refresh_feeds_async(store: FeedStore, feeds: Sequence[Feed], *,
                              policy: FetchPolicy | None = None,
                              progress: Progress | None = None,
                              clock: Callable[[], float] = time.time,
                              force: bool = False,
                              write: Writer = write_here) -> list[FeedOutcome]:
    """Refresh `feeds` concurrently; outcomes in the order of `feeds`."""
    outcomes: dict[int, FeedOutcome] = {}
    async with Fetcher(policy) as fetcher:
        async def one(feed: Feed) -> None:
            outcome = await refresh_feed(store, fetcher, feed, clock=clock, force=force,
                                         write=write)
            outcomes[feed.id] = outcome
            if progress is not None:
                progress(outcome, len(outcomes), len(feeds))

        await asyncio.gather(*(one(feed) for feed in feeds))
    return [outcomes[feed.id] for feed in feeds]


def refresh_feeds(store: FeedStore, feeds: Sequence[Feed] | None = None, *,
                  policy: FetchPolicy | None = None, progress: Progress | None = None,
                  clock: Callable[[], float] = time.time, force: bool = False,
                  write: Writer = write_here) -> list[FeedOutcome]:
    """Refresh `feeds` (default: every subscription) and wait for all of them."""
    chosen = store.feeds() if feeds is None else list(feeds)
    return asyncio.run(refresh_feeds_async(store, chosen, policy=policy, progress=progress,
                                           clock=clock, force=force, write=write))


@dataclass(frozen=True, slots=True)
class FullTextOutcome:
    article_id: str
    text: str | None  # the extracted text, cached on the item
    error: str | None  # why there is none; the item keeps its summary


async def _full_text(store: FeedStore, fetcher: Fetcher, item: StoredItem,
                     write: Writer = write_here) -> FullTextOutcome:
    if not item.url:
        outcome = FullTextOutcome(item.article_id, None, "the item has no link to fetch")
    else:
        try:
            text = await fetch_full_text(fetcher, item.url)
            outcome = FullTextOutcome(item.article_id, text, None)
        except FullTextError as error:
            outcome = FullTextOutcome(item.article_id, None, str(error))
    await write(store.set_full_text, item.article_id, outcome.text, outcome.error)
    return outcome


def fetch_full_texts(store: FeedStore, items: Sequence[StoredItem], *,
                     policy: FetchPolicy | None = None,
                     write: Writer = write_here) -> list[FullTextOutcome]:
    """Fetch and extract each item's page (under the caps) and cache the text on the item.

    When extraction fails the item keeps its summary and the outcome says why.
    """
    async def run() -> list[FullTextOutcome]:
        async with Fetcher(policy) as fetcher:
            return list(await asyncio.gather(*(_full_text(store, fetcher, item, write)
                                               for item in items)))
    return asyncio.run(run())


def items_wanting_full_text(store: FeedStore, feed: Feed) -> list[StoredItem]:
    return [item for item in store.items(feed.url) if wants_full_text(item, feed.full_text)]
