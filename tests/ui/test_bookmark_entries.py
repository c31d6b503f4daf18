"""Rows of the bookmarks screen built from a real store (no Textual)."""

from __future__ import annotations

from pathlib import Path

from reader.articles import article_from_text
from reader.library.query import parse
from reader.store import NoteTarget, QuoteAnchor, open_store
from reader.ui.bookmark_entries import collect_entries

TEXT = 'Talks\n"We want peace," Lee said. "Not now," Kim replied. (Yonhap)'


def test_entries_are_quotes_then_notes_then_articles(data_dir: Path) -> None:
    article = article_from_text(TEXT)
    start = article.text.index('"We want')
    end = article.text.index("said") - 1
    anchor = QuoteAnchor.from_text(article.text, start, end, article.content_hash)
    with open_store(data_dir) as store:
        store.bookmark_article(article.id, article.title)
        quote = store.bookmark_quote(article.id, article.title, anchor, speaker="Lee")
        store.set_note(NoteTarget.quote(article.id, article.title, anchor, speaker="Lee"),
                       "pivotal")
        store.set_note(NoteTarget.entity("person:kim", "Kim"), "who is Kim?")
        found = collect_entries(store, {article.id: article}.get)
        missing = collect_entries(store, lambda _id: None)
    assert [e.kind for e in found] == ["quote", "note", "note", "article"]
    first = found[0]
    assert first.record == quote and first.span == (start, end) and first.has_note
    assert not first.detached and first.article_open
    entity_note = next(e for e in found if e.article_id is None)
    assert entity_note.about == "Kim"
    # The article is not open: nothing to jump to, but not "detached" either.
    assert not missing[0].article_open and missing[0].span is None
    assert not missing[0].detached
    assert [e.kind for e in found if parse("LEE").matches(e.target())] == ["quote", "note"]
    assert [e.text for e in found if parse("kim who").matches(e.target())] == ["who is Kim?"]


def test_quote_gone_from_the_text_is_detached(data_dir: Path) -> None:
    article = article_from_text(TEXT)
    start = article.text.index('"Not now')
    anchor = QuoteAnchor.from_text(article.text, start, start + 10, article.content_hash)
    changed = article_from_text(TEXT.replace('"Not now," Kim replied.', "Kim left."))
    with open_store(data_dir) as store:
        store.bookmark_quote(article.id, article.title, anchor, speaker="Kim")
        (entry,) = collect_entries(store, {article.id: changed}.get)
    assert entry.detached and entry.span is None
