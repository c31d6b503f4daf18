"""The app when the store is in trouble (issue 11, points 5 and 11): a failed save keeps the
typed note in the editor; a read-only data folder still shows the bookmarks; a reader that
opened read-only takes the store over once the other one has quit."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from textual.widgets import Static, TextArea

from reader.store import open_store
from reader.ui.screens.main import MainScreen
from reader.ui.screens.note_editor import NoteEditor
from reader.ui.widgets.article_list import ArticleList
from tests.ui.support import ada_app, main_screen, settle


def _disk_full_for(monkeypatch: pytest.MonkeyPatch, file_name: str) -> None:
    """From now on, every atomic save of `file_name` fails as on a full disk."""
    real_replace = os.replace

    def replace(src: Any, dst: Any) -> None:
        if Path(dst).name == file_name:
            raise OSError(28, "No space left on device")
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", replace)


async def test_note_stays_in_the_editor_until_the_save_succeeded(
        articles_dir: Path, data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real_replace = os.replace
    disk_full = {"on": True}

    def replace(src: Any, dst: Any) -> None:
        if disk_full["on"] and Path(dst).name == "store.json":
            raise OSError(28, "No space left on device")
        real_replace(src, dst)

    app = ada_app([articles_dir], data_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app)
        await pilot.press("a")
        await pilot.pause()
        editor = app.screen
        assert isinstance(editor, NoteEditor)
        editor.query_one(TextArea).insert("Words I typed and must not lose.")
        monkeypatch.setattr(os, "replace", replace)
        await pilot.press("ctrl+s")
        await settle(app)
        assert app.screen is editor  # still open, with the text
        assert editor.query_one(TextArea).text == "Words I typed and must not lose."
        error = str(editor.query_one("#note-error", Static).render())
        assert "Not saved" in error and "No space left on device" in error
        assert "still here" in error
        disk_full["on"] = False
        await pilot.press("ctrl+s")
        await settle(app)
        assert isinstance(app.screen, MainScreen)
        await pilot.press("q")
    with open_store(data_dir, read_only=True) as store:
        [note] = store.notes()
        assert note.text == "Words I typed and must not lose."


async def test_read_only_data_folder_still_shows_the_bookmarks(
        articles_dir: Path, data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    app = ada_app([articles_dir], data_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app)
        await pilot.press("b")
        await settle(app)
        starred = set(main_screen(app).query_one(ArticleList).starred)
        await pilot.press("q")
    assert starred
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda p, mode, **kw: False if Path(p) == data_dir
                        and mode == os.W_OK else real_access(p, mode, **kw))
    app = ada_app([articles_dir], data_dir)
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await settle(app)
        assert app.store is not None and app.store.read_only
        assert set(main_screen(app).query_one(ArticleList).starred) == starred
        await pilot.press("b")
        await pilot.pause()
        assert any("data folder cannot be written" in n.message for n in app._notifications)
        assert app.is_running


async def test_read_only_reader_takes_over_when_the_other_has_quit(
        articles_dir: Path, data_dir: Path) -> None:
    other = open_store(data_dir)  # another reader holds the store
    app = ada_app([articles_dir], data_dir)
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await settle(app)
        assert app.store is not None and app.store.read_only
        await pilot.press("b")
        await settle(app)
        assert any("another reader has this data folder open" in n.message
                   for n in app._notifications)
        other.close()  # the other reader quits
        await pilot.press("b")
        await settle(app)
        assert not app.store.read_only
        assert any("now saves your changes" in n.message for n in app._notifications)
        main = main_screen(app)
        assert main.article_id in main.query_one(ArticleList).starred
        await pilot.press("q")
    with open_store(data_dir, read_only=True) as store:
        assert [b.article_id for b in store.bookmarks()] == [main.article_id]


async def test_an_article_opens_with_its_bookmarks_when_its_open_cannot_be_remembered(
        articles_dir: Path, data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A full disk fails the save of "last opened": the article's bookmarked quotes must
    still be read and shown, and the message say what was not saved (not that its state
    could not be read)."""
    app = ada_app([articles_dir], data_dir)
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await settle(app)
        screen = main_screen(app)
        await pilot.press("right_square_bracket", "b")  # the first quote, bookmarked
        await settle(app)
        assert screen._quote_spans
        _disk_full_for(monkeypatch, "state.json")
        articles = screen.query_one(ArticleList)
        first = screen.article_id
        other = next(i for i in articles.article_ids if i != first)
        app.clear_notifications()
        screen.open_article(other)
        await settle(app)
        assert first is not None
        screen.open_article(first)
        await settle(app)
        assert screen._quote_spans  # read and shown all the same
        said = [n.message for n in app._notifications]
        assert not any("Could not read" in m for m in said), said
        # Said once while the disk stays full, not at every article opened.
        assert len([m for m in said if "No space left on device" in m]) == 1, said


async def test_a_queued_write_that_fails_is_said_once_not_lost_in_silence(
        articles_dir: Path, data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Scroll positions and read marks are saved in the background: when the disk is
    full, the user is told (once), rather than the writes vanishing without a word."""
    app = ada_app([articles_dir], data_dir)
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await settle(app)
        _disk_full_for(monkeypatch, "state.json")
        app.clear_notifications()
        services = app.services
        article_id = main_screen(app).article_id
        assert article_id is not None
        for offset in (10, 20, 30):
            services.save_position(article_id, offset)
        await services.call(lambda: None)  # every queued write has run
        await pilot.pause()
        said = [n.message for n in app._notifications if "No space left" in n.message]
        assert len(said) == 1, said
