"""SearchService: the cross-article index for the app, reached through Services.search.

Every call here blocks (SQLite, the analyser) and runs on a worker thread: the `index`
worker of the main screen is the only writer; searches and the entity screens' reads
take the index's lock between its batches, so they wait at most for one small batch.
The index is opened on first use, in the cache folder (memory only without one).
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from reader.library.index import (
    EntitySummary,
    IndexedArticle,
    IndexedQuote,
    SearchIndex,
    SetStates,
    open_index,
)
from reader.library.query_parser import Query

if TYPE_CHECKING:
    from reader.analysis import Analysis
    from reader.articles import Article
    from reader.library import ReadState
    from reader.library.saved_searches import SavedSearch

LOG = logging.getLogger("reader")

# After each article indexed, the worker sleeps this long: the analyser is pure Python,
# and without a pause the UI thread waits up to the interpreter's switch interval (5 ms)
# each time it needs the lock, several times per key press.
YIELD_SECONDS = 0.001


def _yield_to_the_ui() -> None:
    time.sleep(YIELD_SECONDS)


# Terms only the index can answer (the per-article filter knows titles, text and states).
INDEX_FIELDS = frozenset({"person", "said-by", "country", "org", "feed", "tag"})


def needs_index(query: Query) -> bool:
    return any(t.field in INDEX_FIELDS for t in query.terms())


@dataclass(frozen=True, slots=True)
class EntityPage:
    """What a person's (country's, organisation's) page shows."""

    summary: EntitySummary
    quotes: list[IndexedQuote]  # said by them (a country: said in its articles), newest first
    articles: list[IndexedArticle]
    people: list[tuple[str, str, int]]  # (id, name, shared articles)
    countries: list[tuple[str, str, int]]
    organizations: list[tuple[str, str, int]]
    local_ids: set[str]  # the ids notes on them may carry


class SearchService:
    """The index of the app's library."""

    def __init__(self, cache_dir: Path | None, data_dir: Path,
                 analyse: Callable[[Article], Analysis]) -> None:
        self.cache_dir = cache_dir
        self.data_dir = data_dir  # whose library: each data folder has its own index
        self._analyse = analyse
        self._index: SearchIndex | None = None
        self._open_lock = threading.Lock()
        self.indexed = 0  # articles of the last run done so far
        self.to_index = 0
        self.finished = False  # one full run is over: every article is searchable
        self.failures = 0  # articles left out because their analysis failed

    @property
    def index(self) -> SearchIndex:
        with self._open_lock:
            if self._index is None:
                from reader.analysis import ANALYSER_VERSION

                if self.cache_dir is None:
                    self._index = SearchIndex(analyser_version=ANALYSER_VERSION)
                else:
                    self._index = open_index(self.cache_dir, self.data_dir, ANALYSER_VERSION)
            return self._index

    def index_articles(self, articles: Sequence[Article],
                       progress: Callable[[int, int], None] | None = None,
                       cancelled: Callable[[], bool] | None = None, *,
                       all_feed_items: bool = False) -> int:
        """Bring the index up to date with `articles` (worker thread); how many were indexed.

        With `all_feed_items` (the library is the feeds' stored items, every one of them),
        feed items indexed earlier and no longer among them (their feed unsubscribed, or
        dropped as too old) leave the index."""
        def report(done: int, total: int) -> None:
            self.indexed, self.to_index = done, total
            if progress is not None:
                progress(done, total)

        index = self.index
        index.prune_missing_files()
        if all_feed_items:
            index.prune_feed_items(a.id for a in articles if a.feed is not None)
        def failed(article: Article, error: Exception) -> None:
            # One article the analyser cannot read is left out of the index, not the rest;
            # the reading pane reports it when that article is opened.
            self.failures += 1
            LOG.warning("not indexed: %s (%s)", article.id, error, exc_info=error)

        done = index.sync(articles, self._analyse, progress=report, cancelled=cancelled,
                          between=_yield_to_the_ui, on_error=failed)
        if cancelled is None or not cancelled():
            self.finished = True
        return done

    def search_ids(self, query: Query, states: SetStates) -> set[str]:
        return self.index.search_ids(query, states)

    def entities(self, kind: str) -> list[EntitySummary]:
        return self.index.entities(kind)

    def page(self, entity_id: str) -> EntityPage | None:
        """Everything an entity's page shows, or None when the index does not know it."""
        index = self.index
        summary = index.entity(entity_id)
        if summary is None:
            return None
        articles = index.articles_naming(entity_id)
        if summary.kind == "country":
            quotes = index.quotes(article_ids=[a.id for a in articles])
            quotes = [q for q in quotes if q.speaker_id is not None]
        else:
            quotes = index.quotes(speaker_ids=[entity_id])
        return EntityPage(
            summary=summary, quotes=quotes, articles=articles,
            people=index.co_occurring(entity_id, "person"),
            countries=index.co_occurring(entity_id, "country"),
            organizations=index.co_occurring(entity_id, "organization"),
            local_ids=index.local_ids(entity_id))

    def close(self) -> None:
        with self._open_lock:
            if self._index is not None:
                self._index.close()
                self._index = None


# Saved searches live in the library database: these run on the store thread.

def load_saved_searches(read_state: ReadState | None) -> list[SavedSearch]:
    from reader.library.saved_searches import SavedSearches

    if read_state is None:
        return []
    return SavedSearches(read_state.database, read_only=read_state.read_only).all()


def store_saved_search(read_state: ReadState | None, name: str, query: str) -> bool:
    """Save the search; False when nothing can be written (read-only, no database)."""
    from reader.library.saved_searches import SavedSearches

    if read_state is None or read_state.read_only:
        return False
    SavedSearches(read_state.database).save(name, query)
    return True


def remove_saved_search(read_state: ReadState | None, name: str) -> bool:
    from reader.library.saved_searches import SavedSearches

    if read_state is None or read_state.read_only:
        return False
    return SavedSearches(read_state.database).delete(name)
