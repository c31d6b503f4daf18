"""Fetching against the loopback server: validators, encodings, redirects, limits, errors."""

from __future__ import annotations

import asyncio
import dataclasses
import gzip
import zlib

import pytest

from reader.feeds.fetch import (
    USER_AGENT,
    Fetcher,
    FetchError,
    FetchPolicy,
    FetchResult,
    Validators,
    parse_retry_after,
)
from tests.feeds.fixtures import simple_rss
from tests.feeds.server import FeedServer, Request


def fetch(url: str, policy: FetchPolicy, validators: Validators | None = None) -> FetchResult:
    async def run() -> FetchResult:
        async with Fetcher(policy) as fetcher:
            return await fetcher.fetch(url, validators)
    return asyncio.run(run())


def fetch_error(url: str, policy: FetchPolicy) -> FetchError:
    with pytest.raises(FetchError) as caught:
        fetch(url, policy)
    return caught.value


def test_etag_is_sent_back_and_a_304_keeps_it(server: FeedServer, policy: FetchPolicy) -> None:
    server.serve("/feed", simple_rss(), etag='"v1"')
    first = fetch(server.url("/feed"), policy)
    assert first.status == 200 and first.validators.etag == '"v1"' and b"Story 0" in first.body
    second = fetch(server.url("/feed"), policy, first.validators)
    assert second.not_modified and second.body == b""
    assert second.validators.etag == '"v1"'
    assert server.requests_to("/feed")[1].headers["if-none-match"] == '"v1"'


def test_last_modified_is_sent_back(server: FeedServer, policy: FetchPolicy) -> None:
    stamp = "Tue, 01 Dec 2026 06:00:00 GMT"
    server.serve("/feed", simple_rss(), last_modified=stamp)
    first = fetch(server.url("/feed"), policy)
    assert first.validators.last_modified == stamp and first.validators.etag is None
    second = fetch(server.url("/feed"), policy, first.validators)
    assert second.not_modified
    # The 304 did not repeat Last-Modified: the one we had is kept for next time.
    assert second.validators.last_modified == stamp
    assert server.requests_to("/feed")[1].headers["if-modified-since"] == stamp


def test_gzip_is_asked_for_and_inflated(server: FeedServer, policy: FetchPolicy) -> None:
    server.serve("/feed", simple_rss(), gzip_body=True)
    result = fetch(server.url("/feed"), policy)
    assert result.body == simple_rss()
    headers = server.requests_to("/feed")[0].headers
    assert "gzip" in headers["accept-encoding"] and "deflate" in headers["accept-encoding"]
    assert headers["user-agent"] == USER_AGENT and USER_AGENT.startswith("reader/")


@pytest.mark.parametrize("wrapped", [True, False], ids=["zlib", "raw"])
def test_deflate_both_ways_servers_send_it(server: FeedServer, policy: FetchPolicy,
                                           wrapped: bool) -> None:
    body = simple_rss()
    if wrapped:
        payload = zlib.compress(body)
    else:
        squeezer = zlib.compressobj(wbits=-15)
        payload = squeezer.compress(body) + squeezer.flush()
    server.routes["/feed"] = lambda request: request.reply(
        200, payload, "application/rss+xml", {"Content-Encoding": "deflate"})
    assert fetch(server.url("/feed"), policy).body == body


def test_a_compression_bomb_stops_at_the_size_limit(server: FeedServer) -> None:
    bomb = gzip.compress(b"\0" * (8 * 1024 * 1024))  # 8 MB of zeros in about 8 KB
    server.routes["/feed"] = lambda request: request.reply(
        200, bomb, "application/rss+xml", {"Content-Encoding": "gzip"})
    policy = FetchPolicy(max_bytes=1024 * 1024, trust_env=False)
    assert "limit" in fetch_error(server.url("/feed"), policy).message


@pytest.mark.parametrize("status", [301, 308])
def test_a_permanent_redirect_moves_the_feed(server: FeedServer, policy: FetchPolicy,
                                             status: int) -> None:
    server.serve("/new", simple_rss())
    server.redirect("/old", status, "/new")
    result = fetch(server.url("/old"), policy)
    assert result.final_url == server.url("/new")
    assert result.permanent_url == server.url("/new")


@pytest.mark.parametrize("status", [302, 307])
def test_a_temporary_redirect_does_not(server: FeedServer, policy: FetchPolicy,
                                       status: int) -> None:
    server.serve("/new", simple_rss())
    server.redirect("/old", status, server.url("/new"))
    result = fetch(server.url("/old"), policy)
    assert result.final_url == server.url("/new")
    assert result.permanent_url == server.url("/old")


def test_permanent_hops_count_only_until_a_temporary_one(server: FeedServer,
                                                          policy: FetchPolicy) -> None:
    server.redirect("/a", 301, "/b")
    server.redirect("/b", 302, "/c")
    server.redirect("/c", 301, "/d")
    server.serve("/d", simple_rss())
    result = fetch(server.url("/a"), policy)
    assert result.final_url == server.url("/d")
    assert result.permanent_url == server.url("/b")


def test_a_redirect_loop_is_an_error(server: FeedServer, policy: FetchPolicy) -> None:
    server.redirect("/a", 302, "/b")
    server.redirect("/b", 302, "/a")
    assert "redirect loop" in fetch_error(server.url("/a"), policy).message


def test_at_most_five_redirects(server: FeedServer, policy: FetchPolicy) -> None:
    for hop in range(6):
        server.redirect(f"/{hop}", 302, f"/{hop + 1}")
    server.serve("/6", simple_rss())
    assert "more than 5 redirects" in fetch_error(server.url("/0"), policy).message
    # Five are fine.
    assert fetch(server.url("/1"), policy).final_url == server.url("/6")


@pytest.mark.parametrize("target", ["file:///etc/passwd", "ftp://127.0.0.1/feed",
                                    "javascript:alert(1)"])
def test_a_redirect_off_http_is_refused(server: FeedServer, policy: FetchPolicy,
                                        target: str) -> None:
    server.redirect("/a", 302, target)
    assert "not http(s)" in fetch_error(server.url("/a"), policy).message


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://example.test/feed", "feed.xml",
                                 "http://"])
def test_only_http_urls_are_fetched(policy: FetchPolicy, url: str) -> None:
    message = fetch_error(url, policy).message
    assert "http" in message


def test_a_drip_is_cut_off_at_the_deadline(server: FeedServer) -> None:
    # One byte a second: the read timeout (5 s) never fires, only the deadline can stop it.
    server.drip("/feed", seconds_per_byte=1.0, max_bytes=30)
    policy = FetchPolicy(read_timeout=5.0, deadline=1.5, trust_env=False)
    assert "1.5 s deadline" in fetch_error(server.url("/feed"), policy).message


def test_an_oversized_body_is_refused(server: FeedServer) -> None:
    policy = FetchPolicy(max_bytes=1000, trust_env=False)
    server.serve("/declared", b"x" * 5000)
    assert "limit" in fetch_error(server.url("/declared"), policy).message

    def undeclared(request: Request) -> None:  # no Content-Length: only the stream tells
        request.send_response(200)
        request.send_header("Content-Type", "application/rss+xml")
        request.send_header("Connection", "close")
        request.end_headers()
        request.wfile.write(b"y" * 5000)
        request.close_connection = True
    server.routes["/undeclared"] = undeclared
    assert "limit" in fetch_error(server.url("/undeclared"), policy).message


def test_a_connection_closed_early_is_a_truncation(server: FeedServer,
                                                   policy: FetchPolicy) -> None:
    def short(request: Request) -> None:
        request.send_response(200)
        request.send_header("Content-Type", "application/rss+xml")
        request.send_header("Content-Length", "1000")
        request.end_headers()
        request.wfile.write(simple_rss()[:300])
        request.close_connection = True
    server.routes["/feed"] = short
    assert "truncated" in fetch_error(server.url("/feed"), policy).message


@pytest.mark.parametrize(("status", "words"), [(403, "refused access"), (404, "not found"),
                                               (500, "server error"), (410, "gone")])
def test_error_statuses_have_messages(server: FeedServer, policy: FetchPolicy, status: int,
                                      words: str) -> None:
    server.status("/feed", status)
    error = fetch_error(server.url("/feed"), policy)
    assert words in error.message and error.status == status and error.retry_after is None


@pytest.mark.parametrize("status", [429, 503])
def test_retry_after_is_read(server: FeedServer, policy: FetchPolicy, status: int) -> None:
    server.status("/feed", status, headers={"Retry-After": "120"})
    error = fetch_error(server.url("/feed"), policy)
    assert error.retry_after == 120.0 and "wait 120 s" in error.message


def test_retry_after_forms() -> None:
    import datetime as dt

    now = dt.datetime(2026, 12, 1, 8, 0, tzinfo=dt.UTC)
    assert parse_retry_after("30", now) == 30.0
    assert parse_retry_after("Tue, 01 Dec 2026 08:10:00 GMT", now) == 600.0
    assert parse_retry_after("Tue, 01 Dec 2026 07:00:00 GMT", now) == 0.0  # already past
    assert parse_retry_after("99999999", now) == 24 * 3600.0  # capped
    assert parse_retry_after("soon", now) is None
    assert parse_retry_after(None, now) is None


def test_a_refused_connection_is_an_error(policy: FetchPolicy) -> None:
    from tests.feeds.server import running_server

    with running_server() as gone:
        url = gone.url("/feed")
    assert "could not connect" in fetch_error(url, policy).message


def test_the_caps_hold(policy: FetchPolicy) -> None:
    """20 feeds on 5 hosts, each held open until 8 are in flight: never more than 8 at
    once, never more than 2 on one host."""
    import threading
    from contextlib import ExitStack

    from tests.feeds.server import running_server

    lock = threading.Lock()
    full = threading.Event()
    counts = {"now": 0, "max": 0}

    def held(request: Request) -> None:
        with lock:
            counts["now"] += 1
            counts["max"] = max(counts["max"], counts["now"])
            if counts["now"] >= 8:
                full.set()
        # Bounded: a broken cap shows as max != 8, not as a hang; generous, because on a
        # loaded machine the eighth request can come seconds after the first.
        full.wait(20.0)
        with lock:
            counts["now"] -= 1
        request.reply(200, simple_rss(1), "application/rss+xml")

    with ExitStack() as stack:
        servers = [stack.enter_context(running_server()) for _ in range(5)]
        urls = []
        for host in servers:
            for n in range(4):
                host.routes[f"/feed{n}"] = held
                urls.append(host.url(f"/feed{n}"))

        async def run() -> list[FetchResult]:
            async with Fetcher(dataclasses.replace(policy, max_concurrent=8,
                                                   max_per_host=2)) as fetcher:
                return list(await asyncio.gather(*(fetcher.fetch(url) for url in urls)))

        results = asyncio.run(run())
        assert all(result.status == 200 for result in results)
        assert counts["max"] == 8
        assert max(host.max_in_flight for host in servers) == 2


@pytest.mark.parametrize(("url", "hint"), [
    ("example.org/feed.xml", "did you mean 'https://example.org/feed.xml'?"),
    ("localhost:8080/rss", "did you mean 'https://localhost:8080/rss'?"),
    ("notaurl", "not a web address"),
])
def test_a_url_without_a_scheme_is_said_plainly(url: str, hint: str) -> None:
    from reader.feeds.urls import FeedUrlError, check_url

    with pytest.raises(FeedUrlError) as refused:
        check_url(url)
    message = str(refused.value)
    assert hint in message and "no scheme" not in message
