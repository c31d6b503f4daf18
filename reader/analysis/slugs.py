"""Entity ids: "person:patrick-ryder", "country:kp", "organization:state-department"."""

from __future__ import annotations

from functools import lru_cache

from slugify import slugify


@lru_cache(maxsize=4096)
def entity_id(kind: str, name: str) -> str:
    """The stable id of an entity of `kind` called `name`."""
    return f"{kind}:{slugify(name) or 'unnamed'}"
