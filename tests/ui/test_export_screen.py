"""Export from the app: the dialog, and the files it writes through the store."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from textual.widgets import Input

from reader.app import make_app
from reader.articles import load_article
from reader.store import QuoteAnchor, open_store, write_export
from reader.ui.export_files import default_export_path
from reader.ui.screens.export import ExportRequest, ExportScreen, export_with_dialog
from tests.ui.bookmark_support import RYDER_QUOTE, quote_span, store_access
from tests.ui.snapshot_support import settle


def test_write_export_writes_each_format(seed_path: Path, data_dir: Path,
                                         tmp_path: Path) -> None:
    article = load_article(seed_path)
    start, end = quote_span(article, RYDER_QUOTE)
    (tmp_path / "out").mkdir()  # a folder that does not exist is refused
    with open_store(data_dir) as store:
        store.bookmark_quote(article.id, article.title,
                             QuoteAnchor.from_text(article.text, start, end), speaker="Ryder")
        md = write_export(store, "markdown", tmp_path / "out" / "a.md")
        js = write_export(store, "json", tmp_path / "out" / "a.json")
        rw = write_export(store, "readwise", tmp_path / "out" / "a.csv")
    assert RYDER_QUOTE.strip('"') in md.read_text(encoding="utf-8")
    assert json.loads(js.read_text(encoding="utf-8"))["bookmarks"][0]["speaker"] == "Ryder"
    rows = list(csv.reader(rw.read_text(encoding="utf-8").splitlines()))
    assert rows[0][:2] == ["Highlight", "Title"]
    assert [p.name for p in (tmp_path / "out").iterdir()] != []
    assert not [p for p in (tmp_path / "out").iterdir() if p.name.startswith(".")]


async def test_dialog_follows_the_format_and_returns_the_request(seed_path: Path,
                                                                 data_dir: Path,
                                                                 tmp_path: Path) -> None:
    results: list[ExportRequest | None] = []
    app = make_app([seed_path], data_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = ExportScreen(tmp_path, stamp="STAMP")
        app.push_screen(screen, results.append)
        await pilot.pause()
        assert screen.path_text == str(tmp_path / "reader-export-STAMP.md")
        await pilot.press("down", "enter")  # the radio set has focus: pick JSON
        await pilot.pause()
        assert screen.format == "json"
        assert screen.path_text == str(tmp_path / "reader-export-STAMP.json")
        await pilot.press("ctrl+s")
        await pilot.pause()
    assert results == [ExportRequest("json", tmp_path / "reader-export-STAMP.json")]


async def test_the_arrow_keys_choose_the_format_that_ctrl_s_exports(
        seed_path: Path, data_dir: Path, tmp_path: Path) -> None:
    """`down` puts the cursor on JSON: ctrl+s must export JSON, not the Markdown chosen
    before (a stock RadioSet moves only its cursor on the arrow keys)."""
    results: list[ExportRequest | None] = []
    app = make_app([seed_path], data_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = ExportScreen(tmp_path, stamp="STAMP")
        app.push_screen(screen, results.append)
        await pilot.pause()
        await pilot.press("down", "down")
        await pilot.pause()
        assert screen.format == "readwise"
        await pilot.press("up")
        await pilot.pause()
        assert screen.format == "json"
        assert screen.path_text == str(tmp_path / "reader-export-STAMP.json")
        await pilot.press("ctrl+s")
        await pilot.pause()
    assert results == [ExportRequest("json", tmp_path / "reader-export-STAMP.json")]


async def test_typed_path_is_kept_and_escape_cancels(seed_path: Path, data_dir: Path,
                                                     tmp_path: Path) -> None:
    results: list[ExportRequest | None] = []
    app = make_app([seed_path], data_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = ExportScreen(tmp_path, stamp="S")
        app.push_screen(screen, results.append)
        await pilot.pause()
        screen.query_one("#export-path", Input).value = str(tmp_path / "mine.txt")
        await pilot.press("down", "down", "enter")  # Readwise: the typed path stays
        await pilot.pause()
        assert screen.format == "readwise"
        assert screen.path_text == str(tmp_path / "mine.txt")
        await pilot.press("escape")
        await pilot.pause()
    assert results == [None]


async def test_export_with_dialog_writes_the_file(seed_path: Path, data_dir: Path) -> None:
    article = load_article(seed_path)
    app = make_app([seed_path], data_dir)
    async with app.run_test(size=(120, 40)) as pilot, store_access(app, data_dir) as access:
        await settle(pilot)
        await access.call(access.store.bookmark_article, article.id, article.title)
        folder = data_dir / "exports"
        worker = app.run_worker(export_with_dialog(app, access.services))
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, ExportScreen)
        await pilot.press("down", "enter", "ctrl+s")
        await worker.wait()
        written = worker.result
        assert written == default_export_path(folder, "json", dialog.stamp)
        exported = json.loads(written.read_text(encoding="utf-8"))
        assert [b["article_id"] for b in exported["bookmarks"]] == [article.id]


async def test_x_on_the_main_screen_exports_markdown_into_the_data_folder(
        seed_path: Path, data_dir: Path) -> None:
    app = make_app([seed_path], data_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("b")  # bookmark the open article, so there is something to export
        await settle(pilot)
        await pilot.press("x")
        await pilot.pause()
        assert isinstance(app.screen, ExportScreen)
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert not isinstance(app.screen, ExportScreen)
    (written,) = (data_dir / "exports").glob("reader-export-*.md")
    assert load_article(seed_path).title[:30] in written.read_text(encoding="utf-8")


async def test_the_dialog_refuses_a_folder_that_does_not_exist(seed_path: Path,
                                                               data_dir: Path,
                                                               tmp_path: Path) -> None:
    app = make_app([seed_path], data_dir)
    async with app.run_test(size=(120, 40), notifications=True) as pilot, \
            store_access(app, data_dir):
        await settle(pilot)
        worker = app.run_worker(export_with_dialog(app, app.services))
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, ExportScreen)
        dialog.query_one("#export-path", Input).value = str(tmp_path / "typo" / "x.md")
        await pilot.pause()
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.screen is dialog  # still open, to mend the path
        assert any("does not exist" in n.message for n in app._notifications)
        await pilot.press("escape")
        await worker.wait()
        assert worker.result is None
    assert not (tmp_path / "typo").exists()
