"""Injected failures at each step of a save: the call raises a clear error, nothing changes."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from reader.store import ArticleBookmark, Note, NoteTarget, Store, StoreWriteError, open_store
from reader.store.atomic import leftover_temps

STEPS = {"write": "write", "fsync": "fsync", "replace": "replace"}


def _fail(monkeypatch: pytest.MonkeyPatch, step: str) -> None:
    real: Callable[..., Any] = getattr(os, step)

    def failing(*args: Any, **kwargs: Any) -> Any:
        # Only the store's data writes fail; the lock file and folder syncs go through.
        if step == "write" or (step == "replace" and ".store.json." in str(args[0])):
            raise OSError(28, "No space left on device")
        if step == "fsync":
            raise OSError(5, "Input/output error")
        return real(*args, **kwargs)

    monkeypatch.setattr(os, step, failing)


def _seed(store: Store) -> None:
    store.bookmark_article("a", "A")
    store.set_note(NoteTarget.article("a", "A"), "first")


OPERATIONS: dict[str, Callable[[Store], object]] = {
    "add": lambda s: s.bookmark_article("b", "B"),
    "edit": lambda s: s.set_note(NoteTarget.article("a", "A"), "second"),
    "delete": lambda s: s.unbookmark_article("a"),
    "import": lambda s: s.restore_many([ArticleBookmark("z", "Z"),
                                        Note(NoteTarget.entity("e:x", "X"), "n")]),
}


@pytest.mark.parametrize("step", sorted(STEPS))
@pytest.mark.parametrize("operation", sorted(OPERATIONS))
def test_failed_step_leaves_previous_state(data_dir: Path, monkeypatch: pytest.MonkeyPatch,
                                           step: str, operation: str) -> None:
    with open_store(data_dir) as store:
        _seed(store)
        before_bytes = (data_dir / "store.json").read_bytes()
        before_records = store.records()
        with monkeypatch.context() as patch:
            _fail(patch, step)
            with pytest.raises(StoreWriteError) as caught:
                OPERATIONS[operation](store)
        message = str(caught.value)
        assert STEPS[step] in message and "previous version is unchanged" in message
        assert (data_dir / "store.json").read_bytes() == before_bytes
        assert store.records() == before_records  # memory agrees with the disk
        assert leftover_temps(data_dir / "store.json") == []
        store.bookmark_article("c", "C")  # and the store still works afterwards
    with open_store(data_dir) as reopened:
        assert {r.id for r in reopened.records()} >= {r.id for r in before_records}


@pytest.mark.parametrize("step", sorted(STEPS))
def test_failed_state_write_keeps_previous_state(data_dir: Path,
                                                 monkeypatch: pytest.MonkeyPatch,
                                                 step: str) -> None:
    with open_store(data_dir) as store:
        store.state.set_position("a", 1.0)
        with monkeypatch.context() as patch:
            real_replace = os.replace

            def failing_replace(src: Any, dst: Any) -> None:
                if step == "replace":
                    raise OSError(28, "No space left on device")
                real_replace(src, dst)

            if step == "replace":
                patch.setattr(os, "replace", failing_replace)
            else:
                _fail(patch, step)
            with pytest.raises(StoreWriteError):
                store.state.set_position("a", 2.0)
        assert store.state.position("a") == 1.0
    with open_store(data_dir) as reopened:
        assert reopened.state.position("a") == 1.0
