"""Opening an article of 1 KB, 100 KB, 1 MB and 4 MB in the app (headless, 120x40).

Run: pytest tests/benchmarks/bench_open_article.py -s

For each size it prints, with the real analyser:
- text: seconds from starting the app until the article's text is laid out in the pane;
- highlights: seconds until the analysis is in and the pane shows its spans;
- keys p95 / slowest: the key presses (j, space, k, ctrl+d, ctrl+u) made while the
  analysis runs and for a second after its highlights are in, each timed from sending it
  until the pane's action for it has run;
- key cpu: for each of those keys, the UI thread's own CPU time from sending it until
  its action ran (what it waited for that was the app's work, not the machine's load:
  on a loaded machine wall times stretch several fold, this much less), p95 and slowest;
- loop late: a timer on the app's event loop that asks to wake every 5 ms records how
  late it wakes (p95 and the worst): a stall there is a key that waits, whatever blocks
  the loop (work on the UI thread, a worker thread holding the interpreter lock, a GC
  pause);
- analyser: the analyser alone on the same text, in this run;
and the ratio of highlights to the analyser's own time (1.0 would be no overhead at all).
The goals: text under 1 s, keys within 0.1 s (p95) and the slowest not past about 0.15 s,
highlights a small multiple of the analyser. No assertion on time: the figures are for the
README and the issue.

BENCH_SIZES="1 MB,4 MB" runs only those sizes. BENCH_STALLS=1 also prints, for each
stall of the loop over 50 ms, where the UI thread and the other threads were (a watchdog
thread samples their stacks), the garbage collector's pauses over 10 ms and the five
slowest keys: to find what blocks.
"""

from __future__ import annotations

import asyncio
import gc
import os
import sys
import threading
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
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
# BENCH_SIZES="1 MB,4 MB" runs only those.
CHOSEN = [name.strip() for name in os.environ.get("BENCH_SIZES", "").split(",") if name.strip()]
KEYS = ["j", "space", "k", "ctrl+d", "j", "ctrl+u"]  # each one scrolls the pane
KEY_TIMEOUT_SECONDS = 10.0
ACTIONS = ("scroll_down", "scroll_up", "page_down", "half_page_down", "half_page_up")
DEADLINE_SECONDS = 300.0
AFTER_HIGHLIGHTS_SECONDS = 1.0  # keys go on this long after the highlights are in
TICK_SECONDS = 0.005
STALL_SECONDS = 0.05  # BENCH_STALLS=1 prints the stacks of loop stalls longer than this
SHOW_STALLS = os.environ.get("BENCH_STALLS") == "1"


def invented_article(size: int) -> str:
    head = "Envoys meet again as the talks go on\n\n"
    body = (UNIT * (size // len(UNIT) + 1))[: size - len(head)]
    return head + body


def percentile(values: list[float], fraction: float) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


@dataclass
class Figures:
    text_at: float = 0.0
    highlights_at: float = 0.0
    keys: list[float] = field(default_factory=list)
    keys_cpu: list[float] = field(default_factory=list)  # the UI thread's CPU per key
    key_times: list[float] = field(default_factory=list)  # when each key was sent
    late: list[float] = field(default_factory=list)  # loop lateness samples while keys run


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


async def _key_latency(app: App[None], handled: list[float], key: str
                       ) -> tuple[float, float]:
    """Seconds from the key reaching the app until the pane's action for it has run, and
    the UI thread's CPU seconds meanwhile (this coroutine runs on the app's loop, so
    time.thread_time() here is the UI thread's).

    (Pilot.press waits until the whole process is idle, which it is not while the
    analyser runs, so the key is sent as the terminal driver would send it.)"""
    count = len(handled)
    t0, cpu0 = time.perf_counter(), time.thread_time()
    driver = app._driver
    assert driver is not None
    driver.send_message(events.Key(key, " " if key == "space" else key))
    while len(handled) == count and time.perf_counter() - t0 < KEY_TIMEOUT_SECONDS:
        await asyncio.sleep(0.0005)
    cpu = time.thread_time() - cpu0
    return (handled[count] if len(handled) > count else time.perf_counter()) - t0, cpu


class LoopClock:
    """A task that sleeps TICK_SECONDS at a time and records how late it wakes; with
    BENCH_STALLS=1 a watchdog thread prints the threads' stacks during a long stall."""

    def __init__(self) -> None:
        self.late: list[float] = []
        self.recording = False
        self.beat = time.perf_counter()
        self.running = True
        self.loop_thread = threading.get_ident()
        self.stalls: list[str] = []
        self.gc_pauses: list[tuple[int, float, str]] = []  # (generation, seconds, thread)
        self._gc_started = 0.0

    def on_gc(self, phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            self._gc_started = time.perf_counter()
        elif self.recording:
            thread = "UI" if threading.get_ident() == self.loop_thread else "worker"
            pause = time.perf_counter() - self._gc_started
            if pause > STALL_SECONDS:
                thread += (f" {len(gc.get_objects())} tracked, "
                           f"{gc.get_freeze_count()} frozen")
            self.gc_pauses.append((info["generation"], pause, thread))

    async def run(self) -> None:
        while self.running:
            t0 = time.perf_counter()
            await asyncio.sleep(TICK_SECONDS)
            now = time.perf_counter()
            self.beat = now
            if self.recording:
                self.late.append(now - t0 - TICK_SECONDS)

    def watch(self) -> None:
        reported = 0.0
        while self.running:
            time.sleep(0.01)
            stalled = time.perf_counter() - self.beat
            if stalled > STALL_SECONDS and self.beat != reported:
                reported = self.beat
                frames = sys._current_frames()
                lines = [f"--- loop stalled {stalled * 1000:.0f} ms so far"]
                for ident, frame in frames.items():
                    if ident == threading.get_ident():
                        continue
                    name = "UI" if ident == self.loop_thread else str(ident)
                    stack = traceback.extract_stack(frame)[-6:]
                    lines.append(f"  thread {name}:")
                    lines += [f"    {f.filename.split('/')[-1]}:{f.lineno} {f.name}"
                              for f in stack]
                self.stalls.append("\n".join(lines))


async def _open(folder: Path, data_dir: Path) -> Figures:
    app = make_app([folder], data_dir)
    started = time.perf_counter()
    figures = Figures()
    clock = LoopClock()
    ticker = asyncio.create_task(clock.run())
    watchdog = threading.Thread(target=clock.watch, daemon=True)
    if SHOW_STALLS:
        watchdog.start()
        gc.callbacks.append(clock.on_gc)
    async with app.run_test(size=(120, 40)):
        deadline = started + DEADLINE_SECONDS
        screen = app.main_screen
        assert isinstance(screen, MainScreen)
        pane = screen.query_one(ReadingPane)
        handled = _count_actions(pane)
        presses = 0
        while time.perf_counter() < deadline:
            now = time.perf_counter()
            if not figures.text_at and pane._document is not None and pane._lines:
                figures.text_at = now - started
                pane.focus()
                clock.recording = True
            if (figures.text_at and not figures.highlights_at
                    and pane.analysis is not None and pane.styled):
                figures.highlights_at = now - started
            if figures.highlights_at and now - started > (figures.highlights_at
                                                          + AFTER_HIGHLIGHTS_SECONDS):
                break
            if figures.text_at:
                key = KEYS[presses % len(KEYS)]
                presses += 1
                figures.key_times.append(now - started)
                latency, cpu = await _key_latency(app, handled, key)
                figures.keys.append(latency)
                figures.keys_cpu.append(cpu)
                await asyncio.sleep(0.02)  # keys spread over the analysis, as typed
            else:
                await asyncio.sleep(0.002)
        clock.recording = False
        await app.workers.wait_for_complete()
    clock.running = False
    await ticker
    figures.late = clock.late
    if SHOW_STALLS:
        watchdog.join()
        gc.callbacks.remove(clock.on_gc)
        slowest = sorted(zip(figures.keys, figures.key_times, strict=True), reverse=True)[:5]
        print("slowest keys (s, sent at s):",
              ", ".join(f"{k:.3f} at {t:.2f}" for k, t in slowest),
              f"; text at {figures.text_at:.2f}, highlights at {figures.highlights_at:.2f}")
        by_cpu = sorted(zip(figures.keys_cpu, figures.key_times, strict=True), reverse=True)[:5]
        print("most UI CPU while a key waited (ms, sent at s):",
              ", ".join(f"{1000 * c:.0f} at {t:.2f}" for c, t in by_cpu))
        print("\n".join(clock.stalls))
        long_ones = [p for p in clock.gc_pauses if p[1] > 0.01]
        print(f"GC: {len(clock.gc_pauses)} collections, "
              f"{sum(p[1] for p in clock.gc_pauses):.3f} s in all; over 10 ms: "
              + ", ".join(f"gen{g} {t * 1000:.0f} ms ({who})" for g, t, who in long_ones))
    return figures


def test_open_article_figures(tmp_path: Path) -> None:
    print()
    print(f"{'size':>7} {'text s':>7} {'highl. s':>8} {'analyser s':>10} {'ratio':>6} "
          f"{'key p95 s':>9} {'key max s':>9} {'key cpu p95 ms':>14} {'max ms':>6} "
          f"{'loop late p95 s':>15} {'max s':>6}")
    for name, size in SIZES:
        if CHOSEN and name not in CHOSEN:
            continue
        folder = tmp_path / name.replace(" ", "")
        folder.mkdir()
        text = invented_article(size)
        (folder / "article.txt").write_text(text, encoding="utf-8")
        gc.collect()
        t0 = time.perf_counter()
        analyze(text)
        analyser = time.perf_counter() - t0
        f = asyncio.run(_open(folder, tmp_path / f"data{size}"))
        print(f"{name:>7} {f.text_at:7.2f} {f.highlights_at:8.2f} {analyser:10.2f} "
              f"{f.highlights_at / analyser:6.2f} {percentile(f.keys, 0.95):9.3f} "
              f"{max(f.keys, default=0.0):9.3f} {1000 * percentile(f.keys_cpu, 0.95):14.1f} "
              f"{1000 * max(f.keys_cpu, default=0.0):6.1f} {percentile(f.late, 0.95):15.3f} "
              f"{max(f.late, default=0.0):6.3f}   ({len(f.keys)} keys)")
        assert f.text_at > 0 and f.highlights_at >= f.text_at
