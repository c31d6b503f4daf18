"""People of round 8: names of many cultures and the things named like people.

Particles and given names written short inside names, religious and traditional titles
before them, names broken by a hard wrap, names in lines in capitals after a title, and
the clubs, halls, camps, ships, horses and shows that are named after someone. Every
sentence and name is made up.
"""

from __future__ import annotations

import pytest

from reader.analysis.entities import find_entities
from tests.analysis.support import mentions, people


# -- particles and given names written short -------------------------------------------------
@pytest.mark.parametrize(("text", "name"), [
    ("Former mayor Paolo dela Rosa-Santos filed his candidacy on Monday.",
     "Paolo dela Rosa-Santos"),
    ("The court freed Rommel delos Angeles-Tan, a fisherman, on bail.",
     "Rommel delos Angeles-Tan"),
    ("The envoy, Mohamed ould Sidaty Brahim, met the committee.",
     "Mohamed ould Sidaty Brahim"),
    ("The novelist Kamau wa Njoroge-Mbugua spoke first.", "Kamau wa Njoroge-Mbugua"),
    ("Veteran politician Mulumba wa Kabongo died on Sunday.", "Mulumba wa Kabongo"),
])
def test_a_lower_case_particle_inside_a_name_keeps_it_whole(text: str, name: str) -> None:
    assert people(text) == {name}


@pytest.mark.parametrize(("text", "name"), [
    ("Senator Ma. Luisa de Guzman-Reyes spoke for an hour.", "Ma. Luisa de Guzman-Reyes"),
    ("Ma. Cristina Villanueva, a teacher, said classes would resume.", "Ma. Cristina Villanueva"),
    ("Police chief Md. Abdul Karim Bhuiyan told reporters the men had fled.",
     "Md. Abdul Karim Bhuiyan"),
    ("The deal was signed by Mohd. Faizal Ismail, the trade minister.", "Mohd. Faizal Ismail"),
])
def test_a_given_name_written_short_opens_the_name(text: str, name: str) -> None:
    assert people(text) == {name}


def test_a_surname_that_ends_a_sentence_is_not_a_given_name_written_short() -> None:
    assert people("The group was founded by Jack Ma. Shares fell on Monday.") == {"Jack Ma"}


@pytest.mark.parametrize(("text", "name"), [
    ("R. de Alwis-Perera not out 88", "R. de Alwis-Perera"),
    ("The board named J. van Oosterhout-Smit as its chair.", "J. van Oosterhout-Smit"),
])
def test_an_initial_before_a_particle_keeps_its_full_stop_and_the_name(
        text: str, name: str) -> None:
    assert people(text) == {name}


# -- titles before a name ----------------------------------------------------------------------
@pytest.mark.parametrize(("text", "name"), [
    ("The delegation was led by its trade minister, Mawlawi Ahmad Jan Sherzad.",
     "Ahmad Jan Sherzad"),
    ("Chief Adviser Farhana Begum Chowdhury announced the date.", "Farhana Begum Chowdhury"),
    ("Chief Adviser Mohammad Rezaul Haque Sarkar announced the date in a speech.",
     "Mohammad Rezaul Haque Sarkar"),
    ("Oba Adetokunbo Alade-Ojo opened the new market.", "Adetokunbo Alade-Ojo"),
    ("Councillor Ifeoma Nwachukwu voted against the plan.", "Ifeoma Nwachukwu"),
])
def test_a_religious_traditional_or_office_title_stays_outside_the_name(
        text: str, name: str) -> None:
    assert people(text) == {name}


# -- a hard line wrap ----------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "name"), [
    ("The ruling came after the lawyer for Teodoro Baltazar\nMacapagal, a farmer, filed an"
     " appeal.", "Teodoro Baltazar Macapagal"),
    ("It will face opposition leader Ossian Mavhunga\nChitepo in the vote next year.",
     "Ossian Mavhunga Chitepo"),
])
def test_a_hard_wrap_inside_a_name_after_its_second_word_keeps_it_whole(
        text: str, name: str) -> None:
    assert people(text) == {name}


def test_an_apposition_after_a_hard_wrap_still_sets_off_a_lone_name() -> None:
    text = ("Police fired tear gas outside a court on Thursday. Wanjalaye,\nher driver, was"
            " among 14 people arrested.")
    assert people(text) == {"Wanjalaye"}


def test_a_hard_wrap_before_a_club_does_not_join_it_to_a_name() -> None:
    assert "Tomas Quellvik" in people("Voters backed Tomas Quellvik\nRovers beat Elston 2-1.")
    assert all("Rovers" not in name for name in people(
        "Voters backed Tomas Quellvik\nRovers beat Elston 2-1."))


# -- names in lines in capitals ----------------------------------------------------------------
@pytest.mark.parametrize(("text", "name"), [
    ("BRIEF-QUELLTEA SAYS CEO JOSEPH KIPRONO-LANGAT TO RETIRE\nOct 12 - Quelltea Ltd said on"
     " Monday its chief executive would step down.", "Joseph Kiprono-Langat"),
    ("UPDATE 2-RURITANIA FINANCE MINISTER ADEBOLA OGUNLESI-FASHOLA SAYS BUDGET ON TRACK\n"
     "The finance minister said on Tuesday the budget was on track.",
     "Adebola Ogunlesi-Fashola"),
    ("SOCCER - ELSTON SIGN DEFENDER TOMASZ KOWALCZEWSKI\nElston signed the defender on"
     " Thursday.", "Tomasz Kowalczewski"),
])
def test_a_name_after_a_title_in_a_line_in_capitals_is_found(text: str, name: str) -> None:
    assert people(text) == {name}


def test_a_title_in_capitals_before_common_words_names_no_one() -> None:
    text = "MINISTER OFFERS HELP TO FLOOD TOWNS\nThe minister offered help to the towns."
    assert people(text) == set()


# -- cues around a name ----------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "name"), [
    ("The governor of Marbeck State, Ibiteye Olumide-Briggs, imposed a curfew.",
     "Ibiteye Olumide-Briggs"),
    ("The chairwoman of the Quell Port Authority, Zodwa Mahlaba-Nkosi, resigned.",
     "Zodwa Mahlaba-Nkosi"),
])
def test_a_description_ending_in_a_capitalised_place_sets_off_a_name(
        text: str, name: str) -> None:
    assert people(text) == {name}


def test_a_role_makes_a_person_of_one_who_shares_a_family_firms_name() -> None:
    text = ("Shares of Ravindran Kothari & Sons rose. Managing director Chidambar Kothari told"
            " analysts the firm would grow.")
    assert people(text) == {"Chidambar Kothari"}


# -- things named after people ------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Leaders Samuel Okoth Rangers drew 1-1 with the champions on Sunday.",
    "Fans of Kwame Adjei Stars were angry after the defeat.",
    "Nigerian champions Quellimba beat Osaze Ugbebor Wanderers 3-1.",
])
def test_a_club_named_after_someone_is_no_person(text: str) -> None:
    assert people(text) == set()
    assert any(e.kind == "organization" and e.name.endswith(("Rangers", "Stars", "Wanderers"))
               for e in find_entities(text))


@pytest.mark.parametrize("text", [
    "The match at the Joseph Mensah Hall was postponed.",
    "Delegates met in the Ngozi Achebe-Obi Hall on Monday.",
    "Soldiers left Camp Ochieng before dawn.",
    "The talks were held at Camp Rodrigues near the border.",
])
def test_a_hall_or_a_camp_named_after_someone_is_no_person(text: str) -> None:
    assert people(text) == set()


@pytest.mark.parametrize("text", [
    "The bulk carrier Princess Amani ran aground off the cape.",
    "The liner Queen Tasmina docked in the port. Queen Tasmina sails again on Monday.",
])
def test_a_ship_with_a_title_in_its_name_is_no_person(text: str) -> None:
    assert people(text) == set()


def test_horses_of_the_racing_notation_are_no_people() -> None:
    text = ("Golden Arrow, ridden by Thabo Nkosana, won the cup by a neck from Lady Zanele."
            " Sir Percival (ridden by Liam Brannagh) was third, two lengths from Duke Ferdi."
            " Lady Zanele's trainer was pleased.")
    assert people(text) == {"Thabo Nkosana", "Liam Brannagh"}


@pytest.mark.parametrize("text", [
    "Her long-running sitcom, Uncle Ebo Quansah, ended in May. Uncle Ebo Quansah ran ten years.",
    "The hit series, Mama Adjoa Mensima, returns next week. Mama Adjoa Mensima drew millions.",
])
def test_a_show_set_off_after_its_kind_is_no_person_anywhere_in_the_text(text: str) -> None:
    assert people(text) == set()


# -- a lone surname of any culture, by what only a person is or undergoes --------------------
@pytest.mark.parametrize(("text", "name"), [
    ("Villagers blamed Ouedrago for his silence.", "Ouedrago"),
    ("The court heard that Kaboresse, 45, had fled the country.", "Kaboresse"),
    ("Police arrested Nzimandla on Tuesday.", "Nzimandla"),
    ("Prosecutors said Tshabalungu was arrested at the airport.", "Tshabalungu"),
])
def test_a_lone_unknown_word_is_a_person_by_what_only_a_person_undergoes(
        text: str, name: str) -> None:
    assert people(text) == {name}


@pytest.mark.parametrize("text", [
    "Police arrested Marbeck fans after the match.",
    "Troops and Marines, 6,000 in all, landed at dawn.",
    "The Rovers, 45, were unbeaten at home.",
    "Villagers in New Quellby for his sake prayed.",
])
def test_a_lone_word_in_such_a_frame_that_is_no_person(text: str) -> None:
    assert people(text) == set()


def test_a_known_persons_surname_in_such_a_frame_stays_theirs() -> None:
    text = ("Tomasz Wielgoszewski met Ana Wielgoszewski. Ana Wielgoszewski said the talks"
            " went well. Wielgoszewski, 61, said nothing.")
    assert people(text) == {"Tomasz Wielgoszewski", "Ana Wielgoszewski"}


# -- a club in brackets after a player -------------------------------------------------------
def test_a_club_in_brackets_after_a_player_is_no_person() -> None:
    text = ("Leading scorers:\n4 - Tomas Quellvik (Stanley Marbeck)\n3 - Jan Elsterby (Leon"
            " Quellby)\n2 - Ivo Marsh (Victoria Elstow)")
    assert people(text) == {"Tomas Quellvik", "Jan Elsterby", "Ivo Marsh"}


def test_a_known_persons_name_in_brackets_is_still_theirs() -> None:
    text = ('Yasir Tarsimi arrived on Monday. "I heed Abu Quellah (Tarsimi) and no one else,"'
            " a follower said.")
    assert "Tarsimi" not in {e.name for e in find_entities(text) if e.kind == "organization"}
    assert "Yasir Tarsimi" in people(text)


# -- results notation ------------------------------------------------------------------------
def test_a_surname_in_capitals_after_a_given_name_is_part_of_the_name() -> None:
    text = ("Results of the men's 800 metres:\n1. Wilfred KIPRUTONE (Kenya) 1:43.21\n"
            "2. Norberto TELLEZ-ARIASO (Cuba) 1:44.10")
    assert people(text) == {"Wilfred Kiprutone", "Norberto Tellez-Ariaso"}
    assert mentions(text) == ["Norberto TELLEZ-ARIASO", "Wilfred KIPRUTONE"]


@pytest.mark.parametrize("text", [
    "Victoria QLU-ELW Chairwoman Mabel Quellmays opened the hall.",
    "Henry VIII and Louis XIV are remembered.",
])
def test_letters_and_numerals_after_a_given_name_are_no_surname_in_capitals(text: str) -> None:
    assert not any(name.endswith(("Qlu-Elw", "Viii", "Xiv")) for name in people(text))


def test_the_second_team_of_a_result_line_after_the_first_ones_scorers_is_a_club() -> None:
    text = "SOCCER - RESULTS.\nQuellvik 2 (Kofi Aduhene 23, Ibrahim Sesay-Kamara 67) Elstow 0"
    assert people(text) == {"Kofi Aduhene", "Ibrahim Sesay-Kamara"}
    assert "Elstow" in {e.name for e in find_entities(text) if e.kind == "organization"}


# -- line-ups ----------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Line-up: Okonkwane; Adebayo-Smithers, Nwankwane, Uchendu (Ibekwane 70), Ezenwata",
    "Elstow: Marshvik; Quellbyn, Yarrowski, Doerakis, Roevens; Tamsinho, Quellsson (Ivarsen 70),"
    " Marbecki",
])
def test_a_line_up_after_a_heading_makes_people_of_its_surnames(text: str) -> None:
    found = people(text)
    assert len(found) >= 6
    assert all(" " not in name for name in found)


def test_a_list_of_cities_after_a_heading_is_no_line_up() -> None:
    assert people("Host cities: Lagos; Abuja, Kano, Ibadan, Enugu, Kaduna") == set()


# -- more things named like people ----------------------------------------------------------
@pytest.mark.parametrize("text", [
    "The zoo's giant panda Mei Lin gave birth to twins.",
    "The old elephant Tembo Kubwa was moved to a new enclosure.",
    "Her dog, Captain Biscuit, won the show.",
    "Ships were diverted after the Maria Quellensee ran aground.",
    "They flew out of Jomo Quellyatta International on Monday.",
    "Fighting was reported in Sheikh Quellah and near the border.",
])
def test_animals_ships_airports_and_districts_named_after_someone_are_no_people(
        text: str) -> None:
    assert people(text) == set()


def test_a_title_and_a_name_after_in_with_a_possessive_is_the_person() -> None:
    assert people("In Sheikh Quellah's view the talks had failed.") == {"Quellah"}


# -- labelled lists of players and tennis results ----------------------------------------
def test_a_label_of_players_makes_people_of_its_items_however_few() -> None:
    text = ("RUGBY LEAGUE - RESULT.\nElstow 24 Quellby 12\nTries: Quellington 2, Doerakson,"
            " Marsham. Goals: Yarrowby 4\nSent off: Quellvie (Elstow, 54th minute). Booked:"
            " Doerakley, Marbeckson.")
    assert people(text) == {"Quellington", "Doerakson", "Marsham", "Yarrowby", "Quellvie",
                            "Doerakley", "Marbeckson"}


def test_a_substitute_in_brackets_stays_in_the_line_up_but_a_club_does_not() -> None:
    text = "Line-up: Okonkwane; Adebayo-Smithers, Nwankwane, Uchendu (Ibekwane 70), Ezenwata"
    assert {"Ibekwane", "Ezenwata"} <= people(text)
    text = "Sent off: Quellsson (Elstow) 54. Booked: Marbecki, Doerakis."
    assert people(text) == {"Quellsson", "Marbecki", "Doerakis"}


def test_scores_after_a_team_do_not_join_it_to_a_list_of_players() -> None:
    text = ("Quellby: Elstowshire 199 and 426 (J. Quellmore 111, M. Doerakpur 108, M. Yarrowby"
            " 83), Marbeckshire 232 and 109-5.")
    assert "Marbeckshire" not in people(text)


def test_lone_players_of_a_tennis_result_are_people_and_clubs_are_not() -> None:
    assert people("Quellby beat Doerakis 6-3 6-4 in the final.") == {"Quellby", "Doerakis"}
    assert people("Marshvik beat Yarrowski 7-6 (7-4) 6-2.") == {"Marshvik", "Yarrowski"}
    assert people("Elstow beat Quellby 2-1 on Sunday.") == set()
    assert people("Elstow beat Quellby 25-20 25-18 25-22.") == set()


def test_a_month_and_its_day_before_an_agency_in_brackets_is_no_team() -> None:
    text = "ELSTOW, Jan 4 (Reuters) - Jan Quellmark, a farmer, said the rains had come."
    found = find_entities(text)
    assert not any(e.kind == "organization" and e.name == "Jan" for e in found)
    assert people(text) == {"Jan Quellmark"}


# -- given names of capitalised syllables, surnames that are towns -----------------------------
@pytest.mark.parametrize(("text", "name"), [
    ("The minister, Siew-Ling Tanaka-Brooks, resigned.", "Siew-Ling Tanaka-Brooks"),
    ("The envoy, Pei-Ying Marchetti, arrived late.", "Pei-Ying Marchetti"),
])
def test_a_hyphenated_given_name_ending_in_ing_is_no_verb(text: str, name: str) -> None:
    assert people(text) == {name}


def test_a_role_set_off_after_a_name_whose_surname_is_a_town_makes_it_a_person() -> None:
    assert people("The award went to Mei-Hua Thornbury, a chemist.") == {"Mei-Hua Thornbury"}


def test_a_description_of_a_town_with_a_role_further_on_makes_no_person_of_it() -> None:
    text = "Residents of Monte Azul Paulista, a town whose mayor resigned, protested."
    assert people(text) == set()
