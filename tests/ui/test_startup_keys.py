"""Keys pressed in the first second: the first frame no longer waits for the store, so a
key may come before the store is open. It must wait for it, never be dropped."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from reader.store import open_store
from reader.ui import session
from reader.ui.widgets.article_list import ArticleList
from tests.ui.support import ada_app, main_screen, send_keys, settle, wait_until


@pytest.fixture
def slow_store(monkeypatch: pytest.MonkeyPatch) -> Iterator[threading.Event]:
    """The store opens only once the test sets the event (at most 10 s later)."""
    release = threading.Event()
    open_for_app = session.open_for_app

    def gated(data_dir: Path) -> session.Opened:
        release.wait(10)
        return open_for_app(data_dir)

    monkeypatch.setattr(session, "open_for_app", gated)
    yield release
    release.set()


async def test_bookmark_pressed_before_the_store_opened_waits_and_is_saved(
        articles_dir: Path, data_dir: Path, slow_store: threading.Event) -> None:
    app = ada_app([articles_dir], data_dir)
    async with app.run_test(size=(160, 50)) as pilot:
        await pilot.pause()
        main = main_screen(app)
        assert main.query_one(ArticleList).option_count > 0  # the rows are shown already
        assert not app.services.ready.is_set() and main.article_id is None
        assert main.check_action("bookmark", ()) is True  # taken, not refused
        # The key goes in as a terminal sends it, and the test waits until its action is
        # waiting for the start-up article (Pilot.press would wait for the whole action,
        # which waits for the store: until the gate's own time-out).
        waiting = asyncio.Event()
        start_up_article = main._start_up_article

        async def observed() -> None:
            waiting.set()
            await start_up_article()

        main._start_up_article = observed  # type: ignore[method-assign]
        send_keys(app, "b")
        await wait_until(waiting.is_set, what="the bookmark waiting for the store")
        assert not app.services.ready.is_set()
        assert "Article bookmarked." not in [n.message for n in app._notifications]
        slow_store.set()
        await settle(app)
        article_id = main.article_id
        assert article_id is not None
        assert "Article bookmarked." in [n.message for n in app._notifications]
        assert article_id in main.query_one(ArticleList).starred
    with open_store(data_dir) as store:
        assert store.is_bookmarked(article_id)


async def test_read_mark_set_before_the_store_opened_reaches_the_database(
        articles_dir: Path, data_dir: Path, slow_store: threading.Event) -> None:
    app = ada_app([articles_dir], data_dir)
    async with app.run_test(size=(160, 50)) as pilot:
        await pilot.pause()
        main = main_screen(app)
        article_list = main.query_one(ArticleList)
        await pilot.press("down")  # the second row: the start-up article is the first
        marked = article_list.highlighted_id
        assert marked is not None and not app.services.ready.is_set()
        await pilot.press("m")
        slow_store.set()
        await settle(app)
        assert main.library.is_read(marked)
    app = ada_app([articles_dir], data_dir)
    async with app.run_test(size=(160, 50)):
        await settle(app)
        assert main_screen(app).library.is_read(marked)


async def test_an_article_chosen_before_the_store_opened_stays_open(
        articles_dir: Path, data_dir: Path, slow_store: threading.Event) -> None:
    app = ada_app([articles_dir], data_dir)
    async with app.run_test(size=(160, 50)) as pilot:
        await pilot.pause()
        main = main_screen(app)
        await pilot.press("down", "enter")
        chosen = main.query_one(ArticleList).highlighted_id
        assert chosen is not None and main.article_id == chosen
        slow_store.set()
        await settle(app)
        assert main.article_id == chosen  # not replaced by the start-up article


async def test_a_theme_chosen_before_the_store_opened_is_kept_and_saved(
        articles_dir: Path, data_dir: Path, slow_store: threading.Event) -> None:
    app = ada_app([articles_dir], data_dir)
    async with app.run_test(size=(160, 50)) as pilot:
        await pilot.pause()
        assert app.theme != "nord"
        app.theme = "nord"
        slow_store.set()
        await settle(app)
        assert app.theme == "nord"
    app = ada_app([articles_dir], data_dir)
    async with app.run_test(size=(160, 50)):
        await settle(app)
        assert app.theme == "nord"


async def test_the_collector_paused_for_the_start_is_resumed_once_the_app_has_started(
        articles_dir: Path, data_dir: Path, slow_store: threading.Event) -> None:
    app = ada_app([articles_dir], data_dir)
    resumed: list[bool] = []
    app.resume_collector = lambda: resumed.append(app.services.first_paint.is_set())
    async with app.run_test(size=(160, 50)) as pilot:
        await pilot.pause()
        assert app.services.first_paint.is_set()
        assert resumed == []  # the store is not open yet: still paused
        slow_store.set()
        await settle(app)
        assert resumed == [True]  # after the first frame
    assert resumed == [True, True]  # and at exit (where resuming twice does nothing)


async def test_the_first_frame_leaves_the_empty_side_panel_out_then_shows_it(
        articles_dir: Path, data_dir: Path) -> None:
    from reader.ui.widgets.entity_panel import EntityPanel

    app = ada_app([articles_dir], data_dir)
    assert app.main_screen.has_class("-starting")
    async with app.run_test(size=(160, 50)) as pilot:
        await pilot.pause()
        main = main_screen(app)
        assert app.services.first_paint.is_set()
        assert not main.has_class("-starting")
        panel = main.query_one(EntityPanel)
        assert not panel.has_class("-starting")  # the class its rule reads
        await settle(app)
        assert panel.display and panel.region.width > 0  # wide enough: all three panes
