"""Store calls off the UI thread, one at a time.

The store and the library database assume a single caller thread (see
reader/store/__init__.py), so every call goes through one single-thread executor.
`call` is for async handlers that need the answer; `submit` queues a write without
waiting (closing waits for queued writes). Services owns the one gateway.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from functools import partial
from typing import ParamSpec, TypeVar

P = ParamSpec("P")
R = TypeVar("R")


class StoreGateway:
    """Runs callables on one worker thread, in the order they were given."""

    def __init__(self) -> None:
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="reader-store")
        self._closed = False

    def submit(self, fn: Callable[P, R], /, *args: P.args, **kwargs: P.kwargs) -> Future[R]:
        return self._executor.submit(partial(fn, *args, **kwargs))

    async def call(self, fn: Callable[P, R], /, *args: P.args, **kwargs: P.kwargs) -> R:
        return await asyncio.wrap_future(self.submit(fn, *args, **kwargs))

    def close(self, final: Callable[[], object] | None = None) -> None:
        """Run `final` (e.g. the store's close) after every queued call, then stop."""
        if self._closed:
            return
        self._closed = True
        if final is not None:
            self._executor.submit(final)
        self._executor.shutdown(wait=True)
