"""The note editor: save returns the text, cancel returns None, untrusted text stays literal."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot
from textual.widgets import Static, TextArea

from reader.app import make_app
from reader.ui.screens.note_editor import DiscardNote, NoteEditor
from tests.ui.snapshot_support import settle

HOSTILE = "[VIDEO] Clip [/b] [@click=app.quit]x[/] \x1b[31mred"


async def open_editor(pilot: Pilot[Any], editor: NoteEditor, results: list[str | None]) -> None:
    pilot.app.push_screen(editor, results.append)
    await pilot.pause()


async def test_typing_then_save_returns_the_text(seed_path: Path, data_dir: Path) -> None:
    results: list[str | None] = []
    app = make_app([seed_path], data_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_editor(pilot, NoteEditor("Note on the article"), results)
        assert isinstance(app.screen, NoteEditor)
        await pilot.press(*"Ryder", "enter", *"again  ")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert not isinstance(app.screen, NoteEditor)
    assert results == ["Ryder\nagain"]


async def test_escape_on_unchanged_text_closes_without_asking(seed_path: Path,
                                                               data_dir: Path) -> None:
    results: list[str | None] = []
    app = make_app([seed_path], data_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_editor(pilot, NoteEditor("Note", "keep me"), results)
        await pilot.press(*"xy", "backspace", "backspace")  # typed, then undone by hand
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, (NoteEditor, DiscardNote))
    assert results == [None]


async def test_escape_on_changed_text_asks_and_keep_editing_keeps_it(
        seed_path: Path, data_dir: Path) -> None:
    results: list[str | None] = []
    app = make_app([seed_path], data_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        editor = NoteEditor("Note", "keep me")
        await open_editor(pilot, editor, results)
        await pilot.press(*" changed")
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, DiscardNote)
        await pilot.press("escape")  # escape again: keep editing (the safe answer)
        await pilot.pause()
        assert app.screen is editor and editor.query_one(TextArea).has_focus
        await pilot.press("escape", "enter")  # Keep editing has the focus
        await pilot.pause()
        assert app.screen is editor
        await pilot.press("!", "ctrl+s")
        await pilot.pause()
    assert results == ["keep me changed!"]


async def test_escape_on_changed_text_then_discard_throws_it_away(
        seed_path: Path, data_dir: Path) -> None:
    results: list[str | None] = []
    app = make_app([seed_path], data_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_editor(pilot, NoteEditor("Note", "keep me"), results)
        await pilot.press(*" changed", "escape")
        await pilot.pause()
        assert isinstance(app.screen, DiscardNote)
        await pilot.press("d")
        await pilot.pause()
        assert not isinstance(app.screen, (NoteEditor, DiscardNote))
    assert results == [None]


async def test_existing_note_is_edited_and_can_be_emptied(seed_path: Path,
                                                          data_dir: Path) -> None:
    results: list[str | None] = []
    app = make_app([seed_path], data_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        editor = NoteEditor("Note", "old text")
        await open_editor(pilot, editor, results)
        text_area = editor.query_one(TextArea)
        assert text_area.text == "old text"
        assert text_area.has_focus
        await pilot.press("!")  # the cursor starts at the end
        assert text_area.text == "old text!"
        text_area.clear()
        await pilot.press("ctrl+s")
        await pilot.pause()
    assert results == [""]


async def test_untrusted_label_and_context_are_shown_literally(seed_path: Path,
                                                               data_dir: Path) -> None:
    results: list[str | None] = []
    app = make_app([seed_path], data_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        editor = NoteEditor(HOSTILE, context=HOSTILE)
        await open_editor(pilot, editor, results)
        about = editor.query_one("#note-about", Static)
        context = editor.query_one("#note-context", Static)
        expected = "[VIDEO] Clip [/b] [@click=app.quit]x[/] red"
        assert str(about.render()) == expected
        assert str(context.render()) == expected
        await pilot.press("escape")
        await pilot.pause()
        assert app.is_running  # no click action ran, nothing crashed
    assert results == [None]


def test_note_editor_snapshot(snap_compare: Any, seed_path: Path, data_dir: Path,
                              tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # No article behind the dialog: the snapshot shows the editor, not the main screen.
    # The folder is named as given (relative), so the warning naming it is the same in
    # every run.
    (tmp_path / "no-articles").mkdir()
    monkeypatch.chdir(tmp_path)
    app = make_app([Path("no-articles")], data_dir)

    async def open_it(pilot: Pilot[Any]) -> None:
        await settle(pilot)
        editor = NoteEditor("Note on the quote by Patrick Ryder", "A first thought.",
                            context='"Clearly, North Korea and Russia have a relationship,"')
        await pilot.app.push_screen(editor)
        await pilot.pause()
        editor.query_one(TextArea).cursor_blink = False

    assert snap_compare(app, terminal_size=(100, 30), run_before=open_it)
