"""Opening an article of 1 KB, 100 KB, 1 MB and 4 MB in the app (headless, 120x40).

Run: pytest tests/benchmarks/bench_open_article.py -s

For each size it prints, with the real analyser:
- text: seconds from starting the app until the article's text is laid out in the pane;
- highlights: seconds until the analysis is in and the pane shows its spans;
- slowest key: the longest of the key presses (j, k, ], space) made while the analysis
  runs, each timed from sending it until the app has handled it and is idle;
- analyser: the analyser alone on the same text, in this run;
and the ratio of highlights to the analyser's own time (1.0 would be no overhead at all).
The goals: text under 1 s, slowest key under 0.1 s, highlights a small multiple of the
analyser. No assertion on time: the figures are for the README and the issue.
"""

from __future__ import annotations

import asyncio
import gc
import time
from collections.abc import Callable
from pathlib import Path

from textual import events
from textual.app import App

from reader.analysis import analyze
from reader.app import make_app
from reader.ui.screens.main import MainScreen
from reader.ui.widgets.reading_pane import ReadingPane
from tests.benchmarks.bench_analysis import UNIT

SIZES = [("1 KB", 1024), ("100 KB", 100 * 1024), ("1 MB", 1024 * 1024),
         ("4 MB", 4 * 1024 * 1024 - 4096)]
KEYS = ["j", "space", "k", "ctrl+d", "j", "ctrl+u"]  # each one scrolls the pane
KEY_TIMEOUT_SECONDS = 10.0
ACTIONS = ("scroll_down", "scroll_up", "page_down", "half_page_down", "half_page_up")
DEADLINE_SECONDS = 300.0


def invented_article(size: int) -> str:
    head = "Envoys meet again as the talks go on\n\n"
    body = (UNIT * (size // len(UNIT) + 1))[: size - len(head)]
    return head + body


def _count_actions(pane: ReadingPane) -> list[float]:
    """Make the pane's scrolling actions note when they run; returns the list they fill."""
    handled: list[float] = []
    for name in ACTIONS:
        original = getattr(pane, f"action_{name}")

        def noted(*args: object, _original: Callable[..., object] = original) -> object:
            handled.append(time.perf_counter())
            return _original(*args)

        setattr(pane, f"action_{name}", noted)
    return handled


async def _key_latency(app: App[None], handled: list[float], key: str) -> float:
    """Seconds from the key reaching the app until the pane's action for it has run.

    (Pilot.press waits until the whole process is idle, which it is not while the
    analyser runs, so the key is sent as the terminal driver would send it.)"""
    count = len(handled)
    t0 = time.perf_counter()
    driver = app._driver
    assert driver is not None
    driver.send_message(events.Key(key, " " if key == "space" else key))
    while len(handled) == count and time.perf_counter() - t0 < KEY_TIMEOUT_SECONDS:
        await asyncio.sleep(0.0005)
    return (handled[count] if len(handled) > count else time.perf_counter()) - t0


async def _open(folder: Path, data_dir: Path) -> tuple[float, float, float, int]:
    """(text shown, highlights in, slowest key, keys answered while analysing)."""
    app = make_app([folder], data_dir)
    started = time.perf_counter()
    text_at = highlights_at = 0.0
    slowest_key = 0.0
    keys_during_analysis = 0
    async with app.run_test(size=(120, 40)):
        deadline = started + DEADLINE_SECONDS
        screen = app.main_screen
        assert isinstance(screen, MainScreen)
        pane = screen.query_one(ReadingPane)
        handled = _count_actions(pane)
        presses = 0
        while time.perf_counter() < deadline:
            now = time.perf_counter()
            if not text_at and pane._document is not None and pane._lines:
                text_at = now - started
                pane.focus()
            if text_at and pane.analysis is not None and pane.styled:
                highlights_at = now - started
                break
            if text_at:
                key = KEYS[presses % len(KEYS)]
                presses += 1
                slowest_key = max(slowest_key, await _key_latency(app, handled, key))
                keys_during_analysis += 1
                await asyncio.sleep(0.02)  # keys spread over the analysis, as typed
            else:
                await asyncio.sleep(0.002)
        await app.workers.wait_for_complete()
    return text_at, highlights_at, slowest_key, keys_during_analysis


def test_open_article_figures(tmp_path: Path) -> None:
    print()
    print(f"{'size':>7} {'text s':>8} {'highlights s':>13} {'slowest key s':>14} "
          f"{'analyser s':>11} {'highlights/analyser':>20}")
    for name, size in SIZES:
        folder = tmp_path / name.replace(" ", "")
        folder.mkdir()
        text = invented_article(size)
        (folder / "article.txt").write_text(text, encoding="utf-8")
        gc.collect()
        t0 = time.perf_counter()
        analyze(text)
        analyser = time.perf_counter() - t0
        text_at, highlights_at, slowest, keys = asyncio.run(
            _open(folder, tmp_path / f"data{size}"))
        print(f"{name:>7} {text_at:8.2f} {highlights_at:13.2f} {slowest:14.3f} "
              f"{analyser:11.2f} {highlights_at / analyser:20.2f}   ({keys} keys)")
        assert text_at > 0 and highlights_at >= text_at
