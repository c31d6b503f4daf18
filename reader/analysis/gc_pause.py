"""The cyclic garbage collector held off while an article is analysed.

The analysis makes no reference cycles: everything it drops is freed at once by
reference counting. But it allocates millions of small objects (tokens, spans, tuples)
that live until it ends, and the cyclic collector walks those survivors again and again
for nothing: about a tenth of the time of a 4 MB article. So automatic collection is off
while any analysis runs and back to what it was when the last one ends (the counter
keeps two analyses in two threads from switching it back on under each other).
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_running = 0  # analyses running now, in any thread
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
