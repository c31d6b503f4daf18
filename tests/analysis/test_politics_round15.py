"""People and speakers of issue 10 (political news): a pet form of a given name with the
same surname is the person named formally, and an "as ..." aside between a subject and its
verb keeps the subject. Every sentence and name is made up.
"""

from __future__ import annotations

import pytest

from reader.analysis import analyze
from reader.analysis.entities import find_entities


def _people(text: str) -> dict[str, int]:
    return {e.name: len(e.mentions) for e in find_entities(text) if e.kind == "person"}


# -- pet forms ------------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "name"), [
    ("Councilman Robert Tiller-Ames opened the session. Later, Bob Tiller-Ames, as the"
     " regulars know him, took questions.", "Robert Tiller-Ames"),
    ("Bill Quarshie-Lund spoke first. William Quarshie-Lund, the county clerk, runs the"
     " count.", "William Quarshie-Lund"),
    ("Margaret Oyelowo-Finch chairs the board; neighbours call her Peggy Oyelowo-Finch.",
     "Margaret Oyelowo-Finch"),
])
def test_a_pet_form_of_the_given_name_is_the_same_person(text: str, name: str) -> None:
    assert _people(text) == {name: 2}


def test_a_clipped_given_name_is_the_same_person() -> None:
    text = "Jonathan Kettleby chairs the panel. Later Jon Kettleby said he would stay."
    assert _people(text) == {"Jonathan Kettleby": 2}


def test_a_clipped_name_of_the_other_sex_is_another_person() -> None:
    text = "Dan Ferreira-Holm and Daniela Ferreira-Holm, his cousin, ran the stall."
    assert set(_people(text)) == {"Dan Ferreira-Holm", "Daniela Ferreira-Holm"}


def test_two_given_names_that_are_not_pet_forms_stay_two_people() -> None:
    text = "Jane Haverkamp and John Haverkamp, her husband, both voted for the levy."
    assert set(_people(text)) == {"Jane Haverkamp", "John Haverkamp"}


# -- an "as ..." aside after a subject ------------------------------------------------------
def test_an_as_aside_between_subject_and_verb_keeps_the_subject_for_he() -> None:
    text = ("Paul Ostrander-Lee runs the port. Victor Amankwah-Reid chairs the board."
            " \"We are done here,\" the chairman said.\n\n"
            "In the car park, Ostrander-Lee, as dockers call him, said he would not quit."
            " \"I have a contract,\" he said.")
    analysis = analyze(text)
    last = analysis.quotes[-1]
    assert last.speaker is not None
    entity = analysis.entity(last.speaker)
    assert entity is not None and entity.name == "Paul Ostrander-Lee"


# -- a name given in a relative clause ------------------------------------------------------
def _quotes(text: str) -> list[str]:
    return [q.text for q in analyze(text).quotes]


def test_a_title_case_name_in_a_relative_clause_of_naming_is_no_quote() -> None:
    text = ("Councillor Mina Achterhof-Sato presented a scheme, which she calls \"Green"
            " Lanes First,\" to the transport board on Tuesday.")
    assert _quotes(text) == []


def test_lower_case_words_there_stay_a_quote() -> None:
    text = ("Councillor Mina Achterhof-Sato opposed the levy, which she calls \"a tax on"
            " getting to work,\" at the transport board on Tuesday.")
    assert _quotes(text) == ["\"a tax on getting to work,\""]


def test_a_name_inside_reported_speech_stays_a_quote() -> None:
    text = ("Achterhof-Sato said the scheme, which officials call \"Green Lanes First,\""
            " would cut traffic.")
    assert _quotes(text) == ["\"Green Lanes First,\""]


# -- a fact check's headings ----------------------------------------------------------------
def test_a_fact_checks_headings_are_no_transcript_speakers() -> None:
    text = ("CLAIM CHECKED\n\n"
            "THE CLAIM: \"Crime fell by half on my watch,\" Mayor Otto Brandvik-Sahl told"
            " a town hall in May.\n\n"
            "THE FACTS: Police figures show reported crime fell 18 percent.\n\n"
            "OUR RULING: Mostly false.")
    analysis = analyze(text)
    [quote] = analysis.quotes
    assert quote.speaker is not None
    entity = analysis.entity(quote.speaker)
    assert entity is not None and entity.name == "Otto Brandvik-Sahl"


# -- an ad's title ----------------------------------------------------------------------------
def test_the_title_of_an_ad_after_a_quoted_claim_is_no_quote() -> None:
    text = ("\"The levy pays for itself,\" Councillor Ines Marchbank-Oyo says in a mailer"
            " and a radio ad, \"Fair Share Fulton,\" paid for by her campaign.")
    assert _quotes(text) == ["\"The levy pays for itself,\""]


# -- "Speaker ... of Georgia" -----------------------------------------------------------------
def test_a_speaker_of_georgia_is_of_the_us_state() -> None:
    text = "House Speaker Orrin Delamere of Georgia scheduled the vote for Thursday."
    assert [e.code for e in find_entities(text) if e.kind == "country"] == []


# -- a generational suffix --------------------------------------------------------------------
def test_the_short_form_of_a_name_with_a_suffix_is_its_surname_even_a_citys() -> None:
    text = ("The defence lawyer, Marcus Orlando III, asked for a delay. \"We need time,\""
            " Mr. Orlando said.")
    assert [[text[a:b] for a, b in e.mentions] for e in find_entities(text)
            if e.kind == "person"] == [["Marcus Orlando III", "Orlando"]]


# -- polls named like people ------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "The latest Harrowgate Poll has the mayor four points behind.",
    "According to the Quillon Survey, turnout will be low.",
    "A Harrowgate Poll survey released on Friday showed Ostrom ahead by six points."
    " \"That might be worth two points,\" said Terrence Vail, a pollster.",
])
def test_a_poll_named_by_a_word_and_poll_is_an_organisation(text: str) -> None:
    kinds = {e.name: e.kind for e in find_entities(text)}
    assert all(kind != "person" for name, kind in kinds.items() if "Vail" not in name), kinds


# -- a US state's demonym ---------------------------------------------------------------------
@pytest.mark.parametrize("word", ["Californian", "Ohioan", "Texan", "New Yorker", "Oregonian"])
def test_a_states_demonym_in_apposition_is_no_person(word: str) -> None:
    text = f"Harold Ventimiglia spoke first. \"Not today,\" Ventimiglia, a {word}, replied."
    assert [e.name for e in find_entities(text) if e.kind == "person"] == ["Harold Ventimiglia"]


# -- a time of day in -ing before a participle of saying --------------------------------------
def test_a_time_of_day_before_saying_leaves_it_a_verb() -> None:
    text = ("Mayor Lidia Farrow-Sands lost the vote. Her office released a note that evening"
            " saying the mayor \"will keep fighting for the depot.\"")
    analysis = analyze(text)
    [quote] = analysis.quotes
    assert quote.speaker is not None
    entity = analysis.entity(quote.speaker)
    assert entity is not None and entity.name == "Lidia Farrow-Sands"
