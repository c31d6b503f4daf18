"""RecentWords gives, for any run of questions, what speakers.words_in gives."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.analysis import COMPILED, recent_words
from reader.analysis.recent_words import RecentWords
from reader.analysis.speakers import Word, words_in


def as_tuples(words: list[Word]) -> list[tuple[int, int, str]]:
    return [(w.start, w.end, w.text) for w in words]


TEXT = ('Mr. Lund said the plan was "fragile," and Vidal, 52, called it "a start." '
        '"We are ready," said Ana Roe-Berg of the U.S. office. She left.')


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(st.integers(-2, len(TEXT) + 2), st.integers(-2, len(TEXT) + 2)),
                max_size=30).map(lambda asks: asks + asks[::-1]))
def test_any_run_of_questions_as_words_in(asks: list[tuple[int, int]]) -> None:
    stretches = RecentWords(TEXT)
    for lo, hi in asks:
        assert as_tuples(stretches.words(lo, hi)) == as_tuples(words_in(TEXT, lo, hi))


@pytest.mark.skipif(COMPILED, reason="watches the analyser's internals from Python, which "
                    "compiled code (hatch_build.py) calls directly")
def test_a_stretch_asked_again_is_not_split_again(monkeypatch: pytest.MonkeyPatch) -> None:
    split: list[tuple[int, int]] = []

    def counted(text: str, lo: int, hi: int) -> list[Word]:
        split.append((lo, hi))
        return words_in(text, lo, hi)

    monkeypatch.setattr(recent_words, "words_in", counted)
    stretches = RecentWords(TEXT)
    first = stretches.words(0, 30)
    first.append(Word(0, 1, "x"))  # a caller's change to its list stays its own
    stretches.words(30, 60)
    again = stretches.words(0, 30)
    assert split == [(0, 30), (30, 60)]
    assert as_tuples(again) == as_tuples(words_in(TEXT, 0, 30))
    for lo in range(0, 60, 10):  # more stretches than it keeps: the first split again
        stretches.words(lo, lo + 5)
    stretches.words(0, 30)
    assert split[-1] == (0, 30)
