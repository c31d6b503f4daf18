"""Saved searches in the library database."""

from __future__ import annotations

from pathlib import Path

from reader.library import Database
from reader.library.saved_searches import SavedSearch, SavedSearches


def test_save_replace_delete_and_reopen(tmp_path: Path) -> None:
    with Database.open(tmp_path) as database:
        searches = SavedSearches(database)
        assert searches.all() == []
        searches.save("Roe", "person:roe")
        searches.save("Korea", "country:KP -is:read")
        searches.save("Roe", 'said-by:"Jane Roe"')
        assert searches.all() == [SavedSearch("Roe", 'said-by:"Jane Roe"'),
                                  SavedSearch("Korea", "country:KP -is:read")]
    with Database.open(tmp_path) as database:
        searches = SavedSearches(database)
        assert searches.delete("Korea")
        assert not searches.delete("Korea")
        assert [s.name for s in searches.all()] == ["Roe"]


def test_read_only_never_writes(tmp_path: Path) -> None:
    with Database.open(tmp_path) as database:
        searches = SavedSearches(database, read_only=True)
        assert searches.all() == []
        searches.save("x", "y")
        assert searches.all() == []
