"""The one export writer: the CLI (`reader export -o FILE`, `--person`, `reader opml
export -o FILE`) and the app's export dialog all write their file here.

The file is written whole or not at all, by the store's own atomic writer (temporary
file, fsync, rename, folder fsync), which stays private to the store package.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from reader.store.atomic import atomic_write
from reader.store.errors import StoreWriteError
from reader.store.export import ExportFormat, export_as
from reader.store.store import Store


def write_export_file(path: Path, text: str | bytes, *, make_folders: bool = False) -> Path:
    """Write an export's `text` (UTF-8) or bytes to `path`; returns the path written.
    Raises StoreWriteError or OSError, leaving no half-written file.

    A folder that does not exist is refused (a typo in `-o` must not leave a stray tree
    of folders), unless `make_folders` (the app's own `exports/` folder)."""
    path = path.expanduser()
    folder = path.parent
    if make_folders:
        folder.mkdir(parents=True, exist_ok=True)
    elif not folder.is_dir():
        why = "is not a folder" if folder.exists() else "does not exist"
        raise StoreWriteError(f"Nothing written: {folder} {why}. Create the folder first, "
                              "or choose another file.")
    atomic_write(path, text.encode("utf-8") if isinstance(text, str) else text)
    return path


def write_export(store: Store, fmt: ExportFormat, path: Path,
                 read_ids: Iterable[str] = (), *, make_folders: bool = False) -> Path:
    """Export the store as `fmt` into `path` (with the library's read marks, `read_ids`);
    returns the path written."""
    return write_export_file(path, export_as(store, fmt, read_ids), make_folders=make_folders)
