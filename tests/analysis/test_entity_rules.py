"""The entity finder's second round of rules, each on invented sentences: world given
names, places and clubs, run-together list items, span boundaries, headline verbs."""

from __future__ import annotations

from reader.analysis.entities import find_entities
from reader.analysis.model import Entity


def people(text: str) -> dict[str, Entity]:
    return {e.name: e for e in find_entities(text) if e.kind == "person"}


def surfaces(text: str, entity: Entity) -> list[str]:
    return [text[s:e] for s, e in entity.mentions]


# -- given names of the world ---------------------------------------------------------
def test_given_name_outside_the_census_lists_starts_a_name() -> None:
    # "Radomir" and "Tadeusz" are in the world list only; nothing else says "person"
    text = "Radomir Quellbach and Tadeusz Wroniewicz opened the new bridge on Monday."
    assert set(people(text)) == {"Radomir Quellbach", "Tadeusz Wroniewicz"}


# -- places and clubs -----------------------------------------------------------------
def test_a_city_is_not_a_person_even_before_a_reporting_verb() -> None:
    text = "Officials in the town of Nakuru said the road was closed. Tampere said no."
    assert people(text) == {}


def test_a_club_named_after_its_city_is_not_a_person() -> None:
    text = "Rovers Olsztyn beat the champions on Sunday. Fans of Rovers Olsztyn cheered."
    assert people(text) == {}


def test_a_known_given_name_before_a_city_is_still_a_person() -> None:
    text = "Aurelio Leuven said the club would appeal."
    assert list(people(text)) == ["Aurelio Leuven"]
