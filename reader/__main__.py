"""The `reader` command: open the app, or analyse, export and import from the shell.

Heavy imports (Textual, Rich) happen inside each command so that `reader analyze`
starts fast.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from reader import __version__

SUBCOMMANDS = ("analyze", "export", "import")


def _app_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="reader",
        description="A terminal news reader that highlights who said what. "
        "Commands: 'reader analyze PATH...', 'reader export', 'reader import FILE.json' "
        "(see 'reader COMMAND --help').",
    )
    parser.add_argument("paths", nargs="*", metavar="PATH",
                        help="article files or folders (.txt, .md); default: the bundled seeds")
    parser.add_argument("--data-dir", metavar="DIR",
                        help="where bookmarks and notes live (default: $READER_DATA_DIR, "
                        "else the platform's data folder)")
    parser.add_argument("--version", action="version", version=f"reader {__version__}")
    return parser


def _analyze_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="reader analyze",
        description="Print the people, countries, organisations and quotes of each article.",
    )
    parser.add_argument("paths", nargs="+", metavar="PATH", help="article files")
    parser.add_argument("--json", action="store_true",
                        help="one JSON object per article, one per line")
    return parser


def _export_parser() -> argparse.ArgumentParser:
    from reader.store import EXPORT_FORMAT_NAMES  # only when exporting: keeps analyze fast

    parser = argparse.ArgumentParser(
        prog="reader export",
        description="Write your bookmarks and notes as Markdown, JSON (lossless, for "
        "'reader import') or a Readwise CSV.",
    )
    parser.add_argument("--format", choices=EXPORT_FORMAT_NAMES,
                        default="markdown", help="default: markdown")
    parser.add_argument("-o", "--output", metavar="FILE", help="default: standard output")
    parser.add_argument("--data-dir", metavar="DIR", help="the store's folder")
    return parser


def _import_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="reader import",
        description="Merge a JSON export into the store (by id: nothing is duplicated).",
    )
    parser.add_argument("file", metavar="FILE.json", help="a file from 'reader export "
                        "--format json'")
    parser.add_argument("--data-dir", metavar="DIR", help="the store's folder")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point; returns the process exit code."""
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] == "analyze":
        from reader.commands.analyze import run_analyze

        opts = _analyze_parser().parse_args(args[1:])
        return run_analyze(opts.paths, as_json=opts.json)

    if args and args[0] == "export":
        from reader.commands.export import run_export

        opts = _export_parser().parse_args(args[1:])
        return run_export(opts.format, opts.output, opts.data_dir)
    if args and args[0] == "import":
        from reader.commands.export import run_import

        opts = _import_parser().parse_args(args[1:])
        return run_import(opts.file, opts.data_dir)

    opts = _app_parser().parse_args(args)
    from reader.app import run_app

    return run_app(opts.paths, data_dir=opts.data_dir)


if __name__ == "__main__":
    sys.exit(main())
