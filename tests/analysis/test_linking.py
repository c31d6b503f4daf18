"""Linking: one library entry per person, country and organisation across articles."""

from __future__ import annotations

from reader.analysis.linking import (
    country_code,
    display_name,
    link_article,
    organization_id,
    person_id,
    query_matches_person,
)
from reader.analysis.model import Entity


def person(local_id: str, name: str, mentions: int = 1, role: str | None = None) -> Entity:
    return Entity(id=local_id, kind="person", name=name,
                  mentions=[(i * 10, i * 10 + 3) for i in range(mentions)], role=role)


def test_same_person_in_three_articles_is_one_entry() -> None:
    first = link_article([person("person:jane-roe", "Jane Roe")])
    second = link_article([person("person:jane-a-roe", "Dr. Jane A. Roe")])
    # An article that calls her "Roe" and "Ms. Roe" after naming her in full: the
    # analyser keeps the fullest form, the short forms are her mentions.
    third = link_article([person("person:jane-roe-2", "JANE ROE", mentions=3)])
    ids = {first["person:jane-roe"].id, second["person:jane-a-roe"].id,
           third["person:jane-roe-2"].id}
    assert ids == {"person:jane-roe"}


def test_namesakes_sharing_a_surname_stay_apart() -> None:
    linked = link_article([person("person:bill-clinton", "Bill Clinton"),
                           person("person:hillary-clinton", "Hillary Clinton")])
    assert linked["person:bill-clinton"].id == "person:bill-clinton"
    assert linked["person:hillary-clinton"].id == "person:hillary-clinton"


def test_a_surname_alone_goes_to_the_person_the_article_names_in_full() -> None:
    linked = link_article([person("person:jane-roe", "Jane Roe"), person("person:roe", "Roe")])
    assert linked["person:roe"].id == "person:jane-roe"
    assert linked["person:roe"].resolved


def test_a_surname_alone_with_two_namesakes_stays_unresolved() -> None:
    linked = link_article([person("person:bill-clinton", "Bill Clinton"),
                           person("person:hillary-clinton", "Hillary Clinton"),
                           person("person:clinton", "Clinton")])
    assert linked["person:clinton"].id == "person:clinton"
    assert not linked["person:clinton"].resolved


def test_a_surname_alone_is_not_linked_to_a_person_of_another_article() -> None:
    # Each article is linked on its own: "Roe" here is not guessed to be Jane Roe.
    alone = link_article([person("person:roe", "Mr. Roe")])
    assert alone["person:roe"].id == "person:roe"
    assert not alone["person:roe"].resolved


def test_renamed_local_ids_and_name_forms_keep_the_library_id() -> None:
    # The analyser renames a clashing id ("-2"); accents, curly apostrophes, titles,
    # initials and suffixes do not change who it is.
    forms = ["Seán O’Neill", "Sean O'Neill", "Sen. Sean P. O'Neill Jr.", "SEAN O'NEILL"]
    assert {person_id(f) for f in forms} == {"person:sean-o-neill"}
    linked = link_article([person("person:sean-o-neill-2", "Seán O’Neill")])
    assert linked["person:sean-o-neill-2"].id == "person:sean-o-neill"


def test_countries_one_per_iso_code() -> None:
    ents = [Entity(id="country:kp", kind="country", name="North Korea", code="KP"),
            Entity(id="country:kp-2", kind="country", name="Pyongyang", code="KP")]
    assert {e.id for e in link_article(ents).values()} == {"country:kp"}
    assert country_code("North Korea") == country_code("kp") == "KP"
    assert country_code("Atlantis") is None


def test_organisations_one_per_normalised_name() -> None:
    assert organization_id("The State Department") == organization_id("state department")
    assert organization_id("U.S. Senate") == organization_id("US Senate")
    assert organization_id("State Department") != organization_id("Defense Department")


def test_query_names_a_person() -> None:
    assert query_matches_person("Roe", ("jane", "roe"))
    assert query_matches_person("Jane Roe", ("jane", "roe"))
    assert query_matches_person("J. Roe", ("jane", "roe"))
    assert query_matches_person("Ms. Roe", ("jane", "roe"))
    assert not query_matches_person("John Roe", ("jane", "roe"))
    assert not query_matches_person("Jane Doe", ("jane", "roe"))
    assert not query_matches_person("", ("jane", "roe"))


def test_display_name_is_the_usual_fullest_form() -> None:
    assert display_name(["Roe", "Jane Roe", "Jane Roe", "JANE ROE"]) == "Jane Roe"


def test_query_words_that_are_also_titles_in_a_surname() -> None:
    # "King" and "Justice" are titles before a name, but surnames at its end.
    assert query_matches_person("Larry King", ("larry", "king"))
    assert query_matches_person("Jim Justice", ("jim", "justice"))
    assert query_matches_person("King", ("larry", "king"))


def test_query_with_initials_names_a_person_known_by_surname_and_initials() -> None:
    assert query_matches_person("G.K. Butterfield", ("butterfield",))
    assert not query_matches_person("Jane Roe", ("roe",))  # unresolved stays apart
