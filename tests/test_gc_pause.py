"""The cyclic collector is off while an analysis runs and back as it was afterwards."""

from __future__ import annotations

import gc
import threading
import types
from collections.abc import Iterator

import pytest

from reader.analysis import analyze
from reader.gc_pause import collector_paused


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


def test_a_store_parse_and_an_analysis_overlapping_share_one_pause(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The store's JSON parse pauses through the same counter: an analysis that starts
    in another thread while a parse runs keeps the collector off after the parse ends."""
    from reader.store import codec

    gc.enable()
    inside, release, done = threading.Event(), threading.Event(), threading.Event()
    seen: list[bool] = []

    def analysis_in_another_thread() -> None:
        with collector_paused():
            inside.set()
            release.wait(5)
            seen.append(gc.isenabled())
        done.set()

    thread = threading.Thread(target=analysis_in_another_thread)

    def parse_that_lets_the_other_thread_in(data: bytes) -> object:
        thread.start()
        assert inside.wait(5)
        return {"parsed": len(data)}

    monkeypatch.setattr(codec, "orjson", None)
    monkeypatch.setattr(codec, "json", types.SimpleNamespace(
        loads=lambda text: parse_that_lets_the_other_thread_in(text.encode())))
    assert codec.loads(b"{}") == {"parsed": 2}
    # The parse is over, the analysis is not: the collector must still be off.
    assert not gc.isenabled()
    release.set()
    assert done.wait(5)
    thread.join(5)
    assert seen == [False]
    assert gc.isenabled()
