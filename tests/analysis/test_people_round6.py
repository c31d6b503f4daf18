"""People against companies, headline verbs and results: legal forms before and after
a company's name, a title before a verb in a title-case headline, lists of scorers with
their minutes. Every sentence and name is made up."""

from __future__ import annotations

import pytest

from reader.analysis.entities import find_entities
from tests.analysis.support import people


def mentions(text: str) -> list[str]:
    return sorted(text[s:e] for ent in find_entities(text) if ent.kind == "person"
                  for s, e in ent.mentions)


# -- companies -------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "PT Marbeck Sentosa said its profit rose 12 percent in the third quarter.",
    "PJSC Quellneft Kovar will pay a higher dividend this year.",
])
def test_a_legal_form_before_a_name_makes_it_a_company(text: str) -> None:
    assert people(text) == set()


def test_a_legal_form_after_a_given_name_makes_it_a_company() -> None:
    text = "The merger was advised by Harold Bros and by Jane Roe, a lawyer in the capital."
    assert people(text) == {"Jane Roe"}


@pytest.mark.parametrize("text", [
    "Analysts at Harold Quellsachs expect the central bank to hold rates.",
    "Harold Quellsachs's shares fell after the profit warning.",
    "Harold Quellsachs shares fell 4 percent in early trading.",
])
def test_words_that_say_firm_around_a_name_make_it_no_person(text: str) -> None:
    assert people(text) == set()


def test_a_person_at_a_firm_is_still_a_person() -> None:
    text = "Critics took aim at Harold Quellsachs over the vote."
    assert people(text) == {"Harold Quellsachs"}


def test_which_after_a_name_may_take_up_the_clause() -> None:
    text = ("Jane Quellmore met the voters. Few songs are written for Quellmore, which "
            "worries her aides.")
    assert people(text) == {"Jane Quellmore"}


# -- title-case headlines ------------------------------------------------------------
def test_a_title_before_a_headline_verb_names_no_one() -> None:
    text = ("Island Queen Sails Home After Record Season\n"
            "The ferry docked at dawn after a summer of crossings.")
    assert people(text) == set()


def test_a_titled_name_in_a_headline_ends_before_its_verb() -> None:
    text = ("President Quellbach Flies In For Talks\n"
            "President Ivo Quellbach landed on Monday for two days of talks.")
    assert mentions(text) == ["Ivo Quellbach", "Quellbach"]


# -- scorers -----------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "names"), [
    ("Goals: Halvorsen 12, Okonkwo 45, Brandtner 90.", {"Halvorsen", "Okonkwo", "Brandtner"}),
    ("Marbeck Rovers: Quellmer 23, Drozdik 67 pen, 88.", {"Quellmer", "Drozdik"}),
    ("Rovers 2 (Quellmer 23, Drozdik 67) Athletic 1 (Vasko 88)",
     {"Quellmer", "Drozdik", "Vasko"}),
])
def test_a_list_of_scorers_with_minutes_names_people(text: str, names: set[str]) -> None:
    assert people(text) == names


def test_team_totals_are_no_scorers() -> None:
    text = "Marbeckshire 259 and 207 (T. Quell 69, A. Roe 55), Elstonshire 114 (J. Doe 4-28)."
    assert people(text) == {"T. Quell", "A. Roe", "J. Doe"}


# -- a lone surname, and works -------------------------------------------------------
def test_a_lone_surname_before_who_is_a_person() -> None:
    text = "The move was welcomed by Tarkovsen, who called it overdue."
    assert people(text) == {"Tarkovsen"}


@pytest.mark.parametrize("text", [
    "The Rovers, who lost twice at home, meet Elston next.",
    "Marbeckshire, who batted first, made 312.",
])
def test_a_team_before_who_is_no_person(text: str) -> None:
    assert people(text) == set()


@pytest.mark.parametrize("text", [
    "The novel Silent Orchard won the prize.",
    "Her new album Quiet Harbour Lights comes out in May.",
])
def test_a_work_after_the_word_for_its_kind_is_no_person(text: str) -> None:
    assert people(text) == set()


def test_the_author_after_the_word_for_a_work_is_a_person() -> None:
    text = "The book Jane Quellmore wrote in prison sold well."
    assert people(text) == {"Jane Quellmore"}


@pytest.mark.parametrize("text", [
    "Zorvek Quellmore filed his appeal on Friday.",
    "Zorvek Quellmore defends himself in a new post.",
])
def test_a_verb_and_his_after_a_pair_make_it_a_person(text: str) -> None:
    assert people(text) == {"Zorvek Quellmore"}


def test_a_firm_has_its_own() -> None:
    assert people("Zorvek Quellmore released its results in May.") == set()


# -- results, particles and titles inside names ------------------------------------
def test_scorers_in_brackets_on_a_line_of_results_are_people() -> None:
    text = ("Results on Friday:\n"
            "Marbeck Stars 91 Elston Royals 84 (Tamar Quellin 27, Ivo Brankovic 22)\n")
    assert people(text) == {"Tamar Quellin", "Ivo Brankovic"}


def test_a_team_before_its_score_and_scorers_is_no_person() -> None:
    text = ("Rovers Quellby 2 (Jon Tarrant 14, 71) Harlow Athletic 1 (Sami Voutilainen 30)."
            " Attendance 8,200.")
    assert people(text) == {"Jon Tarrant", "Sami Voutilainen"}


def test_a_welsh_particle_stays_in_the_name() -> None:
    text = "Rhodri ap Quellyn won the seat on Friday. Ap Quellyn, 44, farms near the coast."
    assert people(text) == {"Rhodri ap Quellyn"}
    assert mentions(text) == ["Ap Quellyn", "Rhodri ap Quellyn"]


def test_a_description_after_a_plural_possessive_marks_the_name() -> None:
    text = "The Greens' leader, Zorvek Quellbard, called it a distraction."
    assert people(text) == {"Zorvek Quellbard"}


def test_an_ing_word_after_a_role_word_opens_the_name() -> None:
    text = ("The jury met on Friday.\n"
            "Poet Dayaning Quellazon Ortiz, who lives abroad, won the award.")
    assert people(text) == {"Dayaning Quellazon Ortiz"}


def test_a_title_word_after_a_given_name_is_part_of_the_name() -> None:
    text = "A local elder, Abdikarim Sheikh Quellow Farah, said the road was closed."
    assert people(text) == {"Abdikarim Sheikh Quellow Farah"}


# -- full names, players named like towns, companies ----------------------------------
def test_a_pair_ending_in_a_surname_cued_later_is_that_persons_full_name() -> None:
    text = ("The Senate confirmed Anand Quell-Reyes as envoy on Tuesday. Quell-Reyes, a"
            " former official, said he would go.")
    assert people(text) == {"Anand Quell-Reyes"}


@pytest.mark.parametrize(("text", "name"), [
    ("Second round\nAiko Okayama (Japan) beat Ana Quellmont (Peru) 6-2 6-4\n", "Aiko Okayama"),
    ("Goals: Pim Zwolle 44, Tamas Quellbrand 81.", "Pim Zwolle"),
])
def test_a_player_whose_surname_is_a_town_is_a_person(text: str, name: str) -> None:
    assert name in people(text)


@pytest.mark.parametrize("text", [
    "The Ruritanian drugmaker Quellmed Orvan said on Monday it would cut 200 jobs.",
    "Tamsin Capital raised its stake in the port operator.",
    "Elston Therapeutics won approval for the drug.",
])
def test_words_for_kinds_of_firm_make_a_run_a_company(text: str) -> None:
    assert people(text) == set()


def test_the_first_of_two_surnames_of_a_role_marked_person_is_a_short_form() -> None:
    text = "Poet Zorvana Quellino Ruiz won the award. Quellino said she would keep writing."
    assert people(text) == {"Zorvana Quellino Ruiz"}


def test_a_possessive_and_a_role_opening_a_sentence_mark_a_surname() -> None:
    text = "Quellmore's campaign manager, Kellyanne Drozdik, said the poll was wrong."
    assert people(text) == {"Quellmore", "Kellyanne Drozdik"}


def test_a_team_heading_its_players_is_no_item_of_the_list() -> None:
    text = "Teams: Quellco - Ivo Drozdek, Pavel Brannik; Elston - Sami Tarrantes."
    assert people(text) == {"Ivo Drozdek", "Pavel Brannik", "Sami Tarrantes"}


def test_a_vietnamese_name_of_four_words_is_one_person() -> None:
    text = "Nguyen Thi Quynh Hoa runs a noodle shop near the market."
    assert people(text) == {"Nguyen Thi Quynh Hoa"}


@pytest.mark.parametrize("text", [
    "The latest polls show Brannigan leading in three of the four states.",
    "She will stand alongside Brannigan at the final debate next week.",
])
def test_a_lone_surname_with_a_persons_word_around_it_is_a_person(text: str) -> None:
    assert people(text) == {"Brannigan"}


def test_a_lone_city_or_plural_is_no_such_surname() -> None:
    assert people("The latest polls show Lagos leading the region in growth.") == set()


@pytest.mark.parametrize(("text", "name"), [
    ("Ellie, 8, wants to be a vet when she grows up.", "Ellie"),
    ("His wife, Farida, was not at home when the police came.", "Farida"),
    ("The team's new coach, Quellberg, was hired on Monday.", "Quellberg"),
])
def test_a_lone_name_with_an_age_or_after_kin_is_a_person(text: str, name: str) -> None:
    assert people(text) == {name}


def test_a_lone_word_after_a_description_of_no_person_is_no_person() -> None:
    assert people("The new plan, Horizon, was shelved on Monday.") == set()
