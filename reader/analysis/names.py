"""Given names (with the sex they most often tell), East Asian family names, surnames and
the names of the world's cities."""

from __future__ import annotations

import os

from reader.analysis.data import given_names, world_names

_DATA = os.path.join(os.path.dirname(__file__), "data")


def _read(name: str) -> str:
    """A generated table of data/ (the big ones are plain text: a Python module holding
    the same text as a literal is compiled at every start when no bytecode is cached)."""
    # Bytes, decoded at once: a text-mode read spends a sixth of the load of the table on
    # looking for "\r" line endings, which the generated files never have.
    with open(os.path.join(_DATA, name), "rb") as file:
        return file.read().decode("utf-8")


def _table() -> dict[str, str]:
    # Later updates win: the world lists fill in, the census lists decide. Names whose
    # list tells no sex ("" : a given name all the same) come first, so any list that
    # tells one wins.
    # The broad list of nomquamgender first: the given names of the countries the other
    # lists miss ("Kyaw", "Sokha", "Nimal"), each of the other lists overrides it.
    male, female, either = _read("nqg_given_names.txt").split("\n\n")
    table = dict.fromkeys(either.split(), "")
    table.update(dict.fromkeys(male.split(), "male"))
    table.update(dict.fromkeys(female.split(), "female"))
    table.update(dict.fromkeys(_read("faker_unsexed_names.txt").split(), ""))
    table.update(dict.fromkeys(_read("faker_male_names.txt").split(), "male"))
    table.update(dict.fromkeys(_read("faker_female_names.txt").split(), "female"))
    table.update(dict.fromkeys(world_names.MALE.split(), "male"))
    table.update(dict.fromkeys(world_names.FEMALE.split(), "female"))
    table.update(dict.fromkeys(world_names.MALE_MORE.split(), "male"))
    table.update(dict.fromkeys(world_names.FEMALE_MORE.split(), "female"))
    table.update(dict.fromkeys(given_names.MALE.split(), "male"))
    table.update(dict.fromkeys(given_names.FEMALE.split(), "female"))
    return table


# "Patrick" -> "male", "Babar" -> "" (a given name of either sex); the census lists
# decide first, the world lists fill in. Test membership with `in`: "" is falsy.
GIVEN_NAMES: dict[str, str] = _table()

# The given names of the census and hand-written lists only: the ones sure enough to
# outweigh a place name after them ("Jane Lagos" is a person, a club named after a word
# from the long world list and a city is not).
CORE_GIVEN_NAMES: frozenset[str] = frozenset(
    (given_names.MALE + world_names.MALE + given_names.FEMALE + world_names.FEMALE).split())

EAST_ASIAN_FAMILY: frozenset[str] = frozenset(world_names.EAST_ASIAN_FAMILY.split())

# The most frequent US Census surnames: a weak sign that a capitalised pair is a name.
SURNAMES: frozenset[str] = frozenset(_read("surnames.txt").split())

# Cities of 15,000 people or more ("Tunbridge Wells" as one entry).
CITIES: frozenset[str] = frozenset(_read("places.txt").strip().split("\n"))

# Surnames of the world's other lists (faker's, less given names, places and everyday
# words): the same weak sign as SURNAMES, looked at only when a pair is otherwise
# undecided ("Tamim Chowdhury"), never to keep a word from being a place or a verb.
WORLD_SURNAMES: frozenset[str] = frozenset(
    _read("faker_surnames.txt").split() + world_names.SURNAMES_MORE.split())
