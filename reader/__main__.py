"""The `reader` command: open the app, or run a subcommand from the shell.

`reader [--data-dir DIR] [PATH...]` opens the app; `reader COMMAND ...` runs one of the
subcommands listed in `reader.commands.COMMANDS` (reader/command_line.py reads the line
with argparse). `reader analyze [--json] PATH...` with nothing else on the line (how
the scorer and scripts run it) is run without argparse: importing it (with gettext and
locale), its message look-ups and the two parsers it builds were about 15 M
instructions, a twelfth of that command's start on one article. Every other line, and
every line argparse would refuse, goes through argparse.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point; returns the process exit code."""
    try:
        code = _main(argv)
        sys.stdout.flush()  # here, not at exit, so a closed pipe is caught below
    except BrokenPipeError:
        # What reads our output has gone (`reader list | head -3`): that is the end of
        # the output, not an error to show as a traceback. The rest is thrown away, so
        # the interpreter's own flush at exit does not complain either.
        _discard_stdout()
        return 128 + 13  # as a process that SIGPIPE ended (the shell's 141)
    return code


def _discard_stdout() -> None:
    try:
        fd = sys.stdout.fileno()
    except (AttributeError, OSError, ValueError):
        return  # not a real file (a test's capture): nothing will flush into the pipe
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, fd)
    os.close(devnull)


def _main(argv: Sequence[str] | None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    # The process exits when the command returns (the command line, not a caller's
    # argv): a command may then skip tidying up what only the process's exit frees.
    process_ends = argv is None
    plain = plain_analyze(args)
    if plain is not None:
        from reader.commands.analyze import run_files

        paths, as_json = plain
        return run_files(paths, as_json=as_json, process_ends=process_ends)
    from reader.command_line import run_line

    return run_line(args, process_ends=process_ends)


def plain_analyze(args: Sequence[str]) -> tuple[list[str], bool] | None:
    """For `analyze`, `--json` options, the paths (one or more, none starting with "-")
    and `--json` options, in that order: the paths and whether `--json` was given,
    which is what argparse reads from such a line; None for any other line. (argparse
    takes the paths as one run of words: `analyze a --json b` is refused there.)"""
    if not args or args[0] != "analyze":
        return None
    first, last = 1, len(args)
    while first < last and args[first] == "--json":
        first += 1
    while last > first and args[last - 1] == "--json":
        last -= 1
    paths = list(args[first:last])
    if not paths or any(path.startswith("-") for path in paths):
        return None  # an option argparse reads, "--", "-", a negative number, no path
    return paths, first > 1 or last < len(args)


if __name__ == "__main__":
    sys.exit(main())
