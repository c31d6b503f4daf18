"""Snapshots of the main screen (pytest-textual-snapshot). Update with
`pytest tests/ui/test_snapshots.py --snapshot-update` after checking the new SVGs."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot

from reader.app import make_app
from tests.conftest import SEEDS
from tests.ui.panel_support import crowd_app
from tests.ui.reading_support import harbour_app
from tests.ui.support import ListAnalyzer, settle
from tests.ui.test_untrusted_text import hostile_article

# The file's date is shown when the text has none: pin it so snapshots do not depend on
# when the repository was checked out.
PINNED_MTIME = 1_700_000_000  # 2023-11-14


def _pinned_copy(source: Path, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for path in sorted(source.glob("*.txt")):
        copy = folder / path.name
        shutil.copyfile(path, copy)
        os.utime(copy, (PINNED_MTIME, PINNED_MTIME))
    return folder


async def _settle(pilot: Pilot[Any]) -> None:
    """Wait for loading and analysis, then freeze every cursor: a blinking Input or
    TextArea would make each snapshot differ."""
    app = pilot.app
    await settle(app)
    for widget in app.screen.query("Input, TextArea"):
        widget.cursor_blink = False  # type: ignore[attr-defined]
    await pilot.pause()


SnapCompare = Callable[..., bool]


@pytest.mark.parametrize("size", [(80, 24), (160, 50)], ids=["80x24", "160x50"])
def test_main_screen_on_the_seed(snap_compare: SnapCompare, tmp_path: Path,
                                 data_dir: Path, size: tuple[int, int]) -> None:
    seeds = _pinned_copy(SEEDS, tmp_path / "seeds")
    app = make_app([seeds], data_dir)
    assert snap_compare(app, terminal_size=size, run_before=_settle)


def test_main_screen_with_a_quote_selected(snap_compare: SnapCompare, tmp_path: Path,
                                           data_dir: Path) -> None:
    seeds = _pinned_copy(SEEDS, tmp_path / "seeds")
    app = make_app([seeds], data_dir)

    async def select_quote(pilot: Pilot[Any]) -> None:
        await _settle(pilot)
        await pilot.press("right_square_bracket", "right_square_bracket")
        await pilot.pause()

    assert snap_compare(app, terminal_size=(160, 50), run_before=select_quote)


def test_markup_and_escapes_in_an_article(snap_compare: SnapCompare, tmp_path: Path,
                                          data_dir: Path) -> None:
    folder = tmp_path / "hostile"
    path = hostile_article(folder)
    os.utime(path, (PINNED_MTIME, PINNED_MTIME))
    app = make_app([folder], data_dir)
    app.analyzer = ListAnalyzer(people=["Ada Lovelace"], speaker="Ada Lovelace")
    assert snap_compare(app, terminal_size=(120, 30), run_before=_settle)


@pytest.mark.parametrize("labels", [True, False], ids=["labels-on", "labels-off"])
@pytest.mark.parametrize("size", [(80, 24), (160, 50)], ids=["80x24", "160x50"])
def test_reading_an_article_with_partial_and_unattributed_quotes(
        snap_compare: SnapCompare, tmp_path: Path, data_dir: Path,
        size: tuple[int, int], labels: bool) -> None:
    """Blank-line paragraphs, partial quotes inside sentences, a quote whose source is
    only described, one nobody says; speaker labels in the margin, or off."""
    app = harbour_app(tmp_path / "articles", data_dir)

    async def open_it(pilot: Pilot[Any]) -> None:
        await _settle(pilot)
        pilot.app.screen.query_one("ReadingPane").focus()
        if not labels:
            await pilot.press("l")
        await pilot.pause()

    assert snap_compare(app, terminal_size=size, run_before=open_it)


@pytest.mark.parametrize("size", [(80, 24), (120, 40)], ids=["80x24", "120x40"])
def test_side_panel_with_thirty_people(snap_compare: SnapCompare, tmp_path: Path,
                                       data_dir: Path, size: tuple[int, int]) -> None:
    """32 people, the first with a role too long for one line; People folded at 80
    columns (the panel in place of the list), so Countries and Organisations show."""
    app = crowd_app(tmp_path / "articles", data_dir)

    async def open_panel(pilot: Pilot[Any]) -> None:
        await _settle(pilot)
        if size[0] < 120:
            await pilot.press("p", "down", "left")
        else:
            pilot.app.screen.query_one("#entity-list").focus()
            await pilot.press("down")
        await pilot.pause()

    assert snap_compare(app, terminal_size=size, run_before=open_panel)


def test_full_width_article_at_80_columns(snap_compare: SnapCompare, tmp_path: Path,
                                          data_dir: Path) -> None:
    """`z`: the article alone, the whole width; the footer's keys whole."""
    app = harbour_app(tmp_path / "articles", data_dir)

    async def zoom(pilot: Pilot[Any]) -> None:
        await _settle(pilot)
        await pilot.press("z")
        await pilot.pause()

    assert snap_compare(app, terminal_size=(80, 24), run_before=zoom)


def test_a_kept_highlight_and_a_passage_being_selected(
        snap_compare: SnapCompare, tmp_path: Path, data_dir: Path) -> None:
    """A highlight kept on part of a sentence (its own shade, underlined) and, below it,
    a passage being selected with `v` (reversed), the status line saying what keys do."""
    app = harbour_app(tmp_path / "articles", data_dir)

    async def highlight(pilot: Pilot[Any]) -> None:
        await _settle(pilot)
        await pilot.press("v", "right", "right", "right", "right", "right", "enter")
        await _settle(pilot)
        await pilot.press("right_square_bracket", "right_square_bracket",
                          "right_square_bracket", "v", "right", "right", "right")
        await pilot.pause()

    assert snap_compare(app, terminal_size=(120, 30), run_before=highlight)
