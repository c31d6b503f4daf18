"""The schema check: its fast column-wise path never accepts what the record-by-record
check rejects, and every rejection names the record at fault."""

from __future__ import annotations

import copy
from collections.abc import Callable
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


def _single_kind_document() -> dict[str, Any]:
    """Each table of one kind only (the column check then skips its per-kind split)."""
    doc = empty_document()
    for n in range(2):
        quote = QuoteBookmark("a", "A", ANCHOR, speaker=None, url=f"u{n}")
        note = Note(NoteTarget.quote("a", "A", ANCHOR), f"n{n}")
        doc["tables"]["bookmarks"][quote.id] = quote.to_dict()
        doc["tables"]["notes"][note.id] = note.to_dict()
    return doc


def _slow_ok(doc: dict[str, Any]) -> bool:
    try:
        for name, table in doc["tables"].items():
            for key, record in table.items():
                _validate_record(name, KINDS_BY_TABLE[name], key, record)
    except SchemaError:
        return False
    return True


@pytest.mark.parametrize("build", [_document, _single_kind_document])
def test_valid_document_passes_both_paths(build: Callable[[], dict[str, Any]]) -> None:
    doc = build()
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


@pytest.mark.parametrize("build", [_document, _single_kind_document])
@settings(max_examples=150, deadline=None)
@given(data=st.data(), replacement=json_values, delete=st.booleans())
def test_fast_path_never_accepts_what_the_slow_check_rejects(
        build: Callable[[], dict[str, Any]], data: st.DataObject, replacement: Any,
        delete: bool) -> None:
    doc = build()
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


@pytest.mark.parametrize(("field", "value"), [
    (("text",), 7), (("text",), None), (("created",), ["2026"]),
    (("target", "anchor", "start"), True), (("target", "anchor", "end"), 1.5),
    (("target", "anchor", "quote"), {"q": "x"}), (("target", "article_id"), False),
    (("target", "anchor"), ["quote", "start"]), (("target", "anchor"), "quote"),
    (("target",), None), (("target",), [{"kind": "quote"}])])
def test_one_wrong_value_in_a_one_record_table_is_refused(field: tuple[str, ...],
                                                          value: Any) -> None:
    # One record of one kind: the column check's shortest path (str.join returns a lone
    # str item without copying it; anything else must still be refused).
    doc = empty_document()
    note = Note(NoteTarget.quote("a", "A", ANCHOR), "n").to_dict()
    parent = note
    for key in field[:-1]:
        parent = parent[key]
    parent[field[-1]] = value
    doc["tables"]["notes"][note["id"]] = note
    assert not _table_looks_valid("notes", doc["tables"]["notes"])
    with pytest.raises(SchemaError, match=r"notes\["):
        validate(doc)


@pytest.mark.parametrize("row", [None, "id", 3, ["id", "kind"], [{"id": "k"}]])
def test_a_record_that_is_not_an_object_is_refused(row: Any) -> None:
    doc = empty_document()
    doc["tables"]["bookmarks"]["k"] = row
    assert not _table_looks_valid("bookmarks", doc["tables"]["bookmarks"])
    with pytest.raises(SchemaError, match=r"bookmarks\[k\] is not an object"):
        validate(doc)
