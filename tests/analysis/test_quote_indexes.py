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


def _plain_looks_like_title(text: str, start: int, end: int, before: list) -> bool:
    """quotes._looks_like_title as it was first written (every test in its first order)."""
    words = text[start + 1:end - 1].strip(" ,.?!`'").split()
    if not words or len(words) > 7 or not before:
        return False
    small = {"of", "the", "a", "an", "and", "in", "on", "to", "for", "at", "with", "it's"}
    if not all(w[:1].isupper() or w.lower() in small or not w[:1].isalpha() for w in words):
        return False
    if not words[0][:1].isupper():
        return False
    prev = before[-1].text
    if prev.lower() == "of" and len(before) >= 2 and before[-2].text.lower() in quotes._CHANTS:
        return False
    if prev.lower() in quotes._WORK_NOUNS and len(before) >= 2:
        return True
    return prev.lower() in ("on", "of", "the", "a", "an", "his", "her", "their", "its",
                            "during", "in", "at") or quotes.strip_possessive(prev) != prev


TITLE_WORDS = ["the", "The", "film", "chants", "of", "on", "Roe's", "her", "Morning", "Hour",
               "a", "and", "Salt", "Roads", "it's", "9", "sang", "Lena!", "new", "book"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(TITLE_WORDS), max_size=5),
       st.lists(st.sampled_from(TITLE_WORDS), min_size=1, max_size=10))
def test_title_test_as_first_written(before: list[str], inner: list[str]) -> None:
    text = " ".join(before) + ' "' + " ".join(inner) + '" next'
    start = text.index('"')
    end = text.rindex('"') + 1
    words = words_in(text, 0, start)
    assert quotes._looks_like_title(text, start, end, words) == _plain_looks_like_title(
        text, start, end, words)


def test_titles_and_quotes_told_apart() -> None:
    text = 'Roe starred in the film "Harbour Lights" and said "we won the cup" there.'
    first = text.index('"')
    second = text.index('"', text.index('"', first + 1) + 1)
    assert quotes._looks_like_title(text, first, text.index('"', first + 1) + 1,
                                    words_in(text, 0, first))
    assert not quotes._looks_like_title(text, second, text.index('"', second + 1) + 1,
                                        words_in(text, 0, second))


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 3000), st.integers(1, 40), st.sampled_from("abc")),
                max_size=40),
       st.lists(st.tuples(st.integers(-50, 3200), st.integers(0, 3500)), max_size=10))
def test_span_index_reads_back_as_a_plain_filter(spans: list[tuple[int, int, str]],
                                                 asks: list[tuple[int, int]]) -> None:
    from reader.analysis.span_index import SpanIndex

    index = SpanIndex()
    held: list[tuple[int, int, str]] = []
    for n, (start, length, key) in enumerate(spans):
        index.add(start, start + length, key)
        held.append((start, start + length, key))
        if n % 7 == 3:  # read between additions, as the quote finder does
            for pos, back in asks:
                plain = sorted((s for s in held if max(pos - back, 0) <= s[0] < pos),
                               reverse=True)
                assert list(index.before(pos, pos - back)) == plain
    for pos, back in asks:
        plain = sorted((s for s in held if max(pos - back, 0) <= s[0] < pos), reverse=True)
        assert list(index.before(pos, pos - back)) == plain
        for width, reach in ((1, 0), (30, 80), (5, 600)):
            near = [s for s in sorted(held, reverse=True)
                    if max(pos - reach, 0) <= s[0] < pos + width and s[1] > pos]
            assert index.overlapping(pos, pos + width, reach) == (near[0] if near else None)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 3000), st.integers(1, 40), st.sampled_from("abc")),
                max_size=40),
       st.lists(st.tuples(st.integers(-50, 3200), st.integers(0, 3500)), max_size=10))
def test_span_index_built_at_once_as_built_by_additions(
        spans: list[tuple[int, int, str]], asks: list[tuple[int, int]]) -> None:
    from reader.analysis.span_index import SpanIndex

    at_once = SpanIndex((s, s + n, key) for s, n, key in spans)
    one_by_one = SpanIndex()
    for s, n, key in spans:
        one_by_one.add(s, s + n, key)
    for pos, back in asks:
        assert list(at_once.before(pos, pos - back)) == list(one_by_one.before(pos, pos - back))
        assert at_once.overlapping(pos, pos + 5) == one_by_one.overlapping(pos, pos + 5)


def plain_bounds(text: str, pos: int) -> tuple[int, int]:
    """The paragraph holding `pos`, by looking at the text around it."""
    start = text.rfind("\n", 0, max(pos, 0)) + 1
    end = text.find("\n", max(pos, 0))
    return start, len(text) if end < 0 else end


@settings(max_examples=200)
@given(st.text(alphabet="ab\n", max_size=60), st.lists(st.integers(-2, 62), max_size=30))
def test_paragraph_bounds_asked_in_any_order(text: str, asks: list[int]) -> None:
    # (Forwards, backwards and repeated: the paragraph found last is read on from.)
    paragraphs = quotes._Paragraphs(text)
    for pos in asks + sorted(asks):
        if pos <= len(text):
            assert paragraphs.bounds(pos) == plain_bounds(text, pos), pos


@given(st.text(alphabet="ab \n\r", max_size=40))
def test_paragraph_breaks_are_the_line_breaks(text: str) -> None:
    paragraphs = quotes._Paragraphs(text)
    assert list(paragraphs.breaks) == [i for i, c in enumerate(text) if c == "\n"]
    for pos in range(len(text) + 1):
        start, end = paragraphs.bounds(pos)
        assert "\n" not in text[start:end]
        assert start <= pos <= end
        assert (start == 0 or text[start - 1] == "\n") and (end == len(text) or text[end] == "\n")


SHARED_STORY = (
    "Mayor Ana Roe met Tom Vidal of the Harbour Board in Norway on Monday. "
    '"We will not wait," Roe said. The Harbour Board said it would answer. '
    'Vidal, 52, disagreed: "It is early." Roe and Vidal left for Norway.')


def test_indexes_built_from_shared_mention_spans_read_as_their_own() -> None:
    from reader.analysis.entities import find_entities
    from reader.analysis.pronouns import PersonHistory
    from reader.analysis.speakers import MentionIndex, mention_spans

    entities = find_entities(SHARED_STORY)
    assert {e.kind for e in entities} >= {"person", "organization", "country"}
    spans = mention_spans(entities)
    assert [[(s, e) for s, e, _ in of] for of in spans] == [e.mentions for e in entities]
    assert all(key == ent.id for ent, of in zip(entities, spans, strict=True) for _, _, key in of)
    shared, own = MentionIndex(entities, spans), MentionIndex(entities)
    shared_history = PersonHistory(SHARED_STORY, entities, None, spans)
    own_history = PersonHistory(SHARED_STORY, entities)
    shared_speakers = SpeakerEntities(SHARED_STORY, entities, spans)
    own_speakers = SpeakerEntities(SHARED_STORY, entities)
    end = len(SHARED_STORY)
    for pos in range(0, end + 1, 3):
        assert list(shared.index.before(pos, 0)) == list(own.index.before(pos, 0))
        assert shared.covering(pos, pos + 4) == own.covering(pos, pos + 4)
        for index in ("people", "orgs"):
            assert (list(getattr(shared_history, index).before(pos, 0))
                    == list(getattr(own_history, index).before(pos, 0)))
        assert shared_speakers._is_taken(pos, pos + 4) == own_speakers._is_taken(pos, pos + 4)
    # One tuple per mention, held by every index (not a copy each): so in plain Python.
    # Compiled code (hatch_build.py) holds typed tuples unboxed and makes them anew when
    # Python code reads one, so identity is not a property there.
    from reader.analysis import COMPILED

    if COMPILED:
        return
    first = next(shared.index.before(end, 0))
    person = next(shared_history.people.before(end, 0))
    assert any(span is first for of in spans for span in of)
    assert any(span is person for of in spans for span in of)


QUOTED_PIECES = ["Roe", "said", "the", "plan", "U.S.", "rock'n'roll", "Mr.", "a-b", ",", ":",
                 '"', "“", "”", "'", "‘", "’", "``", "''", "«", "»", "\n", "\n\n", " ", " "]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(QUOTED_PIECES), max_size=40).map("".join),
       st.data())
def test_words_between_quotes_as_the_words_outside_them(text: str, data: st.DataObject) -> None:
    spans = find_quote_spans(text)
    lo = data.draw(st.integers(0, len(text)))
    hi = data.draw(st.integers(lo, len(text) + 2))
    assert quotes._words_outside_quotes(text, lo, hi, spans) == quotes._outside_quotes(
        words_in(text, lo, hi), spans)


def test_words_between_quotes_skip_the_quoted_words() -> None:
    text = 'Roe said "the plan will fail" and “soon,” adding, \'rock\'n\'roll\' to Vidal.'
    spans = find_quote_spans(text)
    found = quotes._words_outside_quotes(text, 0, text.index("adding"), spans)
    assert [w.text for w in found] == ["Roe", "said", "and"]
    assert found == quotes._outside_quotes(words_in(text, 0, text.index("adding")), spans)
