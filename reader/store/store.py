"""The Store: bookmarks and notes in TinyDB, reading state beside them, one writer."""

from __future__ import annotations

import dataclasses
import datetime as dt
import errno
import os
from pathlib import Path
from types import TracebackType
from typing import Any, Literal

from reader import paths
from reader.gc_pause import collector_paused
from reader.store.anchor import locate_quote
from reader.store.backups import write_daily_backup
from reader.store.codec import clean_text
from reader.store.errors import (
    StoreBusyError,
    StoreError,
    StoreIdClashError,
    StoreReadOnlyError,
    StoreUnreadableError,
    StoreWriteError,
)
from reader.store.lock import StoreLock
from reader.store.opening import STORE_NAME, load_store_file
from reader.store.records import (
    AnchoredBookmark,
    ArticleBookmark,
    Bookmark,
    HighlightBookmark,
    Note,
    NoteTarget,
    QuoteAnchor,
    QuoteBookmark,
    Record,
    new_id,
    now_iso,
    record_from_dict,
    target_key,
)
from reader.store.state import ReadingState
from reader.store.storage import AtomicJSONStorage, StoreDB, open_db

BusyPolicy = Literal["read-only", "error"]
PENDING_TABLE = "pending_imports"  # an import's reading state, until it is merged


def _text(value: str | None) -> str | None:
    return None if value is None else clean_text(value)


def _clean_anchor(anchor: QuoteAnchor) -> QuoteAnchor:
    return dataclasses.replace(anchor, quote=clean_text(anchor.quote),
                               prefix=clean_text(anchor.prefix),
                               suffix=clean_text(anchor.suffix))


def _newest_first(records: list[Any]) -> list[Any]:
    return sorted(records, key=lambda r: (r.created, r.id), reverse=True)


class Store:
    """The user's bookmarks, notes and reading state. Build it with `open_store`.

    Every change is on disk when the method returns (or it raised StoreWriteError and
    nothing changed). Not thread-safe: call it from one thread at a time.
    """

    def __init__(self, data_dir: Path, db: StoreDB, storage: AtomicJSONStorage,
                 state: ReadingState, lock: StoreLock | None, messages: list[str]) -> None:
        self.data_dir = data_dir
        self.path = data_dir / STORE_NAME
        self.state = state
        self.messages = messages
        # Opened read-only on a damaged file with no backup: empty, but not "no records".
        self.damaged_unread = False
        self._db = db
        self._storage = storage
        self._lock = lock
        self._bookmarks = db.records_table("bookmarks")
        self._notes = db.records_table("notes")
        self._index: _Index | None = None
        self._backup_day: dt.date | None = None
        # Why the store is read-only, as a sentence for the user (None when writable).
        self.read_only_reason: str | None = (
            "Read-only: the store was opened for reading only." if storage.read_only else None)
        storage.after_write = self._after_write

    # -- lifecycle -------------------------------------------------------------------
    @property
    def read_only(self) -> bool:
        return self._storage.read_only

    def close(self) -> None:
        """Release the lock (all changes are already on disk)."""
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> Store:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    def take_over(self) -> bool:
        """A read-only store (busy at open) becomes writable if the lock is free now, for
        example after the other reader quit: the file is re-read as that reader left it,
        and so is the reading state (changes made here while read-only were not saved).
        True when this store is writable afterwards; `messages` gets what happened."""
        if not self.read_only:
            return True
        lock = StoreLock(self.data_dir)
        try:
            if not os.access(self.data_dir, os.W_OK) or not lock.acquire(0.0):
                return False
        except OSError:
            return False
        try:
            loaded = load_store_file(self.data_dir, writable=True)
            state = ReadingState(self.data_dir, read_only=False, messages=self.messages)
        except BaseException:
            lock.release()
            raise
        self.messages.extend(loaded.messages)
        storage = AtomicJSONStorage(self.path, loaded.tables, False)
        storage.after_write = self._after_write
        self._lock, self._storage, self.state = lock, storage, state
        self._db = open_db(storage)
        self._bookmarks = self._db.records_table("bookmarks")
        self._notes = self._db.records_table("notes")
        self._index = None
        self.read_only_reason = None
        self.messages.append("The other reader has closed the store: this one now saves "
                             "your changes.")
        self.messages.extend(self.apply_pending_imports())
        return True

    def refresh(self) -> None:
        """Re-read the file (for a read-only store, to see the writer's changes)."""
        if self.read_only:
            loaded = load_store_file(self.data_dir, writable=False)
            self._storage._cache = loaded.tables
        self._index = None
        self._bookmarks.clear_cache()
        self._notes.clear_cache()

    # -- bookmarks -------------------------------------------------------------------
    def bookmark_article(self, article_id: str, title: str, *, source: str | None = None,
                         date: str | None = None, url: str | None = None,
                         author: str | None = None) -> ArticleBookmark:
        """Bookmark an article; bookmarking it again returns the existing bookmark."""
        existing = self.article_bookmark(article_id)
        if existing is not None:
            return existing
        record = ArticleBookmark(article_id=article_id, title=clean_text(title),
                                 source=_text(source), date=date, url=_text(url),
                                 author=_text(author))
        self._insert(record)
        return record

    def article_bookmark(self, article_id: str) -> ArticleBookmark | None:
        record_id = self._idx().articles.get(article_id)
        record = self.get(record_id) if record_id else None
        return record if isinstance(record, ArticleBookmark) else None

    def is_bookmarked(self, article_id: str) -> bool:
        return article_id in self._idx().articles

    def unbookmark_article(self, article_id: str) -> ArticleBookmark | None:
        """Remove the article's bookmark; returns it (for undo) or None if there was none."""
        record = self.article_bookmark(article_id)
        if record is not None:
            self.delete(record.id)
        return record

    def bookmark_quote(self, article_id: str, article_title: str, anchor: QuoteAnchor, *,
                       speaker: str | None = None, speaker_id: str | None = None,
                       source: str | None = None, url: str | None = None,
                       author: str | None = None) -> QuoteBookmark:
        """Bookmark a quote; the same quote of the same article returns the existing one."""
        existing_id = self._idx().quotes.get((article_id, anchor.key))
        existing = self.get(existing_id) if existing_id else None
        if isinstance(existing, QuoteBookmark):
            return existing
        record = QuoteBookmark(article_id=article_id, article_title=clean_text(article_title),
                               anchor=_clean_anchor(anchor), speaker=_text(speaker),
                               speaker_id=speaker_id, source=_text(source), url=_text(url),
                               author=_text(author))
        self._insert(record)
        return record

    def quote_bookmark(self, article_id: str, anchor: QuoteAnchor) -> QuoteBookmark | None:
        record_id = self._idx().quotes.get((article_id, anchor.key))
        record = self.get(record_id) if record_id else None
        return record if isinstance(record, QuoteBookmark) else None

    def highlight_passage(self, article_id: str, article_title: str, anchor: QuoteAnchor, *,
                          source: str | None = None, url: str | None = None,
                          author: str | None = None) -> HighlightBookmark:
        """Keep a passage the user selected; the same passage of the same article returns
        the existing highlight."""
        existing = self.highlight(article_id, anchor)
        if existing is not None:
            return existing
        record = HighlightBookmark(article_id=article_id,
                                   article_title=clean_text(article_title),
                                   anchor=_clean_anchor(anchor), source=_text(source),
                                   url=_text(url), author=_text(author))
        self._insert(record)
        return record

    def highlight(self, article_id: str, anchor: QuoteAnchor) -> HighlightBookmark | None:
        record_id = self._idx().highlights.get((article_id, anchor.key))
        record = self.get(record_id) if record_id else None
        return record if isinstance(record, HighlightBookmark) else None

    def reanchor_quote(self, bookmark_id: str, text: str,
                       content_hash: str = "") -> tuple[int, int] | None:
        """Where the quote bookmark (or highlight) is in the article's current `text`
        (None: detached).

        When the exact quote has moved, the new offsets, context and hash are saved, so
        the next lookup is direct. A detached or only approximately found quote is left
        as stored: the bookmark is never dropped or rewritten to a guess. KeyError if
        there is no such quote bookmark.
        """
        record = self.get(bookmark_id)
        if not isinstance(record, QuoteBookmark | HighlightBookmark):
            raise KeyError(bookmark_id)
        anchor = record.anchor
        span = locate_quote(anchor, text)
        if span is None or self.read_only or text[span[0]:span[1]] != anchor.quote:
            return span
        if span != (anchor.start, anchor.end) or (content_hash
                                                   and content_hash != anchor.content_hash):
            moved = QuoteAnchor.from_text(text, span[0], span[1],
                                          content_hash or anchor.content_hash)
            self.restore(dataclasses.replace(record, anchor=moved, updated=now_iso()))
        return span

    def bookmarks(self, article_id: str | None = None) -> list[Bookmark]:
        """All bookmarks (or one article's), newest first."""
        found: list[Bookmark] = []
        with collector_paused():  # thousands of small objects, no cycles
            for raw in self._bookmarks.raw().values():
                if article_id is None or raw.get("article_id") == article_id:
                    record = record_from_dict(raw)
                    assert isinstance(record, ArticleBookmark | AnchoredBookmark)
                    found.append(record)
        return _newest_first(found)

    def delete_bookmark(self, bookmark_id: str) -> Bookmark | None:
        """Delete the bookmark with this id; None (and nothing deleted) if none has it."""
        if bookmark_id not in self._bookmarks.raw():
            return None
        record = self.delete(bookmark_id)
        assert record is None or isinstance(record, ArticleBookmark | AnchoredBookmark)
        return record

    def restore_bookmark(self, bookmark: Bookmark) -> Bookmark:
        """Put a deleted bookmark back with its id and times (undo)."""
        self.restore(bookmark)
        return bookmark

    # -- notes -----------------------------------------------------------------------
    def set_note(self, target: NoteTarget, text: str) -> Note:
        """Write the note on `target`, creating it or replacing the text of the existing one."""
        existing = self.note_for(target)
        if existing is not None:
            return self.edit_note(existing.id, text)
        record = Note(target=target, text=clean_text(text))
        self._insert(record)
        return record

    def note_for(self, target: NoteTarget) -> Note | None:
        record_id = self._idx().notes.get(target.key)
        record = self.get(record_id) if record_id else None
        return record if isinstance(record, Note) else None

    def edit_note(self, note_id: str, text: str) -> Note:
        """Replace a note's text; KeyError if there is no such note."""
        current = self.get(note_id)
        if not isinstance(current, Note):
            raise KeyError(note_id)
        record = dataclasses.replace(current, text=clean_text(text), updated=now_iso())
        self._commit({"notes": {record.id: record.to_dict()}})
        return record

    def notes(self, article_id: str | None = None, entity_id: str | None = None) -> list[Note]:
        """All notes, or those on one article (and its quotes), or on one entity; newest first."""
        found: list[Note] = []
        with collector_paused():  # thousands of small objects, no cycles
            for raw in self._notes.raw().values():
                target = raw.get("target", {})
                if article_id is not None and target.get("article_id") != article_id:
                    continue
                if entity_id is not None and target.get("entity_id") != entity_id:
                    continue
                record = record_from_dict(raw)
                assert isinstance(record, Note)
                found.append(record)
        return _newest_first(found)

    def delete_note(self, note_id: str) -> Note | None:
        """Delete the note with this id; None (and nothing deleted) if no note has it."""
        record = self._notes.raw().get(note_id)
        if record is None:
            return None
        deleted = self.delete(note_id)
        assert deleted is None or isinstance(deleted, Note)
        return deleted

    def restore_note(self, note: Note) -> Note:
        self.restore(note)
        return note

    # -- any record ------------------------------------------------------------------
    def get(self, record_id: str) -> Record | None:
        """The bookmark or note with this id, or None."""
        for table in (self._bookmarks, self._notes):
            raw = table.raw().get(record_id)
            if raw is not None:
                return record_from_dict(raw)
        return None

    def records(self) -> list[Record]:
        """Every bookmark and note (bookmarks first), newest first within each."""
        return [*self.bookmarks(), *self.notes()]

    def delete(self, record_id: str) -> Record | None:
        """Delete a bookmark or note by id; returns it (for undo), None if it was not there."""
        record = self.get(record_id)
        if record is None:
            return None
        self._commit({_table_name(record): {record_id: None}})
        self._forget(record)
        return record

    def restore(self, record: Record) -> Record:
        """Insert `record` as it is (same id and times), replacing one with the same id.

        StoreIdClashError if the id belongs to a record of another table (a note cannot
        replace a bookmark: ids are unique across the whole store)."""
        self._require_writable()
        previous = self.get(record.id)
        self._check_no_clash([record])
        self._commit({_table_name(record): {record.id: record.to_dict()}})
        if previous is not None:
            self._forget(previous)
        self._remember(record)
        return record

    def restore_many(self, records: list[Record]) -> None:
        """Insert or replace many records as they are, in one write per table (import)."""
        if not records:
            return
        self._require_writable()
        self._check_no_clash(records)
        self._commit(_changes(records))
        self._index = None

    def apply_import(self, records: list[Record],
                     reading_state: dict[str, Any] | None = None) -> list[str]:
        """Write an import's records and reading state in one atomic write: all or none.

        The reading state lives in its own file, so it travels inside the store file's
        write (in the `pending_imports` table) and is merged into the reading state
        right after; if that merge fails or is interrupted, it is merged at the next
        open. Returns messages for the user (empty when everything is done)."""
        self._require_writable()
        self._check_no_clash(records)
        changes = _changes(records)
        if reading_state:
            entry_id = new_id()
            changes[PENDING_TABLE] = {entry_id: {"id": entry_id, "created": now_iso(),
                                                 "reading_state": reading_state}}
        if not changes:
            return []
        self._commit(changes)
        self._index = None
        return self.apply_pending_imports()

    def apply_pending_imports(self) -> list[str]:
        """Merge reading states that imports left in the store file, then drop them."""
        pending = (self._storage.read() or {}).get(PENDING_TABLE) or {}
        if not pending or self.read_only:
            return []
        try:
            for entry in pending.values():
                state = entry.get("reading_state") if isinstance(entry, dict) else None
                if isinstance(state, dict):
                    self.state.merge(state)
            self._commit({PENDING_TABLE: dict.fromkeys(pending)})
        except StoreError as exc:
            return [f"The imported read marks are saved in the store but not yet in the "
                    f"reading state ({exc}); they will be merged the next time reader "
                    "opens the store."]
        return []

    # -- internals -------------------------------------------------------------------
    def _require_writable(self) -> None:
        if self.read_only:
            raise StoreReadOnlyError(
                "The store is open read-only (another reader is using it); "
                "the change was not saved.")

    def _insert(self, record: Record) -> None:
        self._require_writable()
        if self.get(record.id) is not None:  # a UUID4 clash: never replace anything
            raise StoreIdClashError(f"A record with the id {record.id} already exists; "
                                    "nothing was saved.")
        self._commit({_table_name(record): {record.id: record.to_dict()}})
        self._remember(record)

    def _check_no_clash(self, records: list[Record]) -> None:
        """Ids are unique across the whole store: a record may replace one of its own
        table, never one of another (a note never replaces a bookmark)."""
        bookmarks, notes = self._bookmarks.raw(), self._notes.raw()
        seen: dict[str, str] = {}
        for record in records:
            table = _table_name(record)
            other = notes if table == "bookmarks" else bookmarks
            if record.id in other or seen.setdefault(record.id, table) != table:
                owner = "note" if table == "bookmarks" else "bookmark"
                raise StoreIdClashError(f"The id {record.id} belongs to a {owner} already; "
                                        f"the {record.kind} record was not saved.")

    def _commit(self, changes: dict[str, dict[str, dict[str, Any] | None]]) -> None:
        """One atomic write of `changes`. Memory changes only when the write succeeded;
        after any failure it is reloaded from the file (which a failure after the
        rename, at the folder sync, leaves holding the new state)."""
        self._require_writable()
        try:
            self._storage.commit(changes)
        except BaseException:
            self._storage.forget()
            self._index = None
            raise
        finally:
            self._bookmarks.clear_cache()
            self._notes.clear_cache()

    def _after_write(self, payload: bytes) -> None:
        """The day's first successful write also writes the day's backup (a new store
        has one from its first save); never more than one check a day."""
        today = dt.datetime.now(dt.UTC).date()
        if self._backup_day == today:
            return
        self._backup_day = today
        try:
            write_daily_backup(self.data_dir, payload)
        except (StoreWriteError, OSError) as exc:
            self.messages.append(f"Today's backup of the store could not be written: {exc}")

    def _idx(self) -> _Index:
        if self._index is None:
            self._index = _Index.from_tables(self._bookmarks.raw(), self._notes.raw())
        return self._index

    def _remember(self, record: Record) -> None:
        if self._index is not None:
            self._index.add(record)

    def _forget(self, record: Record) -> None:
        if self._index is not None:
            self._index.remove(record)


class _Index:
    """Lookups by article, quote and note target, kept in step with every change."""

    def __init__(self) -> None:
        self.articles: dict[str, str] = {}
        self.quotes: dict[tuple[str, str], str] = {}
        self.highlights: dict[tuple[str, str], str] = {}
        self.notes: dict[str, str] = {}

    @classmethod
    def from_tables(cls, bookmarks: dict[str, dict[str, Any]],
                    notes: dict[str, dict[str, Any]]) -> _Index:
        # Straight from the stored dicts: building records here would cost ~10 µs each.
        index = cls()
        for record_id, raw in bookmarks.items():
            if raw["kind"] == "article":
                index.articles[raw["article_id"]] = record_id
            elif raw["kind"] == "highlight":
                index.highlights[(raw["article_id"], raw["anchor"]["quote"])] = record_id
            else:
                index.quotes[(raw["article_id"], raw["anchor"]["quote"])] = record_id
        for record_id, raw in notes.items():
            target = raw["target"]
            anchor = target.get("anchor")
            key = target_key(target["kind"], target.get("article_id"), target.get("entity_id"),
                             anchor["quote"] if anchor else None)
            index.notes[key] = record_id
        return index

    def add(self, record: Record) -> None:
        if isinstance(record, ArticleBookmark):
            self.articles[record.article_id] = record.id
        elif isinstance(record, QuoteBookmark):
            self.quotes[(record.article_id, record.anchor.key)] = record.id
        elif isinstance(record, HighlightBookmark):
            self.highlights[(record.article_id, record.anchor.key)] = record.id
        else:
            self.notes[record.target.key] = record.id

    def remove(self, record: Record) -> None:
        if isinstance(record, ArticleBookmark):
            mapping: dict[Any, str] = self.articles
            key: Any = record.article_id
        elif isinstance(record, QuoteBookmark):
            mapping, key = self.quotes, (record.article_id, record.anchor.key)
        elif isinstance(record, HighlightBookmark):
            mapping, key = self.highlights, (record.article_id, record.anchor.key)
        else:
            mapping, key = self.notes, record.target.key
        if mapping.get(key) == record.id:
            del mapping[key]


def _table_name(record: Record) -> str:
    return "notes" if isinstance(record, Note) else "bookmarks"


def _changes(records: list[Record]) -> dict[str, dict[str, dict[str, Any] | None]]:
    changes: dict[str, dict[str, dict[str, Any] | None]] = {}
    for record in records:
        changes.setdefault(_table_name(record), {})[record.id] = record.to_dict()
    return changes


def open_store(data_dir: str | os.PathLike[str] | None = None, *, read_only: bool = False,
               if_busy: BusyPolicy = "read-only", wait: float = 0.0) -> Store:
    """Open the store in `data_dir` (default: paths.data_dir()), creating the folder.

    - Another process holds the lock: with if_busy="read-only" (the app) the store opens
      read-only and `store.messages` says so; with if_busy="error" (CLI writers) it waits
      up to `wait` seconds and then raises StoreBusyError.
    - `read_only=True` never takes the lock and never changes a file (export).
    - A damaged file is set aside and the last good backup restored; an old schema is
      migrated (after a backup). `store.messages` tells the user what happened.
    - Raises StoreNewerSchemaError or StoreUnreadableError (messages for the user).
    """
    directory = paths.data_dir(data_dir)
    messages: list[str] = []
    lock: StoreLock | None = None
    reason: str | None = None
    if not read_only:
        lock, reason = _take_lock(directory, if_busy, wait, messages)
        read_only = reason is not None
    try:
        loaded = load_store_file(directory, writable=not read_only)
        messages.extend(loaded.messages)
        storage = AtomicJSONStorage(directory / STORE_NAME, loaded.tables, read_only)
        state = ReadingState(directory, read_only=read_only, messages=messages)
    except BaseException:
        if lock is not None:
            lock.release()
        raise
    store = Store(directory, open_db(storage), storage, state, lock, messages)
    store.read_only_reason = reason or store.read_only_reason
    store.damaged_unread = loaded.damaged_unread
    messages.extend(store.apply_pending_imports())  # an import interrupted after its write
    return store


# The data folder cannot be written: open read-only (what is there can still be read).
_READ_ONLY_ERRNOS = {errno.EACCES, errno.EPERM, errno.EROFS}


def _take_lock(directory: Path, if_busy: BusyPolicy, wait: float,
               messages: list[str]) -> tuple[StoreLock | None, str | None]:
    """The lock, or why the store must open read-only (busy, or a read-only folder)."""
    occupied = paths.not_a_folder(directory)
    if occupied:
        raise StoreUnreadableError(occupied)
    try:
        directory.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError as exc:
        raise StoreUnreadableError(
            f"Cannot create the data folder {directory} ({exc.strerror or exc}). Choose "
            "another folder with --data-dir (or READER_DATA_DIR).") from exc
    lock = StoreLock(directory)
    try:
        if not os.access(directory, os.W_OK):
            raise PermissionError(errno.EACCES, "Permission denied")
        acquired = lock.acquire(wait)
    except OSError as exc:
        if exc.errno not in _READ_ONLY_ERRNOS:
            raise StoreUnreadableError(
                f"Cannot use the data folder {directory} ({exc.strerror or exc}).") from exc
        if if_busy == "error":
            raise StoreUnreadableError(
                f"The data folder {directory} cannot be written ({exc.strerror}); nothing "
                "was changed.") from exc
        messages.append(
            f"The data folder {directory} cannot be written ({exc.strerror}), so the store "
            "was opened read-only: bookmarks and notes are shown, but changes will not be "
            "saved.")
        return None, "Read-only: the data folder cannot be written."
    if acquired:
        return lock, None
    owner = lock.owner()
    if if_busy == "error":
        raise StoreBusyError(directory, owner)
    messages.append(
        f"The store is in use by {owner}, so it was opened read-only: bookmarks, "
        "notes and reading positions changed now will not be saved.")
    return None, ("Read-only: another reader has this data folder open (this one takes it "
                  "over once that one has quit).")
