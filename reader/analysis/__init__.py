"""The article analyser: pure functions over str, no Textual, no I/O."""

from __future__ import annotations

from reader.analysis.entities import find_entities
from reader.analysis.model import ENTITY_KINDS, Analysis, Entity, EntityKind, Quote
from reader.analysis.quotes import find_quotes

__all__ = ["ENTITY_KINDS", "Analysis", "Entity", "EntityKind", "Quote", "analyze"]


def analyze(text: str) -> Analysis:
    """Find the people, countries, organisations and quotes of one article."""
    entities = find_entities(text)
    quotes, entities = find_quotes(text, entities)
    return Analysis(text=text, entities=entities, quotes=quotes)
