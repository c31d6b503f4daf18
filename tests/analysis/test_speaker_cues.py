"""Reporting verbs of manner and reply ("fumed", "quipped", "bragged"), on invented
sentences: each ties its quote to the speaker, and its noun use does not."""

from __future__ import annotations

import pytest

from reader.analysis import analyze


def speakers(text: str) -> list[str | None]:
    result = analyze(text)
    names = {e.id: e.name for e in result.entities}
    return [names.get(q.speaker or "") for q in result.quotes]


@pytest.mark.parametrize("verb", ["fumed", "bragged", "deadpanned", "grumbled", "scoffed",
                                  "marvelled", "shrugged", "concurred", "gushed"])
def test_a_verb_of_manner_after_the_quote(verb: str) -> None:
    text = f'Tomas Quellbach met the press. "Not again," Quellbach {verb}.'
    assert speakers(text) == ["Tomas Quellbach"]


@pytest.mark.parametrize("verb", ["fumed", "railed", "teased", "protested"])
def test_an_inverted_verb_of_manner(verb: str) -> None:
    text = f'"Not again," {verb} Tomas Quellbach.'
    assert speakers(text) == ["Tomas Quellbach"]


def test_the_noun_of_such_a_verb_is_not_a_cue() -> None:
    # "a loud protest" is a noun: the speaker is the one who "added" at the end
    text = ('Tomas Quellbach called in the envoy. The envoy heard a loud protest and '
            '"deep regret over the raid," he added.')
    assert speakers(text) == ["Tomas Quellbach"]
