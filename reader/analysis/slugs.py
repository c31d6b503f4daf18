"""Entity ids: "person:patrick-ryder", "country:kp", "organization:state-department"."""

from __future__ import annotations

from functools import lru_cache

from reader.regex_cache import compiled

# What python-slugify does to a name of plain ASCII with no "&" (an HTML entity) and no
# comma (dropped between digits): lower case, each run of other characters one hyphen.
# Nearly every name is such a name, and the package's import (its entity table, its
# transliteration) is then left out of a process's start.
_NOT_SLUG = compiled(r"[^a-z0-9]+")


@lru_cache(maxsize=4096)
def entity_id(kind: str, name: str) -> str:
    """The stable id of an entity of `kind` called `name`."""
    return f"{kind}:{slug(name) or 'unnamed'}"


def slug(name: str) -> str:
    """python-slugify's `slugify(name)`, without importing it for plain names."""
    if name.isascii() and "&" not in name and "," not in name:
        return _NOT_SLUG.sub("-", name.lower()).strip("-")
    from slugify import slugify

    return slugify(name)
