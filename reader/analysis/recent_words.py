"""The words of the stretches of text around the quotes, each stretch split once.

The quote finder asks for the words before each quote, after it and of its sentence;
where two quotes share a sentence, the words after the first are the words before the
second, and the words of the sentence are asked for again by the next quote's cue: a
third of the stretches asked for in news copy had just been asked for. RecentWords
keeps the last few it split and hands out copies (the callers may change their lists).
"""

from __future__ import annotations

from reader.analysis.speakers import Word, words_in

TYPE_CHECKING = False  # (reader/records.py says why not typing's)
if TYPE_CHECKING:
    from typing import Final  # (constants read as C statics by mypyc, not from a dict)

_KEPT: Final = 4  # stretches remembered (repeats come within the quote's few questions)


class RecentWords:
    """speakers.words_in(text, lo, hi), the last few stretches remembered."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._recent: dict[tuple[int, int], list[Word]] = {}  # oldest first

    def words(self, lo: int, hi: int) -> list[Word]:
        """The words of text[lo:hi] as words_in gives them."""
        recent = self._recent
        words = recent.get((lo, hi))
        if words is None:
            words = recent[lo, hi] = words_in(self.text, lo, hi)
            if len(recent) > _KEPT:
                del recent[next(iter(recent))]
        return words.copy()
