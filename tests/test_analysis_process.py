"""The app's analysis process: the compact payload, and the cache file kept by the child."""

from __future__ import annotations

import gc
import json
import threading
import weakref
from pathlib import Path

import pytest

from reader import heap
from reader.analysis import Analysis, Entity, Quote
from reader.analysis_process import AppAnalyzer, _from_payload, _to_payload
from reader.library.analysis_cache import read_analysis_file

TEXT = ('Ada Berg said "we will build it" and "soon," the mayor told them. '
        '"Nobody knows," a voice said. Oslo and the Harbour Board agreed.')


def _analysis() -> Analysis:
    entities = [Entity("person:ada-berg", "person", "Ada Berg", [(0, 8)], role="Mayor",
                       gender="female"),
                Entity("country:no", "country", "Oslo", [(97, 101)], code="NO"),
                Entity("organization:harbour-board", "organization", "Harbour Board",
                       [(110, 123), (110, 123)])]
    quotes = [Quote(14, 32, TEXT[14:32], "person:ada-berg", "said", (0, 8)),
              Quote(37, 44, TEXT[37:44], "person:ada-berg", "told", (45, 54)),
              Quote(67, 81, TEXT[67:81], None, "said", (82, 89)),
              Quote(67, 81, TEXT[67:81])]
    return Analysis(TEXT, entities, quotes)


def test_the_payload_gives_back_the_same_analysis() -> None:
    analysis = _analysis()
    assert _from_payload(TEXT, _to_payload(analysis)) == analysis
    assert _from_payload("", _to_payload(Analysis(""))) == Analysis("")


def test_the_payload_read_in_slices_with_pauses_is_the_same(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from reader import analysis_process

    monkeypatch.setattr(analysis_process, "PAYLOAD_SLICE", 1)
    pauses: list[int] = []
    analysis = _analysis()
    assert _from_payload(TEXT, _to_payload(analysis), lambda: pauses.append(1)) == analysis
    assert len(pauses) >= len(analysis.quotes) - 1  # between every two quotes, at least


def test_the_child_writes_the_cache_file_and_reads_it_back(tmp_path: Path) -> None:
    text = ('"We agreed on the next steps," Anna Berg told reporters in Oslo.\n\n' * 3)
    cache_file = tmp_path / "ab" / "abcdef.json"
    analyzer = AppAnalyzer(large_text_chars=0)
    first = analyzer(text, cache_file=cache_file)
    assert first.quotes and cache_file.is_file()
    assert read_analysis_file(cache_file, text) == first
    # The next analysis of that text is the file's: a quote taken out of it stays out.
    doc = json.loads(cache_file.read_text(encoding="utf-8"))
    doc["quotes"] = doc["quotes"][1:]
    cache_file.write_text(json.dumps(doc), encoding="utf-8")
    assert analyzer(text, cache_file=cache_file).quotes == first.quotes[1:]
    # A file that is not this text's analysis is analysed again and written over.
    cache_file.write_text('{"entities": [], "quotes": [{"start": -5}]}', encoding="utf-8")
    assert analyzer(text, cache_file=cache_file) == first
    assert read_analysis_file(cache_file, text) == first


def test_a_small_text_never_goes_to_the_process(tmp_path: Path) -> None:
    analyzer = AppAnalyzer(large_text_chars=10 ** 9)
    assert not analyzer.uses_process("short")
    analyzer("Ada said \"hi\".", cache_file=tmp_path / "x.json")
    assert not (tmp_path / "x.json").exists()  # the caller's cache keeps small ones


def test_bulk_build_pauses_the_collector_then_freezes_what_it_built() -> None:
    heap.thaw()
    assert gc.isenabled()
    with heap.bulk_build():
        assert not gc.isenabled()
        with heap.bulk_build():  # nested
            assert not gc.isenabled()
        assert not gc.isenabled()
        built = [[n] for n in range(1000)]
    assert gc.isenabled() and gc.get_freeze_count() >= len(built)
    collected = {id(o) for o in gc.get_objects()}
    assert not any(id(x) in collected for x in built)  # no collection walks them
    heap.thaw()
    assert gc.get_freeze_count() == 0
    assert id(built[0]) in {id(o) for o in gc.get_objects()}


class _Cyclic:
    def __init__(self) -> None:
        self.me = self


@pytest.mark.parametrize("full", [True, False])
def test_freezing_what_lives_long_frees_the_cyclic_garbage_first(full: bool) -> None:
    """Fully at start-up, the young generations later: the new cyclic garbage goes."""
    heap.thaw()
    kept = [[n] for n in range(100)]
    garbage = _Cyclic()
    gone = weakref.ref(garbage)
    del garbage
    assert gone() is not None  # a cycle: only a collection frees it
    try:
        heap.freeze_long_lived(full=full)
        assert gone() is None  # collected, not frozen until the app exits
        assert gc.get_freeze_count() >= len(kept)
    finally:
        heap.thaw()


def test_the_collector_runs_again_when_the_last_thread_leaves() -> None:
    entered, leave = threading.Event(), threading.Event()

    def build() -> None:
        with heap.bulk_build():
            entered.set()
            assert leave.wait(timeout=30)

    other = threading.Thread(target=build)
    with heap.bulk_build():
        other.start()
        assert entered.wait(timeout=30)
    assert not gc.isenabled()  # the other thread is still building
    leave.set()
    other.join(timeout=30)
    assert gc.isenabled()
    heap.thaw()


class _Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_full_collections_wait_for_an_idle_moment_or_a_minute() -> None:
    saved = gc.get_threshold()
    clock = _Clock()
    collections = heap.IdleCollections(clock)
    collections.start()
    try:
        assert gc.get_threshold()[:2] == saved[:2] and gc.get_threshold()[2] > 10 ** 6
        gc.collect()
        assert not collections.collect_if_idle()  # nothing due
        for _ in range(heap.FULL_COLLECTION_DUE):
            gc.collect(1)  # each younger collection brings the full one nearer
        collections.user_active()
        clock.now += heap.IDLE_SECONDS / 2
        assert not collections.collect_if_idle()  # due, but the user is paging
        assert gc.get_count()[2] >= heap.FULL_COLLECTION_DUE
        clock.now += heap.IDLE_SECONDS
        assert collections.collect_if_idle()  # idle: collected
        assert gc.get_count()[2] == 0 and collections.collections == 1
        for _ in range(heap.FULL_COLLECTION_DUE):
            gc.collect(1)
        collections.user_active()
        clock.now += heap.LONGEST_DEFERRAL_SECONDS
        collections.user_active()
        assert collections.collect_if_idle()  # typing on for a minute: collected anyway
    finally:
        collections.stop()
    assert gc.get_threshold() == saved


async def test_the_app_defers_full_collections_while_it_runs(tmp_path: Path) -> None:
    from reader.app import make_app

    saved = gc.get_threshold()
    app = make_app([tmp_path / "none"], tmp_path / "data")
    async with app.run_test(size=(80, 24)) as pilot:
        assert gc.get_threshold()[2] > 10 ** 6
        before = app._collections.last_input
        await pilot.press("j")
        assert app._collections.last_input > before  # a key is the user at work
    assert gc.get_threshold() == saved
