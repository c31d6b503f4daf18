"""`reader list [PATH...] [--feed URL] [--json] [--text] [--unread]`: the library from the
shell, newest first: the feeds' stored items and the articles of the files and folders
given (what `reader PATH...` would open), with their read and bookmark marks."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from reader.commands.feeds_context import (
    FeedsUnavailable,
    feed_store,
    kept_article_ids,
    safe,
    when,
)
from reader.commands.named_paths import missing_paths
from reader.feeds.storage import FeedStoreError, StoredItem

if TYPE_CHECKING:
    from reader.articles import Article


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.description = ("List your feeds' items and the articles of the files and "
                          "folders given, newest first.")
    parser.add_argument("paths", nargs="*", metavar="PATH",
                        help="article files or folders (.txt, .md) to list with the items")
    parser.add_argument("--feed", metavar="URL", help="only this feed's items")
    parser.add_argument("--json", action="store_true", help="one JSON object per line")
    parser.add_argument("--text", action="store_true",
                        help="with each item, its text as the app shows it")
    parser.add_argument("--unread", action="store_true", help="only unread items")


@dataclass(frozen=True, slots=True)
class Entry:
    """One line of the list: a feed item or an article file, as `reader list` shows it."""

    id: str
    title: str
    source: str | None
    date: str | None  # ISO 8601: a feed item's time, an article's day
    url: str | None
    feed: str | None
    path: str | None
    author: str | None
    text: str
    sort_key: float  # newest first; undated last
    file_dated: bool = False  # the date is the file's own (modification) date

    @classmethod
    def of_item(cls, item: StoredItem) -> Entry:
        from reader.articles.sources.feeds import item_source, item_title

        return cls(id=item.article_id, title=item_title(item), source=item_source(item),
                   date=when(item.published), url=item.url, feed=item.feed_url, path=None,
                   author=item.author, text=item.best_text,
                   sort_key=item.published if item.published is not None else float("-inf"))

    @classmethod
    def of_article(cls, article: Article) -> Entry:
        day = article.date
        stamp = (dt.datetime(day.year, day.month, day.day, tzinfo=dt.UTC).timestamp()
                 if day is not None else float("-inf"))
        return cls(id=article.id, title=article.full_title, source=article.source,
                   date=day.isoformat() if day is not None else None, url=article.url,
                   feed=None, path=str(article.path) if article.path is not None else None,
                   author=None, text=article.body.strip(), sort_key=stamp,
                   file_dated=article.file_dated)


def entry_json(entry: Entry, *, unread: bool, bookmarked: bool,
               with_text: bool) -> dict[str, Any]:
    """One line of `reader list --json`."""
    record: dict[str, Any] = {
        "id": entry.id, "feed": entry.feed, "title": entry.title, "source": entry.source,
        "author": entry.author, "date": entry.date, "url": entry.url, "path": entry.path,
        "unread": unread, "bookmarked": bookmarked,
        # Says what the text's "(file)" says: this date is only the file's own.
        "date_from_file": entry.file_dated,
    }
    if with_text:
        record["text"] = entry.text
    return record


def run(args: argparse.Namespace, out: TextIO | None = None) -> int:
    out = out or sys.stdout
    if args.feed and args.paths:
        print("reader: --feed lists one feed's items: name no PATH with it", file=sys.stderr)
        return 2
    entries = _feed_entries(args)
    if entries is None:
        if not args.paths:
            return 1
        print("reader: (listing the articles of the paths given only)", file=sys.stderr)
        entries = []
    if args.paths:
        entries += _file_entries(args.paths)
    elif not entries and not args.feed and not _has_feeds(args.data_dir):
        print("reader: no feeds yet: 'reader feeds add URL' subscribes to one; "
              "'reader list PATH' lists article files", file=sys.stderr)
        return 0
    from reader.commands.read_marks import library_read_ids

    read = library_read_ids(args.data_dir, sys.stderr)
    bookmarked, _ = kept_article_ids(args.data_dir)
    entries.sort(key=lambda e: e.sort_key, reverse=True)  # stable: feeds' own order kept
    # A date that is only the file's own is marked, as the app's list marks it.
    date_width = len("2020-05-17 (file)") if any(e.file_dated for e in entries) else 10
    for entry in entries:
        unread = entry.id not in read
        if args.unread and not unread:
            continue
        if args.json:
            record = entry_json(entry, unread=unread, bookmarked=entry.id in bookmarked,
                                with_text=args.text)
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            continue
        mark = "*" if entry.id in bookmarked else ("•" if unread else " ")
        date = (entry.date or "")[:10] + (" (file)" if entry.file_dated else "")
        source = safe(entry.source)
        out.write(f"{mark} {date:<{date_width}} {source[:24]:<24} {safe(entry.title)}\n")
        if args.text:
            out.write(entry.text + "\n\n")
    return 1 if missing_paths(args.paths) else 0  # a typo: said, and the status says so


def _feed_entries(args: argparse.Namespace) -> list[Entry] | None:
    """The stored items (of `--feed` only, if given); None after a message when the feeds
    cannot be read."""
    from reader import paths
    from reader.articles.sources.feeds import DATABASE_NAME

    if not args.feed and not (paths.data_dir(args.data_dir) / DATABASE_NAME).is_file():
        return []  # nothing subscribed yet; the database is not made just to say so
    try:
        with feed_store(args.data_dir) as store:
            return [Entry.of_item(item) for item in store.iter_items(args.feed)]
    except (FeedsUnavailable, FeedStoreError) as error:
        print(f"reader: {safe(str(error))}", file=sys.stderr)
        return None


def _file_entries(names: list[str]) -> list[Entry]:
    """The articles of the files and folders named (each one that does not open, and each
    folder without article files, is said on stderr)."""
    from reader.articles import load_articles
    from reader.articles.sources.files import EMPTY_FOLDER_HINT, folders_without_articles

    given = [Path(name) for name in names]
    articles, errors = load_articles(given)
    for problem in errors:
        print(f"reader: {problem}", file=sys.stderr)
    for folder in folders_without_articles(given):
        print(f"reader: no articles in {folder} ({EMPTY_FOLDER_HINT})", file=sys.stderr)
    return [Entry.of_article(article) for article in articles]


def _has_feeds(data_dir: str | None) -> bool:
    from reader import paths
    from reader.articles.sources.feeds import has_feeds

    return has_feeds(paths.data_dir(data_dir))
