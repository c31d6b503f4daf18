"""Given names (with the sex they most often tell), East Asian family names, surnames and
the names of the world's cities.

The four big tables are `WordSet`s and a `WordMap` over one `PackedWords`
(reader/analysis/word_tables.py): read from data/name_index.marshal, made from the lists
by tools/build_name_index.py, when that file was made from lists of the sizes they have
now; else built from the lists. (That every byte of the lists is the same as when the
file was made is checked by a test, not at every start: tests/analysis/test_word_tables.py.)"""

from __future__ import annotations

import os

from reader.analysis import PACKAGE_FOLDER
from reader.analysis.cues import word_set
from reader.analysis.data import given_names, world_names
from reader.analysis.word_tables import (
    PackedWords,
    Stamp,
    WordMap,
    WordSet,
    fingerprint,
    read_index,
)

TYPE_CHECKING = False  # (reader/records.py says why not typing's)
if TYPE_CHECKING:
    from typing import Final  # (constants read as C statics by mypyc, not from a dict)

_DATA: Final = os.path.join(PACKAGE_FOLDER, "data")
INDEX_FILE: Final = os.path.join(_DATA, "name_index.marshal")

# The generated lists of data/ the big tables are made from.
_LIST_FILES: Final = ("nqg_given_names.txt", "faker_unsexed_names.txt", "faker_male_names.txt",
               "faker_female_names.txt", "surnames.txt", "places.txt", "faker_surnames.txt")


def _raw(name: str) -> bytes:
    with open(os.path.join(_DATA, name), "rb") as file:
        return file.read()


def _read(name: str) -> str:
    """A generated table of data/ (the big ones are plain text: a Python module holding
    the same text as a literal is compiled at every start when no bytecode is cached)."""
    # Bytes, decoded at once: a text-mode read spends a sixth of the load of the table on
    # looking for "\r" line endings, which the generated files never have.
    return _raw(name).decode("utf-8")


def _hand_written() -> tuple[str, ...]:
    return (given_names.MALE, given_names.FEMALE, world_names.MALE, world_names.FEMALE,
            world_names.MALE_MORE, world_names.FEMALE_MORE, world_names.SURNAMES_MORE,
            world_names.EITHER_MORE)


def lists_fingerprint() -> int:
    """The fingerprint of every list the big tables are made from (every byte)."""
    return fingerprint([*map(_raw, _LIST_FILES), *(s.encode("utf-8") for s in _hand_written())])


def lists_stamp() -> Stamp:
    """The sizes of the lists the big tables are made from: what every start checks (a
    few calls to stat, where the fingerprint reads 1.2 MB), and what nearly every edit
    of a list changes."""
    return (*(os.stat(os.path.join(_DATA, name)).st_size for name in _LIST_FILES),
            *map(len, _hand_written()))


def _given_names() -> dict[str, str]:
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
    table.update(dict.fromkeys(world_names.EITHER_MORE.split(), ""))
    table.update(dict.fromkeys(_read("faker_male_names.txt").split(), "male"))
    table.update(dict.fromkeys(_read("faker_female_names.txt").split(), "female"))
    table.update(dict.fromkeys(world_names.MALE.split(), "male"))
    table.update(dict.fromkeys(world_names.FEMALE.split(), "female"))
    table.update(dict.fromkeys(world_names.MALE_MORE.split(), "male"))
    table.update(dict.fromkeys(world_names.FEMALE_MORE.split(), "female"))
    table.update(dict.fromkeys(given_names.MALE.split(), "male"))
    table.update(dict.fromkeys(given_names.FEMALE.split(), "female"))
    return table


# Each word's number in the packed tables: a bit per set, and the given-name sex.
_SURNAME, _CITY, _WORLD_SURNAME = 1, 2, 4
_SEX_SHIFT: Final = 3
_SEXES: Final = ("", "male", "female")  # numbered 1, 2, 3 from _SEX_SHIFT on


def numbers_from_lists() -> dict[str, int]:
    """Every word of the big tables and its number, built from the lists."""
    numbers = {word: (_SEXES.index(sex) + 1) << _SEX_SHIFT
               for word, sex in _given_names().items()}
    for bit, words in ((_SURNAME, _read("surnames.txt").split()),
                       (_CITY, _read("places.txt").strip().split("\n")),
                       (_WORLD_SURNAME,
                        _read("faker_surnames.txt").split() + world_names.SURNAMES_MORE.split())):
        for word in words:
            numbers[word] = numbers.get(word, 0) | bit
    return numbers


def _words() -> PackedWords:
    packed = read_index(INDEX_FILE, lists_stamp())
    return PackedWords(packed) if packed is not None else PackedWords.of(numbers_from_lists())


_WORDS: Final = _words()

# "Patrick" -> "male", "Babar" -> "" (a given name of either sex); the census lists
# decide first, the world lists fill in. Test membership with `in`: "" is falsy.
# Cities of 15,000 people or more ("Tunbridge Wells" as one entry).
CITIES: Final = WordSet(_WORDS, _CITY)

GIVEN_NAMES: Final = WordMap(_WORDS, _SEX_SHIFT, _SEXES, compounds=True,
                      not_first=frozenset({"Al", "El", "Ben", "Bin", "Abu", "Ibn", "Abd"}),
                      not_folded=CITIES)

# The most frequent US Census surnames: a weak sign that a capitalised pair is a name.
SURNAMES: Final = WordSet(_WORDS, _SURNAME)

# Surnames of the world's other lists (faker's, less given names, places and everyday
# words): the same weak sign as SURNAMES, looked at only when a pair is otherwise
# undecided ("Tamim Chowdhury"), never to keep a word from being a place or a verb.
WORLD_SURNAMES: Final = WordSet(_WORDS, _WORLD_SURNAME)

# The given names of the census and hand-written lists only: the ones sure enough to
# outweigh a place name after them ("Jane Lagos" is a person, a club named after a word
# from the long world list and a city is not).
CORE_GIVEN_NAMES: frozenset[str] = frozenset(
    (given_names.MALE + world_names.MALE + given_names.FEMALE + world_names.FEMALE).split())

EAST_ASIAN_FAMILY: frozenset[str] = frozenset(world_names.EAST_ASIAN_FAMILY.split())


# Given names the tables give to one sex that large parts of the world give to the other
# or to both (Jan, Andrea, Jean, Nicola and Simone are men's names in much of Europe; Kim
# and Min are either in Korea; Kelly and Leslie are both in English): they tell no gender
# by themselves (pronouns, people_short_forms). Written by hand from ordinary knowledge
# of naming customs.
EITHER_SEX: Final = word_set(
    """Jan Andrea Jean Nicola Simone Michele Gabriele Daniele Joan Kim Min Ji Hyun Yuki
    Akira Hikaru Sasha Sacha Noa Toni Tomi Kari Kai Dominique Camille Alexis Jamie Robin
    Leslie Kelly Hilary Vivian Marion Evelyn Pat Jo Jordan Taylor Morgan Casey Riley Avery
    Cameron Dana Jesse Terry Tracy Lee Shannon Kerry Quinn Reese Blair Drew Jackie Charlie
    Alex Sam Stacy""")
