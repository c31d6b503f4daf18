"""The library database: WAL, one schema version per module, migrations in order."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from reader.library import Database, DatabaseError, Schema
from reader.library.database import DATABASE_NAME


def _create_notes(connection: sqlite3.Connection) -> None:
    connection.execute("CREATE TABLE widgets (id INTEGER PRIMARY KEY, name TEXT)")


def _add_colour(connection: sqlite3.Connection) -> None:
    connection.execute("ALTER TABLE widgets ADD COLUMN colour TEXT")


def test_database_is_in_wal_mode_in_the_data_folder(data_dir: Path) -> None:
    with Database.open(data_dir) as database:
        mode = database.connection.execute("PRAGMA journal_mode").fetchone()[0]
    assert mode == "wal"
    assert (data_dir / DATABASE_NAME).is_file()
    assert (data_dir / DATABASE_NAME).stat().st_mode & 0o777 == 0o600


def test_each_module_has_its_own_version_and_upgrades_in_steps(data_dir: Path) -> None:
    first = Schema("widgets", (_create_notes,))
    with Database.open(data_dir) as database:
        database.ensure(first)
        database.ensure(Schema("other", ()))
        assert database.version("widgets") == 1
        assert database.version("other") == 0
    second = Schema("widgets", (_create_notes, _add_colour))
    with Database.open(data_dir) as database:
        database.ensure(second)
        database.ensure(second)  # a second call does nothing
        assert database.version("widgets") == 2
        database.connection.execute("INSERT INTO widgets (name, colour) VALUES ('a', 'red')")


def test_a_failing_migration_leaves_the_previous_version(data_dir: Path) -> None:
    def broken(connection: sqlite3.Connection) -> None:
        connection.execute("CREATE TABLE half (x)")
        raise sqlite3.OperationalError("boom")

    with Database.open(data_dir) as database:
        database.ensure(Schema("widgets", (_create_notes,)))
        with pytest.raises(sqlite3.OperationalError):
            database.ensure(Schema("widgets", (_create_notes, broken)))
        assert database.version("widgets") == 1
        tables = {r[0] for r in database.connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert "half" not in tables  # rolled back with the step


def test_tables_of_a_newer_reader_are_refused_with_a_message(data_dir: Path) -> None:
    with Database.open(data_dir) as database:
        database.ensure(Schema("widgets", (_create_notes, _add_colour)))
    with Database.open(data_dir) as database, pytest.raises(DatabaseError, match="upgrade"):
        database.ensure(Schema("widgets", (_create_notes,)))


def test_a_folder_that_is_a_file_gives_a_message(tmp_path: Path) -> None:
    occupied = tmp_path / "occupied"
    occupied.write_text("not a folder", encoding="utf-8")
    with pytest.raises(DatabaseError, match="is a file, not a folder"):
        Database.open(occupied)


def test_a_damaged_database_file_is_named_with_what_to_do(data_dir: Path) -> None:
    (data_dir / DATABASE_NAME).write_bytes(b"not a database at all" * 200)
    with pytest.raises(DatabaseError) as refused:
        Database.open(data_dir)
    message = str(refused.value)
    assert str(data_dir / DATABASE_NAME) in message
    assert "damaged" in message and "move it aside" in message
    assert ".)." not in message and message.endswith(".")
    assert (data_dir / DATABASE_NAME).read_bytes() == b"not a database at all" * 200
