"""The entity finder on more invented wire items: honorifics of many languages, bylines
and surnames in capitals. Every name and event here is made up."""

from __future__ import annotations

from reader.analysis.entities import find_entities
from reader.analysis.model import Entity


def people(text: str) -> dict[str, Entity]:
    return {e.name: e for e in find_entities(text) if e.kind == "person"}


def surfaces(text: str, entity: Entity) -> list[str]:
    return [text[s:e] for s, e in entity.mentions]


# -- honorifics of other languages are titles, not names ------------------------------
def test_fijian_malay_and_burmese_honorifics_are_left_out_of_the_name() -> None:
    text = ("Chief Ratu Epeli Vanuavou opened the meeting. Datuk Seri Azmin Kassim spoke"
            " next, and Daw Nwe Nwe Aye answered questions.")
    assert set(people(text)) == {"Epeli Vanuavou", "Azmin Kassim", "Nwe Nwe Aye"}


def test_a_south_asian_religious_title_is_left_out_and_tells_the_sex() -> None:
    text = "Maulana Imtiaz Qasmi led the prayers at the new mosque in Quetta."
    found = people(text)
    assert set(found) == {"Imtiaz Qasmi"}
    assert found["Imtiaz Qasmi"].gender == "male"


def test_the_burmese_u_before_a_name() -> None:
    text = "The lawyer, U Thein Zaw Lin, said the appeal would be heard next month."
    assert set(people(text)) == {"Thein Zaw Lin"}


def test_pak_is_a_title_before_a_given_name_and_a_surname_otherwise() -> None:
    assert set(people("Pak Harun mends nets by the river every morning.")) == {"Harun"}
    assert set(people("Golfer Pak Min-seo won the title by two strokes.")) == {
        "Pak Min-seo"}


def test_a_capital_whose_name_holds_an_honorific_is_still_a_place() -> None:
    # Where talks are held, the capital is a place (no person, and not the government);
    # where it acts, it stands for the country.
    assert find_entities("Talks resume in Bandar Seri Begawan on Monday.") == []
    found = find_entities("Bandar Seri Begawan objected on Monday.")
    assert [(e.kind, e.code) for e in found] == [("country", "BN")]


# -- capitals --------------------------------------------------------------------------
def test_a_byline_in_capitals_names_its_writers() -> None:
    text = ("FLOODS CLOSE MARKETS\n\nBY NKECHI ADAORA AND TOMASZ WREL, WIRE STAFF\n\n"
            "Traders stayed home on Monday.")
    found = people(text)
    assert set(found) == {"Nkechi Adaora", "Tomasz Wrel"}
    assert surfaces(text, found["Nkechi Adaora"]) == ["NKECHI ADAORA"]


def test_a_byline_naming_an_agency_is_no_person() -> None:
    text = "STORM NEARS COAST\n\nBY THE WIRE SERVICE\n\nRain fell on Monday."
    assert people(text) == {}


def test_a_byline_in_capitals_before_a_name_in_title_case() -> None:
    text = "BY Jorunn Vaskeli\n\nOSLO - The ferry strike ended on Friday."
    assert set(people(text)) == {"Jorunn Vaskeli"}


def test_a_known_surname_written_in_capitals_in_running_text_is_a_mention() -> None:
    text = ("Opposition leader Wairimu Njoroge-Kanja spoke on Saturday. NJOROGE-KANJA,"
            " speaking in Nakuru, accused the board of bias. The NATO envoy declined.")
    found = people(text)
    assert set(found) == {"Wairimu Njoroge-Kanja"}
    assert surfaces(text, found["Wairimu Njoroge-Kanja"]) == [
        "Wairimu Njoroge-Kanja", "NJOROGE-KANJA"]


def test_surnames_with_an_apostrophe_or_mc_in_a_headline_in_capitals() -> None:
    text = ("RUGBY - O'DARREN AND MCTAVISH LEAD THE WAY\n\nFly-half Liam O'Darren and lock"
            " Ewan McTavish scored tries.")
    found = people(text)
    assert surfaces(text, found["Liam O'Darren"])[0] == "O'DARREN"
    assert surfaces(text, found["Ewan McTavish"])[0] == "MCTAVISH"
