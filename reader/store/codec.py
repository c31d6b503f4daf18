"""JSON to and from bytes: orjson when installed (several times faster), else the stdlib.

Both produce UTF-8 and both reject text that is not valid UTF-8 with a ValueError, so
callers only ever catch ValueError.
"""

from __future__ import annotations

import gc
import json
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

try:
    import orjson
except ImportError:  # pragma: no cover - exercised only where orjson has no wheel
    orjson = None  # type: ignore[assignment]


def dumps(value: Any) -> bytes:
    """Serialise to UTF-8 JSON bytes (non-ASCII kept as is, not escaped)."""
    if orjson is not None:
        return orjson.dumps(value)
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


@contextmanager
def gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while building many objects that hold no cycles.

    Parsing 10,000 records makes ~200,000 objects; each threshold crossing then runs a
    collection over everything built so far, which more than doubled the parse time
    (measured: 76 ms with collections, 32 ms paused). Nothing here can form a cycle.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def loads(data: bytes) -> Any:
    """Parse UTF-8 JSON bytes; raises ValueError for anything that is not valid JSON."""
    with gc_paused():
        if orjson is not None:
            return orjson.loads(data)
        return json.loads(data.decode("utf-8"))


def clean_text(text: str) -> str:
    """The text with lone surrogates replaced, so it can always be encoded as UTF-8."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return text.encode("utf-8", "replace").decode("utf-8")
    return text
