"""What `reader search`, `reader quotes`, `reader people` and `reader export --person`
share: the index brought up to date with the given files, and the articles' states.

The index lives in the cache folder (reader.paths.cache_dir); each run re-indexes only
the files that are new or changed, so a second search over the same folder starts in a
fraction of a second. Untrusted input (files, the query) gets a message on stderr, never
a traceback.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from reader import paths
from reader.commands.named_paths import missing_paths
from reader.commands.read_marks import library_read_ids
from reader.library.index import FeedFacts, SearchIndex, SetStates, open_index
from reader.library.query_parser import Query, QueryError, parse

if TYPE_CHECKING:
    from reader.articles import Article
    from reader.store import Note


def add_path_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="*", metavar="PATH",
                        help="article files or folders to add to the search (besides the "
                        "library's articles already indexed)")
    parser.add_argument("--json", action="store_true",
                        help="one JSON object per line")


def parse_or_report(text: str, err: TextIO | None = None) -> Query | None:
    """The query, or None after printing what is wrong with it (and where)."""
    # Leading blanks mean nothing (reader.__main__ adds one to "-is:read" for argparse),
    # and the caret must point into the query as the user typed it.
    result = parse(text.lstrip())
    if isinstance(result, QueryError):
        err = err or sys.stderr
        print(f"reader: bad query: {result.message}", file=err)
        print(_indent(result.pointer()), file=err)
        return None
    return result


def _indent(text: str) -> str:
    return "\n".join("  " + line for line in text.splitlines())


@dataclass(slots=True)
class SearchContext:
    """The up-to-date index and what the user's store says about articles."""

    index: SearchIndex
    states: SetStates
    entity_notes: dict[str, list[Note]] = field(default_factory=dict)
    notes: list[Note] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)  # paths named that do not exist

    @property
    def status(self) -> int:
        """The command's exit status once it has printed its answer: 1 when a path named
        does not exist (said on stderr; the rest was searched all the same)."""
        return 1 if self.missing else 0

    def close(self) -> None:
        self.index.close()


def open_context(names: Sequence[str], data_dir: str | None,
                 err: TextIO | None = None) -> SearchContext:
    """Index the files and folders in `names` (only what changed) and read the store."""
    from reader.analysis import ANALYSER_VERSION
    from reader.articles import load_articles
    from reader.library import AnalysisCache

    err = err or sys.stderr
    cache = paths.cache_dir()
    index = open_index(cache, paths.data_dir(data_dir), ANALYSER_VERSION)
    index.prune_missing_files()
    articles, errors = load_articles([Path(n) for n in names])
    for problem in errors:
        print(f"reader: {problem}", file=err)
    articles = articles + _feed_articles(data_dir, index, err)
    # Through the analysis cache on disk: an article the app already analysed is not
    # analysed again, and one analysed here opens at once in the app.
    index.sync(articles, AnalysisCache(capacity=1, folder=cache).get)
    read = library_read_ids(data_dir, err)
    states, notes = _store_states(data_dir, read, err)
    states = replace(states, feed_facts=_feed_facts(data_dir, err))
    return SearchContext(index=index, states=states, notes=notes,
                         missing=missing_paths(names))


def _feed_articles(data_dir: str | None, index: SearchIndex, err: TextIO) -> list[Article]:
    """The stored feed items the index lacks or has an older text of, so a search finds
    what `reader refresh` fetched even when the app never ran to index it (nothing is
    fetched here). Items indexed as they are now cost a hash, not an Article each; items
    no longer stored (their feed unsubscribed, or dropped as too old) leave the index."""
    from reader.articles.build import text_hash
    from reader.articles.sources.feeds import DATABASE_NAME, has_feeds, item_article, item_text
    from reader.feeds.storage import FeedStore, FeedStoreError
    from reader.library import Database, DatabaseError

    folder = paths.data_dir(data_dir)
    if not (folder / DATABASE_NAME).is_file():
        return []  # no database here: nothing to say about items indexed from elsewhere
    if not has_feeds(folder):  # the last feed (and every item kept of it) went
        index.prune_feed_items(())
        return []
    indexed = index.content_hashes()
    stored: set[str] = set()
    missing: list[Article] = []
    try:
        with Database.open(folder) as database:
            for item in FeedStore(database).iter_items():
                stored.add(item.article_id)
                if indexed.get(item.article_id) != text_hash(item_text(item)):
                    missing.append(item_article(item))
    except (DatabaseError, FeedStoreError, OSError, sqlite3.Error) as exc:
        print(f"reader: {exc} (searching without the feed items)", file=err)
        return []
    index.prune_feed_items(stored)
    return missing


def _feed_facts(data_dir: str | None, err: TextIO) -> tuple[FeedFacts, ...]:
    """The subscriptions' titles and tags, for feed: and tag: (none without a database)."""
    from reader.feeds.storage import FeedStore, FeedStoreError
    from reader.library import Database, DatabaseError

    folder = paths.data_dir(data_dir)
    if not (folder / "library.sqlite3").exists():
        return ()
    try:
        with Database.open(folder) as database:
            feeds = FeedStore(database).feeds()
    except (DatabaseError, FeedStoreError, OSError, sqlite3.Error) as exc:
        print(f"reader: {exc} (searching without the feeds' titles and tags)", file=err)
        return ()
    return tuple(FeedFacts(f.url, f.title, f.tags) for f in feeds)


def _store_states(data_dir: str | None, read: frozenset[str],
                  err: TextIO) -> tuple[SetStates, list[Note]]:
    """Read, bookmarked and noted articles; read-only, so it works while the app runs."""
    from reader.store import StoreError, open_store

    try:
        with open_store(data_dir, read_only=True) as store:
            bookmarked = frozenset(b.article_id for b in store.bookmarks())
            notes = store.notes()
    except (StoreError, OSError) as exc:
        print(f"reader: {exc} (searching without bookmarks and notes)", file=err)
        return SetStates(read=read), []
    noted = frozenset(n.target.article_id for n in notes
                      if n.target.article_id and n.target.kind != "entity")
    return SetStates(read=read, bookmarked=bookmarked, noted=noted), notes
