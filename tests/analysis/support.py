"""What the entity finder makes of a text, as the analyser tests compare it."""

from __future__ import annotations

from reader.analysis.entities import find_entities


def people(text: str) -> set[str]:
    """The names of the people found in `text`."""
    return {e.name for e in find_entities(text) if e.kind == "person"}


def mentions(text: str) -> list[str]:
    """Every person mention's words, sorted, a hard line wrap read as a space."""
    return sorted(" ".join(text[s:e].split()) for ent in find_entities(text)
                  if ent.kind == "person" for s, e in ent.mentions)
