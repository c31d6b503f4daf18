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
from typing import IO

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


IMPORT_KILLS = int(os.environ.get("READER_CRASH_IMPORT_KILLS", "20"))
IMPORT_RECORDS = 3000  # bookmarks, and as many notes and read marks
EXTRA_IMPORT_KILLS = 20
IMPORT_TIMEOUT_SECONDS = 120


def _large_export(path: Path) -> tuple[set[str], set[str]]:
    """An export of many new records and read marks; returns (record ids, read ids)."""
    from reader.store import ArticleBookmark

    bookmarks = [ArticleBookmark(f"imp-{i}", f"Imported {i}").to_dict()
                 for i in range(IMPORT_RECORDS)]
    notes = [Note(NoteTarget.entity(f"imp:{i}", f"I {i}"), "n" * 80).to_dict()
             for i in range(IMPORT_RECORDS)]
    read = {f"imp-{i}" for i in range(IMPORT_RECORDS)}
    doc = {"format": "reader-export", "version": 1, "bookmarks": bookmarks, "notes": notes,
           "reading_state": {"format": "reader-state", "schema_version": 1,
                             "articles": {a: {"read": True} for a in sorted(read)},
                             "last_article": None, "settings": {}}}
    path.write_text(json.dumps(doc), encoding="utf-8")
    return {r["id"] for r in bookmarks + notes}, read


def _run_import(data_dir: Path, source: Path, kill_after: float | None,
                in_write: bool = False) -> float:
    """Run `reader import` in a worker; SIGKILL it `kill_after` seconds after it is ready,
    or with `in_write` after it began writing the store file (None: let it finish).
    Returns the seconds from ready to done (or to the kill)."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "tests.store.worker", "import", str(data_dir), str(source)],
        cwd=REPO, stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "ready"
    started = time.monotonic()
    if kill_after is None:
        _read_until(proc.stdout, "done")
    else:
        if in_write:
            _read_until(proc.stdout, "writing")
        time.sleep(kill_after)
        os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=IMPORT_TIMEOUT_SECONDS)
    proc.stdout.close()
    return time.monotonic() - started


def _read_until(stream: IO[str], word: str) -> None:
    """Read the worker's lines up to one starting with `word` (its end without one is a
    failure here, not a wait for ever)."""
    while not (line := stream.readline()).startswith(word):
        assert line, f"the import worker ended without saying {word!r}"


def test_sigkill_during_import_leaves_all_of_it_or_none(data_dir: Path, tmp_path: Path) -> None:
    with open_store(data_dir) as store:
        store.bookmark_article("mine", "Mine")
        store.state.set_read("mine")
    base = {name: (data_dir / name).read_bytes() for name in ("store.json", "state.json")}
    source = tmp_path / "large.json"
    ids, read = _large_export(source)
    # How long an import takes here and now, so that the kills spread over all of it.
    duration = _run_import(data_dir, source, None)
    outcomes = {"none": 0, "all": 0}
    state_merged_at_reopen = 0  # killed after the one write, before the state file's
    inside_the_write = 0  # killed while the store file's temporary copy was being written
    rng = random.Random(20261201)
    kill = 0

    def restore() -> None:
        for name, payload in base.items():
            (data_dir / name).write_bytes(payload)

    # The planned kills, then (only if they did not land both before and after the write,
    # which a machine much slower or faster than while `duration` was measured can cause)
    # kills aimed at the outcome still missing, each against a fresh measure of how long
    # an import takes now, up to a generous bound.
    while kill < IMPORT_KILLS or (min(outcomes.values()) == 0
                                  and kill < IMPORT_KILLS + EXTRA_IMPORT_KILLS):
        restore()
        if kill >= IMPORT_KILLS and outcomes["all"] == 0:
            now = _run_import(data_dir, source, None)
            restore()
            _run_import(data_dir, source, now * (1.3 + rng.random()))  # after its end
        elif kill >= IMPORT_KILLS:
            _run_import(data_dir, source, 0.0)  # before its one write began
        # Even kills spread over the whole import; odd ones land within 8 ms of the
        # start of its one write (or of the reading-state merge after it).
        elif kill % 2 == 0:
            _run_import(data_dir, source, (kill + rng.random()) / IMPORT_KILLS * duration * 1.3)
        else:
            _run_import(data_dir, source, rng.uniform(0, 0.008), in_write=True)
        doc = json.loads((data_dir / "store.json").read_bytes())  # must always parse
        present = ids & {*doc["tables"].get("bookmarks", {}), *doc["tables"].get("notes", {})}
        assert present in (set(), ids), f"kill {kill}: {len(present)} of {len(ids)} records"
        state_merged_at_reopen += bool(doc["tables"].get("pending_imports"))
        inside_the_write += bool(leftover_temps(data_dir / "store.json"))
        with open_store(data_dir) as store:  # finishes an interrupted reading-state merge
            assert store.is_bookmarked("mine") and store.state.is_read("mine")
            marked = read & store.state.read_ids()
            if present:
                assert marked == read, f"kill {kill}: records in, {len(marked)} read marks"
                outcomes["all"] += 1
            else:
                assert marked == set(), f"kill {kill}: no records, {len(marked)} read marks"
                outcomes["none"] += 1
        kill += 1
    print(f"\n{kill} kills of an import of {len(ids)} records "
          f"({duration:.2f} s): {outcomes}, 0 mixed; {inside_the_write} inside the write "
          f"(a half-written temporary file left); {state_merged_at_reopen} had the reading "
          "state merged at the next open")
    assert outcomes["none"] >= 1 and outcomes["all"] >= 1  # the kills spanned the import
