"""The analysis cache: computes once per content hash, forgets the least recently used."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest

from reader.analysis import Analysis
from reader.articles import article_from_text
from reader.library import AnalysisCache


class CountingAnalyzer:
    def __init__(self) -> None:
        self.calls: list[str] = []
        self.lock = threading.Lock()

    def __call__(self, text: str) -> Analysis:
        with self.lock:
            self.calls.append(text)
        return Analysis(text=text)


def test_analysis_is_computed_once_per_content() -> None:
    analyzer = CountingAnalyzer()
    cache = AnalysisCache(capacity=4, analyzer=analyzer)
    first = article_from_text("One\nbody")
    same_text = article_from_text("One\nbody")
    assert cache.peek(first) is None
    result = cache.get(first)
    assert result.text == first.text
    assert cache.get(same_text) is result
    assert analyzer.calls == [first.text]
    assert first in cache and len(cache) == 1


def test_least_recently_used_is_evicted() -> None:
    analyzer = CountingAnalyzer()
    cache = AnalysisCache(capacity=2, analyzer=analyzer)
    a, b, c = (article_from_text(f"{n}\nbody") for n in "abc")
    cache.get(a)
    cache.get(b)
    cache.get(a)  # a is now the most recent
    cache.get(c)  # evicts b
    assert a in cache and c in cache and b not in cache
    cache.get(b)
    assert len(analyzer.calls) == 4


def test_default_analyzer_is_the_real_one(seed_path: object) -> None:
    article = article_from_text("Someone said \"hello\" today.\nMore.")
    assert AnalysisCache().get(article).text == article.text


def test_capacity_must_be_positive() -> None:
    with pytest.raises(ValueError):
        AnalysisCache(capacity=0)


def test_threads_share_the_cache() -> None:
    cache = AnalysisCache(capacity=8, analyzer=CountingAnalyzer())
    articles = [article_from_text(f"{n}\nbody") for n in range(8)]
    threads = [threading.Thread(target=lambda: [cache.get(a) for a in articles])
               for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(cache) == 8
    assert all(cache.peek(a) is not None for a in articles)


def test_analyses_are_kept_on_disk_by_hash_and_analyser_version(tmp_path: Path,
                                                                seed_path: Path) -> None:
    from reader.analysis import ANALYSER_VERSION
    from reader.articles import load_article

    article = load_article(seed_path)
    first = AnalysisCache(folder=tmp_path)
    analysis = first.get(article)
    path = first.file_for(article)
    assert path is not None and path.is_file()
    assert f"v{ANALYSER_VERSION}" in path.parts and path.stem == article.content_hash
    # A new cache (a new run) reads it back instead of analysing.
    second = AnalysisCache(folder=tmp_path)
    assert second._read(article) == analysis
    assert second.get(article) == analysis


def test_a_damaged_cache_file_is_analysed_again(tmp_path: Path, seed_path: Path) -> None:
    from reader.articles import load_article

    article = load_article(seed_path)
    cache = AnalysisCache(folder=tmp_path)
    expected = cache.get(article)
    path = cache.file_for(article)
    assert path is not None
    for damage in (b"{not json", b'{"entities": [], "quotes": [{"start": -5}]}',
                   b'{"entities": [{"id": "x", "kind": "person", "name": "X", '
                   b'"mentions": [[0, 99999999]]}], "quotes": []}'):
        path.write_bytes(damage)
        fresh = AnalysisCache(folder=tmp_path)
        assert fresh.get(article) == expected
        assert AnalysisCache(folder=tmp_path)._read(article) == expected  # rewritten


def test_a_test_double_is_never_written_to_disk(tmp_path: Path) -> None:
    cache = AnalysisCache(analyzer=CountingAnalyzer(), folder=tmp_path)
    cache.get(article_from_text("One\nbody"))
    assert cache.file_for(article_from_text("One\nbody")) is None
    assert not any(tmp_path.iterdir())


class GatedAnalyzer(CountingAnalyzer):
    """Holds every analysis until `release` is set, so two threads ask at once."""

    def __init__(self, error: Exception | None = None) -> None:
        super().__init__()
        self.started = threading.Event()
        self.release = threading.Event()
        self.error = error

    def __call__(self, text: str) -> Analysis:
        result = super().__call__(text)
        self.started.set()
        assert self.release.wait(timeout=30)
        if self.error is not None:
            raise self.error
        return result


def _get_in_threads(cache: AnalysisCache, analyzer: GatedAnalyzer,
                    count: int) -> list[Analysis | BaseException]:
    article = article_from_text("Shared\nbody")
    results: list[Analysis | BaseException] = []

    def get() -> None:
        try:
            results.append(cache.get(article))
        except Exception as exc:
            results.append(exc)

    threads = [threading.Thread(target=get) for _ in range(count)]
    threads[0].start()
    assert analyzer.started.wait(timeout=30)
    for thread in threads[1:]:
        thread.start()
    # Only once the others wait on the first one's analysis is it let finish.
    pending = cache._pending[article.content_hash]
    deadline = time.monotonic() + 30
    while pending.waiters < count - 1 and time.monotonic() < deadline:
        time.sleep(0.001)
    assert pending.waiters == count - 1
    analyzer.release.set()
    for thread in threads:
        thread.join(timeout=30)
    return results


def test_threads_asking_for_one_text_at_once_share_one_analysis() -> None:
    analyzer = GatedAnalyzer()
    cache = AnalysisCache(analyzer=analyzer)
    results = _get_in_threads(cache, analyzer, 4)
    assert len(results) == 4 and len(analyzer.calls) == 1
    assert all(result is results[0] for result in results)
    assert len(cache) == 1


def test_a_failed_analysis_fails_for_every_waiting_thread_and_is_not_kept() -> None:
    analyzer = GatedAnalyzer(error=RuntimeError("the analyser broke"))
    cache = AnalysisCache(analyzer=analyzer)
    results = _get_in_threads(cache, analyzer, 3)
    assert len(results) == 3 and len(analyzer.calls) == 1
    assert all(isinstance(r, RuntimeError) and "broke" in str(r) for r in results)
    assert len(cache) == 0
    analyzer.error = None
    assert cache.get(article_from_text("Shared\nbody")).text  # a later call tries again
    assert len(analyzer.calls) == 2
