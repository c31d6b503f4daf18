"""The analysis of recently read articles, kept by content hash.

Analysing an article takes milliseconds to tens of milliseconds; moving back and forth
between articles should not redo it. Entries are keyed by the content hash, so an
article whose file changed is analysed again, and two copies of one text share an
entry. Safe to use from a worker thread: a lock guards the table, and the analysis
itself runs outside the lock so one slow article does not block lookups.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable
from typing import TYPE_CHECKING

from reader.articles.model import Article

if TYPE_CHECKING:
    # Importing the analyser costs tens of milliseconds (lexicons, country tables); the
    # article list must not pay that before its first rows are shown.
    from reader.analysis import Analysis

DEFAULT_CAPACITY = 256


class AnalysisCache:
    """A least-recently-used table of analyses keyed by `Article.content_hash`."""

    def __init__(
        self,
        capacity: int = DEFAULT_CAPACITY,
        analyzer: Callable[[str], Analysis] | None = None,
    ) -> None:
        if capacity < 1:
            raise ValueError("capacity must be at least 1")
        self.capacity = capacity
        self._analyzer = analyzer
        self._entries: OrderedDict[str, Analysis] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, article: Article) -> Analysis:
        """The analysis of `article`, computed on first use and remembered."""
        cached = self.peek(article)
        if cached is not None:
            return cached
        analysis = self._analyze(article.text)
        with self._lock:
            self._entries[article.content_hash] = analysis
            self._entries.move_to_end(article.content_hash)
            while len(self._entries) > self.capacity:
                self._entries.popitem(last=False)
        return analysis

    def _analyze(self, text: str) -> Analysis:
        # The default analyser is imported on first use (in the analysis worker thread).
        if self._analyzer is None:
            from reader.analysis import analyze

            self._analyzer = analyze
        return self._analyzer(text)

    def peek(self, article: Article) -> Analysis | None:
        """The remembered analysis of `article`, or None; never computes."""
        with self._lock:
            analysis = self._entries.get(article.content_hash)
            if analysis is not None:
                self._entries.move_to_end(article.content_hash)
            return analysis

    def __contains__(self, article: object) -> bool:
        if not isinstance(article, Article):
            return False
        with self._lock:
            return article.content_hash in self._entries

    def __len__(self) -> int:
        with self._lock:
            return len(self._entries)

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()
