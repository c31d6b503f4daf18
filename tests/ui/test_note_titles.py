"""The one note-title builder, for the main screen and the bookmarks screen alike."""

from __future__ import annotations

from reader.store import NoteTarget, QuoteAnchor
from reader.ui.note_titles import note_title


def test_titles_for_every_kind_of_target() -> None:
    anchor = QuoteAnchor.from_text('He said "yes".', 8, 13, "h")
    assert note_title(NoteTarget.entity("person:ada-lovelace", "Ada Lovelace")) == (
        "Note on person Ada Lovelace")
    assert note_title(NoteTarget.entity("organization:un", "UN")) == "Note on organisation UN"
    assert note_title(NoteTarget.quote("a", "Talks", anchor, speaker="Ada")) == (
        "Note on the quote by Ada")
    assert note_title(NoteTarget.quote("a", "Talks", anchor)) == "Note on a quote in “Talks”"
    assert note_title(NoteTarget.article("a", "Talks")) == "Note on the article “Talks”"


def test_titles_are_clean_and_short() -> None:
    title = note_title(NoteTarget.article("a", "Big\x1b[31m news\u202e " + "word " * 40))
    assert "\x1b" not in title and "\u202e" not in title
    assert title.endswith("…”") and len(title) < 90
