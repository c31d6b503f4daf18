"""Setting up the bookmarks screen against a real store in the test's data folder."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reader.app import ReaderApp
from reader.articles import Article
from reader.store import Store
from reader.ui.services import Services

RYDER_QUOTE = '"Clearly, North Korea and Russia have a relationship,"'


@dataclass
class Access:
    store: Store
    services: Services

    async def call(self, fn: Any, *args: Any, **kwargs: Any) -> Any:
        return await self.services.call(fn, *args, **kwargs)


@asynccontextmanager
async def store_access(app: ReaderApp, data_dir: Path) -> AsyncIterator[Access]:
    """The app's store and services, once the store is open in `data_dir`."""
    services = app.services
    await services.ready.wait()
    assert isinstance(services.store, Store) and services.data_dir == data_dir
    yield Access(services.store, services)


def quote_span(article: Article, quote: str) -> tuple[int, int]:
    start = article.text.index(quote)
    return start, start + len(quote)
