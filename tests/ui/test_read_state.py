"""Pilot tests of read state and order: mark read/unread, all read, next unread, sort
(remembered across restarts) and opening an article file's folder."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from reader.articles import Article
from reader.ui.widgets.article_list import ArticleList, sort_key
from tests.ui.support import ada_app, main_screen, settle


def _messages(app: object) -> list[str]:
    return [n.message for n in app._notifications]  # type: ignore[attr-defined]


def _titles(article_list: ArticleList) -> list[str]:
    return [str(option.prompt).split("\n")[0][3:] for option in article_list.options]


async def test_m_toggles_read_and_unread_and_is_saved(articles_dir: Path,
                                                        data_dir: Path) -> None:
    app = ada_app([articles_dir], data_dir)
    async with app.run_test(size=(160, 50)) as pilot:
        await settle(app)
        main = main_screen(app)
        opened = main.article_id
        assert opened is not None and main.library.is_read(opened)
        await pilot.press("m")
        await pilot.pause()
        assert not main.library.is_read(opened)
        assert "●" in str(main.query_one(ArticleList).options[0].prompt)
        await pilot.press("m")
        await pilot.pause()
        assert main.library.is_read(opened)
        await pilot.press("m")  # unread again, then a restart
        await settle(app)
    app = ada_app([articles_dir], data_dir)
    async with app.run_test(size=(160, 50)):
        await settle(app)
        main = main_screen(app)
        # Opened again at start-up, so read again: the other two stayed unread.
        unread = [a.id for a in main.library if not main.library.is_read(a.id)]
        assert len(unread) == 2


async def test_mark_all_read_marks_the_list_as_filtered(articles_dir: Path,
                                                        data_dir: Path) -> None:
    app = ada_app([articles_dir], data_dir)
    async with app.run_test(size=(160, 50)) as pilot:
        await settle(app)
        main = main_screen(app)
        await pilot.press("slash", *"zebras", "enter")
        await pilot.pause()
        await pilot.press("C")
        await pilot.pause()
        read = {a.title for a in main.library if main.library.is_read(a.id)}
        assert read == {"Talks resume in Geneva", "Zebras cross the road"}
        assert "1 articles marked read." in _messages(app)


async def test_next_unread_opens_each_unread_article_then_says_none(
        articles_dir: Path, data_dir: Path) -> None:
    app = ada_app([articles_dir], data_dir)
    async with app.run_test(size=(160, 50)) as pilot:
        await settle(app)
        main = main_screen(app)
        seen = []
        for _ in range(2):
            await pilot.press("u")
            await settle(app)
            assert main.article is not None
            seen.append(main.article.title)
        assert seen == ["Zebras cross the road", "Markets calm"]
        await pilot.press("u")
        await pilot.pause()
        assert main.article is not None and main.article.title == "Markets calm"
        assert "No unread articles in the list." in _messages(app)


async def test_sort_cycles_orders_and_survives_a_restart(articles_dir: Path,
                                                         data_dir: Path) -> None:
    app = ada_app([articles_dir], data_dir)
    async with app.run_test(size=(160, 50)) as pilot:
        await settle(app)
        article_list = main_screen(app).query_one(ArticleList)
        loaded = _titles(article_list)
        assert loaded == ["Talks resume in Geneva", "Zebras cross the road", "Markets calm"]
        await pilot.press("s", "s", "s")  # date, source, title
        await pilot.pause()
        assert article_list.article_order == "title"
        assert _titles(article_list) == sorted(loaded)
        await settle(app)
    app = ada_app([articles_dir], data_dir)
    async with app.run_test(size=(160, 50)) as pilot:
        await settle(app)
        main = main_screen(app)
        article_list = main.query_one(ArticleList)
        assert article_list.article_order == "title"
        assert _titles(article_list) == sorted(loaded)
        await pilot.press("s")  # unread first: the one read article goes last
        await pilot.pause()
        read = [a.title for a in main.library if main.library.is_read(a.id)]
        assert len(read) == 1 and _titles(article_list)[-1] == read[0]
        await pilot.press("s")  # back to the library's order
        await pilot.pause()
        assert _titles(article_list) == loaded


def test_sort_keys_put_newest_first_and_undated_last() -> None:
    def article(title: str, date: dt.date | None, source: str | None = None) -> Article:
        return Article(id=title, title=title, text=title, content_hash=title, date=date,
                       source=source)

    rows = [article("a", None, "Zed"), article("b", dt.date(2020, 1, 1)),
            article("c", dt.date(2024, 5, 1), "Alpha")]
    date_key = sort_key("date", set())
    source_key = sort_key("source", set())
    assert date_key is not None and source_key is not None
    assert [a.title for a in sorted(rows, key=date_key)] == ["c", "b", "a"]
    assert [a.title for a in sorted(rows, key=source_key)] == ["c", "a", "b"]
    assert sort_key("loaded", set()) is None


async def test_open_folder_opens_the_article_files_folder(articles_dir: Path,
                                                          data_dir: Path) -> None:
    app = ada_app([articles_dir], data_dir)
    opened: list[Path] = []
    app.services.open_folder_with = opened.append
    async with app.run_test(size=(160, 50)) as pilot:
        await settle(app)
        await pilot.press("D")
        await pilot.pause()
        assert opened == [articles_dir]


def test_no_file_manager_installed_is_said_plainly(tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """Without xdg-open the `D` key said "[Errno 2] No such file or directory:
    'xdg-open'"; now it names what is missing and the folder, to open by hand."""
    import sys

    from reader.ui.folders import open_folder, open_in_file_manager

    if sys.platform in ("win32", "darwin"):
        pytest.skip("xdg-open is the opener on Linux")
    article = tmp_path / "news" / "a.txt"
    article.parent.mkdir()
    article.write_text("A headline\nText.\n", encoding="utf-8")
    monkeypatch.setenv("PATH", str(tmp_path / "no-programs-here"))
    message = open_folder(article, open_in_file_manager)
    assert message == (f"The folder {article.parent} could not be opened: there is no file "
                       "manager to open it with (xdg-open is not installed)")
