"""The store file's layout, its version, the check that a file matches it, and migrations.

Version 1 (current)::

    {"format": "reader-store", "schema_version": 1,
     "tables": {"bookmarks": {UUID: record, ...}, "notes": {UUID: record, ...}}}

Records are keyed by their own UUID `id` (never a TinyDB integer doc_id, which TinyDB
reuses after deletes). Version 0 is the prototype's layout: stock TinyDB JSON with the
tables at the top level, records keyed by integer doc_ids, without `id` or `updated`.

To change the layout: bump CURRENT_VERSION, add a function to MIGRATIONS that turns a
document of the previous version into the new one, and extend `validate`.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import chain, compress, repeat
from operator import eq, itemgetter
from typing import Any

from reader.store.records import new_id, now_iso

FORMAT = "reader-store"
CURRENT_VERSION = 1
TABLES = ("bookmarks", "notes")
KINDS_BY_TABLE = {"bookmarks": ("article", "quote"), "notes": ("note",)}

# Per kind: fields that must be strings, and fields that may be a string or null.
_STRINGS: dict[str, tuple[str, ...]] = {
    "article": ("id", "created", "updated", "article_id", "title"),
    "quote": ("id", "created", "updated", "article_id", "article_title"),
    "note": ("id", "created", "updated", "text"),
}
_OPTIONAL: dict[str, tuple[str, ...]] = {
    "article": ("source", "date", "url", "author"),
    "quote": ("speaker", "speaker_id", "source", "url", "author"),
    "note": (),
}
_ANCHOR_STRINGS = ("quote", "prefix", "suffix", "content_hash")
_TARGET_KINDS = ("article", "quote", "entity")


class SchemaError(ValueError):
    """The document does not match the schema; the message says where."""


def schema_version(doc: Any) -> int:
    """The document's schema version (0 for the prototype layout); SchemaError if unknown."""
    if not isinstance(doc, dict):
        raise SchemaError("the top level is not a JSON object")
    if "schema_version" in doc:
        version = doc["schema_version"]
        if not isinstance(version, int) or isinstance(version, bool) or version < 1:
            raise SchemaError(f"schema_version is {version!r}, not a positive integer")
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


def _types(rows: list[Any], fields: tuple[str, ...]) -> set[type]:
    """The types of the values of `fields` over all `rows`, in one C-level pass.

    KeyError/TypeError (a field missing, a row not a dict) propagate to the caller."""
    if not rows or not fields:
        return set()
    if len(fields) == 1:
        return set(map(type, map(itemgetter(fields[0]), rows)))
    return set(map(type, chain.from_iterable(map(itemgetter(*fields), rows))))


def _where(rows: list[Any], kinds: list[Any], kind: str) -> list[Any]:
    return list(compress(rows, map(eq, kinds, repeat(kind))))


def _anchors_look_valid(anchors: list[Any]) -> bool:
    if anchors and set(map(type, anchors)) != {dict}:
        return False
    return (_types(anchors, _ANCHOR_STRINGS) <= {str}
            and _types(anchors, ("start", "end")) <= {int})


def _table_looks_valid(name: str, table: dict[str, Any]) -> bool:
    """The common case, checked a column at a time with C-level map/compress calls:
    opening 50,000 records must not cost much more than parsing them. False sends the
    caller to the record-by-record check, which names what is wrong."""
    rows = list(table.values())
    if not rows:
        return True
    try:
        if set(map(type, rows)) != {dict} or list(map(itemgetter("id"), rows)) != list(table):
            return False
        kinds = list(map(itemgetter("kind"), rows))
        if not set(kinds) <= set(KINDS_BY_TABLE[name]):
            return False
        for kind in set(kinds):
            group = _where(rows, kinds, kind)
            if _types(group, _STRINGS[kind]) != {str}:
                return False
            if not _types(group, _OPTIONAL[kind]) <= _OPTIONAL_TYPES:
                return False
            if kind == "quote" and not _anchors_look_valid(
                    list(map(itemgetter("anchor"), group))):
                return False
            if kind == "note" and not _targets_look_valid(
                    list(map(itemgetter("target"), group))):
                return False
    except (KeyError, TypeError):
        return False
    return True


def _targets_look_valid(targets: list[Any]) -> bool:
    if set(map(type, targets)) != {dict}:
        return False
    target_kinds = list(map(itemgetter("kind"), targets))
    if not set(target_kinds) <= set(_TARGET_KINDS):
        return False
    with_article = _where(targets, target_kinds, "article") + (
        quotes := _where(targets, target_kinds, "quote"))
    entities = _where(targets, target_kinds, "entity")
    return (_types(with_article, ("article_id",)) <= {str}
            and _types(entities, ("entity_id",)) <= {str}
            and _anchors_look_valid(list(map(itemgetter("anchor"), quotes))))


_NONE = type(None)
_STRING_TYPES = {kind: (str,) * len(names) for kind, names in _STRINGS.items()}
_OPTIONAL_TYPES = {str, _NONE}
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
    if kind == "quote":
        anchor = record.get("anchor")
        return type(anchor) is dict and tuple(
            map(type, map(anchor.get, _ANCHOR_FIELDS))) == _ANCHOR_TYPES
    if kind == "note":
        target = record.get("target")
        if type(target) is not dict:
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
    if kind == "quote":
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


# MIGRATIONS[v] turns a version-v document into a version v+1 document.
MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {0: _migrate_0_to_1}


def migrate(doc: dict[str, Any], version: int) -> dict[str, Any]:
    """Apply each migration from `version` up to CURRENT_VERSION, in order."""
    while version < CURRENT_VERSION:
        doc = MIGRATIONS[version](doc)
        version += 1
    return doc
