"""Read marks in SQLite, and the one-time copy of the marks kept in state.json."""

from __future__ import annotations

import json
from pathlib import Path

from reader.library import Database, ReadState
from reader.store import open_store
from reader.ui import session


def test_read_marks_persist_and_can_be_removed(data_dir: Path) -> None:
    with Database.open(data_dir) as database:
        state = ReadState(database)
        state.set_read("a")
        state.set_read("b")
        state.set_read("b", False)
        state.set_read("a")  # twice: still one mark
    with Database.open(data_dir) as database:
        state = ReadState(database)
        assert state.read_ids() == {"a"}
        assert state.is_read("a") and not state.is_read("b")


def test_legacy_marks_are_imported_once(data_dir: Path) -> None:
    with Database.open(data_dir) as database:
        state = ReadState(database)
        assert state.import_legacy(["x", "y"]) == 2
        state.set_read("x", False)
        assert state.import_legacy(["x", "y", "z"]) == 0  # already imported: nothing returns
        assert state.read_ids() == {"y"}


def test_rename_moves_marks_to_new_ids(data_dir: Path) -> None:
    with Database.open(data_dir) as database:
        state = ReadState(database)
        state.set_read("old-1")
        state.set_read("kept")
        state.rename([("old-1", "new-1"), ("absent", "new-2")])
        assert state.read_ids() == {"new-1", "kept"}


def test_opening_the_app_store_copies_state_json_marks_and_keeps_the_file(
        data_dir: Path) -> None:
    with open_store(data_dir) as store:
        store.state.set_read("read-before")
        store.state.set_read("unread-before", False)
    before = (data_dir / "state.json").read_bytes()
    opened = session.open_for_app(data_dir)
    assert opened.store is not None and opened.read_state is not None
    try:
        assert opened.read_state.read_ids() == {"read-before"}
        opened.read_state.set_read("new")
    finally:
        opened.read_state.database.close()
        opened.store.close()
    assert (data_dir / "state.json").read_bytes() == before  # the old file is kept as it was
    assert json.loads(before)["articles"]["read-before"]["read"] is True
    reopened = session.open_for_app(data_dir)
    assert reopened.store is not None and reopened.read_state is not None
    try:
        assert reopened.read_state.read_ids() == {"read-before", "new"}
    finally:
        reopened.read_state.database.close()
        reopened.store.close()


def test_a_read_only_store_reads_marks_and_writes_none(data_dir: Path) -> None:
    writer = session.open_for_app(data_dir)
    assert writer.store is not None and writer.read_state is not None
    writer.read_state.set_read("a")
    try:
        second = session.open_for_app(data_dir)  # the lock is held: read-only
        assert second.store is not None and second.store.read_only
        assert second.read_state is not None
        assert second.read_state.read_ids() == {"a"}
        second.read_state.set_read("b")
        second.store.close()
        assert writer.read_state.read_ids() == {"a"}
    finally:
        writer.read_state.database.close()
        writer.store.close()
