"""The entity finder's second round of rules, each on invented sentences: world given
names, places and clubs, run-together list items, span boundaries, headline verbs."""

from __future__ import annotations

from reader.analysis.entities import find_entities
from reader.analysis.model import Entity


def people(text: str) -> dict[str, Entity]:
    return {e.name: e for e in find_entities(text) if e.kind == "person"}


def surfaces(text: str, entity: Entity) -> list[str]:
    return [text[s:e] for s, e in entity.mentions]


# -- given names of the world ---------------------------------------------------------
def test_given_name_outside_the_census_lists_starts_a_name() -> None:
    # "Radomir" and "Tadeusz" are in the world list only; nothing else says "person"
    text = "Radomir Quellbach and Tadeusz Wroniewicz opened the new bridge on Monday."
    assert set(people(text)) == {"Radomir Quellbach", "Tadeusz Wroniewicz"}


# -- places and clubs -----------------------------------------------------------------
def test_a_city_is_not_a_person_even_before_a_reporting_verb() -> None:
    text = "Officials in the town of Nakuru said the road was closed. Tampere said no."
    assert people(text) == {}


def test_a_club_named_after_its_city_is_not_a_person() -> None:
    text = "Rovers Olsztyn beat the champions on Sunday. Fans of Rovers Olsztyn cheered."
    assert people(text) == {}


def test_a_known_given_name_before_a_city_is_still_a_person() -> None:
    text = "Aurelio Leuven said the club would appeal."
    assert list(people(text)) == ["Aurelio Leuven"]


# -- list items run together by lost markup -------------------------------------------
def test_run_together_list_items_are_split_at_a_title() -> None:
    text = "The panel: Sen. Jane QuellbachRep. Tom Yarrow and Gov. Ann Pellow."
    found = people(text)
    assert set(found) == {"Jane Quellbach", "Tom Yarrow", "Ann Pellow"}
    assert found["Tom Yarrow"].role == "Rep."


def test_run_together_items_are_split_at_a_given_name() -> None:
    text = "Speakers were Jane QuellbachThomas Yarrow, both of the council."
    assert set(people(text)) == {"Jane Quellbach", "Thomas Yarrow"}


def test_names_written_with_an_inner_capital_are_not_split() -> None:
    text = "Tom McNally, Ann MacLeod and Ruth DeWitt said the vote was fair."
    assert set(people(text)) == {"Tom McNally", "Ann MacLeod", "Ruth DeWitt"}


# -- span boundaries ------------------------------------------------------------------
def test_initials_and_articles_inside_a_name() -> None:
    text = ("George H.W. Gantry met J.B. Quillen and Hadi al-Sayegh on Monday. "
            "Later Gantry spoke.")
    found = people(text)
    assert set(found) == {"George H.W. Gantry", "J.B. Quillen", "Hadi al-Sayegh"}
    assert surfaces(text, found["George H.W. Gantry"]) == ["George H.W. Gantry", "Gantry"]


def test_a_bracketed_insertion_stays_inside_the_name() -> None:
    text = "Anna Maria (Mia) Quellbach and Alan Oswin (A.J.) Quillen arrived."
    found = people(text)
    assert set(found) == {"Anna Maria (Mia) Quellbach", "Alan Oswin (A.J.) Quillen"}


def test_a_bracketed_country_is_not_an_insertion() -> None:
    text = "Jane Quellbach (Canada) beat Tom Yarrow (Ireland) 6-3 6-2."
    assert set(people(text)) == {"Jane Quellbach", "Tom Yarrow"}


def test_descriptive_prefixes_and_elect_titles_are_not_the_name() -> None:
    text = ("Top-seeded Tadeusz Wronski beat Award-winning Radomir Quell. "
            "President-elect Jane Quellbach watched.")
    found = people(text)
    assert set(found) == {"Tadeusz Wronski", "Radomir Quell", "Jane Quellbach"}
    assert found["Jane Quellbach"].role == "President-elect"


def test_a_firm_written_with_an_ampersand_is_not_a_person() -> None:
    text = "Analysts at Quellbach & Sons said the shares were cheap."
    assert people(text) == {}


def test_an_article_does_not_start_a_name() -> None:
    text = "Members of the group al-Nasr al-Jadida met in secret."
    assert people(text) == {}


# -- headlines ------------------------------------------------------------------------
def test_headline_verbs_in_every_tense_end_the_name() -> None:
    for verb in ("Thanked", "Praises", "Joking", "Slammed", "Remarks"):
        text = f"Jane Quellbach {verb} Voters After The Count\nQuellbach spoke on Monday."
        found = people(text)
        assert list(found) == ["Jane Quellbach"], verb
        assert surfaces(text, found["Jane Quellbach"]) == ["Jane Quellbach", "Quellbach"]


def test_a_capitalised_noun_after_a_name_is_not_part_of_it() -> None:
    text = "Fans wore a Jane Quellbach T-shirt. Quellbach smiled."
    assert surfaces(text, people(text)["Jane Quellbach"]) == ["Jane Quellbach", "Quellbach"]


def test_a_participle_does_not_start_a_name() -> None:
    text = "Critics Accuse Board Of Injecting Quellbach Into The Race\nQuellbach said no."
    assert set(people(text)) == {"Quellbach"}


# -- a person named once, by surname alone ---------------------------------------------
def test_a_surname_before_administration_is_a_person() -> None:
    text = "Credits count toward the goals that the Quellbach administration has set."
    assert list(people(text)) == ["Quellbach"]


def test_a_surname_with_a_possessed_role_is_a_person() -> None:
    text = "That was outrageous, said Yarrow's former campaign strategist on Monday."
    assert list(people(text)) == ["Yarrow"]


def test_a_surname_joined_to_a_known_person_is_a_person() -> None:
    text = "Either Quellbach or Jane Roe will win the vote."
    assert set(people(text)) == {"Quellbach", "Jane Roe"}


def test_a_city_before_administration_is_a_person_there_but_not_elsewhere() -> None:
    # "Nakuru" is a city: alone it is a place; "the Nakuru administration" is a person's
    text = "Rain fell in Nakuru. Later the Nakuru administration said nothing."
    assert list(people(text)) == ["Nakuru"]


def test_a_lone_word_before_a_plain_noun_stays_undecided() -> None:
    text = "Members visited the Sunfield estate and the Quellbach building."
    assert people(text) == {}


# -- organisations that speak ---------------------------------------------------------
def orgs(text: str) -> set[str]:
    return {e.name for e in find_entities(text) if e.kind == "organization"}


def test_newspapers_are_organisations_not_people() -> None:
    text = ("The Marbeck Courier said the deal was off. Jane Roe told the Guardian, "
            "and the Elston Ledger reported it.")
    assert {"Marbeck Courier", "Guardian", "Elston Ledger"} <= orgs(text)
    assert set(people(text)) == {"Jane Roe"}


def test_a_ministry_is_named_without_its_article() -> None:
    text = "The Ruritanian Fisheries Ministry said on Monday that talks would resume."
    assert "Ruritanian Fisheries Ministry" in orgs(text)


def test_a_firm_with_an_ampersand_is_an_organisation() -> None:
    text = "Analysts at Quellbach & Sons said the shares were cheap."
    assert orgs(text) == {"Quellbach & Sons"}


# -- works, results tables and regnal numbers ----------------------------------------
def test_a_quoted_title_is_a_work_not_a_person() -> None:
    text = ('She starred in "Dances of the Marbeck Moon" and in "Tom Quellbach", '
            "a film about the painter.")
    assert people(text) == {}


def test_teams_in_a_results_table_are_not_people() -> None:
    text = "Final:\nRovers (Canada) 75 Elston (Ireland) 70\nPlayers: Jane Roe (Canada) 6-3 6-2"
    assert set(people(text)) == {"Jane Roe"}


def test_regnal_numbers_belong_to_the_name() -> None:
    text = "1533 - Queen Ann I born.\nShe met Pope Leo XIII and King Tomas IV of Ruritania."
    assert set(people(text)) == {"Ann I", "Leo XIII", "Tomas IV"}
    found = people(text)
    assert surfaces(text, found["Ann I"]) == ["Ann I"]


def test_the_pronoun_i_is_not_a_regnal_number() -> None:
    text = "Jane Quellbach smiled. Later Quellbach I think said so."
    assert "Quellbach I" not in people(text)


# -- the token pass -------------------------------------------------------------------
def test_the_token_pass_keeps_names_and_collects_lower_case_words() -> None:
    from reader.analysis.tokens import tokenize

    text = "Envoys met al-Rashid and el‐Nour in Elston; the talks ran late."
    lower: set[str] = set()
    tokens = tokenize(text, frozenset({"and", "the"}), frozenset(), lower)
    assert [t.text for t in tokens] == ["Envoys", "al-Rashid", "and", "el‐Nour", "Elston",
                                        "the"]
    assert all(text[t.start:t.end] == t.text for t in tokens)
    assert [t.cap for t in tokens] == [True, True, False, True, True, False]
    assert {"met", "and", "in", "the", "talks", "ran", "late"} <= lower


def test_a_quoted_nickname_after_an_initial_stays_inside_the_name() -> None:
    text = 'Rep. Robert C. "Bobby" Quellbach spoke. Quellbach left.'
    found = people(text)
    assert list(found) == ['Robert C. "Bobby" Quellbach']
    assert surfaces(text, found['Robert C. "Bobby" Quellbach'])[1] == "Quellbach"


# -- namesakes: two people sharing a surname ------------------------------------------
def test_a_title_picks_the_namesake_it_fits() -> None:
    text = ('Governor Tomas Quellbach opened the fair. His wife, Ana Quellbach, cut the '
            'ribbon. Mrs. Quellbach waved. Later Governor Quellbach spoke.')
    found = people(text)
    assert surfaces(text, found["Tomas Quellbach"]) == ["Tomas Quellbach", "Quellbach"]
    assert surfaces(text, found["Ana Quellbach"]) == ["Ana Quellbach", "Quellbach"]
    governor = text.rindex("Quellbach")
    assert (governor, governor + len("Quellbach")) in found["Tomas Quellbach"].mentions


def test_a_titled_surname_of_the_other_sex_is_another_person() -> None:
    # "President Quellbach" and "Mr. Quellbach" are one man; "Ana Quellbach", named
    # later, is his wife, not the full name of the president
    text = ('President Quellbach opened the fair. Mr. Quellbach spoke for an hour. '
            'Later Mr. Quellbach and his wife, Ana Quellbach, cut the ribbon.')
    found = people(text)
    assert set(found) == {"Quellbach", "Ana Quellbach"}
    assert surfaces(text, found["Quellbach"]) == ["Quellbach"] * 3
    assert found["Quellbach"].gender == "male"


def test_a_titled_surname_before_the_full_name_of_the_same_sex_is_that_person() -> None:
    text = 'Mr. Quellbach spoke. The mayor, Tomas Quellbach, thanked the crowd.'
    assert set(people(text)) == {"Tomas Quellbach"}
