"""The rows of the bookmarks and notes screen, built from the store. No Textual here.

`collect_entries` runs on the store thread (one trip through the gateway): it reads
every bookmark and note and finds each quote again in its article's current text, so
the screen knows whether Enter can jump to it or the quote is detached.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from reader.articles import Article, sanitise_line
from reader.library.query import FieldsTarget
from reader.store import (
    AnchoredBookmark,
    ArticleBookmark,
    HighlightBookmark,
    Note,
    NoteTarget,
    QuoteBookmark,
    Record,
    Store,
    locate_quote,
)

EntryKind = Literal["quote", "highlight", "article", "note"]
FindArticle = Callable[[str], Article | None]


@dataclass(frozen=True, slots=True)
class Entry:
    """One row: a quote bookmark, a highlight, an article bookmark or a note, and where it
    points now."""

    record: Record
    kind: EntryKind
    text: str  # the quote or passage, the article title, or the note's text
    speaker: str | None  # who said the quote (quote bookmarks and notes on quotes)
    article_id: str | None
    article_title: str | None
    about: str | None  # for a note: what it is about ("Patrick Ryder", a quote, an article)
    date: str  # the day it was saved, YYYY-MM-DD
    span: tuple[int, int] | None  # the quote's (passage's) offsets in the current text
    article_open: bool  # the article is among the files the app opened
    has_note: bool = False  # a quote or article bookmark with a note on it

    @property
    def id(self) -> str:
        return self.record.id

    @property
    def on_entity(self) -> bool:
        """A note on a person, country or organisation (not on an article or a quote)."""
        return isinstance(self.record, Note) and self.record.target.kind == "entity"

    @property
    def detached(self) -> bool:
        """A quote or passage whose article is open but no longer holds it."""
        return self.article_open and self.span is None and self._is_quote

    @property
    def _is_quote(self) -> bool:
        return self.kind in ("quote", "highlight") or (
            isinstance(self.record, Note) and self.record.target.kind == "quote")

    def target(self) -> FieldsTarget:
        """The row for the query module: its text, speaker, article title and subject."""
        return FieldsTarget({"text": self.text, "speaker": self.speaker,
                             "title": self.article_title, "about": self.about})


def _day(timestamp: str) -> str:
    return timestamp[:10]


def _locate(record: AnchoredBookmark | Note,
            article: Article | None) -> tuple[int, int] | None:
    anchor = record.target.anchor if isinstance(record, Note) else record.anchor
    if article is None or anchor is None:
        return None
    return locate_quote(anchor, article.text)


def entry_for(record: Record, find_article: FindArticle,
              noted_keys: frozenset[str] = frozenset()) -> Entry:
    """The row for one record. `noted_keys` are the NoteTarget keys that have a note."""
    if isinstance(record, QuoteBookmark):
        article = find_article(record.article_id)
        return Entry(record, "quote", record.quote, record.speaker, record.article_id,
                     sanitise_line(record.article_title), None, _day(record.created),
                     _locate(record, article), article is not None,
                     NoteTarget.quote(record.article_id, "", record.anchor).key in noted_keys)
    if isinstance(record, HighlightBookmark):
        article = find_article(record.article_id)
        return Entry(record, "highlight", record.quote, None, record.article_id,
                     sanitise_line(record.article_title), None, _day(record.created),
                     _locate(record, article), article is not None,
                     NoteTarget.quote(record.article_id, "", record.anchor).key in noted_keys)
    if isinstance(record, ArticleBookmark):
        article = find_article(record.article_id)
        return Entry(record, "article", sanitise_line(record.title), None, record.article_id,
                     sanitise_line(record.title), None, _day(record.created), None,
                     article is not None,
                     NoteTarget.article(record.article_id, "").key in noted_keys)
    target = record.target
    article = find_article(target.article_id) if target.article_id else None
    about: str | None
    if target.kind == "entity":
        about = target.entity_name or target.entity_id or "someone"
    elif target.kind == "quote" and target.anchor is not None:
        about = target.anchor.quote
    else:
        about = target.article_title
    return Entry(record, "note", record.text, target.speaker, target.article_id,
                 sanitise_line(target.article_title) if target.article_title else None,
                 about, _day(record.updated or record.created),
                 _locate(record, article) if target.kind == "quote" else None,
                 article is not None)


def collect_entries(store: Store, find_article: FindArticle) -> list[Entry]:
    """Every quote bookmark, then every highlight, every note, every article bookmark;
    newest first."""
    notes = store.notes()
    noted = frozenset(n.target.key for n in notes)
    bookmarks = store.bookmarks()
    quotes = [entry_for(b, find_article, noted) for b in bookmarks
              if isinstance(b, QuoteBookmark)]
    highlights = [entry_for(b, find_article, noted) for b in bookmarks
                  if isinstance(b, HighlightBookmark)]
    articles = [entry_for(b, find_article, noted) for b in bookmarks
                if isinstance(b, ArticleBookmark)]
    return [*quotes, *highlights, *(entry_for(n, find_article) for n in notes), *articles]
