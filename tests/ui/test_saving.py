"""Pilot tests of what is saved: bookmarks, notes, read state, position, theme, export and
import, each checked by reopening the app on the same data folder."""

from __future__ import annotations

import asyncio
from pathlib import Path

from textual.widgets import RadioButton, TextArea

from reader.__main__ import main as cli
from reader.app import ReaderApp
from reader.store import open_store
from reader.ui.screens.export import ExportScreen
from reader.ui.screens.main import MainScreen
from reader.ui.screens.note_editor import NoteEditor
from reader.ui.widgets.article_list import ArticleList
from reader.ui.widgets.reading_pane import ReadingPane
from tests.ui.support import ada_app, main_screen, screen_text, settle, write_article


async def _bookmark_second_quote_and_note_it(app: ReaderApp, note: str) -> str:
    """Returns the quote's text."""
    async with app.run_test(size=(160, 50)) as pilot:
        await settle(app)
        main = main_screen(app)
        await pilot.press("right_square_bracket", "right_square_bracket")
        quote = main.quote
        assert quote is not None
        await pilot.press("b")
        await settle(app)
        assert "★" in screen_text(app)  # the quote's label shows the bookmark
        await pilot.press("a")
        await pilot.pause()
        assert isinstance(app.screen, NoteEditor)
        app.screen.query_one(TextArea).insert(note)
        await pilot.press("ctrl+s")
        await settle(app)
        assert isinstance(app.screen, MainScreen)
        await pilot.press("q")
    return quote.text


async def test_bookmark_and_note_survive_a_restart(articles_dir: Path, data_dir: Path) -> None:
    quote_text = await _bookmark_second_quote_and_note_it(ada_app([articles_dir], data_dir),
                                                          "Remember this one.")
    app = ada_app([articles_dir], data_dir)
    async with app.run_test(size=(160, 50)) as pilot:
        await settle(app)
        main = main_screen(app)
        assert main.article is not None
        article_list = main.query_one(ArticleList)
        assert main.article.id in article_list.starred
        await pilot.press("right_square_bracket", "right_square_bracket")
        assert main.quote is not None and main.quote.text == quote_text
        assert 1 in main.query_one(ReadingPane).highlight.bookmarked
        await pilot.press("a")  # the editor opens with the saved note
        await pilot.pause()
        assert isinstance(app.screen, NoteEditor)
        assert app.screen.query_one(TextArea).text == "Remember this one."
        await pilot.press("escape")
    with open_store(data_dir, read_only=True) as store:
        [bookmark] = store.bookmarks()
        assert getattr(bookmark, "quote", None) == quote_text
        [saved] = store.notes()
        assert saved.text == "Remember this one."


async def test_bookmark_again_removes_it(articles_dir: Path, data_dir: Path) -> None:
    app = ada_app([articles_dir], data_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app)
        main = main_screen(app)
        await pilot.press("b")  # no quote cursor: the article
        await settle(app)
        assert main.article_id in main.query_one(ArticleList).starred
        await pilot.press("b")
        await settle(app)
        assert main.article_id not in main.query_one(ArticleList).starred
        await pilot.press("q")
    with open_store(data_dir, read_only=True) as store:
        assert store.bookmarks() == []


async def test_note_on_a_selected_person(articles_dir: Path, data_dir: Path) -> None:
    app = ada_app([articles_dir], data_dir)
    async with app.run_test(size=(160, 50)) as pilot:
        await settle(app)
        main = main_screen(app)
        entity_list = main.query_one("#entity-list", ArticleList.__mro__[1])
        entity_list.focus()
        await pilot.press("down")  # first entry: the person
        await pilot.pause()
        assert main.entity_id == "person:ada-lovelace"
        await pilot.press("a")
        await pilot.pause()
        assert isinstance(app.screen, NoteEditor)
        app.screen.query_one(TextArea).insert("Mathematician.")
        await pilot.press("ctrl+s")
        await settle(app)
        await pilot.press("q")
    with open_store(data_dir, read_only=True) as store:
        [note] = store.notes(entity_id="person:ada-lovelace")
        assert note.text == "Mathematician."


async def test_read_state_last_article_and_position_survive_a_restart(
    tmp_path: Path, data_dir: Path
) -> None:
    folder = tmp_path / "long"
    body = "\n".join(f"Paragraph {n} of a long story about the harbour." for n in range(120))
    write_article(folder, "a_first.txt", "First story\nShort.\n")
    write_article(folder, "b_long.txt", f"Long story\n{body}\n")
    app = ada_app([folder], data_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app)
        main = main_screen(app)
        await pilot.press("down", "enter")  # open the second article
        await settle(app)
        article = main.article
        assert article is not None and article.title == "Long story"
        pane = main.query_one(ReadingPane)
        pane.scroll_to(0, 60, animate=False, immediate=True)
        await pilot.pause()
        offset = pane.top_text_offset()
        assert offset > 0
        await pilot.press("q")
    app = ada_app([folder], data_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app)
        await pilot.pause()
        main = main_screen(app)
        assert main.article is not None and main.article.title == "Long story"
        assert main.query_one(ReadingPane).top_text_offset() == offset
        article_list = main.query_one(ArticleList)
        assert {o.id for o in article_list.options} <= set(article_list._read)


async def test_theme_is_remembered(articles_dir: Path, data_dir: Path) -> None:
    app = ada_app([articles_dir], data_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app)
        app.theme = "nord"
        await pilot.press("q")
    app = ada_app([articles_dir], data_dir)
    async with app.run_test(size=(120, 40)):
        await settle(app)
        assert app.theme == "nord"


async def test_export_from_the_app_and_import_back(articles_dir: Path, data_dir: Path,
                                                   tmp_path: Path) -> None:
    await _bookmark_second_quote_and_note_it(ada_app([articles_dir], data_dir), "Export me.")
    app = ada_app([articles_dir], data_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app)
        await pilot.press("x")  # the dialog opens on Markdown, into the data folder
        await pilot.pause()
        assert isinstance(app.screen, ExportScreen)
        await pilot.press("ctrl+s")
        await settle(app)
        await pilot.press("x")
        await pilot.pause()
        assert isinstance(app.screen, ExportScreen)
        app.screen.query_one("#format-json", RadioButton).value = True
        await pilot.pause()
        await pilot.press("ctrl+s")
        await settle(app)
        assert isinstance(app.screen, MainScreen)
        await pilot.press("q")
    exports = sorted((data_dir / "exports").glob("*.json"))
    markdown = sorted((data_dir / "exports").glob("*.md"))
    assert len(exports) == 1 and len(markdown) == 1
    assert "Export me." in markdown[0].read_text(encoding="utf-8")

    fresh = tmp_path / "fresh-data"
    assert cli(["import", str(exports[0]), "--data-dir", str(fresh)]) == 0
    app = ada_app([articles_dir], fresh)
    async with app.run_test(size=(160, 50)) as pilot:
        await settle(app)
        main = main_screen(app)
        assert main.article_id in main.query_one(ArticleList).starred
        await pilot.press("right_square_bracket", "right_square_bracket", "a")
        await pilot.pause()
        assert isinstance(app.screen, NoteEditor)
        assert app.screen.query_one(TextArea).text == "Export me."
        await pilot.press("escape")


async def test_bookmarks_screen_opens_the_article_at_the_saved_quote(
    articles_dir: Path, data_dir: Path
) -> None:
    from reader.ui.screens.bookmarks import BookmarkList, BookmarksScreen

    app = ada_app([articles_dir], data_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app)
        main = main_screen(app)
        geneva = main.article_id
        await pilot.press("right_square_bracket", "right_square_bracket", "b")
        await settle(app)
        # Read another article, then come back through `g`.
        main.open_article(next(a.id for a in main.library if a.id != geneva))
        await settle(app)
        await pilot.press("g")
        await settle(app)
        screen = app.screen
        assert isinstance(screen, BookmarksScreen)
        rows = screen.query_one(BookmarkList)
        rows.highlighted = next(i for i, o in enumerate(rows.options) if not o.disabled)
        await pilot.press("enter")
        await settle(app)
        assert app.screen is main
        assert main.article_id == geneva
        assert main.quote_index == 1


async def test_palette_finds_a_person_of_the_open_article(articles_dir: Path,
                                                          data_dir: Path) -> None:
    app = ada_app([articles_dir], data_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app)
        main = main_screen(app)
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"lovelace")
        await asyncio.sleep(0.3)  # the palette searches in the background
        await pilot.pause()
        await pilot.press("enter")
        await settle(app)
        assert app.screen is main
        assert main.entity_id == "person:ada-lovelace"


async def test_a_data_folder_that_cannot_be_used_is_reported_and_reading_goes_on(
    articles_dir: Path, tmp_path: Path
) -> None:
    not_a_folder = tmp_path / "occupied"
    not_a_folder.write_text("a file where the data folder should be", encoding="utf-8")
    app = ada_app([articles_dir], not_a_folder)
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await settle(app)
        main = main_screen(app)
        assert app.store is None
        assert main.article_id is not None and main.analysis is not None
        assert any("will not be saved" in n.message for n in app._notifications)
        await pilot.press("b")  # says why, and nothing breaks
        await pilot.pause()
        assert any("could not be opened" in n.message for n in app._notifications)
        assert app.is_running
