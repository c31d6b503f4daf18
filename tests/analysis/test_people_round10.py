"""People of round 10: what is no name (an office without its holder, a subhead's
capitals), where a name starts (a role noun that is also a surname opening the
sentence) and a Portuguese "e" between surnames. Every sentence and name is made up.
"""

from __future__ import annotations

import pytest

from tests.analysis.support import mentions, people


# -- an office named without its holder ----------------------------------------------------
@pytest.mark.parametrize("text", [
    "The Attorney General said the appeal had no merit.",
    "The committee heard that the Solicitor General had advised against the sale.",
    "The Inspector General found no sign of fraud in the contracts.",
    "The Auditor General said the accounts of the port were incomplete.",
    "The Surgeon General warned of the heat on Monday.",
    "The Major General said the convoy had crossed the river.",
    "The First Lady opened the new ward on Friday.",
    "The Crown Prince laid a wreath at the memorial.",
    "The Field Marshal inspected the cadets.",
    "The Vice Chancellor said fees would rise next year.",
    "The King said the country was united in grief.",
    "The General said the attack had failed.",
    "The Majority Leader said the vote would be held on Thursday.",
    "The Opposition Leader walked out of the chamber.",
])
def test_an_office_without_a_name_is_no_person(text: str) -> None:
    assert people(text) == set()


@pytest.mark.parametrize(("text", "name"), [
    ("Attorney General Hannelore Wirzbach said the appeal had no merit.",
     "Hannelore Wirzbach"),
    ("Major General Tomasz Rudnicki said the convoy had crossed the river.",
     "Tomasz Rudnicki"),
    ("Opposition Leader Maren Tellefsen walked out of the chamber.", "Maren Tellefsen"),
    ("General Kwaku Ofosu-Darko said the attack had failed.", "Kwaku Ofosu-Darko"),
])
def test_the_holder_after_an_office_is_still_found(text: str, name: str) -> None:
    assert people(text) == {name}


@pytest.mark.parametrize(("text", "name"), [
    ("Senator King said the bill would pass.", "King"),
    ("Judge Bishop dismissed the case on Tuesday.", "Bishop"),
    ("Tomas Leader said the bill would pass.", "Tomas Leader"),
])
def test_a_surname_that_is_a_title_still_names_a_person(text: str, name: str) -> None:
    assert people(text) == {name}


# -- a role noun opening the sentence, also when it is a surname ---------------------------
@pytest.mark.parametrize(("text", "name"), [
    ("Farmer Grant Pellowe said his herd was lost.", "Grant Pellowe"),
    ("Nurse Hope Ellerby worked through the night.", "Hope Ellerby"),
    ("Trader Rose Akinyi-Ouma sold her last crate at noon.", "Rose Akinyi-Ouma"),
    ("Painter Ines Vargova showed six canvases.", "Ines Vargova"),
])
def test_a_role_noun_that_is_a_surname_opens_the_sentence_not_the_name(
        text: str, name: str) -> None:
    assert people(text) == {name}


# -- the Portuguese "e" between two surnames ------------------------------------------------
def test_a_portuguese_e_joins_two_surnames() -> None:
    text = ("Professor Ines Carvalhal e Sousa presented the study with her student Rui"
            " Carvalhal. Carvalhal e Sousa said the two were not related.")
    assert people(text) == {"Ines Carvalhal e Sousa", "Rui Carvalhal"}
    assert "Carvalhal e Sousa" in mentions(text)


def test_an_e_between_words_that_name_no_one_makes_no_person() -> None:
    assert people("The delegates flew to Bosnia e Herzegovina on Monday.") == set()


# -- subheads below the headline ------------------------------------------------------------
def test_the_capitals_of_a_subhead_are_no_names() -> None:
    text = ("The council met on Monday to discuss the budget.\n\n"
            "Water Bills To Rise In Spring\n\n"
            "Residents were angry about the plan.\n\n"
            "Grace Period For Tenants Ends\n\n"
            "Mark Of Respect For Fallen Crew\n\n"
            "Engineers were unsure. Lead engineer Tamsin Roake said the steel was weak.\n\n"
            "Roake Warns Of Delay\n\n"
            "The work may take a year.")
    assert people(text) == {"Tamsin Roake"}
    assert mentions(text) == ["Roake", "Tamsin Roake"]


def test_a_subhead_after_a_label_is_no_name() -> None:
    text = ("The board met on Monday.\n\nSEE ALSO: Water Bills To Rise\n\n"
            "Tenants were angry.")
    assert people(text) == set()


def test_a_sentence_opening_with_a_short_word_is_no_subhead() -> None:
    text = ("The crew met on Monday.\nFor Tamsin Roake, the day began at dawn on the pier."
            "\nAs Bennet Oyelowo said, the nets were full.")
    assert people(text) == {"Tamsin Roake", "Bennet Oyelowo"}


# -- a first line that is a sentence full of names, not a headline --------------------------
@pytest.mark.parametrize(("text", "names"), [
    ("Voters in Quellmore elected Mayor Tobias Wrenfield and Councillor Hester Plume on"
     " Sunday.\nTurnout was low.", {"Tobias Wrenfield", "Hester Plume"}),
    ("Guests included Dr. Ruth Abanga, Prof. Kofi Tetteh-Quarshie and Judge Amara Lowe.\n"
     "They met at noon.", {"Ruth Abanga", "Kofi Tetteh-Quarshie", "Amara Lowe"}),
    ("Speakers included Sen. Mara Lindqvist, Rep. Owen Talbridge and Mayor Ines Corvalan.\n"
     "Police closed the square.", {"Mara Lindqvist", "Owen Talbridge", "Ines Corvalan"}),
])
def test_a_lead_sentence_full_of_names_is_no_headline(text: str, names: set[str]) -> None:
    assert people(text) == names


def test_a_headline_with_prepositions_in_lower_case_is_still_a_headline() -> None:
    text = ("Hester Plume Speaks Frankly about Harbour Fees Before Vote\n"
            "The councillor said the fees were too high. Plume will vote no.")
    assert mentions(text) == ["Hester Plume", "Plume"]


# -- one person for a name written with a typographic and a plain apostrophe ---------------
@pytest.mark.parametrize("text", [
    "Dervla O'Halloran won the seat. O’Halloran, 44, is a vet. Ms O'Halloran thanked voters.",
    "Dervla O’Halloran won the seat. O'Halloran, 44, is a vet. Dervla O'Halloran thanked"
    " voters.",
])
def test_a_typographic_apostrophe_makes_no_second_person(text: str) -> None:
    found = people(text)
    assert len(found) == 1
    assert found <= {"Dervla O'Halloran", "Dervla O’Halloran"}
    assert len(mentions(text)) == 3


# -- a month's short form as a given name after a family name -------------------------------
def test_a_given_name_written_like_a_month_after_a_family_name() -> None:
    text = ("Liu Mingxia and Liu Jun met in Wuhan. Liu Jun said exports would grow.")
    assert people(text) == {"Liu Mingxia", "Liu Jun"}
    assert mentions(text).count("Liu Jun") == 2


def test_a_dateline_month_is_no_short_form_of_such_a_name() -> None:
    text = ("SHANGHAI, Jun 12 (Reuters) - Steel prices rose. Gao Jun, a trader in Shanghai,"
            " said demand was firm.")
    assert mentions(text) == ["Gao Jun"]


# -- a surname with an Arabic article, later without it --------------------------------------
@pytest.mark.parametrize(("text", "expected"), [
    ("Foreign Minister Samir al-Haddadi arrived on Monday. Haddadi said talks would resume.",
     ["Haddadi", "Samir al-Haddadi"]),
    ("President Omar el-Dabbousi spoke on Monday. Dabbousi's government fell in May.",
     ["Dabbousi", "Omar el-Dabbousi"]),
])
def test_a_surname_without_its_article_is_the_same_person(
        text: str, expected: list[str]) -> None:
    assert len(people(text)) == 1
    assert mentions(text) == expected


# -- a given name and a surname that is a town's too, speaking ------------------------------
@pytest.mark.parametrize(("text", "name"), [
    ("Chipo Kabwe said the mine would reopen in March.", "Chipo Kabwe"),
    ("On Friday Farai Moyo said the budget was fair.", "Farai Moyo"),
    ("Haruto Okayama told reporters the plant was safe.", "Haruto Okayama"),
    ("Akosua Masaka says the clinic has no doctors.", "Akosua Masaka"),
])
def test_a_person_whose_surname_is_a_town_speaks(text: str, name: str) -> None:
    assert people(text) == {name}


# -- a role written with a capital inside a run, before a given name ------------------------
@pytest.mark.parametrize(("text", "name"), [
    ("Former Champion Lars Ekholm crashed twice on the descent.", "Lars Ekholm"),
    ("The race went to Olympic Champion Ama Serwaa-Owusu.", "Ama Serwaa-Owusu"),
    ("Defending Champion Ruth Abangira lost in the first round.", "Ruth Abangira"),
    ("Veteran Goalkeeper Kofi Mensah-Attoh retired on Friday.", "Kofi Mensah-Attoh"),
])
def test_a_capitalised_role_before_a_given_name_is_no_part_of_the_name(
        text: str, name: str) -> None:
    assert people(text) == {name}


# -- a month that is a given name, before a surname ------------------------------------------
@pytest.mark.parametrize(("text", "name"), [
    ("April Dlamini-Zulu said the clinic had run out of beds.", "April Dlamini-Zulu"),
    ("The club doctor, June Mahlaba, passed him fit.", "June Mahlaba"),
    ("Nurse August Tshabalala worked through the night.", "August Tshabalala"),
])
def test_a_month_that_is_a_given_name_opens_a_name(text: str, name: str) -> None:
    assert people(text) == {name}


@pytest.mark.parametrize("text", [
    "In June Tshabalala joined the board as its chair.",
    "The plant has been closed since April and reopens in August.",
])
def test_a_month_after_a_preposition_opens_no_name(text: str) -> None:
    assert not any(name.startswith(("June", "April", "August")) for name in people(text))


# -- a plural title before two names joined by "and" ----------------------------------------
@pytest.mark.parametrize(("text", "names"), [
    ("He served under Presidents Tolliver and Brackenbury.", {"Tolliver", "Brackenbury"}),
    ("Prime Ministers Hollister and Naseby signed the pact in 1962.",
     {"Hollister", "Naseby"}),
    ("Senators Kaminsky-Roe and Halvard voted against the bill.",
     {"Kaminsky-Roe", "Halvard"}),
])
def test_a_plural_title_covers_both_names(text: str, names: set[str]) -> None:
    assert people(text) == names


# -- a saint's name is no short form of a person's given name --------------------------------
def test_a_given_name_after_saint_is_no_short_form() -> None:
    text = ("Her brother, Olav Lindqvist-Berg, was a fisheries inspector. She won the St. Olav"
            " medal in 1991. Olav said he was proud.")
    assert mentions(text) == ["Olav", "Olav Lindqvist-Berg"]


def test_a_plural_title_word_inside_a_club_name_titles_no_one() -> None:
    found = people("Playing Sunday: Kings Park Wanderers v Harlow Vale")
    assert not any("Park" in name for name in found)


# -- a people or a movement in the plural, ending in a vowel and -s --------------------------
@pytest.mark.parametrize("text", [
    "The Kalenjin and the Kikuyu voted early. Kikuyus said they were worried.",
    "Zapatistas said the talks were over.",
    "Peronistas told reporters the vote was stolen.",
    "The Hausa and the Fula keep cattle. Fulas said the grazing was poor.",
])
def test_a_plural_of_a_people_or_a_movement_is_no_person(text: str) -> None:
    assert people(text) == set()


def test_a_surname_ending_in_a_vowel_and_s_still_speaks() -> None:
    text = "Ana Costa met Tomas Costas on Monday. Costas said the harbour would reopen."
    assert people(text) == {"Ana Costa", "Tomas Costas"}
    assert mentions(text) == ["Ana Costa", "Costas", "Tomas Costas"]


@pytest.mark.parametrize("text", [
    "The Lord Chancellor said the courts were underfunded.",
    "The Lord Mayor opened the flower show on Saturday.",
])
def test_a_peerage_before_an_office_names_no_one(text: str) -> None:
    assert people(text) == set()


def test_a_peerage_before_a_surname_that_is_a_title_still_names_a_peer() -> None:
    assert people("Lord King spoke against the bill in the upper house.") == {"King"}
