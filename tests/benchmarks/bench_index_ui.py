"""The app stays responsive while it indexes: key presses answered during the
background index of 2,000 generated articles, against the same presses once it is done.

    pytest tests/benchmarks/bench_index_ui.py -s

A key press is timed from the moment the driver hands the key to the app until the
list's cursor has moved (polled every millisecond). Goal: every key within 100 ms while
indexing.
"""

from __future__ import annotations

import asyncio
import statistics
import time
from pathlib import Path

from textual import events

from reader.app import make_app
from reader.ui.widgets.article_list import ArticleList
from tests.benchmarks.bench_index import make_corpus
from tests.ui.support import main_screen, settle

N_ARTICLES = 2_000
PRESSES = 40


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


async def test_keys_are_answered_while_the_library_is_indexed(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    make_corpus(corpus, N_ARTICLES)
    app = make_app([corpus], tmp_path / "data", tmp_path / "cache")
    async with app.run_test(size=(120, 40)) as pilot:
        screen = main_screen(app)
        search = app.services.search
        article_list = screen.query_one(ArticleList)
        # Wait until loading is over and the index worker has started.
        for _ in range(2_000):
            await pilot.pause(0.01)
            if not app.services.library.loading and search.to_index:
                break
        article_list.focus()
        index_started = time.perf_counter()

        driver = app._driver
        assert driver is not None

        async def press_times() -> list[float]:
            times = []
            for n in range(PRESSES):
                before = article_list.highlighted
                key = events.Key("down" if n % 2 == 0 else "up", None)
                key.set_sender(app)
                started = time.perf_counter()
                driver.send_message(key)
                while article_list.highlighted == before:
                    if time.perf_counter() - started > 5:
                        raise AssertionError("a key was not answered within 5 s")
                    await asyncio.sleep(0.001)
                times.append(time.perf_counter() - started)
                await asyncio.sleep(0.02)  # a typist's pace
            return times

        during = await press_times()
        indexed_meanwhile = search.indexed
        while not search.finished:
            await pilot.pause(0.05)
        index_seconds = time.perf_counter() - index_started
        await settle(app, timeout=60)
        after = await press_times()
    print(f"\n{N_ARTICLES:,} articles indexed by the app in {index_seconds:.1f} s "
          f"({N_ARTICLES / index_seconds:.0f} a second); {indexed_meanwhile} of them while "
          "the keys were pressed")
    for label, times in (("while indexing", during), ("index finished", after)):
        print(f"{label:15} key answered: median {statistics.median(times) * 1000:.1f} ms, "
              f"p95 {percentile(times, 0.95) * 1000:.1f} ms, "
              f"max {max(times) * 1000:.1f} ms")
    print(f"ratio of p95 (indexing / idle): "
          f"{percentile(during, 0.95) / percentile(after, 0.95):.2f}x")
