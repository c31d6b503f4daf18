"""Opening an article file's folder in the desktop's file manager (the `D` key)."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

FolderOpener = Callable[[Path], object]


def open_in_file_manager(folder: Path) -> object:
    """Start the platform's opener on `folder`, detached, without waiting for it."""
    if sys.platform == "win32":  # pragma: no cover - not the platform tests run on
        os.startfile(folder)  # type: ignore[attr-defined]
        return None
    command = "open" if sys.platform == "darwin" else "xdg-open"
    # A list argument, no shell: the path is passed as one argument whatever it holds.
    try:
        return subprocess.Popen([command, str(folder)], stdin=subprocess.DEVNULL,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                start_new_session=True)
    except FileNotFoundError:
        # Said as such (not "[Errno 2] No such file or directory: 'xdg-open'").
        raise OSError(f"there is no file manager to open it with ({command} is not "
                      "installed)") from None


def open_folder(path: Path | None, opener: FolderOpener) -> str | None:
    """Open the folder holding the file at `path`; a message saying why not, or None."""
    if path is None:
        return "This article is not a file (only file articles have a folder to open)."
    folder = path.parent
    if not folder.is_dir():
        return f"The folder {folder} is no longer there."
    try:
        opener(folder)
    except Exception as error:  # the platform's opener may be missing or fail
        return f"The folder {folder} could not be opened: {error}"
    return None
