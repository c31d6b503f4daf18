"""Named entities: people, countries and organisations.

Placeholder until the entity finder lands: finds nothing.
"""

from __future__ import annotations

from reader.analysis.model import Entity


def find_entities(text: str) -> list[Entity]:
    """Every person, country and organisation named in `text`, with all their mentions."""
    return []
