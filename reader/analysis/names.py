"""Given names (with the sex they most often tell), East Asian family names, surnames and
the names of the world's cities."""

from __future__ import annotations

from reader.analysis.data import faker_given_names, given_names, places, surnames, world_names


def _table() -> dict[str, str]:
    # Later updates win: the world lists fill in, the census lists decide.
    table = dict.fromkeys(faker_given_names.MALE.split(), "male")
    table.update(dict.fromkeys(faker_given_names.FEMALE.split(), "female"))
    table.update(dict.fromkeys(world_names.MALE.split(), "male"))
    table.update(dict.fromkeys(world_names.FEMALE.split(), "female"))
    table.update(dict.fromkeys(given_names.MALE.split(), "male"))
    table.update(dict.fromkeys(given_names.FEMALE.split(), "female"))
    return table


# "Patrick" -> "male"; the census lists decide first, the world lists fill in.
GIVEN_NAMES: dict[str, str] = _table()

# The given names of the census and hand-written lists only: the ones sure enough to
# outweigh a place name after them ("Jane Lagos" is a person, a club named after a word
# from the long world list and a city is not).
CORE_GIVEN_NAMES: frozenset[str] = frozenset(
    (given_names.MALE + world_names.MALE + given_names.FEMALE + world_names.FEMALE).split())

EAST_ASIAN_FAMILY: frozenset[str] = frozenset(world_names.EAST_ASIAN_FAMILY.split())

# The most frequent US Census surnames: a weak sign that a capitalised pair is a name.
SURNAMES: frozenset[str] = frozenset(surnames.SURNAMES.split())

# Cities of 15,000 people or more ("Tunbridge Wells" as one entry).
CITIES: frozenset[str] = frozenset(places.CITIES.strip().split("\n"))
