"""`reader export --person NAME`: everything a person said, by article, with the notes."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from reader.commands.library_search import SearchContext, open_context
from reader.library.index import IndexedQuote
from reader.store import SaidIn, export_person_markdown, write_export_file


def person_markdown(context: SearchContext, person_id: str, *, links: bool) -> str:
    """The Markdown page of one library person."""
    index = context.index
    summary = index.entity(person_id)
    name = summary.name if summary else person_id
    by_article: dict[str, list[IndexedQuote]] = {}
    for quote in index.quotes(speaker_ids=[person_id]):
        by_article.setdefault(quote.article.id, []).append(quote)
    said = [SaidIn(article_id=qs[0].article.id, title=qs[0].article.title,
                   source=qs[0].article.source, date=qs[0].article.published,
                   quotes=tuple(q.text for q in qs))
            for qs in by_article.values()]
    with_people = [n for _id, n, _count in index.co_occurring(person_id, "person", 12)]
    return export_person_markdown(name, person_ids=index.local_ids(person_id),
                                  role=summary.role if summary else None, said=said,
                                  notes=context.notes, appears_with=with_people, links=links)


def run_person_export(name: str, paths: Sequence[str], output: str | None,
                      data_dir: str | None, *, links: bool = False,
                      out: TextIO | None = None) -> int:
    context = open_context(paths, data_dir)
    try:
        ids = context.index.person_ids(name)
        if not ids:
            print(f"reader: nobody called {name!r} in the library", file=sys.stderr)
            return 1
        people = [e for e in context.index.entities("person") if e.id in ids]
        text = "\n".join(person_markdown(context, p.id, links=links) for p in people)
    finally:
        context.close()
    try:
        if output and output != "-":
            write_export_file(Path(output), text)
            print(f"reader: wrote {output}", file=sys.stderr)
        else:
            (out or sys.stdout).write(text)
    except BrokenPipeError:
        raise  # the output's reader left: reader.__main__ ends quietly
    except OSError as exc:
        print(f"reader: {exc}", file=sys.stderr)
        return 1
    return 0
