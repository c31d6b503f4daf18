"""People of round 12: Turkic patronymics within a name or closing it, the Maghreb
"Sidi" opening a man's name, a given name that is a US state's, and headline verbs of
more kinds. Every sentence and name is made up.
"""

from __future__ import annotations

import pytest

from reader.analysis.entities import find_entities
from tests.analysis.support import people


def _person_mentions(text: str) -> list[list[str]]:
    return [[text[a:b] for a, b in e.mentions] for e in find_entities(text)
            if e.kind == "person"]


# -- Turkic "son of" / "daughter of" ------------------------------------------------------
@pytest.mark.parametrize(("text", "name"), [
    ("Envoy Rauf Tofiq oglu Aliyarov met the delegation.", "Rauf Tofiq oglu Aliyarov"),
    ("Judge Leyla Akif qizi Huseynli read the verdict.", "Leyla Akif qizi Huseynli"),
    ("Kyrgyz boxer Almaz Bolotbek uulu won the bout.", "Almaz Bolotbek uulu"),
    ("Kyrgyz skier Aizada Temir kyzy finished fourth.", "Aizada Temir kyzy"),
])
def test_a_patronymic_particle_stays_in_the_name(text: str, name: str) -> None:
    assert people(text) == {name}


def test_a_name_ending_in_a_patronymic_has_it_in_its_short_form() -> None:
    text = "Kyrgyz boxer Almaz Bolotbek uulu won the bout. Bolotbek uulu thanked his coach."
    assert _person_mentions(text) == [["Almaz Bolotbek uulu", "Bolotbek uulu"]]


# -- "Sidi" before a given name ------------------------------------------------------------
def test_sidi_before_a_given_name_opens_a_name() -> None:
    text = "Mauritanian minister Sidi Ahmed ould Tebbane met the envoy on Monday."
    assert people(text) == {"Sidi Ahmed ould Tebbane"}


def test_sidi_opening_a_town_stays_a_place() -> None:
    assert people("Protests spread to Sidi Bouzid on Monday.") == set()


# -- given names that are US states -------------------------------------------------------
@pytest.mark.parametrize("text", [
    "He joked about his rival, Carolina Etxeberri. Etxeberri accepted the apology.",
    "Senator Virginia Halloran spoke first.",
])
def test_a_state_named_given_name_with_a_sign_is_a_person(text: str) -> None:
    assert len(people(text)) == 1


@pytest.mark.parametrize("text", [
    "Carolina Panthers beat the visitors on Sunday.",
    "Virginia Tech won the final.",
    "Virginia Power said prices rose.",
])
def test_a_state_opening_a_club_or_a_firm_names_no_one(text: str) -> None:
    assert people(text) == set()


# -- headline verbs -------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "name"), [
    ("Ex-champion Tariq Qamar Retires\n\nKARACHI — Tariq Qamar said he was done.",
     "Tariq Qamar"),
    ("Sprinter Lerato Dube Jailed For Fraud\n\nLerato Dube was sentenced on Monday.",
     "Lerato Dube"),
])
def test_a_headline_verb_ends_the_name(text: str, name: str) -> None:
    assert people(text) == {name}


# -- places named like people after "in" --------------------------------------------------
def test_towns_named_like_people_in_a_list_after_in_are_no_one() -> None:
    text = ("Storms cut power in Benito Larrea, Camilo Ostria and Rufino Baez on Tuesday,"
            " the utility said.")
    assert people(text) == set()


@pytest.mark.parametrize(("text", "name"), [
    ("Voters lost confidence in Tomas Halvorsen on Monday.", "Tomas Halvorsen"),
    ("The talks ended in Oslo. In Jane Quellor's view they failed.", "Jane Quellor"),
    ("A new mural in Hugo Marbeck's honour opened. Marbeck died in May.", "Hugo Marbeck"),
])
def test_a_person_after_in_with_a_sign_stays_one(text: str, name: str) -> None:
    assert people(text) == {name}


# -- clubs told by their coach or player ----------------------------------------------------
def test_a_club_before_its_coach_is_a_body_wherever_named() -> None:
    text = ("Ferro Quintana beat Godoy Larra 2-0 on Sunday. Godoy Larra coach Raul Espina"
            " said his side deserved a draw.")
    found = {e.name: e.kind for e in find_entities(text)}
    assert found.get("Godoy Larra") == "organization"
    assert found.get("Ferro Quintana") == "organization"
    assert people(text) == {"Raul Espina"}


def test_a_player_and_her_coach_are_two_people() -> None:
    text = "Serena Quellams coach Patrick Doe said she was fit."
    assert people(text) == {"Serena Quellams", "Patrick Doe"}


def test_the_other_side_of_a_clubs_one_score_match_is_a_club() -> None:
    text = "Ivo Marek scored twice as Marbeck United beat Lada Quellny 2-1 on Sunday."
    found = {e.name: e.kind for e in find_entities(text)}
    assert found.get("Lada Quellny") == "organization"
    assert people(text) == {"Ivo Marek"}


def test_two_players_of_a_one_score_match_stay_people() -> None:
    assert people("Jane Roe beat Tom Doe 3-1 in the squash final.") == {"Jane Roe", "Tom Doe"}


# -- a side's name before its line-up ------------------------------------------------------
def test_the_head_of_a_line_up_is_the_side() -> None:
    text = ("Line-ups:\nKing Quellor: Ibrahim Danlami, Osman Bukari, Seidu Zakaria.\n"
            "Referee: Daniel Akuffo (Ghana)")
    found = {e.name: e.kind for e in find_entities(text)}
    assert found.get("King Quellor") == "organization"
    assert people(text) == {"Ibrahim Danlami", "Osman Bukari", "Seidu Zakaria", "Daniel Akuffo"}


def test_a_name_before_a_colon_and_words_stays_a_person() -> None:
    text = "Jane Roe: I will run again\n\nFormer mayor Jane Roe said on Monday she would run."
    assert people(text) == {"Jane Roe"}


# -- single names and firms -----------------------------------------------------------------
def test_a_portuguese_diminutive_single_name_is_a_person() -> None:
    text = "Midfielder Quelinho, 22, was booked for a foul on Marbelinho."
    assert people(text) == {"Quelinho", "Marbelinho"}


@pytest.mark.parametrize("text", [
    "Storms cut power on Tuesday, the utility Quellgas said.",
    "Fashion brand Lina Quellqvist opened its first store in Oslo.",
])
def test_a_kind_of_firm_before_a_name_makes_it_a_firm(text: str) -> None:
    assert people(text) == set()


# -- players of a match report named by surname alone ---------------------------------------
@pytest.mark.parametrize(("text", "name"), [
    ("Quellburg were held at home. Vandermolen put the hosts ahead after 12 minutes.",
     "Vandermolen"),
    ("Elston levelled through Okonkwe before the break.", "Okonkwe"),
    ("Marbeck took the lead with a header from Quintella.", "Quintella"),
    ("Rovigo won it late. Santangeli's header came in the 88th minute.", "Santangeli"),
])
def test_a_match_report_tells_a_player_named_alone(text: str, name: str) -> None:
    assert name in people(text)


def test_a_club_scoring_is_no_player() -> None:
    assert people("Rovigo scored their second after the break.") == set()


def test_a_numbered_rugby_line_up_is_a_list_of_people() -> None:
    text = ("Marbeck picked 15-Tane Wiremu, 14-Jonah Tuilagi, 13-Ruben Claasens,"
            " 12-Ifan Pryce, 11-Sosaia Vaipulu.")
    assert "Sosaia Vaipulu" in people(text)


# -- firms told by their context, named again -----------------------------------------------
def test_a_firm_that_analysts_work_at_is_a_firm_wherever_named() -> None:
    text = ("Analysts at Hollis Brandvik said the bank would cut rates. Hollis Brandvik"
            " expects growth of 2 percent, economist Petra Lindqvist told clients.")
    assert people(text) == {"Petra Lindqvist"}


def test_a_firm_read_as_a_person_before_its_shares_are_named_is_a_firm() -> None:
    text = ("Fenwick Quell Power said on Monday output fell. Fenwick Quell Power shares"
            " fell 2 percent, said broker Ana Vale.")
    found = {e.name: e.kind for e in find_entities(text)}
    assert found.get("Fenwick Quell Power") == "organization"
    assert people(text) == {"Ana Vale"}


def test_a_founder_sharing_the_firms_name_stays_a_person() -> None:
    text = "Founder Tomas Harlowe said he would sell. Tomas Harlowe shares fell."
    assert "Tomas Harlowe" in people(text)


# -- a given name alone later names the pair before it ----------------------------------------
def test_a_pair_whose_first_word_later_speaks_alone_is_a_person() -> None:
    text = "Lealofi Saumani refused to comment. Lealofi said later that the vote was fair."
    assert _person_mentions(text) == [["Lealofi Saumani", "Lealofi"]]


def test_an_apposition_calling_a_name_a_woman_or_a_man_makes_it_a_person() -> None:
    assert people("He defeated Mele Amanaki Tauvela, the first woman to stand.") == {
        "Mele Amanaki Tauvela"}
    assert people("The storm hit Quellport, a town of 5,000, on Monday.") == set()


# -- what only a person does to a work, before "by" -----------------------------------------
@pytest.mark.parametrize(("text", "name"), [
    ("The film was directed by Kiyoshi Tanabe and opens in May.", "Kiyoshi Tanabe"),
    ("The side, coached by Okonedu, won the cup.", "Okonedu"),
    ("He was succeeded by Tavita Leotani in 1998.", "Tavita Leotani"),
])
def test_a_creator_before_by_is_a_person(text: str, name: str) -> None:
    assert name in people(text)


def test_a_body_leading_a_consortium_stays_no_one() -> None:
    assert people("A consortium led by Quellbank won the bid.") == set()


# -- a leader named once, before "administration" --------------------------------------------
@pytest.mark.parametrize(("text", "name"), [
    ("The Marcos administration fell.", "Marcos"),
    ("Aides said the Quellor presidency was over.", "Quellor"),
])
def test_a_leaders_term_names_the_leader(text: str, name: str) -> None:
    assert people(text) == {name}


def test_a_states_administration_names_no_one() -> None:
    assert people("The Texas administration said no.") == set()


# -- a firm's short form before its founder is named -----------------------------------------
def test_a_firms_first_word_alone_before_its_founder_is_the_firm() -> None:
    text = ("Carmaker Hoshiba Motors recalled cars over a brake fault. Hoshiba said no one"
            " was hurt. The company, named after its founder Kenji Hoshiba, also makes"
            " motorcycles.")
    assert _person_mentions(text) == [["Kenji Hoshiba"]]


def test_a_founders_surname_after_his_full_name_stays_his() -> None:
    text = "Jane Quellby founded Quellby Foods in 1990. Quellby said sales rose."
    assert _person_mentions(text) == [["Jane Quellby", "Quellby"]]


def test_the_side_a_match_is_against_is_no_person() -> None:
    assert people("Marbeck named a side for the match against Elston on Saturday.") == set()
    assert people("Polls showed voters turning against Elston in the suburbs.") == {"Elston"}
