"""Plain records: classes with __slots__ and a hand-written __init__, given here the
equality and repr that @dataclass would give them.

@dataclass is paid for at every start: the dataclasses module imports inspect (and with
it ast, dis and tokenize), and each class's methods are generated as source and
compiled. On the road of `reader analyze` (the command, the article reader's text and
title, the analyser) that was a fifth of the start of a process, so the classes there
are Records. (NamedTuple below makes what typing's makes without importing typing, but
each such class is made by exec() at every start, and mypyc builds a compiled module's
with typing's own NamedTupleMeta: nothing on that road uses it now.)

A leaf module (it imports nothing of ours).
"""

from __future__ import annotations

import collections

# typing itself is a twentieth of the start of `reader analyze`; the modules on its
# road read annotations and aliases from typing only for mypy, under
# `if TYPE_CHECKING:` with `TYPE_CHECKING = False` of their own (mypy takes any name
# TYPE_CHECKING as true), and take NamedTuple from here.
TYPE_CHECKING = False

if TYPE_CHECKING:
    from typing import NamedTuple as NamedTuple
else:

    class _NamedTupleMeta(type):
        """Makes each class written `class Name(NamedTuple)` the named tuple that
        typing.NamedTuple makes: its annotated names the fields (an assigned value the
        field's default), its methods and docstring kept."""

        def __new__(mcs, name, bases, namespace):
            fields = list(namespace.get("__annotations__", {}))
            defaults = [namespace[field] for field in fields if field in namespace]
            made = collections.namedtuple(name, fields, defaults=defaults,
                                          module=namespace["__module__"])
            made.__annotations__ = dict(namespace.get("__annotations__", {}))
            for key, value in namespace.items():
                if key not in fields and key not in _NOT_COPIED:
                    setattr(made, key, value)
            return made

    _NOT_COPIED = frozenset({"__module__", "__annotations__"})
    _NamedTupleBase = type.__new__(_NamedTupleMeta, "NamedTuple", (), {})

    def NamedTuple(*args, **kwargs):  # (typing's name)
        raise TypeError("reader.records.NamedTuple is for the class syntax only")

    NamedTuple.__mro_entries__ = lambda bases: (_NamedTupleBase,)


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
