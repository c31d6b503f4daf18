"""The library: the articles from every source, their read state, the analysis cache on
disk, the cross-article index and the search language. No Textual here
(tests/test_architecture.py).

- `Library(sources, analyses)`: the collection; `subscribe(callback)` for changes.
- `AnalysisCache(folder=...)`: analyses by content hash, in memory and on disk.
- `Database.open(data_dir)`: library.sqlite3 (WAL, per-module schema versions).
- `ReadState(database)`: read marks.
- `query.parse(text).matches(target)`: the one filter/search language (the grammar is in
  query_parser.py, the boolean algebra in query_eval.py).
- `index.py`: the cross-article index (SQLite + FTS5).

See docs/ARCHITECTURE.md for the whole picture.
"""

from typing import TYPE_CHECKING, Any

from reader.library.analysis_cache import AnalysisCache
from reader.library.collection import Library, LibraryChange

if TYPE_CHECKING:
    from reader.library.database import Database, DatabaseError, Schema
    from reader.library.query import Query, parse
    from reader.library.read_state import ReadState

# Imported when first asked for: the app's first frame needs the collection only, not
# SQLite or the query grammar (start-up time).
_LAZY = {"Database": "database", "DatabaseError": "database", "Schema": "database",
         "Query": "query", "parse": "query", "ReadState": "read_state"}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'reader.library' has no attribute {name!r}")
    import importlib

    return getattr(importlib.import_module(f"reader.library.{module}"), name)


__all__ = [
    "AnalysisCache",
    "Database",
    "DatabaseError",
    "Library",
    "LibraryChange",
    "Query",
    "ReadState",
    "Schema",
    "parse",
]
