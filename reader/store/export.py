"""Export (JSON, Markdown, Readwise CSV); import (JSON, merged by id) is in importing.py.

The JSON export holds each record exactly as stored (`to_dict`), so exporting, importing
into an empty store and exporting again gives the same records.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from typing import Any, Literal

from reader.store.importing import EXPORT_FORMAT, EXPORT_VERSION
from reader.store.markdown import markdown_document
from reader.store.readwise import readwise_csv
from reader.store.store import Store


def _by_created(records: list[Any]) -> list[Any]:
    return sorted(records, key=lambda r: (r.created, r.id))


def export_document(store: Store, read_ids: Iterable[str] = ()) -> dict[str, Any]:
    """Everything in the store as one JSON-ready dict (oldest record first). `read_ids`
    are read marks kept outside the store (the library database), exported with its own."""
    reading_state = store.state.to_dict()
    articles = reading_state.setdefault("articles", {})
    for article_id in read_ids:
        entry = articles.setdefault(article_id, {})
        if isinstance(entry, dict):
            entry["read"] = True
    return {
        "format": EXPORT_FORMAT,
        "version": EXPORT_VERSION,
        "exported": dt.datetime.now(dt.UTC).isoformat(),
        "bookmarks": [b.to_dict() for b in _by_created(store.bookmarks())],
        "notes": [n.to_dict() for n in _by_created(store.notes())],
        "reading_state": reading_state,
    }


def export_json(store: Store, read_ids: Iterable[str] = ()) -> str:
    """The lossless JSON export (UTF-8 text, indented for people to read)."""
    return json.dumps(export_document(store, read_ids), ensure_ascii=False, indent=2) + "\n"


def export_markdown(store: Store) -> str:
    """Bookmarks and notes grouped by article; quotes as block quotes with their speaker.
    Safe whatever the text (reader.store.markdown says how)."""
    return markdown_document(store.bookmarks(), store.notes(), dt.datetime.now(dt.UTC))


def export_readwise(store: Store) -> str:
    """Readwise's CSV import: one row per quote (bookmarked or noted); safe to open in a
    spreadsheet (reader.store.readwise says how)."""
    return readwise_csv(store.bookmarks(), store.notes())


ExportFormat = Literal["markdown", "json", "readwise"]
EXPORT_FORMAT_NAMES: tuple[ExportFormat, ...] = ("markdown", "json", "readwise")


def export_as(store: Store, fmt: ExportFormat, read_ids: Iterable[str] = ()) -> str:
    """The export in `fmt`: the one dispatch behind `reader export` and the app's dialog.
    `read_ids` (read marks of the library database) go into the JSON export only."""
    if fmt == "json":
        return export_json(store, read_ids)
    exporters = {"markdown": export_markdown, "readwise": export_readwise}
    return exporters[fmt](store)
