"""The packed name tables (reader/analysis/word_tables.py) answer exactly as the sets and
the dict built from the lists do, and the index file beside them fits the lists."""

from __future__ import annotations

import json
import marshal
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.analysis import names, word_tables
from reader.analysis.word_tables import (
    PackedWords,
    WordMap,
    WordSet,
    pack,
    read_index,
    read_index_file,
)

# Words in no list, and strings no list can hold (white space, a tab or a newline, a
# lone surrogate, nothing at all).
NOT_LISTED = ["Qzxvorth", "", "Ma", "x", "Madrid\nOsaka", "Jane\t16", "\ud800", "Paris ",
              " Paris", "PARIS", "paris", "New", "Tunbridge\tWells"]


def _from_lists() -> tuple[dict[str, str], set[str], set[str], set[str]]:
    """The four tables as plain dict and sets, from the numbers built from the lists."""
    numbers = names.numbers_from_lists()
    sexes = ("", "male", "female")
    given = {w: sexes[(n >> 3) - 1] for w, n in numbers.items() if n >> 3}
    return (given, {w for w, n in numbers.items() if n & 1},
            {w for w, n in numbers.items() if n & 2}, {w for w, n in numbers.items() if n & 4})


def test_the_index_file_fits_the_lists() -> None:
    # Fails after a list changed: run tools/build_name_index.py. A start checks the
    # lists' sizes only (the stamp); this checks every byte (the fingerprint), and that
    # the file's words are the lists' words.
    made = read_index_file(names.INDEX_FILE)
    assert made is not None
    stamp, crc, _ = made
    assert stamp == names.lists_stamp()
    assert crc == names.lists_fingerprint()
    assert read_index(names.INDEX_FILE, names.lists_stamp()) is not None
    numbers = names.numbers_from_lists()
    assert names._WORDS.numbers() == numbers
    # The words ready at start: the lists' numbers of them (0: in no list).
    ready = made[2][3]
    assert ready and all(numbers.get(word, 0) == n for word, n in ready.items())


def test_the_stamp_changes_with_a_list(monkeypatch: pytest.MonkeyPatch) -> None:
    before = names.lists_stamp()
    monkeypatch.setattr(names.world_names, "MALE_MORE", names.world_names.MALE_MORE + " Qzx")
    assert names.lists_stamp() != before
    assert read_index(names.INDEX_FILE, names.lists_stamp()) is None  # then built from lists


def test_packed_tables_answer_as_the_lists_do() -> None:
    given, surnames, cities, world = _from_lists()
    assert any(" " in w for w in cities) and given  # the lists are the real ones
    words = PackedWords(pack(names.numbers_from_lists()))
    tables = (WordSet(words, 1), WordSet(words, 2), WordSet(words, 4))
    given_map = WordMap(words, 3, ("", "male", "female"))
    probes = [*given, *surnames, *cities, *world, *NOT_LISTED]
    probes += [w.upper() for w in probes[:2000]] + [w + "s" for w in probes[:2000]]
    for word in probes * 2:  # twice: found, then remembered
        for table, expected in zip(tables, (surnames, cities, world), strict=True):
            assert (word in table) == (word in expected), word
        assert given_map.get(word) == given.get(word), word
        assert (word in given_map) == (word in given), word
    with pytest.raises(KeyError):
        given_map["Qzxvorth"]
    assert given_map[next(iter(given))] == next(iter(given.values()))


def test_tables_built_from_the_lists_answer_the_same() -> None:
    given, surnames, cities, _ = _from_lists()
    words = PackedWords.of(names.numbers_from_lists())
    given_map, city_set = WordMap(words, 3, ("", "male", "female")), WordSet(words, 2)
    for word in [*list(cities)[:500], *list(given)[:500], *list(surnames)[:500], *NOT_LISTED]:
        assert (word in city_set) == (word in cities)
        assert given_map.get(word, "none") == given.get(word, "none")


def test_answers_stay_right_when_the_memory_is_emptied(monkeypatch: pytest.MonkeyPatch
                                                      ) -> None:
    monkeypatch.setattr(word_tables, "_KNOWN_LIMIT", 3)
    words = PackedWords(pack({"Roe": 1, "Vidal": 3, "Lagos": 2}))
    surnames = WordSet(words, 1)
    for _ in range(3):
        assert [w in surnames for w in ("Roe", "Lagos", "Vidal", "Doe", "Roe")] == [
            True, False, True, False, True]
    assert len(words.known) <= 3


def test_a_missing_or_other_file_is_not_read(tmp_path: Path) -> None:
    stamp = names.lists_stamp()
    assert read_index(str(tmp_path / "none.marshal"), stamp) is None
    garbled = tmp_path / "garbled.marshal"
    garbled.write_bytes(b"\x00not marshal")
    assert read_index(str(garbled), stamp) is None
    assert read_index_file(str(garbled)) is None
    other = tmp_path / "other.marshal"
    word_tables.write_index(str(other), (*stamp, 1), 7, pack({"Roe": 1}, ["Doe"]))
    assert read_index(str(other), stamp) is None
    assert read_index(str(other), (*stamp, 1)) is not None
    assert read_index_file(str(other)) == ((*stamp, 1), 7, pack({"Roe": 1}, ["Doe"]))
    older = tmp_path / "older.marshal"  # the format before the words ready at start
    older.write_bytes(marshal.dumps(((5, marshal.version, 4), stamp, 7, (b"\n", b"", 0)), 2))
    assert read_index_file(str(older)) is None


def test_pack_refuses_what_a_lookup_could_not_tell_apart() -> None:
    for bad in ({"Roe\tDoe": 1}, {"Roe\nDoe": 1}, {"Roe": 0}, {"Roe": 64}):
        with pytest.raises(ValueError):
            pack(bad)


_WORD = st.text(st.characters(blacklist_characters="\t\n", blacklist_categories=("Cs",)),
                max_size=8)


@settings(max_examples=60, deadline=None)
@given(st.dictionaries(_WORD, st.integers(1, 63), max_size=40), st.lists(_WORD, max_size=20))
def test_packed_words_answer_as_a_dict_for_any_words(numbers: dict[str, int],
                                                     others: list[str]) -> None:
    # Any Unicode (accents, scripts, emoji): the packed bytes are UTF-8, and a lookup
    # finds a word's entry exactly where the dict has it.
    words = PackedWords(pack(numbers))
    ready = PackedWords(pack(numbers, [*others[:5], *list(numbers)[:5]]))  # some ready
    for word in [*numbers, *others, *(w + "\t" for w in others), "\ud800"] * 2:
        assert words.look_up(word) == numbers.get(word, 0), word
        assert (ready.known[word] if word in ready.known else ready.look_up(word)) == (
            numbers.get(word, 0)), word
    assert words.numbers() == numbers == ready.numbers()
    assert WordSet(ready, 1).__contains__("\ud800") is False


def test_the_words_a_start_asks_for_are_ready() -> None:
    # Fails after a change to the words the finders' modules test at import: run
    # tools/build_name_index.py (until then a start looks them up, slower, same answers).
    code = ("import json, reader.analysis.entities, reader.analysis.quotes\n"
            "from reader.analysis import names\n"
            "print(json.dumps(sorted(names._WORDS.known)))\n")
    done = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True,
                          text=True)
    made = read_index_file(names.INDEX_FILE)
    assert made is not None
    assert json.loads(done.stdout) == sorted(made[2][3])
