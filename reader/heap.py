"""Building large structures without garbage-collector pauses that freeze the UI.

CPython's cyclic collector walks every tracked object of the generations it collects,
holding the interpreter lock all along. A full collection is due each time the number of
long-lived objects has grown by a quarter, so while the app builds the structures of a
4 MB article (its analysis: tens of thousands of quotes and spans; its document and line
layout) a collection walks all of them, several times, for 0.1 to 1 s on a loaded
machine, in whichever thread happened to allocate: the UI thread cannot answer a key.

`bulk_build()` pauses the automatic collector while such a structure is built, and on
leaving moves every object alive into the permanent generation (`gc.freeze`), which no
later collection walks: collections stay as cheap as they were before the article came.
The structures built are acyclic, so when the article is closed reference counting frees
them all the same; only cyclic garbage that happened to exist at that moment (a few
objects of the UI's) is kept until `thaw()` hands everything frozen back to the
collector, which the app does when it exits. The app also freezes what it has built to
start (`freeze_long_lived`): a Textual app with its modules is some 90,000 objects, a
full collection of them 50 to 150 ms on a loaded machine, at the moment of a key.

Even so, while the user pages through an article the UI keeps some 40,000 objects of
its own (rendered lines, style caches) that a full collection walks, every three seconds
or so of steady paging: 10 to 30 ms of the UI thread, which a key then waits for.
`IdleCollections` leaves the young generations to the automatic collector and runs the
full collection itself when the user has been idle a moment (or, typing on for long, at
least every minute), so that none ever falls between a key and its answer.
"""

from __future__ import annotations

import gc
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from reader.gc_pause import collector_paused

_lock = threading.Lock()
_builders = 0  # bulk_build() blocks running now, in any thread


@contextmanager
def bulk_build() -> Iterator[None]:
    """No automatic collection inside; everything alive frozen on leaving (see above).

    Safe to nest and to use from several threads at once, and beside an analysis (the
    one pause counter of reader.gc_pause): the collector runs again when the
    last of them leaves."""
    global _builders
    with _lock:
        _builders += 1
    with collector_paused():
        try:
            yield
        finally:
            with _lock:
                _builders -= 1
                # Whenever it happens: objects another thread still builds are frozen
                # too, and freed by reference counting all the same when that thread
                # drops them. Frozen before the collector is back: else the first
                # allocation after it walks everything just built (a young collection of
                # 100,000 objects, 25 ms with the interpreter lock held).
                gc.freeze()


def freeze_long_lived(*, full: bool) -> None:
    """Freeze what is alive now: what the app has built lives as long as it does (its
    modules, classes and widgets; once loaded, the library's articles and rows; once
    indexed, the analyses cached meanwhile), and no collection need walk it again. With
    10,000 articles that is some 300,000 objects, whose passes made a filter key take
    400 ms instead of 35 (tests/benchmarks/bench_filter.py counts the passes).

    What is collected first depends on when. Once at start-up, just after the first
    frame (`full`): a full collection, some 30-70 ms on a loaded machine, frees the first
    frames' cyclic garbage (some 10,000 objects: drawn strips and their caches; 1.5 MiB
    with 10,000 articles) rather than freezing it until the app exits. Later (the library
    loaded, the index built; `full=False`), while the user may be typing: the young
    generations only, which is cheap; a full collection then would walk the 300,000
    objects not yet frozen, 50-150 ms of the UI thread, for little garbage."""
    gc.collect(2 if full else 1)
    gc.freeze()


def thaw() -> None:
    """Give the objects frozen here back to the collector (the app is closing: nothing
    frozen outlives it; the tests run hundreds of apps in one process)."""
    with _lock:
        # Unconditionally: gc.unfreeze() is a splice of two lists, whereas
        # gc.get_freeze_count() walks every frozen object (some 30-90 ms for the million
        # of a test process; at exit, for the app's 100,000, a few ms for nothing).
        if _builders == 0:
            gc.unfreeze()


IDLE_SECONDS = 1.0  # no key or mouse event this long: the user is reading, not paging
LONGEST_DEFERRAL_SECONDS = 60.0
FULL_COLLECTION_DUE = 10  # younger collections before a full one (CPython's default)


class IdleCollections:
    """Full collections at idle moments instead of whenever they fall due (see above).

    `start()` raises the automatic collector's threshold for the oldest generation out
    of reach; `user_active()` is called on each input event; `collect_if_idle()`, called
    now and then (a timer), runs the full collection once it is due and the user is
    idle, or when one has been put off for LONGEST_DEFERRAL_SECONDS; `stop()` puts the
    threshold back."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._saved: tuple[int, int, int] | None = None
        self.last_input = clock()
        self.last_full = clock()
        self.collections = 0  # full collections run here

    def start(self) -> None:
        if self._saved is None:
            self._saved = gc.get_threshold()
            young, middle, _ = self._saved
            gc.set_threshold(young, middle, 1 << 30)

    def stop(self) -> None:
        if self._saved is not None:
            gc.set_threshold(*self._saved)
            self._saved = None

    def user_active(self) -> None:
        self.last_input = self._clock()

    def collect_if_idle(self) -> bool:
        """Run the full collection if it is due and now is a good time; whether it ran."""
        if self._saved is None or gc.get_count()[2] < FULL_COLLECTION_DUE:
            return False
        now = self._clock()
        idle = now - self.last_input >= IDLE_SECONDS
        if not idle and now - self.last_full < LONGEST_DEFERRAL_SECONDS:
            return False
        if not gc.isenabled():
            return False  # a bulk build or an analysis runs: it collects when it ends
        gc.collect()
        self.last_full = self._clock()
        self.collections += 1
        return True
