"""Crash-safe file replacement: a change is either fully on disk or not there at all.

Write a temporary file in the same folder, fsync it, `os.replace` it over the target
(atomic on POSIX and Windows), then fsync the folder so the rename itself survives a
power cut. A reader of the target sees the old bytes or the new bytes, never a mix.
"""

from __future__ import annotations

import errno
import os
import secrets
import sys
from contextlib import suppress
from pathlib import Path

from reader.store.errors import StoreWriteError

FILE_MODE = 0o600
_TEMP_SUFFIX = ".tmp"
# Folders on some file systems (and on Windows) cannot be fsynced; that is not a failure.
_DIR_FSYNC_UNSUPPORTED = {errno.EINVAL, errno.ENOTSUP, errno.EBADF, errno.EISDIR, errno.EACCES}


def temp_name(path: Path) -> Path:
    """A fresh temporary name beside `path` (hidden, unique per process and call)."""
    return path.with_name(f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}{_TEMP_SUFFIX}")


def leftover_temps(path: Path) -> list[Path]:
    """Temporary files a killed writer of `path` may have left behind."""
    return sorted(path.parent.glob(f".{path.name}.*{_TEMP_SUFFIX}"))


def atomic_write(path: Path, data: bytes) -> None:
    """Replace `path` with `data`, durably. Raises StoreWriteError; the old file stays intact."""
    tmp = temp_name(path)
    step = "create a temporary file"
    try:
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
        fd = os.open(tmp, flags, FILE_MODE)
        try:
            step = "write"
            view = memoryview(data)
            while view:
                written = os.write(fd, view)
                view = view[written:]
            step = "fsync"
            os.fsync(fd)
        finally:
            os.close(fd)
        step = "replace the file"
        os.replace(tmp, path)
    except OSError as exc:
        with suppress(OSError):
            os.unlink(tmp)
        reason = exc.strerror or str(exc)
        raise StoreWriteError(
            f"Could not save {path} (the {step} step failed: {reason}). "
            "Nothing was lost: the previous version is unchanged."
        ) from exc
    fsync_dir(path.parent)


def write_new(path: Path, data: bytes) -> Path:
    """Write `data` under `path`, or `path` with "-2", "-3"... when that name is taken:
    never over an existing file (backups are never overwritten). Returns the name used.

    The bytes are written and synced under a temporary name first, then hard-linked to
    the final name (a link fails, rather than replaces, when the name exists), so a
    crash never leaves a half-written file under the final name. Where hard links are
    not supported the file is created exclusively and written in place."""
    tmp = temp_name(path)
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0),
                     FILE_MODE)
        _write_all_and_close(fd, data)
        candidate, n = path, 1
        while True:
            try:
                os.link(tmp, candidate)
                break
            except FileExistsError:
                n += 1
                candidate = path.with_name(f"{path.stem}-{n}{path.suffix}")
            except OSError:  # no hard links here: exclusive create, written in place
                candidate = _write_exclusive(path, data)
                break
    except OSError as exc:
        raise StoreWriteError(f"Could not write {path} ({exc.strerror or exc}).") from exc
    finally:
        with suppress(OSError):
            os.unlink(tmp)
    fsync_dir(path.parent)
    return candidate


def _write_exclusive(path: Path, data: bytes) -> Path:
    candidate, n = path, 1
    while True:
        try:
            fd = os.open(candidate, os.O_WRONLY | os.O_CREAT | os.O_EXCL
                         | getattr(os, "O_BINARY", 0), FILE_MODE)
            break
        except FileExistsError:
            n += 1
            candidate = path.with_name(f"{path.stem}-{n}{path.suffix}")
    _write_all_and_close(fd, data)
    return candidate


def _write_all_and_close(fd: int, data: bytes) -> None:
    """Write every byte (os.write may write fewer), fsync, and close `fd` in any case."""
    try:
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view):]
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_dir(directory: Path) -> None:
    """Make a rename in `directory` durable (a no-op where folders cannot be synced)."""
    if sys.platform == "win32":  # pragma: no cover
        return
    try:
        fd = os.open(directory, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError as exc:
        if exc.errno in _DIR_FSYNC_UNSUPPORTED:
            return
        raise StoreWriteError(f"Saved {directory}, but could not sync the folder: {exc}") from exc
    try:
        os.fsync(fd)
    except OSError as exc:
        if exc.errno not in _DIR_FSYNC_UNSUPPORTED:
            raise StoreWriteError(
                f"Saved into {directory}, but could not sync the folder: {exc.strerror}"
            ) from exc
    finally:
        os.close(fd)
