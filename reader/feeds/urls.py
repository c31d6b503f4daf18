"""Which URLs reader fetches: http and https only, with a host."""

from __future__ import annotations

import re
from urllib.parse import urljoin, urlsplit

FETCHABLE_SCHEMES = ("http", "https")
_HOST_AND_PORT = re.compile(r"[\w.-]+:\d+(/|$)")  # "localhost:8080/feed": no scheme


class FeedUrlError(ValueError):
    """A URL reader will not fetch; the message is for the user."""


def check_url(url: str) -> str:
    """`url` stripped, if it is an http(s) URL with a host; else FeedUrlError."""
    url = url.strip()
    try:
        parts = urlsplit(url)
    except ValueError as error:
        raise FeedUrlError(f"not a valid URL: {url!r} ({error})") from None
    if not parts.scheme or _HOST_AND_PORT.match(url):
        # "example.org/feed.xml" or "localhost:8080/rss", typed as a browser takes them
        # (the second parses as the scheme "localhost"): say what to write.
        host = url.split("/", 1)[0]
        if ("." in host or ":" in host) and not any(c.isspace() for c in url):
            raise FeedUrlError(f"{url!r} has no http:// or https:// in front: "
                               f"did you mean 'https://{url}'?")
        raise FeedUrlError(f"{url!r} is not a web address (http:// or https://…)")
    if parts.scheme.lower() not in FETCHABLE_SCHEMES:
        raise FeedUrlError(f"only http and https URLs are fetched, not {parts.scheme}: "
                           f"{url!r}")
    if not parts.hostname:
        raise FeedUrlError(f"the URL has no host: {url!r}")
    return url


def is_fetchable(url: str) -> bool:
    """True for an http(s) URL with a host (what may be fetched or opened in a browser)."""
    try:
        check_url(url)
    except FeedUrlError:
        return False
    return True


def origin(url: str) -> str:
    """scheme://host:port, the unit the per-host fetch cap counts."""
    parts = urlsplit(url)
    port = parts.port or (443 if parts.scheme == "https" else 80)
    return f"{parts.scheme}://{(parts.hostname or '').lower()}:{port}"


def resolve(base: str, link: str | None) -> str | None:
    """`link` made absolute against `base`; None when there is no link."""
    if not link:
        return None
    link = link.strip()
    if not link:
        return None
    try:
        return urljoin(base, link)
    except ValueError:
        return None
