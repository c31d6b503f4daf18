"""SIGKILL a writer at random moments: the file always parses and holds exactly the
state before or after the interrupted write.

READER_CRASH_KILLS sets the number of kills (default 100).
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from reader.store import Note, NoteTarget, open_store
from reader.store.atomic import leftover_temps
from tests.conftest import REPO

KILLS = int(os.environ.get("READER_CRASH_KILLS", "100"))
PADDING_NOTES = 800  # makes each save take long enough to be hit mid-write


def _file_state(path: Path) -> dict[str, str]:
    """entity id -> note text for the crash test's notes, parsed with the stdlib."""
    doc = json.loads(path.read_bytes())  # must always parse
    notes = doc["tables"]["notes"]
    return {n["target"]["entity_id"]: n["text"] for n in notes.values()
            if n["target"]["entity_id"].startswith("crash:")}


def _apply(state: dict[str, str], line: str) -> dict[str, str]:
    _, _, kind, entity, text = line.split(" ", 4)
    after = dict(state)
    if kind == "delete":
        del after[entity]
    else:
        after[entity] = text
    return after


def test_sigkill_at_random_moments_never_loses_or_mixes_states(data_dir: Path) -> None:
    with open_store(data_dir) as store:
        store.restore_many([Note(NoteTarget.entity(f"pad:{i}", f"Pad {i}"), "p" * 100)
                            for i in range(PADDING_NOTES)])
    path = data_dir / "store.json"
    rng = random.Random(20261127)
    outcomes = {"before": 0, "after": 0, "between writes": 0}
    torn_temp_files = 0  # kills that landed while the temporary file was being written
    for kill in range(KILLS):
        expected = _file_state(path)
        proc = subprocess.Popen(
            [sys.executable, "-m", "tests.store.worker", "write", str(data_dir), str(kill)],
            cwd=REPO, stdout=subprocess.PIPE, text=True)
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0, 0.04))
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        lines = proc.stdout.read().splitlines()
        proc.stdout.close()
        # Replay every completed operation; the last may or may not have reached the disk.
        in_flight = None
        for line in lines:
            if line.startswith("op "):
                in_flight = line
            elif line.startswith("done ") and in_flight is not None:
                expected = _apply(expected, in_flight)
                in_flight = None
        actual = _file_state(path)
        torn_temp_files += bool(leftover_temps(path))
        if in_flight is None:
            assert actual == expected, f"kill {kill}: state after a completed write differs"
            outcomes["between writes"] += 1
        elif actual == expected:
            outcomes["before"] += 1
        else:
            assert actual == _apply(expected, in_flight), f"kill {kill}: mixed state"
            outcomes["after"] += 1
    with open_store(data_dir) as store:  # and the store opens cleanly afterwards
        assert store.messages == []
        assert len(store.notes()) == PADDING_NOTES + len(_file_state(path))
    print(f"\n{KILLS} kills: {outcomes}; {torn_temp_files} left a half-written temp file")
    assert sum(outcomes.values()) == KILLS
    # The kills must really land inside writes, or the test proves nothing.
    assert outcomes["before"] + outcomes["after"] >= KILLS // 4
    assert torn_temp_files >= 1
