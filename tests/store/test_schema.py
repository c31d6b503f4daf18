"""The schema check: its fast column-wise path never accepts what the record-by-record
check rejects, and every rejection names the record at fault."""

from __future__ import annotations

import copy
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.store import ArticleBookmark, Note, NoteTarget, QuoteAnchor, QuoteBookmark
from reader.store.schema import (
    KINDS_BY_TABLE,
    SchemaError,
    _table_looks_valid,
    _validate_record,
    empty_document,
    validate,
)

ANCHOR = QuoteAnchor.from_text("He said yes to it.", 8, 11, "hash")


def _document() -> dict[str, Any]:
    doc = empty_document()
    records = [ArticleBookmark("a", "A"), QuoteBookmark("a", "A", ANCHOR, speaker="S"),
               Note(NoteTarget.article("a", "A"), "n1"),
               Note(NoteTarget.quote("a", "A", ANCHOR), "n2"),
               Note(NoteTarget.entity("person:x", "X"), "n3")]
    for record in records:
        table = "notes" if isinstance(record, Note) else "bookmarks"
        doc["tables"][table][record.id] = record.to_dict()
    return doc


def _slow_ok(doc: dict[str, Any]) -> bool:
    try:
        for name, table in doc["tables"].items():
            for key, record in table.items():
                _validate_record(name, KINDS_BY_TABLE[name], key, record)
    except SchemaError:
        return False
    return True


def test_valid_document_passes_both_paths() -> None:
    doc = _document()
    validate(doc)
    assert all(_table_looks_valid(n, t) for n, t in doc["tables"].items())
    assert _slow_ok(doc)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(), inner, max_size=3),
    max_leaves=5)


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix] if prefix else []
    if isinstance(value, dict):
        for key, inner in value.items():
            found += _paths(inner, (*prefix, key))
    return found


@settings(max_examples=150, deadline=None)
@given(data=st.data(), replacement=json_values, delete=st.booleans())
def test_fast_path_never_accepts_what_the_slow_check_rejects(data: st.DataObject,
                                                              replacement: Any,
                                                              delete: bool) -> None:
    doc = _document()
    paths = [p for p in _paths(doc["tables"]) if len(p) >= 2]  # inside a table
    path = data.draw(st.sampled_from(paths))
    mutated = copy.deepcopy(doc)
    parent = mutated["tables"]
    for key in path[:-1]:
        parent = parent[key]
    if delete:
        del parent[path[-1]]
    else:
        parent[path[-1]] = replacement
    slow = _slow_ok(mutated)
    fast = all(_table_looks_valid(n, t) for n, t in mutated["tables"].items())
    assert not fast or slow  # fast acceptance implies the careful check agrees
    if slow:
        validate(mutated)
    else:
        with pytest.raises(SchemaError, match=r"(bookmarks|notes)\["):
            validate(mutated)
