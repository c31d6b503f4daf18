"""`reader import`: merge a JSON export into the store from the shell."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from reader.commands.read_marks import add_library_read_marks
from reader.store import StoreError, import_json, open_store

BUSY_WAIT_SECONDS = 3.0  # how long a CLI writer waits for another reader to let go


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
