"""Writing an export of the store to a file. No Textual here.

Runs on the store thread (through the gateway). The file is written whole or not at
all: a temporary file in the same folder, flushed to disk, then renamed over the target.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Literal

from reader.store import Store, export_json, export_markdown, export_readwise

ExportFormat = Literal["markdown", "json", "readwise"]
EXPORT_FORMATS: dict[ExportFormat, tuple[str, str]] = {
    # format: (what the dialog calls it, file extension)
    "markdown": ("Markdown (grouped by article, quotes as block quotes)", ".md"),
    "json": ("JSON (lossless; `reader import` reads it back)", ".json"),
    "readwise": ("Readwise CSV (Highlight, Title, Author, URL, Note, Location, Date)", ".csv"),
}
_EXPORTERS: dict[ExportFormat, Callable[[Store], str]] = {
    "markdown": export_markdown,
    "json": export_json,
    "readwise": export_readwise,
}


def default_export_path(folder: Path, fmt: ExportFormat, stamp: str) -> Path:
    """`folder/reader-export-STAMP.ext` for the format."""
    return folder / f"reader-export-{stamp}{EXPORT_FORMATS[fmt][1]}"


def write_export(store: Store, fmt: ExportFormat, path: Path) -> Path:
    """Export the store as `fmt` into `path` (folders created); returns the path written."""
    path = path.expanduser()
    data = _EXPORTERS[fmt](store).encode("utf-8")
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as temp:
            temp.write(data)
            temp.flush()
            os.fsync(temp.fileno())
        os.replace(temp_name, path)
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise
    return path
