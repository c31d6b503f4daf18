"""The stored form of each record kind, byte for byte: the record classes share code
(`_NewRecordTimes`, `_Anchored`), and sharing it must never change a file's bytes."""

from __future__ import annotations

import pytest

from reader.store import codec
from reader.store.records import (
    ArticleBookmark,
    HighlightBookmark,
    Note,
    NoteTarget,
    QuoteAnchor,
    QuoteBookmark,
    Record,
    record_from_dict,
)

ANCHOR = QuoteAnchor(quote="We hold", start=4, end=11, prefix="So: ", suffix=".",
                     content_hash="h1")
TIMES = {"id": "r-1", "created": "2026-01-02T03:04:05+00:00"}
ANCHOR_JSON = ('"anchor":{"quote":"We hold","start":4,"end":11,"prefix":"So: ",'
               '"suffix":".","content_hash":"h1"}')

CASES: list[tuple[Record, str]] = [
    (ArticleBookmark("a-1", "Harbour talks", source="Wire", date="2026-01-01",
                     url="https://example.org/a", author="Ada Quill", **TIMES),
     '{"id":"r-1","kind":"article","article_id":"a-1","title":"Harbour talks",'
     '"source":"Wire","date":"2026-01-01","url":"https://example.org/a",'
     '"author":"Ada Quill","created":"2026-01-02T03:04:05+00:00",'
     '"updated":"2026-01-02T03:04:05+00:00"}'),
    (QuoteBookmark("a-1", "Harbour talks", ANCHOR, speaker="Ines Okafor",
                   speaker_id="person:ines-okafor", source="Wire", **TIMES),
     '{"id":"r-1","kind":"quote","article_id":"a-1","article_title":"Harbour talks",'
     + ANCHOR_JSON + ',"speaker":"Ines Okafor","speaker_id":"person:ines-okafor",'
     '"source":"Wire","url":null,"author":null,"created":"2026-01-02T03:04:05+00:00",'
     '"updated":"2026-01-02T03:04:05+00:00"}'),
    (HighlightBookmark("a-1", "Harbour talks", ANCHOR, url="https://example.org/a",
                       **TIMES),
     '{"id":"r-1","kind":"highlight","article_id":"a-1","article_title":"Harbour talks",'
     + ANCHOR_JSON + ',"source":null,"url":"https://example.org/a","author":null,'
     '"created":"2026-01-02T03:04:05+00:00","updated":"2026-01-02T03:04:05+00:00"}'),
    (Note(NoteTarget.article("a-1", "Harbour talks"), "Ask the port.", **TIMES),
     '{"id":"r-1","kind":"note","target":{"kind":"article","article_id":"a-1",'
     '"article_title":"Harbour talks","anchor":null,"speaker":null,"entity_id":null,'
     '"entity_name":null},"text":"Ask the port.","created":"2026-01-02T03:04:05+00:00",'
     '"updated":"2026-01-02T03:04:05+00:00"}'),
]


@pytest.mark.parametrize(("record", "stored"), CASES, ids=lambda c: getattr(c, "kind", ""))
def test_each_kind_is_stored_as_it_always_was_and_reads_back(record: Record,
                                                              stored: str) -> None:
    assert codec.dumps(record.to_dict()).decode() == stored
    assert record_from_dict(codec.loads(stored.encode())) == record


def test_a_new_record_is_updated_when_created_and_keeps_an_explicit_update() -> None:
    fresh = HighlightBookmark("a-1", "T", ANCHOR)
    assert fresh.updated == fresh.created
    later = QuoteBookmark("a-1", "T", ANCHOR, created="2026-01-01T00:00:00+00:00",
                          updated="2026-02-01T00:00:00+00:00")
    assert later.updated == "2026-02-01T00:00:00+00:00"


def test_quotes_and_highlights_read_alike() -> None:
    quote = QuoteBookmark("a-1", "T", ANCHOR, speaker="Ines Okafor")
    passage = HighlightBookmark("a-1", "T", ANCHOR)
    assert (quote.quote, passage.quote) == ("We hold", "We hold")
    assert (quote.speaker, passage.speaker) == ("Ines Okafor", None)
    assert not hasattr(passage, "__dict__")  # still slotted
