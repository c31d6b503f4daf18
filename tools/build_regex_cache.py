"""Write reader/regex_cache.marshal: the compiled form of every pattern the analyser and
the article reader compile through `reader.regex_cache.compiled` (see that module); and
reader/analysis/lexicon_cache.marshal, the phrase tables of reader/analysis/lexicon.py
as built from their sources (see that module).

Run it with the Python the package runs on, after changing any such pattern or the
country table, the known bodies or the collective nouns:

    python tools/build_regex_cache.py

(On a merge conflict in the file, take either side and run the tool again.)

It imports the modules that compile patterns, analyses the bundled seed articles (for
any pattern compiled on first use) and writes the file; it prints how many patterns it
holds and how many of those the file held before, and fails naming any pattern that
processes with other string hash seeds build differently (no entry could fit those).
"""

from __future__ import annotations

import marshal
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> int:
    from reader import regex_cache

    before = regex_cache.load()
    import reader.analysis.entities
    import reader.analysis.quotes
    import reader.commands.analyze  # noqa: F401  (the article reader's patterns)
    from reader.analysis import analyze

    for path in sorted((ROOT / "seeds").glob("*")):
        if path.suffix in (".txt", ".md"):
            analyze(path.read_text(encoding="utf-8"))
    table = {key: regex_cache.compile_arguments(*key) for key in regex_cache.asked}
    # Version 2 of the format: without its references to repeated objects, which
    # depend on reference counts, the same table gives the same bytes every time.
    Path(regex_cache.CACHE_FILE).write_bytes(marshal.dumps((regex_cache.VERSION, table), 2))
    kept = sum(1 for key in table if before.get(key) == table[key])
    print(f"{len(table)} patterns written to {regex_cache.CACHE_FILE} "
          f"({kept} unchanged, {len(table) - kept} new or changed)")
    from reader.analysis import lexicon

    phrases = lexicon.write_cache()
    print(f"{phrases} phrases written to {lexicon.CACHE_FILE}")
    unstable = _missed_under_other_hash_seeds()
    for pattern in unstable:
        print(f"not the same in every process (built in a set's order? see "
              f"regex_cache.alternation): {pattern[:70]!r}")
    return 1 if unstable else 0


_LIST_MISSES = """
import reader.analysis.entities, reader.analysis.quotes, reader.commands.analyze
from reader import regex_cache
held = regex_cache.load()
for key in regex_cache.asked:
    if key not in held:
        print(repr(key[0]))
"""


def _missed_under_other_hash_seeds() -> list[str]:
    """Patterns that processes with other string hash seeds make differently."""
    missed: list[str] = []
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(ROOT)}
        done = subprocess.run([sys.executable, "-c", _LIST_MISSES], env=env, check=True,
                              capture_output=True, text=True)
        missed += [line for line in done.stdout.splitlines() if line not in missed]
    return missed


if __name__ == "__main__":
    sys.exit(main())
