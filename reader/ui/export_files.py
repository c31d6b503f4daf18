"""Writing an export of the store to a file. No Textual here.

Runs on the store thread (through the gateway). The file is written whole or not at
all, by the store's own atomic writer.
"""

from __future__ import annotations

from pathlib import Path

from reader.store import ExportFormat, Store, export_as
from reader.store.atomic import atomic_write

EXPORT_FORMATS: dict[ExportFormat, tuple[str, str]] = {
    # format: (what the dialog calls it, file extension)
    "markdown": ("Markdown (grouped by article, quotes as block quotes)", ".md"),
    "json": ("JSON (lossless; `reader import` reads it back)", ".json"),
    "readwise": ("Readwise CSV (Highlight, Title, Author, URL, Note, Location, Date)", ".csv"),
}


def default_export_path(folder: Path, fmt: ExportFormat, stamp: str) -> Path:
    """`folder/reader-export-STAMP.ext` for the format."""
    return folder / f"reader-export-{stamp}{EXPORT_FORMATS[fmt][1]}"


def write_export(store: Store, fmt: ExportFormat, path: Path) -> Path:
    """Export the store as `fmt` into `path` (folders created); returns the path written."""
    path = path.expanduser()
    data = export_as(store, fmt).encode("utf-8")
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write(path, data)  # raises StoreWriteError; a half-written file never appears
    return path
