"""Given names (with the sex they most often tell) and East Asian family names."""

from __future__ import annotations

from reader.analysis.data import given_names, surnames, world_names


def _table() -> dict[str, str]:
    # Later updates win: the world list fills in, the census lists decide.
    table = dict.fromkeys(world_names.MALE.split(), "male")
    table.update(dict.fromkeys(world_names.FEMALE.split(), "female"))
    table.update(dict.fromkeys(given_names.MALE.split(), "male"))
    table.update(dict.fromkeys(given_names.FEMALE.split(), "female"))
    return table


# "Patrick" -> "male"; the census lists decide first, the world list fills in.
GIVEN_NAMES: dict[str, str] = _table()

EAST_ASIAN_FAMILY: frozenset[str] = frozenset(world_names.EAST_ASIAN_FAMILY.split())

# The most frequent US Census surnames: a weak sign that a capitalised pair is a name.
SURNAMES: frozenset[str] = frozenset(surnames.SURNAMES.split())
