"""Phrase tables matched token by token: country names, demonyms, capitals, known bodies.

A phrase is stored under its first token as a tuple of token texts, longest first, so the
finder tries "United States of America" before "United States". Upper-case copies let a
headline in capitals ("NORTH KOREA") match too.

Building the tables from their sources (the country table, the known bodies, the
collective nouns) is 25 M instructions, an eighth of the start of `reader analyze`; so
`lexicon_cache.marshal` beside this module holds them as built (written by
tools/build_regex_cache.py, with the regex cache), together with the sources they were
built from. A process reads the file, compares those sources with its own (a few string
comparisons) and builds the tables afresh when they differ or the file is missing: the
file only ever saves time, and a test fails while it is stale.
"""

from __future__ import annotations

import marshal
import os
import sys

from reader.analysis import PACKAGE_FOLDER
from reader.analysis.data.countries import NAMED_AFTER_COUNTRIES, NOT_COUNTRIES, TABLE
from reader.analysis.data.words import FOREIGN_BODY_HEADS, KNOWN_ORGS
from reader.analysis.organizations import COLLECTIVE_POSSESSORS
from reader.analysis.tokens import ASCII_TOKEN_PATTERN, TOKEN_PATTERN, Token, token_texts
from reader.records import Record

TYPE_CHECKING = False  # (reader/records.py says why not typing's)
if TYPE_CHECKING:
    from typing import Any, Final


# A record, not a named tuple or a frozen dataclass: the tables make 5,400 of them at
# every start. Compiled, a record is a native class, made and read in C; a class-based
# named tuple is built by typing's NamedTupleMeta (the import of typing and the three
# classes were 14 M instructions of every start), its fields are read as Python
# attributes, and the cache's 5,400 tuples became named tuples by a Python __new__ each
# (20 M instructions). A phrase is never changed once made.
class Phrase(Record):
    """What a matched phrase stands for."""

    __slots__ = ("kind", "key", "words")  # noqa: RUF023

    def __init__(self, kind: str, key: str, words: tuple[str, ...]) -> None:
        # "country", "demonym", "capital", "organization", "other", "possessor" or
        # "body_head" (the first word of a body's name in another language: "Partido")
        self.kind = kind
        # ISO alpha-2 code for the first three, the display name for organisations
        self.key = key
        self.words = words

    def fields(self) -> tuple[str, str, tuple[str, ...]]:
        """(kind, key, words): what the cache file holds of it."""
        return (self.kind, self.key, self.words)


def _split(phrase: str) -> tuple[str, ...]:
    """The phrase's tokens, as tokenize() would cut them from running text."""
    if phrase.isascii() and phrase.replace(" ", "").isalpha():
        # Plain words (most phrases): every word is one token, and the regex, slow for
        # short strings, is not needed.
        return tuple(phrase.split())
    return tuple(token_texts(phrase))


class PhraseTable:
    """Phrases by their first token. Read from the cache file, each first token's phrases
    stay one packed string (`_packed`) until a text asks for them: marshal read the
    3,500 phrases as 30,000 objects (tuples, lists, strings: 8 M instructions of every
    start) and Phrases were made of them all (3 M), where an article asks for a few
    dozen first tokens and a set of articles for some hundreds."""

    __slots__ = ("_packed", "made")

    def __init__(self, packed: dict[str, str] | None = None) -> None:
        # first token -> its phrases, each "kind\tkey\tword word ...", one a line
        self._packed: dict[str, str] = packed if packed is not None else {}
        # first token -> its phrases, longest first (all of them when built, not read)
        self.made: dict[str, list[Phrase]] = {}

    def get(self, first: str) -> list[Phrase] | None:
        """The phrases that start with this token, longest first, or None."""
        phrases = self.made.get(first)
        if phrases is None:
            packed = self._packed.get(first)
            if packed is None:
                return None
            phrases = [_unpacked(line) for line in packed.split("\n")]
            self.made[first] = phrases
        return phrases

    def first_words(self) -> list[str]:
        """Every first token, in the order of the table as built."""
        return list(self._packed) if self._packed else list(self.made)

    def as_dict(self) -> dict[str, list[Phrase]]:
        """Every first token and its phrases (for the cache file and the tests)."""
        return {first: self.get(first) or [] for first in self.first_words()}

    def packed(self) -> dict[str, str]:
        """The table as the cache file holds it."""
        return {first: "\n".join(f"{p.kind}\t{p.key}\t{' '.join(p.words)}" for p in phrases)
                for first, phrases in self.as_dict().items()}


def _unpacked(line: str) -> Phrase:
    """A phrase from its line of a packed table. (A token holds no white space, and
    kinds and keys no tab or line break: the tests check the tables read back whole.)"""
    kind, key, words = line.split("\t")
    return Phrase(kind, key, tuple(words.split(" ")))


class Lexicon:
    """Phrases indexed by their first token, in running-text and upper-case forms."""

    def __init__(self) -> None:
        self.by_first = PhraseTable()
        self.upper_by_first = PhraseTable()
        self.country_names: dict[str, str] = {}  # code -> display name
        self.lower_words: frozenset[str] = frozenset()  # lower-case words inside phrases

    def add(self, text: str, kind: str, key: str) -> None:
        words = _split(text)
        if not words:
            return
        phrase = Phrase(kind, key, words)
        self.by_first.made.setdefault(words[0], []).append(phrase)
        upper = Phrase(kind, key, tuple(map(str.upper, words)))
        self.upper_by_first.made.setdefault(upper.words[0], []).append(upper)

    def finish(self) -> None:
        self.lower_words = frozenset(
            w for phrases in self.by_first.made.values() for p in phrases for w in p.words
            if w[0].islower())
        for table in (self.by_first.made, self.upper_by_first.made):
            for phrases in table.values():
                if len(phrases) > 1:  # (most words begin one phrase only)
                    phrases.sort(key=lambda p: -len(p.words))

    def match(self, tokens: list[Token], i: int, caps: bool) -> Phrase | None:
        """The longest phrase starting at token i, or None."""
        table = self.upper_by_first if caps else self.by_first
        first = tokens[i].text
        phrases = table.get(first)
        if phrases is None:
            return None
        n = len(tokens)
        # The second word first: a word such as "Republic" or "South" begins dozens of
        # phrases, and the next token rules out nearly all of them at once.
        second = tokens[i + 1].text if i + 1 < n else None
        for phrase in phrases:
            words = phrase.words
            size = len(words)
            if size > 1 and (words[1] != second or i + size > n):
                continue
            ok = True
            for k in range(2, size):
                if tokens[i + k].text != words[k]:
                    ok = False
                    break
            if ok:
                return phrase
        return None


def build_lexicon() -> Lexicon:
    lex = Lexicon()
    for line in TABLE.splitlines():
        if not line:
            continue
        code, names, demonyms, capitals = line.split("|")
        name_list = names.split(";")
        lex.country_names[code] = name_list[0]
        for name in name_list:
            lex.add(name, "country", code)
        people = [d for d in demonyms.split(";") if d]
        for demonym in people:
            lex.add(demonym, "demonym", code)
            # The plural the table leaves out: "Andorrans", "Nepalis" (not "Chineses").
            if demonym.endswith(("an", "i")) and demonym + "s" not in people:
                lex.add(demonym + "s", "demonym", code)
        for capital in filter(None, capitals.split(";")):
            lex.add(capital, "capital", code)
    for place in NOT_COUNTRIES.split(";"):
        place = place.strip()
        if place:
            lex.add(place, "other", place)
    for surface, display in KNOWN_ORGS.items():
        lex.add(surface, "organization", display)
    for name in NAMED_AFTER_COUNTRIES:
        lex.add(name, "organization", name)
    for noun in COLLECTIVE_POSSESSORS:  # (after "People's Republic of China": longer first)
        lex.add(noun, "possessor", noun)
    for head in sorted(FOREIGN_BODY_HEADS):
        lex.add(head, "body_head", head)
    lex.finish()
    return lex


CACHE_FILE: Final = os.path.join(PACKAGE_FOLDER, "lexicon_cache.marshal")

# The tables as the file holds them: each of the two indexes packed (PhraseTable), the
# country names, the lower-case words.
_Tables = tuple[dict[str, str], dict[str, str], dict[str, str], tuple[str, ...]]


# The form of the file's tables (2: each index packed as PhraseTable reads it).
_CACHE_FORMAT: Final = 2


def sources() -> tuple[Any, ...]:
    """Everything the tables are built from: the file's form, the Python (its Unicode
    tables decide isalpha() and upper()), the token patterns (which cut the phrases)
    and the lists."""
    return (_CACHE_FORMAT, sys.implementation.name, sys.version_info[:2], TOKEN_PATTERN,
            ASCII_TOKEN_PATTERN,
            TABLE, NOT_COUNTRIES, NAMED_AFTER_COUNTRIES, tuple(KNOWN_ORGS.items()),
            tuple(COLLECTIVE_POSSESSORS),
            tuple(sorted(FOREIGN_BODY_HEADS)))


def tables_of(lex: Lexicon) -> _Tables:
    """The lexicon's tables as marshal writes them (no Phrases, no sets)."""
    return (lex.by_first.packed(), lex.upper_by_first.packed(),
            dict(lex.country_names), tuple(sorted(lex.lower_words)))


def write_cache(path: str = CACHE_FILE) -> int:
    """Write the cache file from the tables built now; the number of phrases."""
    lex = build_lexicon()
    with open(path, "wb") as file:
        # Version 2 of the format: without its references to repeated objects, which
        # depend on reference counts, the same tables give the same bytes every time
        # (the packed tables repeat few objects; a test checks the file against the
        # tables built now).
        file.write(marshal.dumps((sources(), tables_of(lex)), 2))
    return sum(map(len, lex.by_first.made.values()))


def cached_lexicon(path: str = CACHE_FILE) -> Lexicon | None:
    """The lexicon of the cache file when it was built from these sources, else None."""
    try:
        with open(path, "rb") as file:
            made_from, tables = marshal.loads(file.read())
    except (OSError, EOFError, ValueError, TypeError):
        return None
    if made_from != sources():
        return None
    by_first, upper_by_first, country_names, lower_words = tables
    lex = Lexicon()
    lex.by_first = PhraseTable(by_first)
    lex.upper_by_first = PhraseTable(upper_by_first)
    lex.country_names = country_names
    lex.lower_words = frozenset(lower_words)
    return lex


LEXICON: Final = cached_lexicon() or build_lexicon()
