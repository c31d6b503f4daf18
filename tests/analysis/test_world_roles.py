"""The entity finder on invented items in the style of encyclopedic wire stories: role
words of many trades, names set off after a description, bodies ending in "Unit"."""

from __future__ import annotations

from reader.analysis.entities import find_entities
from tests.analysis.support import people


def kinds(text: str) -> dict[str, str]:
    return {e.name: e.kind for e in find_entities(text)}


def test_role_words_of_many_trades_announce_a_name() -> None:
    text = ("Tuesday, May 5\n\nA court jailed blogger Erlan Tokhtarbekuly on Monday. The"
            " footballer Jhonny Quiñónez Mera and the virologist Sunniva Brekkestad were"
            " among the signatories.")
    assert people(text) == {"Erlan Tokhtarbekuly", "Jhonny Quiñónez Mera",
                            "Sunniva Brekkestad"}


def test_a_name_set_off_after_a_description_of_a_person() -> None:
    text = ("Friday, June 12\n\nThe president dismissed the head of the state grain agency,"
            " Oskar Veltmaa-Rinne, on Thursday. Marbeck's head of state, Tavita Leauanae"
            " Sefo, opened the session.")
    assert people(text) == {"Oskar Veltmaa-Rinne", "Tavita Leauanae Sefo"}


def test_a_place_set_off_after_a_description_is_not_a_person() -> None:
    text = ("Monday, May 4\n\nFloods hit the capital, Port Velmor, and the second city,"
            " Kessa Bay, on Sunday.")
    assert people(text) == set()


def test_a_body_ending_in_unit_is_an_organisation() -> None:
    text = ("Sunday, April 5\n\nThe runner was banned, the Athletics Fairness Unit said on"
            " Friday.")
    assert kinds(text).get("Athletics Fairness Unit") == "organization"


def test_a_club_named_with_a_particle_is_not_a_person() -> None:
    text = ("Saturday, May 9\n\nQuiroga, 24, scored 11 goals for Deportivo del Marbeck last"
            " season.")
    assert "Deportivo del Marbeck" not in people(text)


def test_a_town_named_after_a_person_after_a_place_preposition_is_a_place() -> None:
    # "Jose Panganiban" is a Philippine town in the gazetteer
    text = "Monday, May 4\n\nThe road from Jose Panganiban was cut by a landslide."
    assert people(text) == set()


def test_a_monarch_named_with_a_regnal_number_and_no_title() -> None:
    text = ("Monday, May 4\n\nThe fort was built under Henry VIII and rebuilt for Louis XIV."
            " Henry had it walled.")
    assert people(text) == {"Henry VIII", "Louis XIV"}
