"""SIGKILL a writer at random moments: the file always parses and holds exactly the
state before or after the interrupted write.

READER_CRASH_KILLS sets the number of kills (default 100).

The writers are forked by one `python -m tests.store.worker serve` process per test,
which has the store imported already: a fork costs milliseconds where a fresh
interpreter costs a fifth of a second or more, and these tests start over a hundred.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import suppress
from pathlib import Path

import pytest

from reader.store import Note, NoteTarget, open_store
from reader.store.atomic import leftover_temps
from tests.conftest import REPO


class Workers:
    """The worker server (tests/store/worker.py `serve`): `start` forks a worker, whose
    lines `readline` and `rest` return as it says them (relayed by the server)."""

    def __init__(self) -> None:
        # A session of its own: the teardown kills it and any worker left with one signal.
        self._server = subprocess.Popen(
            [sys.executable, "-m", "tests.store.worker", "serve"], cwd=REPO,
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, start_new_session=True)

    def start(self, kind: str, data_dir: Path, arg: str) -> int:
        """Fork a `kind` worker ("write" or "import"); its pid."""
        assert self._server.stdin is not None
        self._server.stdin.write(json.dumps([kind, str(data_dir), arg]) + "\n")
        self._server.stdin.flush()
        line = self.readline()
        assert line.startswith("pid "), line
        return int(line.split()[1])

    def readline(self) -> str:
        """The worker's next line; "end" once it has gone ("" if the server has)."""
        assert self._server.stdout is not None
        return self._server.stdout.readline().rstrip("\n")

    def rest(self, timeout: float = 120.0) -> list[str]:
        """The worker's remaining lines, up to its end; then it is reaped (a worker still
        there after `timeout` seconds is killed with the server: a failure, not a
        hang)."""
        watchdog = threading.Timer(timeout, self._kill)
        watchdog.start()
        try:
            lines = []
            while (line := self.readline()) not in ("end", ""):
                lines.append(line)
        finally:
            watchdog.cancel()
        assert line == "end", "the worker server ended"
        assert self._server.stdin is not None
        self._server.stdin.write("reap\n")  # no signal goes to it after this
        self._server.stdin.flush()
        assert self.readline() == "reaped"
        return lines

    def _kill(self) -> None:
        with suppress(ProcessLookupError):
            os.killpg(self._server.pid, signal.SIGKILL)

    def close(self) -> None:
        assert self._server.stdin is not None
        self._server.stdin.close()
        self._kill()
        self._server.wait(timeout=30)
        assert self._server.stdout is not None
        self._server.stdout.close()


@pytest.fixture
def workers() -> Iterator[Workers]:
    running = Workers()
    try:
        yield running
    finally:
        running.close()

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


def test_sigkill_at_random_moments_never_loses_or_mixes_states(data_dir: Path,
                                                               workers: Workers) -> None:
    with open_store(data_dir) as store:
        store.restore_many([Note(NoteTarget.entity(f"pad:{i}", f"Pad {i}"), "p" * 100)
                            for i in range(PADDING_NOTES)])
    path = data_dir / "store.json"
    rng = random.Random(20261127)
    outcomes = {"before": 0, "after": 0, "between writes": 0}
    torn_temp_files = 0  # kills that landed while the temporary file was being written
    for kill in range(KILLS):
        expected = _file_state(path)
        pid = workers.start("write", data_dir, str(kill))
        assert workers.readline() == "ready"
        time.sleep(rng.uniform(0, 0.04))
        os.kill(pid, signal.SIGKILL)
        lines = workers.rest()  # all it said: its end comes once it is gone
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


def _run_import(workers: Workers, data_dir: Path, source: Path, kill_after: float | None,
                in_write: bool = False) -> float:
    """Run `reader import` in a worker; SIGKILL it `kill_after` seconds after it is ready,
    or with `in_write` after it began writing the store file (None: let it finish).
    Returns the seconds from ready to done (or to the kill)."""
    pid = workers.start("import", data_dir, str(source))
    assert workers.readline() == "ready"
    started = time.monotonic()
    if kill_after is None:
        _read_until(workers, "done")
    else:
        if in_write:
            _read_until(workers, "writing")
        time.sleep(kill_after)
        os.kill(pid, signal.SIGKILL)  # ended already or not: not reaped before rest()
    elapsed = time.monotonic() - started
    workers.rest()  # up to its end: it has gone
    return elapsed


def _read_until(workers: Workers, word: str) -> None:
    """Read the worker's lines up to one starting with `word` (its end without one is a
    failure here, not a wait for ever)."""
    while not (line := workers.readline()).startswith(word):
        assert line not in ("end", ""), f"the import worker ended without saying {word!r}"


def test_sigkill_during_import_leaves_all_of_it_or_none(data_dir: Path, tmp_path: Path,
                                                        workers: Workers) -> None:
    with open_store(data_dir) as store:
        store.bookmark_article("mine", "Mine")
        store.state.set_read("mine")
    base = {name: (data_dir / name).read_bytes() for name in ("store.json", "state.json")}
    source = tmp_path / "large.json"
    ids, read = _large_export(source)
    # How long an import takes here and now, so that the kills spread over all of it.
    duration = _run_import(workers, data_dir, source, None)
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
            now = _run_import(workers, data_dir, source, None)
            restore()
            _run_import(workers, data_dir, source, now * (1.3 + rng.random()))  # after its end
        elif kill >= IMPORT_KILLS:
            _run_import(workers, data_dir, source, 0.0)  # before its one write began
        # Even kills spread over the whole import; odd ones land within 8 ms of the
        # start of its one write (or of the reading-state merge after it).
        elif kill % 2 == 0:
            _run_import(workers, data_dir, source,
                        (kill + rng.random()) / IMPORT_KILLS * duration * 1.3)
        else:
            _run_import(workers, data_dir, source, rng.uniform(0, 0.008), in_write=True)
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
