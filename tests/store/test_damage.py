"""Damaged, newer, not-JSON and unreadable store files: each gets its message, and the
original bytes always still exist afterwards. Also migrations and backups."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from reader.store import (
    NoteTarget,
    StoreNewerSchemaError,
    StoreUnreadableError,
    open_store,
)
from reader.store.backups import backups_dir
from reader.store.lock import StoreLock
from reader.store.schema import CURRENT_VERSION


def _good_store_with_backup(data_dir: Path) -> None:
    with open_store(data_dir) as store:
        store.bookmark_article("a", "A")
        store.set_note(NoteTarget.article("a", "A"), "kept in the backup")
    # The day's backup was written at the first save (the bookmark alone): start the day
    # afresh, so that the open of an existing file writes it with the note too.
    for backup in backups_dir(data_dir).glob("store-*.json"):
        backup.unlink()
    with open_store(data_dir):
        pass
    assert list(backups_dir(data_dir).glob("store-????-??-??.json"))


def _aside_files(data_dir: Path) -> list[Path]:
    return sorted(data_dir.glob("store.json.damaged-*"))


@pytest.mark.parametrize("payload,reason", [
    (b'{"format": "reader-store", "schema_version": 1, "tables": {"bookm', "not valid JSON"),
    (b"\x00\x01\xfe binary \xff", "not valid JSON"),
    (b"", "not valid JSON"),
    (b'{"format": "reader-store", "schema_version": 2, "tables": {"bookmarks": '
     b'{"x": {"kind": "article"}}}}', "does not match the store's schema"),
    (b'["a", "list"]', "does not match the store's schema"),
])
def test_damaged_file_is_moved_aside_and_backup_restored(data_dir: Path, payload: bytes,
                                                         reason: str) -> None:
    _good_store_with_backup(data_dir)
    (data_dir / "store.json").write_bytes(payload)
    with open_store(data_dir) as store:
        [aside] = _aside_files(data_dir)
        assert aside.read_bytes() == payload  # the original bytes still exist
        [message] = store.messages
        assert reason in message and str(aside) in message and "backup" in message
        assert "restored" in message
        note = store.note_for(NoteTarget.article("a", "A"))
        assert note is not None and note.text == "kept in the backup"
        store.bookmark_article("b", "B")  # the restored store works
    with open_store(data_dir) as reopened:
        assert reopened.messages == [] and len(reopened.bookmarks()) == 2


def test_damaged_file_without_backup_starts_empty_and_says_where_data_is(
        data_dir: Path) -> None:
    payload = b'{"tables": trunc'
    (data_dir / "store.json").write_bytes(payload)
    with open_store(data_dir) as store:
        [aside] = _aside_files(data_dir)
        assert aside.read_bytes() == payload
        [message] = store.messages
        assert "No good backup" in message and str(aside) in message
        assert store.records() == []


def test_read_only_opener_does_not_move_a_damaged_file(data_dir: Path) -> None:
    _good_store_with_backup(data_dir)
    with open_store(data_dir) as writer:
        (data_dir / "store.json").write_bytes(b"{broken")
        with open_store(data_dir) as reader:
            assert reader.read_only
            assert any("Showing the backup" in m for m in reader.messages)
            assert len(reader.bookmarks()) == 1
        assert (data_dir / "store.json").read_bytes() == b"{broken"
        assert _aside_files(data_dir) == []
        del writer


def test_newer_schema_is_refused_and_left_untouched(data_dir: Path) -> None:
    payload = json.dumps({"format": "reader-store", "schema_version": 99,
                          "tables": {"bookmarks": {}, "notes": {}, "future": {}}}).encode()
    (data_dir / "store.json").write_bytes(payload)
    with pytest.raises(StoreNewerSchemaError) as caught:
        open_store(data_dir)
    assert "newer version of reader" in str(caught.value) and "99" in str(caught.value)
    assert (data_dir / "store.json").read_bytes() == payload
    assert _aside_files(data_dir) == []
    lock = StoreLock(data_dir)
    assert lock.acquire()  # the refused open released its lock
    lock.release()


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0,
                    reason="root can read a file whatever its mode")
def test_unreadable_file_gets_its_message_and_keeps_its_bytes(data_dir: Path) -> None:
    _good_store_with_backup(data_dir)
    path = data_dir / "store.json"
    payload = path.read_bytes()
    path.chmod(0)
    try:
        with pytest.raises(StoreUnreadableError) as caught:
            open_store(data_dir)
        assert "Cannot read" in str(caught.value) and "chmod 600" in str(caught.value)
    finally:
        path.chmod(0o600)
    assert path.read_bytes() == payload
    assert _aside_files(data_dir) == []


def test_permission_denied_gets_its_message_even_as_root(data_dir: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    # Root reads any file, so the permission error is injected where the store reads.
    _good_store_with_backup(data_dir)
    path = data_dir / "store.json"
    payload = path.read_bytes()
    real_read_bytes = Path.read_bytes

    def denied(self: Path) -> bytes:
        if self == path:
            raise PermissionError(13, "Permission denied", str(self))
        return real_read_bytes(self)

    monkeypatch.setattr(Path, "read_bytes", denied)
    with pytest.raises(StoreUnreadableError) as caught:
        open_store(data_dir)
    assert "Permission denied" in str(caught.value) and str(path) in str(caught.value)
    monkeypatch.undo()
    assert path.read_bytes() == payload
    assert _aside_files(data_dir) == []


def test_a_folder_in_place_of_the_file_is_unreadable_not_replaced(data_dir: Path) -> None:
    (data_dir / "store.json").mkdir()
    (data_dir / "store.json" / "keep.txt").write_text("mine", encoding="utf-8")
    with pytest.raises(StoreUnreadableError):
        open_store(data_dir)
    assert (data_dir / "store.json" / "keep.txt").read_text(encoding="utf-8") == "mine"


def test_version_0_file_is_migrated_after_a_backup(data_dir: Path) -> None:
    # The prototype's layout: stock TinyDB JSON, integer doc ids, no UUIDs, no `updated`.
    version_0 = {
        "bookmarks": {
            "1": {"kind": "article", "article_id": "a", "title": "A",
                  "created": "2024-01-01T00:00:00+00:00"},
            "2": {"kind": "quote", "article_id": "a", "article_title": "A",
                  "anchor": {"quote": "q", "start": 0, "end": 1, "prefix": "",
                             "suffix": "", "content_hash": ""},
                  "created": "2024-01-02T00:00:00+00:00"},
        },
        "notes": {"1": {"kind": "note", "text": "hello",
                        "target": {"kind": "entity", "entity_id": "person:x",
                                   "entity_name": "X"}}},
    }
    payload = json.dumps(version_0).encode()
    (data_dir / "store.json").write_bytes(payload)
    with open_store(data_dir) as store:
        [message] = store.messages
        assert f"Upgraded the store from schema 0 to {CURRENT_VERSION}" in message
        [backup] = backups_dir(data_dir).glob("store-v0-before-migration-*.json")
        assert backup.read_bytes() == payload and str(backup) in message
        bookmarks = store.bookmarks()
        assert [b.article_id for b in bookmarks] == ["a", "a"]
        assert all(len(b.id) == 36 and b.updated == b.created for b in bookmarks)
        note = store.note_for(NoteTarget.entity("person:x", "X"))
        assert note is not None and note.text == "hello"
    on_disk = json.loads((data_dir / "store.json").read_bytes())
    assert on_disk["schema_version"] == CURRENT_VERSION and on_disk["format"] == "reader-store"
    with open_store(data_dir) as again:
        assert again.messages == [] and len(again.bookmarks()) == 2


def test_daily_backup_is_kept_once_a_day(data_dir: Path) -> None:
    with open_store(data_dir) as store:
        store.bookmark_article("a", "A")
    with open_store(data_dir) as store:
        store.bookmark_article("b", "B")
    with open_store(data_dir):
        pass
    [daily] = backups_dir(data_dir).glob("store-????-??-??.json")
    # The first open of the day saved the state it found, with one bookmark.
    assert len(json.loads(daily.read_bytes())["tables"]["bookmarks"]) == 1


def test_damaged_state_file_is_set_aside_without_touching_notes(data_dir: Path) -> None:
    with open_store(data_dir) as store:
        store.bookmark_article("a", "A")
        store.state.set_read("a")
    (data_dir / "state.json").write_bytes(b"{nope")
    with open_store(data_dir) as store:
        assert any("reading-state file was damaged" in m for m in store.messages)
        assert store.is_bookmarked("a") and not store.state.is_read("a")
    [aside] = data_dir.glob("state.json.damaged-*")
    assert aside.read_bytes() == b"{nope"


def test_missing_store_file_with_backups_is_restored_not_started_empty(
        data_dir: Path) -> None:
    _good_store_with_backup(data_dir)
    (data_dir / "store.json").unlink()
    with open_store(data_dir) as store:
        [message] = store.messages
        assert "was missing" in message and "backups" in message
        assert store.is_bookmarked("a")


def test_export_of_a_folder_that_does_not_exist_creates_nothing(tmp_path: Path) -> None:
    folder = tmp_path / "never"
    with open_store(folder, read_only=True) as store:
        assert store.records() == [] and store.messages == []
    assert not folder.exists()


def test_a_failed_daily_backup_is_reported_not_fatal(data_dir: Path) -> None:
    with open_store(data_dir) as store:
        store.bookmark_article("a", "A")
    for backup in backups_dir(data_dir).glob("*"):
        backup.unlink()
    backups_dir(data_dir).rmdir()
    backups_dir(data_dir).write_text("a file where the backups folder should be")
    with open_store(data_dir) as store:
        assert any("backup of the store could not be written" in m for m in store.messages)
        store.bookmark_article("b", "B")
