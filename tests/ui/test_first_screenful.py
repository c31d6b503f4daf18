"""The first frame reads only the articles it can show (the rest are read after it), and
the list then holds every article, in the folder's order."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

import reader.app
from reader.app import first_screenful, make_app
from reader.ui.widgets.article_list import ArticleList
from tests.ui.support import main_screen, settle, write_article


@pytest.mark.parametrize("lines", [24, 40, 50, 81])
def test_the_first_batch_fills_the_list_of_a_terminal_of_that_height(lines: int) -> None:
    # The list's rows: the terminal less the header, the footer and the list's border;
    # two lines an article.
    shown = -(-(lines - 4) // 2)
    assert shown <= first_screenful(lines) <= shown + 3


async def test_the_first_paint_holds_one_screenful_and_the_rest_follow_in_order(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # The loader waits for the first paint at most this long: not to be reached on a
    # loaded machine (it would read on before the first paint, and this would count it).
    monkeypatch.setattr(reader.app, "FIRST_PAINT_WAIT_SECONDS", 60.0)
    folder = tmp_path / "articles"
    for n in range(70):
        write_article(folder, f"{n:03d}.txt", f"Headline {n:03d}\nStory number {n}.\n")
    app = make_app([folder], tmp_path / "data", tmp_path / "cache")
    at_first_paint: list[int] = []

    class FirstPaint(threading.Event):
        def set(self) -> None:
            if not at_first_paint:
                at_first_paint.append(len(app.services.library))
            super().set()

    app.services.first_paint = FirstPaint()
    async with app.run_test(size=(120, 40)):
        await settle(app)
        article_list = main_screen(app).query_one(ArticleList)
        assert article_list.option_count == 70
        titles = [article.title for article in app.services.library]
        # The first screenful's word lists (for the filter) were made after the first
        # frame, by the loader thread, not left for the first filter key.
        assert all(isinstance(object.__getattribute__(article, "_search_words"), str)
                   for article in app.services.library)
    assert at_first_paint == [first_screenful(40)]
    assert titles == [f"Headline {n:03d}" for n in range(70)]
