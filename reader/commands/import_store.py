"""`reader import`: merge a JSON export into the store from the shell."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from reader.commands.read_marks import add_library_read_marks
from reader.store import StoreError, import_json, open_store

BUSY_WAIT_SECONDS = 3.0  # how long a CLI writer waits for another reader to let go
# An export of 50,000 records is about 40 MB; a file far beyond that is not one, and
# reading it whole (/dev/zero, a disk image named by mistake) would exhaust the memory.
MAX_IMPORT_BYTES = 256 * 1024 * 1024


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The options of `reader import`."""
    parser.description = "Merge a JSON export into the store (by id: nothing is duplicated)."
    parser.add_argument("file", metavar="FILE.json",
                        help="a file from 'reader export --format json'")


def run(args: argparse.Namespace) -> int:
    """`reader import`: the exit code."""
    return run_import(args.file, args.data_dir)


def run_import(source: str, data_dir: str | None = None) -> int:
    """Merge a JSON export into the store; returns the exit code."""
    try:
        with Path(source).open("rb") as handle:
            # A file's size is known before reading it; a device or pipe is read up to
            # the limit and no further.
            size = os.fstat(handle.fileno()).st_size
            data = handle.read(MAX_IMPORT_BYTES + 1) if size <= MAX_IMPORT_BYTES else b""
    except OSError as exc:
        print(f"reader: cannot read {source}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    if size > MAX_IMPORT_BYTES or len(data) > MAX_IMPORT_BYTES:
        print(f"reader: nothing was imported: {source} is larger than "
              f"{MAX_IMPORT_BYTES >> 20} MB, far more than any export reader writes",
              file=sys.stderr)
        return 1
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        print(f"reader: nothing was imported: {source} is not UTF-8 text ({exc.reason} at "
              f"byte {exc.start}), so not a reader JSON export", file=sys.stderr)
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
    for message in result.messages:
        print(f"reader: {message}", file=sys.stderr)
    # The app keeps read marks in the library database: the export's go there too.
    add_library_read_marks(data_dir, exported_read_ids(text), sys.stderr)
    return 0


def exported_read_ids(text: str) -> list[str]:
    """The read marks of an export the store has just accepted (so it parses and its
    reading state has the shape reader writes)."""
    state = json.loads(text).get("reading_state") or {}
    articles = state.get("articles") or {}
    return [article_id for article_id, entry in articles.items()
            if isinstance(entry, dict) and entry.get("read") is True]
