"""People of round 9: names after an office's portfolio, nicknames inside names, people
named like a town, lists ending in "and", a surname in capitals, and one person for a
name written with and without its accents. Every sentence and name is made up.
"""

from __future__ import annotations

import pytest

from reader.analysis.entities import find_entities
from tests.analysis.support import mentions, people


def _role(text: str, name: str) -> str | None:
    return next(e.role for e in find_entities(text) if e.kind == "person" and e.name == name)


# -- a portfolio between the office and the name ----------------------------------------------
@pytest.mark.parametrize(("text", "name"), [
    ("The Minister of State for Health Priya Raman-Holt said the clinics would open.",
     "Priya Raman-Holt"),
    ("Deputy Minister for Water Affairs Mwansa Chileshe-Banda resigned on Wednesday.",
     "Mwansa Chileshe-Banda"),
    ("Minister of Foreign Affairs Ana Lucia Quellmore met her counterpart.",
     "Ana Lucia Quellmore"),
    ("The Secretary of State for Defence Graham Whitcombe visited the base.",
     "Graham Whitcombe"),
    ("Commissioner for Agriculture Ngozi Adaeze-Obi said seed prices fell.",
     "Ngozi Adaeze-Obi"),
    ("The Governor of Marbeck State Abdullahi Garba said schools would reopen.",
     "Abdullahi Garba"),
    ("Minister for Tourism and Antiquities Nabil Haddour opened the museum.", "Nabil Haddour"),
    ("The Minister of Youth and Sports Kelechi Amadi-Nwosu handed out the medals.",
     "Kelechi Amadi-Nwosu"),
])
def test_a_portfolio_before_a_name_is_no_part_of_it(text: str, name: str) -> None:
    assert people(text) == {name}


def test_the_role_of_a_name_after_a_portfolio_is_the_whole_office() -> None:
    text = "The Minister of State for Health Priya Raman-Holt said the clinics would open."
    assert _role(text, "Priya Raman-Holt") == "Minister of State for Health"


def test_an_office_and_its_portfolio_alone_name_no_one() -> None:
    assert people("The Minister for Tourism and Antiquities said the museum would open.") == set()


# -- a nickname in quotation marks inside a name ----------------------------------------------
@pytest.mark.parametrize(("text", "name"), [
    ('South African Dingaan "The Rose" Khumalo knocked out his rival on Saturday.',
     'Dingaan "The Rose" Khumalo'),
    ('Samoan Tavita "Big T" Leauanae knocked out his rival in the third round.',
     'Tavita "Big T" Leauanae'),
    ('Veteran Mehmet "The Iron Man" Karaduman retired after the bout.',
     'Mehmet "The Iron Man" Karaduman'),
])
def test_a_nickname_of_several_words_inside_a_name_keeps_the_person(text: str,
                                                                      name: str) -> None:
    assert people(text) == {name}


# -- a person named like a town -----------------------------------------------------------------
def test_a_given_name_and_a_town_named_as_only_a_person_is_a_person() -> None:
    text = ("Teodor Brasov was elected mayor on Sunday. Brasov, a former teacher, thanked "
            "voters in Brasov.")
    found = [e for e in find_entities(text) if e.kind == "person"]
    assert [e.name for e in found] == ["Teodor Brasov"]
    # the town after "in" is no mention of him
    assert [text[s:e] for s, e in found[0].mentions] == ["Teodor Brasov", "Brasov"]


def test_a_town_after_in_stays_a_town_beside_a_person_named_like_it() -> None:
    text = "Anil Nagpur, 43, was arrested on Friday. Police in Nagpur said he had fled."
    assert mentions(text) == ["Anil Nagpur"]


# -- lists of names -----------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "names"), [
    ("Fiji named Waisale Tuivaga, Manasa Bari, Tomasi Cakau and Ilie Nadolo.",
     {"Waisale Tuivaga", "Manasa Bari", "Tomasi Cakau", "Ilie Nadolo"}),
    ("The squad: Kofi Asamoah, Kwame Oduro, Yaw Kumasi and Ama Tamale.",
     {"Kofi Asamoah", "Kwame Oduro", "Yaw Kumasi", "Ama Tamale"}),
])
def test_every_item_of_a_list_of_people_ending_in_and_is_a_person(text: str,
                                                                   names: set[str]) -> None:
    assert people(text) == names


def test_a_place_after_a_preposition_in_a_list_of_people_is_no_person() -> None:
    text = ("Tomas Quellbury reported from Marbeck Atoll, and Ines Roedel and Paulo Vanterpool "
            "from Elston Bay.")
    assert people(text) == {"Tomas Quellbury", "Ines Roedel", "Paulo Vanterpool"}


# -- a surname in capitals ------------------------------------------------------------------------
def test_a_known_surname_in_capitals_is_the_person_not_a_body() -> None:
    text = "Kalani Mahoeva won the race. MAHOEVA said after the race that the wind had helped."
    found = [e for e in find_entities(text) if e.kind != "country"]
    assert [(e.kind, e.name) for e in found] == [("person", "Kalani Mahoeva")]
    assert len(found[0].mentions) == 2


# -- accents --------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "José Ramón Güemes-Ibáñez won. Jose Ramon Guemes-Ibanez led from the start. "
    "Guemes-Ibanez said the course was fast.",
    "Jose Ramon Guemes-Ibanez won. José Ramón Güemes-Ibáñez led from the start. "
    "Güemes-Ibáñez said the course was fast.",
    "Søren Ødegård-Łukasz won. Soren Odegard-Lukasz led. Odegard-Lukasz said it was hard.",
])
def test_a_name_with_and_without_its_accents_is_one_person(text: str) -> None:
    found = [e for e in find_entities(text) if e.kind == "person"]
    assert len(found) == 1
    assert len(found[0].mentions) == 3


# -- results and scorecards ---------------------------------------------------------------------
def test_a_surname_in_capitals_before_the_given_name_in_results_is_one_person() -> None:
    text = ("Leading results of the slalom on Sunday:\n"
            "1. STANGEL Tomas (Austria) 1:45.32\n"
            "2. VAN DER QUELLEN Pieter (Netherlands) 1:45.90\n"
            "Stangel won by half a second.")
    found = {e.name: [text[s:t] for s, t in e.mentions]
             for e in find_entities(text) if e.kind == "person"}
    assert found == {"Tomas Stangel": ["STANGEL Tomas", "Stangel"],
                     "Pieter van der Quellen": ["VAN DER QUELLEN Pieter"]}


@pytest.mark.parametrize(("text", "name"), [
    ("A.de Moraes c Quellby b Tanvir 34", "A.de Moraes"),
    ("Scorecard: J.van Heerden-Roux c Smit b Naidoo 23", "J.van Heerden-Roux"),
])
def test_an_initial_glued_to_a_particle_opens_the_name(text: str, name: str) -> None:
    assert name in people(text)


def test_an_initial_glued_to_a_particle_is_the_person_named_in_full() -> None:
    text = "Ana de Moraes made 40 on Friday. A.de Moraes c Quellby b Tanvir 34."
    found = [e for e in find_entities(text) if e.kind == "person" and "Moraes" in e.name]
    assert [e.name for e in found] == ["Ana de Moraes"]
    assert [text[s:t] for s, t in found[0].mentions] == ["Ana de Moraes", "A.de Moraes"]


# -- a role word as a title in a title-case headline ------------------------------------------
@pytest.mark.parametrize(("text", "name"), [
    ("Filipino Boxer Nonito Dacayo Wins Title\nMANILA - Nonito Dacayo won on Saturday.",
     "Nonito Dacayo"),
    ("Rebel Leader Obuya Kutesanga Killed In Clash\nObuya Kutesanga died on Monday.",
     "Obuya Kutesanga"),
])
def test_a_role_word_in_a_headline_is_a_title_before_the_name(text: str, name: str) -> None:
    assert people(text) == {name}
    assert len(mentions(text)) == 2


def test_a_headline_of_role_words_names_no_one() -> None:
    assert people("Star Player Leaves Club\nThe club said the player had gone.") == set()


# -- an inner surname with an article -----------------------------------------------------------
def test_an_inner_surname_with_an_article_is_a_short_form_of_the_full_name() -> None:
    text = ("Police said the suspect, Yusuf al-Tahir Osmani, 32, had been arrested. "
            "Al-Tahir's lawyer said he was innocent.")
    found = [e for e in find_entities(text) if e.kind == "person"]
    assert [e.name for e in found] == ["Yusuf al-Tahir Osmani"]
    assert [text[s:t] for s, t in found[0].mentions] == ["Yusuf al-Tahir Osmani", "Al-Tahir"]


# -- a given name of no table opening a name the text uses again ----------------------------
@pytest.mark.parametrize(("text", "name", "alone"), [
    ("Tesfamariam Gebreyes Wolde served as mayor from 2009. Before that, Tesfamariam was "
     "a teacher.", "Tesfamariam Gebreyes Wolde", "Tesfamariam"),
    ("Lautaro Ignacio Quenaya led the miners' union for a decade. Later Lautaro ran for "
     "the senate.", "Lautaro Ignacio Quenaya", "Lautaro"),
])
def test_a_first_word_named_again_keeps_the_full_name(text: str, name: str,
                                                      alone: str) -> None:
    found = [e for e in find_entities(text) if e.kind == "person"]
    assert [e.name for e in found] == [name]
    assert [text[s:t] for s, t in found[0].mentions] == [name, alone]


def test_a_word_describing_the_person_is_still_cut_off() -> None:
    assert people("Outspoken Maria Quellbury spoke. Outspoken critics agreed.") == {
        "Maria Quellbury"}


# -- inner words of a name ------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "name", "short"), [
    ("Yusuf bin Alawi bin Saqr, the minister, resigned in May. Bin Alawi was credited with "
     "the reforms.", "Yusuf bin Alawi bin Saqr", "Bin Alawi"),
    ("Khalid bin Sultan bin Nasser led the talks. Bin Sultan said the deal was close.",
     "Khalid bin Sultan bin Nasser", "Bin Sultan"),
])
def test_the_inner_words_of_a_name_after_a_particle_are_a_short_form(text: str, name: str,
                                                                      short: str) -> None:
    found = [e for e in find_entities(text) if e.kind == "person"]
    assert [e.name for e in found] == [name]
    assert [text[s:t] for s, t in found[0].mentions] == [name, short]


# -- "Said" as a given name; a hyphenated role before a name -----------------------------------
@pytest.mark.parametrize(("text", "name"), [
    ("ATHLETICS - RESULTS\nQUELLBURY 1996-06-02\nSaid Benkaddour won the 5,000 metres.",
     "Said Benkaddour"),
    ("Medals:\nGold - Kenya (Paul Rotich), Bronze - Morocco (Said Oubenaissa).\n",
     "Said Oubenaissa"),
    ("The envoy, Ahmed Said Tadlaoui, met the committee.", "Ahmed Said Tadlaoui"),
])
def test_said_before_a_name_word_is_a_given_name(text: str, name: str) -> None:
    assert name in people(text)


def test_said_before_a_given_name_is_still_the_verb() -> None:
    assert people("The vote was close. Said Maria Quellbury: we won.") == {"Maria Quellbury"}


@pytest.mark.parametrize(("text", "name"), [
    ("Ex-champion Lennox Ngatarewa stopped his rival in round three.", "Lennox Ngatarewa"),
    ("Co-founder Mirela Dobrescu-Vasile said the firm would grow.", "Mirela Dobrescu-Vasile"),
])
def test_a_hyphenated_role_before_a_name_is_no_part_of_it(text: str, name: str) -> None:
    assert people(text) == {name}


# -- two people sharing a surname named together ---------------------------------------------
def test_a_given_name_before_and_and_a_full_name_is_a_second_person_of_that_name() -> None:
    text = "Ana and Tomas Quellberg founded the bakery in 1990. Tomas Quellberg died in 2004."
    found = {e.name: [text[s:t] for s, t in e.mentions]
             for e in find_entities(text) if e.kind == "person"}
    assert found == {"Ana Quellberg": ["Ana"],
                     "Tomas Quellberg": ["Tomas Quellberg", "Tomas Quellberg"]}


def test_two_full_names_joined_by_and_stay_two_people() -> None:
    assert people("Jane Marbury and Tom Quellberg met in Lagos.") == {"Jane Marbury",
                                                                      "Tom Quellberg"}


def test_the_given_name_before_and_joins_a_person_named_in_full_elsewhere() -> None:
    text = "Wiremu and Aroha Tamihana opened the school. Wiremu Tamihana said it was full."
    found = {e.name: [text[s:t] for s, t in e.mentions]
             for e in find_entities(text) if e.kind == "person"}
    assert found == {"Wiremu Tamihana": ["Wiremu", "Wiremu Tamihana"],
                     "Aroha Tamihana": ["Aroha Tamihana"]}


def test_a_surname_in_capitals_alone_in_a_ranked_results_line_is_a_person() -> None:
    text = ("SKIING - DOWNHILL RESULTS\nQUELLBURG 1996-12-01\n"
            "1. STRAUMEN (Switzerland) 1:51.20\n2. KOVALENKO (Ukraine) 1:52.00\n"
            "Straumen won his second race of the season.")
    found = {e.name: [text[s:t] for s, t in e.mentions]
             for e in find_entities(text) if e.kind == "person"}
    assert found == {"Straumen": ["STRAUMEN", "Straumen"], "Kovalenko": ["KOVALENKO"]}


def test_a_team_in_capitals_in_a_ranked_results_line_is_no_person() -> None:
    text = ("CYCLING - TEAM RESULTS\nQUELLBURG 1996-07-12\n"
            "1. QUELTEX (Spain) 45:12:33\n2. MARBOVIA (Italy) 45:13:01\n")
    assert people(text) == set()
