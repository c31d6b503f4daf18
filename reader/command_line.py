"""The `reader` command line as argparse reads it: the app's options, the subcommands
and the global options (`--data-dir`, before and after the command's name).

`reader [--data-dir DIR] [PATH...]` opens the app; `reader COMMAND ...` runs one of the
subcommands listed in `reader.commands.COMMANDS`. Heavy imports (Textual, the store, the
analyser) happen inside each command so that every command starts fast. reader/__main__.py
runs `reader analyze [--json] PATH...` without this module (argparse with gettext and
locale, and the parsers it builds, were a twelfth of that command's start).
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Callable, Sequence

from reader import __version__
from reader.commands import COMMANDS, CommandSpec, command_named

TYPE_CHECKING = False  # (reader/records.py says why not typing's)
if TYPE_CHECKING:
    from typing import Protocol

    class _CommandModule(Protocol):
        def add_arguments(self, parser: argparse.ArgumentParser) -> None: ...

        def run(self, args: argparse.Namespace) -> int: ...

# Options every command takes, and that take a value: the command scan skips their values.
_VALUE_OPTIONS = ("--data-dir",)


def _command_module(name: str) -> _CommandModule:
    """A command's module (reader.commands says what it holds)."""
    module: _CommandModule = importlib.import_module(name)
    return module


def terminal_columns() -> int:
    """The terminal's width as shutil.get_terminal_size() tells it ($COLUMNS, else the
    terminal of stdout, else 80), without importing shutil."""
    try:
        columns = int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        columns = 0
    if columns <= 0:
        try:
            columns = os.get_terminal_size(sys.__stdout__.fileno()).columns  # type: ignore[union-attr]
        except (AttributeError, ValueError, OSError):
            columns = 0
    return columns if columns > 0 else 80


class _HelpFormatter(argparse.HelpFormatter):
    """argparse's own, with the width measured here: argparse makes a formatter at each
    add_argument (to check the option's metavar), and its own measure imports shutil and
    with it zlib, bz2 and lzma (3% of the start of `reader analyze`)."""

    def __init__(self, prog: str, indent_increment: int = 2, max_help_position: int = 24,
                 width: int | None = None) -> None:
        # (argparse leaves two columns free of the width it measures)
        super().__init__(prog, indent_increment, max_help_position,
                         terminal_columns() - 2 if width is None else width)


def _add_global_options(parser: argparse.ArgumentParser, *, for_command: bool) -> None:
    # SUPPRESS as the default in a command's parser, so a value given before the command
    # name (and parsed there too) is never reset by the command's own default.
    parser.add_argument(
        "--data-dir", metavar="DIR",
        default=argparse.SUPPRESS if for_command else None,
        help="where bookmarks, notes and the library live (default: $READER_DATA_DIR, "
        "else the platform's data folder)")


def _global_options(*, for_command: bool) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(add_help=False, formatter_class=_HelpFormatter)
    _add_global_options(parser, for_command=for_command)
    return parser


def _find_command(args: Sequence[str]) -> tuple[CommandSpec | None, int]:
    """The subcommand named in `args` and its position, skipping global options."""
    index = 0
    while index < len(args):
        token = args[index]
        if token == "--":
            return None, -1
        if token in _VALUE_OPTIONS:
            index += 2
            continue
        if token.startswith("-"):
            index += 1
            continue
        return command_named(token), index
    return None, -1


def _app_parser() -> argparse.ArgumentParser:
    listing = "\n".join(f"  {spec.name:<10} {spec.summary}" for spec in COMMANDS)
    parser = argparse.ArgumentParser(
        prog="reader",
        parents=[_global_options(for_command=False)],
        formatter_class=argparse.RawDescriptionHelpFormatter,
        description="A terminal news reader that highlights who said what.",
        epilog=f"commands (see 'reader COMMAND --help'):\n{listing}",
    )
    parser.add_argument("paths", nargs="*", metavar="PATH",
                        help="article files or folders (.txt, .md); default: your feeds' items "
                        "('reader feeds add URL'), else the bundled seeds")
    parser.add_argument("--no-refresh", action="store_true",
                        help="with no PATH: show the stored feed items without fetching "
                        "the feeds at start")
    parser.add_argument("--version", action=_VersionAction)
    return parser


class _VersionAction(argparse.Action):
    """--version: the version, and whether the analyser runs compiled (hatch_build.py)."""

    def __init__(self, option_strings: list[str], dest: str, **kwargs: object) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS,
                         help="show the version, and how the analyser runs, and exit")

    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace,
                 values: object, option_string: str | None = None) -> None:
        from reader.analysis import COMPILED  # (only this option needs to know)

        how = "compiled with mypyc" if COMPILED else "plain Python"
        print(f"reader {__version__} (analyser: {how})")
        parser.exit()


def _run_command(spec: CommandSpec, args: list[str], *, process_ends: bool = False) -> int:
    opts = command_options(spec, args)
    # The process exits when the command returns (the command line, not a caller's
    # argv): a command may then skip tidying up what only the process's exit frees.
    opts.process_ends = process_ends
    return _command_module(spec.module).run(opts)


def command_options(spec: CommandSpec, args: list[str]) -> argparse.Namespace:
    """The options of a command line (after the command's name) as the command's
    parser reads them; exits with argparse's message for a line it refuses."""
    module = _command_module(spec.module)
    parser = argparse.ArgumentParser(prog=f"reader {spec.name}", description=spec.summary,
                                     parents=[_global_options(for_command=True)],
                                     formatter_class=_HelpFormatter)
    module.add_arguments(parser)
    _global_options_on_actions(parser)
    if spec.takes_query:
        args = _negated_query_kept(args, parser)
    opts = parser.parse_args(args)
    if not hasattr(opts, "data_dir"):
        opts.data_dir = None
    return opts


def _global_options_on_actions(parser: argparse.ArgumentParser) -> None:
    """The global options after an action's name too (`reader feeds remove URL
    --data-dir DIR`): a subparser reads everything after its name itself, so without
    this it would refuse what the command's own parser takes."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in action.choices.values():
                _add_global_options(sub, for_command=True)


def _negated_query_kept(args: list[str], parser: argparse.ArgumentParser) -> list[str]:
    """`reader search -is:read`: a query that starts with a negation is the query, not an
    unknown option. Given a leading space (which the query language ignores), argparse
    takes it as the positional it is; real options and their values are left alone."""
    known = set(parser._option_string_actions)
    kept = list(args)
    index = 0
    while index < len(kept):
        token = kept[index]
        if token == "--" or not token.startswith("-") or token == "-":
            break  # the query is a plain word (or argparse's own "--" marks it)
        if token.startswith("--") or token.split("=", 1)[0] in known:
            index += 2 if token in _VALUE_OPTIONS else 1
            continue
        kept[index] = " " + token
        break
    return kept


def _unreadable_file_types(paths: Sequence[str]) -> list[str]:
    """Files named on the command line that the app does not open (folders are walked)."""
    from pathlib import Path  # (here: `reader analyze` starts without pathlib)

    from reader.articles.sources.files import ARTICLE_SUFFIXES  # the files source's own list

    return [name for name in paths
            if Path(name).is_file() and not name.lower().endswith(ARTICLE_SUFFIXES)]


def _nothing_to_open(paths: Sequence[str]) -> bool:
    """Whether no path named gives an article: each missing or a folder without article
    files (each is said). One that gives something starts the app, which names the rest."""
    from pathlib import Path

    from reader.articles.sources.files import EMPTY_FOLDER_HINT, folders_without_articles

    given = [Path(name) for name in paths]
    missing = [path for path in given if not path.exists()]
    if len(missing) == len(given):
        empty = []
    else:
        empty = folders_without_articles(path for path in given if path not in missing)
        if len(missing) + len(empty) < len(given):
            return False
    for path in missing:
        print(f"reader: {path}: no such file or folder", file=sys.stderr)
    for folder in empty:
        print(f"reader: no articles in {folder} ({EMPTY_FOLDER_HINT})", file=sys.stderr)
    return True


def run_line(args: list[str], *, process_ends: bool) -> int:
    """Run the command line `args` (without the program's name); the exit code.
    `process_ends`: the process exits when the command returns."""
    spec, at = _find_command(args)
    if spec is not None:
        return _run_command(spec, args[:at] + args[at + 1:], process_ends=process_ends)

    opts = _app_parser().parse_args(args)
    from reader.gc_pause import pause_collector

    # No automatic collection from here until the app has drawn its first frame (the
    # app resumes it; see reader.gc_pause): the imports and the first screen make some
    # 100,000 objects that live as long as the app, and need no collection walking them.
    resume_collector = pause_collector()
    try:
        return _open_app(opts, resume_collector)
    finally:
        resume_collector()  # (a no-op when the app did already)


def _open_app(opts: argparse.Namespace, resume_collector: Callable[[], None]) -> int:
    wrong = _unreadable_file_types(opts.paths)
    if wrong:
        for name in wrong:
            hint = (f"; to merge an export into your bookmarks, use 'reader import {name}'"
                    if name.lower().endswith(".json") else "")
            print(f"reader: {name}: not an article file (reader opens .txt and .md files)"
                  f"{hint}", file=sys.stderr)
        return 2
    if opts.paths and _nothing_to_open(opts.paths):
        return 1
    from reader.app import run_app

    return run_app(opts.paths, data_dir=opts.data_dir, refresh_on_start=not opts.no_refresh,
                   resume_collector=resume_collector)
