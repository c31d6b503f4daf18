"""The cyclic collector is off while an analysis runs and back as it was afterwards."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator

import pytest

from reader.analysis import analyze
from reader.analysis.gc_pause import collector_paused


@pytest.fixture(autouse=True)
def _collector_enabled_again() -> Iterator[None]:
    yield
    gc.enable()


def test_collector_is_off_inside_and_back_on_after() -> None:
    gc.enable()
    with collector_paused():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_collector_left_off_when_it_was_off_before() -> None:
    gc.disable()
    with collector_paused():
        assert not gc.isenabled()
    assert not gc.isenabled()


def test_collector_back_on_after_an_error_inside() -> None:
    gc.enable()
    with pytest.raises(ValueError), collector_paused():
        raise ValueError("boom")
    assert gc.isenabled()


def test_overlapping_pauses_in_two_threads_end_with_the_collector_on() -> None:
    gc.enable()
    inside, release = threading.Event(), threading.Event()
    seen: list[bool] = []

    def other() -> None:
        with collector_paused():
            inside.set()
            release.wait(5)
            seen.append(gc.isenabled())

    thread = threading.Thread(target=other)
    with collector_paused():
        thread.start()
        assert inside.wait(5)
    # This pause has ended but the other thread's has not: still off.
    assert not gc.isenabled()
    release.set()
    thread.join(5)
    assert seen == [False]
    assert gc.isenabled()


def test_analyze_restores_the_collector() -> None:
    gc.enable()
    result = analyze('"We will see," said Ana Vidal.')
    assert result.quotes
    assert gc.isenabled()


def test_analysis_leaves_no_reference_cycles() -> None:
    """What makes the pause safe: an analysis frees all it drops by reference counting,
    so nothing waits for the collector (memory stays proportional to the article)."""
    text = ('Foreign Minister Ana Vidal of Tarsia met Mr. Tom Hale in Lisbon.\n\n'
            '"We agreed on the next steps," Vidal told reporters. "It starts now."\n\n'
            '"There is no deal yet," he said, adding that the ministry would "wait."\n')
    analyze(text)  # the first call loads the finders' tables
    gc.collect()
    gc.disable()
    try:
        result = analyze(text)
        assert result.quotes and result.entities
        del result
        assert gc.collect() == 0
    finally:
        gc.enable()
