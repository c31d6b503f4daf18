"""Whole-text scans written for speed find exactly what their plain forms find."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.analysis import pronouns

# The patterns as one would write them plainly, "\b" first.
PLAIN_DESCRIPTION = {
    g: re.compile(rf"\b(?:[Tt]he|[Mm]y|[Aa]n?|[Oo]ur)\s+(?:[a-z][\w-]*\s+){{0,2}}?"
                  rf"(?:{heads})\b(?!['’]s)")
    for g, heads in pronouns._GENDERED_HEADS.items()
}
PLAIN_PRONOUN = {"m": re.compile(r"\b[Hh]e\b"), "f": re.compile(r"\b[Ss]he\b")}

WORDS = ["the", "The", "a", "A", "an", "An", "my", "My", "our", "Our", "young", "old",
         "man", "woman", "mother", "father", "he", "He", "she", "She", "Ashe", "theman",
         "man's", "woman’s", "them", "sheer", "x9", "é", "_", "ÉThe"]
SEPARATORS = [" ", "  ", "\n", ", ", ".", "-", "'", "’", "", "\t", "_"]

texts = st.lists(st.tuples(st.sampled_from(WORDS), st.sampled_from(SEPARATORS)),
                 max_size=14).map(lambda parts: "".join(w + s for w, s in parts))


def spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


@settings(max_examples=300)
@given(texts)
def test_descriptions_and_pronouns_as_the_plain_patterns(text: str) -> None:
    for g in ("m", "f"):
        assert spans(pronouns._GENDERED_DESCRIPTION[g], text) == spans(PLAIN_DESCRIPTION[g], text)
        assert spans(pronouns._SAME_PRONOUN[g], text) == spans(PLAIN_PRONOUN[g], text)
        lower, capital = pronouns._SAME_PRONOUN_SCANS[g]
        assert sorted(spans(lower, text) + spans(capital, text)) == spans(
            PLAIN_PRONOUN[g], text)


def test_the_scans_find_what_they_are_for() -> None:
    text = "The young woman left. He said she saw an old man, and Ashe saw them."
    assert [text[s:e] for s, e in spans(pronouns._GENDERED_DESCRIPTION["f"], text)] == [
        "The young woman"]
    assert [text[s:e] for s, e in spans(pronouns._GENDERED_DESCRIPTION["m"], text)] == [
        "an old man"]
    assert [text[s:e] for s, e in spans(pronouns._SAME_PRONOUN["f"], text)] == ["she"]
    assert [text[s:e] for s, e in spans(pronouns._SAME_PRONOUN["m"], text)] == ["He"]


@settings(max_examples=300)
@given(texts)
def test_a_text_without_a_head_after_a_space_has_no_description(text: str) -> None:
    for g in ("m", "f"):
        if not pronouns._has_gendered_head(text, g):
            assert spans(PLAIN_DESCRIPTION[g], text) == []


def test_the_head_precheck_sees_heads_only_after_white_space() -> None:
    assert pronouns._has_gendered_head("an old\nwoman", "f")
    assert not pronouns._has_gendered_head("the (woman) and a woman's hat", "f")
    assert not pronouns._has_gendered_head("a chairman", "m")
    assert pronouns._has_gendered_head("my son", "m")
