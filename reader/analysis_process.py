"""The analyser for the app: in the calling thread for an ordinary article, in a separate
process for a large one.

Python threads share one interpreter lock. A pure-Python analysis of a 4 MB article holds
it for seconds in a worker thread, with stretches (garbage collection, big allocations)
in which the UI thread cannot answer a key. In a process of its own the analysis runs
beside the UI, on another core, and the UI thread keeps the lock to itself; the thread
that waits for the process sleeps on a pipe.

The child also reads and writes the analysis cache file of the text (the JSON of a large
analysis takes most of a second to parse or write, all of it in C with the lock held).
What comes back is compact: every offset in a few arrays of machine integers and each
distinct string once, so unpickling it is a few copies of bytes; the waiting thread turns
it into the model's dataclasses in Python (where the lock changes hands every few
milliseconds) with the garbage collector paused (reader.heap). `stop_running()` ends a
running analysis at once, so quitting never waits for one.

Given where the article's body is, the child also lays out the reading pane's spans and
quote marks for it (reader.ui.document.StyledBody, a few arrays: Textual-free): the UI
process then has nothing to build per span, and `styled_body(analysis)` hands them over.
"""

from __future__ import annotations

import os
import select
import subprocess
import threading
import time
from array import array
from collections import OrderedDict
from collections.abc import Callable
from contextlib import suppress
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reader.heap import bulk_build

if TYPE_CHECKING:  # the analyser is imported on first use, off the UI thread
    from reader.analysis.model import Analysis
    from reader.ui.document import StyledBody

LARGE_TEXT_CHARS = 200_000  # below this the analysis takes well under a second: no process
POLL_SECONDS = 0.1
STYLED_KEPT = 4  # the styled bodies of the last few large analyses wait for their pane
Payload = dict[str, Any]


class AnalysisStopped(RuntimeError):
    """The analysis process was ended (the app is closing) or died."""


def _to_payload(analysis: Analysis) -> Payload:
    strings: dict[str | None, int] = {None: -1}

    def number(value: str | None) -> int:
        return strings.setdefault(value, len(strings) - 1)

    entities = []
    mentions = array("q")
    for e in analysis.entities:
        entities.append((e.id, e.kind, e.name, e.code, e.role, e.gender, len(e.mentions)))
        for start, end in e.mentions:
            mentions.extend((start, end))
    # Quote.text is text[start:end]: rebuilt by the caller, not sent.
    quotes = array("q")
    for q in analysis.quotes:
        source = q.source or (-1, -1)
        quotes.extend((q.start, q.end, number(q.speaker), number(q.cue), *source))
    return {"entities": entities, "mentions": mentions.tobytes(), "quotes": quotes.tobytes(),
            "strings": [value for value in strings if value is not None]}


QUOTE_FIELDS = 6  # start, end, speaker, cue, source start, source end


PAYLOAD_SLICE = 1024  # quotes or mentions made between two pauses (about a millisecond)


def _pause() -> None:
    # The waiting worker thread's short sleep between two slices of the analysis's
    # objects: a UI thread waiting for the interpreter lock gets it at once.
    time.sleep(0.001)


def _from_payload(text: str, payload: Payload,
                  pause: Callable[[], None] | None = None) -> Analysis:
    from reader.analysis.model import Analysis, Entity, Quote

    mentions = array("q")
    mentions.frombytes(payload["mentions"])
    entities: list[Entity] = []
    at = 0
    for id_, kind, name, code, role, gender, count in payload["entities"]:
        spans: list[tuple[int, int]] = []
        for first in range(at, at + 2 * count, 2 * PAYLOAD_SLICE):
            if pause is not None and first > at:
                pause()
            flat = mentions[first: min(first + 2 * PAYLOAD_SLICE, at + 2 * count)]
            spans += zip(flat[::2], flat[1::2], strict=True)
        at += 2 * count
        entities.append(Entity(id_, kind, name, spans, code, role, gender))
    strings: list[str | None] = [*payload["strings"], None]  # -1 is None
    numbers = array("q")
    numbers.frombytes(payload["quotes"])
    quotes: list[Quote] = []
    width = QUOTE_FIELDS * PAYLOAD_SLICE
    for first in range(0, len(numbers), width):
        if pause is not None and first:
            pause()
        chunk = numbers[first:first + width]
        quotes += [Quote(start, end, text[start:end], strings[speaker], strings[cue],
                         None if source_start < 0 else (source_start, source_end))
                   for start, end, speaker, cue, source_start, source_end
                   in zip(*(chunk[n::QUOTE_FIELDS] for n in range(QUOTE_FIELDS)),
                          strict=True)]
    return Analysis(text=text, entities=entities, quotes=quotes)


def child_main(argv: list[str]) -> int:
    """The child: the text as UTF-8 on standard input, the pickled payload on standard
    output (read only by our own parent process). `argv`: the text's analysis cache file
    ("" for none: read if it holds this text's analysis, else written after analysing),
    then optionally the article's body start and end (the styled body is laid out too)."""
    import pickle
    import sys

    from reader.library.analysis_cache import read_analysis_file, write_analysis_file

    text = sys.stdin.buffer.read().decode("utf-8", errors="surrogatepass")
    cache_file = Path(argv[0]) if argv and argv[0] else None
    body = (int(argv[1]), int(argv[2])) if len(argv) >= 3 else None
    try:
        analysis = None if cache_file is None else read_analysis_file(cache_file, text)
        if analysis is None:
            from reader.analysis import analyze

            analysis = analyze(text)
            if cache_file is not None:
                write_analysis_file(cache_file, analysis)
        payload = _to_payload(analysis)
        if body is not None:
            from reader.ui.document import styled_body_of_text

            payload["styled"] = styled_body_of_text(text, analysis, *body).to_payload()
        reply: tuple[str, object] = ("ok", payload)
    except Exception as exc:  # handed to the caller as its error, never printed here
        reply = ("error", f"{type(exc).__name__}: {exc}")
    sys.stdout.buffer.write(pickle.dumps(reply, protocol=pickle.HIGHEST_PROTOCOL))
    sys.stdout.buffer.flush()
    return 0


class AppAnalyzer:
    """`analyze(text)` for the app's workers; large texts go to a process."""

    def __init__(self, large_text_chars: int = LARGE_TEXT_CHARS) -> None:
        self.large_text_chars = large_text_chars
        self._lock = threading.Lock()
        self._generation = 0  # stop_running() moves it on: analyses begun before it end
        # id(analysis) -> (analysis, its styled body): kept with the analysis, so the id
        # cannot be reused while the entry lives.
        self._styled: OrderedDict[int, tuple[Analysis, StyledBody]] = OrderedDict()

    def uses_process(self, text: str) -> bool:
        """Whether `text` is analysed in a child process (which keeps its cache file)."""
        return len(text) >= self.large_text_chars and os.name == "posix"  # select() on pipes

    def __call__(self, text: str, *, cache_file: Path | None = None,
                 body: tuple[int, int] | None = None) -> Analysis:
        """The analysis of `text`; with `cache_file`, a large text's analysis is read from
        it or written to it by the child process (a small text's is not: the caller
        keeps its cache). With `body` (Article.body_start and body_end), the child also
        lays out the reading pane's styled body: see `styled_body`."""
        if not self.uses_process(text):
            from reader.analysis import analyze

            return analyze(text)
        return self._in_process(text, cache_file, body)

    def styled_body(self, analysis: Analysis) -> StyledBody | None:
        """The styled body the analysis process laid out with `analysis`, if it did."""
        with self._lock:
            entry = self._styled.get(id(analysis))
        return entry[1] if entry is not None and entry[0] is analysis else None

    def _keep_styled(self, analysis: Analysis, styled: StyledBody) -> None:
        with self._lock:
            self._styled[id(analysis)] = (analysis, styled)
            while len(self._styled) > STYLED_KEPT:
                self._styled.popitem(last=False)

    def stop_running(self) -> None:
        """End the analyses running now (their callers get AnalysisStopped)."""
        with self._lock:
            self._generation += 1

    def _stopped(self, generation: int) -> bool:
        with self._lock:
            return self._generation != generation

    def _read_all(self, process: subprocess.Popen[bytes], generation: int) -> bytes:
        """The child's whole output, given up as soon as the app closes."""
        assert process.stdout is not None
        descriptor = process.stdout.fileno()
        chunks: list[bytes] = []
        while True:
            ready, _, _ = select.select([descriptor], [], [], POLL_SECONDS)
            if self._stopped(generation):
                raise AnalysisStopped("the app is closing")
            if ready:
                chunk = os.read(descriptor, 1 << 20)
                if not chunk:
                    return b"".join(chunks)
                chunks.append(chunk)

    def _in_process(self, text: str, cache_file: Path | None,
                    body: tuple[int, int] | None = None) -> Analysis:
        # A plain child interpreter, not multiprocessing: that would re-import the
        # caller's __main__ and hand it file descriptors the app's captured stderr lacks.
        import pickle
        import sys

        with self._lock:
            generation = self._generation
        package_root = str(Path(__file__).resolve().parent.parent)
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join(
            p for p in (package_root, env.get("PYTHONPATH", "")) if p)
        process = subprocess.Popen(
            [sys.executable, "-m", "reader.analysis_process",
             "" if cache_file is None else str(cache_file),
             *([] if body is None else [str(body[0]), str(body[1])])], stdin=subprocess.PIPE,
            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env)
        try:
            # The child reads all of its input before it starts: this write does not wait
            # on the analysis.
            assert process.stdin is not None
            with suppress(BrokenPipeError):
                process.stdin.write(text.encode("utf-8", errors="surrogatepass"))
                process.stdin.close()
            output = self._read_all(process, generation)
        finally:
            if process.poll() is None:
                process.kill()
                process.wait()
        if process.wait() != 0 or not output:
            raise AnalysisStopped(f"the analysis process stopped ({process.returncode})")
        with bulk_build():
            status, payload = pickle.loads(output)
            if status != "ok":
                raise RuntimeError(str(payload))
            analysis = _from_payload(text, payload, _pause)
            if "styled" in payload:
                from reader.ui.document import StyledBody

                self._keep_styled(analysis, StyledBody.from_payload(payload["styled"]))
            return analysis


# The one instance the app uses (reader.library's analysis cache calls it).
analyze = AppAnalyzer()


if __name__ == "__main__":
    import sys

    raise SystemExit(child_main(sys.argv[1:]))
