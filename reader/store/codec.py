"""JSON to and from bytes: orjson when installed (several times faster), else the stdlib.

Both produce UTF-8 and both reject text that is not valid UTF-8 with a ValueError, so
callers only ever catch ValueError.
"""

from __future__ import annotations

import json
from typing import Any

from reader.gc_pause import collector_paused

try:
    import orjson
except ImportError:  # pragma: no cover - exercised only where orjson has no wheel
    orjson = None  # type: ignore[assignment]


def dumps(value: Any) -> bytes:
    """Serialise to UTF-8 JSON bytes (non-ASCII kept as is, not escaped)."""
    if orjson is not None:
        return orjson.dumps(value)
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def loads(data: bytes) -> Any:
    """Parse UTF-8 JSON bytes; raises ValueError for anything that is not valid JSON."""
    # Parsing 10,000 records makes ~200,000 objects and no cycles; each threshold crossing
    # would run a collection over everything built so far (measured: 76 ms with
    # collections, 32 ms paused).
    with collector_paused():
        if orjson is not None:
            return orjson.loads(data)
        return json.loads(data.decode("utf-8"))


class DuplicateKeyError(ValueError):
    """The JSON holds an object with the same key twice (one copy would be lost)."""


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) != len(pairs):
        seen: set[str] = set()
        twice = next(k for k, _ in pairs if k in seen or seen.add(k))  # type: ignore[func-returns-value]
        shown = twice if len(twice) <= 60 else twice[:59] + "…"
        raise DuplicateKeyError(f"the key {shown!r} appears twice in one object")
    return result


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON number")


def loads_strict(data: bytes | str) -> Any:
    """Parse JSON exactly, for what is checked rather than trusted: ValueError (with a
    message that says why) for invalid JSON, a key twice in one object (DuplicateKeyError),
    NaN/Infinity, and nesting too deep to process. Numbers of any size are kept exactly
    (orjson would turn an integer beyond 64 bits into a float); slower than `loads`."""
    try:
        text = data.decode("utf-8") if isinstance(data, bytes) else data
        return json.loads(text, object_pairs_hook=_no_duplicates, parse_constant=_no_constant)
    except RecursionError:
        raise ValueError("it is nested too deeply") from None
    except UnicodeDecodeError as exc:
        raise ValueError(f"it is not UTF-8 ({exc.reason} at byte {exc.start})") from None


def encodable(value: Any) -> bool:
    """Whether `dumps` writes `value` so that it reads back the same: strings without lone
    surrogates, integers within 64 bits, finite floats (orjson writes infinity as null),
    nesting the parser accepts."""
    try:
        return bool(loads(dumps(value)) == value)
    except (TypeError, ValueError, OverflowError, RecursionError):
        return False


def clean_text(text: str) -> str:
    """The text with lone surrogates replaced, so it can always be encoded as UTF-8."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return text.encode("utf-8", "replace").decode("utf-8")
    return text
