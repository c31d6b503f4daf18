"""Which URLs reader fetches: http and https only, with a host."""

from __future__ import annotations

from urllib.parse import urljoin, urlsplit

FETCHABLE_SCHEMES = ("http", "https")


class FeedUrlError(ValueError):
    """A URL reader will not fetch; the message is for the user."""


def check_url(url: str) -> str:
    """`url` stripped, if it is an http(s) URL with a host; else FeedUrlError."""
    url = url.strip()
    try:
        parts = urlsplit(url)
    except ValueError as error:
        raise FeedUrlError(f"not a valid URL: {url!r} ({error})") from None
    if parts.scheme.lower() not in FETCHABLE_SCHEMES:
        shown = parts.scheme or "no scheme"
        raise FeedUrlError(f"only http and https URLs are fetched, not {shown}: {url!r}")
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
