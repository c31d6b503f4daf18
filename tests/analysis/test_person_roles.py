"""The role the side panel shows under a person's name: the words before the name that
say what the person is, and nothing from the sentence before, a byline or an owner's
"'s" (invented sentences)."""

from __future__ import annotations

import pytest

from reader.analysis import analyze


def role_of(text: str, name: str) -> str | None:
    [person] = [e for e in analyze(text).of_kind("person") if e.name == name]
    return person.role


@pytest.mark.parametrize(("text", "name", "role"), [
    ("Exports fell to Japan. Analyst Kim Ha-eun said demand would recover.",
     "Kim Ha-eun", "Analyst"),
    ("Maj. Gen. Tomas Berglund spoke first.", "Tomas Berglund", "Maj. Gen."),
    ("Norway's Prime Minister Jonas Berg said no.", "Jonas Berg",
     "Norway's Prime Minister"),
    ("Norway's Eirik Haldorsen won the stage.", "Eirik Haldorsen", "Norway"),
    ("The pledge came from (Harbour Board chairman) Ivo Marsh on Friday.", "Ivo Marsh",
     "Harbour Board chairman"),
    ("The crowd cheered presidential\u00a0nominee Dana Whitfield.", "Dana Whitfield",
     "presidential\u00a0nominee"),
])
def test_the_role_is_the_words_that_say_what_the_person_is(text: str, name: str,
                                                           role: str) -> None:
    assert role_of(text, name) == role


@pytest.mark.parametrize(("text", "name"), [
    ("By Priya Raghavendran\n\nNEW DELHI — The monsoon arrived early this year.",
     "Priya Raghavendran"),
    ("Teams:\nHarbourside: Tom Quayle, Ben Arkwright.", "Tom Quayle"),
    ("The ranking put Dorvania (Ilse Markov) first.", "Ilse Markov"),
])
def test_a_byline_a_team_or_a_bracket_gives_no_role(text: str, name: str) -> None:
    assert role_of(text, name) is None
