"""`reader people [PATH...]`: everyone in the library, with their articles and quotes."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any, TextIO

from reader.commands.library_search import add_path_arguments, open_context
from reader.library.index import EntitySummary


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.description = ("Print the people of the library (and of the given files): "
                          "articles naming them, mentions, quotes and their usual role.")
    add_path_arguments(parser)


def person_json(person: EntitySummary) -> dict[str, Any]:
    """One line of `reader people --json`."""
    return {"id": person.id, "name": person.name, "role": person.role,
            "articles": person.articles, "mentions": person.mentions, "quotes": person.quotes,
            "resolved": person.resolved}


def run(args: argparse.Namespace, out: TextIO | None = None) -> int:
    out = out or sys.stdout
    context = open_context(args.paths, args.data_dir)
    try:
        people = context.index.entities("person")
    finally:
        context.close()
    if not people:
        print("reader: nobody in the library yet: name article files or folders "
              "('reader people ~/news'), or subscribe to feeds ('reader feeds add URL')",
              file=sys.stderr)
        return context.status
    if args.json:
        for person in people:
            out.write(json.dumps(person_json(person), ensure_ascii=False) + "\n")
        return context.status
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    table = Table(title="People", title_justify="left")
    for column in ("Name", "Role", "Articles", "Mentions", "Quotes"):
        table.add_column(column)
    for person in people:
        name = Text(person.name)
        if not person.resolved:
            name.append(" (surname only)", style="dim")
        table.add_row(name, Text(person.role or ""), str(person.articles),
                      str(person.mentions), str(person.quotes))
    Console(file=out, highlight=False).print(table)
    return context.status
