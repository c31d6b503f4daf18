"""The entity path's shortcuts give what the plain code gave (invented and generated text)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.analysis.entities import find_entities
from reader.analysis.lexicon import LEXICON, Phrase
from reader.analysis.tokens import Token, tokenize


def _plain_match(tokens: list[Token], i: int, caps: bool) -> Phrase | None:
    """Lexicon.match as first written: every phrase of the first word, word by word."""
    table = LEXICON.upper_by_first if caps else LEXICON.by_first
    for phrase in table.get(tokens[i].text, []):
        size = len(phrase.words)
        if i + size <= len(tokens) and all(
                tokens[i + k].text == phrase.words[k] for k in range(1, size)):
            return phrase
    return None


# Words that begin many phrases, and words inside them.
_WORDS = st.sampled_from([
    "Republic", "of", "the", "Congo", "Korea", "South", "Africa", "Sudan", "United",
    "States", "Kingdom", "Arab", "Emirates", "New", "Zealand", "York", "Delhi", "Saint",
    "Lucia", "Kitts", "and", "Nevis", "Democratic", "People's", "Tarsia", "Quell",
    "REPUBLIC", "OF", "KOREA", "SOUTH", "AFRICA",
])


@settings(max_examples=150, deadline=None)
@given(st.lists(_WORDS, min_size=1, max_size=8))
def test_a_phrase_is_matched_as_word_by_word(words: list[str]) -> None:
    tokens = tokenize(" ".join(words))
    for i in range(len(tokens)):
        for caps in (False, True):
            assert LEXICON.match(tokens, i, caps) == _plain_match(tokens, i, caps)


def test_the_second_word_decides_among_many_phrases() -> None:
    tokens = tokenize("the Republic of Tarsia and the Republic of Korea met in South Africa")
    found = [LEXICON.match(tokens, i, False) for i in range(len(tokens))]
    assert found[1] is None or "Tarsia" not in found[1].words
    assert found[6] is not None and found[6].words == ("Republic", "of", "Korea")
    assert found[6].key == "KR"
    assert found[11] is not None and found[11].key == "ZA"


# Ships and animals named like people: the look at the word before a run is skipped only
# where the text writes no word for such a kind, and then it could not have found one.
def _people(text: str) -> list[str]:
    return sorted(e.name for e in find_entities(text) if e.kind == "person")


def test_a_kind_of_ship_still_makes_a_ship() -> None:
    text = ("The tanker Maria Quellbeck ran aground off Elston on Monday, and the ferry "
            "Queen Ama docked late. Port official Tomas Reyd said no one was hurt.")
    assert _people(text) == ["Tomas Reyd"]
    # the same names, with no kind of ship before them: people (the skip is not taken)
    assert "Maria Quellbeck" in _people(text.replace("tanker ", "owner "))


def test_a_comma_before_a_named_pet_still_makes_a_pet() -> None:
    assert _people("Her dog, Captain Rex, barked. Ana Lindqvist laughed.") == [
        "Ana Lindqvist"]


# The headline's end stands for in_title_line: a token is in the title line when it
# starts before it (title_lines holds the first line at most, from its first letter).
_LINE_PIECES = st.sampled_from([
    "Quell", "Wins", "Over", "Marbeck", "Again", "in", "the", "Final", "\n", " ", "  ",
    "Jane Roe", "said", ".", "ROE", "2-1", "\t",
])


@settings(max_examples=150, deadline=None)
@given(st.lists(_LINE_PIECES, max_size=16).map(" ".join))
def test_the_headline_end_says_what_in_title_line_says(text: str) -> None:
    from reader.analysis.people_state import FinderState

    tokens = tokenize(text)
    state = FinderState(text, tokens, [None] * len(tokens), [], [])
    for tok in tokens:
        assert (tok.start < state.headline_end) == state.in_title_line(tok)


def test_a_title_case_headline_ends_where_its_line_does() -> None:
    from reader.analysis.people_state import FinderState

    text = "Quell Wins Marbeck Final Again\nJane Roe said the final was hard."
    tokens = tokenize(text)
    state = FinderState(text, tokens, [None] * len(tokens), [], [])
    assert state.headline_end == text.index("\n")
    assert [t.text for t in tokens if t.start < state.headline_end] == [
        "Quell", "Wins", "Marbeck", "Final", "Again"]
