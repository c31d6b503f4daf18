"""People of round 11: one person however copy joins the syllables of a given name, and
"Said" as a surname before the verb. Every sentence and name is made up.
"""

from __future__ import annotations

import pytest

from reader.analysis.entities import find_entities
from tests.analysis.support import people


def _person_mentions(text: str) -> list[list[str]]:
    return [[text[a:b] for a, b in e.mentions] for e in find_entities(text)
            if e.kind == "person"]


# -- one person, written with a hyphen and without -----------------------------------------
@pytest.mark.parametrize("text", [
    "Kim Sung-woo met officials. Kim Sung Woo later said talks went well.",
    "Kim Sung Woo met officials. Kim Sung-woo later said talks went well.",
    "Lee Hae-jin arrived on Monday. Lee Hae-Jin left on Friday.",
    "Mary-Lou Tenner won the seat. Mary Lou Tenner thanked her voters.",
])
def test_a_name_with_and_without_its_hyphen_is_one_person(text: str) -> None:
    found = _person_mentions(text)
    assert len(found) == 1
    assert len(found[0]) == 2


def test_names_that_differ_in_more_than_spacing_stay_apart() -> None:
    text = "Kim Sung-woo met officials. Kim Sung-min later said talks went well."
    assert people(text) == {"Kim Sung-woo", "Kim Sung-min"}


# -- "Said" the surname ------------------------------------------------------------------
@pytest.mark.parametrize(("text", "name"), [
    ("Amara Said said the plan was late.", "Amara Said"),
    ("Omar Said told reporters the port would reopen.", "Omar Said"),
    ("Leila Said wrote that the count was flawed.", "Leila Said"),
])
def test_said_before_the_verb_is_a_surname(text: str, name: str) -> None:
    assert people(text) == {name}


def test_said_opening_a_sentence_is_still_the_verb() -> None:
    assert people("The harbour was shut, Amara Doyle said. Said the mayor: no.") == {
        "Amara Doyle"}


# -- a job that is also a kind of firm ---------------------------------------------------
@pytest.mark.parametrize(("text", "name"), [
    ("Shares rose 3 percent, said broker Ana Vale.", "Ana Vale"),
    ("The memoir sold well, publisher Tom Reed said.", "Tom Reed"),
])
def test_a_broker_with_a_given_name_is_a_person(text: str, name: str) -> None:
    assert people(text) == {name}


def test_a_broker_without_a_given_name_stays_a_firm() -> None:
    found = find_entities("Shares rose, said broker Quellbor Tam.")
    assert [(e.kind, e.name) for e in found] == [("organization", "Quellbor Tam")]


# -- a team's officer ---------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Team Boss Harlan Voss said the car was quick.",
    "Team Principal Harlan Voss said the car was quick.",
])
def test_a_team_officer_title_comes_before_a_person(text: str) -> None:
    assert people(text) == {"Harlan Voss"}


def test_team_before_a_name_is_still_a_team() -> None:
    found = find_entities("Team Quell-Doe placed three riders in the top ten.")
    assert [(e.kind, e.name) for e in found] == [("organization", "Team Quell-Doe")]


# -- the Queen Mother -----------------------------------------------------------------------
def test_the_queen_mother_is_named_by_the_whole_title() -> None:
    text = "The Queen Mother opened the ward. The Queen Mother smiled at the nurses."
    assert _person_mentions(text) == [["Queen Mother", "Queen Mother"]]
