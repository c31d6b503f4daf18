"""The one place that says what a note is about, for the note editor's title. No Textual.

Both the main screen (`a` on a person, a quote or the article) and the bookmarks screen
(`a` on a row) build their editor's title here, from the note's target alone.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reader.articles import sanitise_line

if TYPE_CHECKING:
    from reader.store import NoteTarget

TITLE_CHARS = 60
KIND_NAMES = {"person": "person", "country": "country", "organization": "organisation"}


def shorten(text: str, limit: int = TITLE_CHARS) -> str:
    """One clean line of at most `limit` characters, with an ellipsis when cut."""
    line = sanitise_line(text)
    return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"


def note_title(target: NoteTarget) -> str:
    """"Note on person Ada Lovelace, written in “Talks resume”", "Note on the quote by Ada
    Lovelace", "Note on a quote in “Talks resume”", "Note on the article “Talks resume”"."""
    if target.kind == "entity":
        kind = KIND_NAMES.get((target.entity_id or "").split(":", 1)[0])
        name = shorten(target.entity_name or target.entity_id or "someone")
        title = f"Note on {kind} {name}" if kind else f"Note on {name}"
        written_in = target.written_in
        return f"{title}, written in “{shorten(written_in)}”" if written_in else title
    title = shorten(target.article_title or "", TITLE_CHARS)
    if target.kind == "quote":
        if target.speaker and sanitise_line(target.speaker):
            return f"Note on the quote by {shorten(target.speaker)}"
        return f"Note on a quote in “{title}”" if title else "Note on the quote"
    return f"Note on the article “{title}”" if title else "Note on the article"


def passage_note_title(article_title: str) -> str:
    """"Note on a highlight in “Talks resume”": a note on a passage the user selected."""
    title = shorten(article_title or "", TITLE_CHARS)
    return f"Note on a highlight in “{title}”" if title else "Note on the highlight"
