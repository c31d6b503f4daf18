"""The entity finder on small made-up sentences: people, countries, organisations."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.analysis.entities import find_entities
from reader.analysis.model import Entity


def by_kind(text: str, kind: str) -> dict[str, Entity]:
    return {e.name: e for e in find_entities(text) if e.kind == kind}


def surfaces(text: str, entity: Entity) -> list[str]:
    return [text[s:e] for s, e in entity.mentions]


def test_full_name_with_role_and_later_surname() -> None:
    text = ("Ruritanian Foreign Minister Sergei Petrov met reporters on Monday. "
            "Petrov said the talks went well.")
    people = by_kind(text, "person")
    assert list(people) == ["Sergei Petrov"]
    petrov = people["Sergei Petrov"]
    assert petrov.id == "person:sergei-petrov"
    assert petrov.role == "Ruritanian Foreign Minister"
    assert surfaces(text, petrov) == ["Sergei Petrov", "Petrov"]


def test_rank_and_office_are_not_part_of_the_name() -> None:
    text = "Maj. Gen. Patricia Rowe told a briefing. State Department spokesperson Tom Hale agreed."
    people = by_kind(text, "person")
    assert people["Patricia Rowe"].role == "Maj. Gen."
    assert people["Tom Hale"].role == "State Department spokesperson"
    assert surfaces(text, people["Tom Hale"]) == ["Tom Hale"]


def test_honorific_short_form_and_possessive() -> None:
    text = "Gregory Hale spoke first. Later Mr. Hale's aide said Hale would stay."
    hale = by_kind(text, "person")["Gregory Hale"]
    assert surfaces(text, hale) == ["Gregory Hale", "Hale", "Hale"]
    assert hale.gender == "male"


def test_hyphenated_and_east_asian_names() -> None:
    text = ("Minister Choe Son-hui flew in. Kim Jong Un and Xi Jinping met; "
            "later Choe spoke.")
    people = by_kind(text, "person")
    assert {"Choe Son-hui", "Kim Jong Un", "Xi Jinping"} <= set(people)
    assert surfaces(text, people["Choe Son-hui"]) == ["Choe Son-hui", "Choe"]


def test_reporting_verb_makes_a_single_name_a_person() -> None:
    text = "Quarrington said the plan was sound."
    assert list(by_kind(text, "person")) == ["Quarrington"]


def test_countries_by_name_short_form_demonym_and_capital() -> None:
    text = ("The U.S. and the DPRK met. North Korean officials flew from Pyongyang "
            "while Russian envoys stayed in Moscow. The UK and Britain watched.")
    countries = by_kind(text, "country")
    kp = countries["North Korea"]
    assert kp.code == "KP" and kp.id == "country:kp"
    assert surfaces(text, kp) == ["DPRK", "North Korean", "Pyongyang"]
    assert surfaces(text, countries["Russia"]) == ["Russian", "Moscow"]
    assert surfaces(text, countries["United States"]) == ["U.S."]
    assert surfaces(text, countries["United Kingdom"]) == ["UK", "Britain"]


def test_official_name_and_the_north() -> None:
    text = ("The Democratic People's Republic of Korea fired a missile. Seoul said "
            "the North must stop, and the South stayed calm.")
    countries = by_kind(text, "country")
    assert surfaces(text, countries["North Korea"]) == [
        "Democratic People's Republic of Korea", "the North"]
    assert surfaces(text, countries["South Korea"]) == ["Seoul", "the South"]


def test_the_north_means_nothing_without_korea() -> None:
    text = "Voters in the North backed the plan."
    assert by_kind(text, "country") == {}


def test_ambiguous_country_names_decided_by_context() -> None:
    text = ("Michael Jordan scored 30 points. Jordan and Turkey signed a pact. "
            "George Washington crossed the river; Washington imposed sanctions.")
    countries = by_kind(text, "country")
    assert surfaces(text, countries["Jordan"]) == ["Jordan"]
    assert countries["Jordan"].mentions[0][0] == text.index("Jordan and")
    assert surfaces(text, countries["United States"]) == ["Washington"]
    assert countries["United States"].mentions[0][0] == text.index("Washington imposed")
    assert "Michael Jordan" in by_kind(text, "person")


def test_us_state_is_not_the_country() -> None:
    text = "She grew up in Atlanta, Georgia, and later moved to Tbilisi, Georgia's capital."
    georgia = by_kind(text, "country")["Georgia"]
    assert surfaces(text, georgia) == ["Tbilisi", "Georgia"]


def test_headline_in_capitals() -> None:
    text = "SOCCER - TALBOT NAMED ENGLAND CAPTAIN.\nDefender Garth Talbot was named on Friday."
    talbot = by_kind(text, "person")["Garth Talbot"]
    assert surfaces(text, talbot) == ["TALBOT", "Garth Talbot"]
    assert surfaces(text, by_kind(text, "country")["United Kingdom"]) == ["ENGLAND"]


def test_organisations() -> None:
    text = ("The U.N. Security Council met as NATO and the State Department "
            "spoke, Yonhap reported, and the Ministry of Defence agreed.")
    orgs = by_kind(text, "organization")
    assert {"U.N. Security Council", "NATO", "State Department", "Yonhap",
            "Ministry of Defence"} <= set(orgs)
    assert orgs["State Department"].id == "organization:state-department"
    assert "United Nations" not in orgs  # "U.N." is part of the council's name here


def test_person_listed_once_with_all_mentions() -> None:
    text = "Alan Fenwick scored. Fenwick scored again, and Alan celebrated."
    people = by_kind(text, "person")
    assert list(people) == ["Alan Fenwick"]
    assert surfaces(text, people["Alan Fenwick"]) == ["Alan Fenwick", "Fenwick", "Alan"]


def test_sentence_start_words_are_not_people() -> None:
    text = "The minister left. However, Such events happen. On Friday nothing moved."
    assert by_kind(text, "person") == {}


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("Mr. GenKim JongUnU.S.'s\n-,\"Jordan Xi aéő ")),
               max_size=80) | st.text(max_size=60))
def test_never_raises_and_mentions_lie_on_the_text(text: str) -> None:
    for entity in find_entities(text):
        assert entity.mentions
        for start, end in entity.mentions:
            assert 0 <= start < end <= len(text)
            assert not text[start].isspace() and not text[end - 1].isspace()
