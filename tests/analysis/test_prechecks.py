"""The cheap tests tried before a search never turn away a text the search would match."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.analysis.name_cues import (
    BYLINE_BEFORE,
    BYLINE_BEFORE_ENDS,
    SCORECARD_BEFORE,
    SCORECARD_BEFORE_ENDS,
    WORK_BEFORE,
    WORK_BEFORE_ENDS,
    ends_like,
)

PIECES = ["c", "b", "st", "lbw", "c and b", "c sub", "by", "By", "Reporting", "Editing",
          "12", "3", "-", " ", "\n", "(", ",", "Roe", "x", "Jul", "the", "His", "new",
          "novel", "hymn", "film", "Film", "late-night"]
texts = st.lists(st.sampled_from(PIECES), max_size=10).map(" ".join) | st.text(
    alphabet=" \nbyBcst-(,3x", max_size=14)


@settings(max_examples=400)
@given(texts, texts)
def test_ends_like_holds_wherever_the_searches_match(before: str, after: str) -> None:
    text = before + after
    end = len(before)
    for pattern, endings, window in ((SCORECARD_BEFORE, SCORECARD_BEFORE_ENDS, 8),
                                     (BYLINE_BEFORE, BYLINE_BEFORE_ENDS, 14),
                                     (WORK_BEFORE, WORK_BEFORE_ENDS, 40)):
        if pattern.search(text, max(0, end - window), end) is not None:
            assert ends_like(text, end, endings), (pattern.pattern, text, end)


def test_ends_like() -> None:
    assert ends_like("Editing by ", 11, BYLINE_BEFORE_ENDS)
    assert ends_like("Editing by \nRoe", 12, BYLINE_BEFORE_ENDS)
    assert not ends_like("said Roe", 5, BYLINE_BEFORE_ENDS)
    assert not ends_like("x", 0, SCORECARD_BEFORE_ENDS)
    assert ends_like("her new novel \n", 15, WORK_BEFORE_ENDS)
    assert WORK_BEFORE.search("her new novel \n", 0, 15) is not None
    assert not ends_like("the novelist ", 13, WORK_BEFORE_ENDS)
    assert re.search(r"by $", "Editing by \n") is not None  # why the line break counts
