"""Fetching feeds and pages over HTTP, politely and with every limit GUIDE §5 asks for.

One `Fetcher` is used for a whole refresh. It owns one httpx client and the caps: at
most `max_concurrent` fetches at once and `max_per_host` to one origin. Each fetch has a
connect and a read timeout plus an overall deadline (the read timeout alone lets a
server that sends one byte a second hold a worker for ever; `asyncio.timeout` cuts
everything, headers included, at the deadline), reads the body as a stream up to
`max_bytes` of *decoded* bytes (we inflate gzip and deflate ourselves with a bounded
output, so a compression bomb cannot blow up memory), follows at most `max_redirects`
redirects and only to http(s), and sends the ETag and Last-Modified it is given.

Errors are `FetchError`s whose message is for the user; `retry_after` carries a
server's Retry-After (429, 503) in seconds.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import email.utils
import zlib
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from types import TracebackType

import httpx

from reader import __version__
from reader.feeds.urls import FeedUrlError, check_url, origin, resolve

USER_AGENT = f"reader/{__version__} (terminal news reader; feeds)"
FEED_ACCEPT = (
    "application/rss+xml, application/atom+xml, application/feed+json, "
    "application/json;q=0.9, application/xml;q=0.9, text/xml;q=0.9, text/html;q=0.5, */*;q=0.1"
)
PAGE_ACCEPT = "text/html, application/xhtml+xml;q=0.9, */*;q=0.1"
REDIRECT_STATUSES = (301, 302, 303, 307, 308)
PERMANENT_REDIRECTS = (301, 308)
# A Retry-After further out than this is treated as this: a typo on the server must not
# silence a feed for a year.
MAX_RETRY_AFTER_SECONDS = 24 * 3600.0
_CHUNK = 64 * 1024
_DRAIN_LIMIT = 64 * 1024  # of a redirect's or an error's body, read to reuse the connection


@dataclass(frozen=True, slots=True)
class FetchPolicy:
    """The limits of one fetch and the caps of a refresh."""

    connect_timeout: float = 10.0
    read_timeout: float = 30.0
    deadline: float = 60.0  # seconds for the whole fetch, redirects and body included
    max_bytes: int = 10 * 1024 * 1024
    max_redirects: int = 5
    max_concurrent: int = 8
    max_per_host: int = 2
    trust_env: bool = True  # honour HTTP(S)_PROXY and NO_PROXY from the environment


@dataclass(frozen=True, slots=True)
class Validators:
    """What a server gave us to ask "has it changed?" next time."""

    etag: str | None = None
    last_modified: str | None = None


@dataclass(frozen=True, slots=True)
class FetchResult:
    requested_url: str
    final_url: str  # where the body came from, after every redirect
    permanent_url: str  # the URL to keep: moved only along 301/308 redirects
    status: int  # 200 or 304
    body: bytes  # empty on 304
    content_type: str  # the media type, lower case, without parameters
    charset: str | None
    validators: Validators

    @property
    def not_modified(self) -> bool:
        return self.status == 304


class FetchError(Exception):
    """A fetch that failed; the message is for the user."""

    def __init__(self, message: str, *, status: int | None = None,
                 retry_after: float | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.status = status
        self.retry_after = retry_after


_STATUS_MESSAGES = {
    401: "the server asks for a login (HTTP 401)",
    403: "the server refused access (HTTP 403)",
    404: "not found (HTTP 404)",
    410: "gone: the server says this feed was removed (HTTP 410)",
    429: "too many requests (HTTP 429)",
    503: "the server is unavailable (HTTP 503)",
}


def status_message(status: int) -> str:
    if status in _STATUS_MESSAGES:
        return _STATUS_MESSAGES[status]
    if status >= 500:
        return f"server error (HTTP {status})"
    return f"unexpected answer (HTTP {status})"


def parse_retry_after(value: str | None, now: dt.datetime | None = None) -> float | None:
    """Seconds to wait from a Retry-After header (seconds or an HTTP date), capped."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return min(float(value), MAX_RETRY_AFTER_SECONDS)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    now = now or dt.datetime.now(dt.UTC)
    return min(max((when - now).total_seconds(), 0.0), MAX_RETRY_AFTER_SECONDS)


class _BoundedDecoder:
    """Inflates gzip / deflate bodies chunk by chunk, never past `limit` bytes of output."""

    def __init__(self, encoding: str, limit: int) -> None:
        self._limit = limit
        self._size = 0
        self._encoding = encoding
        # 47 = 32 + 15: zlib detects a gzip or zlib header itself. "deflate" is meant to
        # be zlib-wrapped, but some servers send raw deflate: retried with -15 below.
        self._inflater = zlib.decompressobj(47) if encoding else None
        self._raw_deflate_tried = False

    def feed(self, data: bytes) -> bytes:
        out = data if self._inflater is None else self._inflate(data)
        self._size += len(out)
        if self._size > self._limit:
            raise _TooLarge
        return out

    def _inflate(self, data: bytes) -> bytes:
        assert self._inflater is not None
        try:
            out = self._inflater.decompress(data, self._limit - self._size + 1)
        except zlib.error:
            if self._encoding == "deflate" and not self._raw_deflate_tried and self._size == 0:
                self._raw_deflate_tried = True
                self._inflater = zlib.decompressobj(-15)
                return self._inflate(data)
            raise
        # More output waiting than the limit allows: the body is too large anyway.
        if self._inflater.unconsumed_tail:
            raise _TooLarge
        return out

    def flush(self) -> bytes:
        if self._inflater is None:
            return b""
        out = self._inflater.flush()
        self._size += len(out)
        if self._size > self._limit:
            raise _TooLarge
        return out


class _TooLarge(Exception):
    pass


@dataclass(frozen=True, slots=True)
class _Redirect:
    status: int
    location: str | None


@dataclass(frozen=True, slots=True)
class _Answer:
    status: int
    body: bytes
    content_type: str
    charset: str | None
    validators: Validators


def _content_type(response: httpx.Response) -> tuple[str, str | None]:
    raw = response.headers.get("content-type", "")
    media, _, params = raw.partition(";")
    charset = None
    for param in params.split(";"):
        key, _, value = param.partition("=")
        if key.strip().lower() == "charset":
            charset = value.strip().strip("\"'") or None
    return media.strip().lower(), charset


def _describe_transport_error(error: Exception, policy: FetchPolicy) -> str:
    if isinstance(error, httpx.ConnectTimeout):
        return f"could not connect within {policy.connect_timeout:g} s"
    if isinstance(error, httpx.ReadTimeout):
        return f"the server sent nothing for {policy.read_timeout:g} s"
    if isinstance(error, httpx.TimeoutException):
        return "timed out"
    if isinstance(error, httpx.ConnectError):
        return f"could not connect ({error or 'connection refused'})"
    if isinstance(error, httpx.RemoteProtocolError):
        return "the connection closed before the whole answer arrived (truncated)"
    if isinstance(error, zlib.error):
        return "the compressed answer is damaged"
    if isinstance(error, httpx.HTTPError):
        return f"network error ({type(error).__name__}: {error})"
    return f"network error ({error})"


class Fetcher:
    """An async HTTP client with reader's limits; use as `async with Fetcher(policy) as f`."""

    def __init__(self, policy: FetchPolicy | None = None,
                 transport: httpx.AsyncBaseTransport | None = None) -> None:
        self.policy = policy or FetchPolicy()
        self._transport = transport
        self._client: httpx.AsyncClient | None = None
        self._all: asyncio.Semaphore | None = None
        self._hosts: dict[str, asyncio.Semaphore] = {}

    async def __aenter__(self) -> Fetcher:
        policy = self.policy
        self._client = httpx.AsyncClient(
            timeout=httpx.Timeout(policy.read_timeout, connect=policy.connect_timeout),
            follow_redirects=False,
            trust_env=policy.trust_env,
            transport=self._transport,
            # The caps are our semaphores; the pool only keeps idle connections for
            # reuse (a pool of 8 would close one host's idle ones for another's).
            limits=httpx.Limits(max_connections=None, max_keepalive_connections=64),
            headers={"User-Agent": USER_AGENT, "Accept-Encoding": "gzip, deflate"},
        )
        self._all = asyncio.Semaphore(policy.max_concurrent)
        return self

    async def __aexit__(self, kind: type[BaseException] | None, error: BaseException | None,
                        trace: TracebackType | None) -> None:
        if self._client is not None:
            await self._client.aclose()
            self._client = None

    @asynccontextmanager
    async def _host_slot(self, url: str) -> AsyncIterator[None]:
        key = origin(url)
        semaphore = self._hosts.get(key)
        if semaphore is None:
            semaphore = self._hosts[key] = asyncio.Semaphore(self.policy.max_per_host)
        async with semaphore:
            yield

    async def fetch(self, url: str, validators: Validators | None = None, *,
                    accept: str = FEED_ACCEPT) -> FetchResult:
        """GET `url` within the policy's limits; FetchError with a message if it fails."""
        if self._client is None or self._all is None:
            raise RuntimeError("use the Fetcher as an async context manager")
        try:
            url = check_url(url)
        except FeedUrlError as error:
            raise FetchError(str(error)) from None
        return await self._follow(url, validators or Validators(), accept)

    async def _follow(self, url: str, validators: Validators, accept: str) -> FetchResult:
        loop = asyncio.get_running_loop()
        deadline: float | None = None
        requested = url
        # The URL to keep moves along 301/308 hops until the first temporary one.
        permanent = url
        still_permanent = True
        seen = {url}
        for _hop in range(self.policy.max_redirects + 1):
            # The host's slot first, then one of all: a fetch waiting for its host must
            # not hold one of the global slots that other hosts could use.
            assert self._all is not None
            async with self._host_slot(url), self._all:
                # The deadline starts with the first request, not while waiting for a slot.
                if deadline is None:
                    deadline = loop.time() + self.policy.deadline
                try:
                    async with asyncio.timeout_at(deadline):
                        outcome = await self._request(url, validators, accept)
                except TimeoutError:
                    raise FetchError(
                        f"took longer than the {self.policy.deadline:g} s deadline") from None
            if isinstance(outcome, _Redirect):
                status = outcome.status
                target = resolve(url, outcome.location)
                if target is None:
                    raise FetchError(f"redirect (HTTP {status}) without a Location", status=status)
                try:
                    target = check_url(target)
                except FeedUrlError:
                    raise FetchError(
                        f"redirected to a URL that is not http(s): {target}", status=status
                    ) from None
                if target in seen:
                    raise FetchError(f"redirect loop at {target}", status=status)
                seen.add(target)
                if still_permanent and status in PERMANENT_REDIRECTS:
                    permanent = target
                else:
                    still_permanent = False  # after a temporary hop nothing moves the feed
                url = target
                continue
            return FetchResult(
                requested_url=requested,
                final_url=url,
                permanent_url=permanent,
                status=outcome.status,
                body=outcome.body,
                content_type=outcome.content_type,
                charset=outcome.charset,
                validators=outcome.validators,
            )
        raise FetchError(f"more than {self.policy.max_redirects} redirects")

    async def _request(
        self, url: str, validators: Validators, accept: str,
    ) -> _Redirect | _Answer:
        assert self._client is not None
        headers = {"Accept": accept}
        if validators.etag:
            headers["If-None-Match"] = validators.etag
        if validators.last_modified:
            headers["If-Modified-Since"] = validators.last_modified
        try:
            async with self._client.stream("GET", url, headers=headers) as response:
                return await self._answer(response, validators)
        except FetchError:
            raise
        except httpx.InvalidURL:
            # httpx builds the next request of every redirect, even unfollowed, and
            # refuses a Location it cannot parse (such as "javascript:...").
            raise FetchError("redirected to a URL that is not http(s) or not valid") from None
        except (httpx.HTTPError, zlib.error, OSError) as error:
            raise FetchError(_describe_transport_error(error, self.policy)) from None

    async def _answer(
        self, response: httpx.Response, old: Validators,
    ) -> _Redirect | _Answer:
        status = response.status_code
        if status != 200:
            await self._drain(response)
        if status in REDIRECT_STATUSES:
            return _Redirect(status, response.headers.get("location"))
        if status not in (200, 304):
            retry_after = None
            if status in (429, 503):
                retry_after = parse_retry_after(response.headers.get("retry-after"))
            message = status_message(status)
            if retry_after is not None:
                message += f"; the server asks to wait {retry_after:.0f} s"
            raise FetchError(message, status=status, retry_after=retry_after)
        # A 304 may repeat or update the validators; keep the old ones it leaves out.
        validators = Validators(
            etag=response.headers.get("etag") or (old.etag if status == 304 else None),
            last_modified=response.headers.get("last-modified")
            or (old.last_modified if status == 304 else None),
        )
        media, charset = _content_type(response)
        if status == 304:
            return _Answer(status, b"", media, charset, validators)
        return _Answer(status, await self._read_body(response), media, charset, validators)

    async def _drain(self, response: httpx.Response) -> None:
        # A response read to its end hands its connection back to the pool for the next
        # fetch from that host (a 304 has no body at all); a long error page is cut off
        # instead, and the connection closed.
        size = 0
        async for chunk in response.aiter_raw(_CHUNK):
            size += len(chunk)
            if size > _DRAIN_LIMIT:
                break

    async def _read_body(self, response: httpx.Response) -> bytes:
        limit = self.policy.max_bytes
        too_large = FetchError(f"larger than the {limit // (1024 * 1024) or limit} "
                               f"{'MB' if limit >= 1024 * 1024 else 'byte'} limit")
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > limit:
            raise too_large
        encoding = response.headers.get("content-encoding", "identity").strip().lower()
        if encoding not in ("", "identity", "gzip", "x-gzip", "deflate"):
            raise FetchError(f"unsupported content encoding: {encoding}")
        decoder = _BoundedDecoder("" if encoding in ("", "identity") else encoding, limit)
        parts: list[bytes] = []
        try:
            async for chunk in response.aiter_raw(_CHUNK):
                parts.append(decoder.feed(chunk))
            parts.append(decoder.flush())
        except _TooLarge:
            raise too_large from None
        return b"".join(parts)

