"""Fixtures for the feed tests: a loopback server, a feeds database, a fast fetch policy."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

import tests.pilot_waits  # noqa: F401 (Pilot waits in finer steps)
from reader.feeds.fetch import FetchPolicy
from reader.feeds.storage import FeedStore
from reader.library.database import Database
from tests.feeds.server import FeedServer, running_server

# No proxies from the environment, so every request goes straight to 127.0.0.1. The
# limits are generous and bounded: no test here waits for one to fire (the test of the
# deadline sets its own), and on a machine loaded far beyond its cores a loopback
# connection took more than the 2 s these once were ("could not connect within 2 s").
TEST_POLICY = FetchPolicy(connect_timeout=30.0, read_timeout=30.0, deadline=60.0,
                          trust_env=False)


@pytest.fixture
def server() -> Iterator[FeedServer]:
    with running_server() as running:
        yield running
    assert running.errors == [], running.errors  # the server's own failures, if any


@pytest.fixture
def store(data_dir: Path) -> Iterator[FeedStore]:
    database = Database.open(data_dir)
    try:
        yield FeedStore(database)
    finally:
        database.close()


@pytest.fixture
def policy() -> FetchPolicy:
    return TEST_POLICY
