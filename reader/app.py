"""ReaderApp: thin. Builds from the one factory, loads styles, pushes the main screen."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from textual.app import App, ComposeResult
from textual.widgets import Footer, Header, OptionList
from textual.widgets.option_list import Option

from reader import paths
from reader.articles import ArticleError, discover, load_article


class ReaderApp(App[None]):
    """The terminal news reader."""

    TITLE = "reader"
    CSS_PATH = str(paths.styles_dir() / "app.tcss")

    def __init__(self, sources: Sequence[Path], data_dir: Path) -> None:
        super().__init__()
        self.sources = list(sources)
        self.data_dir = data_dir

    def compose(self) -> ComposeResult:
        yield Header()
        articles = []
        for path in discover(self.sources):
            try:
                articles.append(load_article(path))
            except ArticleError:
                continue
        # Titles are untrusted: Option prompts given as str are markup, so pass Content.
        from textual.content import Content

        yield OptionList(*(Option(Content(a.title), id=a.id) for a in articles),
                         id="article-list")
        yield Footer()


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
