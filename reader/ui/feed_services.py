"""The app's road to the feeds: refresh, full text, mark a feed read, open a link.

Network work (fetching, parsing, extracting) runs on a worker thread in its own asyncio
loop; every database write it makes is handed to the services' one store thread (the
`Writer` of reader.feeds.refresh), so the library database keeps one writer. No Textual.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from reader.articles import Article
from reader.feeds.urls import is_fetchable

if TYPE_CHECKING:
    from reader.feeds.fetch import FetchPolicy
    from reader.feeds.refresh import FeedOutcome, FullTextOutcome, Progress
    from reader.feeds.storage import Feed, FeedStore
    from reader.ui.services import Services

UrlOpener = Callable[[str], object]


def open_in_browser(url: str) -> object:
    import webbrowser  # on first use: start-up does not pay for it

    return webbrowser.open(url, new=2)


@dataclass(frozen=True, slots=True)
class Refreshed:
    outcomes: list[FeedOutcome]
    new_articles: list[Article]  # items the library does not hold yet, newest first
    feeds: list[Feed]  # every subscription after the refresh (counts, errors)


class FeedServices:
    """Feeds for the screens; built by the app factory beside the Services."""

    def __init__(self, services: Services, *, policy: FetchPolicy | None = None,
                 open_url: UrlOpener = open_in_browser, refresh_on_start: bool = True,
                 auto_full_text: bool = True) -> None:
        self.services = services
        self.policy = policy
        self.open_url_with = open_url
        self.refresh_on_start = refresh_on_start
        self.auto_full_text = auto_full_text
        self._store: FeedStore | None = None
        self._store_error: str | None = None

    # On the store thread -------------------------------------------------------------

    def _open_store(self) -> FeedStore | None:
        from reader.feeds.storage import FeedStore, FeedStoreError

        if self._store is not None or self._store_error is not None:
            return self._store
        read_state = self.services.read_state
        if read_state is None or read_state.database.path is None:
            self._store_error = "Feeds cannot be refreshed: the library database is not open."
        elif read_state.read_only:
            self._store_error = ("Feeds are not refreshed here: another reader has this data "
                                 "folder open.")
        else:
            try:
                self._store = FeedStore(read_state.database, read_state)
            except FeedStoreError as error:
                self._store_error = str(error)
        return self._store

    async def store(self) -> FeedStore | None:
        await self.services.ready.wait()
        return await self.services.call(self._open_store)

    @property
    def unavailable_reason(self) -> str | None:
        return self._store_error

    async def feeds(self) -> list[Feed]:
        store = await self.store()
        if store is None:
            return []
        return await self.services.call(store.feeds)

    async def _write(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        # Called from the refresh's own loop on a worker thread: the write runs on the
        # store thread and this coroutine waits for it without blocking that loop.
        return await asyncio.wrap_future(self.services.gateway.submit(fn, *args, **kwargs))

    # On a worker thread -------------------------------------------------------------------

    def refresh_blocking(self, store: FeedStore, feeds: Sequence[Feed], known: frozenset[str],
                         progress: Progress | None = None, *, force: bool = False) -> Refreshed:
        """Fetch `feeds` (blocking: call it on a worker thread); new items as articles."""
        from reader.articles.sources.feeds import item_article
        from reader.feeds.refresh import refresh_feeds_async

        outcomes = asyncio.run(refresh_feeds_async(store, feeds, policy=self.policy,
                                                   progress=progress, force=force,
                                                   write=self._write))

        def collect() -> tuple[list[Article], list[Feed]]:
            self._prune(store)
            ids = [o.feed_id for o in outcomes if o.new_items]
            new = [item_article(item) for item in store.iter_items(feed_ids=ids)
                   if item.article_id not in known] if ids else []
            return new, store.feeds()

        new, all_feeds = self.services.gateway.submit(collect).result()
        return Refreshed(outcomes, new, all_feeds)

    def _prune(self, store: FeedStore) -> None:
        """Retention after a refresh (store thread): bookmarked and noted items stay."""
        from reader.feeds.storage import RetentionPolicy

        records = self.services.store
        if records is None:
            # Without the store (it failed to open) which items are bookmarked or noted
            # is unknown: delete nothing rather than a kept item.
            return
        protected = {b.article_id for b in records.bookmarks()}
        protected |= {n.article_id for n in records.notes() if n.article_id}
        store.prune(RetentionPolicy(), protected)

    def wants_full_text(self, store: FeedStore, article_id: str) -> bool:
        """Whether the item's feed policy asks for its page (store thread)."""
        from reader.feeds.fulltext import wants_full_text

        item = store.item(article_id)
        feed = store.feed_by_id(item.feed_id) if item is not None else None
        return item is not None and feed is not None and wants_full_text(item, feed.full_text)

    def full_text_blocking(self, store: FeedStore, article_id: str) -> tuple[FullTextOutcome,
                                                                             Article | None]:
        """Fetch and extract one item's page (blocking); the outcome and the new article."""
        from reader.articles.sources.feeds import item_article
        from reader.feeds.refresh import FullTextOutcome, fetch_full_texts

        item = self.services.gateway.submit(store.item, article_id).result()
        if item is None:
            return FullTextOutcome(article_id, None, "the item is no longer stored"), None
        [outcome] = fetch_full_texts(store, [item], policy=self.policy, write=self._write)
        if outcome.text is None:
            return outcome, None
        updated = self.services.gateway.submit(store.item, article_id).result()
        return outcome, item_article(updated) if updated is not None else None

    # Anywhere ---------------------------------------------------------------------------

    def open_url(self, url: str | None) -> str | None:
        """Open `url` in the browser; a message when it is not an http(s) link."""
        if not url or not is_fetchable(url):
            return "This article has no web link to open (only http and https links open)."
        try:
            self.open_url_with(url)
        except Exception as error:  # webbrowser raises what its backends raise
            return f"The browser could not be started: {error}"
        return None
