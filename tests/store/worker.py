"""A separate process for the lock and crash tests (run as `python -m tests.store.worker`).

serve: fork a worker (`write` or `import`, below) for each request read from standard
input and relay what it says (see `serve`): the crash tests start over a hundred.
hold DATA_DIR: take the store's lock, say "locked", then wait to be killed.
stock-write FILE: insert notes forever through TinyDB's stock JSONStorage.
import DATA_DIR FILE: open the store, read FILE, say "ready", import it (saying "writing"
before each write of the store file), say "done".
write DATA_DIR SEED: change notes forever; before each change print the operation
("op N add|edit|delete ENTITY TEXT"), after it "done N", so the test, which kills this
process at a random moment, knows the states before and after the interrupted write.
"""

from __future__ import annotations

import json
import os
import random
import sys
import time
from collections.abc import Callable

from reader.store import NoteTarget, open_store

Say = Callable[[str], None]


def _print(line: str) -> None:
    print(line, flush=True)


def hold(data_dir: str) -> None:
    store = open_store(data_dir, if_busy="error", wait=5.0)
    print("locked", flush=True)
    store.bookmark_article("held", "Held")
    time.sleep(120)


def write(data_dir: str, seed: int, say: Say = _print) -> None:
    rng = random.Random(seed)
    store = open_store(data_dir, if_busy="error", wait=5.0)
    live = sorted(n.target.entity_id or "" for n in store.notes() if n.target.kind == "entity"
                  and (n.target.entity_id or "").startswith("crash:"))
    say("ready")
    n = 0
    while True:
        n += 1
        kind = rng.choice(["add", "add", "edit", "delete"]) if live else "add"
        entity = f"crash:{seed}-{n}" if kind == "add" else rng.choice(live)
        text = f"text-{seed}-{n}-" + "x" * rng.randrange(0, 200)
        say(f"op {n} {kind} {entity} {text}")
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
        say(f"done {n}")


def import_file(data_dir: str, path: str, say: Say = _print) -> None:
    from pathlib import Path

    import reader.store.storage as storage
    from reader.store import import_json

    real_write = storage.atomic_write

    def announced_write(target: Path, payload: bytes) -> None:
        # Tells the test when the store file's write begins, so kills can aim at it.
        say(f"writing {target.name}")
        real_write(target, payload)

    storage.atomic_write = announced_write  # type: ignore[assignment]
    store = open_store(data_dir, if_busy="error", wait=5.0)
    text = Path(path).read_text(encoding="utf-8")
    say("ready")
    result = import_json(store, text)
    say(f"done {result.added}")
    store.close()


def serve() -> None:
    """Fork a worker for each request read from standard input, a JSON list
    `["write", DATA_DIR, SEED]` or `["import", DATA_DIR, FILE]`: print `pid N`, then each
    line the worker says, then `end` once it has gone (its end of the pipe closed, on
    its own or by SIGKILL); then wait for the line `reap`, reap it and print `reaped`.
    Until then its pid cannot be another process's, so a test may still send it a
    signal; after it, the store's lock no longer names a live process. The store is
    imported once, here: a fork costs milliseconds where a fresh interpreter costs a
    fifth of a second or more."""
    while request := sys.stdin.readline():
        kind, data_dir, arg = json.loads(request)
        read_end, write_end = os.pipe()
        pid = os.fork()
        if pid == 0:  # the worker
            os.close(read_end)
            code = 1
            try:
                say = _line_writer(write_end)
                if kind == "write":
                    write(data_dir, int(arg), say)
                else:
                    import_file(data_dir, arg, say)
                code = 0
            finally:
                os._exit(code)
        os.close(write_end)
        print(f"pid {pid}", flush=True)
        with os.fdopen(read_end, "rb") as said:
            for line in said:
                sys.stdout.write(line.decode("utf-8"))
                sys.stdout.flush()
        print("end", flush=True)
        if sys.stdin.readline().strip() != "reap":
            return
        os.waitpid(pid, 0)
        print("reaped", flush=True)


def _line_writer(descriptor: int) -> Say:
    def say(line: str) -> None:
        # One write per line, shorter than a pipe's atomic size: a kill never leaves
        # half a line.
        os.write(descriptor, (line + "\n").encode("utf-8"))
    return say


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
    if sys.argv[1] == "serve":
        serve()
    elif sys.argv[1] == "hold":
        hold(sys.argv[2])
    elif sys.argv[1] == "import":
        import_file(sys.argv[2], sys.argv[3])
    elif sys.argv[1] == "stock-write":
        stock_write(sys.argv[2])
    else:
        write(sys.argv[2], int(sys.argv[3]))
