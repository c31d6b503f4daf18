"""Where reader keeps its data and finds its bundled files.

Nothing here runs at import time: every directory is computed when asked, so tests
(and `--data-dir` / `READER_DATA_DIR`) decide where data goes before anything is touched.
"""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "reader"
DATA_DIR_ENV = "READER_DATA_DIR"
CACHE_DIR_ENV = "READER_CACHE_DIR"

_PACKAGE_DIR = Path(__file__).resolve().parent


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The folder holding the store: the override, else $READER_DATA_DIR, else platformdirs."""
    if override:
        return Path(override).expanduser()
    env = os.environ.get(DATA_DIR_ENV)
    if env:
        return Path(env).expanduser()
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, appauthor=False)


def not_a_folder(folder: Path) -> str | None:
    """Why `folder` cannot be the data folder when a file stands in its place, else None
    (said the same by the store, the library database and every command)."""
    if folder.exists() and not folder.is_dir():
        return (f"The data folder {folder} is a file, not a folder. Move that file away, "
                "or choose another folder with --data-dir (or READER_DATA_DIR).")
    return None


def cache_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The folder for caches that are safe to delete (analyses): the override, else
    $READER_CACHE_DIR, else the platform's cache folder (~/.cache/reader on Linux)."""
    if override:
        return Path(override).expanduser()
    env = os.environ.get(CACHE_DIR_ENV)
    if env:
        return Path(env).expanduser()
    from platformdirs import user_cache_path

    return user_cache_path(APP_NAME, appauthor=False)


def _bundled(name: str) -> Path:
    # In an installed wheel the folder is copied inside the package (hatch force-include);
    # in a source checkout it sits beside the package at the repository's top level.
    inside = _PACKAGE_DIR / name
    if inside.is_dir():
        return inside
    return _PACKAGE_DIR.parent / name


def styles_dir() -> Path:
    """The folder of the app's .tcss files, in a checkout or an installed wheel."""
    return _bundled("styles")


def seeds_dir() -> Path:
    """The folder of sample articles opened when no path is given."""
    return _bundled("seeds")
