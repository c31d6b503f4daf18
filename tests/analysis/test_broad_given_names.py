"""Given names of the countries the census and faker lists miss (Myanmar, Cambodia,
Thailand, Tibet, Sri Lanka), from the broad nomquamgender list: a pair or triple with no
other cue is a person's name when it opens with one. Every name is made up."""

from __future__ import annotations

import pytest

from reader.analysis.names import CORE_GIVEN_NAMES, GIVEN_NAMES
from tests.analysis.support import people


@pytest.mark.parametrize(("text", "name"), [
    ("Kyaw Zeya Lwin was among those freed in the amnesty on Tuesday.", "Kyaw Zeya Lwin"),
    ("Sokha Vannarith runs a small rice mill outside the provincial town.",
     "Sokha Vannarith"),
    ("Villagers welcomed Somchai Rattanakorn when he opened the new bridge.",
     "Somchai Rattanakorn"),
    ("Tashi Norbu Lhamo led the prayers at the monastery gates.", "Tashi Norbu Lhamo"),
    ("Lobsang Dorje Tsering teaches at a school in the hills.", "Lobsang Dorje Tsering"),
    ("Rithy Sambath won the national chess title for a third time.", "Rithy Sambath"),
])
def test_a_name_opening_with_a_given_name_of_the_broad_list_is_a_person(
        text: str, name: str) -> None:
    assert people(text) == {name}


def test_the_broad_list_tells_sex_only_where_most_bearers_share_it() -> None:
    assert GIVEN_NAMES["Somchai"] == "male"
    assert "Sokha" in GIVEN_NAMES
    # a name of the broad list never outweighs a place after it as the core lists do
    assert "Kyaw" not in CORE_GIVEN_NAMES


def test_words_and_cities_stay_out_of_the_broad_list() -> None:
    # "York" (of New York) and "Jones" (a frequent surname) are given names somewhere
    assert "York" not in GIVEN_NAMES
    assert "Jones" not in GIVEN_NAMES
    assert "Table" not in GIVEN_NAMES


def test_an_initial_before_a_given_name_stays_in_the_name() -> None:
    text = "Opener R. Tissa Wanniarachchi struck 88 before the rain came."
    assert people(text) == {"R. Tissa Wanniarachchi"}
