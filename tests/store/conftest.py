"""Fixtures for the store tests: an open store in the test's own data folder."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from reader.store import Store, open_store

ARTICLE_TEXT = (
    "Allies agree on plan\n"
    "Defence officials met on Tuesday. \"We will hold the line,\" said Patrick Ryder, "
    "the Pentagon spokesman. Others disagreed. \"This is not enough,\" a diplomat said.\n"
)


@pytest.fixture
def store(data_dir: Path) -> Iterator[Store]:
    opened = open_store(data_dir)
    yield opened
    opened.close()
