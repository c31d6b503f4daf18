"""Read marks in the library database, for the shell commands that export, import or
search: the app keeps them there (reader.library.read_state), not in the store's
state.json, so the commands read and write them there too."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from typing import TextIO

from reader import paths
from reader.library import Database, DatabaseError, ReadState


def library_read_ids(data_dir: str | None, err: TextIO) -> frozenset[str]:
    """The ids of the articles marked read; none (with a message) when the database
    cannot be read. Never creates the database."""
    folder = paths.data_dir(data_dir)
    if not (folder / "library.sqlite3").exists():
        return frozenset()
    try:
        with Database.open(folder) as database:
            return ReadState(database, read_only=True).read_ids()
    except (DatabaseError, OSError, sqlite3.Error) as exc:
        print(f"reader: {exc} (going on without read marks)", file=err)
        return frozenset()


def add_library_read_marks(data_dir: str | None, article_ids: Iterable[str],
                           err: TextIO) -> int:
    """Mark these articles read in the library database; returns how many were new."""
    ids = list(article_ids)
    if not ids:
        return 0
    try:
        with Database.open(paths.data_dir(data_dir)) as database:
            return ReadState(database).set_read_many(ids)
    except (DatabaseError, OSError, sqlite3.Error) as exc:
        print(f"reader: {exc} (the read marks of the import were kept in the store's "
              "reading state only)", file=err)
        return 0
