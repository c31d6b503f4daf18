"""`reader export`: bookmarks and notes from the shell, in any export format."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TextIO

from reader.commands.read_marks import library_read_ids
from reader.store import (
    EXPORT_FORMAT_NAMES,
    ExportFormat,
    StoreError,
    export_as,
    open_store,
    write_export_file,
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The options of `reader export`."""
    parser.description = ("Write your bookmarks and notes as Markdown, JSON (lossless, for "
                          "'reader import') or a Readwise CSV.")
    parser.add_argument("--format", choices=EXPORT_FORMAT_NAMES,
                        default="markdown", help="default: markdown")
    parser.add_argument("-o", "--output", metavar="FILE", help="default: standard output")
    parser.add_argument("--person", metavar="NAME",
                        help="instead: everything NAME said, by article, with your notes "
                        "(Markdown; the library's indexed articles and the given PATHs)")
    parser.add_argument("--links", action="store_true",
                        help="with --person: write people as Obsidian-style [[Name]] links")
    parser.add_argument("paths", nargs="*", metavar="PATH",
                        help="with --person: article files or folders to index first")


def run(args: argparse.Namespace) -> int:
    """`reader export`: the exit code."""
    if args.person is not None:
        if args.format != "markdown":
            print("reader: --person writes Markdown only", file=sys.stderr)
            return 2
        from reader.commands.person_export import run_person_export

        return run_person_export(args.person, args.paths, args.output, args.data_dir,
                                 links=args.links)
    if args.paths:
        print("reader: PATHs go with --person", file=sys.stderr)
        return 2
    return run_export(args.format, args.output, args.data_dir)


def run_export(fmt: ExportFormat, output: str | None = None, data_dir: str | None = None,
               out: TextIO | None = None) -> int:
    """Write the export to `output` (atomically) or to stdout; returns the exit code."""
    try:
        # Read-only: exporting never takes the lock, so it works while the app is open.
        with open_store(data_dir, read_only=True) as store:
            for message in store.messages:
                print(f"reader: {message}", file=sys.stderr)
            if store.damaged_unread:
                # An empty export written over a good one (a nightly `-o notes.json`)
                # would lose what the damaged file may still hold.
                print("reader: nothing exported: the store could not be read, and an "
                      "empty export is not what it holds", file=sys.stderr)
                return 1
            read_ids = library_read_ids(data_dir, sys.stderr) if fmt == "json" else ()
            text = export_as(store, fmt, read_ids)
        if output and output != "-":
            write_export_file(Path(output), text)
            print(f"reader: wrote {output}", file=sys.stderr)
        else:
            (out or sys.stdout).write(text)
    except BrokenPipeError:
        raise  # the output's reader left: reader.__main__ ends quietly
    except (StoreError, OSError) as exc:
        print(f"reader: {exc}", file=sys.stderr)
        return 1
    return 0
