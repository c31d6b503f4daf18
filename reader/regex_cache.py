"""Regular expressions compiled once, when the package is built, not at every start.

CPython compiles a regular expression with Python code (re._parser, re._compiler) into
a list of integers that its C matcher runs. The analyser's and the article reader's
eighty-odd patterns cost about 100 M instructions that way: a fifth of the start of
`reader analyze`, paid again by every process. `regex_cache.marshal` beside this module
holds those compiled forms (made by tools/build_regex_cache.py, in the format and with
the trust of the package's own bytecode files), and `compiled()` builds a pattern from
its entry, which is equal to what `re.compile` gives (a test checks every entry).

Whatever the file does not hold is compiled as usual: a pattern changed since the file
was made, another Python whose matcher reads other codes (the file names the Python
and matcher versions it was made for), a file missing or unreadable. So the file only
ever saves time; run the tool again after changing patterns to keep it saving.

A leaf module (it imports nothing of ours).
"""

from __future__ import annotations

import marshal
import os
import re
import sys
from array import array
from collections.abc import Iterable

TYPE_CHECKING = False  # (reader/records.py says why not typing's)
if TYPE_CHECKING:
    from typing import Any

_sre: Any = getattr(re, "_compiler", None)
_sre = getattr(_sre, "_sre", None)  # the C matcher: re._compiler's own import of it

CACHE_FILE = os.path.join(os.path.dirname(__file__), "regex_cache.marshal")

# The matcher's code words are kept as the bytes of an array of this type, not as a
# list of ints: marshal reads a list of 100,000 ints one object at a time (17 M
# instructions of every start, 8% of a one-article `reader analyze`), the
# bytes at once, and array.tolist() makes the list the matcher takes in C (7 M).
_CODE_TYPE = next((kind for kind in "IL"
                   if array(kind).itemsize == getattr(_sre, "CODESIZE", 4)), "L")

# What the compiled form depends on: a file made under another Python is not read.
VERSION: tuple[Any, ...] = (sys.implementation.name, sys.version_info[:2],
                            getattr(_sre, "MAGIC", None), getattr(_sre, "CODESIZE", None),
                            _CODE_TYPE)

# (pattern, flags) -> the arguments after the pattern of the matcher's compile(), the
# code as the bytes of an array of _CODE_TYPE.
Entry = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]

_table: dict[tuple[str, int], Entry] | None = None
# Every (pattern, flags) asked for in this process, in order: what the tool writes to
# the file. (A dict as an ordered set: the patterns are made once, at import.)
asked: dict[tuple[str, int], None] = {}


def load(path: str = CACHE_FILE) -> dict[tuple[str, int], Entry]:
    """The entries of a cache file, or none when it is missing, unreadable or made
    for another Python."""
    if _sre is None:
        return {}
    try:
        with open(path, "rb") as file:
            version, table = marshal.loads(file.read())
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    if version != VERSION or not isinstance(table, dict):
        return {}
    return table


def compiled(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(pattern, flags)`, from the cache file when it holds the pattern.
    For patterns made once, at import: unlike re.compile it keeps no cache itself."""
    global _table
    if _table is None:
        _table = load()
    flags = int(flags)
    asked[(pattern, flags)] = None
    entry = _table.get((pattern, flags))
    if entry is not None:
        try:
            return from_entry(pattern, entry)
        except (RuntimeError, TypeError, ValueError, OverflowError):
            pass  # an entry the matcher refuses ("invalid SRE code"): compile it anew
    return re.compile(pattern, flags)


def from_entry(pattern: str, entry: Entry) -> re.Pattern[str]:
    """The pattern the matcher makes of an entry of the file (raises as the matcher does
    when it refuses the entry)."""
    final_flags, code, groups, groupindex, indexgroup = entry
    made: re.Pattern[str] = _sre.compile(pattern, final_flags, array(_CODE_TYPE, code).tolist(),
                                         groups, groupindex, indexgroup)
    return made


def alternation(words: Iterable[str]) -> str:
    """The words (pattern text, not escaped) as an alternation "a|b|c", longest first so
    that the longest that fits is the one taken, and equals in alphabetical order: the
    same pattern in every process. (In the order of a set it would change with the
    string hash seed of each process, and no entry of the file would ever fit it; the
    order of words of one length changes nothing a pattern matches.)"""
    # Two sorts in C (the second stable, reverse=True included), not one with a key of
    # (-len, word) made by a Python lambda for each word (a fiftieth of the start).
    return "|".join(sorted(sorted(words), key=len, reverse=True))


def compile_arguments(pattern: str, flags: int = 0) -> Entry:
    """What re.compile passes the matcher for this pattern, after the pattern itself
    (for the tool that writes the cache file)."""
    captured: list[Entry] = []

    class _Capturing:
        """The matcher module, with its compile() recording its arguments."""

        def __getattr__(self, name: str) -> Any:
            return getattr(_sre, name)

        def compile(self, pattern: str, *args: Any) -> Any:
            captured.append(args)
            return _sre.compile(pattern, *args)

    compiler: Any = re._compiler  # type: ignore[attr-defined]
    compiler._sre = _Capturing()
    try:
        compiler.compile(pattern, flags)  # not re.compile: its own cache would answer
    finally:
        compiler._sre = _sre
    final_flags, code, groups, groupindex, indexgroup = captured[0]
    return (int(final_flags), array(_CODE_TYPE, code).tobytes(), int(groups),
            dict(groupindex), tuple(indexgroup))
