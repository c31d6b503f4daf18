"""The articles the app has opened, in list order, and the filter over them. No Textual.

Loading happens in a worker (see MainScreen); this only holds results so the list can
show titles, sources and dates while later files are still being read.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from reader.articles import ARTICLE_SUFFIXES, Article, ArticleError, discover, load_article

_WORD = re.compile(r"\w+")


def query_words(query: str) -> list[str]:
    """The words of a filter query, lower-cased."""
    return [w.casefold() for w in _WORD.findall(query)]


def matches(article: Article, words: list[str]) -> bool:
    """Every word of the query occurs in the title or the body (case-insensitive)."""
    if not words:
        return True
    haystack = f"{article.title}\n{article.text}".casefold()
    return all(w in haystack for w in words)


@dataclass(frozen=True, slots=True)
class LoadFailure:
    """A file that could not be opened, with the loader's message for the user."""

    path: Path
    message: str


@dataclass(slots=True)
class Batch:
    """Some articles (and failures) read by the loader, in discovery order."""

    articles: list[Article] = field(default_factory=list)
    failures: list[LoadFailure] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.articles) + len(self.failures)


def iter_article_paths(sources: Iterable[Path]) -> Iterator[Path]:
    """The article files under `sources`, found lazily so the first ones can be read before
    a big folder has been walked to its end.

    Same files as `discover` (.txt and .md, hidden files and folders skipped, symlinked
    folders not followed, each path once); within each folder, entries in name order.
    """
    seen: set[str] = set()
    for source in sources:
        if not source.is_dir():
            yield from discover([source])
            continue
        stack = [str(source)]
        while stack:
            folder = stack.pop()
            try:
                with os.scandir(folder) as scan:
                    entries = sorted(scan, key=lambda e: e.name)
            except OSError:
                continue
            subfolders: list[str] = []
            for entry in entries:
                if entry.name.startswith("."):
                    continue
                if entry.is_dir(follow_symlinks=False):
                    subfolders.append(entry.path)
                elif entry.name.lower().endswith(ARTICLE_SUFFIXES) and entry.path not in seen:
                    seen.add(entry.path)
                    yield Path(entry.path)
            stack.extend(reversed(subfolders))


def load_in_batches(sources: Iterable[Path], first: int = 30,
                    size: int = 500) -> Iterator[Batch]:
    """Read every article under `sources`, yielding a small first batch (so the list shows
    at once) and then bigger ones. Failures are reported, never raised.

    The first batch is read before the first paint: 30 two-line rows fill the list at
    160x50, and reading them takes a few milliseconds."""
    batch = Batch()
    limit = first
    for path in iter_article_paths(sources):
        try:
            batch.articles.append(load_article(path))
        except ArticleError as exc:
            batch.failures.append(LoadFailure(path, str(exc)))
        except (OSError, ValueError) as exc:  # a loader bug must not stop the others
            batch.failures.append(LoadFailure(path, f"{path}: cannot be opened ({exc})"))
        if len(batch) >= limit:
            yield batch
            batch = Batch()
            limit = size
    if len(batch):
        yield batch


class Library:
    """Opened articles by id, in the order they were found."""

    def __init__(self) -> None:
        self._by_id: dict[str, Article] = {}
        self._order: list[str] = []
        self.failures: list[LoadFailure] = []

    def add(self, batch: Batch) -> list[Article]:
        """Add a batch; returns the articles that were new (duplicates are skipped)."""
        added: list[Article] = []
        for article in batch.articles:
            if article.id in self._by_id:
                continue
            self._by_id[article.id] = article
            self._order.append(article.id)
            added.append(article)
        self.failures.extend(batch.failures)
        return added

    def __len__(self) -> int:
        return len(self._order)

    def __contains__(self, article_id: object) -> bool:
        return article_id in self._by_id

    def get(self, article_id: str) -> Article | None:
        return self._by_id.get(article_id)

    def __iter__(self) -> Iterator[Article]:
        return (self._by_id[i] for i in self._order)

    def first(self) -> Article | None:
        return self._by_id[self._order[0]] if self._order else None

    def filtered(self, query: str) -> list[Article]:
        words = query_words(query)
        return [a for a in self if matches(a, words)]
