"""Scans of the pronoun resolver written for speed give what the plain searches gave."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.analysis.pronouns import _word_before

# entity_gender's word before a mention, read backwards: as the search it replaced.
WORD_BEFORE_SEARCH = re.compile(r"([A-Za-z.]+)\s*$")


@settings(max_examples=300)
@given(st.text(alphabet="aZ. \n\t\u00a0\u2003é-1,", max_size=40), st.integers(0, 45))
def test_word_before_a_mention_as_the_search(text: str, start: int) -> None:
    start = min(start, len(text))
    m = WORD_BEFORE_SEARCH.search(text, max(0, start - 24), start)
    assert _word_before(text, start) == (m.group(1) if m is not None else "")


def test_word_before_a_mention_in_invented_text() -> None:
    text = "The talks were led by Mrs.\u00a0 Ana Vidal and by the spokesman  \nTom Roe."
    assert _word_before(text, text.index("Ana")) == "Mrs."
    assert _word_before(text, text.index("Tom")) == "spokesman"
    assert _word_before(text, 0) == "" and _word_before(text, text.index("e talks")) == "Th"
