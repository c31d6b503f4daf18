"""The article analyser: pure functions over str, no Textual, no I/O."""

from __future__ import annotations

from reader.analysis.model import ENTITY_KINDS, Analysis, Entity, EntityKind, Quote

# The finders (and their name tables, about 12 MiB) are imported by the first `analyze`,
# not by `import reader.analysis`: reading a cached analysis needs only the model.

# Bump when a change to the analyser changes what it finds: the analysis cache on disk
# keys on it, so analyses made by an older analyser are not shown.
ANALYSER_VERSION = "88"

__all__ = ["ANALYSER_VERSION", "ENTITY_KINDS", "Analysis", "Entity", "EntityKind", "Quote",
           "analyze"]


def analyze(text: str) -> Analysis:
    """Find the people, countries, organisations and quotes of one article."""
    from reader.front_matter import without_front_matter
    from reader.gc_pause import collector_paused

    with collector_paused():
        # Inside the pause: loading the name tables allocates enough to set off several
        # collections that would walk all of them (about 10 ms of a process's start).
        from reader.analysis.entities import find_entities
        from reader.analysis.quotes import find_quotes

        # A front matter block is metadata ("source: Ridge Wire" names no person): the
        # rules read the text with it blanked, which keeps every offset as it is.
        prose = without_front_matter(text)
        entities = _unique_ids(find_entities(prose))
        quotes, entities = find_quotes(prose, entities)
        return Analysis(text=text, entities=_unique_ids(entities), quotes=quotes)


def _unique_ids(entities: list[Entity]) -> list[Entity]:
    """Give each entity its own id: two names can fold to one slug ("Mar’ta Lund" and
    "Marta Lund"), and the contract's `speaker` must name exactly one entity."""
    seen: set[str] = set()
    for ent in entities:
        if ent.id in seen:
            base, n = ent.id, 2
            while f"{base}-{n}" in seen:
                n += 1
            ent.id = f"{base}-{n}"
        seen.add(ent.id)
    return entities
