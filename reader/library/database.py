"""The library's SQLite database (`library.sqlite3` in the data folder).

It holds what changes often or grows big: read state today, feeds and their items and
the cross-article index next. Bookmarks and notes stay in the TinyDB store.

- WAL mode, so a reader process (an export, a search from the shell) never blocks the
  writer; `synchronous=NORMAL` is durable enough for read marks and indexes.
- One connection, used from one thread: the app's store thread (StoreGateway), the CLI's
  main thread. `check_same_thread` is off only so that the thread that opened it need
  not be the one that uses it.
- A schema version per module: each module that owns tables declares a `Schema` (its
  name and its migrations, in order) and calls `database.ensure(SCHEMA)` before its
  first query. Versions live in the `schema_versions` table, one row per module, so
  modules add tables without touching each other's migration lists.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

from reader import paths

DATABASE_NAME = "library.sqlite3"
Migration = Callable[[sqlite3.Connection], None]


class DatabaseError(Exception):
    """The database could not be opened or upgraded; the message is for the user."""


@dataclass(frozen=True, slots=True)
class Schema:
    """One module's tables: `migrations[i]` takes the module from version i to i + 1."""

    module: str  # "read_state", "feeds", "index"
    migrations: Sequence[Migration]

    @property
    def version(self) -> int:
        return len(self.migrations)


class Database:
    """One SQLite connection with per-module schema versions. Use from one thread."""

    def __init__(self, connection: sqlite3.Connection, path: Path | None) -> None:
        self.connection = connection
        self.path = path
        self._lock = threading.Lock()  # guards `ensure` only; queries are one-thread
        self._ensured: dict[str, int] = {}  # module: version brought up to

    @classmethod
    def open(cls, data_dir: Path) -> Database:
        """Open (creating) `data_dir/library.sqlite3`; raises DatabaseError."""
        path = data_dir / DATABASE_NAME
        try:
            data_dir.mkdir(parents=True, exist_ok=True)
            connection = sqlite3.connect(path, check_same_thread=False,
                                         isolation_level=None)
            connection.execute("PRAGMA journal_mode=WAL")
            connection.execute("PRAGMA synchronous=NORMAL")
            connection.execute("PRAGMA foreign_keys=ON")
            _create_versions(connection)
        except (sqlite3.Error, OSError) as exc:
            if isinstance(exc, sqlite3.DatabaseError) and "not a database" in str(exc):
                # Left as it is (it may be mended); the user is told how to start afresh.
                raise DatabaseError(
                    f"{path} is damaged (not an SQLite database). It holds your feeds, "
                    "their items and read marks: move it aside to start a new one."
                ) from exc
            raise DatabaseError(paths.not_a_folder(data_dir)
                                or f"Cannot open {path} ({exc}).") from exc
        path.chmod(0o600)
        return cls(connection, path)

    @classmethod
    def in_memory(cls) -> Database:
        """A throwaway database (read-only sessions, tests)."""
        connection = sqlite3.connect(":memory:", check_same_thread=False,
                                     isolation_level=None)
        _create_versions(connection)
        return cls(connection, None)

    def version(self, module: str) -> int:
        row = self.connection.execute(
            "SELECT version FROM schema_versions WHERE module = ?", (module,)).fetchone()
        return int(row[0]) if row else 0

    def ensure(self, schema: Schema) -> None:
        """Bring `schema.module`'s tables to its newest version (each step in a
        transaction); raises DatabaseError for a database written by a newer reader."""
        with self._lock:
            if self._ensured.get(schema.module) == schema.version:
                return
            current = self.version(schema.module)
            if current > schema.version:
                raise DatabaseError(
                    f"{self.path or 'The database'} holds {schema.module} tables of version "
                    f"{current}, newer than this reader knows ({schema.version}); "
                    "upgrade reader.")
            for step in range(current, schema.version):
                with self.transaction() as connection:
                    schema.migrations[step](connection)
                    connection.execute(
                        "INSERT INTO schema_versions (module, version) VALUES (?, ?) "
                        "ON CONFLICT(module) DO UPDATE SET version = excluded.version",
                        (schema.module, step + 1))
            self._ensured[schema.module] = schema.version

    def transaction(self) -> _Transaction:
        """`with db.transaction() as connection:` commits at the end, rolls back on error."""
        return _Transaction(self.connection)

    def close(self) -> None:
        self.connection.close()

    def __enter__(self) -> Database:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()


class _Transaction:
    def __init__(self, connection: sqlite3.Connection) -> None:
        self._connection = connection

    def __enter__(self) -> sqlite3.Connection:
        self._connection.execute("BEGIN IMMEDIATE")
        return self._connection

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        if exc_type is None:
            self._connection.execute("COMMIT")
        else:
            self._connection.execute("ROLLBACK")


def _create_versions(connection: sqlite3.Connection) -> None:
    connection.execute(
        "CREATE TABLE IF NOT EXISTS schema_versions "
        "(module TEXT PRIMARY KEY, version INTEGER NOT NULL)")
