"""Start-up as a user sees it: reader on 10,000 articles against a bare Textual app, both
started the same way in a real pseudo-terminal, in the same run.

Run: pytest tests/benchmarks/bench_startup.py -s      (about two minutes)

Each app runs as its own process (`python -m reader FOLDER`, or a script with a bare
Textual app: Header, Static, Footer) on a pseudo-terminal of 160x50 that this harness
reads itself (no terminal emulator). Measured for each process:
- "first titles": from just before the process is started until the terminal has been
  sent a complete frame holding the first article's title (the bare app: its Static's
  text). A frame is complete at the end of its synchronized update (ESC [ ? 2026 l), the
  moment a terminal shows it;
- "all rows": until a frame shows the list's count of 10,000 rows (reader only);
- peak memory: the child's own VmHWM (/proc/PID/status), read at first titles and again
  once all rows are in (the bare app: at its first frame and after as long again idle).
Corpora: a flat folder of 10,000 files and a nested one (10 x 10 folders of 100). The
analysis cache is warm (a warm-up run analysed the first article), as on every start but
the first. Medians of REPEATS runs; ratios reader / bare are printed; no assertion on
time. Goal (issue 7): time <= 1.5x, memory <= 2x, at first titles and with all rows in.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import pty
import random
import re
import select
import signal
import statistics
import struct
import subprocess
import sys
import termios
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

N_ARTICLES = 10_000
REPEATS = 5
COLUMNS, LINES = 160, 50
TIMEOUT = 60.0
pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"),
                                reason="reads /proc/PID/status")

VOCABULARY = (
    "the minister said talks would resume on Monday after a week of protests in the capital "
    "where officials met envoys from several countries to discuss trade and security"
)
WORDS = VOCABULARY.split(" ")
NAMES = ["Anna Berg", "Tomas Reyes", "Li Wei", "Amara Okafor", "John Smith"]
PLACES = ["France", "Japan", "Kenya", "Brazil", "Norway", "South Korea"]
FIRST_TITLE = "Story 00000"  # the first article's title starts so, in both layouts
BARE_TEXT = "Bare Textual app ready"
END_OF_FRAME = b"\x1b[?2026l"
# Textual asks whether the terminal has synchronized output; a modern terminal says yes,
# and from then on every frame is bracketed (ESC [ ? 2026 h ... l).
SYNC_QUERY, SYNC_ANSWER = b"\x1b[?2026$p", b"\x1b[?2026;2$y"
_ESCAPES = re.compile(rb"\x1b\[[0-9;?<=>$ ]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b.")

BARE_APP = f'''
from textual.app import App
from textual.widgets import Footer, Header, Static

class Bare(App):
    def compose(self):
        yield Header()
        yield Static("{BARE_TEXT}")
        yield Footer()

Bare().run()
'''


def _article(rng: random.Random, n: int) -> str:
    title = f"Story {n:05d} " + " ".join(rng.choice(WORDS) for _ in range(6))
    name, place = rng.choice(NAMES), rng.choice(PLACES)
    paragraphs = [f"{name} of {place} " + " ".join(rng.choice(WORDS) for _ in range(50)) + "."
                  for _ in range(4)]
    quote = f'"{" ".join(rng.choice(WORDS) for _ in range(14))}," {name} said.'
    body = "\n".join([*paragraphs[:2], quote, *paragraphs[2:]])
    return f"{title}\n{body} (Yonhap)\n"


def make_corpus(folder: Path, *, nested: bool, count: int = N_ARTICLES) -> Path:
    """`count` news-like articles (~1.5 KB each): all in `folder`, or in 10 x 10 folders."""
    rng = random.Random(11)
    for n in range(count):
        sub = folder / f"{n // 1000:02d}" / f"{n // 100 % 10:02d}" if nested else folder
        sub.mkdir(parents=True, exist_ok=True)
        (sub / f"{n:05d}.txt").write_text(_article(rng, n), encoding="utf-8")
    return folder


@dataclass
class Run:
    first: float  # seconds until a complete frame shows the first titles
    first_hwm: float  # MiB, the child's peak resident memory then
    all_rows: float  # seconds until all rows are shown (bare: as long again idle)
    all_hwm: float  # MiB


def _peak_mib(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    raise AssertionError("no VmHWM")


def _child_env(cache: Path) -> dict[str, str]:
    env = dict(os.environ)
    # As on a user's machine: bytecode caching on (some shells turn it off, and then an
    # editable checkout is compiled again on every run while Textual's was compiled once).
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.update(TERM="xterm-256color", COLUMNS=str(COLUMNS), LINES=str(LINES),
               READER_CACHE_DIR=str(cache), TEXTUAL_ANIMATIONS="none")
    return env


class Terminal:
    """A child process on a pseudo-terminal, and what it has written so far."""

    def __init__(self, argv: list[str], env: dict[str, str]) -> None:
        master, slave = pty.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", LINES, COLUMNS, 0, 0))
        self.started = time.perf_counter()
        self.process = subprocess.Popen(argv, stdin=slave, stdout=slave, stderr=slave,
                                        env=env, start_new_session=True, close_fds=True)
        os.close(slave)
        self.master = master
        self.raw = bytearray()

    def wait_for(self, text: str) -> float:
        """Seconds from the start until a complete frame holding `text` was written."""
        wanted = text.encode()
        deadline = self.started + TIMEOUT
        searched = 0
        while time.perf_counter() < deadline:
            ready, _, _ = select.select([self.master], [], [], 0.05)
            if ready:
                try:
                    chunk = os.read(self.master, 1 << 16)
                except OSError:
                    break
                if not chunk:
                    break
                now = time.perf_counter()
                if SYNC_QUERY in chunk:
                    os.write(self.master, SYNC_ANSWER)
                self.raw += chunk
                end = self.raw.rfind(END_OF_FRAME)
                if end < 0 and b"\x1b[?2026h" not in self.raw:
                    end = len(self.raw)  # no synchronized output: each write is a frame
                if end > searched:
                    # Frames up to the last complete one, escape sequences removed.
                    shown = _ESCAPES.sub(b"", bytes(self.raw[searched:end]))
                    if wanted in shown:
                        return now - self.started
                    # Keep a margin: the text may straddle the boundary of two reads.
                    searched = max(0, end - len(wanted) * 8)
        tail = _ESCAPES.sub(b"", bytes(self.raw[-2000:])).decode(errors="replace")
        raise AssertionError(f"{text!r} never shown; the terminal's last text: {tail!r}")

    def peak_mib(self) -> float:
        return _peak_mib(self.process.pid)

    def close(self) -> None:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.process.pid, signal.SIGKILL)
        self.process.wait(timeout=10)
        os.close(self.master)


def run_bare(cache: Path) -> Run:
    terminal = Terminal([sys.executable, "-c", BARE_APP], _child_env(cache))
    try:
        first = terminal.wait_for(BARE_TEXT)
        first_hwm = terminal.peak_mib()
        time.sleep(first)  # idle as long again: what it holds once settled
        return Run(first, first_hwm, first, terminal.peak_mib())
    finally:
        terminal.close()


def run_reader(corpus: Path, data_dir: Path, cache: Path) -> Run:
    argv = [sys.executable, "-m", "reader", str(corpus), "--data-dir", str(data_dir)]
    terminal = Terminal(argv, _child_env(cache))
    try:
        first = terminal.wait_for(FIRST_TITLE)
        first_hwm = terminal.peak_mib()
        all_rows = terminal.wait_for(f"{N_ARTICLES}")  # the list's count, in its border
        return Run(first, first_hwm, all_rows, terminal.peak_mib())
    finally:
        terminal.close()


def _median(runs: list[Run], field: str) -> float:
    return statistics.median(getattr(r, field) for r in runs)


@pytest.mark.parametrize("layout", ["flat", "nested"])
def test_startup_in_a_terminal_against_a_bare_textual_app(tmp_path: Path, layout: str) -> None:
    corpus = make_corpus(tmp_path / "corpus", nested=layout == "nested")
    cache = tmp_path / "cache"
    run_bare(cache)  # warm the file cache, the .pyc files and the analysis cache
    run_reader(corpus, tmp_path / "warm", cache)
    bare: list[Run] = []
    reader: list[Run] = []
    for n in range(REPEATS):
        bare.append(run_bare(cache))
        reader.append(run_reader(corpus, tmp_path / f"data-{n}", cache))
    b_first, r_first = _median(bare, "first"), _median(reader, "first")
    b_hwm, r_hwm = _median(bare, "first_hwm"), _median(reader, "first_hwm")
    b_all_hwm, r_all_hwm = _median(bare, "all_hwm"), _median(reader, "all_hwm")
    r_all = _median(reader, "all_rows")
    print()
    print(f"{N_ARTICLES} articles, {layout} folder; medians of {REPEATS} runs, "
          f"each a fresh process on a {COLUMNS}x{LINES} pseudo-terminal")
    print(f"  bare Textual app  first frame  {b_first:6.3f} s  peak {b_hwm:5.1f} MiB"
          f"  (settled {b_all_hwm:5.1f} MiB)")
    print(f"  reader            first titles {r_first:6.3f} s  peak {r_hwm:5.1f} MiB"
          f"  all rows {r_all:6.3f} s  peak {r_all_hwm:5.1f} MiB")
    print(f"  ratio time, first titles    {r_first / b_first:5.2f}x  (goal <= 1.5x)")
    print(f"  ratio memory, first titles  {r_hwm / b_hwm:5.2f}x  (goal <= 2x)")
    print(f"  ratio memory, all rows in   {r_all_hwm / b_all_hwm:5.2f}x  (goal <= 2x)")
    assert all(r.first > 0 and r.all_rows >= r.first for r in reader)
