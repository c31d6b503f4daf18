"""One writer: a second process is refused while the first holds the lock, and can
write once the first is killed (the stale lock is recovered)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from reader.store import StoreBusyError, open_store
from tests.conftest import REPO


def _start_holder(data_dir: Path) -> subprocess.Popen[str]:
    proc = subprocess.Popen([sys.executable, "-m", "tests.store.worker", "hold", str(data_dir)],
                            cwd=REPO, stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "locked"
    return proc


def test_second_process_refused_then_allowed_after_sigkill(data_dir: Path) -> None:
    holder = _start_holder(data_dir)
    try:
        with pytest.raises(StoreBusyError) as caught:
            open_store(data_dir, if_busy="error", wait=0.2)
        assert f"pid {holder.pid}" in str(caught.value) and "busy" in str(caught.value)
        with open_store(data_dir) as viewer:  # the app's way: read-only, and it says so
            assert viewer.read_only and f"pid {holder.pid}" in viewer.messages[0]
    finally:
        os.kill(holder.pid, signal.SIGKILL)
        holder.wait()
    assert (data_dir / "store.lock").exists()  # left behind by the killed holder
    with open_store(data_dir, if_busy="error") as store:
        assert not store.read_only
        assert store.is_bookmarked("held")  # the holder's write survived its death
        store.bookmark_article("after", "After")
    with open_store(data_dir) as store:
        assert store.is_bookmarked("after")


def test_cli_writer_waits_for_the_lock_to_be_released(data_dir: Path) -> None:
    first = open_store(data_dir)
    timer = threading.Timer(0.3, first.close)
    timer.start()
    try:
        with open_store(data_dir, if_busy="error", wait=5.0) as second:
            assert not second.read_only
    finally:
        timer.cancel()
        first.close()
