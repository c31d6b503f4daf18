"""The storage reuses the bytes of what did not change; the file must still be exactly
the encoding of the whole document, after any sequence of changes."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from reader.store import ArticleBookmark, Note, NoteTarget, StoreWriteError, codec, open_store
from reader.store.schema import CURRENT_VERSION, FORMAT
from reader.store.storage import _MAX_CHUNKS, AtomicJSONStorage


def _expected(storage: AtomicJSONStorage) -> bytes:
    tables = storage.read()
    return codec.dumps({"format": FORMAT, "schema_version": CURRENT_VERSION,
                        "tables": tables})


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_file_is_the_whole_document_after_every_change(data_dir: Path, seed: int) -> None:
    rng = random.Random(seed)
    with open_store(data_dir) as store:
        ids: list[str] = []
        for step in range(120):
            action = rng.choice(["note", "note", "note", "bookmark", "edit", "delete",
                                 "restore_many"])
            if action == "note":
                ids.append(store.set_note(NoteTarget.entity(f"person:p{step}", "P"),
                                          f"note {step} \u00e9").id)
            elif action == "bookmark":
                ids.append(store.bookmark_article(f"article-{step}", f"Title {step}").id)
            elif action == "edit" and ids:
                record = store.get(rng.choice(ids))
                if isinstance(record, Note):
                    store.edit_note(record.id, f"edited {step}")
            elif action == "delete" and ids:
                store.delete(ids.pop(rng.randrange(len(ids))))
            elif action == "restore_many":
                fresh = [Note(NoteTarget.entity(f"person:m{step}-{n}", "M"), "many")
                         for n in range(3)]
                store.restore_many([*fresh, ArticleBookmark(f"m-{step}", "M")])
                ids += [r.id for r in fresh]
            on_disk = (data_dir / "store.json").read_bytes()
            assert on_disk == _expected(store._storage), f"step {step}: {action}"
    with open_store(data_dir) as again:
        assert {r.id for r in again.records()} >= set(ids)


def test_many_appends_in_a_row_stay_exact(data_dir: Path) -> None:
    # Past _MAX_CHUNKS chunks a table is encoded afresh; the bytes stay the same either way.
    with open_store(data_dir) as store:
        chunk_counts = []
        for n in range(_MAX_CHUNKS // 2 + 5):
            store.set_note(NoteTarget.entity(f"person:n{n}", "N"), f"note {n}")
            chunk_counts.append(len(store._storage._table_bytes["notes"]))
        assert max(chunk_counts) > 1  # appended to the previous bytes, not re-encoded
        assert min(chunk_counts[2:]) < max(chunk_counts)  # and encoded afresh past the cap
        assert (data_dir / "store.json").read_bytes() == _expected(store._storage)


def test_a_failed_append_is_not_reused(data_dir: Path,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    with open_store(data_dir) as store:
        store.set_note(NoteTarget.entity("person:a", "A"), "first")

        def fail(path: Path, data: bytes) -> None:
            raise StoreWriteError("injected")

        monkeypatch.setattr("reader.store.storage.atomic_write", fail)
        with pytest.raises(StoreWriteError):
            store.set_note(NoteTarget.entity("person:b", "B"), "lost")
        monkeypatch.undo()
        store.set_note(NoteTarget.entity("person:c", "C"), "third")
        on_disk = (data_dir / "store.json").read_bytes()
        assert on_disk == _expected(store._storage)
        assert b"lost" not in on_disk and b"third" in on_disk
