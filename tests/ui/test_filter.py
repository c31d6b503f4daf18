"""The `/` list filter: keys typed in a burst right after `/`, narrowing, widening and
clearing (rows and cursor), and the same answers as the plain per-article filter."""

from __future__ import annotations

from pathlib import Path

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
