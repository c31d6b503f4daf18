"""The cyclic garbage collector held off while many acyclic objects are built.

An analysis (and `reader analyze`'s output of it) and the store's parse of its file make
no reference cycles: everything they drop is freed at once by reference counting. But
they allocate many small objects (tokens, spans, tuples, records) that live until they
end, and the cyclic collector walks those survivors again and again for nothing: about
a tenth of the time of a 4 MB article, more than half of a 10,000-record store's parse.
So automatic collection is off while any such block runs, in any thread, and back to
what it was when the last one ends. The app's start-up is one too (`pause_collector`):
its imports and first frame make some 100,000 objects that live as long as it does, and
a full collection over them while the first frame was drawn cost 20 to 30 ms. There
is one counter for all of them: two pauses each saving and restoring the collector's
state on their own would, overlapping in two threads, switch it back on while the other
still runs (or leave it off for good).

A leaf module (it imports nothing of ours), so the analyser, the store and the app's
large-article building (reader.heap) share it without importing each other.
"""

from __future__ import annotations

import _thread
import gc
from collections.abc import Callable, Iterator
from contextlib import contextmanager

_lock = _thread.allocate_lock()  # threading.Lock itself (the module: 1% of a start)
_running = 0  # pauses running now, in any thread
_was_enabled = False  # the collector's state when the first of them began


@contextmanager
def collector_paused() -> Iterator[None]:
    """Automatic cyclic collection off for the duration of the `with` block."""
    global _running, _was_enabled
    with _lock:
        if _running == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _running += 1
    try:
        yield
    finally:
        with _lock:
            _running -= 1
            if _running == 0 and _was_enabled:
                gc.enable()


def pause_collector() -> Callable[[], None]:
    """Automatic cyclic collection off from now until the returned function is called
    (calling it again does nothing): a pause that does not fit one block, such as the
    app's start-up, from its imports to its first frame. It counts as one of the pauses
    above, so a block that ends meanwhile does not switch the collector back on."""
    paused = collector_paused()
    paused.__enter__()
    resumed = False

    def resume() -> None:
        nonlocal resumed
        if not resumed:
            resumed = True
            paused.__exit__(None, None, None)

    return resume
