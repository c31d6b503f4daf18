"""Setting up the bookmarks screen against a real store in the test's data folder."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reader.articles import Article
from reader.store import Store, open_store
from reader.ui.store_gateway import StoreGateway

RYDER_QUOTE = '"Clearly, North Korea and Russia have a relationship,"'


@dataclass
class Access:
    store: Store
    gateway: StoreGateway
    owned: bool  # opened by the test (the app had no store of its own)

    async def call(self, fn: Any, *args: Any, **kwargs: Any) -> Any:
        return await self.gateway.call(fn, *args, **kwargs)


@asynccontextmanager
async def store_access(app: Any, data_dir: Path) -> AsyncIterator[Access]:
    """The app's store and gateway when it has them, else ones the test opens and closes."""
    store = getattr(app, "store", None)
    gateway = getattr(app, "gateway", None)
    if isinstance(store, Store) and isinstance(gateway, StoreGateway):
        yield Access(store, gateway, owned=False)
        return
    gateway = StoreGateway()
    store = await gateway.call(open_store, data_dir)
    try:
        yield Access(store, gateway, owned=True)
    finally:
        gateway.close(final=store.close)


def quote_span(article: Article, quote: str) -> tuple[int, int]:
    start = article.text.index(quote)
    return start, start + len(quote)
