"""The analyser never raises, and every offset it reports lies on its own characters."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.analysis import Analysis, analyze

# Pieces that exercise the quote finder: marks of every kind, cues, names, pronouns,
# paragraph breaks, and abbreviations that look like sentence ends.
FRAGMENTS = [
    '"', "“", "”", "‘", "’", "'", "«", "»", "\n", "\n\n", " ", ", ", ". ", ": ", "—",
    "said", " said ", "told", "he said", "she added", "according to ", "Mr. ", "Gen. ",
    "Anna Berg", "Berg", "The Daily Ledger", "U.S.", "who", "claim that", "'s", "(", ")",
    "saying", "wrote:", "Said", "He", "They", "it",
]

texts = st.one_of(
    st.text(max_size=300),
    st.lists(st.sampled_from(FRAGMENTS), max_size=60).map("".join),
    st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=5)), max_size=40)
    .map("".join),
)


def check_offsets(text: str, result: Analysis) -> None:
    assert result.text == text
    ids = {e.id for e in result.entities}
    assert len(ids) == len(result.entities)
    for ent in result.entities:
        for start, end in ent.mentions:
            assert 0 <= start < end <= len(text)
            surface = text[start:end]
            assert surface == surface.strip() and surface
    for q in result.quotes:
        assert 0 <= q.start < q.end <= len(text)
        assert text[q.start:q.end] == q.text
        # Any mark a quote may open with: double marks of every typography, doubled
        # backquotes, and single marks in an article with no double ones.
        assert q.text[0] in "\"“„«”»「『`‘’'"
        assert q.text == q.text.strip()
        assert q.speaker is None or q.speaker in ids
        if q.source is not None:
            s, e = q.source
            assert 0 <= s < e <= len(text)
            assert text[s:e] == text[s:e].strip()
            assert any(ch.isalnum() for ch in text[s:e])  # never punctuation alone


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
def test_analyze_never_raises_and_offsets_hold(text: str) -> None:
    check_offsets(text, analyze(text))


def test_many_unmatched_marks_are_handled() -> None:
    text = ('"' * 5000) + "\n" + ("“ said he " * 2000)
    check_offsets(text, analyze(text))


def test_entity_ids_stay_unique_when_names_fold_to_one_slug() -> None:
    # Two spellings that slugify alike must still give two distinct ids.
    from reader.analysis import Entity, _unique_ids

    one = Entity(id="person:marta-lund", kind="person", name="Mar’ta Lund", mentions=[(0, 11)])
    two = Entity(id="person:marta-lund", kind="person", name="Marta Lund", mentions=[(20, 30)])
    ids = [e.id for e in _unique_ids([one, two])]
    assert ids == ["person:marta-lund", "person:marta-lund-2"]
