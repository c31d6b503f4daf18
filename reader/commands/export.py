"""`reader export` and `reader import`: the store from the shell."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TextIO

from reader.store import (
    ExportFormat,
    StoreError,
    export_as,
    import_json,
    open_store,
)
from reader.store.atomic import atomic_write

BUSY_WAIT_SECONDS = 3.0  # how long a CLI writer waits for another reader to let go


def run_export(fmt: ExportFormat, output: str | None = None, data_dir: str | None = None,
               out: TextIO | None = None) -> int:
    """Write the export to `output` (atomically) or to stdout; returns the exit code."""
    try:
        # Read-only: exporting never takes the lock, so it works while the app is open.
        with open_store(data_dir, read_only=True) as store:
            for message in store.messages:
                print(f"reader: {message}", file=sys.stderr)
            text = export_as(store, fmt)
        if output and output != "-":
            atomic_write(Path(output), text.encode("utf-8"))
            print(f"reader: wrote {output}", file=sys.stderr)
        else:
            (out or sys.stdout).write(text)
    except (StoreError, OSError) as exc:
        print(f"reader: {exc}", file=sys.stderr)
        return 1
    return 0


def run_import(source: str, data_dir: str | None = None) -> int:
    """Merge a JSON export into the store; returns the exit code."""
    try:
        text = Path(source).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        print(f"reader: cannot read {source}: {exc}", file=sys.stderr)
        return 1
    try:
        with open_store(data_dir, if_busy="error", wait=BUSY_WAIT_SECONDS) as store:
            for message in store.messages:
                print(f"reader: {message}", file=sys.stderr)
            result = import_json(store, text)
    except StoreError as exc:
        print(f"reader: {exc}", file=sys.stderr)
        return 1
    print(f"reader: imported {source}: {result.summary()}", file=sys.stderr)
    return 0
