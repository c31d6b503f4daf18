"""The bookmarks and notes screen: rows, filter, Enter opens at the quote, delete and undo."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from textual.pilot import Pilot
from textual.widgets import TextArea

from reader.app import make_app
from reader.articles import Article, Batch, article_from_text, load_article
from reader.store import NoteTarget, QuoteAnchor, QuoteBookmark
from reader.ui.messages import OpenAt
from reader.ui.screens.bookmarks import BookmarkList, BookmarksScreen
from reader.ui.screens.note_editor import NoteEditor
from tests.ui.bookmark_support import RYDER_QUOTE, Access, quote_span, store_access
from tests.ui.snapshot_support import pinned_seed, settle
from tests.ui.support import ARTICLE, ListAnalyzer, burst, wait_until, write_article

HOSTILE_TITLE = "[VIDEO] Clip [/b] \x1b[31m"
HOSTILE_QUOTE = '"[@click=app.quit]x[/] said nothing"'


async def save_quote(access: Access, article: Article, quote: str,
                     speaker: str | None = "Patrick Ryder") -> QuoteBookmark:
    start, end = quote_span(article, quote)
    anchor = QuoteAnchor.from_text(article.text, start, end, article.content_hash)
    record: QuoteBookmark = await access.call(
        access.store.bookmark_quote, article.id, article.title, anchor, speaker=speaker,
        speaker_id="person:patrick-ryder" if speaker else None)
    return record


async def open_screen(pilot: Pilot[Any], access: Access, articles: list[Article],
                      results: list[OpenAt | None]) -> BookmarksScreen:
    library = access.services.library
    if any(library.get(a.id) != a for a in articles):
        # The articles' text changed since they were loaded: refresh the library with them.
        library.begin_refresh()
        library.add(Batch(articles=list(articles)))
        library.finish()
    screen = BookmarksScreen(access.services)
    pilot.app.push_screen(screen, results.append)
    await settle(pilot)
    return screen


def rows(screen: BookmarksScreen) -> list[str]:
    option_list = screen.query_one(BookmarkList)
    return [option_list.get_option_at_index(i).prompt.plain  # type: ignore[union-attr]
            for i in range(option_list.option_count)]


def select(screen: BookmarksScreen, record_id: str) -> None:
    option_list = screen.query_one(BookmarkList)
    option_list.highlighted = option_list.get_option_index(record_id)


async def test_rows_show_quotes_notes_and_articles(seed_path: Path, data_dir: Path) -> None:
    article = load_article(seed_path)
    results: list[OpenAt | None] = []
    app = make_app([seed_path], data_dir)
    async with app.run_test(size=(120, 40)) as pilot, store_access(app, data_dir) as access:
        await settle(pilot)
        quote = await save_quote(access, article, RYDER_QUOTE)
        await access.call(access.store.bookmark_article, article.id, article.title,
                          source=article.source)
        await access.call(access.store.set_note,
                          NoteTarget.quote(article.id, article.title, quote.anchor,
                                           speaker="Patrick Ryder"), "Key line for the piece")
        await access.call(access.store.set_note,
                          NoteTarget.entity("person:patrick-ryder", "Patrick Ryder"),
                          "Pentagon press secretary")
        screen = await open_screen(pilot, access, [article], results)
        shown = "\n".join(rows(screen))
        today = dt.datetime.now(dt.UTC).date().isoformat()
        assert "Quotes (1)" in shown and "Notes (2)" in shown and "Articles (1)" in shown
        assert RYDER_QUOTE in shown
        assert "— Patrick Ryder" in shown
        assert article.title[:40] in shown
        assert today in shown
        assert "Key line for the piece" in shown
        assert "Pentagon press secretary" in shown and "on Patrick Ryder" in shown
        assert "detached" not in shown


async def test_enter_opens_the_article_at_the_quote(seed_path: Path, data_dir: Path) -> None:
    article = load_article(seed_path)
    results: list[OpenAt | None] = []
    app = make_app([seed_path], data_dir)
    async with app.run_test(size=(120, 40)) as pilot, store_access(app, data_dir) as access:
        await settle(pilot)
        quote = await save_quote(access, article, RYDER_QUOTE)
        screen = await open_screen(pilot, access, [article], results)
        select(screen, quote.id)
        await pilot.press("enter")
        await pilot.pause()
    start, end = quote_span(article, RYDER_QUOTE)
    assert results == [OpenAt(article.id, start, end)]


async def test_quote_moved_in_a_changed_text_is_found_or_detached(seed_path: Path,
                                                                  data_dir: Path) -> None:
    article = load_article(seed_path)
    edited = article_from_text("Update: new first line.\n" + article.text)
    gone = article_from_text(article.text.replace(RYDER_QUOTE, '"Something else."'))
    results: list[OpenAt | None] = []
    app = make_app([seed_path], data_dir)
    async with app.run_test(size=(120, 40)) as pilot, store_access(app, data_dir) as access:
        await settle(pilot)
        quote = await save_quote(access, article, RYDER_QUOTE)
        # The same article id now holds the edited text: the quote has moved.
        moved = Article(**{**{f: getattr(edited, f) for f in edited.__dataclass_fields__},
                           "id": article.id})
        screen = await open_screen(pilot, access, [moved], results)
        assert "detached" not in "\n".join(rows(screen))
        select(screen, quote.id)
        await pilot.press("enter")
        await pilot.pause()
        assert results == [OpenAt(article.id, *quote_span(moved, RYDER_QUOTE))]

        vanished = Article(**{**{f: getattr(gone, f) for f in gone.__dataclass_fields__},
                              "id": article.id})
        screen = await open_screen(pilot, access, [vanished], results)
        assert "detached" in "\n".join(rows(screen))
        select(screen, quote.id)
        await pilot.press("enter")
        await pilot.pause()
        assert results[-1] == OpenAt(article.id, None, None)


async def test_filter_narrows_and_escape_clears(seed_path: Path, data_dir: Path) -> None:
    article = load_article(seed_path)
    results: list[OpenAt | None] = []
    app = make_app([seed_path], data_dir)
    async with app.run_test(size=(120, 40)) as pilot, store_access(app, data_dir) as access:
        await settle(pilot)
        await save_quote(access, article, RYDER_QUOTE)
        await save_quote(access, article, '"We call on the DPRK', speaker="Matthew Miller")
        screen = await open_screen(pilot, access, [article], results)
        assert len(screen.visible_entries()) == 2
        await burst(app, pilot, "/miller")  # queued at once, as a fast typist sends them
        assert [e.speaker for e in screen.visible_entries()] == ["Matthew Miller"]
        assert "1 of 2 shown" in str(screen.query_one("#bookmarks-status").render())
        await pilot.press("escape")
        await pilot.pause()
        assert len(screen.visible_entries()) == 2
        assert screen.query_one(BookmarkList).has_focus
        await pilot.press("escape")  # from the list: back to the reader
        await pilot.pause()
    assert results == [None]


async def test_delete_then_undo_restores_the_same_record(seed_path: Path,
                                                         data_dir: Path) -> None:
    article = load_article(seed_path)
    results: list[OpenAt | None] = []
    app = make_app([seed_path], data_dir)
    async with app.run_test(size=(120, 40)) as pilot, store_access(app, data_dir) as access:
        await settle(pilot)
        quote = await save_quote(access, article, RYDER_QUOTE)
        screen = await open_screen(pilot, access, [article], results)
        select(screen, quote.id)
        await pilot.press("d")
        await settle(pilot)
        assert await access.call(access.store.get, quote.id) is None
        assert screen.entries == []
        await pilot.press("u")
        await settle(pilot)
        assert await access.call(access.store.get, quote.id) == quote
        assert [e.id for e in screen.entries] == [quote.id]


async def test_a_writes_a_note_on_the_selected_quote(seed_path: Path, data_dir: Path) -> None:
    article = load_article(seed_path)
    results: list[OpenAt | None] = []
    app = make_app([seed_path], data_dir)
    async with app.run_test(size=(120, 40)) as pilot, store_access(app, data_dir) as access:
        await settle(pilot)
        quote = await save_quote(access, article, RYDER_QUOTE)
        screen = await open_screen(pilot, access, [article], results)
        select(screen, quote.id)
        await pilot.press("a")
        await pilot.pause()
        editor = app.screen
        assert isinstance(editor, NoteEditor)
        assert editor.context == RYDER_QUOTE
        assert editor.query_one(TextArea).has_focus
        await pilot.press(*"worth a follow-up", "ctrl+s")
        await settle(pilot)
        target = NoteTarget.quote(article.id, article.title, quote.anchor)
        note = await access.call(access.store.note_for, target)
        assert note is not None and note.text == "worth a follow-up"
        assert "worth a follow-up" in "\n".join(rows(screen))


async def test_untrusted_text_is_shown_literally(data_dir: Path, tmp_path: Path) -> None:
    path = tmp_path / "hostile.txt"
    path.write_text(f"{HOSTILE_TITLE}\nHe said {HOSTILE_QUOTE} today.\n", encoding="utf-8")
    article = load_article(path)
    results: list[OpenAt | None] = []
    app = make_app([path], data_dir)
    async with app.run_test(size=(120, 40)) as pilot, store_access(app, data_dir) as access:
        await settle(pilot)
        await save_quote(access, article, HOSTILE_QUOTE, speaker="[b]Bold[/b]")
        await access.call(access.store.bookmark_article, article.id, HOSTILE_TITLE)
        screen = await open_screen(pilot, access, [article], results)
        shown = "\n".join(rows(screen))
        assert HOSTILE_QUOTE in shown
        assert "[VIDEO] Clip [/b]" in shown
        assert "[b]Bold[/b]" in shown
        assert "\x1b" not in shown
        await pilot.press("escape")
        await pilot.pause()
        assert app.is_running


def test_bookmarks_screen_snapshot(snap_compare: Any, seed_path: Path, data_dir: Path,
                                   tmp_path: Path) -> None:
    seed = pinned_seed(seed_path, tmp_path / "seed")
    article = load_article(seed)
    app = make_app([seed], data_dir)

    async def fill_and_open(pilot: Pilot[Any]) -> None:
        await settle(pilot)
        async with store_access(app, data_dir) as access:
            quote = await save_quote(access, article, RYDER_QUOTE)
            await save_quote(access, article, '"We call on the DPRK', speaker="Matthew Miller")
            await access.call(access.store.set_note,
                              NoteTarget.quote(article.id, article.title, quote.anchor,
                                               speaker="Patrick Ryder"), "Key line.")
            await access.call(access.store.bookmark_article, article.id, article.title)
            # Pin the saved times (in the order of saving, so the newest-first order holds)
            # so the picture does not change from day to day.
            records = sorted(await access.call(access.store.records), key=lambda r: r.created)
            for second, record in enumerate(records):
                stamp = f"2024-10-02T12:00:{second:02d}+00:00"
                pinned = record.__class__(**{
                    **{f: getattr(record, f) for f in record.__dataclass_fields__},
                    "created": stamp, "updated": stamp})
                await access.call(access.store.restore, pinned)
            await open_screen(pilot, access, [article], [])

    assert snap_compare(app, terminal_size=(120, 40), run_before=fill_and_open)


async def test_g_then_enter_puts_the_quote_cursor_back_on_the_quote(data_dir: Path,
                                                                    tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    write_article(folder, "a_geneva.txt", ARTICLE)
    app = make_app([folder], data_dir)
    app.analyzer = ListAnalyzer(people=["Ada Lovelace"], speaker="Ada Lovelace")
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        main = app.screen
        await pilot.press("right_square_bracket", "b")  # bookmark the first quote
        await settle(pilot)
        await pilot.press("right_square_bracket")  # the cursor moves on to the second
        await settle(pilot)
        assert main.quote_index == 1  # type: ignore[attr-defined]
        await pilot.press("g")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, BookmarksScreen)
        assert [e.kind for e in screen.entries] == ["quote"]
        assert screen.entries[0].speaker == "Ada Lovelace"
        await pilot.press("enter")
        await settle(pilot)
        assert app.screen is main
        assert main.quote_index == 0  # type: ignore[attr-defined]


async def test_a_note_whose_save_fails_stays_in_the_editor(
        seed_path: Path, data_dir: Path, monkeypatch: Any) -> None:
    import os

    article = load_article(seed_path)
    results: list[OpenAt | None] = []
    real_replace = os.replace
    disk_full = {"on": False}

    def replace(src: Any, dst: Any) -> None:
        if disk_full["on"] and Path(dst).name == "store.json":
            raise OSError(28, "No space left on device")
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", replace)
    app = make_app([seed_path], data_dir)
    async with app.run_test(size=(120, 40)) as pilot, store_access(app, data_dir) as access:
        await settle(pilot)
        quote = await save_quote(access, article, RYDER_QUOTE)
        screen = await open_screen(pilot, access, [article], results)
        select(screen, quote.id)
        await pilot.press("a")
        await pilot.pause()
        editor = app.screen
        assert isinstance(editor, NoteEditor)
        disk_full["on"] = True
        await pilot.press(*"keep these words", "ctrl+s")
        error = editor.query_one("#note-error")
        # The note worker waits on the editor: no settle() here.
        await wait_until(lambda: error.has_class("-shown"), what="the save error shown")
        assert error.has_class("-shown") and "No space left" in str(error.render())
        assert app.screen is editor and editor.query_one(TextArea).text == "keep these words"
        disk_full["on"] = False
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert app.screen is screen
        target = NoteTarget.quote(article.id, article.title, quote.anchor)
        note = await access.call(access.store.note_for, target)
        assert note is not None and note.text == "keep these words"
