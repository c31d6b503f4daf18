"""Issue 12's small ones: an empty folder is named; a file's own date is marked as such."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

from reader.__main__ import main
from tests.ui.support import ada_app, main_screen, screen_text, settle, write_article


def _stamp(path: Path) -> None:
    when = dt.datetime(2020, 5, 17, 12, 0).timestamp()
    os.utime(path, (when, when))


async def test_an_empty_folder_is_named_in_the_app(tmp_path: Path, data_dir: Path) -> None:
    empty = tmp_path / "nothing here"
    (empty / "sub").mkdir(parents=True)
    (empty / "notes.pdf").write_bytes(b"%PDF")
    full = tmp_path / "news"
    write_article(full, "a.txt", "A headline\nSome text.\n")
    app = ada_app([full, empty], data_dir)
    async with app.run_test(size=(120, 40), notifications=True):
        await settle(app)
        toasts = [str(n.message) for n in app._notifications]
        assert any(f"No articles in {empty}" in m and ".txt and .md" in m for m in toasts)
        assert not any(str(full) in m for m in toasts)
        assert any(str(empty) in m.text for m in app.services.message_log.messages())


def test_reader_on_an_empty_folder_says_which_and_does_not_start(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    assert main(["--data-dir", str(tmp_path / "data"), str(empty)]) == 1
    err = capsys.readouterr().err
    assert f"no articles in {empty}" in err and ".txt and .md" in err
    assert not (tmp_path / "data").exists()  # the app did not start


async def test_a_file_date_is_marked_in_the_list_and_the_reading_pane(
        tmp_path: Path, data_dir: Path) -> None:
    folder = tmp_path / "articles"
    _stamp(write_article(folder, "a_plain.txt", "Undated one\nNothing says when.\n"))
    _stamp(write_article(folder, "b_2016-10-12.txt", "Dated by name\nText.\n"))
    app = ada_app([folder], data_dir)
    async with app.run_test(size=(160, 40)) as pilot:
        await settle(app)
        await pilot.pause()
        text = screen_text(app)
        assert "2020-05-17 (file date)" in text  # the pane's head
        assert "2020-05-17 (file)" in text.replace("(file date)", "")  # the list row
        assert text.count("(file date)") == 1 and text.count("(file") == 2
        assert "2016-10-12" in text and "2016-10-12 (file" not in text
        screen = main_screen(app)
        dated = next(a for a in app.services.library if a.title == "Dated by name")
        screen.open_article(dated.id)
        await settle(app)
        await pilot.pause()
        text = screen_text(app)
        assert "(file date)" not in text and "2020-05-17 (file)" in text  # the other one


def test_reader_analyze_names_an_empty_folder_and_reads_the_others(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    full = tmp_path / "full"
    write_article(full, "a.txt", "A headline\nSome text.\n")
    assert main(["analyze", "--json", str(full), str(empty)]) == 1
    out, err = capsys.readouterr()
    assert '"title": "A headline"' in out and f"no articles in {empty}" in err
    assert str(full) not in err


def test_reader_on_paths_that_do_not_exist_says_so_and_does_not_start(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A mistyped path must not open an app with nothing in it."""
    empty = tmp_path / "empty"
    empty.mkdir()
    typo = tmp_path / "nwes.txt"
    assert main(["--data-dir", str(tmp_path / "data"), str(typo)]) == 1
    assert f"{typo}: no such file or folder" in capsys.readouterr().err
    assert main(["--data-dir", str(tmp_path / "data"), str(typo), str(empty)]) == 1
    err = capsys.readouterr().err
    assert f"{typo}: no such file or folder" in err and f"no articles in {empty}" in err
    assert not (tmp_path / "data").exists()  # the app did not start


def test_reader_starts_when_one_path_named_gives_articles(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import reader.app

    started: list[list[str]] = []
    monkeypatch.setattr(reader.app, "run_app",
                        lambda paths, **kwargs: started.append(list(paths)) or 0)
    full = tmp_path / "full"
    write_article(full, "a.txt", "A headline\nSome text.\n")
    typo = tmp_path / "nwes.txt"
    assert main([str(typo), str(full)]) == 0
    assert started == [[str(typo), str(full)]]  # the app names the missing one itself
