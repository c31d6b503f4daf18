"""ReaderApp: thin. Built by the one factory; opens the store, restores the theme, loads
styles, pushes the main screen."""

from __future__ import annotations

import asyncio
import os
from collections.abc import Callable, Sequence
from contextlib import suppress
from pathlib import Path
from typing import TYPE_CHECKING

from textual.app import App
from textual.theme import Theme

from reader import paths
from reader.analysis_process import AppAnalyzer
from reader.ui import session
from reader.ui.commands import bindings_for
from reader.ui.providers import PROVIDERS
from reader.ui.screens.main import FIRST_PAINT_WAIT_SECONDS, MainScreen
from reader.ui.store_gateway import StoreGateway

if TYPE_CHECKING:
    from reader.analysis import Analysis
    from reader.store import Store


def style_paths() -> list[Path]:
    """Every .tcss file of styles/ (a checkout or the installed wheel), app.tcss first."""
    folder = paths.styles_dir()
    return sorted(folder.glob("*.tcss"), key=lambda p: (p.name != "app.tcss", p.name))


class ReaderApp(App[None]):
    """The terminal news reader."""

    TITLE = "reader"
    BINDINGS = bindings_for("app")
    COMMANDS = App.COMMANDS | PROVIDERS

    def __init__(self, sources: Sequence[Path], data_dir: Path) -> None:
        # CSS_PATH is resolved against this file's folder, so give absolute paths computed
        # by paths.styles_dir(), which knows the checkout and the wheel layouts.
        self.CSS_PATH = [str(p) for p in style_paths()]  # type: ignore[misc]
        super().__init__()
        self.sources = list(sources)
        self.data_dir = data_dir
        # Swappable so UI tests can pin what the panes show; the CLI never changes it.
        self.analyzer: Callable[[str], Analysis] = AppAnalyzer()
        self.gateway = StoreGateway()
        self.store: Store | None = None
        self.store_ready = asyncio.Event()  # set once opening the store succeeded or failed
        self.main_screen = MainScreen()

    async def on_mount(self) -> None:
        # The list first: the store opens on its thread while the main screen is drawn
        # (store calls wait for `store_ready`).
        self.push_screen(self.main_screen)
        # Python threads share one interpreter lock: let the first rows be painted before
        # the store thread (imports, file reads) competes for it.
        with suppress(asyncio.TimeoutError):
            await asyncio.wait_for(self.main_screen.first_rows_shown.wait(),
                                   FIRST_PAINT_WAIT_SECONDS)
        try:
            opened = await self.gateway.call(session.open_for_app, self.data_dir)
        except Exception as exc:  # an OS error or a bug must not leave the screens waiting
            opened = session.Opened(None, [], f"The data folder could not be opened: {exc}")
        self.store = opened.store
        self.store_ready.set()
        if opened.error is not None:
            self.notify(f"{opened.error}\nBookmarks and notes will not be saved this time.",
                        title="Data folder", severity="error", markup=False, timeout=15)
        for message in opened.messages:
            self.notify(message, title="Data folder", severity="warning", markup=False,
                        timeout=15)
        if opened.theme is not None and opened.theme in self.available_themes:
            self.theme = opened.theme
        self.theme_changed_signal.subscribe(self, self._theme_changed)

    def _theme_changed(self, theme: Theme) -> None:
        self.gateway.submit(session.save_theme, self.store, theme.name)

    async def action_quit(self) -> None:
        self.main_screen.save_position()
        self.exit()

    def on_unmount(self) -> None:
        if isinstance(self.analyzer, AppAnalyzer):
            self.analyzer.close()  # a large article's analysis must not hold up quitting
        # Every queued write reaches the disk before the lock is released.
        store = self.store
        self.gateway.close(final=store.close if store is not None else None)

    def action_help(self) -> None:
        # Secondary screens are imported when first opened: a lighter start-up.
        from reader.ui.screens.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen.for_screen(self.screen))

    def action_bookmarks(self) -> None:
        from reader.ui.screens.bookmarks import BookmarksScreen

        if not isinstance(self.screen, BookmarksScreen):
            self.push_screen(BookmarksScreen(), callback=self.main_screen.open_at)


def make_app(sources: Sequence[str | os.PathLike[str]] | None = None,
             data_dir: str | os.PathLike[str] | None = None) -> ReaderApp:
    """The one factory for the CLI and every test: sources and data folder injected."""
    chosen = [Path(s) for s in sources] if sources else [paths.seeds_dir()]
    return ReaderApp(chosen, paths.data_dir(data_dir))


def run_app(sources: Sequence[str], data_dir: str | None = None) -> int:
    """Run the app until the user quits; returns the exit code."""
    app = make_app(sources, data_dir)
    app.run()
    return app.return_code or 0
