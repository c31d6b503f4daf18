"""How long listing a folder of 10,000 articles takes: discover + load (metadata) of each.

Run: pytest tests/benchmarks/test_article_loading.py -s

Prints the time of `load_articles` against a reference measured in the same run: the
bare minimum any loader must do (walk the folder, read each file's bytes, decode UTF-8).
No assertion on time: the figures are for the README.
"""

from __future__ import annotations

import os
import random
import time
from pathlib import Path

from reader.articles import load_articles

N_FILES = 10_000
VOCABULARY = (
    "the minister said talks would resume on Monday after a week of protests in the capital "
    "where officials met envoys from several countries to discuss trade and security"
)
WORDS = VOCABULARY.split()


def _make_corpus(folder: Path, count: int) -> None:
    rng = random.Random(7)
    for n in range(count):
        title = " ".join(rng.choice(WORDS) for _ in range(8)).capitalize()
        paragraphs = [
            " ".join(rng.choice(WORDS) for _ in range(60)).capitalize() + "."
            for _ in range(4)
        ]
        quote = f'"{" ".join(rng.choice(WORDS) for _ in range(12))}," he said.'
        credit = rng.choice(["(Yonhap)", "(AP)", ""])
        sub = folder / f"{n % 20:02d}"
        sub.mkdir(exist_ok=True)
        text = f"{title}\nLONDON 2026-11-{n % 28 + 1:02d}\n" + "\n".join(paragraphs)
        (sub / f"{n:05d}.txt").write_text(f"{text}\n{quote} {credit}\n", encoding="utf-8")


def _read_all_bytes(folder: Path) -> int:
    total = 0
    for root, _dirs, files in os.walk(folder):
        for name in files:
            total += len(Path(root, name).read_bytes().decode("utf-8"))
    return total


def _best_of(runs: int, func: object) -> float:
    assert callable(func)
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        func()
        best = min(best, time.perf_counter() - start)
    return best


def test_loading_ten_thousand_articles(tmp_path: Path) -> None:
    _make_corpus(tmp_path, N_FILES)
    _read_all_bytes(tmp_path)  # warm the page cache so both runs read from memory
    reference = _best_of(3, lambda: _read_all_bytes(tmp_path))
    loaded = _best_of(3, lambda: load_articles([tmp_path]))
    articles, errors = load_articles([tmp_path])
    assert len(articles) == N_FILES and not errors
    print(
        f"\n{N_FILES} articles: load_articles {loaded:.3f} s "
        f"({loaded / N_FILES * 1e6:.0f} us/file); reference walk+read+decode "
        f"{reference:.3f} s; ratio {loaded / reference:.1f}x"
    )
