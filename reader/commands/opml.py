"""`reader opml import FILE` and `reader opml export [-o FILE]`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from reader.commands.feeds_context import FeedsUnavailable, feed_store, no_database_yet, safe
from reader.feeds.opml import MAX_OPML_BYTES, OpmlError, export_opml, import_opml
from reader.feeds.storage import FeedStore


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.description = "Bring subscriptions in from, or out to, an OPML file."
    actions = parser.add_subparsers(dest="action", required=True, metavar="ACTION")
    importing = actions.add_parser("import", help="subscribe to every feed of an OPML file "
                                   "(folders become tags; 'reader refresh' fetches them)")
    importing.add_argument("file", metavar="FILE")
    exporting = actions.add_parser("export", help="write the subscriptions as OPML 2.0, "
                                   "tags as folders")
    exporting.add_argument("-o", "--output", metavar="FILE", help="default: standard output")


def run(args: argparse.Namespace) -> int:
    try:
        if args.action == "export" and no_database_yet(args.data_dir):
            data = export_opml([])  # nothing subscribed: no database is made to say so
        else:
            with feed_store(args.data_dir) as store:
                if args.action == "import":
                    return _import(store, args.file)
                data = export_opml(store.feeds())
    except FeedsUnavailable as error:
        print(f"reader: {error}", file=sys.stderr)
        return 1
    if args.output:
        from reader.store import StoreError, write_export_file

        try:
            write_export_file(Path(args.output), data)
        except (OSError, StoreError) as error:
            print(f"reader: cannot write {args.output}: {error}", file=sys.stderr)
            return 1
        print(f"reader: wrote {args.output}", file=sys.stderr)
    else:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
    return 0


def _import(store: FeedStore, name: str) -> int:
    try:
        with open(name, "rb") as handle:
            data = handle.read(MAX_OPML_BYTES + 1)
    except OSError as error:
        print(f"reader: cannot read {name}: {error.strerror or error}", file=sys.stderr)
        return 1
    try:
        report = import_opml(store, data)
    except OpmlError as error:
        print(f"reader: {name}: {error}", file=sys.stderr)
        return 1
    for message in report.skipped:
        print(f"reader: skipped {safe(message)}", file=sys.stderr)
    print(f"reader: imported {name}: {len(report.added)} new feeds, "
          f"{len(report.already)} already subscribed, {len(report.skipped)} skipped; "
          "'reader refresh' fetches them", file=sys.stderr)
    return 0
