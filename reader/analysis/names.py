"""Given names (with the sex they most often tell) and East Asian family names."""

from __future__ import annotations

from reader.analysis.data import given_names, surnames, world_names


def _table() -> dict[str, str]:
    table: dict[str, str] = {}
    for block, sex in ((given_names.FEMALE, "female"), (given_names.MALE, "male"),
                       (world_names.FEMALE, "female"), (world_names.MALE, "male")):
        for name in block.split():
            table.setdefault(name, sex)
    return table


# "Patrick" -> "male"; the census lists decide first, the world list fills in.
GIVEN_NAMES: dict[str, str] = _table()

EAST_ASIAN_FAMILY: frozenset[str] = frozenset(world_names.EAST_ASIAN_FAMILY.split())

# The most frequent US Census surnames: a weak sign that a capitalised pair is a name.
SURNAMES: frozenset[str] = frozenset(surnames.SURNAMES.split())
