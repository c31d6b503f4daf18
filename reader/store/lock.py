"""One writer per store: an OS lock on a small file that names its holder.

The lock is an advisory `flock` (Windows: `msvcrt.locking`) on `store.lock`. The kernel
drops it when the holder exits, however it exits, so a lock left by a killed process
is recovered by simply taking it again; the pid written inside is only for messages.
"""

from __future__ import annotations

import contextlib
import os
import socket
import sys
import time
from pathlib import Path

LOCK_NAME = "store.lock"
_POLL_SECONDS = 0.05
_OWNER_WIDTH = 128


class StoreLock:
    """An exclusive lock on a data folder, held from `acquire()` until `release()`."""

    def __init__(self, data_dir: Path) -> None:
        self.path = data_dir / LOCK_NAME
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self, wait: float = 0.0) -> bool:
        """Try to take the lock, polling for up to `wait` seconds; True when it is ours."""
        deadline = time.monotonic() + max(wait, 0.0)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0), 0o600)
        while True:
            if _try_lock(fd):
                self._fd = fd
                self._write_owner(fd)
                return True
            if time.monotonic() >= deadline:
                os.close(fd)
                return False
            time.sleep(_POLL_SECONDS)

    def release(self) -> None:
        """Give the lock up (the file stays: deleting it would race with a new holder)."""
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        with contextlib.suppress(OSError):
            _unlock(fd)
        os.close(fd)

    def owner(self) -> str:
        """Who holds the lock, for messages: "another reader (pid 123 on host)"."""
        try:
            text = self.path.read_text(encoding="utf-8", errors="replace").strip()
        except OSError:
            text = ""
        parts = text.split()
        if len(parts) >= 2 and parts[0].isdigit():
            return f"another reader (pid {parts[0]} on {parts[1]})"
        return "another reader"

    @staticmethod
    def _write_owner(fd: int) -> None:
        # Informational only (the OS lock is what counts), so no fsync; padded to a fixed
        # width so a shorter line fully covers a longer old one without a truncate.
        line = f"{os.getpid()} {socket.gethostname()}\n".ljust(_OWNER_WIDTH)
        with contextlib.suppress(OSError):
            os.lseek(fd, 0, os.SEEK_SET)
            os.write(fd, line.encode())


if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(fd: int) -> bool:
        os.lseek(fd, 0, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
