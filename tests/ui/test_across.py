"""Across articles in the app: background indexing, `/` with the search language, saved
searches, the people screen and a person's page."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot
from textual.widgets import DataTable, OptionList, Static

from reader.app import ReaderApp, make_app
from reader.ui.screens.people import EntitiesScreen, EntityPage
from reader.ui.widgets.article_list import ArticleList
from reader.ui.widgets.saved_searches import SavedSearchList
from tests.ui.support import (
    ListAnalyzer,
    burst,
    main_screen,
    screen_text,
    settle,
    until,
    write_article,
)

ROE_1 = ("---\ntitle: Harbour talks resume\ndate: 2026-03-02\nsource: Harbour Post\n---\n"
         'Jane Roe met Tomas Vark in Oslo. "We are far apart," Jane Roe said.\n')
ROE_2 = ("---\ntitle: Roe returns home\ndate: 2026-03-09\nsource: Valley News\n---\n"
         'Jane Roe flew back. "The talks will go on," Jane Roe told reporters.\n')
VARK = ("---\ntitle: Ferries wait\ndate: 2026-03-05\nsource: Harbour Post\n---\n"
        "Tomas Vark watched the ferries wait in the rain.\n")


@pytest.fixture
def roe_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "news"
    write_article(folder, "a_harbour.md", ROE_1)
    write_article(folder, "b_home.md", ROE_2)
    write_article(folder, "c_ferries.md", VARK)
    return folder


def roe_app(folder: Path, data_dir: Path) -> ReaderApp:
    app = make_app([folder], data_dir)
    app.analyzer = ListAnalyzer(people=["Jane Roe", "Tomas Vark"], speaker="Jane Roe")
    return app


def shown_titles(app: ReaderApp) -> list[str]:
    article_list = main_screen(app).query_one(ArticleList)
    return [article_list.get_option_at_index(i).id or ""
            for i in range(article_list.option_count)]


def titles_of(app: ReaderApp, ids: list[str]) -> list[str]:
    return [app.services.library.get(i).title for i in ids]  # type: ignore[union-attr]




async def test_the_library_is_indexed_in_the_background(roe_dir: Path,
                                                        data_dir: Path) -> None:
    app = roe_app(roe_dir, data_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app)
        await until(pilot, lambda: app.services.search.finished)
        assert len(app.services.search.index) == 3
        assert not main_screen(app).query_one("#index-status", Static).display


async def test_slash_takes_the_search_language(roe_dir: Path, data_dir: Path) -> None:
    app = roe_app(roe_dir, data_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app)
        await until(pilot, lambda: app.services.search.finished)
        await pilot.press("slash")
        await pilot.press(*'said-by:roe -source:valley')
        await until(pilot, lambda: titles_of(app, shown_titles(app)) == [
            "Harbour talks resume"])
        error = main_screen(app).query_one("#filter-error", Static)
        assert not error.display


async def test_a_malformed_query_is_shown_under_the_input(roe_dir: Path,
                                                          data_dir: Path) -> None:
    app = roe_app(roe_dir, data_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app)
        await pilot.press("slash")
        await pilot.press(*'person:"Jane')
        await pilot.pause()
        error = main_screen(app).query_one("#filter-error", Static)
        assert error.display
        assert "this quote is never" in screen_text(app)
        # The list is still filtered by the plain words while the query is unfinished.
        assert set(titles_of(app, shown_titles(app))) == {"Harbour talks resume",
                                                          "Roe returns home"}
        await pilot.press('"')
        await until(pilot, lambda: not error.display)


async def test_a_saved_search_shows_its_unread_count(roe_dir: Path, data_dir: Path) -> None:
    app = roe_app(roe_dir, data_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app)
        await until(pilot, lambda: app.services.search.finished)
        await pilot.press("slash")
        await pilot.press(*"person:vark")
        await pilot.press("ctrl+s")
        saved = main_screen(app).query_one(SavedSearchList)
        await until(pilot, lambda: bool(saved.rows) and saved.rows[0].unread is not None)
        assert saved.display
        # One of the two Vark articles is open (read) already.
        opened = main_screen(app).article_id
        vark_ids = {a.id for a in app.services.library
                    if a.title in ("Harbour talks resume", "Ferries wait")}
        assert saved.rows[0].query == "person:vark"
        assert saved.rows[0].unread == len(vark_ids - {opened})
        # Choosing it shows its articles.
        await pilot.press("escape")
        saved.focus()
        await pilot.press("enter")
        await until(pilot, lambda: set(titles_of(app, shown_titles(app))) == {
            "Harbour talks resume", "Ferries wait"})


async def test_the_people_table_shows_whole_names_and_roles(roe_dir: Path,
                                                           data_dir: Path) -> None:
    """The columns are as wide as what they hold: names and roles were cut to the
    width of their headings ("Jane", "Spok"), as the table could not measure them."""
    app = roe_app(roe_dir, data_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app)
        await until(pilot, lambda: app.services.search.finished)
        await pilot.press("w")
        await until(pilot, lambda: isinstance(app.screen, EntitiesScreen))
        table = app.screen.query_one(DataTable)
        await until(pilot, lambda: table.row_count == 2)
        await pilot.pause()
        text = screen_text(app)
        assert "Jane Roe" in text and "Tomas Vark" in text and "Spokesperson" in text


async def test_people_screen_and_a_persons_page(roe_dir: Path, data_dir: Path) -> None:
    app = roe_app(roe_dir, data_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app)
        await until(pilot, lambda: app.services.search.finished)
        await pilot.press("w")
        await until(pilot, lambda: isinstance(app.screen, EntitiesScreen))
        screen = app.screen
        assert isinstance(screen, EntitiesScreen)
        table = screen.query_one(DataTable)
        await until(pilot, lambda: table.row_count == 2)
        # Most articles first: both name Jane Roe twice... Roe has 2, Vark 2: by name then.
        rows = [table.get_row_at(i) for i in range(table.row_count)]
        names = [str(r[0]) for r in rows]
        assert set(names) == {"Jane Roe", "Tomas Vark"}
        roe = rows[names.index("Jane Roe")]
        assert [str(c) for c in roe[2:5]] == ["2", "4", "2"]  # articles, mentions, quotes
        # Filter, then open her page.
        await burst(app, pilot, "/roe")  # queued at once, as a fast typist sends them
        await until(pilot, lambda: table.row_count == 1)
        await pilot.press("enter")  # back to the table
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, EntityPage)
                    and app.screen.data is not None)
        page = app.screen
        assert isinstance(page, EntityPage)
        text = screen_text(app)
        assert "Jane Roe" in text and "2 quotes" in text
        quotes = page.query_one("#page-quotes", OptionList)
        assert quotes.option_count == 2
        # Newest first: the quote of 9 March, then the one of 2 March.
        assert text.index("The talks will go on") < text.index("We are far apart")
        assert "People with them: Tomas Vark (1)" in text
        # Enter on the second quote opens its article at the quote.
        quotes.focus()
        quotes.highlighted = 1
        await pilot.press("enter")
        await until(pilot, lambda: app.screen is app.main_screen)
        await settle(app)
        main = main_screen(app)
        assert main.article is not None and main.article.title == "Harbour talks resume"
        assert main.quote is not None and main.quote.text == '"We are far apart,"'


async def test_enter_on_a_person_in_the_side_panel_opens_their_page(
        roe_dir: Path, data_dir: Path) -> None:
    app = roe_app(roe_dir, data_dir)
    async with app.run_test(size=(160, 50)) as pilot:
        await settle(app)
        await until(pilot, lambda: app.services.search.finished)
        main = main_screen(app)
        entity_list = main.query_one("#entity-list", OptionList)
        entity_list.focus()
        await pilot.pause()
        entity_list.highlighted = entity_list.get_option_index("person:jane-roe")
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, EntityPage)
                    and app.screen.data is not None)
        assert isinstance(app.screen, EntityPage)
        assert app.screen.entity_id.startswith("person:")
        # A note written here is on the library's person: every article shows it.
        await pilot.press("a")
        await pilot.pause()
        await pilot.press(*"Leads the talks.")
        await pilot.press("ctrl+s")
        await until(pilot, lambda: isinstance(app.screen, EntityPage)
                    and bool(app.screen.notes))
        assert "Leads the talks." in screen_text(app)


def test_snapshot_of_a_persons_page(snap_compare: Callable[..., bool], roe_dir: Path,
                                    data_dir: Path) -> None:
    app = roe_app(roe_dir, data_dir)

    async def open_page(pilot: Pilot[Any]) -> None:
        await settle(app)
        await until(pilot, lambda: app.services.search.finished)
        main_screen(app).open_entity_page("person:jane-roe")
        await until(pilot, lambda: isinstance(app.screen, EntityPage)
                    and app.screen.data is not None)
        await pilot.pause()

    assert snap_compare(app, terminal_size=(100, 30), run_before=open_page)


async def test_the_palette_finds_everyone_in_the_library(roe_dir: Path,
                                                         data_dir: Path) -> None:
    from tests.ui.test_palette import search

    app = roe_app(roe_dir, data_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app)
        await until(pilot, lambda: app.services.search.finished)
        prompts = await search(pilot, "Vark")
        hits = [p for p in prompts if "library:" in p]
        assert hits and hits[0].startswith("Tomas Vark")
        assert "in 2 articles" in hits[0]
        from textual.command import CommandList

        command_list = app.screen.query_one(CommandList)
        command_list.highlighted = prompts.index(hits[0])
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, EntityPage)
                    and app.screen.data is not None)
        assert isinstance(app.screen, EntityPage)
        assert app.screen.entity_id == "person:tomas-vark"


async def test_slash_is_noted_finds_articles_with_a_note_on_them_or_a_quote(
        roe_dir: Path, data_dir: Path) -> None:
    from reader.store import NoteTarget, QuoteAnchor

    app = roe_app(roe_dir, data_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app)
        await until(pilot, lambda: len(shown_titles(app)) == 3)
        library = app.services.library
        by_title = {a.title: a for a in library}
        harbour, home = by_title["Harbour talks resume"], by_title["Roe returns home"]
        store = app.services.store
        assert store is not None
        await app.services.call(store.set_note, NoteTarget.article(harbour.id, harbour.title),
                                "Follow the harbour talks.")
        said = '"The talks will go on,"'
        start = home.text.index(said)
        anchor = QuoteAnchor(said, start, start + len(said), content_hash=home.content_hash)
        await app.services.call(store.set_note,
                                NoteTarget.quote(home.id, home.title, anchor), "Check this.")
        await pilot.press("slash")
        await pilot.press(*"is:noted")
        await until(pilot, lambda: sorted(titles_of(app, shown_titles(app))) == [
            "Harbour talks resume", "Roe returns home"])
        await pilot.press(*" -is:unread")  # opened at start: the first article is read
        await until(pilot, lambda: titles_of(app, shown_titles(app)) == [
            "Harbour talks resume"])


async def test_the_side_panel_marks_an_entity_with_a_note(roe_dir: Path,
                                                          data_dir: Path) -> None:
    from textual.content import Content

    from reader.store import NoteTarget
    from reader.ui.widgets.entity_panel import NOTE_MARK, EntityList

    app = roe_app(roe_dir, data_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app)
        screen = main_screen(app)
        await until(pilot, lambda: screen.analysis is not None and bool(
            screen.analysis.entities))
        assert screen.analysis is not None and screen.article is not None
        people = {e.name: e.id for e in screen.analysis.entities}
        roe, vark = people["Jane Roe"], people["Tomas Vark"]
        entity_list = screen.query_one(EntityList)

        def prompt(entity_id: str) -> str:
            shown = entity_list.get_option(entity_id).prompt
            assert isinstance(shown, Content)  # never markup
            return shown.plain

        assert NOTE_MARK not in prompt(roe) and NOTE_MARK not in prompt(vark)
        library_id = screen.library_id(roe)
        assert library_id is not None
        store = app.services.store
        assert store is not None
        await app.services.call(store.set_note, NoteTarget.entity(library_id, "Jane Roe"),
                                "Minister; [b]not markup[/b]")
        screen.open_article(screen.article.id)  # shown again: the marks are read afresh
        await until(pilot, lambda: NOTE_MARK in prompt(roe))
        assert prompt(roe).startswith("Jane Roe " + NOTE_MARK)
        assert NOTE_MARK not in prompt(vark)
