"""Which articles have been read, in the library's SQLite database.

Read marks are per article id, for every source. Before this table they were kept in
the store's state.json; `import_legacy` copies those once (the old file is left as it
is) and remembers that it did, so a read mark removed later does not come back.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterable

from reader.library.database import Database, Schema

LEGACY_STATE_FILE = "state.json"


def _create_read_marks(connection: sqlite3.Connection) -> None:
    connection.execute(
        "CREATE TABLE read_marks (article_id TEXT PRIMARY KEY, read_at TEXT NOT NULL)")
    connection.execute(
        "CREATE TABLE read_state_imports (origin TEXT PRIMARY KEY, imported_at TEXT NOT NULL)")


SCHEMA = Schema("read_state", (_create_read_marks,))


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


class ReadState:
    """Read marks. Call from the database's one thread.

    `read_only` (another reader holds the data folder): marks are read, never written;
    the library keeps this session's marks in memory."""

    def __init__(self, database: Database, *, read_only: bool = False) -> None:
        if not read_only:
            database.ensure(SCHEMA)
        self.database = database
        self.read_only = read_only
        self._db = database

    def read_ids(self) -> frozenset[str]:
        if self.read_only and self._db.version(SCHEMA.module) != SCHEMA.version:
            return frozenset()  # not created yet (or by a newer reader): nothing to read
        rows = self._db.connection.execute("SELECT article_id FROM read_marks")
        return frozenset(row[0] for row in rows)

    def is_read(self, article_id: str) -> bool:
        row = self._db.connection.execute(
            "SELECT 1 FROM read_marks WHERE article_id = ?", (article_id,)).fetchone()
        return row is not None

    def set_read(self, article_id: str, read: bool = True) -> None:
        if self.read_only:
            return
        with self._db.transaction() as connection:
            if read:
                connection.execute(
                    "INSERT OR IGNORE INTO read_marks (article_id, read_at) VALUES (?, ?)",
                    (article_id, _now()))
            else:
                connection.execute("DELETE FROM read_marks WHERE article_id = ?",
                                   (article_id,))

    def set_read_many(self, article_ids: Iterable[str], read: bool = True) -> int:
        """Mark many articles at once, in one transaction; returns how many changed."""
        if self.read_only:
            return 0
        now = _now()
        with self._db.transaction() as connection:
            before = connection.total_changes
            if read:
                connection.executemany(
                    "INSERT OR IGNORE INTO read_marks (article_id, read_at) VALUES (?, ?)",
                    ((article_id, now) for article_id in article_ids))
            else:
                connection.executemany("DELETE FROM read_marks WHERE article_id = ?",
                                       ((article_id,) for article_id in article_ids))
            return connection.total_changes - before

    def rename(self, renames: Iterable[tuple[str, str]]) -> None:
        """Move read marks from old ids to new ones (an id scheme migration)."""
        if self.read_only:
            return
        with self._db.transaction() as connection:
            for old, new in renames:
                connection.execute(
                    "UPDATE OR IGNORE read_marks SET article_id = ? WHERE article_id = ?",
                    (new, old))
                connection.execute("DELETE FROM read_marks WHERE article_id = ?", (old,))

    def imported(self, origin: str = LEGACY_STATE_FILE) -> bool:
        if self._db.version(SCHEMA.module) != SCHEMA.version:
            return False
        row = self._db.connection.execute(
            "SELECT 1 FROM read_state_imports WHERE origin = ?", (origin,)).fetchone()
        return row is not None

    def import_legacy(self, read_ids: Iterable[str], origin: str = LEGACY_STATE_FILE) -> int:
        """Copy read marks kept elsewhere, once per `origin`; returns how many were new."""
        if self.read_only or self.imported(origin):
            return 0
        now = _now()
        with self._db.transaction() as connection:
            before = connection.total_changes
            connection.executemany(
                "INSERT OR IGNORE INTO read_marks (article_id, read_at) VALUES (?, ?)",
                ((article_id, now) for article_id in read_ids))
            added = connection.total_changes - before
            connection.execute(
                "INSERT INTO read_state_imports (origin, imported_at) VALUES (?, ?)",
                (origin, now))
        return added
