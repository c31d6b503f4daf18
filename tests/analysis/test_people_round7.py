"""People against roles, titles, buildings, bodies, tables, groups and cities; names that a
line wrap, a glottal stop or a bracketed insertion parts. Every sentence and name is made
up."""

from __future__ import annotations

import pytest

from tests.analysis.support import mentions, people


# -- a role word before a name ------------------------------------------------------------
@pytest.mark.parametrize(("text", "name"), [
    ("The assembly elected the veteran politician Hoshen Daravi as speaker.", "Hoshen Daravi"),
    ("Police questioned the retired geologist Marek Olszowy-Brandt on Friday.",
     "Marek Olszowy-Brandt"),
    ("The hostage Teodor Vlascu was freed after nine days.", "Teodor Vlascu"),
])
def test_an_occupation_before_a_name_makes_it_a_person(text: str, name: str) -> None:
    assert people(text) == {name}


def test_a_description_with_a_demonym_sets_off_a_name() -> None:
    text = ("The Ruritanian envoy Tal Quell and his Mondovian counterpart, Davrosh Kelmarov-Ude,"
            " met at the border.")
    assert people(text) == {"Tal Quell", "Davrosh Kelmarov-Ude"}


# -- roles and titles that name no one -----------------------------------------------------
@pytest.mark.parametrize("byline", ["By Staff Reporter", "By Special Correspondent",
                                    "By Political Editor"])
def test_a_byline_of_a_role_names_no_one(byline: str) -> None:
    text = f"{byline}\n\nQUELLTOWN — The treasurer, Abena Osei-Quarshie, resigned on Monday."
    assert people(text) == {"Abena Osei-Quarshie"}


@pytest.mark.parametrize("text", [
    "Mondovia's Crown Prince opened the new bridge on Friday.",
    "Ruritania's Grand Duke named a new government on Monday.",
    "The Deputy Prime Minister resigned on Monday.",
])
def test_a_title_alone_names_no_one(text: str) -> None:
    assert people(text) == set()


def test_a_title_before_a_surname_that_is_a_title_still_names_a_person() -> None:
    assert people("Rep. King said the bill would pass.") == {"King"}


@pytest.mark.parametrize(("text", "name"), [
    ("Spokesman Commodore Tadeo Arcilla Mendaro said two sailors were hurt.",
     "Tadeo Arcilla Mendaro"),
    ("Rear Admiral Lise Vannegaard took command of the fleet.", "Lise Vannegaard"),
])
def test_ranks_of_navies_are_titles(text: str, name: str) -> None:
    assert people(text) == {name}


# -- bodies, buildings, tables -------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "The Christian Unity People's Party won 30 of the 80 seats.",
    "The Grace Harbour Women's League backed the bill.",
])
def test_a_group_noun_before_a_possessive_opens_a_body_not_a_person(text: str) -> None:
    assert people(text) == set()


def test_a_building_named_with_a_surname_word_is_no_person() -> None:
    text = ("The prime minister received the envoy at Marlowe Hall on Tuesday."
            " Stuart Quellby-Hall, 61, and Ana Hall attended.")
    assert people(text) == {"Stuart Quellby-Hall", "Ana Hall"}
    # the building's "Hall" is no short form of a person called Hall
    assert mentions(text).count("Hall") == 0


def test_a_place_word_of_the_sea_ends_no_name() -> None:
    assert people("Two ships collided near the Martin Quell Shoal on Monday.") == set()


def test_the_rows_of_a_league_table_are_teams() -> None:
    text = ("SOCCER - RURITANIAN LEAGUE STANDINGS.\nQUELLTOWN 2026-04-27\n"
            "Table after Sunday's games (played, won, drawn, lost, goal difference, points):\n"
            "Marbeck Wanderers 24 17 5 2 41 56\nKeldor Harbourmen 24 15 6 3 38 51\n")
    assert people(text) == set()


def test_a_golfers_rounds_after_a_given_name_are_a_person() -> None:
    text = "Leading scores:\nJane Quellbury 70 68 71 69\nTomasz Renkel 71 70 69 70\n"
    assert people(text) == {"Jane Quellbury", "Tomasz Renkel"}


# -- groups and cities ---------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "“We walked for days,” Pilgrims told the radio.",
    "“We will not move,” the Abernathys said on Friday.",
])
def test_a_plural_group_or_family_is_no_person(text: str) -> None:
    assert people(text) == set()


@pytest.mark.parametrize("name", ["Mitsotakis", "Kallas", "Tsipras", "Jones"])
def test_a_surname_ending_in_s_that_speaks_is_a_person(name: str) -> None:
    assert people(f"“We will see,” {name} said on Friday.") == {name}


def test_a_place_after_in_the_is_no_person() -> None:
    assert people("“The rains came late,” herders in the Ogaden told reporters.") == set()


def test_a_city_named_like_a_person_is_a_person_with_a_role() -> None:
    text = "“We will appeal,” Mayor Bandar Abbas said. Bandar Abbas, 54, denied it."
    assert people(text) == {"Bandar Abbas"}


# -- names parted by a mark or a line break ------------------------------------------------
def test_a_glottal_stop_written_as_an_apostrophe_is_inside_the_name() -> None:
    text = "The assembly chose Viliami 'Ulu'ave Tangitau as speaker. Tangitau thanked them."
    assert people(text) == {"Viliami 'Ulu'ave Tangitau"}


def test_a_quoted_word_after_a_name_is_not_part_of_it() -> None:
    assert "Jane Roe 'Absolutely" not in " ".join(
        people("Critics said Jane Roe 'Absolutely' failed the town."))


def test_a_hard_line_wrap_inside_running_text_keeps_the_name_whole() -> None:
    text = ("The court heard that the driver, Tomasz\nKelbring, 41, had been warned twice."
            " Kelbring denied it.")
    assert people(text) == {"Tomasz Kelbring"}


def test_a_list_of_names_one_a_line_stays_apart() -> None:
    assert people("Ana Vidal\nTom Roe\nJane Doe") == {"Ana Vidal", "Tom Roe", "Jane Doe"}


def test_a_name_ending_a_label_line_does_not_run_into_the_next_line() -> None:
    text = "Player of the day: Tomasz de Quell\nNext Series game: the final on Sunday."
    assert people(text) == {"Tomasz de Quell"}


def test_a_bracketed_insertion_stays_out_of_the_panel_name() -> None:
    text = "Maria (no relation) Quellberg won the vote. Quellberg thanked her staff."
    assert people(text) == {"Maria Quellberg"}


# -- things named after people -------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Flights from Jomo Quellata airport were cancelled on Monday.",
    "Traders pushed the Ross Quellman index up 2 percent.",
    "Sales of Johnnie Quellwood whisky rose in Asia.",
    "The Martin Luther Quell Jr. holiday falls on Monday.",
])
def test_a_name_before_a_noun_of_places_and_things_names_a_thing(text: str) -> None:
    assert people(text) == set()


def test_a_memorial_race_still_names_its_person() -> None:
    # results lines name the athlete a meeting is held in memory of
    assert people("Men's 800 metres, Tomas Quellberg memorial race") == {"Tomas Quellberg"}


def test_a_programme_of_a_channel_is_no_person() -> None:
    text = "She appeared on Quellvision's Morning Brew and on Quellvision's Jane Roe."
    assert people(text) == {"Jane Roe"}


@pytest.mark.parametrize("text", ["The Quellmann Brothers played in Oslo on Friday.",
                                  "The Kessmark Twins retired from the stage."])
def test_a_band_of_brothers_or_twins_is_no_person(text: str) -> None:
    assert people(text) == set()


# -- names of many words and of Southeast Asia ---------------------------------------------
def test_an_iberian_name_of_five_words_and_a_particle_is_one_person() -> None:
    text = "The minister spoke with Ana Paula Quellares da Silva Santos on Monday."
    assert people(text) == {"Ana Paula Quellares da Silva Santos"}


def test_a_burmese_name_with_a_courtesy_title_and_a_syllable_like_a_month() -> None:
    text = ("The court jailed the writer Ko Htet Aung Min on Friday. His lawyer, Daw Khin Mar"
            " Lwin, said he would appeal.")
    assert people(text) == {"Htet Aung Min", "Khin Mar Lwin"}


def test_a_month_written_short_before_a_number_is_no_name() -> None:
    assert people("The vote is on Mar 5 and the count in Jun 2027.") == set()


def test_given_names_of_southeast_asia_start_a_name() -> None:
    text = "Officials named Haryanto Quellsiri as the suspect. Haryanto fled."
    assert people(text) == {"Haryanto Quellsiri"}


def test_a_burmese_name_opening_a_sentence_is_whole() -> None:
    text = "The court jailed Myo Naing Lwin for three years. Myo Naing Lwin said he would appeal."
    assert mentions(text) == ["Myo Naing Lwin", "Myo Naing Lwin"]


# -- ships and places of the map -------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "The tanker Maria Quellstad ran aground off the coast on Monday.",
    "Survivors of the ferry Ana Quellmare were brought ashore.",
])
def test_a_ship_named_like_a_person_is_no_person(text: str) -> None:
    assert people(text) == set()


def test_a_ships_captain_is_still_a_person() -> None:
    text = "The tanker ran aground. The ship's captain, Tomas Quellberg, was rescued."
    assert people(text) == {"Tomas Quellberg"}


@pytest.mark.parametrize("text", [
    "Ships avoided the Bab el-Quellab strait after the attack.",
    "Drought hit the Mara Quellari basin hardest.",
])
def test_a_name_before_a_lower_case_word_of_the_map_is_a_place(text: str) -> None:
    assert people(text) == set()
