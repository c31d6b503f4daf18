"""Selecting a passage of the reading pane's document from the keyboard. No Textual here.

A selection has an anchor (the word it started on, always selected) and a head that the
movement keys move by word, by screen line or by sentence, before or after the anchor,
as in an editor's selection mode. Offsets are into the document text (`Document.text`)
and stay inside the body (`lo`..`hi`); the pane maps them to `Article.text` to keep one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

# A sentence ends at . ! or ? (closing quotes or brackets may follow) before blank space,
# or at a line break (a paragraph or a headline ends a sentence too).
_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*(?=\s|$)|\n")


def _is_space(ch: str) -> bool:
    return ch.isspace()


def word_at(text: str, offset: int, lo: int, hi: int) -> tuple[int, int]:
    """The word (a run of non-blank characters) at `offset`, else the next one after it;
    (offset, offset) when there is none before `hi`."""
    offset = min(max(offset, lo), hi)
    start = offset
    while start < hi and _is_space(text[start]):
        start += 1
    if start >= hi:
        return offset, offset
    while start > lo and not _is_space(text[start - 1]):
        start -= 1
    end = start
    while end < hi and not _is_space(text[end]):
        end += 1
    return start, end


def next_word_end(text: str, pos: int, hi: int) -> int:
    """The end of the next word after `pos` (blank space first skipped)."""
    while pos < hi and _is_space(text[pos]):
        pos += 1
    while pos < hi and not _is_space(text[pos]):
        pos += 1
    return pos


def previous_word_start(text: str, pos: int, lo: int) -> int:
    """The start of the word before `pos` (blank space first skipped)."""
    while pos > lo and _is_space(text[pos - 1]):
        pos -= 1
    while pos > lo and not _is_space(text[pos - 1]):
        pos -= 1
    return pos


def next_sentence_end(text: str, pos: int, hi: int) -> int:
    """Just after the end of the sentence running at `pos` (or the next one)."""
    while pos < hi and _is_space(text[pos]):
        pos += 1
    match = _SENTENCE_END.search(text, pos, hi)
    if match is None:
        return hi
    return match.end() if match.group() != "\n" else match.start()


def previous_sentence_start(text: str, pos: int, lo: int) -> int:
    """The start of the sentence before `pos` (the one `pos` is in, if inside one)."""
    while pos > lo and _is_space(text[pos - 1]):
        pos -= 1
    start = lo
    for match in _SENTENCE_END.finditer(text, lo, max(lo, pos - 1)):
        start = match.end()
    while start < pos and _is_space(text[start]):
        start += 1
    return start


@dataclass(frozen=True, slots=True)
class PassageSelection:
    """The passage being selected, in document offsets: the anchor word and the head."""

    anchor_start: int
    anchor_end: int
    head: int
    lo: int  # the body's bounds: a selection never takes in the headline
    hi: int

    @classmethod
    def starting_at(cls, text: str, offset: int, lo: int, hi: int) -> PassageSelection:
        """A selection of the word at (or after) `offset`."""
        start, end = word_at(text, offset, lo, hi)
        return cls(start, end, end, lo, hi)

    @classmethod
    def between(cls, start: int, end: int, lo: int, hi: int) -> PassageSelection:
        """A selection of exactly [start, end) (a mouse drag), clamped to the body."""
        start, end = sorted((min(max(start, lo), hi), min(max(end, lo), hi)))
        return cls(start, start, end, lo, hi)

    @property
    def span(self) -> tuple[int, int]:
        """[start, end) of the selected text, before trimming."""
        return min(self.anchor_start, self.head), max(self.anchor_end, self.head)

    def trimmed(self, text: str) -> tuple[int, int]:
        """The span without blank space at either end (what is shown and kept)."""
        start, end = self.span
        while start < end and _is_space(text[start]):
            start += 1
        while end > start and _is_space(text[end - 1]):
            end -= 1
        return start, end

    def moved_to(self, head: int) -> PassageSelection:
        return replace(self, head=min(max(head, self.lo), self.hi))

    def by_word(self, text: str, step: int) -> PassageSelection:
        if step > 0:
            return self.moved_to(next_word_end(text, self.head, self.hi))
        # From the anchor's end, the first step back goes past the anchor word itself.
        head = self.anchor_start if self.head == self.anchor_end else self.head
        return self.moved_to(previous_word_start(text, head, self.lo))

    def by_sentence(self, text: str, step: int) -> PassageSelection:
        if step > 0:
            return self.moved_to(next_sentence_end(text, self.head, self.hi))
        return self.moved_to(previous_sentence_start(text, self.head, self.lo))
