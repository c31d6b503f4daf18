"""mypyc's mark for a class it must build as a plain Python class, without mypy_extensions.

mypyc reads `@mypyc_attr(native_class=False)` when it compiles: the stub beside this
module (compile_marks.pyi) tells mypy, and so mypyc, that this is mypy_extensions' own.
The compiled module still calls the mark at run time on the class it made, which must
come back unchanged; this does that, as mypy_extensions' does, without importing that
module (nor depending on it at run time). Not compiled (hatch_build.py leaves it out):
mypyc would compile the stub's import.
"""

from __future__ import annotations

from collections.abc import Callable

TYPE_CHECKING = False  # (reader/records.py says why not typing's)
if TYPE_CHECKING:
    from typing import TypeVar

    _T = TypeVar("_T")


def mypyc_attr(*attrs: str, **kwattrs: object) -> Callable[[_T], _T]:
    """The class (or function) given, unchanged: mypyc has read the mark already."""

    def unchanged(made: _T) -> _T:
        return made

    return unchanged
