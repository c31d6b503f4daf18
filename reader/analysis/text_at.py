"""`str.startswith` and `str.endswith` at an offset, as slices.

mypyc compiles `text.startswith(x, start)` and `text.endswith(x, 0, end)` (any call with
offsets) as generic method calls through the interpreter: the method looked up, the
arguments boxed into a tuple and parsed again, about a thousand instructions each, and the
rules ask them of every run of capitals. Without offsets both are native calls, and a
slice is a native call too: these give the same answer as the methods, for any offsets
(negative ones counted from the end, as the methods count them), in a fifth of the
instructions.
"""

from __future__ import annotations

TYPE_CHECKING = False  # (reader/records.py says why not typing's)
if TYPE_CHECKING:
    from collections.abc import Iterable


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
        return text[start:start + len(prefix)] == prefix
    # a tuple: one slice as long as its longest prefix, then the native test
    longest = 0
    for one in prefix:
        if len(one) > longest:
            longest = len(one)
    return text[start:start + longest].startswith(prefix)


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
        return end - start >= len(suffix) and text[end - len(suffix):end] == suffix
    # a tuple: one slice as long as its longest suffix (or all there is from `start`),
    # then the native test
    longest = 0
    for one in suffix:
        if len(one) > longest:
            longest = len(one)
    return text[max(start, end - longest):end].endswith(suffix)


class Affixes:
    """A tuple of prefixes or suffixes asked for at an offset again and again, as
    `starts_at`/`ends_at` ask for it (the same answers), but quicker for a long tuple: the
    characters as many as its shortest word has, where they would be, looked up first
    (one slice and a dict look-up), and the native test only of the words that end (or
    start) with them. Most texts fail at the look-up; a tuple of thirty words takes the
    native test thirty times as long as one word does. Before the look-up, the last two
    characters (the first two for a prefix), when both are ASCII, are tested in a table of
    the pairs the words end (or start) with: a bit read, no slice nor hash, and most texts
    fail there."""

    def __init__(self, words: tuple[str, ...]) -> None:
        self.words = words
        self.longest = max((len(word) for word in words), default=0)
        # (no word of an empty tuple fits: a probe longer than any text)
        self.probe = min((len(word) for word in words), default=1 << 40)
        heads: dict[str, list[str]] = {}
        tails: dict[str, list[str]] = {}
        for word in words:
            heads.setdefault(word[:self.probe], []).append(word)
            tails.setdefault(word[len(word) - self.probe:], []).append(word)
        self.heads = {key: tuple(value) for key, value in heads.items()}
        self.tails = {key: tuple(value) for key, value in tails.items()}
        # (the tables of pairs only when every word has two characters or more)
        self.paired = self.probe >= 2
        self.head_pairs = _pairs(word[:2] for word in words)
        self.tail_pairs = _pairs(word[len(word) - 2:] for word in words)

    def starts(self, text: str, start: int) -> bool:
        """`text.startswith(self.words, start)`."""
        size = len(text)
        if start < 0:
            start += size
            if start < 0:
                start = 0
        if size - start < self.probe:
            return False  # (no word fits, nor an empty one past the end)
        if self.paired:
            first, second = ord(text[start]), ord(text[start + 1])
            if first < 128 and second < 128:
                pair = first << 7 | second
                if not self.head_pairs[pair >> 3] >> (pair & 7) & 1:
                    return False
        words = self.heads.get(text[start:start + self.probe])
        return words is not None and text[start:start + self.longest].startswith(words)

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
        if end - start < self.probe:
            return False  # (no word fits, nor an empty one before `start`)
        if self.paired:
            before, last = ord(text[end - 2]), ord(text[end - 1])
            if before < 128 and last < 128:
                pair = before << 7 | last
                if not self.tail_pairs[pair >> 3] >> (pair & 7) & 1:
                    return False
        words = self.tails.get(text[end - self.probe:end])
        return (words is not None
                and text[max(start, end - self.longest):end].endswith(words))


def _pairs(pairs: Iterable[str]) -> bytes:
    """A bit for each pair of ASCII characters among `pairs` (a pair with another
    character has none: the text's pair is then looked up)."""
    table = bytearray(128 * 128 // 8)
    for two in pairs:
        if len(two) == 2 and two.isascii():
            pair = ord(two[0]) << 7 | ord(two[1])
            table[pair >> 3] |= 1 << (pair & 7)
    return bytes(table)
