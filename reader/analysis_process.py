"""The analyser for the app: in the calling thread for an ordinary article, in a separate
process for a large one.

Python threads share one interpreter lock. A pure-Python analysis of a 4 MB article holds
it for seconds in a worker thread, with stretches (garbage collection, big allocations)
in which the UI thread cannot answer a key. In a process of its own the analysis runs
beside the UI, on another core, and the UI thread keeps the lock to itself; the thread
that waits for the process sleeps on a pipe.

What comes back is the analysis as tuples of plain values (no text: the caller has it),
which unpickle quickly, and are turned back into the model's dataclasses in the waiting
thread. `close()` ends a running analysis at once, so quitting never waits for one.
"""

from __future__ import annotations

import os
import select
import subprocess
import threading
from contextlib import suppress
from dataclasses import fields
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # the analyser is imported on first use, off the UI thread
    from reader.analysis.model import Analysis

LARGE_TEXT_CHARS = 200_000  # below this the analysis takes well under a second: no process
POLL_SECONDS = 0.1
Payload = dict[str, Any]


class AnalysisStopped(RuntimeError):
    """The analysis process was ended (the app is closing) or died."""


def _to_payload(analysis: Analysis) -> Payload:
    from reader.analysis.model import Entity, Quote

    quote_fields = [f.name for f in fields(Quote)]
    entity_fields = [f.name for f in fields(Entity)]
    return {
        "entities": [tuple(getattr(e, name) for name in entity_fields)
                     for e in analysis.entities],
        # Quote.text is text[start:end]: rebuilt by the caller, not sent.
        "quotes": [tuple(None if name == "text" else getattr(q, name)
                         for name in quote_fields) for q in analysis.quotes],
    }


def _from_payload(text: str, payload: Payload) -> Analysis:
    from reader.analysis.model import Analysis, Entity, Quote

    entities = [Entity(*values) for values in payload["entities"]]
    quotes = [Quote(*values) for values in payload["quotes"]]
    for quote in quotes:
        quote.text = text[quote.start:quote.end]
    return Analysis(text=text, entities=entities, quotes=quotes)


def child_main() -> int:
    """The child: the text as UTF-8 on standard input, the pickled payload on standard
    output (read only by our own parent process)."""
    import pickle
    import sys

    from reader.analysis import analyze

    text = sys.stdin.buffer.read().decode("utf-8", errors="surrogatepass")
    try:
        reply: tuple[str, object] = ("ok", _to_payload(analyze(text)))
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

    def __call__(self, text: str) -> Analysis:
        if len(text) < self.large_text_chars or os.name != "posix":  # select() on pipes
            from reader.analysis import analyze

            return analyze(text)
        return self._in_process(text)

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

    def _in_process(self, text: str) -> Analysis:
        # A plain child interpreter, not multiprocessing: that would re-import the
        # caller's __main__ and hand it file descriptors the app's captured stderr lacks.
        import pickle
        import sys
        from pathlib import Path

        with self._lock:
            generation = self._generation
        package_root = str(Path(__file__).resolve().parent.parent)
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join(
            p for p in (package_root, env.get("PYTHONPATH", "")) if p)
        process = subprocess.Popen(
            [sys.executable, "-m", "reader.analysis_process"], stdin=subprocess.PIPE,
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
        status, payload = pickle.loads(output)
        if status != "ok":
            raise RuntimeError(str(payload))
        return _from_payload(text, payload)


# The one instance the app uses (reader.library's analysis cache calls it).
analyze = AppAnalyzer()


if __name__ == "__main__":
    raise SystemExit(child_main())
