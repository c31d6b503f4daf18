"""The one export writer: the CLI (`reader export -o FILE`, `--person`, `reader opml
export -o FILE`) and the app's export dialog all write their file here.

The file is written whole or not at all, by the store's own atomic writer (temporary
file, fsync, rename, folder fsync), which stays private to the store package.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from reader.store.atomic import atomic_write
from reader.store.export import ExportFormat, export_as
from reader.store.store import Store


def write_export_file(path: Path, text: str | bytes) -> Path:
    """Write an export's `text` (UTF-8) or bytes to `path` (folders created); returns the
    path written. Raises StoreWriteError or OSError, leaving no half-written file."""
    path = path.expanduser()
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write(path, text.encode("utf-8") if isinstance(text, str) else text)
    return path


def write_export(store: Store, fmt: ExportFormat, path: Path,
                 read_ids: Iterable[str] = ()) -> Path:
    """Export the store as `fmt` into `path` (with the library's read marks, `read_ids`);
    returns the path written."""
    return write_export_file(path, export_as(store, fmt, read_ids))
