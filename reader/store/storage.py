"""TinyDB underneath, with our own storage and UUID-keyed tables.

`AtomicJSONStorage` replaces TinyDB's stock JSONStorage, which rewrites the file in place
(a kill mid-write leaves JSON that no longer parses). Ours writes each change with
`atomic_write` (temp file, fsync, os.replace, folder fsync). It is also faster than
stock: the process holds the store's lock, so no one else changes the file, and the
parsed document is kept in memory instead of being re-read and re-parsed before every
write; serialising uses orjson when installed.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from operator import is_
from pathlib import Path
from typing import Any, cast

from tinydb import TinyDB
from tinydb.storages import Storage
from tinydb.table import Table

from reader.store import codec
from reader.store.atomic import atomic_write
from reader.store.errors import StoreError, StoreReadOnlyError, StoreWriteError
from reader.store.records import new_id
from reader.store.schema import CURRENT_VERSION, FORMAT, SchemaError, validate

# A table's bytes are kept as chunks (one more per appended record, so nothing is
# copied until the file is joined); past this many, the table is encoded afresh.
_MAX_CHUNKS = 1024
Chunk = bytes | memoryview


class AtomicJSONStorage(Storage):
    """TinyDB storage: the whole document, written atomically and durably on each change."""

    def __init__(self, path: Path, tables: dict[str, Any] | None = None,
                 read_only: bool = False) -> None:
        self.path = path
        self.read_only = read_only
        # The parsed tables as last written (or loaded). None: re-read from disk.
        self._cache: dict[str, Any] | None = tables
        # Each table's JSON as last written (in chunks that join to it), and the one
        # table the next write changes (told by UUIDTable just before it writes); any
        # other write re-encodes all.
        self._table_bytes: dict[str, list[Chunk]] = {}
        self._changing: str | None = None
        # Per table, the ids and record objects its bytes were made from, in order.
        self._encoded: dict[str, tuple[list[Any], list[Any]]] = {}
        # Called with the file's bytes after each successful write (the day's backup).
        self.after_write: Callable[[bytes], None] | None = None

    def read(self) -> dict[str, Any] | None:
        if self._cache is None:
            self._cache = self._load()
        return self._cache

    def will_change(self, table: str) -> None:
        """The next write changes only `table`: the others' bytes can be reused."""
        self._changing = table

    def write(self, data: dict[str, Any]) -> None:
        changing, self._changing = self._changing, None
        if self.read_only:
            self._cache = None  # TinyDB already changed the cached dict in place
            raise StoreReadOnlyError("The store is open read-only; the change was not saved.")
        # orjson per table; an unchanged table's bytes from the last write are reused
        # (adding a note does not re-encode the bookmarks), and so are the changed
        # table's when the change only added records (adding a note does not re-encode
        # the other notes). Per-record reuse for edits was measured slower than orjson
        # over the whole table: the Python loop costs more than it saves.
        try:
            pieces, encoded = self._encode(data, changing)
            payload = _document_bytes(pieces)
            atomic_write(self.path, payload)
        except BaseException as exc:
            # The document may have been changed before this call (TinyDB does), or the
            # file may hold the new bytes though a later step failed (the folder sync):
            # forget the cache, so the next read shows what is really on disk.
            self.forget()
            if isinstance(exc, TypeError | ValueError | OverflowError):
                raise StoreWriteError(
                    f"Could not save {self.path}: a record cannot be written as JSON "
                    f"({exc}). Nothing was changed.") from exc
            raise
        self._cache = data
        self._table_bytes = pieces
        self._encoded = encoded
        if self.after_write is not None:
            self.after_write(payload)

    def _encode(self, data: dict[str, Any], changing: str | None) -> tuple[
            dict[str, list[Chunk]], dict[str, tuple[list[Any], list[Any]]]]:
        """Each table's bytes, reusing the last write's where the table did not change."""
        pieces: dict[str, list[Chunk]] = {}
        encoded: dict[str, tuple[list[Any], list[Any]]] = {}
        for name, table in data.items():
            cached = self._table_bytes.get(name)
            if changing is not None and name != changing and cached is not None:
                pieces[name] = cached
                encoded[name] = self._encoded[name]
                continue
            keys, records = list(table), list(table.values())
            appended = self._appended(name, table, keys, records) if changing == name else None
            pieces[name] = appended if appended is not None else [codec.dumps(table)]
            encoded[name] = (keys, records)
        return pieces, encoded

    def commit(self, changes: Mapping[str, Mapping[str, dict[str, Any] | None]]) -> None:
        """Write the document with `changes` (per table: id -> new document, or None to
        delete) in one atomic write. The cached document is not touched until the write
        has succeeded: new dicts are built, unchanged records are shared."""
        current = self.read() or {}
        data = dict(current)
        for name, docs in changes.items():
            table = dict(current.get(name, {}))
            for record_id, doc in docs.items():
                if doc is None:
                    table.pop(record_id, None)
                else:
                    table[record_id] = dict(doc)
            data[name] = table
        self._changing = next(iter(changes)) if len(changes) == 1 else None
        self.write(data)

    def forget(self) -> None:
        """Drop what is cached: the next read re-reads the file."""
        self._cache = None
        self._table_bytes = {}
        self._encoded = {}

    def _appended(self, name: str, table: dict[str, Any], keys: list[Any],
                  records: list[Any]) -> list[Chunk] | None:
        """The table's bytes as the last write's plus its new records, when the change
        only appended records; None when anything else may have changed.

        A dict keeps insertion order, so orjson's encoding of the table is then exactly
        the old encoding with the new records' `,"id":{...}` before the closing brace.
        The old records must be the very same objects (the store replaces a record
        with a new dict, never changes one in place), with the same ids in the same
        order."""
        cached = self._table_bytes.get(name)
        before = self._encoded.get(name)
        if cached is None or before is None or len(cached) >= _MAX_CHUNKS:
            return None
        old_keys, old_records = before
        count = len(old_keys)
        if (count == 0 or len(keys) <= count or keys[:count] != old_keys
                or not all(map(is_, records[:count], old_records))):
            return None
        added = codec.dumps(dict(zip(keys[count:], records[count:], strict=True)))
        if not added.startswith(b"{"):  # pragma: no cover - orjson always gives an object
            return None
        # cached joins to b'{...}' and added is b'{...}': drop the braces between them
        # (memoryview slices: the old table's bytes are not copied).
        return [*cached[:-1], memoryview(cached[-1])[:-1], b",", memoryview(added)[1:]]

    def close(self) -> None:
        pass

    def _load(self) -> dict[str, Any]:
        try:
            doc = codec.loads(self.path.read_bytes())
            validate(doc)
        except FileNotFoundError:
            return {}
        except (OSError, ValueError, SchemaError) as exc:
            raise StoreError(f"Could not re-read {self.path}: {exc}") from exc
        tables: dict[str, Any] = doc["tables"]
        return tables


def _document_bytes(pieces: dict[str, list[Chunk]]) -> bytes:
    """The whole file from each table's JSON, joined once.

    One join copies each table's bytes once; building `name:table` pieces first and
    joining those copied the file three more times (measured: ~7 ms of a 27 ms add at
    10,000 records)."""
    header = codec.dumps({"format": FORMAT, "schema_version": CURRENT_VERSION})
    # (An encoding error, e.g. a lone surrogate, surfaces from codec.dumps in `write`.)
    parts: list[Chunk] = [header[:-1], b',"tables":{']
    for name, piece in pieces.items():
        parts += (codec.dumps(name), b":", *piece, b",")
    if pieces:
        parts.pop()  # the comma after the last table
    parts.append(b"}}")
    return b"".join(parts)


class UUIDTable(Table):
    """A TinyDB table whose document ids are our record UUIDs (strings), never reused.

    The store reads tables through `raw` and writes through `AtomicJSONStorage.commit`,
    which builds the changed document aside and keeps it only once the write succeeded.
    """

    document_id_class = str  # type: ignore[assignment]

    def _get_next_id(self) -> str:
        return new_id()

    def _update_table(self, updater: Callable[[dict[Any, Mapping[Any, Any]]], None]) -> None:
        # Stock TinyDB converts every key to int and back on each change (O(n) twice);
        # our keys already are the id class, so the stored table is updated directly.
        tables = self._storage.read()
        if tables is None:
            tables = {}
        table = tables.setdefault(self.name, {})
        updater(table)
        if isinstance(self._storage, AtomicJSONStorage):
            self._storage.will_change(self.name)
        self._storage.write(tables)
        self.clear_cache()

    def raw(self) -> dict[str, dict[str, Any]]:
        """The stored documents by id (do not modify them)."""
        return cast(dict[str, dict[str, Any]], self._read_table())


class StoreDB(TinyDB):
    """TinyDB with UUID tables."""

    table_class = UUIDTable


    def records_table(self, name: str) -> UUIDTable:
        return cast(UUIDTable, self.table(name))


def open_db(storage: AtomicJSONStorage) -> StoreDB:
    """A TinyDB over an already constructed storage."""
    return StoreDB(storage=lambda: storage)
