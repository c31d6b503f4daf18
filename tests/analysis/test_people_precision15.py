"""People precision of round 15 on encyclopedic wire: a craft named or called so after its
kind and named again, a storm's name of two words named again without its kind, a
competitor's whole name of three words before the country in brackets, "Olympian" before
a name, and a Korean family name that is also an interjection ("Oh"). Every sentence and
name is made up.
"""

from __future__ import annotations

from reader.analysis.entities import find_entities
from tests.analysis.support import people


def _mentions(text: str) -> dict[str, list[str]]:
    return {e.name: [text[s:t] for s, t in e.mentions]
            for e in find_entities(text) if e.kind == "person"}


# -- a craft named after its kind, and named again --------------------------------------
def test_a_craft_named_after_its_kind_is_no_one_wherever_named() -> None:
    text = ("A Ruritanian deep-space orbiter named Ana Quell-Roe reached Mars on Monday. "
            "Engineer Tomas Dorrit said the Ana Quell-Roe would study dust storms. "
            "A rover called Perrin will follow in 2031.")
    assert people(text) == {"Tomas Dorrit"}


# -- a storm named again without its kind ------------------------------------------------
def test_a_storm_of_two_words_named_again_is_no_one() -> None:
    text = ("MARBECK — Typhoon Lien Sao, the strongest storm of the year, flooded the coast. "
            "Governor Elsbeth Varro said roads were shut. Lien Sao weakened as it moved "
            "north.")
    assert people(text) == {"Elsbeth Varro"}


# -- a competitor's whole name in a results row ------------------------------------------
def test_a_results_row_keeps_a_place_opening_a_three_word_name() -> None:
    text = ("Results:\nWomen's long jump: 1. Ana Roe (France) 6.71 2. Victoria Santos "
            "Quellar (Portugal) 6.52 3. Tomasz Doe (Poland) 6.40\n")
    assert "Victoria Santos Quellar" in people(text)


# -- "Olympian" before a name -------------------------------------------------------------
def test_olympian_is_no_part_of_the_name() -> None:
    assert people("Her coach, the former Olympian Dario Vessen, said she would rest.") == {
        "Dario Vessen"}


# -- "Oh", a Korean family name and an interjection --------------------------------------
def test_oh_before_a_hyphenated_korean_given_name_opens_the_name() -> None:
    text = ('Researcher Oh Tae-ryun said the data looked clean. "Oh, well," a colleague '
            'said. "Oh no." Oh said the next test is in May.')
    assert _mentions(text) == {"Oh Tae-ryun": ["Oh Tae-ryun", "Oh"]}


# -- a boat's number after its name ------------------------------------------------------
def test_a_name_after_the_and_before_a_hull_number_is_a_boat() -> None:
    text = ("Officer Lena Varro said the crews of the Ana Quell 07 and the Tomas Roe 12 had "
            "radioed at night.")
    assert people(text) == {"Lena Varro"}


def test_a_race_number_after_the_is_not_a_hull_number() -> None:
    assert "Ana Quell" in people("He ran the Elston 10,000 with Ana Quell 12 times.")


# -- a firm named after its partners, set off after its kind -----------------------------
def test_a_firm_set_off_after_its_kind_is_a_body() -> None:
    text = ("Architect Mira Tanabe died in 2009. Her firm, Tanabe Kuroda Sekkei, is now "
            "run by her former student Ren Kuroda.")
    ents = find_entities(text)
    assert {e.name for e in ents if e.kind == "person"} == {"Mira Tanabe", "Ren Kuroda"}
    assert "Tanabe Kuroda Sekkei" in {e.name for e in ents if e.kind == "organization"}


# -- a hall named like a person, set off after "the" -------------------------------------
def test_a_name_after_the_with_a_building_apposition_is_a_place() -> None:
    text = ("She sang at the Mira Dasgupta, a hall named after the singer, with the drummer "
            "Pandit Ravi Ghoshan.")
    assert people(text) == {"Ravi Ghoshan"}


def test_a_person_with_a_hall_job_in_apposition_is_still_a_person() -> None:
    assert people("Tom Roekel, a hall porter, said so.") == {"Tom Roekel"}


# -- a firm's trade word of another language ending its name -----------------------------
def test_a_foreign_trade_word_ends_a_firm_named_after_its_founder() -> None:
    text = ("The builder named in the report, Demir Yapı, said it respected the ruling. "
            "Its chairman, Emre Demir, did not comment. Sato Kogyo shares fell.")
    ents = find_entities(text)
    assert {e.name for e in ents if e.kind == "person"} == {"Emre Demir"}
    assert {"Demir Yapı", "Sato Kogyo"} <= {e.name for e in ents if e.kind == "organization"}


# -- a glottal stop written before a Polynesian name -------------------------------------
def test_a_glottal_stop_before_a_name_is_part_of_it() -> None:
    text = "The youngest crew member, 'Isileli Vake, 19, kept the ship's log."
    assert set(_mentions(text)) == {"'Isileli Vake"}
    text = "Navigator \u02bbOfa Tupou said the crew slept little."
    assert set(_mentions(text)) == {"\u02bbOfa Tupou"}


def test_an_opening_single_quote_before_a_name_is_no_part_of_it() -> None:
    assert people("She met 'Ana Roeland' at home.") == {"Ana Roeland"}


# -- a canoe named like a person ---------------------------------------------------------
def test_a_canoe_after_its_kind_is_no_one() -> None:
    text = "The voyaging canoe Ana Marbeck reached the harbour. Navigator Tom Quellan said so."
    assert people(text) == {"Tom Quellan"}
