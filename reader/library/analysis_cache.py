"""Analyses of articles, kept in memory and on disk, keyed by content hash.

Analysing an article takes milliseconds to tens of milliseconds; it should happen once
per text, not once per run. Entries are keyed by the content hash (an edited file is
analysed again, two copies of one text share an entry) and, on disk, by the analyser's
version, so a newer analyser never shows an older one's results.

On disk: `<cache folder>/analysis/v<ANALYSER_VERSION>/<hash[:2]>/<hash>.json`, in the
platform's cache folder (reader.paths.cache_dir). Safe to delete at any time; a file
that does not parse is ignored and written again. The disk layer is used only with
the real analyser (a test double's results are never stored).

Safe to use from worker threads: a lock guards the memory table, the analysis runs
outside it, and each file is written to a temporary name and renamed into place. Two
threads that ask for the same text at once (the reading pane and the search indexer,
both opening a large article) share one analysis: the second waits for the first.

A large text analysed by the app's analysis process (reader/analysis_process.py) has its
file read and written there, not here: parsing or writing the JSON of a 4 MB article's
analysis takes most of a second in C, with the interpreter lock held, which would stall
the UI thread for as long.
"""

from __future__ import annotations

import os
import threading
from collections import OrderedDict
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from reader.articles.model import Article

if TYPE_CHECKING:
    # Importing the analyser costs tens of milliseconds (lexicons, country tables); the
    # article list must not pay that before its first rows are shown.
    from reader.analysis import Analysis

DEFAULT_CAPACITY = 256
CACHE_SUBDIR = "analysis"


class _Pending:
    """An analysis one thread is computing; others wait on `done` for its outcome."""

    def __init__(self) -> None:
        self.done = threading.Event()
        self.waiters = 0  # threads waiting for it (counted under the cache's lock)
        self.analysis: Analysis | None = None
        self.error: BaseException | None = None


def read_analysis_file(path: Path, text: str) -> Analysis | None:
    """The analysis of `text` kept in `path`, or None (missing, damaged, another text's)."""
    import json  # here, not at the top: nothing before the first frame needs it

    from reader.analysis import Analysis

    try:
        doc = json.loads(path.read_bytes())
        analysis = Analysis.from_json(doc, text)
    except (OSError, ValueError, KeyError, TypeError):
        return None  # missing or not ours: analyse again (and rewrite it)
    text_length = len(text)
    spans = [s for e in analysis.entities for s in e.mentions]
    spans += [(q.start, q.end) for q in analysis.quotes]
    if any(not 0 <= s <= e <= text_length for s, e in spans):
        return None  # offsets outside the text: not this text's analysis
    return analysis


def write_analysis_file(path: Path, analysis: Analysis) -> None:
    """Keep `analysis` in `path` (without its text); a failure costs a re-analysis later."""
    import json
    doc = analysis.to_json()
    del doc["text"]  # the article has it; the cache keeps only what was found
    temp = path.with_name(f".{path.name}.{os.getpid()}.{threading.get_ident()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temp.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
        os.replace(temp, path)
    except OSError:
        temp.unlink(missing_ok=True)


class AnalysisCache:
    """A least-recently-used table of analyses keyed by `Article.content_hash`, backed
    by files in `folder` (None: memory only)."""

    def __init__(
        self,
        capacity: int = DEFAULT_CAPACITY,
        analyzer: Callable[[str], Analysis] | None = None,
        folder: Path | None = None,
    ) -> None:
        if capacity < 1:
            raise ValueError("capacity must be at least 1")
        self.capacity = capacity
        self._analyzer = analyzer
        self._folder = folder if analyzer is None else None
        self._entries: OrderedDict[str, Analysis] = OrderedDict()
        self._pending: dict[str, _Pending] = {}
        self._lock = threading.Lock()

    def get(self, article: Article) -> Analysis:
        """The analysis of `article`: remembered, else read from disk, else computed (or
        awaited, when another thread is computing it now)."""
        digest = article.content_hash
        with self._lock:
            analysis = self._entries.get(digest)
            if analysis is not None:
                self._entries.move_to_end(digest)
                return analysis
            pending = self._pending.get(digest)
            owner = pending is None
            if pending is None:
                pending = self._pending[digest] = _Pending()
            else:
                pending.waiters += 1
        if not owner:
            pending.done.wait()
            if pending.error is not None:
                raise pending.error
            assert pending.analysis is not None
            return pending.analysis
        try:
            analysis = self._compute(article)
            pending.analysis = analysis
        except BaseException as exc:
            pending.error = exc
            raise
        finally:
            with self._lock:
                if pending.analysis is not None:
                    self._entries[digest] = pending.analysis
                    self._entries.move_to_end(digest)
                    while len(self._entries) > self.capacity:
                        self._entries.popitem(last=False)
                del self._pending[digest]
            pending.done.set()
        return analysis

    def _compute(self, article: Article) -> Analysis:
        if self._analyzer is None:
            # The default analyser is imported on first use (in the analysis worker
            # thread). A large text goes to a child process, which reads and writes the
            # cache file itself.
            from reader.analysis_process import analyze

            if analyze.uses_process(article.text):
                # Where the body is: the child lays out the reading pane's spans too.
                return analyze(article.text, cache_file=self.file_for(article),
                               body=(article.body_start, article.body_end))
        analysis = self._read(article)
        if analysis is None:
            analysis = self._analyze(article.text)
            self._write(article, analysis)
        return analysis

    def _analyze(self, text: str) -> Analysis:
        if self._analyzer is None:
            from reader.analysis_process import analyze

            return analyze(text)
        return self._analyzer(text)

    def file_for(self, article: Article) -> Path | None:
        """Where the analysis of `article` is kept on disk (None: no disk layer)."""
        if self._folder is None:
            return None
        from reader.analysis import ANALYSER_VERSION

        digest = article.content_hash
        return (self._folder / CACHE_SUBDIR / f"v{ANALYSER_VERSION}" / digest[:2]
                / f"{digest}.json")

    def _read(self, article: Article) -> Analysis | None:
        path = self.file_for(article)
        return None if path is None else read_analysis_file(path, article.text)

    def _write(self, article: Article, analysis: Analysis) -> None:
        path = self.file_for(article)
        if path is not None:
            write_analysis_file(path, analysis)

    def peek(self, article: Article) -> Analysis | None:
        """The remembered analysis of `article`, or None; never computes or reads disk."""
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
