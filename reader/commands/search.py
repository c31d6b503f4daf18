"""`reader search QUERY [PATH...]`: the articles the search language matches."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any, TextIO

from reader.commands.library_search import add_path_arguments, open_context, parse_or_report
from reader.library.index import IndexedArticle


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.description = (
        "Print the articles that match QUERY, newest first: words and \"phrases\", "
        "person:NAME, said-by:NAME, country:KP, org:, source:, feed:, tag:, "
        "is:unread|read|bookmarked|noted, since:7d, until:DATE, date:A..B, -term, OR, ( ).")
    parser.add_argument("query", metavar="QUERY")
    add_path_arguments(parser)


def article_json(article: IndexedArticle, *, unread: bool, bookmarked: bool) -> dict[str, Any]:
    """One line of `reader search --json`."""
    return {"id": article.id, "title": article.title, "source": article.source,
            "date": article.date, "url": article.url, "path": article.path,
            "unread": unread, "bookmarked": bookmarked}


def run(args: argparse.Namespace, out: TextIO | None = None) -> int:
    out = out or sys.stdout
    query = parse_or_report(args.query)
    if query is None:
        return 2
    context = open_context(args.paths, args.data_dir)
    try:
        found = context.index.search(query, context.states)
    finally:
        context.close()
    for article in found:
        unread = article.id not in context.states.read
        bookmarked = article.id in context.states.bookmarked
        if args.json:
            out.write(json.dumps(article_json(article, unread=unread, bookmarked=bookmarked),
                                 ensure_ascii=False) + "\n")
        else:
            facts = " · ".join(x for x in (article.date_label, article.source) if x)
            where = article.path or article.url or article.id
            out.write(f"{'•' if unread else ' '} {article.title}"
                      f"{'  (' + facts + ')' if facts else ''}\n    {where}\n")
    if not args.json:
        print(f"reader: {len(found)} article{'s' if len(found) != 1 else ''}", file=sys.stderr)
    return context.status
