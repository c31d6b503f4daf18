"""Opening the SQLite database the feeds live in (the library's file, `library.sqlite3`).

WAL mode: readers never wait for the writer and a crash loses at most the last
transaction. Each module that keeps tables there records its own schema version in
`schema_versions`, so the feeds tables migrate on their own.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

DATABASE_NAME = "library.sqlite3"


def database_path(data_dir: Path) -> Path:
    return data_dir / DATABASE_NAME


def open_database(path: Path) -> sqlite3.Connection:
    """A connection in autocommit mode (transactions are explicit), WAL, foreign keys on."""
    path.parent.mkdir(parents=True, exist_ok=True)
    connection = sqlite3.connect(path, timeout=10.0, isolation_level=None,
                                 check_same_thread=False)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA synchronous=NORMAL")
    connection.execute("PRAGMA foreign_keys=ON")
    connection.execute(
        "CREATE TABLE IF NOT EXISTS schema_versions (module TEXT PRIMARY KEY, version INTEGER)"
    )
    return connection


def schema_version(connection: sqlite3.Connection, module: str) -> int:
    row = connection.execute("SELECT version FROM schema_versions WHERE module = ?",
                             (module,)).fetchone()
    return int(row[0]) if row else 0


def set_schema_version(connection: sqlite3.Connection, module: str, version: int) -> None:
    connection.execute(
        "INSERT INTO schema_versions (module, version) VALUES (?, ?) "
        "ON CONFLICT(module) DO UPDATE SET version = excluded.version", (module, version))
