"""The cyclic garbage collector told which objects live as long as the app.

With 10,000 articles the app holds some 300,000 objects (articles, their rows, kept
filter answers). Every so often the collector walks all of them, and it does so in the
middle of whatever runs: a key press took 400 ms instead of 35 (tests/benchmarks/
bench_filter.py counts the passes). Once the library is loaded (and again once it is
indexed) what exists then is moved out of the collector's view with `gc.freeze()`; it is
still freed by reference counting when dropped, only no longer walked. When the main
screen goes, `gc.unfreeze()` hands it all back, so nothing frozen outlives the app (the
tests run hundreds of apps in one process).
"""

from __future__ import annotations

import gc


def freeze_long_lived() -> None:
    """Everything alive now stays out of the collector's passes; the young generations'
    garbage is collected first (cheap), so it is not kept until the app exits."""
    gc.collect(1)
    gc.freeze()


def release_long_lived() -> None:
    """The collector sees everything again (the app is closing)."""
    gc.unfreeze()
