"""The compiled patterns kept in reader/regex_cache.marshal: each one equal to what
re.compile makes of it, and a file that is missing, damaged, stale or made for another
Python costing time only, never a wrong pattern."""

from __future__ import annotations

import marshal
import re
import subprocess
import sys
from array import array
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader import regex_cache


def _same(made: re.Pattern[str], pattern: str, flags: int) -> None:
    fresh = re.compile(pattern, flags)
    # Pattern equality compares the pattern, the flags and the compiled code.
    assert made == fresh
    assert (made.groups, made.groupindex, made.flags) == (
        fresh.groups, fresh.groupindex, fresh.flags)


def test_every_entry_of_the_shipped_file_is_what_re_compile_makes() -> None:
    version, table = marshal.loads(Path(regex_cache.CACHE_FILE).read_bytes())
    if version != regex_cache.VERSION:
        pytest.skip(f"the file was made for {version}, this is {regex_cache.VERSION}")
    assert len(table) > 50
    for (pattern, flags), entry in table.items():
        _same(regex_cache.from_entry(pattern, entry), pattern, flags)


def test_the_analysers_patterns_come_from_the_file() -> None:
    import reader.analysis.entities
    import reader.analysis.quotes  # noqa: F401

    held = regex_cache.load()
    if not held:
        pytest.skip("no cache file for this Python")
    asked = list(regex_cache.asked)
    assert len(asked) > 50
    # Patterns changed since the file was made are compiled as usual (and tools/
    # build_regex_cache.py brings the file up to date): most must still be held.
    assert sum(key in held for key in asked) >= 0.5 * len(asked)


_PATTERNS_NOT_HELD = """
import reader.analysis.entities, reader.analysis.quotes, reader.commands.analyze
from reader import regex_cache
held = regex_cache.load()
print("no cache" if not held else "")
for key in regex_cache.asked:
    if key not in held:
        print(repr(key[0])[:70])
"""


def test_every_pattern_compiled_at_start_is_in_the_file() -> None:
    # A pattern missing from the file costs every start its compiling and nothing else,
    # so no other test notices: this one says to run tools/build_regex_cache.py. (In a
    # process of its own: the other tests here ask for patterns no file holds.)
    out = subprocess.run([sys.executable, "-c", _PATTERNS_NOT_HELD], capture_output=True,
                         text=True, timeout=120, check=True).stdout.splitlines()
    if out and out[0] == "no cache":
        pytest.skip("no cache file for this Python")
    missing = out[1:]
    assert not missing, f"run tools/build_regex_cache.py; not in the file: {missing[:5]}"


def test_a_pattern_not_in_the_file_is_compiled_as_usual() -> None:
    pattern = r"(?P<word>[a-z]+)-not-in-any-cache-(\d+)"
    made = regex_cache.compiled(pattern, re.IGNORECASE)
    _same(made, pattern, re.IGNORECASE)
    assert made.match("Abc-NOT-in-any-cache-12")["word"] == "Abc"


def test_an_entry_made_from_compile_arguments_matches_alike() -> None:
    pattern, flags = r"(?:^|\n)(?P<name>[A-Z]\w+), (\d{1,3}),", re.MULTILINE
    entry = regex_cache.compile_arguments(pattern, flags)
    made = regex_cache.from_entry(pattern, entry)
    _same(made, pattern, flags)
    text = "Intro\nQuell, 63, said"
    assert made.search(text).group("name", 2) == re.search(pattern, text, flags).group(
        "name", 2)


@pytest.mark.parametrize("content", [
    b"",  # empty
    b"\x00garbage that marshal cannot read",
    marshal.dumps((("otherpython", (2, 7), 1, 2), {})),  # made for another Python
    marshal.dumps(["not", "a", "pair"]),
])
def test_an_unusable_file_holds_nothing(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "cache.marshal"
    path.write_bytes(content)
    assert regex_cache.load(str(path)) == {}
    assert regex_cache.load(str(tmp_path / "missing.marshal")) == {}


def test_an_entry_the_matcher_refuses_falls_back_to_compiling(
        monkeypatch: pytest.MonkeyPatch) -> None:
    pattern = r"a(b+)c-refused-entry"
    good = regex_cache.compile_arguments(pattern)
    broken = (good[0], array(regex_cache._CODE_TYPE, [999999, 1, 2]).tobytes(), good[2], good[3],
              good[4])  # no such opcode
    monkeypatch.setattr(regex_cache, "_table", {(pattern, 0): broken})
    made = regex_cache.compiled(pattern)
    _same(made, pattern, 0)
    monkeypatch.setattr(regex_cache, "_table", {(pattern, 0): good})
    _same(regex_cache.compiled(pattern), pattern, 0)


def test_an_alternation_is_longest_first_and_the_same_whatever_the_set_order() -> None:
    words = {"aide", "aides", "son", "sun", "chief of staff"}
    assert regex_cache.alternation(words) == "chief of staff|aides|aide|son|sun"
    assert regex_cache.alternation(sorted(words, reverse=True)) == regex_cache.alternation(words)
    assert re.match(f"(?:{regex_cache.alternation(words)})", "aides").group() == "aides"


@settings(max_examples=300, deadline=None)
@given(st.sets(st.text(alphabet="abc' -", max_size=5)))
def test_an_alternation_is_the_words_by_length_then_alphabet(words: set[str]) -> None:
    assert regex_cache.alternation(words) == "|".join(
        sorted(words, key=lambda word: (-len(word), word)))
