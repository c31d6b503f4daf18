"""Reading the store file at open: version check, migration, damage recovery, backups."""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reader import paths
from reader.store import codec
from reader.store.atomic import atomic_write, fsync_dir, leftover_temps
from reader.store.backups import (
    damaged_name,
    newest_good_backup,
    write_daily_backup,
    write_migration_backup,
)
from reader.store.codec import DuplicateKeyError
from reader.store.errors import (
    StoreDamagedError,
    StoreNewerSchemaError,
    StoreUnreadableError,
    StoreWriteError,
)
from reader.store.records import new_id
from reader.store.schema import CURRENT_VERSION, SchemaError, migrate, schema_version, validate

STORE_NAME = "store.json"


@dataclass
class Loaded:
    """The tables read at open, and what the user should be told about it."""

    tables: dict[str, Any]
    messages: list[str] = field(default_factory=list)
    # Read-only, the file damaged and no backup: the empty tables stand for nothing.
    damaged_unread: bool = False


def load_store_file(data_dir: Path, *, writable: bool) -> Loaded:
    """Read store.json, migrating or repairing it when `writable` (we hold the lock)."""
    path = data_dir / STORE_NAME
    if writable:
        for temp in leftover_temps(path):  # from a writer killed mid-save; never the data
            temp.unlink(missing_ok=True)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return _missing(data_dir, path, writable)
    except OSError as exc:
        occupied = paths.not_a_folder(data_dir)
        if occupied:
            raise StoreUnreadableError(occupied) from exc
        raise StoreUnreadableError(
            f"Cannot read {path} ({exc.strerror or exc}). Check that it is a file you can "
            f"read (for example: chmod 600 '{path}'); it was left exactly as it is."
        ) from exc
    try:
        doc = _parse(raw)
    except ValueError as exc:
        return _recover(data_dir, path, f"{path} {exc}", writable)
    try:
        version = schema_version(doc)
    except SchemaError as exc:
        return _recover(data_dir, path, f"{path} does not match the store's schema ({exc})",
                        writable)
    if version > CURRENT_VERSION:
        raise StoreNewerSchemaError(path, version, CURRENT_VERSION)
    messages: list[str] = []
    if version < CURRENT_VERSION:
        try:
            doc = migrate(doc, version)
            validate(doc)
        except (SchemaError, KeyError, TypeError, AttributeError, ValueError) as exc:
            return _recover(data_dir, path,
                            f"{path} (schema {version}) could not be upgraded ({exc})", writable)
        if writable:
            backup = write_migration_backup(data_dir, raw, version)
            raw = codec.dumps(doc)
            atomic_write(path, raw)
            messages.append(f"Upgraded the store from schema {version} to {CURRENT_VERSION}; "
                            f"the file as it was is kept in {backup}.")
    else:
        try:
            validate(doc)
        except SchemaError as exc:
            return _recover(data_dir, path,
                            f"{path} does not match the store's schema ({exc})", writable)
    if writable:
        try:
            write_daily_backup(data_dir, raw)
        except (StoreWriteError, OSError) as exc:
            # The store itself is fine; a missing backup is worth saying, not refusing.
            messages.append(f"Today's backup of the store could not be written: {exc}")
    clashes = _give_clashing_notes_new_ids(doc["tables"])
    if clashes:
        if writable:
            atomic_write(path, codec.dumps(doc))
        messages.append(
            f"{clashes} note(s) had the id of a bookmark (an import of an older reader let "
            "that happen); they were given new ids. Nothing was deleted"
            + (", and the file as it was is in today's backup." if writable else "."))
    return Loaded(doc["tables"], messages)


def _parse(raw: bytes) -> Any:
    """The document in `raw`; ValueError saying what is wrong ("is not valid JSON: ...").

    A key twice in one object is damage: the parse keeps one copy and the next write
    would lose the other. The fast check: orjson writes the file, so re-encoding what
    was read gives the very same bytes unless something was dropped (or the file was
    written by other means); only then is the file parsed again exactly (slower)."""
    try:
        doc = codec.loads(raw)
    except ValueError:
        doc = None  # orjson's limits (numbers beyond 64 bits, depth): look closer below
    else:
        if codec.dumps(doc) == raw:
            return doc
    try:
        exact = codec.loads_strict(raw)
    except DuplicateKeyError as exc:
        raise ValueError(f"is damaged: {exc}") from exc
    except ValueError as exc:
        raise ValueError(f"is not valid JSON ({exc})") from exc
    if doc is None:
        # Valid JSON that orjson could not read: a number beyond 64 bits (a schema
        # version among them) or very deep nesting. Name the version if it is that.
        version = exact.get("schema_version") if isinstance(exact, dict) else None
        if isinstance(version, int) and not codec.encodable(version):
            raise ValueError(f"does not match the store's schema (schema_version is a "
                             f"number of {len(str(abs(version)))} digits, not a version "
                             "any reader writes)")
        raise ValueError("holds a number or nesting beyond what reader can store")
    return exact


def _give_clashing_notes_new_ids(tables: dict[str, Any]) -> int:
    """Ids are unique across the store; a note sharing a bookmark's id gets a new one."""
    bookmarks, notes = tables.get("bookmarks", {}), tables.get("notes", {})
    clashing = bookmarks.keys() & notes.keys()
    for old_id in clashing:
        note = dict(notes.pop(old_id))
        note["id"] = new_id()
        notes[note["id"]] = note
    return len(clashing)


def _missing(data_dir: Path, path: Path, writable: bool) -> Loaded:
    """No store file. A new store, unless backups show there was one: then restore it."""
    found = newest_good_backup(data_dir)
    if found is None:
        return Loaded({})
    backup, doc = found
    if not writable:
        return Loaded(doc["tables"], [f"{path} is missing. Showing the backup {backup} "
                                      "read-only."])
    atomic_write(path, codec.dumps(doc))
    return Loaded(doc["tables"], [
        f"{path} was missing, so the last good backup {backup} was restored. To start "
        f"with an empty store instead, move {backup.parent} away first."])


def _recover(data_dir: Path, path: Path, reason: str, writable: bool) -> Loaded:
    """Set the damaged file aside and restore the newest good backup; say so."""
    found = newest_good_backup(data_dir)
    if not writable:
        # Another process holds the lock and will repair the file; show the backup.
        if found:
            return Loaded(found[1]["tables"], [
                f"{reason}. Showing the backup {found[0]} read-only."])
        return Loaded({}, [f"{reason}. No backup was found; nothing is shown."],
                      damaged_unread=True)
    aside = damaged_name(path)
    try:
        os.replace(path, aside)
        fsync_dir(path.parent)
    except OSError as exc:
        raise StoreDamagedError(
            f"{reason}, and it could not be moved aside ({exc.strerror}). It was left as it "
            "is; move it away yourself and start reader again."
        ) from exc
    if found is None:
        return Loaded({}, [
            f"{reason}. It was moved to {aside}. No good backup was found, so the store "
            f"starts empty; your old data is still in {aside}."])
    backup, doc = found
    atomic_write(path, codec.dumps(doc))
    when = dt.datetime.fromtimestamp(backup.stat().st_mtime).strftime("%Y-%m-%d %H:%M")
    return Loaded(doc["tables"], [
        f"{reason}. It was moved to {aside}, and the last good backup {backup} (saved "
        f"{when}) was restored. Anything changed after that is only in {aside}."])
