"""The article list is virtual: a row's option is built only when it is drawn or asked
for, and keys, marks, clicks and filters act on rows never built before."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from textual.app import App, ComposeResult
from textual.strip import Strip

from reader.articles import Article, article_from_text
from reader.ui.messages import ArticleChosen
from reader.ui.widgets.article_list import BUILT_ROWS_KEPT, ArticleList, ArticleRow

N_ROWS = 1_500


def _articles(count: int) -> list[Article]:
    return [article_from_text(f"Headline number {n:04d}\nThe body of story {n}.\n",
                              path=Path(f"news/{n:04d}.txt")) for n in range(count)]


class ListApp(App[None]):
    def __init__(self, articles: list[Article]) -> None:
        super().__init__()
        self.articles = articles
        self.chosen: list[str] = []

    def compose(self) -> ComposeResult:
        yield ArticleList()

    def on_mount(self) -> None:
        article_list = self.query_one(ArticleList)
        article_list.append_articles(self.articles[:30])
        article_list.append_articles(self.articles[30:])
        article_list.focus()

    def on_article_chosen(self, event: ArticleChosen) -> None:
        self.chosen.append(event.article_id)


def _shown(article_list: ArticleList) -> str:
    return "\n".join("".join(seg.text for seg in article_list.render_line(y))
                     for y in range(article_list.scrollable_content_region.height))


def _built(article_list: ArticleList) -> int:
    return len(article_list._rows._built)


async def test_only_the_rows_drawn_are_built() -> None:
    app = ListApp(_articles(N_ROWS))
    async with app.run_test(size=(60, 30)) as pilot:
        await pilot.pause()
        article_list = app.query_one(ArticleList)
        assert article_list.option_count == N_ROWS
        assert article_list.border_subtitle == f"{N_ROWS}"
        assert "Headline number 0000" in _shown(article_list)
        assert 0 < _built(article_list) <= 30  # a screenful, not 1,500
        await pilot.press("end")
        assert article_list.highlighted_id == app.articles[-1].id
        assert f"Headline number {N_ROWS - 1:04d}" in _shown(article_list)
        await pilot.press("home", "down", "down", "pagedown")
        assert article_list.highlighted is not None and article_list.highlighted > 2
        before = article_list.highlighted
        await pilot.press("up")
        assert article_list.highlighted == before - 1
        assert _built(article_list) <= BUILT_ROWS_KEPT


async def test_marks_of_rows_not_built_yet_and_of_rows_drawn_show() -> None:
    app = ListApp(_articles(N_ROWS))
    async with app.run_test(size=(60, 30)) as pilot:
        await pilot.pause()
        article_list = app.query_one(ArticleList)
        first, last = app.articles[0], app.articles[-1]
        article_list.set_read({first.id, last.id})
        article_list.set_starred({last.id})
        await pilot.pause()
        assert "● ★" not in _shown(article_list).splitlines()[0]
        assert _shown(article_list).splitlines()[0].startswith("  ")  # read: no dot
        await pilot.press("end")
        await pilot.pause()
        row = next(line for line in _shown(article_list).splitlines()
                   if f"number {N_ROWS - 1:04d}" in line)
        assert "★" in row and "●" not in row
        assert str(article_list.get_option(app.articles[1].id).prompt).startswith("●")


async def test_a_click_on_a_row_far_down_chooses_its_article() -> None:
    app = ListApp(_articles(N_ROWS))
    async with app.run_test(size=(60, 30)) as pilot:
        await pilot.pause()
        article_list = app.query_one(ArticleList)
        article_list.highlight_article(app.articles[1000].id)
        await pilot.pause()
        top = article_list.scroll_offset.y // 2  # the first row in view
        region = article_list.content_region
        await pilot.click(ArticleList, offset=(region.x + 5, region.y + 2))  # its 2nd row
        await pilot.pause()
        assert app.chosen == [app.articles[top + 1].id]


async def test_a_filter_swaps_the_rows_and_the_cursor_comes_back() -> None:
    articles = _articles(N_ROWS)
    app = ListApp(articles)
    async with app.run_test(size=(60, 30)) as pilot:
        await pilot.pause()
        article_list = app.query_one(ArticleList)
        article_list.highlight_article(articles[700].id)
        article_list.show_only(articles[::2][:100])  # 700 is not among them
        await pilot.pause()
        assert article_list.option_count == 100
        assert article_list.highlighted_id == articles[0].id
        assert article_list.article_ids == [a.id for a in articles[::2][:100]]
        article_list.show_only(articles)
        await pilot.pause()
        assert article_list.highlighted_id == articles[700].id
        assert "Headline number 0700" in _shown(article_list)


def _count_drawn(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The articles whose row is drawn (its strips made), call by call."""
    drawn: list[str] = []
    render_strips = ArticleRow.render_strips

    def counting(self: ArticleRow, *args: Any, **kwargs: Any) -> list[Strip]:
        drawn.append(self.article.id)
        return render_strips(self, *args, **kwargs)

    monkeypatch.setattr(ArticleRow, "render_strips", counting)
    return drawn


async def test_rows_still_in_their_place_are_not_drawn_again(
        monkeypatch: pytest.MonkeyPatch) -> None:
    articles = _articles(200)
    app = ListApp(articles)
    async with app.run_test(size=(60, 30)) as pilot:
        await pilot.pause()
        article_list = app.query_one(ArticleList)
        article_list.highlighted = 0
        await pilot.pause()
        drawn = _count_drawn(monkeypatch)
        article_list.show_only(articles[:150])  # the rows in view keep their places
        await pilot.pause()
        assert "Headline number 0000" in _shown(article_list)
        assert drawn == []
        article_list.show_only(articles[1:])  # every row one place up: drawn anew
        await pilot.pause()
        assert articles[1].id in drawn and articles[0].id not in drawn
        region = article_list.content_region
        await pilot.click(ArticleList, offset=(region.x + 5, region.y))  # the first row
        await pilot.pause()
        assert app.chosen == [articles[1].id]  # its strips say which row they are


async def test_a_list_made_shorter_draws_no_row_again(monkeypatch: pytest.MonkeyPatch) -> None:
    articles = _articles(200)
    app = ListApp(articles)
    async with app.run_test(size=(60, 30)) as pilot:
        await pilot.pause()
        article_list = app.query_one(ArticleList)
        drawn = _count_drawn(monkeypatch)
        article_list.styles.height = 20  # as when the filter box opens above it
        await pilot.pause()
        assert article_list.outer_size.height == 20
        assert "Headline number 0000" in _shown(article_list)
        assert drawn == []
        article_list.styles.width = 40  # narrower: every row in view drawn anew
        await pilot.pause()
        assert articles[0].id in drawn
        assert "Headline number 0000" in _shown(article_list)
