"""`str.startswith` and `str.endswith` at an offset, as slices.

mypyc compiles `text.startswith(x, start)` and `text.endswith(x, 0, end)` (any call with
offsets) as generic method calls through the interpreter: the method looked up, the
arguments boxed into a tuple and parsed again, about a thousand instructions each, and the
rules ask them of every run of capitals. Without offsets both are native calls, and a
slice is a native call too: these give the same answer as the methods, for any offsets
(negative ones counted from the end, as the methods count them), in a fifth of the
instructions.
"""

from __future__ import annotations


def starts_at(text: str, prefix: str | tuple[str, ...], start: int) -> bool:
    """`text.startswith(prefix, start)`."""
    size = len(text)
    if start < 0:
        start += size
        if start < 0:
            start = 0
    if start > size:
        return False  # (even for an empty prefix, as the method says)
    if isinstance(prefix, str):
        return text[start:start + len(prefix)] == prefix
    # a tuple: one slice as long as its longest prefix, then the native test
    longest = 0
    for one in prefix:
        if len(one) > longest:
            longest = len(one)
    return text[start:start + longest].startswith(prefix)


def ends_at(text: str, suffix: str | tuple[str, ...], end: int, start: int = 0) -> bool:
    """`text.endswith(suffix, start, end)`."""
    size = len(text)
    if end > size:
        end = size
    elif end < 0:
        end += size
        if end < 0:
            end = 0
    if start < 0:
        start += size
        if start < 0:
            start = 0
    if end < start:
        return False  # (even for an empty suffix, as the method says)
    if isinstance(suffix, str):
        return end - start >= len(suffix) and text[end - len(suffix):end] == suffix
    # a tuple: one slice as long as its longest suffix (or all there is from `start`),
    # then the native test
    longest = 0
    for one in suffix:
        if len(one) > longest:
            longest = len(one)
    return text[max(start, end - longest):end].endswith(suffix)
