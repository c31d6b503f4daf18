"""The main screen's feed side: the feed list, refresh (on start and on keys), mark a feed
read, full text of an item, open an item's link. A mixin of MainScreen, so that screen
keeps one selection and one article list; everything here is inactive without feeds.

New items arrive with `Library.add` and are appended to the article list: rows are never
inserted above the cursor, so neither the highlighted row nor the scroll position moves.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING, Any

from textual import work

from reader.articles import Article, Batch
from reader.ui.messages import FeedChosen, FeedEditRequested

if TYPE_CHECKING:
    from reader.feeds.refresh import FeedOutcome
    from reader.feeds.storage import Feed
    from reader.library import Library, LibraryChange
    from reader.ui.feed_services import FeedServices
    from reader.ui.services import Services
    from reader.ui.widgets.feed_list import FeedList, FeedRow

MAX_ERRORS_SHOWN = 3
FEED_ACTIONS = frozenset({"refresh_all", "refresh_feed", "mark_feed_read", "full_text"})
# Disabled keys that say why when pressed, rather than doing nothing (those off the footer,
# and R, which a files-only footer leaves out): the feed keys without feeds, and the link
# and folder keys on an article that has none (their actions say why).
EXPLAINED_ACTIONS = FEED_ACTIONS | {"open_link", "open_folder"}


def feed_row(feed: Feed) -> FeedRow:
    from reader.ui.widgets.feed_list import FeedRow

    return FeedRow(feed.url, feed.name, feed.tags, feed.last_error)


class FeedCommands:
    """Mixed into MainScreen (which provides query_one, notify, run_worker, ...)."""

    services: Services
    _feed_urls: set[str] | None = None  # the feeds chosen in the feed list; None: all
    _refreshing: bool = False

    if TYPE_CHECKING:
        article_id: str | None
        app: Any

        @property
        def library(self) -> Library: ...
        @property
        def article(self) -> Article | None: ...

        def query_one(self, selector: Any, expect_type: Any = None) -> Any: ...
        def notify(self, message: str, **kwargs: Any) -> None: ...
        def open_article(self, article_id: str, *,
                         span: tuple[int, int] | None = None) -> None: ...
        _filter: str

        def refresh_bindings(self) -> None: ...
        def action_open_folder(self) -> None: ...
        @property
        def active_bindings(self) -> dict[str, Any]: ...
        _bindings: Any
        def apply_filter(self, query: str, *, force: bool = False) -> None: ...

    @property
    def feeds(self) -> FeedServices | None:
        return self.services.feeds

    def _feed_list(self) -> FeedList:
        # Imported here: the feed list is there only with feeds, and a files-only start
        # need not pay for its module.
        from reader.ui.widgets.feed_list import FeedList

        return self.query_one(FeedList)  # type: ignore[no-any-return]

    @property
    def shows_feeds(self) -> bool:
        """Whether the feed keys can work (the help screen leaves them out otherwise)."""
        return self.feeds is not None

    def why_no_feeds(self) -> str:
        from reader.articles.sources.feeds import has_feeds

        if has_feeds(self.services.data_dir):
            return ("Feeds are not shown while reader reads files: start `reader` without "
                    "paths to read your feeds.")
        return ("No feeds yet: subscribe with `reader feeds add URL`, then start `reader` "
                "without paths to read them.")

    def explain_disabled_key(self, key: str) -> bool:
        """When `key` is bound here to a command that cannot work now (and nothing else
        takes the key), say why; True when it was explained."""
        bound = [b for b in self._bindings.key_to_bindings.get(key, ())
                 if b.action in EXPLAINED_ACTIONS]
        if not bound or key in self.active_bindings:
            return False
        action = bound[0].action
        if action in FEED_ACTIONS:
            self.notify(self.why_no_feeds(), markup=False)
        elif action == "open_link":
            self.action_open_link()
        else:
            self.action_open_folder()
        return True

    def feeds_mounted(self) -> None:
        """Called once the screen is mounted: the feed rows, then a refresh if configured."""
        if self.feeds is not None:
            self._load_feed_rows(refresh=self.feeds.refresh_on_start)

    @work(group="feed-rows", exit_on_error=False)
    async def _load_feed_rows(self, *, refresh: bool) -> None:
        assert self.feeds is not None
        feeds = await self.feeds.feeds()
        self._feed_list().set_feeds(feed_row(feed) for feed in feeds)
        self.update_feed_counts()
        if refresh and feeds:
            self.start_refresh(None)

    # The article list shows the chosen feeds' items only -------------------------------

    def feed_visible(self, articles: list[Article]) -> list[Article]:
        """The articles of the feeds chosen in the feed list (all when none is)."""
        if self._feed_urls is None:
            return articles
        return [a for a in articles if a.feed in self._feed_urls]

    # A handler by name, not @on: `on` decorators register only on Textual classes,
    # and this is a plain mixin.
    def on_feed_chosen(self, event: FeedChosen) -> None:
        self._feed_urls = self._feed_list().urls_for(event.choice)
        self.apply_filter(self._filter, force=True)
        self.query_one("#article-list").focus()

    def on_feed_edit_requested(self, event: FeedEditRequested) -> None:
        self._edit_feed(event.url)

    @work(group="feed-edit", exit_on_error=False)
    async def _edit_feed(self, url: str) -> None:
        from reader.ui.screens.feed_editor import FeedEditor

        feeds_service = self.feeds
        assert feeds_service is not None
        store = await feeds_service.store()
        if store is None:
            self.notify(feeds_service.unavailable_reason or "Feeds cannot be changed now.",
                        severity="warning", markup=False)
            return
        feed = await self.services.call(store.feed, url)
        if feed is None:
            return
        edit = await self.app.push_screen_wait(FeedEditor(feed.url, feed.title, feed.tags))
        if edit is None:
            return

        def save() -> list[Feed]:
            store.rename(url, edit.name or None)
            store.set_tags(url, edit.tags)
            return store.feeds()

        feeds = await self.services.call(save)
        self._feed_list().set_feeds(feed_row(f) for f in feeds)
        self.update_feed_counts()
        self.notify("Feed saved.")

    def feeds_library_changed(self, change: LibraryChange) -> None:
        if self.feeds is None:
            return
        # Counted once loading is over, not per batch: 10,000 items arrive in batches
        # while the first rows are being painted.
        if (change.finished or change.read or change.removed
                or (change.added and not self.library.loading)):
            self.update_feed_counts()
        if self.article_id is not None and any(a.id == self.article_id for a in change.changed):
            self.open_article(self.article_id)  # its full text arrived

    def update_feed_counts(self) -> None:
        read = self.library.read_ids
        counts = Counter(a.feed for a in self.library if a.feed and a.id not in read)
        self._feed_list().set_unread({url: n for url, n in counts.items() if url})

    # Refresh ------------------------------------------------------------------------------

    def _current_feed(self) -> str | None:
        """The feed `r` and `A` act on: the open article's, else the one chosen in the list."""
        article = self.article
        if article is not None and article.feed:
            return article.feed
        if self._feed_urls is not None and len(self._feed_urls) == 1:
            return next(iter(self._feed_urls))
        return None

    def action_refresh_all(self) -> None:
        self.start_refresh(None)

    def action_refresh_feed(self) -> None:
        url = self._current_feed()
        if url is None:
            self.notify("Open an item, or choose a feed, to refresh its feed.")
            return
        self.start_refresh({url}, force=True)

    def start_refresh(self, urls: set[str] | None, *, force: bool = False) -> None:
        if self.feeds is None:
            return
        if self._refreshing:
            self.notify("A refresh is already running.")
            return
        self._refreshing = True
        self._refresh(urls, force=force)

    @work(group="feed-refresh", exit_on_error=False)
    async def _refresh(self, urls: set[str] | None, *, force: bool) -> None:
        try:
            await self._run_refresh(urls, force=force)
        finally:
            self._refreshing = False

    async def _run_refresh(self, urls: set[str] | None, *, force: bool) -> None:
        feeds_service = self.feeds
        assert feeds_service is not None
        store = await feeds_service.store()
        if store is None:
            self.notify(feeds_service.unavailable_reason or "Feeds cannot be refreshed.",
                        severity="warning", markup=False)
            return
        feeds = await self.services.call(store.feeds)
        chosen = [f for f in feeds if urls is None or f.url in urls]
        if not chosen:
            return
        feed_list = self._feed_list()
        feed_list.set_refreshing([f.url for f in chosen])
        known = frozenset(a.id for a in self.library)
        app = self.app

        def progress(outcome: FeedOutcome, done: int, total: int) -> None:
            app.call_from_thread(self._feed_done, outcome, done, total)

        worker = app.run_worker(
            lambda: feeds_service.refresh_blocking(store, chosen, known, progress, force=force),
            thread=True, group="feed-fetch", exit_on_error=False)
        await worker.wait()
        refreshed = worker.result
        if refreshed is None:  # the worker failed: say so, leave the rows as they were
            feed_list.set_feeds(feed_row(f) for f in feeds)
            self.notify(f"The refresh stopped: {worker.error}", severity="error", markup=False)
            return
        feed_list.set_feeds(feed_row(f) for f in refreshed.feeds)
        if refreshed.new_articles:
            self.library.add(Batch(articles=refreshed.new_articles))
        self.update_feed_counts()
        self._report(refreshed.outcomes, len(refreshed.new_articles))

    def _feed_done(self, outcome: FeedOutcome, done: int, total: int) -> None:
        feed_list = self._feed_list()
        moved = outcome.url if outcome.moved_from else None
        feed_list.set_status(outcome.moved_from or outcome.url,
                             outcome.error if outcome.failed else None, new_url=moved)
        feed_list.border_subtitle = f"refreshing {done}/{total}" if done < total else ""

    def _report(self, outcomes: list[FeedOutcome], new: int) -> None:
        failed = [o for o in outcomes if o.failed]
        message = f"{len(outcomes)} feeds refreshed, {new} new items"
        if failed:
            shown = [f"{o.title or o.url}: {o.error}" for o in failed[:MAX_ERRORS_SHOWN]]
            if len(failed) > len(shown):
                shown.append(f"…and {len(failed) - len(shown)} more")
            self.notify(message + ", " + f"{len(failed)} failed:\n" + "\n".join(shown),
                        title="Feeds", severity="warning", markup=False, timeout=10)
        else:
            self.notify(message, title="Feeds", markup=False)

    # Mark a feed read -----------------------------------------------------------------------

    async def action_mark_feed_read(self) -> None:
        url = self._current_feed()
        if url is None or self.feeds is None:
            self.notify("Open an item, or choose a feed, to mark its feed read.")
            return
        ids = [a.id for a in self.library if a.feed == url and not self.library.is_read(a.id)]
        for article_id in ids:
            self.library.mark_read(article_id)
        read_state = self.services.read_state
        if read_state is not None:
            self.services.submit(read_state.set_read_many, ids, True)
        self.update_feed_counts()
        self.notify(f"{len(ids)} items marked read.", markup=False)

    # Full text and the browser ------------------------------------------------------------

    def feeds_article_opened(self, article: Article) -> None:
        """An item whose feed gives only a summary gets its full text, per the feed's
        policy (always / when short / never), once: a failure is remembered. Not when
        the app was started offline (`--no-refresh`): then only F fetches."""
        if (self.feeds is not None and self.feeds.auto_full_text
                and article.feed is not None and article.url):
            self._auto_full_text(article.id)

    @work(group="auto-full-text", exit_on_error=False)
    async def _auto_full_text(self, article_id: str) -> None:
        feeds_service = self.feeds
        assert feeds_service is not None
        store = await feeds_service.store()
        if store is None:
            return
        if await self.services.call(feeds_service.wants_full_text, store, article_id):
            self._full_text(article_id)

    def action_full_text(self) -> None:
        article = self.article
        if article is None or article.feed is None or self.feeds is None:
            self.notify("Full text is for feed items.")
            return
        self.notify("Fetching the full text…")
        self._full_text(article.id)

    @work(group="full-text", exit_on_error=False)
    async def _full_text(self, article_id: str) -> None:
        feeds_service = self.feeds
        assert feeds_service is not None
        store = await feeds_service.store()
        if store is None:
            self.notify(feeds_service.unavailable_reason or "Feeds are not available.",
                        severity="warning", markup=False)
            return
        worker = self.app.run_worker(
            lambda: feeds_service.full_text_blocking(store, article_id),
            thread=True, group="full-text-fetch", exit_on_error=False)
        await worker.wait()
        if worker.result is None:
            self.notify(f"Full text failed: {worker.error}", severity="error", markup=False)
            return
        outcome, article = worker.result
        if article is None:
            self.notify(f"No full text ({outcome.error}); the feed's summary stays.",
                        severity="warning", markup=False)
            return
        self.library.replace([article])
        self.notify("Full text fetched.")

    def action_open_link(self) -> None:
        article = self.article
        if self.feeds is None:
            from reader.ui.feed_services import FeedServices

            problem = FeedServices(self.services).open_url(article.url if article else None)
        else:
            problem = self.feeds.open_url(article.url if article else None)
        if problem is not None:
            self.notify(problem, severity="warning", markup=False)
