"""What the export dialog offers: the formats' names and file names. No Textual here.

The file itself is written by the store's one export writer (reader.store.write_export),
on the store thread.
"""

from __future__ import annotations

from pathlib import Path

from reader.store import ExportFormat

EXPORT_FORMATS: dict[ExportFormat, tuple[str, str]] = {
    # format: (what the dialog calls it, file extension)
    "markdown": ("Markdown (grouped by article, quotes as block quotes)", ".md"),
    "json": ("JSON (lossless; `reader import` reads it back)", ".json"),
    "readwise": ("Readwise CSV (Highlight, Title, Author, URL, Note, Location, Date)", ".csv"),
}


def default_export_path(folder: Path, fmt: ExportFormat, stamp: str) -> Path:
    """`folder/reader-export-STAMP.ext` for the format."""
    return folder / f"reader-export-{stamp}{EXPORT_FORMATS[fmt][1]}"
