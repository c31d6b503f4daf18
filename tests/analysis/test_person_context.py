"""A name in no list is a person's when the words around it say what only a person is
or does (invented names and sentences): an age, "who", kin or a death after a
possessive (or a government), being arrested or elected, dying or resigning; or "and" joins it to a
person. A lone word or the tail of a longer name is not made a person so."""

from __future__ import annotations

import pytest

from tests.analysis.support import people

NAME = "Oyelaran Adebayo"  # neither word is in the given-name or surname tables


@pytest.mark.parametrize("text", [
    f"{NAME}, 54, was freed on Monday.",
    f"{NAME} (54) was freed on Monday.",
    f"{NAME}, who leads the union, was freed.",
    f"{NAME}'s widow spoke at the funeral.",
    f"{NAME}'s government fell on Friday.",
    f"{NAME} was arrested at the border on Monday.",
    f"{NAME} has been elected to the senate.",
    f"{NAME} died on Sunday at the age of 80.",
    f"{NAME} resigned in protest.",
    f"{NAME} and his wife left the country.",
    f"Police arrested {NAME} at the border.",
    f"Tomas Quellbach and {NAME} met on Monday.",
    f"{NAME} or Tomas Quellbach will lead the party.",
])
def test_what_only_a_person_does_makes_a_name(text: str) -> None:
    assert NAME in people(text)


def test_the_tail_of_a_longer_name_before_who_is_no_person() -> None:
    text = "Jane Marsh, a fellow at the Council on Maritime Affairs who left in May."
    assert people(text) == {"Jane Marsh"}


def test_a_lone_plural_before_who_is_no_person() -> None:
    text = "The Harriers, who won last year, lost again."
    assert people(text) == set()

