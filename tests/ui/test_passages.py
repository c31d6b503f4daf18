"""Highlights on any passage: selecting with keys or the mouse, keeping, showing, listing."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from textual.widgets import TextArea

from reader.store import HighlightBookmark, NoteTarget
from reader.ui.passage_selection import (
    PassageSelection,
    next_sentence_end,
    previous_sentence_start,
    word_at,
)
from reader.ui.screens.bookmarks import BookmarkFilter, BookmarksScreen
from reader.ui.screens.help import HelpScreen
from reader.ui.screens.note_editor import NoteEditor
from reader.ui.widgets.reading_pane import SELECTING_STATUS, ReadingPane
from tests.ui.bookmark_support import store_access
from tests.ui.reading_support import HARBOUR_ARTICLE, colour_distance, harbour_app
from tests.ui.support import main_screen, settle, wait_until
from tests.ui.test_bookmarks_screen import rows, select

SENTENCES = "One two three. Four five? \"Six,\" seven said.\nEight nine"


# The selection itself (no app) -------------------------------------------------------

def test_a_selection_starts_on_a_word_and_moves_by_words_and_sentences() -> None:
    text = SENTENCES
    hi = len(text)
    assert word_at(text, 0, 0, hi) == (0, 3)
    assert word_at(text, 3, 0, hi) == (4, 7)  # from a space: the next word
    selection = PassageSelection.starting_at(text, 4, 0, hi)
    assert text[slice(*selection.trimmed(text))] == "two"
    forward = selection.by_word(text, 1).by_word(text, 1)
    assert text[slice(*forward.trimmed(text))] == "two three. Four"
    assert text[slice(*forward.by_word(text, -1).trimmed(text))] == "two three."
    back = selection.by_word(text, -1)  # before the anchor: the anchor stays selected
    assert text[slice(*back.trimmed(text))] == "One two"
    sentence = selection.by_sentence(text, 1)
    assert text[slice(*sentence.trimmed(text))] == "two three."
    assert text[slice(*sentence.by_sentence(text, 1).trimmed(text))] == "two three. Four five?"
    assert next_sentence_end(text, text.index("Six"), hi) == text.index("\n")
    assert previous_sentence_start(text, text.index("seven"), 0) == text.index('"Six')


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet="ab .?!\n\"", max_size=40), st.integers(0, 40),
       st.lists(st.tuples(st.sampled_from(["word", "sentence"]), st.sampled_from([1, -1])),
                max_size=8))
def test_a_selection_never_leaves_its_bounds(text: str, start: int,
                                             moves: list[tuple[str, int]]) -> None:
    lo, hi = min(2, len(text)), len(text)
    selection = PassageSelection.starting_at(text, start, lo, hi)
    for unit, step in moves:
        selection = (selection.by_word(text, step) if unit == "word"
                     else selection.by_sentence(text, step))
        a, b = selection.trimmed(text)
        assert lo <= a <= b <= hi
        assert a == b or (not text[a].isspace() and not text[b - 1].isspace())


# Selecting and keeping in the app ----------------------------------------------------

def _body_line(pane: ReadingPane) -> int:
    document = pane._document
    assert document is not None
    return next(i for i, (start, _) in enumerate(pane._lines)
                if start >= document.body_doc_start)


def _passage_styles(pane: ReadingPane) -> list[tuple[int, int]]:
    document = pane._document
    assert document is not None
    return [(s, e) for _, s, e, style in pane._overlay.overlapping(0, len(document.text))
            if style == ".reading--passage"]


async def test_v_and_the_arrows_select_and_enter_keeps_a_highlight(
        tmp_path: Path, data_dir: Path) -> None:
    app = harbour_app(tmp_path / "articles", data_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app)
        screen = main_screen(app)
        pane = screen.query_one(ReadingPane)
        await pilot.press("v")
        assert pane.has_focus and pane.selecting
        assert SELECTING_STATUS in str(pane.border_subtitle)
        await pilot.press("right", "right", "right")
        article = screen.article
        assert article is not None
        span = pane.selected_text_span()
        assert span is not None and article.text[slice(*span)] == "Mayor Ines Okafor said"
        await pilot.press("enter")
        await settle(app)
        assert not pane.selecting
        async with store_access(app, data_dir) as access:
            [kept] = access.store.bookmarks()
        assert isinstance(kept, HighlightBookmark)
        assert kept.quote == "Mayor Ines Okafor said" and kept.article_id == article.id
        # Shown in the text, in its own style, where the passage is.
        document = pane._document
        assert document is not None
        [(start, end)] = _passage_styles(pane)
        assert document.text[start:end] == "Mayor Ines Okafor said"
        assert article.id in screen.library.starred_ids  # the list shows its star


async def test_escape_cancels_and_keeps_nothing(tmp_path: Path, data_dir: Path) -> None:
    app = harbour_app(tmp_path / "articles", data_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app)
        pane = main_screen(app).query_one(ReadingPane)
        await pilot.press("v", "down", "escape")
        assert not pane.selecting
        await pilot.press("enter")  # enter without a selection keeps nothing
        await settle(app)
        async with store_access(app, data_dir) as access:
            assert access.store.bookmarks() == []
        # Without a selection the arrows scroll, as before.
        await pilot.press("down")
        assert not pane.selecting


async def test_from_the_quote_cursor_a_sentence_is_kept_with_a_note(
        tmp_path: Path, data_dir: Path) -> None:
    app = harbour_app(tmp_path / "articles", data_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app)
        screen = main_screen(app)
        await pilot.press("right_square_bracket", "right_square_bracket",
                          "right_square_bracket")  # the third quote: "We have waited…"
        await pilot.press("v", "right_parenthesis", "a")
        await settle(app)
        assert isinstance(app.screen, NoteEditor)
        assert "highlight" in app.screen.about
        app.screen.query_one(TextArea).text = "The council meets again in May."
        await pilot.press("ctrl+s")
        await settle(app)
        assert app.screen is screen
        passage = '"We have waited long enough for this," Okafor told the council on Tuesday.'
        async with store_access(app, data_dir) as access:
            [kept] = access.store.bookmarks()
            assert isinstance(kept, HighlightBookmark) and kept.quote == passage
            note = access.store.note_for(NoteTarget.quote(kept.article_id, "", kept.anchor))
        assert note is not None and note.text == "The council meets again in May."


async def test_a_mouse_drag_selects_and_enter_keeps_it(tmp_path: Path,
                                                       data_dir: Path) -> None:
    app = harbour_app(tmp_path / "articles", data_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app)
        pane = main_screen(app).query_one(ReadingPane)
        line = _body_line(pane)
        # Pane-relative cells of "Ines Okafor": past the border and the speaker margin.
        x = pane.content_region.x - pane.region.x + pane.gutter_width + len("Mayor ")
        y = pane.content_region.y - pane.region.y + line
        await pilot.mouse_down(pane, offset=(x, y))
        await pilot.hover(pane, offset=(x + len("Ines Okafor"), y))
        await pilot.mouse_up(pane, offset=(x + len("Ines Okafor"), y))
        await pilot.pause()
        assert pane.selecting
        copied = pane.get_selection(app.screen.selections[pane])  # what ctrl+c copies
        assert copied is not None and copied[0].strip() == "Ines Okafor"
        await pilot.press("enter")
        await settle(app)
        async with store_access(app, data_dir) as access:
            [kept] = access.store.bookmarks()
        assert kept.quote == "Ines Okafor"
        assert app.screen.selections == {}


async def test_highlights_are_found_again_after_the_article_is_edited(
        tmp_path: Path, data_dir: Path) -> None:
    folder = tmp_path / "articles"
    app = harbour_app(folder, data_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app)
        await pilot.press("v", "right", "right", "enter")  # "Mayor Ines Okafor"
        await settle(app)
        await pilot.press("right_square_bracket", "right_square_bracket",
                          "right_square_bracket", "v", "right_parenthesis", "enter")
        await settle(app)
        async with store_access(app, data_dir) as access:
            assert len(access.store.bookmarks()) == 2
    edited = HARBOUR_ARTICLE.replace(
        "Harbour talks end with a promise\n\n",
        "Harbour talks end with a promise\n\nA new first paragraph was added.\n\n")
    # The second highlight is the sentence "We have waited…": rewrite it.
    edited = edited.replace("\"We have waited long enough for this,\" Okafor told",
                            "Okafor spoke at length and told")
    again = harbour_app(folder, data_dir, edited)
    async with again.run_test(size=(120, 40), notifications=True) as pilot:
        await settle(again)
        pane = main_screen(again).query_one(ReadingPane)
        document = pane._document
        assert document is not None
        [(start, end)] = _passage_styles(pane)
        assert document.text[start:end] == "Mayor Ines Okafor"
        assert any("no longer found" in str(n.message) for n in again._notifications)
        async with store_access(again, data_dir) as access:
            assert len(access.store.bookmarks()) == 2  # the lost one is kept


async def test_the_bookmarks_screen_lists_and_filters_highlights(
        tmp_path: Path, data_dir: Path) -> None:
    app = harbour_app(tmp_path / "articles", data_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app)
        await pilot.press("v", "right", "right", "enter")
        await settle(app)
        await pilot.press("g")
        await settle(app)
        screen = app.screen
        assert isinstance(screen, BookmarksScreen)
        shown = rows(screen)
        assert shown[0].startswith("Highlights (1)")
        assert any("Mayor Ines Okafor" in row and "highlight" in row for row in shown)
        screen.query_one(BookmarkFilter).value = "okafor"
        await pilot.pause()
        assert len(screen.visible_entries()) == 1
        screen.query_one(BookmarkFilter).value = "berg"
        await pilot.pause()
        assert screen.visible_entries() == []


async def test_the_selection_keys_are_in_help_and_v_in_the_palette(
        tmp_path: Path, data_dir: Path) -> None:
    from reader.ui.commands import palette_commands

    app = harbour_app(tmp_path / "articles", data_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app)
        screen = main_screen(app)
        assert "select_passage" in {c.action for c in palette_commands(screen)}
        screen.query_one(ReadingPane).focus()
        await pilot.press("question_mark")
        await pilot.pause()
        help_screen = app.screen
        assert isinstance(help_screen, HelpScreen)
        titles = [title for title, _ in help_screen.sections()]
        assert any(title.startswith("Selecting a passage") for title in titles)


async def test_highlight_and_selection_stand_out_in_every_theme(
        tmp_path: Path, data_dir: Path) -> None:
    """Measured on the drawn line (a span's class style is blended by Textual, so the
    component's own colours would not say what the reader sees)."""
    app = harbour_app(tmp_path / "articles", data_dir)
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(app)
        await pilot.press("v", "right", "enter")  # "Mayor Ines" kept
        await settle(app)
        await pilot.press("right_square_bracket", "v", "right")  # "a matter" selected
        await pilot.pause()
        pane = main_screen(app).query_one(ReadingPane)
        line = _body_line(pane)
        themes = sorted(app.available_themes)
        assert len(themes) > 10
        for theme in themes:
            app.theme = theme
            await pilot.pause()
            pane._strips.clear()
            segments = list(pane.render_line(line - int(pane.scroll_y)))
            page = pane.rich_style.bgcolor
            kept = next(s.style for s in segments if s.text.startswith("Mayor"))
            chosen = next(s.style for s in segments if s.text.startswith('"a matter'))
            plain = next(s.style for s in segments if " pier " in s.text)
            assert page is not None and kept is not None and chosen is not None
            assert kept.underline and kept.bgcolor is not None, theme
            assert colour_distance(kept.bgcolor, page) > 60, theme
            assert plain is not None and not plain.underline, theme
            assert chosen.reverse, theme  # the text's own colours swapped: always legible


async def test_the_whole_article_is_not_kept_as_one_highlight(
        tmp_path: Path, data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from reader.ui.widgets import reading_pane

    monkeypatch.setattr(reading_pane, "MAX_PASSAGE_CHARS", 100)
    app = harbour_app(tmp_path / "articles", data_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app)
        pane = main_screen(app).query_one(ReadingPane)
        pane.focus()
        pane.text_select_all()  # what a double click does
        await pilot.pause()
        assert pane.selecting
        await pilot.press("enter")
        await settle(app)
        assert pane.selecting  # still selected, to be made smaller
        async with store_access(app, data_dir) as access:
            assert access.store.bookmarks() == []


async def test_a_highlight_deleted_on_the_bookmarks_screen_comes_back_with_u(
        tmp_path: Path, data_dir: Path) -> None:
    app = harbour_app(tmp_path / "articles", data_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app)
        await pilot.press("v", "right", "enter")
        await settle(app)
        async with store_access(app, data_dir) as access:
            [kept] = access.store.bookmarks()
        await pilot.press("g")
        await settle(app)
        screen = app.screen
        assert isinstance(screen, BookmarksScreen)
        select(screen, kept.id)
        await pilot.press("d")
        await settle(app)
        async with store_access(app, data_dir) as access:
            assert access.store.bookmarks() == []
        await pilot.press("u")
        await settle(app)
        async with store_access(app, data_dir) as access:
            assert access.store.bookmarks() == [kept]  # the same id and times


async def test_on_the_bookmarks_screen_a_highlight_opens_at_its_place_and_takes_a_note(
        tmp_path: Path, data_dir: Path) -> None:
    from reader.ui.messages import OpenAt
    from tests.ui.test_bookmarks_screen import open_screen

    app = harbour_app(tmp_path / "articles", data_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app)
        await pilot.press("v", "right", "right", "enter")
        await settle(app)
        article = main_screen(app).article
        assert article is not None
        async with store_access(app, data_dir) as access:
            [kept] = access.store.bookmarks()
            results: list[OpenAt | None] = []
            screen = await open_screen(pilot, access, [article], results)
        select(screen, kept.id)
        await pilot.press("a")
        # The note worker waits on the editor: no settle here.
        await wait_until(lambda: isinstance(app.screen, NoteEditor), what="the note editor")
        editor = app.screen
        assert isinstance(editor, NoteEditor)
        assert editor.about == "Note on a highlight in “Harbour talks end with a promise”"
        editor.query_one(TextArea).text = "Ask the mayor for the date."
        await pilot.press("ctrl+s")
        await settle(app)
        assert app.screen is screen
        assert any("Mayor Ines Okafor ✎" in row for row in rows(screen))
        select(screen, kept.id)
        await pilot.press("enter")
        await settle(app)
        start = article.text.index("Mayor Ines Okafor")
        assert results == [OpenAt(article.id, start, start + len("Mayor Ines Okafor"))]
