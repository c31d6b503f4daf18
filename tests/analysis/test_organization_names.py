"""Organisations: their bounds ("of", "for", "on", "to" inside the name; a title and a
person after it are not part of it), company head words, and a head word alone naming
no body. Every name here is made up."""

from __future__ import annotations

import pytest

from reader.analysis.entities import find_entities


def kinds(text: str) -> dict[str, str]:
    """Entity name -> kind."""
    return {e.name: e.kind for e in find_entities(text)}


@pytest.mark.parametrize(("text", "name"), [
    ("The Committee to Shield Reporters issued a warning.", "Committee to Shield Reporters"),
    ("The Court of Appeal for Trade overturned the fine.", "Court of Appeal for Trade"),
    ("The Council on Coastal Affairs met in private.", "Council on Coastal Affairs"),
    ("The Institute for Tidal Studies counted the boats.", "Institute for Tidal Studies"),
])
def test_a_body_named_with_for_on_or_to(text: str, name: str) -> None:
    assert kinds(text) == {name: "organization"}


def test_a_title_and_a_name_after_a_body_are_a_person() -> None:
    text = "Bank of Velmoria Governor Yasuko Tarrant said rates would rise."
    assert kinds(text) == {"Bank of Velmoria": "organization", "Yasuko Tarrant": "person"}


def test_the_body_keeps_words_that_are_not_a_title_before_a_name() -> None:
    text = "The Ministry of Coastal Affairs spokesman Lu Qiang said."
    assert kinds(text) == {"Ministry of Coastal Affairs": "organization",
                           "Lu Qiang": "person"}


@pytest.mark.parametrize("text", [
    "Police said two men were held.",
    "The Union called a strike for Monday.",
    "The Cabinet met on Monday.",
    "The Committee on Monday delayed the vote.",
])
def test_a_head_word_alone_names_no_body(text: str) -> None:
    assert kinds(text) == {}


@pytest.mark.parametrize(("text", "name"), [
    ("Quarlen Electronics recalled a charger.", "Quarlen Electronics"),
    ("Shares of Tovik Auto fell 3 percent.", "Tovik Auto"),
    ("Mervale Shipping ordered two tankers.", "Mervale Shipping"),
])
def test_company_head_words(text: str, name: str) -> None:
    assert kinds(text) == {name: "organization"}


def entities(text: str) -> dict[str, list[str]]:
    """Entity name -> the surfaces of its mentions."""
    return {e.name: [text[s:t] for s, t in e.mentions] for e in find_entities(text)}


def test_a_state_body_is_named_with_its_country_which_keeps_its_mention() -> None:
    text = ("Lawmakers in the U.S. Fisheries Department balked. The Russian Foreign "
            "Ministry objected.")
    found = entities(text)
    # the body's name holds its country; the country keeps its own mention (no overlap)
    assert found["U.S. Fisheries Department"] == ["Fisheries Department"]
    assert found["Russian Foreign Ministry"] == ["Foreign Ministry"]
    assert found["United States"] == ["U.S."] and found["Russia"] == ["Russian"]


def test_a_country_or_demonym_in_a_private_body_is_only_the_body() -> None:
    text = "Japan Airlines cut fares. The American Federation of Welders met."
    found = entities(text)
    assert found["Japan Airlines"] == ["Japan Airlines"]
    assert found["American Federation of Welders"] == ["American Federation of Welders"]
    assert "Japan" not in found and "United States" not in found


def test_a_dateline_city_is_no_part_of_the_agency_after_it() -> None:
    # (the agency credited in the dateline is who wrote the story: not listed; named in
    # the story, it is)
    text = "HANOI (Reuters) - Rice exports rose, the ministry told Reuters."
    assert entities(text) == {"Reuters": ["Reuters"]}


def test_a_company_after_its_descriptor_is_the_company() -> None:
    text = "Dutch club Sparta Lemmer sacked its coach. The carmaker Tovik Velm cut jobs."
    found = kinds(text)
    assert found["Sparta Lemmer"] == "organization" and found["Tovik Velm"] == "organization"
