"""`reader analyze`: the analyser from the command line, as JSON lines or Rich tables."""

from __future__ import annotations

import errno
import json
import os
import stat
import sys
from collections.abc import Sequence

from reader.analysis import Analysis, analyze
from reader.articles.build import article_title
from reader.articles.reading import ArticleError, read_article_text
from reader.gc_pause import collector_paused

TYPE_CHECKING = False  # (reader/records.py says why not typing's)
if TYPE_CHECKING:
    # (for the annotations only: reader/__main__.py runs this command without argparse)
    import argparse
    from pathlib import Path
    from typing import Any, TextIO


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The options of `reader analyze`."""
    parser.add_argument("paths", nargs="+", metavar="PATH",
                        help="article files, or folders of them (.txt, .md, searched "
                        "recursively as the app does)")
    parser.add_argument("--json", action="store_true",
                        help="one JSON object per article, one per line")


def run(args: argparse.Namespace) -> int:
    """`reader analyze`: the exit code."""
    return run_files(args.paths, as_json=args.json,
                     process_ends=getattr(args, "process_ends", False))


def run_files(paths: Sequence[str], *, as_json: bool, process_ends: bool = False) -> int:
    """`reader analyze` of these paths (files or folders): the exit code. With
    `process_ends`, the process ends here once the output is written."""
    names, empty = expand_folders(paths)
    with collector_paused():  # to the end: no collection walks the heap on the way out
        status = run_analyze(names, as_json=as_json)
        code = 1 if empty or status else 0
        if process_ends:
            _end_process(code)
    return code


def _end_process(code: int) -> None:
    """End the process now, its output written: the interpreter's tidying up at exit
    (tearing down every module and freeing the heap one object at a time: the name
    tables, the compiled patterns) is a tenth of the instructions of a one-article run
    and frees nothing the system would not. Nothing of `reader analyze` is left to do
    at exit: no threads, no files open for writing, no exit handlers of its own."""
    # A pipe closed early raises here, as it would at the normal exit, and main()
    # handles it as for every command.
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)


def expand_folders(paths: Sequence[str]) -> tuple[list[str], int]:
    """Files as given (in order), each folder replaced by the article files inside it;
    and how many folders held none (each is said on stderr)."""
    names: list[str] = []
    empty = 0
    for name in paths:
        if _is_dir(name):
            # Here: the files source (and the Article model it makes) is for folders only.
            from pathlib import Path

            from reader.articles.sources.files import EMPTY_FOLDER_HINT, discover

            found = [str(path) for path in discover([Path(name)])]
            if not found:
                empty += 1
                print(f"reader: no articles in {name} ({EMPTY_FOLDER_HINT})", file=sys.stderr)
            names.extend(found)
        else:
            names.append(name)
    return names, empty


# The errors Path.is_dir() takes for "not a folder" (pathlib's own list); it raises others.
_NOT_THERE = (errno.ENOENT, errno.ENOTDIR, errno.EBADF, errno.ELOOP)


def _is_dir(name: str) -> bool:
    """`Path(name).is_dir()`, without importing pathlib (a tenth of the start of
    `reader analyze`, with the urllib.parse it imports) for a name it writes as it is."""
    if not _as_path_writes_it(name):
        from pathlib import Path

        return Path(name).is_dir()
    try:
        return stat.S_ISDIR(os.stat(name).st_mode)
    except OSError as exc:
        if exc.errno not in _NOT_THERE:
            raise
        return False
    except ValueError:  # a NUL in the name
        return False


def _as_path_writes_it(name: str) -> bool:
    """Whether str(Path(name)) is `name` itself: no empty or "." part, no trailing slash."""
    return (name not in ("", ".") and "//" not in name and "/./" not in name
            and not name.startswith("./") and not name.endswith(("/", "/.")))


def _path(name: str) -> Path | str:
    """The name as Path(name) has it: the str itself when Path writes it so (most
    names: no pathlib then), else the Path (whose str the messages show)."""
    if _as_path_writes_it(name):
        return name
    from pathlib import Path

    return Path(name)


def article_json(path: str, title: str, analysis: Analysis) -> dict[str, Any]:
    """One line of `reader analyze --json` (the contract in shared/eval/README.md)."""
    out: dict[str, Any] = {"path": path, "title": title}
    out.update(analysis.to_json())
    return out


# One encoder for every line (json.dumps with an option makes a new one at each call);
# no check for reference cycles, which an analysis never has.
_encode = json.JSONEncoder(ensure_ascii=False, check_circular=False).encode


def run_analyze(paths: Sequence[str], *, as_json: bool, out: TextIO | None = None) -> int:
    """Analyse each file in order; returns the exit code (1 when any file failed)."""
    out = out or sys.stdout
    # The cyclic collector off for the whole run, not only inside each analysis: the
    # analysis makes no cycles, and a collection between articles would walk the name
    # tables and the last article's survivors again each time.
    with collector_paused():
        return _analyze_each(paths, as_json=as_json, out=out)


def _analyze_each(paths: Sequence[str], *, as_json: bool, out: TextIO) -> int:
    failed = 0
    for name in paths:
        path = _path(name)
        try:
            # The text and title only, as the app's Article has them: the rest of an
            # Article (hash, packing, dates) would be most of a short article's cost.
            text, _modified = read_article_text(path)
        except ArticleError as exc:
            failed += 1
            print(f"reader: {exc}", file=sys.stderr)
            if as_json:
                error = {"path": name, "error": str(exc), "title": "", "text": "",
                         "entities": [], "quotes": []}
                out.write(json.dumps(error, ensure_ascii=False) + "\n")
            continue
        title = article_title(text, path)
        analysis = analyze(text)
        if as_json:
            out.write(_encode(article_json(name, title, analysis)))
            out.write("\n")
        else:
            print_tables(title, analysis, out)
    return 1 if failed else 0


def print_tables(title: str, analysis: Analysis, out: TextIO) -> None:
    """The people, countries, organisations and quotes of one article as Rich tables."""
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    console = Console(file=out, highlight=False)
    # Article text is untrusted: every cell is a Text, never markup.
    console.rule(Text(title, style="bold"))
    names = {e.id: e.name for e in analysis.entities}

    people = Table(title="People", title_justify="left", expand=False)
    for column in ("Name", "Role", "Mentions", "Quotes"):
        people.add_column(column)
    for ent in analysis.of_kind("person"):
        people.add_row(Text(ent.name), Text(ent.role or ""), str(len(ent.mentions)),
                       str(len(analysis.quotes_by(ent.id))))
    console.print(people)

    countries = Table(title="Countries", title_justify="left")
    for column in ("Name", "Code", "Mentions"):
        countries.add_column(column)
    for ent in analysis.of_kind("country"):
        countries.add_row(Text(ent.name), Text(ent.code or ""), str(len(ent.mentions)))
    console.print(countries)

    orgs = Table(title="Organisations", title_justify="left")
    for column in ("Name", "Mentions"):
        orgs.add_column(column)
    for ent in analysis.of_kind("organization"):
        orgs.add_row(Text(ent.name), str(len(ent.mentions)))
    console.print(orgs)

    quotes = Table(title="Quotes", title_justify="left")
    for column in ("Speaker", "Cue", "Quote"):
        quotes.add_column(column)
    for q in analysis.quotes:
        speaker = Text(names.get(q.speaker or "", ""))
        if q.source is not None:
            # How the text names the speaker here, when it is not the name: "he", "the mayor".
            written = analysis.text[q.source[0]:q.source[1]]
            if written and written.lower() not in speaker.plain.lower().split():
                speaker.append(f" ({written})", style="dim")
        quotes.add_row(speaker, Text(q.cue or ""), Text(q.text))
    console.print(quotes)
