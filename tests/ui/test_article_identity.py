"""Stable article ids: an edited file keeps its read mark, bookmarks and notes; a store
written with the old ids (slug and hash) finds its articles after the change."""

from __future__ import annotations

from pathlib import Path

from reader.articles import content_id, load_article
from reader.store import NoteTarget, QuoteAnchor, open_store
from reader.ui.widgets.article_list import ArticleList
from tests.ui.support import ARTICLE, ada_app, main_screen, settle, write_article


async def test_an_edited_article_keeps_its_read_mark_and_bookmarks(tmp_path: Path,
                                                                    data_dir: Path) -> None:
    folder = tmp_path / "news"
    write_article(folder, "a_geneva.txt", ARTICLE)
    other = write_article(folder, "b_other.txt", "Other story\nNothing said here.\n")
    app = ada_app([folder], data_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app)
        main = main_screen(app)
        await pilot.press("down", "enter")  # open (and so read) the other article
        await settle(app)
        await pilot.press("b")  # bookmark it
        await settle(app)
        other_id = main.article_id
        await pilot.press("q")
    assert other_id == "file:news/b_other.txt"
    other.write_text("Other story, updated\nA new paragraph.\nNothing said here.\n",
                     encoding="utf-8")
    app = ada_app([folder], data_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app)
        main = main_screen(app)
        article = main.library.get(other_id)
        assert article is not None and article.title == "Other story, updated"
        article_list = main.query_one(ArticleList)
        assert other_id in article_list.starred
        assert other_id in main.library.read_ids
        assert main.article_id == other_id  # the last article read opens again


async def test_a_store_with_old_ids_finds_its_articles(tmp_path: Path, data_dir: Path) -> None:
    folder = tmp_path / "news"
    path = write_article(folder, "a_geneva.txt", ARTICLE)
    write_article(folder, "b_other.txt", "Other story\nNothing said here.\n")
    article = load_article(path, root=folder)
    old_id = content_id(article.title, article.content_hash)
    quote = '"We want peace,"'
    start = article.text.index(quote)
    anchor = QuoteAnchor.from_text(article.text, start, start + len(quote),
                                   article.content_hash)
    with open_store(data_dir) as store:  # as an older reader wrote it
        store.bookmark_quote(old_id, article.title, anchor, speaker="Ada Lovelace")
        store.set_note(NoteTarget.article(old_id, article.title), "Old note.")
        store.state.set_read(old_id)
        store.state.set_position(old_id, 5.0)
        store.state.set_last_article(old_id)
    app = ada_app([folder], data_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app)
        main = main_screen(app)
        assert main.article_id == article.id  # the last article, found by its new id
        assert article.id in main.query_one(ArticleList).starred
        assert article.id in main.library.read_ids
        await pilot.press("q")
    with open_store(data_dir, read_only=True) as store:
        assert [b.article_id for b in store.bookmarks()] == [article.id]
        assert [n.target.article_id for n in store.notes()] == [article.id]
        assert store.state.position(old_id) is None  # moved (and saved again on leaving)
        assert store.state.position(article.id) is not None
    backups = list((data_dir / "backups").glob("store-v*-before-migration-*.json"))
    assert backups and old_id in backups[0].read_text(encoding="utf-8")
