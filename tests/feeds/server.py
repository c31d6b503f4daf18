"""A loopback HTTP server for the feed tests: stdlib ThreadingHTTPServer on 127.0.0.1, port 0.

Routes map a path to a handler `(request) -> None` that writes the answer itself, so a
test can send anything: conditional answers, redirects, a drip, a lie about the length.
Every request is recorded (path and headers) and the in-flight count per server is
tracked, for the concurrency tests. Nothing here listens anywhere but 127.0.0.1.
"""

from __future__ import annotations

import gzip
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

Handler = Callable[["Request"], None]


@dataclass(frozen=True)
class Seen:
    path: str
    headers: dict[str, str]


class Request(BaseHTTPRequestHandler):
    server: FeedServer  # type: ignore[assignment]
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: object) -> None:  # quiet tests
        pass

    def do_GET(self) -> None:
        server = self.server
        with server.lock:
            server.seen.append(Seen(self.path, {k.lower(): v for k, v in self.headers.items()}))
            server.in_flight += 1
            server.max_in_flight = max(server.max_in_flight, server.in_flight)
        try:
            handler = server.routes.get(self.path.split("?")[0])
            if handler is None:
                self.reply(404, b"not here", "text/plain")
            else:
                handler(self)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up (deadline, size limit): expected in some tests
        finally:
            with server.lock:
                server.in_flight -= 1

    def reply(self, status: int, body: bytes = b"", content_type: str = "application/xml",
              headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        if body:
            self.wfile.write(body)


class FeedServer(ThreadingHTTPServer):
    daemon_threads = True
    # Connections wait here until the server's thread accepts them; socketserver's 5 can
    # fill while a loaded machine keeps that thread waiting, and then the kernel drops
    # new connections until the client's connect times out.
    request_queue_size = 128

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), Request)
        self.routes: dict[str, Handler] = {}
        self.seen: list[Seen] = []
        self.lock = threading.Lock()
        self.in_flight = 0
        self.max_in_flight = 0
        self.errors: list[str] = []  # handler failures other than the client going away

    def handle_error(self, request: object, client_address: object) -> None:
        # socketserver prints these to the process's stderr, from the handler's thread and
        # at any moment, even during a later test: there a captured "Traceback" seemed to
        # come from the command under test. Kept here instead, for the test that owns the
        # server to check; a client that closed its end is no error of the server's.
        error = sys.exc_info()[1]
        if not isinstance(error, (ConnectionResetError, BrokenPipeError,
                                  ConnectionAbortedError)):
            with self.lock:
                self.errors.append(f"{type(error).__name__}: {error}")

    def url(self, path: str) -> str:
        host, port = self.server_address[:2]
        return f"http://{host!s}:{port}{path}"

    def requests_to(self, path: str) -> list[Seen]:
        with self.lock:
            return [seen for seen in self.seen if seen.path == path]

    # -- ready-made routes ---------------------------------------------------

    def serve(self, path: str, body: bytes, content_type: str = "application/rss+xml",
              etag: str | None = None, last_modified: str | None = None,
              gzip_body: bool = False) -> None:
        """A document with optional validators, answering 304 when they match."""
        def handler(request: Request) -> None:
            if etag is not None and request.headers.get("If-None-Match") == etag:
                request.reply(304, headers={"ETag": etag})
                return
            if last_modified is not None and \
                    request.headers.get("If-Modified-Since") == last_modified:
                request.reply(304)
                return
            headers = {}
            if etag is not None:
                headers["ETag"] = etag
            if last_modified is not None:
                headers["Last-Modified"] = last_modified
            payload = body
            if gzip_body:
                payload = gzip.compress(body)
                headers["Content-Encoding"] = "gzip"
            request.reply(200, payload, content_type, headers)
        self.routes[path] = handler

    def redirect(self, path: str, status: int, location: str) -> None:
        self.routes[path] = lambda request: request.reply(
            status, b"", "text/plain", {"Location": location})

    def status(self, path: str, *statuses: int, body: bytes = b"",
               headers: dict[str, str] | None = None) -> None:
        """Answer with each status in turn (the last one for ever), then `body` on a 200."""
        remaining = list(statuses)

        def handler(request: Request) -> None:
            status = remaining.pop(0) if len(remaining) > 1 else remaining[0]
            request.reply(status, body if status == 200 else b"error",
                          "application/rss+xml" if status == 200 else "text/plain",
                          headers if status != 200 else None)
        self.routes[path] = handler

    def drip(self, path: str, seconds_per_byte: float = 1.0, max_bytes: int = 30) -> None:
        """A body sent one byte at a time (bounded: `max_bytes` at most)."""
        def handler(request: Request) -> None:
            request.send_response(200)
            request.send_header("Content-Type", "application/rss+xml")
            request.send_header("Content-Length", str(max_bytes))
            request.end_headers()
            for _ in range(max_bytes):
                request.wfile.write(b" ")
                request.wfile.flush()
                time.sleep(seconds_per_byte)
        self.routes[path] = handler

    def hold(self, path: str, body: bytes, release: threading.Event, timeout: float) -> None:
        """A document sent once `release` is set (or after `timeout`): keeps requests open."""
        def handler(request: Request) -> None:
            release.wait(timeout)
            request.reply(200, body, "application/rss+xml")
        self.routes[path] = handler


@contextmanager
def running_server() -> Iterator[FeedServer]:
    server = FeedServer()
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05},
                              daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
