"""The store of bookmarks, notes and reading state (TinyDB underneath). No Textual here.

Public API (stable; everything else in this package is internal)::

    from reader.store import open_store, NoteTarget, QuoteAnchor, locate_quote

    store = open_store(data_dir)            # Path | str | None (None: paths.data_dir())
    # CLI writers: open_store(d, if_busy="error", wait=3.0) -> StoreBusyError when busy
    # exporters:   open_store(d, read_only=True) never locks and never changes a file
    store.messages      # list[str]: tell the user (read-only because busy, repaired, migrated)
    store.read_only     # True when another reader holds the lock
    store.close()       # releases the lock; also `with open_store(...) as store:`
    store.refresh()     # re-read the file (read-only stores: see the writer's changes)

    # Bookmarks (newest first); delete returns the record, restore puts it back (undo)
    store.bookmark_article(article_id, title, source=None, date=None, url=None, author=None)
    store.unbookmark_article(article_id) -> ArticleBookmark | None
    store.is_bookmarked(article_id) -> bool ; store.article_bookmark(article_id)
    anchor = QuoteAnchor.from_text(article.text, start, end, article.content_hash)
    store.bookmark_quote(article_id, article_title, anchor, speaker=None, speaker_id=None)
    store.quote_bookmark(article_id, anchor) -> QuoteBookmark | None
    store.highlight_passage(article_id, article_title, anchor)  # any selected passage
    store.highlight(article_id, anchor) -> HighlightBookmark | None
    store.reanchor_quote(bookmark_id, article.text, article.content_hash) -> span | None
                        # a quote or highlight now; saves moved offsets; None = detached (kept)
    store.bookmarks(article_id=None) -> list[ArticleBookmark | QuoteBookmark | HighlightBookmark]
    store.delete_bookmark(id) -> Bookmark | None ; store.restore_bookmark(bookmark)

    # Notes: one per target
    target = NoteTarget.article(article_id, title)
    target = NoteTarget.quote(article_id, title, anchor, speaker=None)
    target = NoteTarget.entity("person:patrick-ryder", "Patrick Ryder")
    store.set_note(target, text) -> Note      # creates or replaces the text
    store.note_for(target) -> Note | None ; store.edit_note(note_id, text) -> Note
    store.notes(article_id=None, entity_id=None) -> list[Note]
    store.delete_note(id) -> Note | None ; store.restore_note(note)
    store.get(id) / store.delete(id) / store.restore(record) / store.records()
    store.restore_many(records)               # many at once, one save per table (import)

    # Reading state (its own small file; writes never touch bookmarks and notes)
    store.state.is_read(aid) ; store.state.set_read(aid, True) ; store.state.read_ids()
    store.state.position(aid) -> float | None ; store.state.set_position(aid, 12.0)
    store.state.last_article ; store.state.set_last_article(aid)
    store.state.setting("theme", default) ; store.state.set_setting("theme", "nord")

    # Quote anchors: where is the quote in the article's current text? None = detached
    locate_quote(bookmark.anchor, article.text) -> tuple[int, int] | None

    # Export / import (also `reader export` and `reader import`)
    export_json(store) -> str ; export_markdown(store) -> str ; export_readwise(store) -> str
    export_as(store, fmt) -> str             # fmt in EXPORT_FORMAT_NAMES
    write_export(store, fmt, path) -> Path   # the one export writer (CLI and app), atomic
    write_export_file(path, text) -> Path
    import_json(store, text) -> ImportResult   # merges by id, never duplicates; all in one
                        # write, or ImportRejected (a StoreError) and nothing changed
    store.take_over() -> bool                 # read-only because busy: writable if free now

Errors (all StoreError; `str(error)` is a message for the user): StoreBusyError,
StoreReadOnlyError (a write on a read-only store), StoreWriteError (the save failed;
memory then equals the file), StoreIdClashError (ids are unique across the store),
ImportRejected, StoreNewerSchemaError, StoreUnreadableError, StoreDamagedError.
Every change is on disk when the call returns. Call the store from one thread at a time.
"""

from reader.store.anchor import locate_quote
from reader.store.errors import (
    StoreBusyError,
    StoreDamagedError,
    StoreError,
    StoreIdClashError,
    StoreNewerSchemaError,
    StoreReadOnlyError,
    StoreUnreadableError,
    StoreWriteError,
)
from reader.store.export import (
    EXPORT_FORMAT_NAMES,
    ExportFormat,
    export_as,
    export_json,
    export_markdown,
    export_readwise,
)
from reader.store.export_file import write_export, write_export_file
from reader.store.importing import ImportRejected, ImportResult, import_json
from reader.store.markdown import SaidIn, export_person_markdown
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
)
from reader.store.state import ReadingState
from reader.store.store import Store, open_store

__all__ = [
    "EXPORT_FORMAT_NAMES",
    "AnchoredBookmark",
    "ArticleBookmark",
    "Bookmark",
    "ExportFormat",
    "HighlightBookmark",
    "ImportRejected",
    "ImportResult",
    "Note",
    "NoteTarget",
    "QuoteAnchor",
    "QuoteBookmark",
    "ReadingState",
    "Record",
    "SaidIn",
    "Store",
    "StoreBusyError",
    "StoreDamagedError",
    "StoreError",
    "StoreIdClashError",
    "StoreNewerSchemaError",
    "StoreReadOnlyError",
    "StoreUnreadableError",
    "StoreWriteError",
    "export_as",
    "export_json",
    "export_markdown",
    "export_person_markdown",
    "export_readwise",
    "import_json",
    "locate_quote",
    "open_store",
    "write_export",
    "write_export_file",
]
