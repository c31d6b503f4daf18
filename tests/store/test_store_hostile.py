"""The store file and folder under hostile conditions (issue 11, points 6, 7, 8, 10, 11)."""

from __future__ import annotations

import datetime as dt
import errno
import json
import os
from pathlib import Path
from typing import Any

import pytest

from reader.store import (
    NoteTarget,
    StoreError,
    StoreReadOnlyError,
    StoreUnreadableError,
    StoreWriteError,
    open_store,
)
from reader.store.atomic import write_new
from reader.store.backups import backups_dir, write_migration_backup
from reader.store.lock import StoreLock

# -- 6. after a failed write, memory equals the disk ------------------------------------

def test_failure_at_the_folder_fsync_leaves_memory_equal_to_disk(
        data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with open_store(data_dir) as store:
        store.bookmark_article("a", "A")
        real_fsync = os.fsync
        folder_fd = {"fd": -1}
        real_open = os.open

        def tracking_open(path: Any, flags: int, *args: Any) -> int:
            fd = real_open(path, flags, *args)
            if Path(path) == data_dir:
                folder_fd["fd"] = fd
            return fd

        def failing_fsync(fd: int) -> None:
            if fd == folder_fd["fd"]:
                raise OSError(errno.EIO, "Input/output error")
            real_fsync(fd)

        with monkeypatch.context() as patch:
            patch.setattr(os, "open", tracking_open)
            patch.setattr(os, "fsync", failing_fsync)
            with pytest.raises(StoreWriteError, match="sync the folder"):
                store.bookmark_article("b", "B")
        # The rename had happened: the file holds "b", and so must memory.
        on_disk = json.loads((data_dir / "store.json").read_bytes())["tables"]["bookmarks"]
        assert {r["article_id"] for r in on_disk.values()} == {"a", "b"}
        assert store.is_bookmarked("b")
        again = store.bookmark_article("b", "B")  # no duplicate
        assert len(store.bookmarks()) == 2 and again.article_id == "b"


def test_an_unencodable_record_is_refused_and_later_writes_still_work(data_dir: Path) -> None:
    from reader.store import Note

    with open_store(data_dir) as store:
        before = store.records()
        bad = Note(NoteTarget.entity("e:1", "E"), "lone \ud800 surrogate")
        with pytest.raises(StoreWriteError, match="cannot be written as JSON"):
            store.restore(bad)
        assert store.records() == before
        store.bookmark_article("later", "Later")
    with open_store(data_dir) as store:
        assert [b.article_id for b in store.bookmarks()] == ["later"]


# -- 7. a duplicate key is damage ---------------------------------------------------------

def test_duplicate_key_in_store_json_is_damage_kept_aside(data_dir: Path) -> None:
    with open_store(data_dir) as store:
        note = store.set_note(NoteTarget.article("a", "A"), "first copy")
    raw = (data_dir / "store.json").read_bytes()
    record = json.dumps(note.to_dict())
    twice = raw.replace(f'"{note.id}":'.encode(),
                        f'"{note.id}":{json.dumps(dict(note.to_dict(), text="second"))},'
                        f'"{note.id}":'.encode())
    assert twice != raw and record
    (data_dir / "store.json").write_bytes(twice)
    with open_store(data_dir) as store:
        [aside] = sorted(data_dir.glob("store.json.damaged-*"))
        assert aside.read_bytes() == twice
        assert any("appears twice" in m and str(aside) in m for m in store.messages)


def test_non_canonical_file_without_duplicates_opens_as_is(data_dir: Path) -> None:
    with open_store(data_dir) as store:
        store.set_note(NoteTarget.article("a", "A"), "kept")
    doc = json.loads((data_dir / "store.json").read_bytes())
    (data_dir / "store.json").write_text(json.dumps(doc, indent=2), encoding="utf-8")
    with open_store(data_dir) as store:
        assert store.messages == [] and store.notes()[0].text == "kept"


# -- 8. backups: from the first write, never overwritten ---------------------------------

def test_a_new_store_is_backed_up_at_its_first_write(data_dir: Path) -> None:
    with open_store(data_dir) as store:
        assert not backups_dir(data_dir).exists()
        store.bookmark_article("a", "A")
        [daily] = backups_dir(data_dir).glob("store-????-??-??.json")
        assert b'"article_id":"a"' in daily.read_bytes()
        store.bookmark_article("b", "B")  # the day's backup is written once
        assert b'"article_id":"b"' not in daily.read_bytes()


def test_backups_are_never_overwritten(data_dir: Path) -> None:
    first = write_migration_backup(data_dir, b"one", 0)
    second = write_migration_backup(data_dir, b"two", 0)  # within the same second
    assert first != second and first.read_bytes() == b"one" and second.read_bytes() == b"two"
    taken = data_dir / "x.json"
    taken.write_bytes(b"old")
    assert write_new(taken, b"new") == data_dir / "x-2.json"
    assert taken.read_bytes() == b"old"


def test_daily_backup_is_not_replaced_by_a_later_open(data_dir: Path) -> None:
    with open_store(data_dir) as store:
        store.bookmark_article("a", "A")
    name = f"store-{dt.datetime.now(dt.UTC).date().isoformat()}.json"
    before = (backups_dir(data_dir) / name).read_bytes()
    with open_store(data_dir) as store:
        store.bookmark_article("b", "B")
    assert (backups_dir(data_dir) / name).read_bytes() == before


# -- 10. each wrong version gets its own message -----------------------------------------

def test_huge_schema_version_is_damage_not_invalid_json(data_dir: Path) -> None:
    (data_dir).mkdir(parents=True, exist_ok=True)
    payload = ('{"format": "reader-store", "schema_version": ' + "1" + "0" * 400
               + ', "tables": {}}').encode()
    (data_dir / "store.json").write_bytes(payload)
    with open_store(data_dir) as store:
        [message] = store.messages
        assert "401 digits" in message and "not valid JSON" not in message
        [aside] = sorted(data_dir.glob("store.json.damaged-*"))
        assert aside.read_bytes() == payload


@pytest.mark.parametrize("version,expected", [
    ('"1"', "not a positive integer"), ("true", "not a positive integer"),
    ("-5", "not a positive integer"), ("100001", "not a version any reader writes"),
])
def test_wrong_schema_versions_get_the_message_that_fits(data_dir: Path, version: str,
                                                         expected: str) -> None:
    data_dir.mkdir(parents=True, exist_ok=True)
    (data_dir / "store.json").write_text(
        f'{{"format": "reader-store", "schema_version": {version}, "tables": {{}}}}')
    with open_store(data_dir) as store:
        assert expected in store.messages[0] and "not valid JSON" not in store.messages[0]


# -- 11. the data folder: a file, read-only, taken over ----------------------------------

def test_data_folder_that_is_a_file_says_so(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.write_text("not a folder")
    with pytest.raises(StoreUnreadableError, match="is a file, not a folder"):
        open_store(folder)


def test_read_only_data_folder_shows_the_bookmarks_read_only(
        data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with open_store(data_dir) as store:
        store.bookmark_article("a", "A")
        store.set_note(NoteTarget.article("a", "A"), "readable")
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda p, mode, **kw: False if Path(p) == data_dir
                        and mode == os.W_OK else real_access(p, mode, **kw))
    with open_store(data_dir) as store:
        assert store.read_only and "cannot be written" in store.messages[0]
        assert [b.article_id for b in store.bookmarks()] == ["a"]
        assert store.notes()[0].text == "readable"
        with pytest.raises(StoreReadOnlyError):
            store.bookmark_article("b", "B")
    with pytest.raises(StoreError, match="cannot be written"):
        open_store(data_dir, if_busy="error")


def test_lock_file_that_cannot_be_created_opens_read_only(
        data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with open_store(data_dir) as store:
        store.bookmark_article("a", "A")

    def refused(self: StoreLock, wait: float = 0.0) -> bool:
        raise PermissionError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(StoreLock, "acquire", refused)
    with open_store(data_dir) as store:
        assert store.read_only and store.is_bookmarked("a")


def test_second_reader_takes_over_after_the_first_quits(data_dir: Path) -> None:
    first = open_store(data_dir)
    second = open_store(data_dir)
    assert second.read_only
    assert second.take_over() is False  # the first still holds it
    first.bookmark_article("by-first", "First")
    first.close()
    assert second.take_over() is True and not second.read_only
    assert second.is_bookmarked("by-first")  # re-read as the first left it
    second.bookmark_article("by-second", "Second")
    assert "now saves your changes" in second.messages[-1]
    second.close()
    with open_store(data_dir) as third:
        assert {b.article_id for b in third.bookmarks()} == {"by-first", "by-second"}
