"""`reader refresh [URL...]`: fetch every feed (or those named) and say what came of it.

A progress bar goes to stderr when it is a terminal; the summary, one line per feed, to
stdout. Exit status 0 when every feed was fetched, 1 when some were not (failed, or
left alone until a time the server or the backoff set: `--force` fetches those too).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import TextIO

from reader.commands.feeds_context import (
    NO_FEEDS_YET,
    FeedsUnavailable,
    feed_store,
    no_database_yet,
    protected_article_ids,
    safe,
)
from reader.feeds.refresh import FeedOutcome, fetch_full_texts, items_wanting_full_text
from reader.feeds.storage import FeedStore, RetentionPolicy
from reader.wording import counted

BAR_WIDTH = 30


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.description = ("Fetch every subscribed feed (or the URLs given) and store new "
                          "items. Exit status 1 when some feed could not be fetched.")
    parser.add_argument("urls", nargs="*", metavar="URL", help="default: every feed")
    parser.add_argument("--force", action="store_true",
                        help="also fetch feeds waiting out a Retry-After or an error backoff")
    parser.add_argument("--full-text", action="store_true",
                        help="also fetch the article pages of new items whose feed gives "
                        "only a summary (per the feed's full-text policy)")
    defaults = RetentionPolicy()
    parser.add_argument("--keep-days", type=_at_least_zero(float), default=defaults.max_age_days,
                        metavar="N",
                        help="items that left their feed are kept N days (default "
                        f"{defaults.max_age_days:g}); bookmarked or noted ones always")
    parser.add_argument("--keep-items", type=_at_least_zero(int),
                        default=defaults.max_items_per_feed,
                        metavar="N", help="and at most N per feed (default "
                        f"{defaults.max_items_per_feed})")


def _at_least_zero(kind: Callable[[str], float]) -> Callable[[str], float]:
    """An argparse type: a number of `kind`, 0 or more. A typo such as `--keep-days -5`
    (or nan) would otherwise drop every item that has left its feed."""
    def convert(text: str) -> float:
        try:
            value = kind(text)
        except ValueError:
            what = "a whole number" if kind is int else "a number"
            raise argparse.ArgumentTypeError(f"{text!r} is not {what}") from None
        if not value >= 0:  # also false for nan
            raise argparse.ArgumentTypeError(f"{text} is not a number of 0 or more")
        return value
    convert.__name__ = kind.__name__
    return convert


class ProgressBar:
    """`[#####-----] 12/200 Feed name` redrawn in place on a terminal; nothing elsewhere."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.enabled = stream.isatty()

    def __call__(self, outcome: FeedOutcome, done: int, total: int) -> None:
        if not self.enabled:
            return
        filled = BAR_WIDTH * done // max(total, 1)
        name = safe(outcome.title or outcome.url)[:40]
        self.stream.write(f"\r\x1b[K[{'#' * filled}{'-' * (BAR_WIDTH - filled)}] "
                          f"{done}/{total} {name}")
        self.stream.flush()

    def close(self) -> None:
        if self.enabled:
            self.stream.write("\r\x1b[K")
            self.stream.flush()


def describe(outcome: FeedOutcome) -> str:
    """One summary line for a feed."""
    name = safe(outcome.title or outcome.url)
    if outcome.status == "error":
        line = f"{name}: error: {safe(outcome.error)}"
    elif outcome.status == "waiting":
        from reader.commands.feeds_context import when

        line = f"{name}: not fetched: waiting until {when(outcome.retry_at)}"
        if outcome.error:
            line += f" (last error: {safe(outcome.error)})"
    elif outcome.status == "not modified":
        line = f"{name}: not modified"
    else:
        line = f"{name}: {outcome.new_items} new"
    if outcome.moved_from:
        line += f" (moved permanently to {safe(outcome.url)})"
    if outcome.warning:
        line += f" (warning: {safe(outcome.warning)})"
    return line


def run(args: argparse.Namespace, out: TextIO | None = None) -> int:
    out = out or sys.stdout
    from reader.feeds.refresh import refresh_feeds

    if no_database_yet(args.data_dir):  # nothing subscribed: no folder made to say so
        for url in args.urls[:1]:
            print(f"reader: not subscribed: {safe(url)}", file=sys.stderr)
            return 1
        print(f"reader: {NO_FEEDS_YET}", file=sys.stderr)
        return 0
    try:
        with feed_store(args.data_dir) as store:
            feeds = store.feeds()
            if args.urls:
                chosen = []
                for url in args.urls:
                    feed = store.feed(url)
                    if feed is None:
                        print(f"reader: not subscribed: {safe(url)}", file=sys.stderr)
                        return 1
                    chosen.append(feed)
                feeds = chosen
            if not feeds:
                print(f"reader: {NO_FEEDS_YET}", file=sys.stderr)
                return 0
            bar = ProgressBar(sys.stderr)
            try:
                outcomes = refresh_feeds(store, feeds, progress=bar, force=args.force)
            finally:
                bar.close()
            for outcome in outcomes:
                out.write(describe(outcome) + "\n")
            if args.full_text:
                _full_texts(store, [o.feed_id for o in outcomes if o.new_items], out)
            protected = protected_article_ids(args.data_dir)
            if protected is None:  # which items are bookmarked is unknown: keep them all
                print("reader: old items not cleaned up this time", file=sys.stderr)
            else:
                store.prune(RetentionPolicy(args.keep_days, args.keep_items), protected)
    except FeedsUnavailable as error:
        print(f"reader: {error}", file=sys.stderr)
        return 1
    failed = sum(1 for outcome in outcomes if outcome.status in ("error", "waiting"))
    new = sum(outcome.new_items for outcome in outcomes)
    out.write(f"{counted(len(outcomes), 'feed')}, {counted(new, 'new item')}, "
              f"{failed} not fetched\n")
    return 1 if failed else 0


def _full_texts(store: FeedStore, feed_ids: list[int], out: TextIO) -> None:
    wanted = []
    for feed_id in feed_ids:
        feed = store.feed_by_id(feed_id)
        if feed is not None:
            wanted.extend(items_wanting_full_text(store, feed))
    if not wanted:
        return
    outcomes = fetch_full_texts(store, wanted)
    failed = [o for o in outcomes if o.error]
    out.write(f"full text: {len(outcomes) - len(failed)} of {len(outcomes)} pages read\n")
