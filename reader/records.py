"""Plain records: classes with __slots__ and a hand-written __init__, given here the
equality and repr that @dataclass would give them.

@dataclass is paid for at every start: the dataclasses module imports inspect (and with
it ast, dis and tokenize), and each class's methods are generated as source and
compiled. On the road of `reader analyze` (the command, the article reader's text and
title, the analyser) that was a fifth of the start of a process, so the classes there
are Records, or NamedTuples where they never change (reader/analysis/lexicon.py's
Phrase).

A leaf module (it imports nothing of ours).
"""

from __future__ import annotations


class Record:
    """Equal to a record of the same class with equal fields (the `__slots__`, in their
    order, which is the order of `__init__`'s parameters); shown as
    `Name(field=value, ...)`. Unhashable, as a dataclass that can change is."""

    __slots__ = ()

    def _names(self) -> tuple[str, ...]:
        names: tuple[str, ...] = type(self).__slots__
        return names

    def _fields(self) -> tuple[object, ...]:
        return tuple(getattr(self, name) for name in self._names())

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        assert isinstance(other, Record)
        return self._fields() == other._fields()

    def __repr__(self) -> str:
        fields = ", ".join(f"{name}={getattr(self, name)!r}" for name in self._names())
        return f"{type(self).__qualname__}({fields})"
