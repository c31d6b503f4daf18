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
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
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
    try:
        with collector_paused():
            yield
    finally:
        with _lock:
            _builders -= 1
            # Whenever it happens: objects another thread still builds are frozen too,
            # and freed by reference counting all the same when that thread drops them.
            gc.freeze()


def freeze_long_lived() -> None:
    """Freeze what is alive now (call it once the app has started: its modules, classes
    and widgets live as long as it does, and no collection need walk them again).

    A full collection runs first (once, some 30-70 ms on a loaded machine, after the
    first frame): the cyclic garbage of the first frames (some 10,000 objects: drawn
    strips and their caches) is freed rather than frozen until the app exits (1.5 MiB
    with 10,000 articles)."""
    gc.collect()
    gc.freeze()


def thaw() -> None:
    """Give the objects frozen here back to the collector."""
    with _lock:
        if _builders == 0 and gc.get_freeze_count():
            gc.unfreeze()
