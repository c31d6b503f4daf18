"""The store file's layout, its version, the check that a file matches it, and migrations.

Version 2 (current)::

    {"format": "reader-store", "schema_version": 2,
     "tables": {"bookmarks": {UUID: record, ...}, "notes": {UUID: record, ...}}}

Version 2 adds the bookmark kind "highlight" (a passage the user selected, anchored like
a quote). The layout is version 1's; the step exists so that a reader of version 1,
which does not know the kind, says "made by a newer reader" instead of taking the file
for damaged and setting it aside.

Records are keyed by their own UUID `id` (never a TinyDB integer doc_id, which TinyDB
reuses after deletes). Version 0 is the prototype's layout: stock TinyDB JSON with the
tables at the top level, records keyed by integer doc_ids, without `id` or `updated`.

To change the layout: bump CURRENT_VERSION, add a function to MIGRATIONS that turns a
document of the previous version into the new one, and extend `validate`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from itertools import compress, repeat
from operator import eq, itemgetter
from typing import Any

from reader.store.records import new_id, now_iso

FORMAT = "reader-store"
CURRENT_VERSION = 2
TABLES = ("bookmarks", "notes")
KINDS_BY_TABLE = {"bookmarks": ("article", "quote", "highlight"), "notes": ("note",)}
# Kinds that carry a QuoteAnchor at "anchor".
ANCHORED_KINDS = ("quote", "highlight")

# Per kind: fields that must be strings, and fields that may be a string or null.
_STRINGS: dict[str, tuple[str, ...]] = {
    "article": ("id", "created", "updated", "article_id", "title"),
    "quote": ("id", "created", "updated", "article_id", "article_title"),
    "highlight": ("id", "created", "updated", "article_id", "article_title"),
    "note": ("id", "created", "updated", "text"),
}
_OPTIONAL: dict[str, tuple[str, ...]] = {
    "article": ("source", "date", "url", "author"),
    "quote": ("speaker", "speaker_id", "source", "url", "author"),
    "highlight": ("source", "url", "author"),
    "note": (),
}
_ANCHOR_STRINGS = ("quote", "prefix", "suffix", "content_hash")
_TARGET_KINDS = ("article", "quote", "entity")


# Schema versions above this are not versions at all (damage), not a newer reader.
MAX_PLAUSIBLE_VERSION = 10_000


class SchemaError(ValueError):
    """The document does not match the schema; the message says where."""


def _shown(value: Any) -> str:
    """A value for a message, short: a 400-digit number is not printed in full."""
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) > 10**12:
        return f"a number of {len(str(abs(value)))} digits"
    text = repr(value)
    return text if len(text) <= 40 else text[:39] + "…"


def merged_from_valid(value: Any) -> bool:
    """A note's optional `merged_from`: absent/null or an object of id -> updated strings."""
    return value is None or (type(value) is dict
                             and all(type(k) is str and type(v) is str
                                     for k, v in value.items()))


def schema_version(doc: Any) -> int:
    """The document's schema version (0 for the prototype layout); SchemaError if unknown."""
    if not isinstance(doc, dict):
        raise SchemaError("the top level is not a JSON object")
    if "schema_version" in doc:
        version = doc["schema_version"]
        if not isinstance(version, int) or isinstance(version, bool) or version < 1:
            raise SchemaError(f"schema_version is {_shown(version)}, not a positive integer")
        if version > MAX_PLAUSIBLE_VERSION:  # 10**400 is damage, not a newer reader
            raise SchemaError(f"schema_version is {_shown(version)}, not a version any "
                              "reader writes")
        if doc.get("format") != FORMAT:
            raise SchemaError(f"format is {doc.get('format')!r}, not {FORMAT!r}")
        return version
    if doc and all(isinstance(v, dict) for v in doc.values()) and set(doc) <= {*TABLES,
                                                                                "_default"}:
        return 0
    raise SchemaError("this is not a reader store (no schema_version)")


def empty_document() -> dict[str, Any]:
    return {"format": FORMAT, "schema_version": CURRENT_VERSION,
            "tables": {name: {} for name in TABLES}}


def validate(doc: Any) -> None:
    """Raise SchemaError unless `doc` is a well-formed current-version document."""
    if schema_version(doc) != CURRENT_VERSION:
        raise SchemaError(f"schema version {doc.get('schema_version')} is not "
                          f"{CURRENT_VERSION}")
    tables = doc.get("tables")
    if not isinstance(tables, dict):
        raise SchemaError("'tables' is missing or not an object")
    for name in TABLES:
        table = tables.get(name, {})
        if not isinstance(table, dict):
            raise SchemaError(f"table {name!r} is not an object")
        if _table_looks_valid(name, table):
            continue
        kinds = KINDS_BY_TABLE[name]
        for key, record in table.items():  # find the record at fault and say what it is
            _validate_record(name, kinds, key, record)


def _column(rows: list[Any], name: str) -> Iterator[Any]:
    """The values of field `name` over all `rows`; KeyError/TypeError (a field missing, a
    row not a JSON object) propagate to the caller, which then checks record by record."""
    return map(itemgetter(name), rows)


def _all_str(rows: list[Any], fields: tuple[str, ...]) -> bool:
    """Every row's value of each field is a str, checked one field at a time in C.

    `str.join` type-checks each item and raises TypeError at the first that is not a
    str: about 3 times faster than collecting the values' types into a set over tuples
    of fields (measured: 0.45 ms against 1.5 ms for 20,000 values). Only the exact check
    counts: the joined text is thrown away."""
    try:
        for name in fields:
            "".join(_column(rows, name))
    except TypeError:
        return False
    return True


def _all_of(rows: list[Any], fields: tuple[str, ...], allowed: set[type]) -> bool:
    """Every row's value of each field has a type in `allowed` (exact types: a bool is
    not an int here)."""
    return all(set(map(type, _column(rows, name))) <= allowed for name in fields)


def _where(rows: list[Any], kinds: list[Any], kind: str, present: set[Any]) -> list[Any]:
    """The rows of `kind`; `present` is set(kinds). One kind only: no pass over the rows."""
    if kind not in present:
        return []
    if len(present) == 1:
        return rows
    return list(compress(rows, map(eq, kinds, repeat(kind))))


def _anchors_look_valid(anchors: list[Any]) -> bool:
    return _all_str(anchors, _ANCHOR_STRINGS) and _all_of(anchors, ("start", "end"), {int})


def _table_looks_valid(name: str, table: dict[str, Any]) -> bool:
    """The common case, checked a column at a time with C-level map/compress/join calls:
    opening 50,000 records must not cost much more than parsing them. False sends the
    caller to the record-by-record check, which names what is wrong."""
    rows = list(table.values())
    if not rows:
        return True
    try:
        # No separate "is it an object" pass: a JSON value that is not an object (list,
        # string, number, null) raises TypeError when indexed by a name. Keys are JSON
        # strings, so ids equal to them are strings too.
        if list(_column(rows, "id")) != list(table):
            return False
        kinds = list(_column(rows, "kind"))
        present = set(kinds)
        if not present <= set(KINDS_BY_TABLE[name]):
            return False
        for kind in present:
            group = _where(rows, kinds, kind, present)
            if not _all_str(group, _STRINGS[kind][1:]):  # [0] is "id", checked above
                return False
            if not _all_of(group, _OPTIONAL[kind], _OPTIONAL_TYPES):
                return False
            if kind in ANCHORED_KINDS and not _anchors_look_valid(list(_column(group, "anchor"))):
                return False
            if kind == "note" and not _targets_look_valid(list(_column(group, "target"))):
                return False
            if kind == "note" and not all(map(merged_from_valid,
                                              (row.get("merged_from") for row in group))):
                return False
    except (KeyError, TypeError):
        return False
    return True


def _targets_look_valid(targets: list[Any]) -> bool:
    target_kinds = list(_column(targets, "kind"))
    present = set(target_kinds)
    if not present <= set(_TARGET_KINDS):
        return False
    quotes = _where(targets, target_kinds, "quote", present)
    with_article = (quotes if present == {"quote"}
                    else _where(targets, target_kinds, "article", present) + quotes)
    entities = _where(targets, target_kinds, "entity", present)
    return (_all_str(with_article, ("article_id",))
            and _all_str(entities, ("entity_id",))
            and _anchors_look_valid(list(_column(quotes, "anchor"))))


_NONE = type(None)
_STRING_TYPES = {kind: (str,) * len(names) for kind, names in _STRINGS.items()}
_OPTIONAL_TYPES: set[type] = {str, _NONE}
_ANCHOR_TYPES = (str, str, str, str, int, int)
_ANCHOR_FIELDS = (*_ANCHOR_STRINGS, "start", "end")


def _looks_valid(kinds: tuple[str, ...], key: str, record: Any) -> bool:
    """The common case, checked with C-level map/type calls (opening 50,000 records must
    not cost more than TinyDB's own parse); `_validate_record` explains any failure."""
    if type(record) is not dict or record.get("id") != key:
        return False
    kind = record.get("kind")
    if kind not in kinds:
        return False
    if tuple(map(type, map(record.get, _STRINGS[kind]))) != _STRING_TYPES[kind]:
        return False
    if not set(map(type, map(record.get, _OPTIONAL[kind]))) <= _OPTIONAL_TYPES:
        return False
    if kind in ANCHORED_KINDS:
        anchor = record.get("anchor")
        return type(anchor) is dict and tuple(
            map(type, map(anchor.get, _ANCHOR_FIELDS))) == _ANCHOR_TYPES
    if kind == "note":
        target = record.get("target")
        if type(target) is not dict or not merged_from_valid(record.get("merged_from")):
            return False
        target_kind = target.get("kind")
        if target_kind == "quote":
            anchor = target.get("anchor")
            return (type(anchor) is dict and type(target.get("article_id")) is str
                    and tuple(map(type, map(anchor.get, _ANCHOR_FIELDS))) == _ANCHOR_TYPES)
        if target_kind == "article":
            return type(target.get("article_id")) is str
        return target_kind == "entity" and type(target.get("entity_id")) is str
    return True


def _validate_record(table: str, kinds: tuple[str, ...], key: str, record: Any) -> None:
    if _looks_valid(kinds, key, record):
        return
    where = f"{table}[{key}]"
    if not isinstance(record, dict):
        raise SchemaError(f"{where} is not an object")
    kind = record.get("kind")
    if kind not in kinds:
        raise SchemaError(f"{where} has kind {kind!r}")
    if record.get("id") != key:
        raise SchemaError(f"{where} has id {record.get('id')!r}, not its key")
    for name in _STRINGS[kind]:
        if not isinstance(record.get(name), str):
            raise SchemaError(f"{where}.{name} is missing or not a string")
    for name in _OPTIONAL[kind]:
        value = record.get(name)
        if value is not None and not isinstance(value, str):
            raise SchemaError(f"{where}.{name} is not a string")
    if kind in ANCHORED_KINDS:
        _validate_anchor(f"{where}.anchor", record.get("anchor"))
    elif kind == "note":
        target = record.get("target")
        if not isinstance(target, dict) or target.get("kind") not in _TARGET_KINDS:
            raise SchemaError(f"{where}.target is missing or of an unknown kind")
        if target["kind"] == "quote":
            _validate_anchor(f"{where}.target.anchor", target.get("anchor"))
        id_field = "entity_id" if target["kind"] == "entity" else "article_id"
        if not isinstance(target.get(id_field), str):
            raise SchemaError(f"{where}.target.{id_field} is missing")
        if not merged_from_valid(record.get("merged_from")):
            raise SchemaError(f"{where}.merged_from is not an object of strings")


def _validate_anchor(where: str, anchor: Any) -> None:
    if not isinstance(anchor, dict):
        raise SchemaError(f"{where} is missing")
    for name in _ANCHOR_STRINGS:
        if not isinstance(anchor.get(name), str):
            raise SchemaError(f"{where}.{name} is missing or not a string")
    for name in ("start", "end"):
        value = anchor.get(name)
        if not isinstance(value, int) or isinstance(value, bool):
            raise SchemaError(f"{where}.{name} is not an integer")


def _migrate_0_to_1(doc: dict[str, Any]) -> dict[str, Any]:
    """Prototype layout -> v1: wrap the tables, give records UUIDs and updated times."""
    tables: dict[str, dict[str, Any]] = {}
    for name in TABLES:
        table: dict[str, Any] = {}
        for record in doc.get(name, {}).values():
            record = dict(record)
            record["id"] = record.get("id") or new_id()
            record["created"] = record.get("created") or now_iso()
            record["updated"] = record.get("updated") or record["created"]
            table[record["id"]] = record
        tables[name] = table
    return {"format": FORMAT, "schema_version": 1, "tables": tables}


def _migrate_1_to_2(doc: dict[str, Any]) -> dict[str, Any]:
    """v1 -> v2: the same tables (v2 only adds a record kind); the version is stepped."""
    return {**doc, "schema_version": 2}


# MIGRATIONS[v] turns a version-v document into a version v+1 document.
MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {
    0: _migrate_0_to_1, 1: _migrate_1_to_2}


def migrate(doc: dict[str, Any], version: int) -> dict[str, Any]:
    """Apply each migration from `version` up to CURRENT_VERSION, in order."""
    while version < CURRENT_VERSION:
        doc = MIGRATIONS[version](doc)
        version += 1
    return doc
