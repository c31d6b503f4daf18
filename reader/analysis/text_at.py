"""`str.startswith` and `str.endswith` at an offset, without the method call.

mypyc compiles `text.startswith(x, start)` and `text.endswith(x, 0, end)` (any call with
offsets) as generic method calls through the interpreter: the method looked up, the
arguments boxed into a tuple and parsed again, about a thousand instructions each, and the
rules ask them of every run of capitals. These give the same answers as the methods, for
any offsets (negative ones counted from the end, as the methods count them), comparing
the characters' codes (native code: no slice, no new string), in a tenth of that.
"""

from __future__ import annotations

TYPE_CHECKING = False  # (reader/records.py says why not typing's)
if TYPE_CHECKING:
    from collections.abc import Iterable


def _at(text: str, word: str, at: int) -> bool:
    """Whether `word` is written in `text` at `at` (0 <= at, at + len(word) <= len(text))."""
    for k in range(len(word)):  # noqa: SIM110 (a loop: no generator made per call)
        if ord(text[at + k]) != ord(word[k]):
            return False
    return True


def starts_at(text: str, prefix: str | tuple[str, ...], start: int) -> bool:
    """`text.startswith(prefix, start)`."""
    size = len(text)
    if start < 0:
        start += size
        if start < 0:
            start = 0
    if start > size:
        return False  # (even for an empty prefix, as the method says)
    if isinstance(prefix, str):
        return start + len(prefix) <= size and _at(text, prefix, start)
    for one in prefix:  # noqa: SIM110 (a loop: no generator made per call)
        if start + len(one) <= size and _at(text, one, start):
            return True
    return False


def ends_at(text: str, suffix: str | tuple[str, ...], end: int, start: int = 0) -> bool:
    """`text.endswith(suffix, start, end)`."""
    size = len(text)
    if end > size:
        end = size
    elif end < 0:
        end += size
        if end < 0:
            end = 0
    if start < 0:
        start += size
        if start < 0:
            start = 0
    if end < start:
        return False  # (even for an empty suffix, as the method says)
    if isinstance(suffix, str):
        return end - len(suffix) >= start and _at(text, suffix, end - len(suffix))
    for one in suffix:  # noqa: SIM110 (a loop: no generator made per call)
        if end - len(one) >= start and _at(text, one, end - len(one)):
            return True
    return False


class Affixes:
    """A tuple of prefixes or suffixes asked for at an offset again and again, as
    `starts_at`/`ends_at` ask for it (the same answers), but quicker for a long tuple:
    when every word has two characters or more, the two characters where a word's first
    two (its last two, for a suffix) would be are tested in a table of the pairs the words
    open (end) with, a bit read, and most texts fail there; past it only the words with
    that pair are compared. (A pair with a character past ASCII has no bit: the words
    with such a pair are compared then.)"""

    def __init__(self, words: tuple[str, ...]) -> None:
        self.words = words
        # (no word of an empty tuple fits: a shortest length longer than any text)
        self.shortest = min((len(word) for word in words), default=1 << 40)
        self.paired = self.shortest >= 2
        self.head_pairs = _pairs(word[:2] for word in words)
        self.tail_pairs = _pairs(word[len(word) - 2:] for word in words)
        self.heads = _by_pair(words, [word[:2] for word in words])
        self.tails = _by_pair(words, [word[len(word) - 2:] for word in words])
        self.other_heads = tuple(word for word in words if not word[:2].isascii())
        self.other_tails = tuple(word for word in words if not word[len(word) - 2:].isascii())

    def starts(self, text: str, start: int) -> bool:
        """`text.startswith(self.words, start)`."""
        size = len(text)
        if start < 0:
            start += size
            if start < 0:
                start = 0
        if size - start < self.shortest:
            return False  # (no word fits, nor an empty one past the end)
        words = self.words
        if self.paired:
            first, second = ord(text[start]), ord(text[start + 1])
            if first < 128 and second < 128:
                pair = first << 7 | second
                if not self.head_pairs[pair >> 3] >> (pair & 7) & 1:
                    return False
                words = self.heads[pair]
            else:
                words = self.other_heads
        for word in words:  # noqa: SIM110 (a loop: no generator made per call)
            if start + len(word) <= size and _at(text, word, start):
                return True
        return False

    def ends(self, text: str, end: int, start: int = 0) -> bool:
        """`text.endswith(self.words, start, end)`."""
        size = len(text)
        if end > size:
            end = size
        elif end < 0:
            end += size
            if end < 0:
                end = 0
        if start < 0:
            start += size
            if start < 0:
                start = 0
        if end - start < self.shortest:
            return False  # (no word fits, nor an empty one before `start`)
        words = self.words
        if self.paired:
            before, last = ord(text[end - 2]), ord(text[end - 1])
            if before < 128 and last < 128:
                pair = before << 7 | last
                if not self.tail_pairs[pair >> 3] >> (pair & 7) & 1:
                    return False
                words = self.tails[pair]
            else:
                words = self.other_tails
        for word in words:  # noqa: SIM110 (a loop: no generator made per call)
            if end - len(word) >= start and _at(text, word, end - len(word)):
                return True
        return False


def _code(two: str) -> int:
    """The number of a pair of ASCII characters in the tables (-1 for another pair)."""
    if len(two) != 2 or not two.isascii():
        return -1
    return ord(two[0]) << 7 | ord(two[1])


def _pairs(pairs: Iterable[str]) -> bytes:
    """A bit for each pair of ASCII characters among `pairs`."""
    table = bytearray(128 * 128 // 8)
    for two in pairs:
        pair = _code(two)
        if pair >= 0:
            table[pair >> 3] |= 1 << (pair & 7)
    return bytes(table)


def _by_pair(words: tuple[str, ...], pairs: list[str]) -> dict[int, tuple[str, ...]]:
    """The words by the number of their pair (`pairs`, in the same order) of ASCII
    characters."""
    found: dict[int, list[str]] = {}
    for word, two in zip(words, pairs, strict=True):
        pair = _code(two)
        if pair >= 0:
            found.setdefault(pair, []).append(word)
    return {pair: tuple(some) for pair, some in found.items()}
