"""Large word tables looked up without building them at every start.

The name tables hold about 100,000 words. Made into sets at import, they were a quarter
of the start of `reader analyze` (every word a string object, hashed and inserted),
while an article looks up a few hundred of them. Here the tables are one `PackedWords`:
every word once, with a small number saying which tables hold it (and a given name's
sex), kept in one string read from a file made beforehand (tools/build_name_index.py).
The words are cut into buckets by a checksum of each word, a bucket's entries stand
together in the string ("\\nMadrid\\t2\\nOsaka\\t2"), and a lookup searches its word's
bucket alone (a few entries) and remembers the answer for every table at once. Each
table (`WordSet`, `WordMap`) reads its bit of that number. The string is kept as UTF-8
bytes: read from the file as they are (a str of that size would be decoded at every
start, 8 M instructions), searched with the word's own UTF-8 (which the bucket's
checksum needs anyway). UTF-8 never holds a tab or a newline inside a character, so a
needle matches the bytes where it would match the text.

The file only ever saves time: it names a stamp of the lists it was made from (their
sizes: cheap to check at every start) and their fingerprint (a checksum of every byte,
checked by a test: reading the 1.2 MB of lists to check it was 7 M instructions of each
start), and when it is missing, unreadable or made from lists of other sizes, the
numbers are built from the lists as a dict (`PackedWords.of`), with the same answers.

A leaf module (it imports nothing of ours).
"""

from __future__ import annotations

import marshal
import unicodedata
import zlib
from array import array
from collections.abc import Iterable, Mapping

TYPE_CHECKING = False  # (reader/records.py says why not typing's)
if TYPE_CHECKING:
    from typing import Final  # (constants read as C statics by mypyc, not from a dict)

# The words as the file holds them, in UTF-8: "word\t" and the number as one byte (see
# _ZERO) for each entry, a bucket after another, each entry after a newline, and a
# newline at the very end; where each bucket starts in those bytes; and the length in
# bytes of the longest bucket; and the numbers of the words every start asks for (the
# finders' modules test some hundreds of words at import), in memory from the start.
Packed = tuple[bytes, bytes, int, dict[str, int]]

# A number n is written as the byte _ZERO + n: ASCII, never a tab or a newline.
_ZERO: Final = ord("0")
_MAX_NUMBER: Final = 63

_OFFSETS: Final = "I"  # array type of the offsets (unsigned, at least 32 bits)
_FORMAT: Final = (6, marshal.version, array(_OFFSETS).itemsize)

# Entries per bucket, on average: a few short ones to search.
_BUCKET_WORDS: Final = 4

# Answers remembered before the memory is emptied: a long-running app meets new
# capitalised words without end.
_KNOWN_LIMIT = 200_000


def fingerprint(parts: Iterable[bytes]) -> int:
    """A checksum of the lists a table file is made from, in order."""
    crc = 0
    for part in parts:
        crc = zlib.crc32(part, crc)
        crc = zlib.crc32(b"\0", crc)  # so that moving bytes from one list to the next shows
    return crc


_crc32 = zlib.crc32


def _bucket(word: str, buckets: int) -> int:
    return _crc32(word.encode()) % buckets


def pack(numbers: Mapping[str, int], asked: Iterable[str] = ()) -> Packed:
    """Words and their numbers (no word holding a tab or a newline; numbers from 1 to
    _MAX_NUMBER) as the file keeps them, with the numbers of the `asked` words (0 for
    a word not listed) ready for `known`."""
    count = max(1, len(numbers) // _BUCKET_WORDS)
    buckets: list[list[bytes]] = [[] for _ in range(count)]
    for word in sorted(numbers):
        if "\t" in word or "\n" in word or not 0 < numbers[word] <= _MAX_NUMBER:
            raise ValueError(f"cannot pack {word!r}: {numbers[word]}")
        entry = f"\n{word}\t{chr(_ZERO + numbers[word])}".encode()
        buckets[_bucket(word, count)].append(entry)
    parts: list[bytes] = []
    offsets = array(_OFFSETS)
    size = 0
    for bucket in buckets:
        part = b"".join(bucket)
        offsets.append(size)
        parts.append(part)
        size += len(part)
    longest = max(map(len, parts))
    ready = {word: numbers.get(word, 0) for word in sorted(asked)}
    return b"".join(parts) + b"\n", offsets.tobytes(), longest, ready


# What an index file holds besides the words: the stamp and the fingerprint of the lists.
Stamp = tuple[int, ...]


def read_index(path: str, stamp: Stamp) -> Packed | None:
    """The words of an index file made from lists with this stamp, or None."""
    made = read_index_file(path)
    if made is None or made[0] != stamp:
        return None
    return made[2]


def read_index_file(path: str) -> tuple[Stamp, int, Packed] | None:
    """An index file's stamp, fingerprint and words, or None when it is missing,
    unreadable or of another format."""
    try:
        with open(path, "rb") as file:
            made_for, stamp, crc, packed = marshal.loads(file.read())
    except (OSError, EOFError, ValueError, TypeError):
        return None
    if made_for != _FORMAT or not isinstance(packed, tuple) or len(packed) != 4:
        return None
    return stamp, crc, packed


def write_index(path: str, stamp: Stamp, crc: int, packed: Packed) -> None:
    """Write an index file (for the tool)."""
    with open(path, "wb") as file:
        # Version 2: no references to repeated objects, so the same words give the same
        # bytes every time.
        file.write(marshal.dumps((_FORMAT, stamp, crc, packed), 2))


def _fold(word: str) -> str:
    """The word without its accents: "Pádraig" -> "Padraig"."""
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


class PackedWords:
    """Words with a number each (0 for a word not listed), found in the packed string
    and remembered."""

    __slots__ = ("_count", "_longest", "_offsets", "_words", "known")

    def __init__(self, packed: Packed) -> None:
        self._words, offsets, self._longest, ready = packed
        self._offsets = array(_OFFSETS)
        self._offsets.frombytes(offsets)
        self._count = len(self._offsets)  # buckets
        # The number of every word looked up so far (the tables read it directly), from
        # those the file has ready on.
        self.known: dict[str, int] = dict(ready)

    @classmethod
    def of(cls, numbers: Mapping[str, int]) -> PackedWords:
        """These words and numbers, all in memory at once (when no index file fits)."""
        words = cls((b"\n", b"", 0, {}))
        words.known = dict(numbers)
        return words

    def numbers(self) -> dict[str, int]:
        """Every listed word and its number (for the tool and the tests)."""
        if not self._count:
            return {w: n for w, n in self.known.items() if n}
        entries = (e.split("\t") for e in self._words.decode().split("\n") if e)
        return {word: ord(number) - _ZERO for word, number in entries}

    def look_up(self, word: str) -> int:
        """The word's number, from the packed string, remembered in `known`."""
        count = self._count
        if not count:
            return 0  # all of them are in memory: not listed
        known = self.known
        if len(known) >= _KNOWN_LIMIT:
            known.clear()
        number = 0
        # Every newline of the string starts an entry, and an entry's first tab ends its
        # word: so a needle of a word without a tab matches that word's entry or none
        # (and no other bucket holds it).
        if "\t" not in word:
            try:
                encoded = word.encode()
            except UnicodeEncodeError:  # a lone surrogate: in no list
                encoded = None
            if encoded is not None:
                start = self._offsets[_crc32(encoded) % count]  # as _bucket()
                needle = b"\n" + encoded + b"\t"
                words = self._words
                # No further than the longest bucket: past its own, a needle is not found.
                at = words.find(needle, start, start + self._longest + 1)
                if at >= 0:
                    number = words[at + len(needle)] - _ZERO
        known[word] = number
        return number


class WordSet:
    """The words whose number has this bit: answers `word in table` (and nothing else)."""

    __slots__ = ("_bit", "_known", "_words")

    def __init__(self, words: PackedWords, bit: int) -> None:
        self._words = words
        self._known = words.known  # the same dict: cleared, never replaced
        self._bit = bit

    def __contains__(self, word: str) -> bool:
        number = self._known.get(word)
        if number is None:
            number = self._words.look_up(word)
        return number & self._bit != 0


class WordMap:
    """Words with a value each ("Patrick" -> "male"): the value numbered by the bits
    of the number from `shift` on (0: the word is not in this table).

    With `compounds`, two listed words joined by a hyphen, each capitalised, are listed
    too, with the first one's value ("Ole-Kristian", "Anna-Lena": given names are joined
    so), unless the first is one of `not_first` ("Al-Hassan", "Ben-Ami": a particle); a
    listed word after the letter of a glottal stop (U+02BB) is listed ("ʻOfa"); and a word
    with accents whose letters without them are listed is listed ("Pádraig" as
    "Padraig"), unless it is one of `not_folded` (a city: "León")."""

    __slots__ = ("_compounds", "_known", "_mask", "_not_first", "_not_folded", "_shift",
                 "_values", "_variants", "_words")

    def __init__(self, words: PackedWords, shift: int, values: tuple[str, ...],
                 compounds: bool = False, not_first: frozenset[str] = frozenset(),
                 not_folded: WordSet | None = None) -> None:
        self._words = words
        self._known = words.known  # the same dict: cleared, never replaced
        self._shift = shift
        self._mask = (1 << len(values).bit_length()) - 1
        self._values: tuple[str | None, ...] = (None, *values)
        self._compounds = compounds
        self._not_first = not_first
        self._not_folded = not_folded
        # the values of words found by their variants, remembered (and of words not found)
        self._variants: dict[str, int] = {}

    def _value(self, word: str) -> int:
        number = self._known.get(word)
        if number is None:
            number = self._words.look_up(word)
        value = (number >> self._shift) & self._mask
        if value or not self._compounds:
            return value
        if word.isascii() and "-" not in word:
            return 0
        found = self._variants.get(word)
        if found is not None:
            return found
        if len(self._variants) >= _KNOWN_LIMIT:
            self._variants.clear()
        if word.startswith("\u02bb") and len(word) > 2:
            value = self._value(word[1:])  # the glottal stop of "ʻOfa", "ʻAna" (Tongan)
        elif "-" in word:
            value = self._compound(word)
        if not value and not word.isascii() and (
                self._not_folded is None or word not in self._not_folded):
            folded = _fold(word)
            if folded != word:
                value = self._value(folded)  # "Pádraig", "Siobhán": listed as "Padraig"
        self._variants[word] = value
        return value

    def _compound(self, word: str) -> int:
        first, _, second = word.partition("-")
        if (len(first) < 2 or len(second) < 2 or "-" in second or first in self._not_first
                or not (first[0].isupper() and first[1:].islower())
                or not (second[0].isupper() and second[1:].islower())):
            return 0
        value = self._value(first)
        return value if value and self._value(second) else 0

    def get(self, word: str, default: str | None = None) -> str | None:
        value = self._values[self._value(word)]
        return default if value is None else value

    def __contains__(self, word: str) -> bool:
        return self._value(word) != 0

    def __getitem__(self, word: str) -> str:
        value = self.get(word)
        if value is None:
            raise KeyError(word)
        return value
