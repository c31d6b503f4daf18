"""Saved searches: a name and a query in the search language, shown as virtual feeds.

They are the user's own (not derived), so they live in the library database
(`library.sqlite3`, module "saved_searches"), not in the index. Call from the
database's one thread.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass

from reader.library.database import Database, Schema


def _create_saved_searches(connection: sqlite3.Connection) -> None:
    connection.execute("CREATE TABLE saved_searches (name TEXT PRIMARY KEY, "
                       "query TEXT NOT NULL, created TEXT NOT NULL)")


SCHEMA = Schema("saved_searches", (_create_saved_searches,))


@dataclass(frozen=True, slots=True)
class SavedSearch:
    name: str
    query: str


class SavedSearches:
    """The saved searches of one library database."""

    def __init__(self, database: Database, *, read_only: bool = False) -> None:
        self.read_only = read_only
        self._db = database
        if not read_only:
            database.ensure(SCHEMA)

    def all(self) -> list[SavedSearch]:
        """Every saved search, in the order they were saved."""
        if self._db.version(SCHEMA.module) != SCHEMA.version:
            return []
        rows = self._db.connection.execute(
            "SELECT name, query FROM saved_searches ORDER BY created, name").fetchall()
        return [SavedSearch(name, query) for name, query in rows]

    def save(self, name: str, query: str) -> SavedSearch:
        """Save (or replace) the search called `name`."""
        if not self.read_only:
            with self._db.transaction() as connection:
                connection.execute(
                    "INSERT INTO saved_searches VALUES (?, ?, ?) ON CONFLICT(name) DO "
                    "UPDATE SET query=excluded.query",
                    (name, query, dt.datetime.now(dt.UTC).isoformat()))
        return SavedSearch(name, query)

    def delete(self, name: str) -> bool:
        if self.read_only:
            return False
        with self._db.transaction() as connection:
            cur = connection.execute("DELETE FROM saved_searches WHERE name=?", (name,))
        return cur.rowcount > 0
