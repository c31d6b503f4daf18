"""Refreshing 200 feeds of 50 items, against a plain sequential fetch-and-parse, same run.

Run: pytest tests/benchmarks/bench_feeds.py -s
The feeds are served on loopback by 8 stdlib servers on 127.0.0.1 (25 feeds each, so the
per-host cap of 2 allows the global cap of 8). Each side refreshes from cold (every feed
a 200 with an ETag) and again warm (every feed a 304):
- ours: `refresh_feeds` (asyncio + httpx, 8 at once and 2 per host, feedparser in a
  thread, items stored in SQLite with one writer);
- the reference: one `httpx.Client`, one feed after the other, `feedparser.parse` of
  each body, nothing stored (so ours also pays for the database the reference skips).
Time is the median of 3 runs each; peak memory (tracemalloc) is measured in a separate
run, since tracing slows everything. Then the feeds tables are grown to 100,000 items
and the queries the app and the CLI make are timed against the same queries at 10,000.
Not part of the default run.
"""

from __future__ import annotations

import io
import json
import statistics
import tempfile
import time
import tracemalloc
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path

import httpx

from reader.feeds.fetch import FetchPolicy
from reader.feeds.model import ParsedFeed, ParsedItem
from reader.feeds.refresh import refresh_feeds
from reader.feeds.storage import FeedStore
from reader.library.database import Database
from tests.feeds.server import FeedServer, running_server

SERVERS = 8
FEEDS = 200
ITEMS = 50
RUNS = 3
POLICY = FetchPolicy(trust_env=False)
PARAGRAPH = ("<p>The harbour board met on Tuesday evening to discuss the winter timetable, "
             "and the chair said the ferries would keep running until the ice came.</p>")


def feed_body(n: int) -> bytes:
    items = "".join(
        f"<item><title>Feed {n} story {k}</title><guid>feed-{n}-{k}</guid>"
        f"<link>http://example.test/{n}/{k}</link>"
        f"<pubDate>Mon, 30 Nov 2026 {k % 24:02d}:00:00 GMT</pubDate>"
        f"<description><![CDATA[{PARAGRAPH * 3}]]></description></item>"
        for k in range(ITEMS))
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
            f"<title>Feed {n}</title><link>http://example.test/{n}</link>{items}"
            "</channel></rss>").encode()


@contextmanager
def served_feeds() -> Iterator[list[str]]:
    with ExitStack() as stack:
        servers: list[FeedServer] = [stack.enter_context(running_server())
                                     for _ in range(SERVERS)]
        urls = []
        for n in range(FEEDS):
            server = servers[n % SERVERS]
            path = f"/feed{n}.xml"
            server.serve(path, feed_body(n), etag=f'"v{n}"')
            urls.append(server.url(path))
        yield urls


def ours(urls: list[str]) -> Callable[[], None]:
    folder = Path(tempfile.mkdtemp(prefix="bench-feeds-"))
    database = Database.open(folder)
    store = FeedStore(database)
    for url in urls:
        store.add_feed(url)

    def refresh() -> None:
        outcomes = refresh_feeds(store, policy=POLICY, force=True)
        assert not any(o.failed for o in outcomes), [o.error for o in outcomes if o.failed][:3]
    return refresh


def reference(urls: list[str]) -> Callable[[], None]:
    import feedparser

    etags: dict[str, str] = {}
    client = httpx.Client(trust_env=False, timeout=30.0)

    def refresh() -> None:
        for url in urls:
            headers = {"If-None-Match": etags[url]} if url in etags else {}
            response = client.get(url, headers=headers)
            if response.status_code == 200:
                feedparser.parse(io.BytesIO(response.content))
                etags[url] = response.headers["etag"]
            else:
                assert response.status_code == 304
    return refresh


def timed(step: Callable[[], None]) -> float:
    start = time.perf_counter()
    step()
    return time.perf_counter() - start


def peak(step: Callable[[], None]) -> float:
    tracemalloc.start()
    try:
        step()
        return tracemalloc.get_traced_memory()[1] / 1e6
    finally:
        tracemalloc.stop()


def measure(make: Callable[[list[str]], Callable[[], None]]) -> dict[str, float]:
    with served_feeds() as urls:
        cold, warm = [], []
        for _ in range(RUNS):
            refresh = make(urls)  # a fresh side: the first refresh is cold, the next warm
            cold.append(timed(refresh))
            warm.append(timed(refresh))
        refresh = make(urls)
        cold_mb = peak(refresh)
        warm_mb = peak(refresh)
    return {"cold": statistics.median(cold), "warm": statistics.median(warm),
            "cold_mb": cold_mb, "warm_mb": warm_mb}


def grow(store: FeedStore, total: int) -> None:
    """Add synthetic items (200 feeds) until the tables hold `total` items."""
    import datetime as dt

    feeds = store.feeds()
    per_feed = max(1, (total - store.item_count()) // len(feeds))
    start = store.item_count()
    for feed in feeds:
        items = [ParsedItem(key=f"guid:grow-{start}-{feed.id}-{k}", guid=None, url=None,
                            title=f"Item {k}", author=None,
                            published=dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
                            + dt.timedelta(minutes=k),
                            text=PARAGRAPH, has_content=True) for k in range(per_feed)]
        store.record_items(feed.id, ParsedFeed("rss20", feed.title, None, items),
                           url=feed.url, etag=None, last_modified=None)


def query_times(store: FeedStore) -> dict[str, float]:
    from reader.articles.sources.feeds import FeedsSource

    def best(step: Callable[[], object]) -> float:
        return min(timed(lambda: step() and None) for _ in range(5))

    source = FeedsSource(Path(store.database.path).parent)  # type: ignore[arg-type]
    return {
        "feeds() with counts": best(store.feeds),
        "newest 50 items": best(lambda: store.items(limit=50)),
        "one feed's items": best(lambda: store.items(store.feeds()[7].url)),
        "first batch at start-up": best(lambda: next(iter(source.batches()))),
    }


def test_refresh_200_feeds() -> None:
    reference_figures = measure(reference)
    our_figures = measure(ours)
    print(f"\n{FEEDS} feeds x {ITEMS} items on {SERVERS} loopback servers "
          f"(median of {RUNS}; peak memory from tracemalloc)")
    print(f"{'':8} {'ours':>9} {'sequential':>11} {'ratio':>7}")
    for key, unit in (("cold", "s"), ("warm", "s"), ("cold_mb", "MB"), ("warm_mb", "MB")):
        ratio = our_figures[key] / reference_figures[key]
        print(f"{key:8} {our_figures[key]:8.2f}{unit:<2}{reference_figures[key]:9.2f}{unit:<2}"
              f" {ratio:6.2f}x")

    folder = Path(tempfile.mkdtemp(prefix="bench-feeds-size-"))
    with Database.open(folder) as database:
        store = FeedStore(database)
        for n in range(FEEDS):
            store.add_feed(f"http://example.test/feed{n}.xml", title=f"Feed {n}")
        grow(store, 10_000)
        small = query_times(store)
        grow(store, 100_000)
        large = query_times(store)
        print(f"\nqueries at {10_000:,} and {store.item_count():,} items (best of 5)")
        for name in small:
            print(f"{name:26} {small[name] * 1000:8.1f} ms {large[name] * 1000:8.1f} ms "
                  f"{large[name] / small[name]:6.1f}x")


def test_startup_with_10000_cached_items(tmp_path: Path) -> None:
    """`reader` on 10,000 stored feed items (no refresh) against the bare Textual app of
    bench_startup.py and against reader on 10,000 article files, all in fresh processes
    under bench_startup's harness, in the same run; goal <= 1.5x the bare app."""
    import shutil
    import subprocess
    import sys

    from tests.benchmarks.bench_startup import CHILD, child_env, make_corpus

    marker = "app = make_app([corpus], data_dir)"
    assert marker in CHILD
    child = CHILD.replace(marker, "from reader.app import FeedOptions\n"
                          "    app = (make_app(None, data_dir, feeds=FeedOptions("
                          "refresh_on_start=False)) if corpus == '-' "
                          "else make_app([corpus], data_dir))")
    corpus = tmp_path / "corpus"
    make_corpus(corpus, 10_000)
    seeded = tmp_path / "seeded"
    with Database.open(seeded) as database:
        store = FeedStore(database)
        for n in range(FEEDS):
            store.add_feed(f"http://example.test/feed{n}.xml", title=f"Feed {n}")
        grow(store, 10_000)
        total = store.item_count()

    def run(kind: str, n: int) -> dict[str, float]:
        data_dir = tmp_path / f"{kind}-{n}"
        shutil.copytree(seeded, data_dir)
        app_kind, source = {"bare": ("bare", "-"), "feeds": ("reader", "-"),
                            "files": ("reader", str(corpus))}[kind]
        out = subprocess.run([sys.executable, "-c", child, app_kind, source, str(data_dir),
                              str(total)], check=True, capture_output=True, text=True,
                             timeout=300, env=child_env()).stdout
        result: dict[str, float] = json.loads(out.strip().splitlines()[-1])
        return result

    kinds = ("bare", "feeds", "files")
    for kind in kinds:
        run(kind, -1)  # warm-up: file cache and .pyc files
    runs: dict[str, list[dict[str, float]]] = {kind: [] for kind in kinds}
    for n in range(5):
        for kind in kinds:
            runs[kind].append(run(kind, n))
    shown = {kind: statistics.median(r["shown"] for r in runs[kind]) for kind in kinds}
    print(f"\nstart-up, list shown (median of 5): bare Textual app {shown['bare']:.2f} s; "
          f"reader on {total:,} stored feed items {shown['feeds']:.2f} s "
          f"({shown['feeds'] / shown['bare']:.2f}x, goal <= 1.5x); reader on 10,000 files "
          f"{shown['files']:.2f} s ({shown['files'] / shown['bare']:.2f}x)")
