"""`reader quotes QUERY [PATH...]`: the quotes of matching articles, by who said them."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any, TextIO

from reader.commands.library_search import add_path_arguments, open_context, parse_or_report
from reader.library.index import IndexedQuote, SearchIndex
from reader.library.query_parser import Query, positive_values


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.description = (
        "Print the quotes of the articles that match QUERY (see 'reader search --help'); "
        "said-by:NAME and person:NAME keep only the quotes that person said.")
    parser.add_argument("query", metavar="QUERY")
    add_path_arguments(parser)


def quote_json(quote: IndexedQuote) -> dict[str, Any]:
    """One line of `reader quotes --json`."""
    return {"text": quote.text, "speaker": quote.speaker, "speaker_id": quote.speaker_id,
            "article_id": quote.article.id, "article_title": quote.article.title,
            "path": quote.article.path, "start": quote.start, "end": quote.end}


def matching_quotes(index: SearchIndex, query: Query,
                    article_ids: set[str]) -> list[IndexedQuote]:
    """The quotes of these articles, only those of the query's said-by:/person: people."""
    names = positive_values(query, "said-by") + positive_values(query, "person")
    speakers: set[str] | None = None
    if names:
        speakers = set()
        for name in positive_values(query, "said-by"):
            speakers |= index.speaker_ids(name)
        for name in positive_values(query, "person"):
            speakers |= index.person_ids(name)
    if not article_ids or speakers == set():
        return []
    return index.quotes(speaker_ids=sorted(speakers) if speakers is not None else None,
                        article_ids=sorted(article_ids))


def run(args: argparse.Namespace, out: TextIO | None = None) -> int:
    out = out or sys.stdout
    query = parse_or_report(args.query)
    if query is None:
        return 2
    context = open_context(args.paths, args.data_dir)
    try:
        ids = context.index.search_ids(query, context.states)
        found = matching_quotes(context.index, query, ids)
    finally:
        context.close()
    for quote in found:
        if args.json:
            out.write(json.dumps(quote_json(quote), ensure_ascii=False) + "\n")
        else:
            out.write(f"{' '.join(quote.text.split())}\n    — {quote.speaker or 'unattributed'}"
                      f", {quote.article.title}\n")
    if not args.json:
        print(f"reader: {len(found)} quote{'s' if len(found) != 1 else ''}", file=sys.stderr)
    return context.status
