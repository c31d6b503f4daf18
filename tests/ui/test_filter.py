"""The `/` list filter: keys typed in a burst right after `/`, narrowing, widening and
clearing (rows and cursor), and the same answers as the plain per-article filter."""

from __future__ import annotations

import gc
from pathlib import Path

from textual.widgets import OptionList
from textual.widgets._option_list import _LineCache

from reader.library.query import filter_articles, parse
from reader.ui.widgets.article_list import ArticleList
from reader.ui.widgets.filter_input import FilterInput
from reader.ui.widgets.find_input import FindInput
from tests.ui.support import ada_app, burst, main_screen, settle


async def test_keys_typed_right_after_slash_reach_the_filter(articles_dir: Path,
                                                             data_dir: Path) -> None:
    app = ada_app([articles_dir], data_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app)
        main = main_screen(app)
        article_list = main.query_one(ArticleList)
        await burst(app, pilot, "/kenya")
        assert main.query_one(FilterInput).value == "kenya"
        assert app.screen is main  # `a` (note) and the others did not act on the list
        assert [o.id for o in article_list.options] == [
            a.id for a in app.services.library if "zebra" in a.id]


async def test_slash_typed_in_a_text_box_is_text(articles_dir: Path, data_dir: Path) -> None:
    app = ada_app([articles_dir], data_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app)
        main = main_screen(app)
        await burst(app, pilot, "/a/b")
        assert main.query_one(FilterInput).value == "a/b"
        await pilot.press("escape")
        await burst(app, pilot, "fgen/")
        assert main.query_one(FindInput).value == "gen/"
        assert main.query_one(FilterInput).value == ""


def _line_state(article_list: ArticleList) -> tuple[object, ...]:
    cache = article_list._line_cache
    return (list(cache.lines), dict(cache.heights), dict(cache.index_to_line),
            article_list.virtual_size)


async def test_rows_swapped_in_bulk_are_what_option_list_builds(articles_dir: Path,
                                                                data_dir: Path) -> None:
    """ArticleList computes OptionList's line state and builds its options only when
    asked; here that state is compared with the one OptionList's own code builds from
    the same options, and each row's option with its article."""
    app = ada_app([articles_dir], data_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app)
        article_list = main_screen(app).query_one(ArticleList)
        articles = app.services.library.articles()
        for rows in (articles[1:], articles[::-1], articles):
            article_list.show_only(rows)
            await pilot.pause()
            ours = _line_state(article_list)
            ours_cache = article_list._line_cache
            # OptionList's own code, on its own line cache (ours computes the same).
            article_list._line_cache = _LineCache()
            OptionList._update_lines(article_list)
            theirs = _line_state(article_list)
            article_list._line_cache = ours_cache
            assert theirs == ours
            assert article_list.option_count == len(rows)
            assert [o.id for o in article_list.options] == [a.id for a in rows]
            for index, article in enumerate(rows):
                option = article_list.get_option(article.id)
                assert article_list.get_option_index(article.id) == index
                assert article_list.get_option_at_index(index) is option  # built once
                assert article.title in str(option.prompt)


async def test_narrowing_widening_and_clearing_keep_rows_and_cursor(articles_dir: Path,
                                                                    data_dir: Path) -> None:
    app = ada_app([articles_dir], data_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app)
        main = main_screen(app)
        article_list = main.query_one(ArticleList)
        library = app.services.library
        everything = [a.id for a in library]
        zebra = next(i for i in everything if "zebra" in i)
        article_list.highlighted = article_list.get_option_index(zebra)
        await pilot.pause()

        def expected(text: str) -> list[str]:
            return [a.id for a in filter_articles(library.articles(), parse(text))]

        await burst(app, pilot, "/the")
        assert article_list.article_ids == expected("the") == everything
        await burst(app, pilot, " ba")  # narrower: only "the bank"; zebra is hidden
        assert article_list.article_ids == expected("the ba")
        assert zebra not in article_list.article_ids and article_list.article_ids
        await burst(app, pilot, "\b\b\b")  # wider: zebra is back, and the cursor on it
        assert article_list.article_ids == expected("the")
        assert article_list.highlighted_id == zebra
        await burst(app, pilot, "x")
        assert article_list.article_ids == expected("thex") == []
        await burst(app, pilot, " ba\b\b\b\b")
        assert article_list.article_ids == expected("the")
        assert article_list.highlighted_id == zebra
        await burst(app, pilot, " ba\x1b")  # escape: every row back, the cursor where it was
        assert article_list.article_ids == everything
        assert article_list.highlighted_id == zebra
        assert article_list.has_focus


async def test_the_rows_follow_the_box_in_the_same_call(articles_dir: Path,
                                                       data_dir: Path) -> None:
    """The screen watches the box's value: the rows are the answer before any message
    is handled, so the frame that draws the new text draws its rows too."""
    app = ada_app([articles_dir], data_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app)
        main = main_screen(app)
        article_list = main.query_one(ArticleList)
        filter_input = main.query_one(FilterInput)
        library = app.services.library
        await pilot.press("slash")
        filter_input.value = "zebra"  # no pause: no message has been handled since
        assert article_list.article_ids == [a.id for a in library if "zebra" in a.id]
        filter_input.value = ""
        assert article_list.article_ids == [a.id for a in library]


async def test_no_frame_draws_a_half_done_key_or_a_half_closed_box(articles_dir: Path,
                                                                   data_dir: Path) -> None:
    """Every frame drawn while keys are typed and escape closes the box shows rows that
    answer the text in the box, and a box either open or closed, cleared and with the
    focus back on the list: a key's work is one screen update."""
    app = ada_app([articles_dir], data_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app)
        main = main_screen(app)
        article_list = main.query_one(ArticleList)
        filter_input = main.query_one(FilterInput)
        library = app.services.library
        frames: list[tuple[bool, str, list[str], bool]] = []
        display = app._display

        def recorded(*args: object, **kwargs: object) -> None:
            display(*args, **kwargs)  # type: ignore[arg-type]
            frames.append((filter_input.display, filter_input.value,
                           article_list.article_ids, article_list.has_focus))

        app._display = recorded  # type: ignore[method-assign]
        await pilot.press("slash")
        for key in ("a", "n", "backspace", "x", "escape"):
            await pilot.press(key)
            await pilot.pause()
        app._display = display  # type: ignore[method-assign]
        values = [value for _, value, _, _ in frames]
        assert [v for n, v in enumerate(values) if n == 0 or v != values[n - 1]] == [
            "", "a", "an", "a", "ax", ""]  # each text drawn
        for shown, value, rows, list_focused in frames:
            assert rows == [a.id for a in filter_articles(library.articles(), parse(value))]
            assert shown != list_focused  # open: the box types; closed: the list has it
            assert shown or value == ""


async def test_the_cursor_moved_while_filtered_stays_after_clearing(articles_dir: Path,
                                                                    data_dir: Path) -> None:
    app = ada_app([articles_dir], data_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app)
        article_list = main_screen(app).query_one(ArticleList)
        ids = [a.id for a in app.services.library]
        zebra = next(i for i in ids if "zebra" in i)
        article_list.highlighted = article_list.get_option_index(zebra)
        await pilot.pause()
        await burst(app, pilot, "/an\r")  # France, bank: zebra is hidden; enter: the list
        rows = article_list.article_ids
        assert article_list.has_focus and len(rows) == 2 and zebra not in rows
        assert article_list.highlighted_id == rows[0]
        await pilot.press("down")  # the user moves the cursor
        assert article_list.highlighted_id == rows[1]
        await burst(app, pilot, "/\x1b")
        assert article_list.article_ids == ids
        assert article_list.highlighted_id == rows[1]  # their choice, not the first one


async def test_long_lived_objects_leave_the_collector_until_the_app_closes(
    articles_dir: Path, data_dir: Path
) -> None:
    gc.unfreeze()
    app = ada_app([articles_dir], data_dir)
    async with app.run_test(size=(120, 40)):
        await settle(app)
        assert gc.get_freeze_count() > 0  # loaded (and indexed): frozen
        articles = app.services.library.articles()
        assert all(not gc.is_tracked(a) or _frozen(a) for a in articles)
    assert gc.get_freeze_count() == 0  # closed: all handed back


def _frozen(obj: object) -> bool:
    """Whether `obj` is in the permanent generation (no collection pass sees it)."""
    return not any(obj is other for generation in range(3)
                   for other in gc.get_objects(generation))
