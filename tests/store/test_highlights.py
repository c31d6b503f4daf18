"""Highlights: passages the user selected, kept beside quote bookmarks (schema 2)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from reader.articles import article_from_text
from reader.store import (
    HighlightBookmark,
    NoteTarget,
    QuoteAnchor,
    export_json,
    export_markdown,
    export_readwise,
    import_json,
    open_store,
)
from reader.store.backups import backups_dir
from reader.store.schema import CURRENT_VERSION
from reader.ui import session

TEXT = ("Ferry timetable changes\n\n"
        "The island council met on Monday. The winter ferry will sail twice a day, and "
        "the night crossing stops until March. Shops on the quay expect a quiet season.\n")
PASSAGE = "the night crossing stops until March"


def _anchor(text: str = TEXT, passage: str = PASSAGE) -> QuoteAnchor:
    start = text.index(passage)
    return QuoteAnchor.from_text(text, start, start + len(passage), "hash1")


def test_a_highlight_survives_a_reopen_and_is_kept_once(data_dir: Path) -> None:
    with open_store(data_dir) as store:
        kept = store.highlight_passage("file:news/ferry.txt", "Ferry timetable changes",
                                       _anchor(), source="Island Post")
        again = store.highlight_passage("file:news/ferry.txt", "Ferry timetable changes",
                                        _anchor())
        assert again == kept  # the same passage twice: one record
    with open_store(data_dir) as reopened:
        [found] = reopened.bookmarks()
        assert found == kept and isinstance(found, HighlightBookmark)
        assert found.quote == PASSAGE and found.source == "Island Post"
        assert reopened.highlight("file:news/ferry.txt", _anchor()) == kept
        deleted = reopened.delete_bookmark(kept.id)
        assert deleted == kept and reopened.bookmarks() == []
        reopened.restore_bookmark(kept)  # undo puts it back with its id and times
        assert reopened.bookmarks() == [kept]
    on_disk = json.loads((data_dir / "store.json").read_bytes())
    assert on_disk["schema_version"] == CURRENT_VERSION == 2
    assert on_disk["tables"]["bookmarks"][kept.id]["kind"] == "highlight"


def test_a_store_without_highlights_is_upgraded_after_a_backup(data_dir: Path) -> None:
    """A schema-1 file (written before highlights existed) opens as schema 2, keeps every
    record, and its bytes as they were are kept in a backup."""
    data_dir.mkdir(parents=True, exist_ok=True)
    anchor = _anchor().to_dict()
    v1 = {"format": "reader-store", "schema_version": 1, "tables": {
        "bookmarks": {"0b6c1c5e-6c36-4a55-9d5f-3b4bb2f7f001": {
            "id": "0b6c1c5e-6c36-4a55-9d5f-3b4bb2f7f001", "kind": "quote",
            "article_id": "a", "article_title": "A", "anchor": anchor,
            "speaker": "Jo Tan", "speaker_id": None, "source": None, "url": None,
            "author": None, "created": "2026-01-02T10:00:00+00:00",
            "updated": "2026-01-02T10:00:00+00:00"}},
        "notes": {}}}
    payload = json.dumps(v1).encode()
    (data_dir / "store.json").write_bytes(payload)
    with open_store(data_dir) as store:
        assert any("from schema 1 to 2" in m for m in store.messages), store.messages
        [backup] = backups_dir(data_dir).glob("store-v1-before-migration-*.json")
        assert backup.read_bytes() == payload
        [quote] = store.bookmarks()
        assert quote.kind == "quote" and quote.speaker == "Jo Tan"
        store.highlight_passage("a", "A", _anchor())
    with open_store(data_dir) as reopened:
        assert reopened.messages == []
        assert sorted(b.kind for b in reopened.bookmarks()) == ["highlight", "quote"]


def test_a_reader_that_knows_only_schema_1_would_refuse_not_repair(data_dir: Path) -> None:
    """Why the version step: a v1 reader moves aside any file with a record kind it does
    not know, but refuses a newer schema. The file now says 2 once it holds highlights."""
    with open_store(data_dir) as store:
        store.highlight_passage("a", "A", _anchor())
    doc = json.loads((data_dir / "store.json").read_bytes())
    assert doc["schema_version"] > 1


def test_a_highlight_is_found_again_after_the_text_is_edited(data_dir: Path) -> None:
    edited = TEXT.replace("The island council met on Monday.",
                          "The island council met on Monday evening, late.\n\nAfter a vote,")
    with open_store(data_dir) as store:
        kept = store.highlight_passage("a", "A", _anchor())
        span = store.reanchor_quote(kept.id, edited, "hash2")
        assert span is not None and edited[span[0]:span[1]] == PASSAGE
        assert span[0] != kept.anchor.start
    with open_store(data_dir) as reopened:  # the moved offsets were saved
        [moved] = reopened.bookmarks()
        assert isinstance(moved, HighlightBookmark)
        assert (moved.anchor.start, moved.anchor.content_hash) == (span[0], "hash2")
        # A text without the passage: not found, and the highlight is kept as it was.
        assert reopened.reanchor_quote(kept.id, "The ferry story was rewritten.") is None
        assert reopened.bookmarks() == [moved]


def test_the_reading_pane_gets_found_and_lost_highlights(data_dir: Path) -> None:
    article = article_from_text(TEXT, article_id="file:news/ferry.txt")
    other = "Shops on the quay expect a quiet season"
    with open_store(data_dir) as store:
        session.keep_passage(store, article, *_span(article.text, PASSAGE))
        kept = session.keep_passage(store, article, *_span(article.text, other))
        assert kept.added and len(kept.passages.spans) == 2 and kept.passages.lost == 0
        assert not session.keep_passage(store, article, *_span(article.text, other)).added
        edited = article_from_text(TEXT.replace(other, "The quay is closed"),
                                   article_id=article.id)
        found = session.passages(store, edited)
        assert found.lost == 1
        assert [edited.text[a:b] for a, b in found.spans] == [PASSAGE]
        assert len(store.bookmarks()) == 2  # the lost one is kept


def _span(text: str, passage: str) -> tuple[int, int]:
    start = text.index(passage)
    return start, start + len(passage)


def _store_with_a_noted_highlight(data_dir: Path) -> tuple[HighlightBookmark, str]:
    with open_store(data_dir) as store:
        kept = store.highlight_passage("file:news/ferry.txt", "Ferry timetable changes",
                                       _anchor(), source="Island Post",
                                       url="https://example.org/ferry")
        store.set_note(NoteTarget.quote(kept.article_id, kept.article_title, kept.anchor),
                       "Check the spring dates.")
    return kept, "Check the spring dates."


def test_markdown_export_has_the_highlight_as_a_block_quote_with_its_note(
        data_dir: Path) -> None:
    _, note = _store_with_a_noted_highlight(data_dir)
    with open_store(data_dir, read_only=True) as store:
        text = export_markdown(store)
    lines = text.splitlines()
    heading = lines.index("## Ferry timetable changes")
    quote = lines.index("> the night crossing stops until March")
    assert heading < quote
    assert note in lines[quote:]
    assert "> —" not in text  # a passage has no speaker line


def test_readwise_export_has_a_row_for_the_highlight(data_dir: Path) -> None:
    kept, note = _store_with_a_noted_highlight(data_dir)
    with open_store(data_dir, read_only=True) as store:
        rows = list(csv.DictReader(io.StringIO(export_readwise(store))))
    [row] = rows
    assert row["Highlight"] == PASSAGE and row["Title"] == "Ferry timetable changes"
    assert row["Note"] == note and row["URL"] == "https://example.org/ferry"
    assert row["Author"] == "Island Post" and row["Location"] == str(kept.anchor.start)


def test_json_export_holds_the_highlight_and_imports_back(data_dir: Path,
                                                          tmp_path: Path) -> None:
    kept, _ = _store_with_a_noted_highlight(data_dir)
    with open_store(data_dir, read_only=True) as store:
        exported = export_json(store)
    doc = json.loads(exported)
    assert [b["kind"] for b in doc["bookmarks"]] == ["highlight"]
    assert doc["bookmarks"][0]["anchor"]["quote"] == PASSAGE
    with open_store(tmp_path / "other") as empty:
        result = import_json(empty, exported)
        assert result.added == 2
        assert empty.bookmarks() == [kept]
        assert import_json(empty, exported).unchanged == 2  # never twice
