"""ReaderApp: thin. Built by the one factory with its Services; reads the first
articles, pushes the main screen, loads the rest in a worker, opens the store, restores
the theme."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from textual import events, work
from textual.app import App
from textual.notifications import SeverityLevel
from textual.theme import Theme
from textual.worker import Worker

from reader import heap, paths
from reader.articles import Article, Batch, FilesSource, Source
from reader.articles.model import search_words_later
from reader.library import AnalysisCache, Library
from reader.ui.commands import bindings_for
from reader.ui.errors import ReportsWorkerFailures
from reader.ui.messages import WriteFailed
from reader.ui.providers import PROVIDERS
from reader.ui.screens.main import FIRST_PAINT_WAIT_SECONDS, MainScreen
from reader.ui.services import Services
from reader.ui.widgets.article_list import ROW_HEIGHT

if TYPE_CHECKING:
    from reader.analysis import Analysis
    from reader.feeds.fetch import FetchPolicy
    from reader.store import Store
    from reader.ui.feed_services import UrlOpener


IDLE_CHECK_SECONDS = 0.5  # how often the app looks for an idle moment to collect garbage


def _nothing() -> None:
    pass


def first_screenful(lines: int) -> int:
    """How many articles the first frame can show on a terminal of `lines` lines (the
    list's rows, with a row to spare): the first batch, read before that frame. Each
    article read costs the first frame a fraction of a millisecond."""
    return max(1, lines // ROW_HEIGHT)


def style_paths() -> list[Path]:
    """Every .tcss file of styles/ (a checkout or the installed wheel), app.tcss first."""
    folder = paths.styles_dir()
    return sorted(folder.glob("*.tcss"), key=lambda p: (p.name != "app.tcss", p.name))


class ReaderApp(ReportsWorkerFailures, App[None]):
    """The terminal news reader."""

    TITLE = "reader"
    BINDINGS = bindings_for("app")
    COMMANDS = App.COMMANDS | PROVIDERS

    def __init__(self, services: Services) -> None:
        # CSS_PATH is resolved against this file's folder, so give absolute paths computed
        # by paths.styles_dir(), which knows the checkout and the wheel layouts.
        self.CSS_PATH = [str(p) for p in style_paths()]  # type: ignore[misc]
        super().__init__()
        self.services = services
        self.main_screen = MainScreen(services)
        self._theme_at_start = self.theme
        # Ends the collector's pause the CLI begins before its imports (run_app); called
        # once the first frame is drawn and the store opened, and again (a no-op) at exit.
        self.resume_collector: Callable[[], None] = _nothing
        self._collections = heap.IdleCollections()
        # post_message is safe from the store thread (call_from_thread would wait on the
        # event loop, which waits on the store thread as the app closes).
        services.on_write_failed = lambda text: self.post_message(WriteFailed(text))

    # Kept for tests and tools: the analyser double and the store, through the services.
    @property
    def analyzer(self) -> Callable[[str], Analysis] | None:
        return self.services.analyzer

    @analyzer.setter
    def analyzer(self, analyzer: Callable[[str], Analysis] | None) -> None:
        self.services.analyzer = analyzer

    @property
    def store(self) -> Store | None:
        return self.services.store

    async def on_event(self, event: events.Event) -> None:
        if isinstance(event, events.InputEvent):
            self._collections.user_active()
        await super().on_event(event)

    def on_write_failed(self, message: WriteFailed) -> None:
        self.notify(f"Not saved: {message.text}", title="Data folder", severity="warning",
                    markup=False, timeout=15)

    def on_mount(self) -> None:
        # Full garbage collections wait for a moment the user is not paging (reader/heap).
        self._collections.start()
        self.set_interval(IDLE_CHECK_SECONDS, self._collections.collect_if_idle)
        services = self.services
        # The first screenful of articles is read here (a few milliseconds), so the first
        # frame already holds rows. The rest is read in the loader worker.
        batches = services.library.read_batches(first=first_screenful(self.size.height))
        with search_words_later():  # the filter's word lists: made by the loader thread
            first = next(batches, None)
        if first is not None:
            services.library.add(first)
        # Pushed once this handler has returned: Compose and Mount run inside Textual's
        # batch_update(), and a screen laid out and drawn in there is drawn for nothing
        # (the batch drops the frame) and then again for the terminal.
        self.call_later(self.push_screen, self.main_screen)
        self._load_rest(batches, first.articles if first is not None else [],
                        more=first is not None)
        # The store, the library database and the saved theme come after the first frame:
        # the store thread waits for it, and this handler returns at once (Compose and
        # Mount run inside Textual's batch_update(): no frame is sent before it returns).
        services.start_opening(after=services.first_paint, wait_seconds=FIRST_PAINT_WAIT_SECONDS)
        self.run_worker(self._open_services(), group="open", exit_on_error=False)

    async def _open_services(self) -> None:
        services = self.services
        opened = await services.open()
        if opened.error is not None:
            self.notify(f"{opened.error}\nBookmarks and notes will not be saved this time.",
                        title="Data folder", severity="error", markup=False, timeout=15)
        for message in opened.messages:
            self.notify(message, title="Data folder", severity="warning", markup=False,
                        timeout=15)
        if self.theme != self._theme_at_start:
            self.services.save_theme(self.theme)  # chosen (ctrl+t) before the store opened
        elif opened.theme is not None and opened.theme in self.available_themes:
            self.theme = opened.theme
        self.theme_changed_signal.subscribe(self, self._theme_changed)
        self.resume_collector()  # the first frame is drawn: collections may run again
        heap.freeze_long_lived(full=True)  # started: collections walk only what comes after

    @work(thread=True, exit_on_error=False, group="load")
    def _load_rest(self, batches: Iterator[Batch], first: list[Article], *,
                   more: bool) -> None:
        library = self.services.library
        if more:
            # Stand aside until the UI thread has painted the first rows.
            self.services.first_paint.wait(FIRST_PAINT_WAIT_SECONDS)
            for article in first:
                article.search_words  # noqa: B018 (made now, here, not on a filter key)
            for batch in batches:
                self.call_from_thread(library.add, batch)
        self.call_from_thread(library.finish)

    def on_worker_failed(self, worker: Worker[object]) -> None:
        if worker.group == "load":
            self.services.library.finish()  # what was read stays; the rest is not coming

    def _theme_changed(self, theme: Theme) -> None:
        self.services.save_theme(theme.name)

    async def action_quit(self) -> None:
        self.main_screen.save_position()
        self.exit()

    def on_unmount(self) -> None:
        self.services.close()
        self.resume_collector()
        self._collections.stop()
        heap.thaw()

    def action_help(self) -> None:
        # Secondary screens are imported when first opened: a lighter start-up.
        from reader.ui.screens.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen.for_screen(self.screen))

    def notify(self, message: str, *, title: str = "", severity: SeverityLevel = "information",
               timeout: float | None = None, markup: bool = True) -> None:
        """Show a toast and keep the message for the messages screen (`M`)."""
        self.services.message_log.add(message, title, severity)
        super().notify(message, title=title, severity=severity, timeout=timeout, markup=markup)

    def action_messages(self) -> None:
        from reader.ui.screens.messages import MessagesScreen

        if isinstance(self.screen, MessagesScreen):
            self.screen.dismiss(None)
        else:
            self.push_screen(MessagesScreen(self.services.message_log))

    def action_bookmarks(self) -> None:
        from reader.ui.screens.bookmarks import BookmarksScreen

        if not isinstance(self.screen, BookmarksScreen):
            self.push_screen(BookmarksScreen(self.services), callback=self.main_screen.open_at)


def make_services(sources: Sequence[str | os.PathLike[str]] | None = None,
                  data_dir: str | os.PathLike[str] | None = None,
                  cache_dir: str | os.PathLike[str] | None = None, *,
                  feeds: FeedOptions | None = None) -> Services:
    """The library and the services: the given files; else the subscribed feeds' stored
    items (opened offline; a refresh follows if `feeds.refresh_on_start`); else the
    bundled seeds."""
    folder = paths.data_dir(data_dir)
    cache = paths.cache_dir(cache_dir)
    source: Source
    show_feeds = False
    if sources:
        source = FilesSource([Path(s) for s in sources])
    else:
        from reader.articles.sources.feeds import FeedsSource, has_feeds

        show_feeds = has_feeds(folder)
        source = FeedsSource(folder) if show_feeds else FilesSource([paths.seeds_dir()])
    library = Library([source], AnalysisCache(folder=cache))
    services = Services(library, folder, cache_dir=cache)
    if show_feeds:
        from reader.ui.feed_services import FeedServices, open_in_browser

        options = feeds or FeedOptions()
        services.feeds = FeedServices(services, policy=options.policy,
                                      open_url=options.open_url or open_in_browser,
                                      refresh_on_start=options.refresh_on_start,
                                      auto_full_text=options.auto_full_text)
    return services


@dataclass(frozen=True, slots=True)
class FeedOptions:
    """How the app treats feeds: refresh at start-up, fetch limits, the link opener."""

    refresh_on_start: bool = True
    # Fetch a summary-only item's page when it is opened (F always fetches on request).
    auto_full_text: bool = True
    policy: FetchPolicy | None = None  # None: the defaults of reader.feeds.fetch
    open_url: UrlOpener | None = None  # None: the web browser (tests pass a stub)

    @classmethod
    def from_cli(cls, *, refresh: bool) -> FeedOptions:
        """`reader` (refresh=True) or `reader --no-refresh`: the latter says "offline", so
        no page is fetched unasked either (F still fetches an item's full text)."""
        return cls(refresh_on_start=refresh, auto_full_text=refresh)


def make_app(sources: Sequence[str | os.PathLike[str]] | None = None,
             data_dir: str | os.PathLike[str] | None = None,
             cache_dir: str | os.PathLike[str] | None = None, *,
             feeds: FeedOptions | None = None) -> ReaderApp:
    """The one factory for the CLI and every test: sources and data folder injected."""
    return ReaderApp(make_services(sources, data_dir, cache_dir, feeds=feeds))


LOG_FILE = "reader.log"
LOG_BYTES = 1_000_000


def log_to_file(folder: Path) -> None:
    """Errors of the running app (worker failures with their tracebacks) go to
    `folder/reader.log`, never to the terminal the app is drawing on."""
    import logging
    from logging.handlers import RotatingFileHandler

    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = RotatingFileHandler(folder / LOG_FILE, maxBytes=LOG_BYTES,
                                                       backupCount=1, encoding="utf-8")
    except OSError:
        handler = logging.NullHandler()  # no log file: the app still shows every error
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logger = logging.getLogger("reader")
    logger.addHandler(handler)
    logger.propagate = False


def run_app(sources: Sequence[str], data_dir: str | None = None, *,
            refresh_on_start: bool = True,
            resume_collector: Callable[[], None] | None = None) -> int:
    """Run the app until the user quits; returns the exit code. `resume_collector` ends
    a pause of the garbage collector (reader.gc_pause) once the app has started."""
    app = make_app(sources, data_dir, feeds=FeedOptions.from_cli(refresh=refresh_on_start))
    if resume_collector is not None:
        app.resume_collector = resume_collector
    if app.services.cache_dir is not None:
        log_to_file(app.services.cache_dir)
    app.run()
    return app.return_code or 0
