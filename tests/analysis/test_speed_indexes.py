"""Indexes and caches the quote finder keeps for speed give what the plain code gives."""

from __future__ import annotations

import re
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.analysis import COMPILED
from reader.analysis.model import Entity
from reader.analysis.pronouns import PersonHistory
from reader.analysis.speaker_entities import capitalised_words, word_offsets

# The plain scan capitalised_words stands for: every word, then those with a capital.
PLAIN_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def plain_capitalised_words(text: str) -> dict[str, list[int]]:
    index: dict[str, list[int]] = {}
    for m in PLAIN_WORD.finditer(text):
        if m.group()[0].isupper():
            index.setdefault(m.group(), []).append(m.start())
    return index


def as_lists(index: dict[str, Any]) -> dict[str, list[int]]:
    """The index with its arrays of offsets as lists (an array equals no list)."""
    return {word: list(offsets) for word, offsets in index.items()}


PIECES = ["Oslo", "oslo", "O'Neill", "d'Arcy", "3Com", "x3Com", "-Vik", "a-Vik", "Son-hui",
          "_Tor", "é", "Élan", "ÉLAN", "ǅemal", "½", "Ⅻ", "²B", "“Ana", "—Roe", "’Berg", "9",
          "Mc", "Donald", "'", "’", "-", "_"]
GAPS = ["", " ", "\n", ", ", ".", "—", "(", "'", "-", "3", "_"]

texts = st.lists(st.tuples(st.sampled_from(PIECES), st.sampled_from(GAPS)),
                 max_size=16).map(lambda parts: "".join(p + g for p, g in parts))


@settings(max_examples=400)
@given(texts)
def test_capitalised_words_as_the_plain_scan(text: str) -> None:
    assert as_lists(capitalised_words(text)) == plain_capitalised_words(text)


@settings(max_examples=100)
@given(st.text(alphabet="aAbZ é É3_'’- .\n½ǅ“", max_size=40))
def test_capitalised_words_on_any_characters(text: str) -> None:
    assert as_lists(capitalised_words(text)) == plain_capitalised_words(text)


@settings(max_examples=300)
@given(texts, st.sampled_from(PIECES))
def test_word_offsets_as_the_index_of_capitalised_words(text: str, asked: str) -> None:
    index = as_lists(capitalised_words(text))
    for word in [*index, asked, "Vik", "Com"]:
        assert word_offsets(text, word) == index.get(word, []), word


def test_word_offsets_find_whole_words_only() -> None:
    text = "Berg met Bergman and O'Berg; Berg-Vik left, x-Berg too. Berg"
    assert word_offsets(text, "Berg") == [0, len(text) - 4]  # not in "Berg-Vik"
    assert word_offsets(text, "Bergman") == [text.index("Bergman")]
    assert word_offsets(text, "Berg-Vik") == [text.index("Berg-Vik")]
    assert word_offsets(text, "berg") == []


def test_capitalised_words_reads_words_as_the_scan_does() -> None:
    text = "Ana O'Neill of 3Com met ana at the x-Ray desk; -Vik and Élan left."
    found = as_lists(capitalised_words(text))
    assert found == plain_capitalised_words(text)
    assert set(found) == {"Ana", "O'Neill", "Com", "Vik", "Élan"}  # not "Ray", "Neill"
    assert found["Com"] == [text.index("Com")]


STORY = (
    "Mayor Ana Roe met Tom Vidal on Monday. Vidal said the plan was late. "
    '"We will not wait," he said. Roe, 52, disagreed. "It is early," she said. '
    "The mayor's aide, Lena Berg, left. Mr. Vidal answered: \"Not now.\" He left. "
    "When Berg arrived, Roe greeted her. She said nothing.")


def history(text: str) -> PersonHistory:
    people = []
    for name in ("Ana Roe", "Tom Vidal", "Lena Berg"):
        surname = name.split()[1]
        spans = [(m.start(), m.end()) for m in re.finditer(rf"(?:{name}|{surname})", text)]
        people.append(Entity(id=f"person:{surname.lower()}", kind="person", name=name,
                             mentions=spans))
    quotes = [(m.start(), m.end()) for m in re.finditer(r'"[^"]*"', text)]
    return PersonHistory(text, people, quotes)


def test_cached_mention_facts_are_the_facts_found_afresh() -> None:
    cached = history(STORY)
    for pos in range(0, len(STORY), 7):
        cached.resolve("he", pos)  # fills the caches as attribution does
        cached.resolve("she", pos)
    fresh = history(STORY)
    assert cached._breaks and cached._place_scores and cached._passed_over
    for (start, end), found in cached._breaks.items():
        assert found == fresh._finds_sentence_break(start, end)
    for (start, end), found in cached._place_scores.items():
        assert found == fresh._place_score(start, end)
    for (start, end), found in cached._passed_over.items():
        assert found == (fresh._in_quote(start) or fresh._is_modifier(end))


def test_pronouns_resolve_alike_with_caches_warm_and_cold() -> None:
    warm = history(STORY)
    positions = [m.start() for m in re.finditer(r"\b(?:he|she|He|She)\b", STORY)]
    answers = [warm.resolve(STORY[p:p + 3].strip().lower(), p) for p in positions]
    again = [warm.resolve(STORY[p:p + 3].strip().lower(), p) for p in positions]
    cold = [history(STORY).resolve(STORY[p:p + 3].strip().lower(), p) for p in positions]
    assert answers == again == cold
    assert "person:vidal" in answers and "person:roe" in answers


class PlainSpans:
    """What SpanIndex answers, from a plain list."""

    def __init__(self, spans: list[tuple[int, int, str]]) -> None:
        self.spans = list(spans)

    def add(self, start: int, end: int, key: str) -> None:
        self.spans.append((start, end, key))

    def before(self, pos: int, lo: int) -> list[tuple[int, int, str]]:
        return sorted((s for s in self.spans if max(lo, 0) <= s[0] < pos), reverse=True)

    def overlapping(self, start: int, end: int, reach: int = 200) -> tuple[int, int, str] | None:
        found = self.before(end, start - reach)
        return next((s for s in found if s[1] > start), None)


spans_lists = st.lists(st.tuples(st.integers(0, 3000), st.integers(1, 40),
                                 st.sampled_from(["a", "b", "c"])),
                       max_size=60).map(lambda xs: [(s, s + n, k) for s, n, k in xs])


@settings(max_examples=150)
@given(spans_lists, spans_lists, st.lists(st.tuples(st.integers(-5, 3100),
                                                    st.integers(0, 700)), max_size=12))
def test_span_index_answers_as_a_plain_list(first: list[tuple[int, int, str]],
                                            later: list[tuple[int, int, str]],
                                            asks: list[tuple[int, int]]) -> None:
    from reader.analysis.span_index import SpanIndex

    index, plain = SpanIndex(first), PlainSpans(first)
    for pos, back in asks:
        assert list(index.before(pos, pos - back)) == plain.before(pos, pos - back)
        assert index.overlapping(pos, pos + 5, back) == plain.overlapping(pos, pos + 5, back)
    for span in later:
        index.add(*span)
        plain.add(*span)
    for pos, back in asks:
        assert list(index.before(pos, pos - back)) == plain.before(pos, pos - back)


@pytest.mark.skipif(COMPILED, reason="watches the analyser's internals from Python, which "
                    "compiled code (hatch_build.py) calls directly")
def test_a_speakers_pronoun_resolved_once_gives_what_resolving_it_again_gives() -> None:
    """The answer kept from a quote's pronoun (PersonHistory._resolved) is used when a
    later pronoun settles the ones before it only while nothing it read has changed:
    the same answers as a history that finds every one afresh."""
    text = (
        'Tom Vidal met Ana Roe. "We agreed," he said. "Not yet," she said. Vidal left. '
        '"It is late," he said. Lena Berg arrived. "Good," she said. Roe smiled. '
        '"Again," she said. "Fine," he said.')
    kept = history(text)
    fresh = history(text)
    fresh._resolved = _Forgetful()
    calls = {"kept": 0, "fresh": 0}
    for name, hist in (("kept", kept), ("fresh", fresh)):
        def counted(*args: Any, _hist: PersonHistory = hist, _name: str = name,
                    _found: Any = hist._antecedent) -> Any:
            calls[_name] += 1
            return _found(*args)
        hist._antecedent = counted  # type: ignore[method-assign]
    positions = [m.start() for m in re.finditer(r"\b(?:he|she)\b", text)]
    for p in positions:
        assert kept.resolve(text[p:p + 3].strip(), p) == fresh.resolve(
            text[p:p + 3].strip(), p)
    assert kept._pronoun_ref == fresh._pronoun_ref
    assert len(kept._pronoun_ref) == len(positions) - 2  # the last of each not yet
    assert calls["kept"] < calls["fresh"]  # some answers were used again
    # Learning a gender is a change: an answer kept from before it is not used.
    told = 'Kim Osk arrived. "Yes," he said.'
    osk = Entity(id="person:osk", kind="person", name="Kim Osk", mentions=[(0, 7)])
    learnt = PersonHistory(told, [osk], [(17, 23)])
    assert learnt.resolve("he", told.index("he said")) == "person:osk"
    assert learnt._version == 1  # Osk's gender learnt from "he": kept answers are stale


class _Forgetful(dict[tuple[str, int, int], tuple[int, tuple[str | None, int]]]):
    """A store of answers that keeps none."""

    def __setitem__(self, key: tuple[str, int, int],
                    value: tuple[int, tuple[str | None, int]]) -> None:
        pass


@settings(max_examples=150)
@given(st.lists(st.tuples(st.integers(0, 400), st.integers(1, 30)), max_size=12),
       st.lists(st.integers(0, 450), max_size=30))
def test_positions_outside_quotes_by_one_walk_as_by_a_search_each(
        quotes: list[tuple[int, int]], positions: list[int]) -> None:
    spans = sorted((s, s + n) for s, n in quotes)
    hist = PersonHistory("x" * 500, [], spans)
    pairs = [(p, p + 2) for p in sorted(positions)]
    assert hist._outside_quotes(iter(pairs)) == [
        pair for pair in pairs if not hist._in_quote(pair[0])]


def test_a_pronoun_asked_about_again_gives_what_a_fresh_resolution_gives() -> None:
    """PersonHistory._last_resolution: the same pronoun resolved twice in a row (the cue
    of two quotes) is answered from memory only while nothing it reads has changed."""
    text = ('Tom Vidal met Ana Roe. Vidal spoke first. "We agreed," he said, '
            '"and we start now." Roe nodded.')
    at = text.index("he said")
    remembering, fresh = history(text), history(text)
    first = remembering.resolve("he", at)
    named_first = remembering.antecedent_at
    assert remembering._last_resolution is not None
    again = remembering.resolve("he", at)
    fresh.resolve("he", at)
    fresh._last_resolution = None
    assert first == again == fresh.resolve("he", at) == "person:vidal"
    assert named_first == remembering.antecedent_at == fresh.antecedent_at
    # A speaker settled before the pronoun is something it reads: found afresh.
    remembering.note_speaker(text.index("Roe"), "person:roe")
    kept = remembering._last_resolution
    remembering.resolve("he", at)
    assert remembering._last_resolution is not kept


STORIES = [
    STORY,
    'Tom Vidal met Ana Roe. "We agreed," he said, "and we start now." Roe nodded. '
    '"Not yet," she said, "not before May." Lena Berg, the mayor\'s aide, disagreed. '
    '"It is late," she said. "Too late," Vidal said. He left. "Fine," he said.',
    'Kim Osk spoke. "Yes," he said. "No," he said, "never." Osk left. Ada Lind came. '
    '"Maybe," she said, and "perhaps," she added. "Both," said Osk.',
]


@pytest.mark.parametrize("story", STORIES)
def test_quotes_attributed_alike_with_and_without_the_last_resolution(
        story: str, monkeypatch: pytest.MonkeyPatch) -> None:
    from reader.analysis import analyze

    def as_found(text: str) -> list[tuple[int, int, str | None, object]]:
        return [(q.start, q.end, q.speaker, q.source) for q in analyze(text).quotes]

    remembering = as_found(story)
    resolve = PersonHistory._resolve_person

    def forgetting(self: PersonHistory, *args: Any) -> str | None:
        self._last_resolution = None
        return resolve(self, *args)

    monkeypatch.setattr(PersonHistory, "_resolve_person", forgetting)
    assert as_found(story) == remembering
    assert any(speaker is not None for _, _, speaker, _ in remembering)


NEW_SPEAKERS = (
    'Critics called the visit a "photo opportunity." Skeptics called it a "sham." '
    '"We will see," said Tova Brenk. "It is late," said Quillon. Quillon left early. '
    '"We are ready," Marrow Holdings said. "Not so," Dornby said. Dornby, 61, smiled. '
    '"Again," Brenk said. "Later," said Quillon. Doubters called it a "stunt."')


def test_speakers_found_alike_by_searches_and_by_the_index(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """SpeakerEntities looks the first words up by a search of the text and the rest
    in the index of every capitalised word: either way the same entities and quotes."""
    from reader.analysis import analyze, speaker_entities

    def found() -> list[object]:
        analysis = analyze(NEW_SPEAKERS)
        return [(e.id, e.kind, e.name, e.mentions) for e in analysis.entities] + [
            (q.start, q.speaker, q.source) for q in analysis.quotes]

    results = []
    for searches in (0, 2, 1000):
        monkeypatch.setattr(speaker_entities, "_SEARCHES_BEFORE_INDEX", searches)
        results.append(found())
    assert results[0] == results[1] == results[2]
    assert any("quillon" in str(item) for item in results[0])  # made by the quote finder
