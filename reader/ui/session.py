"""What the screens ask of the store and the library database, as plain functions run
on the store thread.

Each function is one trip to the store thread (StoreGateway, through Services), so a
toggle reads and writes without another call slipping in between. No Textual here.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from reader.articles import Article

if TYPE_CHECKING:
    from reader.analysis import Quote
    from reader.library import ReadState
    from reader.store import Note, NoteTarget, QuoteAnchor, Store

# reader.store is imported inside the functions: they run on the store thread, so its
# import cost is not paid by the UI thread before the first screen.


@dataclass(frozen=True, slots=True)
class Opened:
    """The result of opening the store and the library database for the app."""

    store: Store | None
    messages: list[str]
    error: str | None = None
    theme: str | None = None
    read_state: ReadState | None = None


def open_for_app(data_dir: Path) -> Opened:
    """Open the store (read-only with a message when another reader holds it) and the
    library database; read marks still in the store's state.json are copied once."""
    from reader.store import StoreError, open_store

    try:
        store = open_store(data_dir)
    except StoreError as exc:
        return Opened(None, [], str(exc))
    messages = list(store.messages)
    read_state = open_read_state(store, messages)
    return Opened(store, messages, None, saved_theme(store), read_state)


def open_read_state(store: Store, messages: list[str]) -> ReadState:
    """The read marks in library.sqlite3 (read, never written, when the store is
    read-only). Read marks still in the store's state.json are copied in once. When the
    database cannot be used, marks are kept for this session only (said in `messages`)."""
    from reader.library import Database, ReadState

    legacy = store.state.read_ids()
    try:
        read_state = ReadState(Database.open(store.data_dir), read_only=store.read_only)
        read_state.import_legacy(legacy)
        if read_state.read_only and not read_state.imported():
            read_state = _in_memory(legacy | read_state.read_ids())
        return read_state
    except Exception as exc:  # DatabaseError, sqlite3.Error: never stop the app
        why = str(exc).rstrip()
        why += "" if why.endswith(".") else "."
        messages.append(f"The library database could not be used: {why} Read marks "
                        "are kept for this session only.")
        return _in_memory(legacy)


@dataclass(frozen=True, slots=True)
class TakenOver:
    """A read-only store that became writable: its new read state, what to tell the user."""

    read_state: ReadState
    message: str


def take_over(store: Store, read_state: ReadState | None) -> TakenOver | None:
    """The store opened read-only because another reader had it: if that reader has quit,
    take the store over (and the read marks with it). None while it is still busy."""
    if not store.read_only or not store.take_over():
        return None
    messages = [store.messages[-1]]
    if read_state is not None:
        read_state.database.close()
    return TakenOver(open_read_state(store, messages), " ".join(messages))


def _in_memory(read_ids: frozenset[str]) -> ReadState:
    from reader.library import Database, ReadState

    read_state = ReadState(Database.in_memory())
    read_state.import_legacy(read_ids)
    return read_state


@dataclass(frozen=True, slots=True)
class StartupState:
    read_ids: frozenset[str] = frozenset()
    last_article: str | None = None
    starred_ids: frozenset[str] = frozenset()


def noted_article_ids(store: Store | None) -> frozenset[str]:
    """The articles with a note on them or on one of their quotes (`is:noted`; a note on a
    person only names the article it was written in)."""
    if store is None:
        return frozenset()
    return frozenset(n.target.article_id for n in store.notes()
                     if n.target.article_id and n.target.kind != "entity")


def noted_entity_ids(store: Store | None) -> frozenset[str]:
    """The entity ids (library or article-local) that carry a note."""
    if store is None:
        return frozenset()
    return frozenset(n.target.entity_id for n in store.notes() if n.target.entity_id)


def startup_state(store: Store | None, read_state: ReadState | None) -> StartupState:
    if store is None:
        return StartupState()
    starred = frozenset(b.article_id for b in store.bookmarks())
    read_ids = read_state.read_ids() if read_state is not None else frozenset()
    return StartupState(read_ids, store.state.last_article, starred)


@dataclass(frozen=True, slots=True)
class Renamed:
    """Articles whose records moved from their old ids: which of them are read, starred."""

    read: frozenset[str] = frozenset()
    starred: frozenset[str] = frozenset()


def legacy_ids(store: Store | None, read_state: ReadState | None) -> frozenset[str]:
    """Article ids saved before ids came from an article's place (see store/renames.py)."""
    if store is None:
        return frozenset()
    from reader.store.renames import legacy_article_ids

    ids = set(legacy_article_ids(store))
    if read_state is not None:
        ids.update(i for i in read_state.read_ids() if ":" not in i)
    return frozenset(ids)


def rename_articles(store: Store | None, read_state: ReadState | None,
                    renames: dict[str, str]) -> Renamed:
    """Move bookmarks, notes, positions and read marks to the articles' new ids (a store
    migration, with a backup); says which of the new ids are read and starred."""
    if store is None or not renames:
        return Renamed()
    from reader.store.renames import rename_articles as move_records

    old_read = read_state.read_ids() if read_state is not None else frozenset()
    old_starred = {b.article_id for b in store.bookmarks()}
    if not store.read_only:
        move_records(store, renames)
        if read_state is not None:
            read_state.rename(renames.items())
    return Renamed(frozenset(new for old, new in renames.items() if old in old_read),
                   frozenset(new for old, new in renames.items() if old in old_starred))


@dataclass(frozen=True, slots=True)
class ArticleState:
    """What the store knows about one article when it is opened."""

    position: float | None = None
    quote_spans: frozenset[tuple[int, int]] = frozenset()  # bookmarked quotes, located now
    article_bookmarked: bool = False
    passages: Passages | None = None  # the article's highlights, located now
    not_saved: str | None = None  # why its read mark or "last opened" was not saved


def open_article(store: Store | None, read_state: ReadState | None,
                 article: Article) -> ArticleState:
    """Mark `article` read and last opened; return its saved position and bookmarks."""
    import sqlite3

    from reader.library import DatabaseError
    from reader.store import StoreError

    if store is None:
        return ArticleState()
    not_saved: str | None = None
    # A write that fails (a full disk) must not keep the article's bookmarks and saved
    # position from being read: said, and the rest goes on.
    try:
        if read_state is not None:
            read_state.set_read(article.id, True)
        if not store.read_only:
            store.state.set_last_article(article.id)
    except (StoreError, DatabaseError, sqlite3.Error, OSError) as error:
        not_saved = str(error)
    return ArticleState(store.state.position(article.id), quote_spans(store, article),
                        store.is_bookmarked(article.id), passages(store, article),
                        not_saved)


@dataclass(frozen=True, slots=True)
class Passages:
    """An article's highlights as found in its current text. A highlight that is not
    found (the text was edited) is `lost`: kept in the store, listed as detached on the
    bookmarks screen, never dropped."""

    spans: frozenset[tuple[int, int]] = frozenset()
    lost: int = 0


def passages(store: Store, article: Article) -> Passages:
    """Where the article's highlights are now: the quotes' anchor search (locate_quote)."""
    from reader.store import HighlightBookmark, locate_quote

    spans: set[tuple[int, int]] = set()
    lost = 0
    for bookmark in store.bookmarks(article.id):
        if isinstance(bookmark, HighlightBookmark):
            span = locate_quote(bookmark.anchor, article.text)
            if span is None:
                lost += 1
            else:
                spans.add(span)
    return Passages(frozenset(spans), lost)


@dataclass(frozen=True, slots=True)
class Kept:
    """The result of keeping a passage: its anchor (the note's too) and the spans now."""

    added: bool  # False: that passage was already highlighted
    message: str
    anchor: QuoteAnchor
    passages: Passages
    article_starred: bool


def keep_passage(store: Store, article: Article, start: int, end: int) -> Kept:
    """Keep Article.text[start:end] as a highlight (the same passage again: kept once)."""
    from reader.store import QuoteAnchor

    anchor = QuoteAnchor.from_text(article.text, start, end, article.content_hash)
    added = store.highlight(article.id, anchor) is None
    store.highlight_passage(article.id, article.full_title, anchor, source=article.source,
                            url=article.url)
    message = "Highlight kept." if added else "That passage is already highlighted."
    return Kept(added, message, anchor, passages(store, article),
                bool(store.bookmarks(article.id)))


def quote_spans(store: Store, article: Article) -> frozenset[tuple[int, int]]:
    from reader.store import QuoteBookmark, locate_quote

    spans = set()
    for bookmark in store.bookmarks(article.id):
        if isinstance(bookmark, QuoteBookmark):
            span = locate_quote(bookmark.anchor, article.text)
            if span is not None:
                spans.add(span)
    return frozenset(spans)


def save_position(store: Store | None, article_id: str, offset: int) -> None:
    if store is not None and not store.read_only:
        store.state.set_position(article_id, float(offset))


def save_theme(store: Store | None, theme: str) -> None:
    if store is not None and not store.read_only:
        store.state.set_setting("theme", theme)


def save_setting(store: Store | None, name: str, value: str) -> None:
    if store is not None and not store.read_only:
        store.state.set_setting(name, value)


def saved_setting(store: Store | None, name: str) -> str | None:
    if store is None:
        return None
    value = store.state.setting(name, None)
    return value if isinstance(value, str) else None


def saved_theme(store: Store | None) -> str | None:
    if store is None:
        return None
    value = store.state.setting("theme", None)
    return value if isinstance(value, str) else None


def quote_anchor(article: Article, quote: Quote) -> QuoteAnchor:
    from reader.store import QuoteAnchor

    return QuoteAnchor.from_text(article.text, quote.start, quote.end, article.content_hash)


@dataclass(frozen=True, slots=True)
class BookmarkResult:
    added: bool  # False: the bookmark was there and is now removed
    message: str
    quote_spans: frozenset[tuple[int, int]] = frozenset()
    article_starred: bool = False  # the article has any bookmark left (the list's star)


def toggle_bookmark(store: Store, article: Article, quote: Quote | None,
                    speaker: tuple[str | None, str] | None) -> BookmarkResult:
    """Bookmark the quote (or the article when `quote` is None); again removes it.
    `speaker` is (entity id, name), or (None, source words) when no entity speaks."""
    if quote is not None:
        anchor = quote_anchor(article, quote)
        existing = store.quote_bookmark(article.id, anchor)
        if existing is not None:
            store.delete_bookmark(existing.id)
            added, message = False, "Quote bookmark removed."
        else:
            speaker_id, name = speaker if speaker else (None, None)
            store.bookmark_quote(article.id, article.full_title, anchor, speaker=name,
                                 speaker_id=speaker_id, source=article.source,
                                 url=article.url)
            added, message = True, "Quote bookmarked."
    elif store.is_bookmarked(article.id):
        store.unbookmark_article(article.id)
        added, message = False, "Article bookmark removed."
    else:
        # The headline whole, and only the article's own date: a file's modification
        # date in an export would pass for the day it was published.
        store.bookmark_article(article.id, article.full_title, source=article.source,
                               date=article.date.isoformat() if article.date
                               and not article.file_dated else None, url=article.url)
        added, message = True, "Article bookmarked."
    return BookmarkResult(added, message, quote_spans(store, article),
                          bool(store.bookmarks(article.id)))


def note_for(store: Store, target: NoteTarget) -> Note | None:
    return store.note_for(target)


def write_note(store: Store, target: NoteTarget, text: str) -> str:
    """Save (or, for empty text, delete) the note on `target`; returns a message."""
    existing = store.note_for(target)
    if not text.strip():
        if existing is None:
            return "No note written."
        store.delete_note(existing.id)
        return "Note deleted."
    store.set_note(target, text)
    return "Note saved." if existing is None else "Note updated."
