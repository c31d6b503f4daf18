"""Services: the one road from the screens to the store, the library database and the
library. Built by the app factory and handed to each screen in its constructor.

- `library`: the articles (reader.library.Library), read on the UI thread.
- Every store and database call runs on ONE thread (StoreGateway), in order: `call`
  waits for its answer, `submit` queues a write. Opening the store is the first call
  queued (`start_opening`, from the app's on_mount, after the first frame): calls made
  before it is open wait for it (`ready`), and writes queued meanwhile (a scroll
  position, a read mark) run behind it and find the store then, so none is lost.
- The calls the screens need (open an article, toggle a bookmark, write a note, list
  bookmarks, export) are methods here, built on the store-thread functions of
  reader/ui/session.py. That module is imported by the methods that use it, when first
  called: its result types cost some milliseconds to build, and nothing of it is
  needed before the first frame.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable
from concurrent.futures import Future
from pathlib import Path
from typing import TYPE_CHECKING, Any, ParamSpec, TypeVar

from reader.articles import Article
from reader.library import AnalysisCache, Library, LibraryChange
from reader.library.legacy_ids import LegacyIds
from reader.ui.folders import FolderOpener, open_in_file_manager
from reader.ui.message_log import MessageLog
from reader.ui.store_gateway import StoreGateway

if TYPE_CHECKING:
    from reader.analysis import Analysis, Quote
    from reader.library import ReadState
    from reader.library.saved_searches import SavedSearch
    from reader.store import ExportFormat, Note, NoteTarget, Record, Store
    from reader.ui import session
    from reader.ui.bookmark_entries import Entry
    from reader.ui.feed_services import FeedServices
    from reader.ui.search import SearchService

P = ParamSpec("P")
R = TypeVar("R")
Analyzer = Callable[[str], "Analysis"]


class Services:
    """Everything a screen may ask for besides its own widgets."""

    def __init__(self, library: Library, data_dir: Path, *,
                 cache_dir: Path | None = None) -> None:
        self.library = library
        self.data_dir = data_dir
        self.cache_dir = cache_dir
        self.gateway = StoreGateway()
        self.store: Store | None = None
        self.read_state: ReadState | None = None
        self.ready = asyncio.Event()  # set once opening the store succeeded or failed
        # The first rows are on screen: the loader thread and the store thread wait for
        # it, so they do not compete with the first paint for the interpreter lock.
        self.first_paint = threading.Event()
        self._opening: Future[session.Opened] | None = None
        self._analyzer: Analyzer | None = None
        self._legacy = LegacyIds(())
        self._unsubscribe_legacy: Callable[[], None] = lambda: None
        self._tasks: set[asyncio.Task[None]] = set()
        self.feeds: FeedServices | None = None  # set by the factory when feeds are shown
        self._search: SearchService | None = None
        self.message_log = MessageLog()  # every notification of the session
        self.open_folder_with: FolderOpener = open_in_file_manager  # tests inject a double
        # Called on the store thread with the message of a queued write that failed.
        self.on_write_failed: Callable[[str], object] | None = None
        self._last_write_failure: str | None = None

    # The analyser --------------------------------------------------------------------

    @property
    def analyzer(self) -> Analyzer | None:
        """None: the real analyser (with the cache on disk). Tests set a double."""
        return self._analyzer

    @analyzer.setter
    def analyzer(self, analyzer: Analyzer | None) -> None:
        self._analyzer = analyzer
        self.library.analyses = AnalysisCache(analyzer=analyzer, folder=self.cache_dir)

    def analyse(self, article: Article) -> Analysis:
        """The analysis of `article` (blocking: call it on a worker thread)."""
        return self.library.analyses.get(article)

    @property
    def search(self) -> SearchService:
        """The cross-article index (reader/ui/search.py): written by the main screen's
        index worker, read by searches and the people screens, all on worker threads.
        Made on first use: the index and the analyser's linking are not imported before
        the first screen."""
        if self._search is None:
            from reader.ui.search import SearchService

            self._search = SearchService(self.cache_dir, self.data_dir, self.analyse)
        return self._search

    # The store thread ----------------------------------------------------------------

    def start_opening(self, after: threading.Event | None = None,
                      wait_seconds: float = 1.0) -> None:
        """Queue the opening of the store and the library database on the store thread,
        ahead of every other store call. With `after`, the thread first waits (at most
        `wait_seconds`) for that event: the first frame, whose paint it would otherwise
        slow down (threads share one interpreter lock; the store's imports and reads are
        not free)."""
        if self._opening is None:
            self._opening = self.gateway.submit(self._open_on_store_thread, after,
                                                wait_seconds)

    def _open_on_store_thread(self, after: threading.Event | None,
                              wait_seconds: float) -> session.Opened:
        if after is not None:
            after.wait(wait_seconds)
        from reader.ui import session  # on this thread, after the first frame

        try:
            opened = session.open_for_app(self.data_dir)
        except Exception as exc:  # an OS error or a bug must not leave the screens waiting
            opened = session.Opened(None, [], f"The data folder could not be opened: {exc}")
        # Set here, on the store thread, so the writes queued behind this call use them.
        self.store = opened.store
        self.read_state = opened.read_state
        return opened

    async def open(self) -> session.Opened:
        """Open the store and the library database on the store thread (or wait for the
        opening `start_opening` queued); `ready` is set once it succeeded or failed."""
        self.start_opening()
        assert self._opening is not None
        try:
            opened = await asyncio.wrap_future(self._opening)
        except Exception as exc:
            from reader.ui import session

            opened = session.Opened(None, [], f"The data folder could not be opened: {exc}")
        self.store = opened.store
        self.read_state = opened.read_state
        try:
            await self._start_id_migration()
        except Exception as exc:  # StoreError, OSError: the records stay as they were
            opened.messages.append(f"Bookmarks saved under old article ids could not be "
                                   f"moved to the new ones: {exc}")
        self.ready.set()
        return opened

    async def _start_id_migration(self) -> None:
        """Records saved under the old ids (slug and hash) move to the articles' new ids as
        their articles load: those loaded already now, before anything reads them."""
        from reader.ui import session

        legacy = LegacyIds(await self.gateway.call(session.legacy_ids, self.store,
                                                   self.read_state))
        if not legacy:
            return
        self._legacy = legacy
        renames = legacy.renames_for(self.library.articles())
        if renames:
            await self.gateway.call(session.rename_articles, self.store, self.read_state,
                                    renames)
        if legacy:
            self._unsubscribe_legacy = self.library.subscribe(self._migrate_added)

    def _migrate_added(self, change: LibraryChange) -> None:
        renames = self._legacy.renames_for(change.added) if change.added else {}
        if renames:
            task = asyncio.get_running_loop().create_task(self._rename(renames))
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)
        if not self._legacy:
            self._unsubscribe_legacy()

    async def _rename(self, renames: dict[str, str]) -> None:
        from reader.ui import session

        renamed = await self.gateway.call(session.rename_articles, self.store,
                                          self.read_state, renames)
        for article_id in renamed.read:
            self.library.mark_read(article_id)
        for article_id in renamed.starred:
            self.library.mark_starred(article_id)

    async def call(self, fn: Callable[P, R], /, *args: P.args, **kwargs: P.kwargs) -> R:
        """Run `fn` on the store thread once the store is open; its answer."""
        await self.ready.wait()
        return await self.gateway.call(fn, *args, **kwargs)

    def submit(self, fn: Callable[P, R], /, *args: P.args, **kwargs: P.kwargs) -> None:
        """Queue `fn` on the store thread without waiting (writes). Its failure (a full
        disk) is logged and handed to `on_write_failed`, once while it repeats: positions
        and read marks saved in the background must not fail in silence."""
        self.gateway.submit(fn, *args, **kwargs).add_done_callback(self._queued_write_done)

    def _queued_write_done(self, future: Future[Any]) -> None:
        error = None if future.cancelled() else future.exception()
        if error is None:
            return
        import logging

        logging.getLogger("reader").error("a queued write failed", exc_info=error)
        self.report_write_failure(str(error) or type(error).__name__)

    def report_write_failure(self, message: str) -> None:
        """Say that a write failed, unless it is the one said last (a full disk fails
        every write: once is enough). Any thread."""
        if message != self._last_write_failure and self.on_write_failed is not None:
            self.on_write_failed(message)
        self._last_write_failure = message

    def close(self) -> None:
        """Every queued write reaches the disk, then the store's lock is released."""
        self.first_paint.set()  # an opening still waiting for the first frame goes ahead

        def close_all() -> None:
            # Read here, on the store thread: the store may have been opened just before.
            if self.read_state is not None:
                self.read_state.database.close()
            if self.store is not None:
                self.store.close()

        self.gateway.close(final=close_all)
        if self._search is not None:
            self._search.close()
        from reader import analysis_process

        analysis_process.analyze.stop_running()  # quitting never waits for an analysis

    @property
    def unwritable_reason(self) -> str | None:
        """Why nothing can be saved now, or None when the store is writable."""
        if self.store is None:
            return "Nothing can be saved: the data folder could not be opened."
        if self.store.read_only:
            return self.store.read_only_reason or "Read-only: this data folder cannot be saved."
        return None

    async def take_over(self) -> str | None:
        """Opened read-only because another reader had the store, and that one has quit:
        take the store over. The message to show, or None (nothing changed)."""
        await self.ready.wait()
        from reader.ui import session

        store = self.store
        if store is None or not store.read_only:
            return None
        taken = await self.gateway.call(session.take_over, store, self.read_state)
        if taken is None:
            return None
        self.read_state = taken.read_state
        return taken.message

    # What the screens ask --------------------------------------------------------------

    async def startup_state(self) -> session.StartupState:
        await self.ready.wait()
        from reader.ui import session

        return await self.call(session.startup_state, self.store, self.read_state)

    async def noted_article_ids(self) -> frozenset[str]:
        """The articles with a note (on them or on one of their quotes), read fresh."""
        await self.ready.wait()
        from reader.ui import session

        return await self.call(session.noted_article_ids, self.store)

    async def noted_entity_ids(self) -> frozenset[str]:
        """The entities with a note (their library ids, or older article-local ones)."""
        await self.ready.wait()
        from reader.ui import session

        return await self.call(session.noted_entity_ids, self.store)

    async def open_article(self, article: Article) -> session.ArticleState:
        """Mark `article` read (library and database) and last opened; its saved state."""
        self.library.mark_read(article.id)
        await self.ready.wait()
        from reader.ui import session

        return await self.call(session.open_article, self.store, self.read_state, article)

    # The writes below read the store when they run on the store thread, not when they
    # are queued: one queued before the store was open finds it then.

    def save_position(self, article_id: str, offset: int) -> None:
        def save() -> None:
            from reader.ui import session

            session.save_position(self.store, article_id, offset)

        self.submit(save)

    def set_read(self, article_ids: list[str], read: bool) -> None:
        """Mark articles read or unread, in the library now and in the database queued."""
        for article_id in article_ids:
            self.library.mark_read(article_id, read)
        if article_ids:
            self.submit(self._set_read_on_store_thread, list(article_ids), read)

    def _set_read_on_store_thread(self, article_ids: list[str], read: bool) -> None:
        if self.read_state is not None:
            self.read_state.set_read_many(article_ids, read)

    async def save_setting(self, name: str, value: str) -> None:
        await self.ready.wait()
        from reader.ui import session

        self.submit(session.save_setting, self.store, name, value)

    async def saved_setting(self, name: str) -> str | None:
        from reader.ui import session

        return await self.call(session.saved_setting, self.store, name)

    def save_theme(self, theme: str) -> None:
        def save() -> None:
            from reader.ui import session

            session.save_theme(self.store, theme)

        self.submit(save)

    async def toggle_bookmark(self, article: Article, quote: Quote | None,
                              speaker: tuple[str | None, str] | None,
                              ) -> session.BookmarkResult:
        from reader.ui import session

        store = await self._writable()
        return await self.call(session.toggle_bookmark, store, article, quote, speaker)

    async def keep_passage(self, article: Article, start: int, end: int) -> session.Kept:
        """Keep Article.text[start:end] as a highlight (raises StoreError)."""
        from reader.ui import session

        store = await self._writable()
        return await self.call(session.keep_passage, store, article, start, end)

    async def note_for(self, target: NoteTarget) -> Note | None:
        from reader.ui import session

        return await self.call(session.note_for, await self._writable(), target)

    async def write_note(self, target: NoteTarget, text: str) -> str:
        from reader.ui import session

        return await self.call(session.write_note, await self._writable(), target, text)

    async def set_note(self, target: NoteTarget, text: str) -> Note:
        store = await self._writable()
        return await self.call(store.set_note, target, text)

    async def delete_note(self, note_id: str) -> Note | None:
        store = await self._writable()
        return await self.call(store.delete_note, note_id)

    async def delete(self, record_id: str) -> Record | None:
        store = await self._writable()
        return await self.call(store.delete, record_id)

    async def restore(self, record: Record) -> None:
        store = await self._writable()
        await self.call(store.restore, record)

    async def bookmark_entries(self) -> list[Entry]:
        """Every bookmark and note as a row of the bookmarks screen."""
        from reader.ui.bookmark_entries import collect_entries

        await self.ready.wait()
        store = self.store
        if store is None:
            return []
        return await self.call(collect_entries, store, self.library.get)

    async def export(self, fmt: ExportFormat, path: Path) -> Path:
        """Write the export file; returns the path written (raises StoreError, OSError)."""
        from reader.store import write_export

        await self.ready.wait()
        if self.store is None:
            raise session_error("Nothing to export: the data folder could not be opened.")
        read_ids = self.library.read_ids if fmt == "json" else frozenset()
        # The data folder's own exports/ is made on first use; a folder typed that does
        # not exist is refused (a typo must not make a tree of folders).
        return await self.call(write_export, self.store, fmt, path, read_ids,
                               make_folders=path.parent == self.exports_dir)

    async def saved_searches(self) -> list[SavedSearch]:
        from reader.ui.search import load_saved_searches

        await self.ready.wait()
        return await self.call(load_saved_searches, self.read_state)

    async def save_search(self, name: str, query: str) -> bool:
        from reader.ui.search import store_saved_search

        await self.ready.wait()
        return await self.call(store_saved_search, self.read_state, name, query)

    async def delete_search(self, name: str) -> bool:
        from reader.ui.search import remove_saved_search

        await self.ready.wait()
        return await self.call(remove_saved_search, self.read_state, name)

    @property
    def exports_dir(self) -> Path:
        return self.data_dir / "exports"

    async def _writable(self) -> Store:
        await self.ready.wait()
        reason = self.unwritable_reason
        if reason is not None:
            raise session_error(reason)
        assert self.store is not None
        return self.store


def session_error(message: str) -> Exception:
    """A StoreError with `message` (imported late: reader.store is not needed at start)."""
    from reader.store import StoreError

    return StoreError(message)
