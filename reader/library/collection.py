"""The Library: every article the app has opened, from every source, in list order.

It owns the collection, its loading and refresh from the sources, the in-memory read
marks (persisted by ReadState through the UI's services) and the analysis cache.
Subscribers (the UI) are told about every change as a `LibraryChange`.

Threads: `read_batches` may block and runs on a worker thread; every method that
changes the library (`add`, `finish`, `mark_read`, ...) runs on one thread (the UI's),
and subscribers are called on that thread, synchronously.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from reader.articles.model import Article
from reader.articles.sources.base import BATCH_SIZE, FIRST_BATCH, Batch, LoadFailure, Source
from reader.library.analysis_cache import AnalysisCache

if TYPE_CHECKING:
    from reader.library.article_filter import ArticleFilter
    from reader.library.query import Query


@dataclass(frozen=True, slots=True)
class LibraryChange:
    """What one step of loading (or a read mark) changed, in list order."""

    added: list[Article] = field(default_factory=list)
    changed: list[Article] = field(default_factory=list)  # same id, new text
    removed: list[str] = field(default_factory=list)  # ids gone after a refresh
    failures: list[LoadFailure] = field(default_factory=list)
    read: frozenset[str] = frozenset()  # ids whose read mark changed
    starred: frozenset[str] = frozenset()  # ids whose star (any bookmark) changed
    finished: bool = False  # loading (or a refresh) has read every source

    def __bool__(self) -> bool:
        return bool(self.added or self.changed or self.removed or self.failures
                    or self.read or self.starred or self.finished)


Subscriber = Callable[[LibraryChange], None]


class Library:
    """Opened articles by id, in the order their sources gave them."""

    def __init__(self, sources: Sequence[Source], analyses: AnalysisCache | None = None) -> None:
        self.sources = list(sources)
        # `is None`, not `or`: an empty cache has no length, so it is falsy.
        self.analyses = analyses if analyses is not None else AnalysisCache()
        self.failures: list[LoadFailure] = []
        self.loading = True
        self._by_id: dict[str, Article] = {}
        self._order: list[str] = []
        self._read: set[str] = set()
        self._starred: set[str] = set()
        self._seen: set[str] | None = None  # ids met during a refresh
        self._subscribers: list[Subscriber] = []
        self._version = 0  # counts the changes: the filter keeps answers for one version
        self._filter: ArticleFilter | None = None  # made by the first filter (its imports)
        # The articles in order, for the filter, made once per version (not per key).
        self._in_order: tuple[int, tuple[Article, ...]] = (-1, ())

    # Subscriptions ---------------------------------------------------------------------

    def subscribe(self, subscriber: Subscriber) -> Callable[[], None]:
        """Call `subscriber` with every change from now on; returns the unsubscribe."""
        self._subscribers.append(subscriber)

        def unsubscribe() -> None:
            if subscriber in self._subscribers:
                self._subscribers.remove(subscriber)

        return unsubscribe

    def _publish(self, change: LibraryChange) -> LibraryChange:
        if change:
            self._version += 1
            if change.removed and self._filter is not None:
                self._filter.forget(change.removed)
            for subscriber in list(self._subscribers):
                subscriber(change)
        return change

    # Loading ---------------------------------------------------------------------------

    def read_batches(self, *, first: int = FIRST_BATCH,
                     size: int = BATCH_SIZE) -> Iterator[Batch]:
        """Every source's batches in turn (blocking: call it on a worker thread)."""
        for index, source in enumerate(self.sources):
            yield from source.batches(first=first if index == 0 else size, size=size)

    def add(self, batch: Batch) -> LibraryChange:
        """Take in a batch; tells the subscribers what was new or changed."""
        added: list[Article] = []
        changed: list[Article] = []
        for article in batch.articles:
            if self._seen is not None:
                if article.id in self._seen:
                    continue  # the same article from a second path or source
                self._seen.add(article.id)
            old = self._by_id.get(article.id)
            if old is None:
                self._by_id[article.id] = article
                self._order.append(article.id)
                added.append(article)
            elif self._seen is not None and old.content_hash != article.content_hash:
                self._by_id[article.id] = article
                changed.append(article)
        self.failures.extend(batch.failures)
        return self._publish(LibraryChange(added, changed, failures=list(batch.failures)))

    def replace(self, articles: Sequence[Article]) -> LibraryChange:
        """New versions of articles already here (same id, new text: a feed item's full
        text arrived); the others are ignored. Tells the subscribers (`changed`)."""
        changed = [a for a in articles if a.id in self._by_id]
        for article in changed:
            self._by_id[article.id] = article
        return self._publish(LibraryChange(changed=changed))

    def begin_refresh(self) -> None:
        """Start reading the sources again: `add` then updates changed articles, and
        `finish` removes those no source gave this time."""
        self._seen = set()
        self.failures = []
        self.loading = True

    def finish(self) -> LibraryChange:
        """Every source has been read."""
        removed: list[str] = []
        if self._seen is not None:
            removed = [i for i in self._order if i not in self._seen]
            for article_id in removed:
                del self._by_id[article_id]
            if removed:
                gone = set(removed)
                self._order = [i for i in self._order if i not in gone]
            self._seen = None
        self.loading = False
        return self._publish(LibraryChange(removed=removed, finished=True))

    # Read marks ------------------------------------------------------------------------

    def set_read_ids(self, article_ids: frozenset[str]) -> LibraryChange:
        """The read marks as saved (at start-up)."""
        changed = frozenset(self._read.symmetric_difference(article_ids))
        self._read = set(article_ids)
        return self._publish(LibraryChange(read=changed))

    def mark_read(self, article_id: str, read: bool = True) -> LibraryChange:
        if (article_id in self._read) == read:
            return LibraryChange()
        (self._read.add if read else self._read.discard)(article_id)
        return self._publish(LibraryChange(read=frozenset({article_id})))

    def is_read(self, article_id: str) -> bool:
        return article_id in self._read

    @property
    def read_ids(self) -> frozenset[str]:
        return frozenset(self._read)

    def set_starred_ids(self, article_ids: frozenset[str]) -> LibraryChange:
        """The articles with a bookmark (the list's star)."""
        changed = frozenset(self._starred.symmetric_difference(article_ids))
        self._starred = set(article_ids)
        return self._publish(LibraryChange(starred=changed))

    def mark_starred(self, article_id: str, starred: bool = True) -> LibraryChange:
        if (article_id in self._starred) == starred:
            return LibraryChange()
        (self._starred.add if starred else self._starred.discard)(article_id)
        return self._publish(LibraryChange(starred=frozenset({article_id})))

    @property
    def starred_ids(self) -> frozenset[str]:
        return frozenset(self._starred)

    # Reading the collection --------------------------------------------------------------

    def __len__(self) -> int:
        return len(self._order)

    def __contains__(self, article_id: object) -> bool:
        return article_id in self._by_id

    def get(self, article_id: str) -> Article | None:
        return self._by_id.get(article_id)

    def __iter__(self) -> Iterator[Article]:
        return (self._by_id[i] for i in self._order)

    def articles(self) -> list[Article]:
        return list(self)

    def first(self) -> Article | None:
        return self._by_id[self._order[0]] if self._order else None

    def filtered(self, query: Query | str, *,
                 noted: frozenset[str] = frozenset()) -> list[Article]:
        """The articles matching `query` (a Query, or text to parse), in list order.

        `is:` terms read the library's read and bookmark marks; `noted` are the articles
        with a note (the notes live in the store, which the caller reads)."""
        from reader.library.article_filter import ArticleFilter, States
        from reader.library.query import parse

        if isinstance(query, str):
            query = parse(query)
        if self._filter is None:
            self._filter = ArticleFilter()
        # Frozen copies: a worker thread may filter while the UI thread marks articles.
        states = States(frozenset(self._read), frozenset(self._starred), noted)
        version, in_order = self._in_order
        if version != self._version:
            in_order = tuple(self)
            self._in_order = (self._version, in_order)
        return self._filter.filter(in_order, query, states, self._version)
