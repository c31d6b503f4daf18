"""Backups of the store file: one a day and one before every migration, in `backups/`.

The day's backup is written at the first open or the first successful write of the day,
whichever comes first (so a new store has one from its first save). A backup is never
overwritten: a name already taken gets a "-2" suffix. A damaged store is replaced by the
newest backup that parses and passes the schema check.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from typing import Any

from reader.store import codec
from reader.store.atomic import write_new
from reader.store.schema import CURRENT_VERSION, SchemaError, migrate, schema_version, validate

BACKUP_DIR = "backups"
KEEP_DAILY = 7


def backups_dir(data_dir: Path) -> Path:
    return data_dir / BACKUP_DIR


def _stamp() -> str:
    return dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S")


def daily_backup_name(data_dir: Path) -> Path:
    return backups_dir(data_dir) / f"store-{dt.datetime.now(dt.UTC).date().isoformat()}.json"


def write_daily_backup(data_dir: Path, payload: bytes) -> Path | None:
    """Keep today's first good state as backups/store-YYYY-MM-DD.json (once a day)."""
    folder = backups_dir(data_dir)
    target = daily_backup_name(data_dir)
    if target.exists():
        return None
    folder.mkdir(mode=0o700, exist_ok=True)
    target = write_new(target, payload)
    daily = sorted(folder.glob("store-????-??-??.json"))
    for old in daily[:-KEEP_DAILY]:
        old.unlink(missing_ok=True)
    return target


def write_migration_backup(data_dir: Path, payload: bytes, version: int) -> Path:
    """Keep the bytes of a version-`version` file before it is migrated."""
    folder = backups_dir(data_dir)
    folder.mkdir(mode=0o700, exist_ok=True)
    return write_new(folder / f"store-v{version}-before-migration-{_stamp()}.json", payload)


def load_good_document(payload: bytes) -> dict[str, Any]:
    """The current-version document in `payload`; ValueError/SchemaError if not usable."""
    doc = codec.loads(payload)
    version = schema_version(doc)
    if version > CURRENT_VERSION:
        raise SchemaError(f"schema {version} is newer than this reader")
    if version < CURRENT_VERSION:
        doc = migrate(doc, version)
    validate(doc)
    return dict(doc)


def newest_good_backup(data_dir: Path) -> tuple[Path, dict[str, Any]] | None:
    """The newest backup that is usable, with its (migrated) document."""
    folder = backups_dir(data_dir)
    if not folder.is_dir():
        return None
    candidates = sorted(folder.glob("store-*.json"),
                        key=lambda p: (_mtime(p), p.name), reverse=True)
    for candidate in candidates:
        try:
            return candidate, load_good_document(candidate.read_bytes())
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            continue
    return None


def _mtime(path: Path) -> float:
    try:
        return os.stat(path).st_mtime
    except OSError:
        return 0.0


def damaged_name(path: Path) -> Path:
    """A free name beside `path` for setting a damaged file aside."""
    base = path.with_name(f"{path.name}.damaged-{_stamp()}")
    candidate, n = base, 1
    while candidate.exists():
        n += 1
        candidate = base.with_name(f"{base.name}-{n}")
    return candidate
