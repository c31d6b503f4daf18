"""The entity finder on invented wire items: short forms with particles, people named
like countries, companies or towns, lone surnames, regions. Every item is made up."""

from __future__ import annotations

from reader.analysis.entities import find_entities
from reader.analysis.model import Entity


def people(text: str) -> dict[str, Entity]:
    return {e.name: e for e in find_entities(text) if e.kind == "person"}


def surfaces(text: str, entity: Entity) -> list[str]:
    return [text[s:e] for s, e in entity.mentions]


def codes(text: str) -> set[str | None]:
    return {e.code for e in find_entities(text) if e.kind == "country"}


# -- short forms that keep their particle ---------------------------------------------
def test_a_short_form_with_a_particle_and_a_surname_that_is_a_town_is_one_mention() -> None:
    text = ("The court heard lawyer Inés Quiroga de Valencia on Monday. Quiroga de Valencia"
            " said the ruling would be appealed.")
    found = people(text)
    assert set(found) == {"Inés Quiroga de Valencia"}
    assert surfaces(text, found["Inés Quiroga de Valencia"]) == [
        "Inés Quiroga de Valencia", "Quiroga de Valencia"]


def test_a_sentence_opening_particle_stays_with_the_surname() -> None:
    text = ("Police questioned trader Paulo Roberto dos Anjos Neto on Friday. Dos Anjos Neto,"
            " who denies the charges, was released.")
    found = people(text)
    assert surfaces(text, found["Paulo Roberto dos Anjos Neto"])[-1] == "Dos Anjos Neto"


def test_the_first_of_two_surnames_alone_is_a_short_form_without_a_cue() -> None:
    text = ("The new minister, Ana Belén Zubizarreta Ochoa, took office. Zubizarreta met"
            " bankers on Tuesday.")
    found = people(text)
    assert surfaces(text, found["Ana Belén Zubizarreta Ochoa"]) == [
        "Ana Belén Zubizarreta Ochoa", "Zubizarreta"]


def test_the_first_of_two_surnames_that_is_a_city_is_not_a_short_form() -> None:
    text = "The banker, Rosa María Lima Duarte, spoke. Officials in Lima said nothing."
    found = people(text)
    assert surfaces(text, found["Rosa María Lima Duarte"]) == ["Rosa María Lima Duarte"]


# -- people named like countries, companies, towns ------------------------------------
def test_a_person_whose_given_name_is_a_country() -> None:
    text = "In the final Kenya Wambui of Kenya beat India Walsh of Ireland."
    assert set(people(text)) == {"Kenya Wambui", "India Walsh"}
    assert codes(text) == {"KE", "IE"}


def test_a_country_before_a_company_or_title_word_is_no_person() -> None:
    text = "Kenya Airways cut flights. India Today said the India Cup would go ahead."
    assert people(text) == {}
    # "Kenya Airways", "India Today" and "the India Cup" are a company's, a newspaper's and
    # an event's names: none is a mention of its country
    assert codes(text) == set()
    assert "Kenya Airways" in {e.name for e in find_entities(text)
                               if e.kind == "organization"}


def test_the_founder_of_a_company_named_after_him_is_a_person() -> None:
    text = ("Shares in Okorie Holdings rose 5 percent. Founder Chukwudi Okorie said the group"
            " would list in London. Okorie Holdings also owns a bank.")
    found = find_entities(text)
    assert {e.name for e in found if e.kind == "person"} == {"Chukwudi Okorie"}
    assert "Okorie Holdings" in {e.name for e in found if e.kind == "organization"}


def test_a_family_name_first_founder_of_a_company_named_after_him() -> None:
    text = ("Lu Zhenhai, founder of the battery maker Lu Power, said sales had doubled."
            " Lu Power shares rose.")
    assert set(people(text)) == {"Lu Zhenhai"}


def test_a_given_name_and_two_more_words_ending_in_a_town_is_a_name() -> None:
    # "Ayana" is also a town in the gazetteer; "Meseret" a given name
    text = "Ethiopia's Meseret Alemu Ayana won the race in 2:20:11."
    assert set(people(text)) == {"Meseret Alemu Ayana"}


# -- lone surnames, regions, scorecards -----------------------------------------------
def test_a_lone_hyphenated_surname_opening_a_sentence_with_a_past_verb() -> None:
    text = "Ghana led at the break. Asamoah-Boateng scored in the 70th minute."
    assert set(people(text)) == {"Asamoah-Boateng"}


def test_a_lone_word_opening_a_sentence_that_is_no_surname_is_not_a_person() -> None:
    text = "The visitors pressed. Marbeckians scored late, and Rovers replied at once."
    assert people(text) == {}


def test_a_region_named_with_a_compass_word_is_not_a_person() -> None:
    text = "Police named Suharyo, an official in East Kalindra, a suspect on Monday."
    assert set(people(text)) == {"Suharyo"}


def test_a_bowlers_figures_in_a_summary_mark_a_name() -> None:
    text = ("Close of play on the first day:\n"
            "Elston 201 (Tomas Vrell 64; Jaswant Kharoud 4-38, Imtiaz Qalandar 3-27)\n")
    assert {"Jaswant Kharoud", "Imtiaz Qalandar"} <= set(people(text))


def test_a_family_name_first_with_a_vietnamese_middle_name_is_kept_whole() -> None:
    text = "Obituary: Pham Thi Hoa, who ran the river ferries for decades, died at 88."
    assert set(people(text)) == {"Pham Thi Hoa"}


def test_a_role_word_before_a_long_name_marks_where_it_starts() -> None:
    text = "Police arrested former senator Syed Imran Haider Zaidi on Tuesday."
    assert set(people(text)) == {"Syed Imran Haider Zaidi"}
