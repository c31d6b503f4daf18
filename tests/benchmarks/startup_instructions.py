"""Instructions to the first titles: the start-up of bench_startup.py counted, not timed.

Run: python tests/benchmarks/startup_instructions.py [flat|nested]   (needs valgrind)

On a shared machine a start-up's time says as much about the other processes as about
ours; the number of instructions it executes does not. Each app runs under valgrind's
cachegrind on the benchmark's pseudo-terminal and ends itself (os._exit) at its first
terminal write that holds the first article's title (the bare app: its Static's text),
so the count covers the process from its first instruction to its first titles, threads
included. The loader and store threads wait for the first paint as in a normal run (the
wait is made longer, as valgrind's slowness would otherwise end it early). Prints the
counts and their ratio; a change of 1% is well above the noise (about 0.1%).
"""

from __future__ import annotations

import re
import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import bench_startup as bench  # the same corpus, terminal and bare app

FIRST_WRITE_EXITS = """
import os, re, sys
from textual.drivers import linux_driver
ESCAPES = re.compile(r"\\x1b\\[[0-9;?<=>$ ]*[@-~]|\\x1b\\][^\\x07\\x1b]*(?:\\x07|\\x1b\\\\)|\\x1b.")
write = linux_driver.LinuxDriver.write
def first_titles_exit(self, data):
    if {wanted!r} in ESCAPES.sub("", data):
        os._exit(0)
    return write(self, data)
linux_driver.LinuxDriver.write = first_titles_exit
"""

READER = FIRST_WRITE_EXITS + """
import reader.app
reader.app.FIRST_PAINT_WAIT_SECONDS = 1000.0
from reader.__main__ import main
sys.argv = ["reader", *sys.argv[1:]]
main()
"""


def instructions(argv: list[str], cache: Path) -> int:
    """Instructions cachegrind counted for `argv` on the benchmark's terminal."""
    bench.TIMEOUT = 300.0
    terminal = bench.Terminal(["valgrind", "--tool=cachegrind", "--cache-sim=no",
                               "--cachegrind-out-file=/dev/null", *argv],
                              bench._child_env(cache))
    try:
        terminal.wait_for("\x00 never shown")  # read everything until the process ends
        shown = ""
    except AssertionError as ended:  # what the terminal showed last: valgrind's summary
        shown = str(ended)
    finally:
        terminal.close()
    found = re.search(r"I\s+refs:\s+([\d,]+)", shown)
    if found is None:
        raise SystemExit("no instruction count: is valgrind installed?")
    return int(found.group(1).replace(",", ""))


def main() -> None:
    layout = sys.argv[1] if len(sys.argv) > 1 else "flat"
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        corpus = bench.make_corpus(root / "corpus", nested=layout == "nested")
        cache = root / "cache"
        bare = [sys.executable, "-c", FIRST_WRITE_EXITS.format(wanted=bench.BARE_TEXT)
                + bench.BARE_APP]
        reader = [sys.executable, "-c", READER.format(wanted=bench.FIRST_TITLE),
                  str(corpus), "--data-dir", str(root / "data")]
        instructions(bare, cache)  # warm: .pyc files, the file cache, the analysis cache
        instructions(reader, cache)
        shutil.rmtree(root / "data", ignore_errors=True)
        bare_count = instructions(bare, cache)
        reader_count = instructions(reader, cache)
    print(f"{bench.N_ARTICLES} articles, {layout} folder: instructions to the first titles")
    print(f"  bare Textual app  {bare_count / 1e6:8.1f} M")
    print(f"  reader            {reader_count / 1e6:8.1f} M  ({reader_count / bare_count:.3f}x)")


if __name__ == "__main__":
    main()
