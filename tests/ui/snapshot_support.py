"""Helpers for stable snapshots of the secondary screens."""

from __future__ import annotations

import datetime as dt
import os
import shutil
from pathlib import Path
from typing import Any

from textual.pilot import Pilot

# The seed has no date in its text, so its date is the file's: pinned for snapshots.
PINNED_DATE = dt.datetime(2024, 10, 2, 12, 0)


def pinned_seed(seed_path: Path, folder: Path) -> Path:
    """A copy of the seed whose file date never changes."""
    folder.mkdir(parents=True, exist_ok=True)
    copy = folder / seed_path.name
    shutil.copyfile(seed_path, copy)
    stamp = PINNED_DATE.timestamp()
    os.utime(copy, (stamp, stamp))
    return copy


async def settle(pilot: Pilot[Any]) -> None:
    """Wait until loading and analysis workers are done and the screen is drawn."""
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
