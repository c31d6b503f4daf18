"""The subcommands of `reader`, one module each.

A command module has `add_arguments(parser)` (its own options; the global ones such as
`--data-dir` are added by `reader.__main__`) and `run(args) -> int` (the exit code).
Modules are imported only when their command runs, so `reader analyze` does not pay for
the store and the store commands do not pay for the analyser.
"""

from __future__ import annotations

from reader.records import Record


# A record, not a frozen dataclass or a named tuple: `reader analyze` imports no
# dataclasses at all, and a named tuple's class is made by exec() at every start
# (reader/records.py says why). A command is never changed once made.
class CommandSpec(Record):
    """One subcommand: its name, the module that implements it, and its one-line help."""

    __slots__ = ("name", "module", "summary", "takes_query")  # noqa: RUF023

    def __init__(self, name: str, module: str, summary: str,
                 takes_query: bool = False) -> None:
        self.name = name
        self.module = module
        self.summary = summary
        self.takes_query = takes_query  # its first positional is a search ("-is:read" included)


COMMANDS: tuple[CommandSpec, ...] = (
    CommandSpec("analyze", "reader.commands.analyze",
                "print the people, countries, organisations and quotes of articles"),
    CommandSpec("export", "reader.commands.export",
                "write your bookmarks and notes as Markdown, JSON or a Readwise CSV"),
    CommandSpec("import", "reader.commands.import_store",
                "merge a JSON export into your bookmarks and notes"),
    CommandSpec("search", "reader.commands.search",
                "the articles a search matches (person:, said-by:, country:, is:, ...)",
                takes_query=True),
    CommandSpec("quotes", "reader.commands.quotes",
                "the quotes of the articles a search matches, by who said them",
                takes_query=True),
    CommandSpec("people", "reader.commands.people",
                "everyone in the library: articles, mentions, quotes, role"),
    CommandSpec("feeds", "reader.commands.feeds",
                "subscribe to feeds (add URL), list, rename, tag and remove them"),
    CommandSpec("refresh", "reader.commands.refresh",
                "fetch your feeds (or the URLs given) and store new items"),
    CommandSpec("list", "reader.commands.list_items",
                "your feeds' items and the articles of PATHs, newest first (--json, --text)"),
    CommandSpec("opml", "reader.commands.opml",
                "import subscriptions from an OPML file, or export them"),
)


def command_named(name: str) -> CommandSpec | None:
    """The subcommand called `name`, if there is one."""
    for spec in COMMANDS:
        if spec.name == name:
            return spec
    return None
