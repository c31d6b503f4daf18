"""What the entity finder makes of a text, as the analyser tests compare it."""

from __future__ import annotations

from reader.analysis import analyze
from reader.analysis.entities import find_entities


def people(text: str) -> set[str]:
    """The names of the people found in `text`."""
    return {e.name for e in find_entities(text) if e.kind == "person"}


def mentions(text: str) -> list[str]:
    """Every person mention's words, sorted, a hard line wrap read as a space."""
    return sorted(" ".join(text[s:e].split()) for ent in find_entities(text)
                  if ent.kind == "person" for s, e in ent.mentions)


def attributions(text: str) -> list[tuple[str, str | None, str | None]]:
    """(quoted words, source words, speaker's name) of each quote."""
    result = analyze(text)
    names = {e.id: e.name for e in result.entities}
    return [(q.text.strip("\"“”‘’',.!? "),
             text[q.source[0]:q.source[1]] if q.source else None,
             names.get(q.speaker or "")) for q in result.quotes]
