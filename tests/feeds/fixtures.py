"""Feed documents for the tests, invented here (no real outlet's text)."""

from __future__ import annotations

from collections.abc import Sequence


def rss(items: Sequence[tuple[str, str | None, str | None]], title: str = "Harbour Gazette",
        link: str = "http://example.test/") -> bytes:
    """RSS 2.0 with items (title, guid, link); None leaves the element out."""
    parts = []
    for item_title, guid, item_link in items:
        inner = f"<title>{item_title}</title>"
        if guid is not None:
            inner += f'<guid isPermaLink="false">{guid}</guid>'
        if item_link is not None:
            inner += f"<link>{item_link}</link>"
        inner += "<description>&lt;p&gt;The council met on Tuesday.&lt;/p&gt;</description>"
        parts.append(f"<item>{inner}</item>")
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
            f"<title>{title}</title><link>{link}</link>{''.join(parts)}</channel></rss>"
            ).encode()


def simple_rss(count: int = 3, title: str = "Harbour Gazette", prefix: str = "story") -> bytes:
    return rss([(f"Story {n}", f"{prefix}-{n}", f"/{prefix}/{n}") for n in range(count)],
               title=title)
