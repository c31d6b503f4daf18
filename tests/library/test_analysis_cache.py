"""The analysis cache: computes once per content hash, forgets the least recently used."""

from __future__ import annotations

import threading

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
