"""OPML: subscriptions in and out, with tags as outline folders.

Import reads OPML 1.0 and 2.0: an outline with an `xmlUrl` is a feed, any other outline
is a folder whose name becomes a tag of every feed inside it, however deep. A feed met
twice (in two folders) is one subscription with both tags. Export writes OPML 2.0 that
newsboat, Feedly and NetNewsWire read: one folder per tag, a feed in each folder of its
tags, untagged feeds at the top. Export then import gives the same subscriptions, titles
and tags (tests/feeds/test_opml.py checks it with Hypothesis).
"""

from __future__ import annotations

import email.utils
import re
import xml.etree.ElementTree as ElementTree
from collections.abc import Iterable
from dataclasses import dataclass, field

from reader.articles.sanitise import sanitise_line
from reader.feeds.parse import declares_entities
from reader.feeds.storage import Feed, FeedStore
from reader.feeds.urls import FeedUrlError, check_url

MAX_OPML_BYTES = 10 * 1024 * 1024
# Characters XML 1.0 cannot hold at all, even escaped.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


class OpmlError(ValueError):
    """A file that is not usable OPML; the message is for the user."""


@dataclass(frozen=True, slots=True)
class OpmlFeed:
    url: str
    title: str
    tags: tuple[str, ...]
    site_url: str | None = None


@dataclass(slots=True)
class OpmlImport:
    added: list[str] = field(default_factory=list)
    already: list[str] = field(default_factory=list)  # subscribed before: tags merged
    skipped: list[str] = field(default_factory=list)  # messages for outlines not used


def parse_opml(data: bytes) -> tuple[list[OpmlFeed], list[str]]:
    """The feeds in an OPML document and messages about outlines that were skipped."""
    if len(data) > MAX_OPML_BYTES:
        raise OpmlError(f"the file is larger than {MAX_OPML_BYTES // (1024 * 1024)} MB")
    if declares_entities(data):
        raise OpmlError("refused: the file declares XML entities (an entity-expansion attack?)")
    try:
        root = ElementTree.fromstring(data)
    except ElementTree.ParseError as error:
        raise OpmlError(f"not valid XML: {error}") from None
    if root.tag.lower() != "opml":
        raise OpmlError(f"not OPML: the document is <{root.tag}>, not <opml>")
    body = next((child for child in root if child.tag.lower() == "body"), None)
    if body is None:
        raise OpmlError("not OPML: no <body>")
    found: dict[str, OpmlFeed] = {}
    skipped: list[str] = []

    def walk(element: ElementTree.Element, tags: tuple[str, ...]) -> None:
        for outline in element:
            if outline.tag.lower() != "outline":
                continue
            attrs = {name.lower(): value for name, value in outline.attrib.items()}
            name = sanitise_line(attrs.get("title") or attrs.get("text") or "")
            xml_url = attrs.get("xmlurl", "").strip()
            if xml_url:
                try:
                    url = check_url(xml_url)
                except FeedUrlError as error:
                    skipped.append(f"{name or xml_url}: {error}")
                    continue
                title = "" if name == url else name
                site = attrs.get("htmlurl") or None
                earlier = found.get(url)
                if earlier is None:
                    found[url] = OpmlFeed(url, title, tuple(sorted(set(tags))), site)
                else:
                    merged = tuple(sorted(set(earlier.tags) | set(tags)))
                    found[url] = OpmlFeed(url, earlier.title or title, merged,
                                          earlier.site_url or site)
            else:
                walk(outline, (*tags, name) if name else tags)

    walk(body, ())
    return list(found.values()), skipped


def import_opml(store: FeedStore, data: bytes) -> OpmlImport:
    """Subscribe to every feed in the OPML `data` (no fetching: `reader refresh` does that)."""
    feeds, skipped = parse_opml(data)
    report = OpmlImport(skipped=skipped)
    with store.transaction():
        for entry in feeds:
            _feed, added = store.add_feed(entry.url, title=entry.title, site_url=entry.site_url,
                                          tags=entry.tags)
            (report.added if added else report.already).append(entry.url)
    return report


def _xml_safe(value: str) -> str:
    return _NOT_XML.sub("", value)


def _feed_outline(parent: ElementTree.Element, feed: Feed) -> None:
    attrs = {"type": "rss", "text": _xml_safe(feed.title or feed.url), "xmlUrl": feed.url}
    if feed.title:
        attrs["title"] = _xml_safe(feed.title)
    if feed.site_url:
        attrs["htmlUrl"] = feed.site_url
    ElementTree.SubElement(parent, "outline", attrs)


def export_opml(feeds: Iterable[Feed], title: str = "reader subscriptions") -> bytes:
    """OPML 2.0 of `feeds`, UTF-8, with one folder per tag."""
    root = ElementTree.Element("opml", {"version": "2.0"})
    head = ElementTree.SubElement(root, "head")
    ElementTree.SubElement(head, "title").text = title
    ElementTree.SubElement(head, "dateCreated").text = email.utils.formatdate(usegmt=True)
    body = ElementTree.SubElement(root, "body")
    folders: dict[str, ElementTree.Element] = {}
    untagged: list[Feed] = []
    chosen = sorted(feeds, key=lambda feed: (feed.name.casefold(), feed.url))
    for tag in sorted({tag for feed in chosen for tag in feed.tags}, key=str.casefold):
        folders[tag] = ElementTree.SubElement(body, "outline",
                                              {"text": _xml_safe(tag), "title": _xml_safe(tag)})
    for feed in chosen:
        if not feed.tags:
            untagged.append(feed)
        for tag in feed.tags:
            _feed_outline(folders[tag], feed)
    for feed in untagged:
        _feed_outline(body, feed)
    ElementTree.indent(root)
    document: bytes = ElementTree.tostring(root, encoding="UTF-8", xml_declaration=True)
    return document + b"\n"
