"""The store's public API: bookmarks, notes, reading state, persistence across reopen."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from reader.store import (
    ArticleBookmark,
    NoteTarget,
    QuoteAnchor,
    QuoteBookmark,
    Store,
    StoreReadOnlyError,
    open_store,
)
from reader.store.records import record_from_dict
from reader.store.schema import CURRENT_VERSION
from tests.store.conftest import ARTICLE_TEXT


def _anchor(quote: str) -> QuoteAnchor:
    start = ARTICLE_TEXT.index(quote)
    return QuoteAnchor.from_text(ARTICLE_TEXT, start, start + len(quote), "hash1")


def test_article_bookmark_round_trip_and_idempotent(store: Store, data_dir: Path) -> None:
    first = store.bookmark_article("allies-1234", "Allies [VIDEO] agree", source="Yonhap",
                                   date="2024-05-01")
    again = store.bookmark_article("allies-1234", "Allies [VIDEO] agree")
    assert again == first
    assert store.is_bookmarked("allies-1234") and not store.is_bookmarked("other")
    assert len(first.id) == 36 and first.created == first.updated
    store.close()
    with open_store(data_dir) as reopened:
        assert reopened.bookmarks() == [first]
        assert reopened.article_bookmark("allies-1234") == first


def test_quote_bookmark_keeps_anchor_and_lists_newest_first(store: Store) -> None:
    anchor = _anchor("We will hold the line,")
    assert anchor.prefix.endswith('Tuesday. "') and anchor.suffix.startswith('" said')
    older = store.bookmark_article("a", "A")
    quote = store.bookmark_quote("a", "A", anchor, speaker="Patrick Ryder",
                                 speaker_id="person:patrick-ryder")
    other = store.bookmark_article("b", "B")
    assert store.bookmarks() == [other, quote, older]
    assert store.bookmarks("a") == [quote, older]
    assert isinstance(quote, QuoteBookmark) and quote.quote == "We will hold the line,"
    assert store.bookmark_quote("a", "A", anchor) == quote  # same quote: not duplicated
    assert store.quote_bookmark("a", anchor) == quote


def test_delete_returns_record_and_restore_undoes(store: Store, data_dir: Path) -> None:
    mark = store.bookmark_article("a", "A")
    deleted = store.delete_bookmark(mark.id)
    assert deleted == mark and store.bookmarks() == [] and not store.is_bookmarked("a")
    assert store.delete_bookmark(mark.id) is None
    store.restore_bookmark(mark)
    assert store.bookmarks() == [mark] and store.is_bookmarked("a")
    assert store.unbookmark_article("a") == mark
    assert store.unbookmark_article("a") is None


def test_notes_on_article_quote_and_entity(store: Store, data_dir: Path) -> None:
    anchor = _anchor("This is not enough,")
    on_article = store.set_note(NoteTarget.article("a", "A"), "read later")
    on_quote = store.set_note(NoteTarget.quote("a", "A", anchor, "a diplomat"), "who?")
    on_entity = store.set_note(NoteTarget.entity("person:patrick-ryder", "Patrick Ryder"),
                               "Pentagon press secretary")
    assert store.note_for(NoteTarget.article("a", "A")) == on_article
    # The note on a quote is found again by the quote, whatever its offsets are now.
    moved = QuoteAnchor(anchor.quote, anchor.start + 5, anchor.end + 5)
    assert store.note_for(NoteTarget.quote("a", "A", moved)) == on_quote
    edited = store.set_note(NoteTarget.article("a", "A"), "read again")
    assert edited.id == on_article.id and edited.text == "read again"
    assert edited.updated >= on_article.updated and edited.created == on_article.created
    assert {n.id for n in store.notes("a")} == {on_article.id, on_quote.id}
    assert store.notes(entity_id="person:patrick-ryder") == [on_entity]
    store.close()
    with open_store(data_dir) as reopened:
        assert reopened.note_for(NoteTarget.article("a", "A")) == edited
        deleted = reopened.delete_note(on_quote.id)
        assert deleted == on_quote
        assert reopened.note_for(NoteTarget.quote("a", "A", anchor)) is None
        reopened.restore_note(on_quote)
        assert reopened.get(on_quote.id) == on_quote


def test_records_are_json_dicts_that_round_trip(store: Store) -> None:
    anchor = _anchor("We will hold the line,")
    records = [
        store.bookmark_article("a", "A", url="https://example.org/a"),
        store.bookmark_quote("a", "A", anchor, speaker="Patrick Ryder"),
        store.set_note(NoteTarget.quote("a", "A", anchor), "n"),
    ]
    for record in records:
        assert record_from_dict(record.to_dict()) == record


def test_reading_state_is_its_own_file(store: Store, data_dir: Path) -> None:
    store.bookmark_article("a", "A")
    store_bytes = (data_dir / "store.json").read_bytes()
    store.state.set_read("a")
    store.state.set_position("a", 42.5)
    store.state.set_last_article("a")
    store.state.set_setting("theme", "nord")
    assert (data_dir / "store.json").read_bytes() == store_bytes  # untouched
    store.close()
    with open_store(data_dir) as reopened:
        state = reopened.state
        assert state.is_read("a") and not state.is_read("b")
        assert state.read_ids() == frozenset({"a"})
        assert state.position("a") == 42.5 and state.position("b") is None
        assert state.last_article == "a"
        assert state.setting("theme") == "nord" and state.setting("x", "d") == "d"
        state.set_read("a", False)
        assert state.read_ids() == frozenset()


def test_files_are_private(store: Store, data_dir: Path) -> None:
    store.bookmark_article("a", "A")
    store.state.set_read("a")
    for name in ("store.json", "state.json"):
        assert stat.S_IMODE((data_dir / name).stat().st_mode) == 0o600


def test_untrusted_text_with_lone_surrogates_is_stored(store: Store) -> None:
    mark = store.bookmark_article("a", "bad \ud800 title")
    assert store.get(mark.id) is not None


def test_second_store_is_read_only_and_says_so(store: Store, data_dir: Path) -> None:
    store.bookmark_article("a", "A")
    with open_store(data_dir) as second:
        assert second.read_only
        assert any("read-only" in m for m in second.messages)
        assert [b.article_id for b in second.bookmarks()] == ["a"]
        with pytest.raises(StoreReadOnlyError):
            second.bookmark_article("b", "B")
        second.state.set_read("a")  # kept in memory only
        assert second.state.is_read("a")
    assert not (data_dir / "state.json").exists()
    store.bookmark_article("c", "C")
    assert [b.article_id for b in store.bookmarks()] == ["c", "a"]


def test_read_only_store_refresh_sees_the_writer(store: Store, data_dir: Path) -> None:
    with open_store(data_dir) as second:
        store.bookmark_article("a", "A")
        assert second.bookmarks() == []
        second.refresh()
        assert [b.article_id for b in second.bookmarks()] == ["a"]
        assert isinstance(second.bookmarks()[0], ArticleBookmark)


def test_reanchor_saves_a_moved_quote_and_keeps_a_detached_one(store: Store,
                                                               data_dir: Path) -> None:
    anchor = _anchor("We will hold the line,")
    mark = store.bookmark_quote("a", "A", anchor, speaker="Patrick Ryder")
    edited = "Correction appended at the top.\n" + ARTICLE_TEXT
    span = store.reanchor_quote(mark.id, edited, "hash2")
    assert span is not None and edited[span[0]:span[1]] == "We will hold the line,"
    store.close()
    with open_store(data_dir) as reopened:
        [moved] = reopened.bookmarks()
        assert isinstance(moved, QuoteBookmark) and moved.id == mark.id
        assert (moved.anchor.start, moved.anchor.end, moved.anchor.content_hash) == (
            span[0], span[1], "hash2")
        assert reopened.reanchor_quote(mark.id, "The article was rewritten.", "h3") is None
        assert reopened.bookmarks() == [moved]  # detached: kept exactly as it was


def test_file_always_equals_memory_across_tables(store: Store, data_dir: Path) -> None:
    # Unchanged tables' bytes are reused between saves: the file must still be exactly
    # the document in memory after changes to one table, then the other, then both.
    import json

    anchor = _anchor("We will hold the line,")
    steps = [
        lambda: store.bookmark_article("a", "A"),
        lambda: store.set_note(NoteTarget.article("a", "A"), "one"),
        lambda: store.set_note(NoteTarget.article("a", "A"), "two"),
        lambda: store.bookmark_quote("a", "A", anchor),
        lambda: store.unbookmark_article("a"),
        lambda: store.restore_many([ArticleBookmark("b", "B")]),
    ]
    for step in steps:
        step()
        on_disk = json.loads((data_dir / "store.json").read_bytes())
        assert on_disk["tables"] == store._storage.read()
        assert on_disk["schema_version"] == CURRENT_VERSION
