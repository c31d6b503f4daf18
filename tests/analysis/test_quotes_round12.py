"""Who speaks, on invented sentences of political news: the twelfth round's classes.

Each class was found on the open pages of tools/invented_quotes_attr12.py (written with
a held-out third before the analyser ran on them); the sentences here are new."""

from __future__ import annotations

import pytest

from reader.analysis import analyze
from reader.analysis.descriptions import parse_description


def attributions(text: str) -> list[tuple[str, str | None, str | None]]:
    """(quoted words, source words, speaker's name) of each quote."""
    result = analyze(text)
    names = {e.id: e.name for e in result.entities}
    return [(q.text.strip("\"“”‘’',.!? "),
             text[q.source[0]:q.source[1]] if q.source else None,
             names.get(q.speaker or "")) for q in result.quotes]


def speakers(text: str) -> list[str | None]:
    return [name for _, _, name in attributions(text)]


# -- a role brought in by the lead after its dateline names the person later ---------

@pytest.mark.parametrize(("text", "who"), [
    ("LIMA — Peru’s finance minister, Rosario Quispe-Tello, unveiled a budget on Monday."
     " Her rival, Senator Hugo Balcázar, said it would fail.\n\n"
     "“We will balance the books by June,” the minister said.", "Rosario Quispe-Tello"),
    ("HOBART, Tasmania — The state’s attorney general, Neville Stanhope, sued two banks"
     " on Friday. The premier, Joanna Ferrier, backed him.\n\n"
     "The attorney general said he would not settle. “They knew, and they hid it,” the"
     " attorney general said.", "Neville Stanhope"),
    ("NAIROBI — The Treasury Cabinet Secretary, Amani Wekesa, warned of cuts. Opposition"
     " leader Joel Barasa disagreed.\n\n"
     "“The cuts are coming whether we like them or not,” the cabinet secretary said.",
     "Amani Wekesa"),
])
def test_a_role_given_after_a_dateline_is_known_later(text: str, who: str) -> None:
    assert speakers(text)[-1] == who


def test_a_description_opening_the_sentence_before_is_what_he_stands_for() -> None:
    text = ("PERTH — The state’s attorney general, Neville Stanhope, sued two banks on"
            " Friday. His likely rival, Gerald Moss, questioned the timing. “It is a stunt,”"
            " Moss said.\n\n"
            "The 58-year-old attorney general brushed off the criticism. “The banks did not"
            " wait for an election, and neither will I,” he said.")
    assert speakers(text) == ["Gerald Moss", "Neville Stanhope"]


# -- someone unnamed who serves a named or described person -------------------------

@pytest.mark.parametrize("text", [
    "A senior aide to the governor, who would not be named, said talks were “close to"
    " done” on Tuesday. Gov. Ada Brennan has not commented.",
    "Gov. Ada Brennan was travelling. An adviser to the governor said the bill was “dead"
    " on arrival.”",
])
def test_an_aide_to_someone_is_not_that_person(text: str) -> None:
    [(_, source, speaker)] = attributions(text)
    assert speaker is None
    assert source in ("A senior aide to the governor", "An adviser to the governor")


def test_a_possessive_after_the_head_does_not_make_a_description_definite() -> None:
    text = "A spokesman for the Greens’ parliamentary group"
    desc = parse_description(text, 0, len(text), "spokesman")
    assert not desc.definite and desc.possessor_end is None
    text = "Ana Vidal’s spokesman"
    desc = parse_description(text, 0, len(text), "spokesman")
    assert desc.definite and desc.possessor_end == len("Ana Vidal’s")
