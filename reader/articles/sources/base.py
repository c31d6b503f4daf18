"""The Source protocol: where articles come from (files today, feeds next).

A source yields its articles in batches, each with the failures met while reading it,
so the list can show the first titles while the rest are still being read, and one bad
file or feed is reported without stopping the others. Sources never raise for bad
input; they run on a worker thread and know nothing of the UI or the store.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol, runtime_checkable

from reader.articles.model import Article

# The first batch is read before the first paint: 30 two-line rows fill the list at
# 160x50, and reading them takes a few milliseconds. Later batches are bigger, so the
# UI thread is interrupted less often.
FIRST_BATCH = 30
BATCH_SIZE = 500


@dataclass(frozen=True, slots=True)
class LoadFailure:
    """Something a source could not turn into an article, with a message for the user.

    `location` is what the user knows it by (a path, a feed's URL); `path` is set for
    files."""

    location: str
    message: str
    path: Path | None = None


@dataclass(slots=True)
class Batch:
    """Some articles and failures of one source, in the source's order."""

    articles: list[Article] = field(default_factory=list)
    failures: list[LoadFailure] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.articles) + len(self.failures)


@runtime_checkable
class Source(Protocol):
    """Anything that yields articles in batches.

    `batches` may block (disk, network) and is called on a worker thread. Each call
    reads the source afresh (that is a refresh). Article ids must be stable across
    calls and runs: the library, read state and bookmarks key on them.
    """

    @property
    def name(self) -> str:
        """A short label for messages ("files", "feeds")."""
        ...

    def batches(self, *, first: int = FIRST_BATCH, size: int = BATCH_SIZE) -> Iterator[Batch]:
        """The articles, `first` in the first batch and then `size` per batch."""
        ...


def in_batches(items: Iterator[Article | LoadFailure], *, first: int = FIRST_BATCH,
               size: int = BATCH_SIZE) -> Iterator[Batch]:
    """Group a stream of articles and failures into a small first batch, then big ones."""
    batch = Batch()
    limit = first
    for item in items:
        if isinstance(item, LoadFailure):
            batch.failures.append(item)
        else:
            batch.articles.append(item)
        if len(batch) >= limit:
            yield batch
            batch = Batch()
            limit = size
    if len(batch):
        yield batch
