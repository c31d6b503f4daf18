"""Who "he" and "she" are, by recency and grammatical role, on invented sentences: the
subject of the sentence before comes first, also when that sentence opens with the name
or its verb is an irregular past; a title's period ends no sentence."""

from __future__ import annotations

from reader.analysis import analyze


def speakers(text: str) -> list[str | None]:
    result = analyze(text)
    names = {e.id: e.name for e in result.entities}
    return [names.get(q.speaker or "") for q in result.quotes]


def test_the_subject_of_a_sentence_that_opens_with_the_name() -> None:
    text = 'Ivo Marsh thanked the crowd. Tim Olin waved. "We are ready," he said.'
    assert speakers(text) == ["Tim Olin"]


def test_a_subject_with_an_irregular_past_verb() -> None:
    text = ('Ivo Marsh attacked Tim Olin on Monday. "He is wrong," Marsh said. Olin hit '
            'back. "We are ready," he said.')
    assert speakers(text) == ["Ivo Marsh", "Tim Olin"]


def test_the_main_clause_subject_after_a_when_clause() -> None:
    text = 'When Ivo Marsh arrived, Tim Olin left. "We are ready," he said.'
    assert speakers(text) == ["Tim Olin"]


def test_the_period_of_a_title_ends_no_sentence() -> None:
    # "Mr. Olin's" is a possessive in the same sentence as its subject Marsh, not a
    # sentence of its own that would open with Olin
    text = ('Tim Olin spoke first. Mr. Ivo Marsh waved off the plan of Mr. Olin\'s '
            'allies, which failed in April. "We are ready," he said.')
    assert speakers(text) == ["Ivo Marsh"]
