"""`reader feeds add|list|remove|rename|tag|full-text`: subscriptions from the shell."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any, TextIO

from reader.commands.feeds_context import (
    NO_FEEDS_YET,
    FeedsUnavailable,
    feed_store,
    no_database_yet,
    protected_article_ids,
    safe,
    when,
)
from reader.feeds.storage import FULL_TEXT_POLICIES, Feed, FeedStore, FeedStoreError
from reader.wording import counted


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.description = "Subscribe to feeds, list and remove them."
    actions = parser.add_subparsers(dest="action", required=True, metavar="ACTION")
    add = actions.add_parser("add", help="subscribe to a feed, or to the feed a page announces "
                             "(fetched at once)")
    add.add_argument("url", metavar="URL")
    add.add_argument("--tag", action="append", default=[], metavar="TAG",
                     help="file the feed under TAG (repeat for more)")
    listing = actions.add_parser("list", help="the subscriptions, with counts and last fetch")
    listing.add_argument("--json", action="store_true", help="one JSON object per line")
    remove = actions.add_parser("remove", help="unsubscribe (the feed's items go too, but the "
                             "bookmarked or noted ones)")
    remove.add_argument("url", metavar="URL")
    rename = actions.add_parser("rename", help="give a feed your own name ('' for its own)")
    rename.add_argument("url", metavar="URL")
    rename.add_argument("title", metavar="TITLE")
    tag = actions.add_parser("tag", help="set a feed's tags (none: remove them all)")
    tag.add_argument("url", metavar="URL")
    tag.add_argument("tags", nargs="*", metavar="TAG")
    policy = actions.add_parser("full-text", help="when to fetch the article page: always, "
                                "when the feed text is short (default), never")
    policy.add_argument("url", metavar="URL")
    policy.add_argument("policy", choices=FULL_TEXT_POLICIES)


def feed_json(feed: Feed) -> dict[str, Any]:
    """One line of `reader feeds list --json`."""
    return {"url": feed.url, "title": feed.title, "tags": list(feed.tags),
            "items": feed.item_count, "unread": feed.unread_count,
            "last_fetched": when(feed.last_fetched_at), "last_status": feed.last_status,
            "last_error": feed.last_error, "last_warning": feed.last_warning,
            "full_text": feed.full_text}


def _print_feed(feed: Feed, out: TextIO) -> None:
    tags = f" [{', '.join(safe(tag) for tag in feed.tags)}]" if feed.tags else ""
    out.write(f"{safe(feed.name)}{tags}\n  {safe(feed.url)}\n"
              f"  {counted(feed.item_count, 'item')}, {feed.unread_count} unread; ")
    if feed.last_fetched_at is None:
        out.write("never fetched\n")
    else:
        out.write(f"fetched {when(feed.last_fetched_at)}: {feed.last_status}\n")
    if feed.last_error:
        out.write(f"  error: {safe(feed.last_error)}\n")
    if feed.last_warning:
        out.write(f"  warning: {safe(feed.last_warning)}\n")


def run(args: argparse.Namespace, out: TextIO | None = None) -> int:
    out = out or sys.stdout
    if args.action != "add" and no_database_yet(args.data_dir):
        if args.action == "list":
            print(f"reader: {NO_FEEDS_YET}", file=sys.stderr)
            return 0
        print(f"reader: not subscribed: {safe(args.url)}", file=sys.stderr)
        return 1
    try:
        with feed_store(args.data_dir) as store:
            return _run(args, store, out)
    except FeedsUnavailable as error:
        print(f"reader: {error}", file=sys.stderr)
        return 1
    except FeedStoreError as error:
        print(f"reader: {error}", file=sys.stderr)
        return 1


def _run(args: argparse.Namespace, store: FeedStore, out: TextIO) -> int:
    if args.action == "add":
        from reader.feeds.subscribe import SubscribeError, subscribe

        try:
            done = subscribe(store, args.url, args.tag)
        except SubscribeError as error:
            print(f"reader: {safe(str(error))}", file=sys.stderr)
            return 1
        found = f" (announced by {safe(done.discovered_on)})" if done.discovered_on else ""
        verb = "subscribed to" if done.added else "already subscribed to"
        out.write(f"{verb} {safe(done.feed.name)}: {safe(done.feed.url)}{found}; "
                  f"{counted(done.feed.item_count, 'item')}, {done.new_items} new\n")
        return 0
    if args.action == "list":
        feeds = store.feeds()
        if not feeds:
            print(f"reader: {NO_FEEDS_YET}", file=sys.stderr)
        for feed in feeds:
            if args.json:
                out.write(json.dumps(feed_json(feed), ensure_ascii=False) + "\n")
            else:
                _print_feed(feed, out)
        return 0
    if args.action == "remove":
        if store.feed(args.url) is None:
            print(f"reader: not subscribed: {safe(args.url)}", file=sys.stderr)
            return 1
        protected = protected_article_ids(args.data_dir)
        if protected is None:
            print("reader: not unsubscribed: your bookmarks could not be read, and the "
                  "feed's bookmarked or noted items would lose their text", file=sys.stderr)
            return 1
        kept = store.remove_feed(args.url, keep=protected) or 0
        out.write(f"unsubscribed from {safe(args.url)}"
                  + (f"; {kept} bookmarked or noted item{'s' if kept != 1 else ''} kept"
                     if kept else "") + "\n")
        return 0
    if args.action == "rename":
        feed = store.rename(args.url, safe(args.title) or None)
        out.write(f"{safe(feed.url)} is now called {safe(feed.name)}\n")
        return 0
    if args.action == "tag":
        feed = store.set_tags(args.url, [safe(tag) for tag in args.tags])
        out.write(f"{safe(feed.name)}: tags {', '.join(feed.tags) or '(none)'}\n")
        return 0
    feed = store.set_full_text_policy(args.url, args.policy)
    out.write(f"{safe(feed.name)}: full text {feed.full_text}\n")
    return 0
