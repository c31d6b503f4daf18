"""Start-up with 10,000 articles against a bare Textual app, both started the same way.

Run: pytest tests/benchmarks/bench_startup.py -s

Each app runs in a fresh Python process (imports included) under Textual's headless
test driver at 160x50. Measured in that process:
- "list shown": from process start until the first screen update that holds the article
  list's rows goes to the terminal driver (the bare app: its first screen update);
- "all rows": the first update holding all 10,000 rows (reader only, for information);
- peak memory: the process's maximum resident set size, read when all rows are in.
Medians of REPEATS runs; the ratios reader / bare are printed. No assertion on time.
Goal (issue 4): list shown ≤ 1.5x the bare app, peak memory ≤ 2x.
"""

from __future__ import annotations

import json
import os
import random
import statistics
import subprocess
import sys
from pathlib import Path

N_ARTICLES = 10_000
REPEATS = 5

VOCABULARY = (
    "the minister said talks would resume on Monday after a week of protests in the capital "
    "where officials met envoys from several countries to discuss trade and security"
)
WORDS = VOCABULARY.split(" ")
NAMES = ["Anna Berg", "Tomas Reyes", "Li Wei", "Amara Okafor", "John Smith"]
PLACES = ["France", "Japan", "Kenya", "Brazil", "Norway", "South Korea"]


def make_corpus(folder: Path, count: int = N_ARTICLES) -> None:
    """`count` news-like articles (~1.5 KB each) in 20 subfolders."""
    rng = random.Random(11)
    for n in range(count):
        title = " ".join(rng.choice(WORDS) for _ in range(9)).capitalize()
        name, place = rng.choice(NAMES), rng.choice(PLACES)
        paragraphs = [
            f"{name} of {place} " + " ".join(rng.choice(WORDS) for _ in range(50)) + "."
            for _ in range(4)
        ]
        quote = f'"{" ".join(rng.choice(WORDS) for _ in range(14))}," {name} said.'
        sub = folder / f"{n % 20:02d}"
        sub.mkdir(parents=True, exist_ok=True)
        body = "\n".join([*paragraphs[:2], quote, *paragraphs[2:]])
        (sub / f"{n:05d}.txt").write_text(f"{title}\n{body} (Yonhap)\n", encoding="utf-8")


# The child: the same harness for both apps; only the app and the "shown" test differ.
CHILD = r'''
import time
STARTED = time.perf_counter()
import asyncio, json, resource, sys

kind, corpus, data_dir = sys.argv[1], sys.argv[2], sys.argv[3]

def peak_rss_mib():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux

if kind == "bare":
    from textual.app import App
    from textual.widgets import Footer, Header, Static

    class Bare(App):
        def compose(self):
            yield Header()
            yield Static("Hello")
            yield Footer()

    app = Bare()
    def shown(app): return bool(app.screen.query(Static))
    def complete(app): return True
else:
    from reader.app import make_app
    from reader.ui.widgets.article_list import ArticleList
    app = make_app([corpus], data_dir)
    def rows(app):
        found = app.screen.query(ArticleList)
        return found.first().option_count if found else 0
    def shown(app): return rows(app) > 0
    def complete(app): return rows(app) >= int(sys.argv[4])

# The moment a screen update (the compositor's render) goes to the driver with the list's
# rows in it: what a person would see first.
marks = {}
_display = app._display
def display(screen, renderable):
    if renderable is not None:
        now = time.perf_counter() - STARTED
        if "shown" not in marks and shown(app):
            marks["shown"] = now
        if "all" not in marks and complete(app):
            marks["all"] = now
            marks["rss_mib"] = peak_rss_mib()
    _display(screen, renderable)
app._display = display

async def main():
    async with app.run_test(size=(160, 50)) as pilot:
        while "all" not in marks:
            await asyncio.sleep(0.005)
        print(json.dumps(marks))

asyncio.run(main())
'''


def child_env() -> dict[str, str]:
    """The environment of each run, with bytecode caching on as on a user's machine.

    Some shells (CI, sandboxes) set PYTHONDONTWRITEBYTECODE; then the warm-up run writes
    no .pyc files and every measured reader run compiles the editable checkout's modules
    again, while Textual's were compiled at install. Both apps get the same rule here.
    """
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def run_child(kind: str, corpus: Path, data_dir: Path) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, "-c", CHILD, kind, str(corpus), str(data_dir), str(N_ARTICLES)],
        check=True, capture_output=True, text=True, timeout=300, env=child_env(),
    ).stdout
    result: dict[str, float] = json.loads(out.strip().splitlines()[-1])
    return result


def test_startup_against_a_bare_textual_app(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    make_corpus(corpus)
    runs: dict[str, list[dict[str, float]]] = {"bare": [], "reader": []}
    run_child("bare", corpus, tmp_path / "warm")  # warm the file cache and .pyc files
    run_child("reader", corpus, tmp_path / "warm")
    for n in range(REPEATS):
        for kind in ("bare", "reader"):
            runs[kind].append(run_child(kind, corpus, tmp_path / f"data-{kind}-{n}"))

    def median(kind: str, key: str) -> float:
        return statistics.median(r[key] for r in runs[kind])

    bare_shown, reader_shown = median("bare", "shown"), median("reader", "shown")
    bare_rss, reader_rss = median("bare", "rss_mib"), median("reader", "rss_mib")
    reader_all = median("reader", "all")
    print()
    print(f"{N_ARTICLES} articles, medians of {REPEATS} runs (fresh process each, 160x50)")
    print(f"  bare Textual app   first screen {bare_shown:6.3f} s   peak RSS {bare_rss:6.1f} MiB")
    print(f"  reader             list shown   {reader_shown:6.3f} s   "
          f"peak RSS {reader_rss:6.1f} MiB   all rows in {reader_all:.3f} s")
    print(f"  ratio time (list shown)  {reader_shown / bare_shown:.2f}x   (goal <= 1.5x)")
    print(f"  ratio time (all rows)    {reader_all / bare_shown:.2f}x   (for information)")
    print(f"  ratio peak memory        {reader_rss / bare_rss:.2f}x   (goal <= 2x)")
    assert all(r["shown"] > 0 for rs in runs.values() for r in rs)
