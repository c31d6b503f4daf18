"""The one error policy: a worker that raises shows its error in the app and is logged;
the app goes on."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from textual.pilot import Pilot

from reader.analysis import Analysis
from reader.app import ReaderApp
from reader.articles import Batch, FilesSource
from reader.articles.sources import BATCH_SIZE, FIRST_BATCH
from reader.library import Library
from reader.ui.services import Services
from tests.ui.support import main_screen, wait_until


async def _until(pilot: Pilot[None], condition: Callable[[], bool]) -> None:
    await wait_until(condition)
    await pilot.pause()


def _broken_analyzer(text: str) -> Analysis:
    raise RuntimeError("the analyser broke [b]here[/b]")


async def test_a_failing_analysis_is_shown_and_logged(articles_dir: Path, data_dir: Path,
                                                      caplog: pytest.LogCaptureFixture) -> None:
    from reader.app import make_app

    app = make_app([articles_dir], data_dir)
    app.analyzer = _broken_analyzer
    with caplog.at_level(logging.ERROR, logger="reader"):
        async with app.run_test(size=(120, 40), notifications=True) as pilot:
            shown = "Could not analyse this article: the analyser broke [b]here[/b]"
            # Shown literally, never as markup.
            await _until(pilot, lambda: any(shown in n.message for n in app._notifications))
            assert app.is_running and main_screen(app).article_id is not None
    assert any(r.exc_info and "the analyser broke" in str(r.exc_info[1])
               for r in caplog.records)


class FailingSource:
    """Gives one good batch, then raises (a source with a bug)."""

    name = "failing"

    def __init__(self, folder: Path) -> None:
        self.files = FilesSource([folder])

    def batches(self, *, first: int = FIRST_BATCH, size: int = BATCH_SIZE) -> Iterator[Batch]:
        yield next(iter(self.files.batches(first=1, size=size)))
        raise OSError("the disk went away")


async def test_a_failing_loader_is_shown_and_loading_ends(articles_dir: Path,
                                                          data_dir: Path) -> None:
    services = Services(Library([FailingSource(articles_dir)]), data_dir)
    app = ReaderApp(services)
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await _until(pilot, lambda: not services.library.loading
                     and main_screen(app).analysis is not None)
        assert any("Loading articles stopped: the disk went away" in n.message
                   for n in app._notifications)
        assert not services.library.loading and len(services.library) == 1
        assert main_screen(app).article_id is not None  # the one read is open
