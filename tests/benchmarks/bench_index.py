"""The cross-article index on 10,000 generated articles: build time, peak memory, and
the time of a query in a warm process against a plain scan of the same articles.

    pytest tests/benchmarks/bench_index.py -s

- Build: a fresh process reads the articles, analyses each and indexes it
  (`SearchIndex.sync`, what the app's index worker does on an empty cache), against a
  fresh process that reads and analyses the same articles without indexing (the
  reference: the analyser's own cost). Wall time and peak RSS of both, and the ratios.
- Queries: in this process, the index open (warm, as in a `reader search` process
  after its first query), each query of the set parsed and answered 30 times; p50 and
  p95 against a plain scan of the same articles' text in memory for the same question.

The articles are invented by the generator below (made-up names and sentences).
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
import statistics
import subprocess
import sys
import time
from pathlib import Path

N_ARTICLES = 10_000
QUERY_REPEATS = 30

def _words(block: str) -> list[str]:
    return block.split()


GIVEN = _words("Anna Tomas Ilse Marek Noor Pavel Rosa Kenji Amara Lukas Sofia Omar Greta Ivan "
         "Lena Mateo Yara Felix Nadia Oskar Wanda Hugo Elin Dario")
SURNAMES = _words("Berg Reyes Okafor Lindqvist Moreau Haddad Novak Castell Brandt Varga Ferreira "
            "Kowal Dahl Sato Mensah Quist Rowe Talbot Ueda Voss Wren Yilmaz Zorn Abbot "
            "Brisk Colt Drake Eames Frost Gale Hollis Irving Jessop Keel Lark Marsh")
COUNTRIES = ["France", "Japan", "Kenya", "Brazil", "Norway", "South Korea", "North Korea",
             "Chile", "Egypt", "Canada", "Poland", "Vietnam"]
ROLES = ["Foreign Minister", "spokesperson", "Prime Minister", "Finance Minister",
         "union leader", "Mayor"]
WORDS = _words("the talks would resume on Monday after a week of protests in the capital where "
         "officials met envoys to discuss trade harbour grain ferries budget security "
         "and the plan was delayed again by rain")
CUES = ["said", "told reporters", "added"]


def _sentence(rng: random.Random, n: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(n))


def make_corpus(folder: Path, count: int = N_ARTICLES) -> None:
    """`count` invented articles of about 220 words: three people, two countries, two
    quotes, a source and a date each, in 20 subfolders."""
    rng = random.Random(7)
    start = dt.date(2026, 1, 1)
    for n in range(count):
        people = [f"{rng.choice(GIVEN)} {rng.choice(SURNAMES)}" for _ in range(3)]
        places = rng.sample(COUNTRIES, 2)
        role = rng.choice(ROLES)
        day = start + dt.timedelta(days=rng.randrange(150))
        lines = [
            "---", f"title: {_sentence(rng, 7).capitalize()}", f"date: {day.isoformat()}",
            f"source: {rng.choice(['Harbour Post', 'Valley News', 'Coast Daily'])}", "---",
            f"{role.capitalize()} {people[0]} met {people[1]} in {places[0]} on Monday. "
            + _sentence(rng, 40).capitalize() + ".",
            f'"{_sentence(rng, 12).capitalize()}," {people[0].split()[1]} '
            f"{rng.choice(CUES)}. " + _sentence(rng, 30).capitalize() + ".",
            f"Officials in {places[1]} and {people[2]} " + _sentence(rng, 40) + ".",
            f'"{_sentence(rng, 10).capitalize()}," said {people[1]}. '
            + _sentence(rng, 40).capitalize() + ".",
        ]
        sub = folder / f"{n % 20:02d}"
        sub.mkdir(parents=True, exist_ok=True)
        (sub / f"{n:05d}.md").write_text("\n".join(lines) + "\n", encoding="utf-8")


CHILD = r'''
import json, resource, sys, time
from pathlib import Path
started = time.perf_counter()
from reader.analysis import analyze
from reader.articles import load_articles
from reader.library.index import SearchIndex
articles, errors = load_articles([Path(sys.argv[2])])
loaded = time.perf_counter()
if sys.argv[1] == "index":
    index = SearchIndex(Path(sys.argv[3]))
    index.sync(articles, lambda a: analyze(a.text))
    count = len(index)
    index.close()
else:
    count = sum(1 for a in articles if analyze(a.text) is not None)
done = time.perf_counter()
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"seconds": done - started, "after_load": done - loaded,
                  "rss_mib": rss, "count": count}))
'''


def run_child(kind: str, corpus: Path, index_file: Path) -> dict[str, float]:
    proc = subprocess.run([sys.executable, "-c", CHILD, kind, str(corpus), str(index_file)],
                          capture_output=True, text=True, check=True)
    result: dict[str, float] = json.loads(proc.stdout.strip().splitlines()[-1])
    return result


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def test_index_build_and_queries(tmp_path: Path) -> None:
    from reader.articles import load_articles
    from reader.library.index import SearchIndex
    from reader.library.query_parser import Query, parse

    corpus = tmp_path / "corpus"
    make_corpus(corpus)
    index_file = tmp_path / "index.sqlite3"

    reference = run_child("analyse", corpus, index_file)
    built = run_child("index", corpus, index_file)
    assert built["count"] == N_ARTICLES
    print(f"\n{N_ARTICLES:,} articles, index file {index_file.stat().st_size / 2**20:.1f} MiB")
    print(f"read + analyse (reference): {reference['seconds']:.1f} s, "
          f"peak RSS {reference['rss_mib']:.0f} MiB")
    print(f"read + analyse + index:     {built['seconds']:.1f} s, "
          f"peak RSS {built['rss_mib']:.0f} MiB")
    print(f"ratios (index / reference): time {built['seconds'] / reference['seconds']:.2f}x, "
          f"memory {built['rss_mib'] / reference['rss_mib']:.2f}x")

    # Queries in a warm process against a plain scan of the same articles.
    articles, _errors = load_articles([corpus])
    index = SearchIndex(index_file)
    today = dt.date(2026, 6, 1)
    people = [f"{g} {s}" for g, s in zip(GIVEN, SURNAMES, strict=False)][:6]

    def said(name: str) -> re.Pattern[str]:
        surname = re.escape(name.split()[-1])
        full = re.escape(name)
        return re.compile(rf'"[^"]*,"\s+(?:{surname}|{full})\s+(?:said|told|added)|'
                          rf'said {full}')

    cases: list[tuple[str, object]] = []
    for name in people[:3]:
        cases.append((f'person:"{name}"', re.compile(re.escape(name))))
        cases.append((f'said-by:"{name}"', said(name)))
    cases += [
        ("country:KP", re.compile("North Korea")),
        ('"grain ferries"', re.compile("grain ferries", re.IGNORECASE)),
        ("harbour -budget", None),
        (f'person:{SURNAMES[1]} OR person:{SURNAMES[2]}',
         re.compile(rf"\b(?:{SURNAMES[1]}|{SURNAMES[2]})\b")),
        ("since:30d source:harbour", None),
    ]

    def scan(text: str, pattern: object) -> set[str]:
        if isinstance(pattern, re.Pattern):
            return {a.id for a in articles if pattern.search(a.text)}
        if text == "harbour -budget":
            return {a.id for a in articles
                    if "harbour" in a.text.casefold() and "budget" not in a.text.casefold()}
        since = today - dt.timedelta(days=30)
        return {a.id for a in articles if a.date and a.date >= since
                and a.source and "harbour" in a.source.casefold()}

    index_times: list[float] = []
    scan_times: list[float] = []
    print(f"{'query':42} {'hits':>6} {'index p95 ms':>13} {'scan p95 ms':>12}")
    for text, pattern in cases:
        per_index, per_scan = [], []
        hits = 0
        for _ in range(QUERY_REPEATS):
            t0 = time.perf_counter()
            query = parse(text, today=today)
            assert isinstance(query, Query)
            hits = len(index.search(query))
            per_index.append(time.perf_counter() - t0)
            t0 = time.perf_counter()
            scan(text, pattern)
            per_scan.append(time.perf_counter() - t0)
        index_times += per_index
        scan_times += per_scan
        print(f"{text:42} {hits:6} {percentile(per_index, 0.95) * 1000:13.1f} "
              f"{percentile(per_scan, 0.95) * 1000:12.1f}")
    p95_index, p95_scan = percentile(index_times, 0.95), percentile(scan_times, 0.95)
    print(f"all queries: index p50 {statistics.median(index_times) * 1000:.1f} ms, "
          f"p95 {p95_index * 1000:.1f} ms; plain scan p50 "
          f"{statistics.median(scan_times) * 1000:.1f} ms, p95 {p95_scan * 1000:.1f} ms; "
          f"scan / index at p95: {p95_scan / p95_index:.1f}x")
    index.close()
    assert index_times and scan_times
