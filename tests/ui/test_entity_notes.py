"""Notes on people: they say in which article they were written (editor, bookmarks
screen, exports), and the side panel's note mark follows notes written or deleted on
other screens."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from textual.content import Content
from textual.widgets import Static

from reader.store import Note, NoteTarget, export_person_markdown
from reader.store.markdown import markdown_document
from reader.store.records import record_from_dict
from reader.ui.screens.bookmarks import BookmarksScreen, row_prompt
from reader.ui.screens.main import MainScreen
from reader.ui.screens.note_editor import NoteEditor
from reader.ui.widgets.entity_panel import NOTE_MARK, EntityList
from tests.ui.support import (
    ARTICLE,
    ada_app,
    main_screen,
    settle,
    until,
    wait_until,
    write_article,
)

TITLE = ARTICLE.splitlines()[0]  # "Talks resume in Geneva"


def written_in_target() -> NoteTarget:
    return NoteTarget.entity("person:ada-lovelace", "Ada Lovelace",
                             written_in="file:articles/talks.txt", written_in_title=TITLE)


def test_the_target_keeps_the_article_without_changing_its_key() -> None:
    target = written_in_target()
    assert target.written_in == TITLE
    assert target.key == NoteTarget.entity("person:ada-lovelace", "Ada Lovelace").key
    again = record_from_dict(json.loads(json.dumps(Note(target, "x").to_dict())))
    assert isinstance(again, Note) and again.target.written_in == TITLE
    assert NoteTarget.entity("person:x", "X").written_in is None
    assert NoteTarget.article("a", "Some title").written_in is None


def test_exports_say_where_a_note_on_a_person_was_written() -> None:
    note = Note(written_in_target(), "Wrote the first program")
    document = markdown_document([], [note], dt.datetime(2026, 5, 1, tzinfo=dt.UTC))
    section = document.split("### Ada Lovelace", 1)[1]
    assert f"- Written in: {TITLE}" in section
    assert f"## {TITLE}" not in document  # listed with the people, not as an article
    person = export_person_markdown("Ada Lovelace", person_ids={"person:ada-lovelace"},
                                    role=None, said=[], notes=[note], appears_with=[])
    assert f"- Written in: {TITLE}" in person


async def test_a_note_written_in_the_panel_names_its_article_everywhere(
        tmp_path: Path, data_dir: Path) -> None:
    write_article(tmp_path / "articles", "talks.txt", ARTICLE)
    app = ada_app([tmp_path / "articles"], data_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app)
        screen = main_screen(app)
        screen.query_one(EntityList).focus()
        await pilot.press("down", "a")  # Ada Lovelace, then a note on her
        await until(pilot, lambda: isinstance(app.screen, NoteEditor))
        about = app.screen.query_one("#note-about", Static).render()
        assert str(about) == f"Note on person Ada Lovelace, written in “{TITLE}”"
        await pilot.press(*"Counts engines", "ctrl+s")
        await until(pilot, lambda: isinstance(app.screen, MainScreen))
        store = app.services.store
        assert store is not None
        (note,) = await app.services.call(store.notes)
        assert note.target.kind == "entity" and note.target.written_in == TITLE
        assert note.target.article_id == screen.article_id
        # is:noted stays about notes on articles and quotes.
        assert await app.services.noted_article_ids() == frozenset()
        await pilot.press("g")
        await until(pilot, lambda: isinstance(app.screen, BookmarksScreen)
                    and bool(app.screen.entries))
        assert isinstance(app.screen, BookmarksScreen)
        (entry,) = app.screen.entries
        shown = row_prompt(entry)
        assert isinstance(shown, Content)
        assert f"on Ada Lovelace · written in “{TITLE}”" in shown.plain
        assert "article not open" not in shown.plain
        await pilot.press("enter")  # a note on a person is edited, not opened
        # (No `until`: the screen's note worker waits for the editor to be closed.)
        await wait_until(lambda: isinstance(app.screen, NoteEditor), what="the note editor")
        assert isinstance(app.screen, NoteEditor)


async def test_the_note_mark_follows_notes_deleted_and_written_elsewhere(
        tmp_path: Path, data_dir: Path) -> None:
    write_article(tmp_path / "articles", "talks.txt", ARTICLE)
    app = ada_app([tmp_path / "articles"], data_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app)
        screen = main_screen(app)
        entity_list = screen.query_one(EntityList)

        def marked() -> bool:
            prompt = entity_list.get_option("person:ada-lovelace").prompt
            assert isinstance(prompt, Content)
            return NOTE_MARK in prompt.plain

        library_id = screen.library_id("person:ada-lovelace")
        assert library_id is not None and not marked()
        # Written on her page across the library (the people screen), then back.
        screen.open_entity_page(library_id)
        await until(pilot, lambda: not isinstance(app.screen, MainScreen))
        await pilot.press("a")
        await until(pilot, lambda: isinstance(app.screen, NoteEditor))
        await pilot.press(*"Poet of numbers", "ctrl+s")
        await until(pilot, lambda: not isinstance(app.screen, NoteEditor))
        await pilot.press("escape")
        await until(pilot, lambda: app.screen is screen and marked())
        # Deleted on the bookmarks screen, then back.
        await pilot.press("g")
        await until(pilot, lambda: isinstance(app.screen, BookmarksScreen)
                    and bool(app.screen.entries))
        await pilot.press("down", "d")
        await until(pilot, lambda: isinstance(app.screen, BookmarksScreen)
                    and not app.screen.entries)
        await pilot.press("escape")
        await until(pilot, lambda: app.screen is screen and not marked())
