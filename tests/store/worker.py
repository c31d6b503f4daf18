"""A separate process for the lock and crash tests (run as `python -m tests.store.worker`).

hold DATA_DIR: take the store's lock, say "locked", then wait to be killed.
stock-write FILE: insert notes forever through TinyDB's stock JSONStorage.
import DATA_DIR FILE: open the store, read FILE, say "ready", import it (saying "writing"
before each write of the store file), say "done".
write DATA_DIR SEED: change notes forever; before each change print the operation
("op N add|edit|delete ENTITY TEXT"), after it "done N", so the test, which kills this
process at a random moment, knows the states before and after the interrupted write.
"""

from __future__ import annotations

import random
import sys
import time

from reader.store import NoteTarget, open_store


def hold(data_dir: str) -> None:
    store = open_store(data_dir, if_busy="error", wait=5.0)
    print("locked", flush=True)
    store.bookmark_article("held", "Held")
    time.sleep(120)


def write(data_dir: str, seed: int) -> None:
    rng = random.Random(seed)
    store = open_store(data_dir, if_busy="error", wait=5.0)
    live = sorted(n.target.entity_id or "" for n in store.notes() if n.target.kind == "entity"
                  and (n.target.entity_id or "").startswith("crash:"))
    print("ready", flush=True)
    n = 0
    while True:
        n += 1
        kind = rng.choice(["add", "add", "edit", "delete"]) if live else "add"
        entity = f"crash:{seed}-{n}" if kind == "add" else rng.choice(live)
        text = f"text-{seed}-{n}-" + "x" * rng.randrange(0, 200)
        print(f"op {n} {kind} {entity} {text}", flush=True)
        target = NoteTarget.entity(entity, entity)
        if kind == "delete":
            note = store.note_for(target)
            assert note is not None
            store.delete_note(note.id)
            live.remove(entity)
        else:
            store.set_note(target, text)
            if kind == "add":
                live.append(entity)
        print(f"done {n}", flush=True)


def import_file(data_dir: str, path: str) -> None:
    from pathlib import Path

    import reader.store.storage as storage
    from reader.store import import_json

    real_write = storage.atomic_write

    def announced_write(target: Path, payload: bytes) -> None:
        # Tells the test when the store file's write begins, so kills can aim at it.
        print(f"writing {target.name}", flush=True)
        real_write(target, payload)

    storage.atomic_write = announced_write  # type: ignore[assignment]
    store = open_store(data_dir, if_busy="error", wait=5.0)
    text = Path(path).read_text(encoding="utf-8")
    print("ready", flush=True)
    result = import_json(store, text)
    print(f"done {result.added}", flush=True)
    store.close()


def stock_write(path: str) -> None:
    """The same kind of writes through TinyDB's stock JSONStorage (for comparison)."""
    from tinydb import TinyDB

    rng = random.Random(path)
    db = TinyDB(path)
    notes = db.table("notes")
    print("ready", flush=True)
    n = 0
    while True:  # the same mix as `write`: add, add, edit, delete
        n += 1
        kind = rng.choice(["add", "add", "edit", "delete"])
        ids = [doc.doc_id for doc in notes.all()[-50:]]
        text = f"text-{n}-" + "x" * rng.randrange(0, 200)
        if kind == "add" or not ids:
            notes.insert({"kind": "note", "text": text})
        elif kind == "edit":
            notes.update({"text": text}, doc_ids=[rng.choice(ids)])
        else:
            notes.remove(doc_ids=[rng.choice(ids)])


if __name__ == "__main__":
    if sys.argv[1] == "hold":
        hold(sys.argv[2])
    elif sys.argv[1] == "import":
        import_file(sys.argv[2], sys.argv[3])
    elif sys.argv[1] == "stock-write":
        stock_write(sys.argv[2])
    else:
        write(sys.argv[2], int(sys.argv[3]))
