"""`reader list [--feed URL] [--json] [--text]`: the library's feed items from the shell."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any, TextIO

from reader.commands.feeds_context import (
    FeedsUnavailable,
    feed_store,
    kept_article_ids,
    safe,
    when,
)
from reader.feeds.storage import FeedStoreError, StoredItem


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.description = "List the items of your feeds, newest first."
    parser.add_argument("--feed", metavar="URL", help="only this feed's items")
    parser.add_argument("--json", action="store_true", help="one JSON object per line")
    parser.add_argument("--text", action="store_true",
                        help="with each item, its text as the app shows it")
    parser.add_argument("--unread", action="store_true", help="only unread items")


def item_json(item: StoredItem, bookmarked: bool, with_text: bool) -> dict[str, Any]:
    """One line of `reader list --json`."""
    record: dict[str, Any] = {
        "id": item.article_id, "feed": item.feed_url, "title": item.title,
        "source": item.feed_title or None, "author": item.author,
        "date": when(item.published), "url": item.url, "unread": not item.read,
        "bookmarked": bookmarked,
    }
    if with_text:
        record["text"] = item.best_text
    return record


def run(args: argparse.Namespace, out: TextIO | None = None) -> int:
    out = out or sys.stdout
    try:
        with feed_store(args.data_dir) as store:
            items = store.items(args.feed, unread_only=args.unread)
    except (FeedsUnavailable, FeedStoreError) as error:
        print(f"reader: {error}", file=sys.stderr)
        return 1
    bookmarked, _ = kept_article_ids(args.data_dir)
    for item in items:
        if args.json:
            record = item_json(item, item.article_id in bookmarked, args.text)
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            continue
        mark = "*" if item.article_id in bookmarked else ("•" if not item.read else " ")
        date = (when(item.published) or "")[:10]
        out.write(f"{mark} {date:<10} {safe(item.feed_title)[:24]:<24} {safe(item.title)}\n")
        if args.text:
            out.write(item.best_text + "\n\n")
    return 0
