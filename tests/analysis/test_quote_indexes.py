"""The quote finder's shortcuts give what the plain steps they stand for give."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.analysis import quotes
from reader.analysis.cues import NOUNS, VERBS
from reader.analysis.quote_marks import find_quote_spans
from reader.analysis.speaker_entities import SpeakerEntities
from reader.analysis.speakers import words_in
from reader.analysis.transcript_lines import TranscriptLines

WORDS = ["said", "Said", "told", "saying", "claim", "remarks", "the", "a", "his", "Roe's",
         "its", "Vidal", "Ana", "Okafor", "he", "she", "was", "by", "as", "quoted", "and",
         "that", "according", "to", "Lee", "plan", "will", "fail", "Mr.", "who"]
SEPARATORS = [" ", " ", " ", ", ", ". ", ': "', '," ', ' "', '" ', "\n", "\n\n", "”", " “"]

texts = st.lists(st.tuples(st.sampled_from(WORDS), st.sampled_from(SEPARATORS)),
                 max_size=30).map(lambda parts: "".join(w + s for w, s in parts))


@settings(max_examples=150, deadline=None)
@given(texts)
def test_words_outside_quotes_as_the_plain_filter(text: str) -> None:
    spans = find_quote_spans(text)
    for lo in range(0, len(text), 7):
        words = words_in(text, lo, len(text))
        plain = [w for w in words if not quotes._inside(spans, w.start)]
        assert quotes._outside_quotes(words, spans) == plain


def test_words_outside_quotes_drop_the_quoted_words() -> None:
    text = 'Roe said "the plan will fail" and "soon" to Vidal.'
    kept = quotes._outside_quotes(words_in(text, 0, len(text)), find_quote_spans(text))
    assert [w.text for w in kept] == ["Roe", "said", "and", "to", "Vidal"]


def _attributor(text: str) -> quotes._Attributor:
    return quotes._Attributor(text, [], find_quote_spans(text), TranscriptLines(text))


@settings(max_examples=150, deadline=None)
@given(texts)
def test_words_cue_before_skips_are_no_cues(text: str) -> None:
    """cue_before passes over the words that are neither a cue verb nor (after the first
    word) a cue noun: for them _cue_at finds nothing."""
    att = _attributor(text)
    words = words_in(text, 0, len(text))
    for j, w in enumerate(words):
        low = w.text.lower()
        if low not in VERBS and (low not in NOUNS or j == 0):
            assert att._cue_at(words, j, words, None) is None


@settings(max_examples=100, deadline=None)
@given(texts)
def test_nickname_found_once_as_found_afresh(text: str) -> None:
    att = _attributor(text)
    for k, (start, end) in enumerate(att.spans):
        assert att.is_nickname(k) == quotes._is_nickname(text, start, end)
        assert att.is_nickname(k) == quotes._is_nickname(text, start, end)


def test_a_nickname_is_told_apart() -> None:
    text = 'Lena "Lee" Okafor spoke. "We will win," she said.'
    att = _attributor(text)
    assert [att.is_nickname(k) for k in range(len(att.spans))] == [True, False]


def test_full_name_asked_again_gives_the_first_answer() -> None:
    text = "Petra Holm arrived. Holm said no. Later Holm left, and Ivo Sand stayed."
    found = SpeakerEntities(text, [])
    assert found.full_name("Holm") == "Petra Holm"
    assert found.full_name("Holm") == "Petra Holm"
    assert found.full_name("Sand") == SpeakerEntities(text, []).full_name("Sand")
    assert found.full_name("Nobody") is None
    assert found.full_name("Nobody") is None
