"""text_at's tests at an offset give the answers of str.startswith and str.endswith."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.analysis.text_at import Affixes, ends_at, starts_at

# Few characters, so that words often match; an accented one and one past Latin-1, so
# that the table of ASCII pairs is passed by too.
_CHARS = "ab é€"
texts = st.text(alphabet=_CHARS, max_size=8)
words = st.tuples() | st.lists(st.text(alphabet=_CHARS, max_size=4), max_size=5).map(tuple)
offsets = st.integers(min_value=-10, max_value=10)


@settings(max_examples=600)
@given(texts, texts, words, offsets, offsets)
def test_the_same_answers_as_the_methods(text: str, word: str, tuple_: tuple[str, ...],
                                         start: int, end: int) -> None:
    assert starts_at(text, word, start) == text.startswith(word, start)
    assert starts_at(text, tuple_, start) == text.startswith(tuple_, start)
    assert ends_at(text, word, end) == text.endswith(word, 0, end)
    assert ends_at(text, tuple_, end, start) == text.endswith(tuple_, start, end)
    affixes = Affixes(tuple_)
    assert affixes.starts(text, start) == text.startswith(tuple_, start)
    assert affixes.ends(text, end) == text.endswith(tuple_, 0, end)
    assert affixes.ends(text, end, start) == text.endswith(tuple_, start, end)


def test_edges() -> None:
    assert not starts_at("ab", "", 3)  # (past the end even an empty prefix fails)
    assert starts_at("ab", "", 2)
    assert starts_at("ab", "b", -1)
    assert not ends_at("ab", "", 1, 2)
    assert ends_at("a the ", ("the ", "The "), 6)
    assert Affixes(("the ", "The ")).ends("a The ", 6)
    assert not Affixes(("the ", "The ")).ends("a thy ", 6)
    assert not Affixes(()).starts("", 0)
    assert Affixes(("",)).starts("", 0)
    assert Affixes((" state", " région")).starts("x région", 1)
