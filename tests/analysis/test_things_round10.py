"""Things named after people (round 10), told by their context: a head noun after the
name (a lecture, a ground, a gallery, a theorem; a road, a park, a field, a march in
lower case), a street's or a museum's word of another language before it, a ship's kind
in an apposition after it, a family firm's word; and a surname inside such a name is not
the person of the text who shares it. Every example invented."""

from __future__ import annotations

import pytest

from tests.analysis.support import mentions, people


@pytest.mark.parametrize("text, thing", [
    ("The writer Kofi Anyidoho-Mensah will give the Clara Vessberg Lecture in Accra.",
     "Clara Vessberg"),
    ("Rain delayed play at the Sir Everton Oval on Friday, groundsmen said.", "Everton Oval"),
    ("Her prints hang in the Tomas Brandvik Gallery until May, curators said.",
     "Tomas Brandvik"),
    ("Astronomers at the Hilda Marquardt Observatory saw the comet first.", "Hilda Marquardt"),
    ("The proof of the Ostrova Conjecture took her eleven years, she said.", "Ostrova"),
    ("Shoppers crowded Lala Harnam Chowk before the festival, traders said.", "Lala Harnam"),
    ("The Jarrah Cove Regatta was won by a crew from Hobart.", "Jarrah Cove"),
])
def test_a_head_noun_after_the_name_makes_a_thing(text: str, thing: str) -> None:
    assert not any(thing.split()[-1] in name for name in people(text))


@pytest.mark.parametrize("text, thing", [
    ("Traffic was diverted from Ngo Quyen Thanh road after the pipe burst.", "Thanh"),
    ("Families picnicked in the Aurelio Bastos park on the holiday.", "Bastos"),
    ("Production at the Sigrun Hallvard field stopped after a leak, the operator said.",
     "Hallvard"),
    ("Output at the nearby Eskil Brandt platform was normal.", "Brandt"),
    ("Thousands joined the Thabo Lekota march through the city on Saturday.", "Lekota"),
    ("The Moritz Kaltenbach method is used in most clinics.", "Kaltenbach"),
    ("Visitors can walk to the Pedro IV gardens from the station.", "Pedro"),
])
def test_a_lower_case_head_noun_after_the_name_makes_a_thing(text: str, thing: str) -> None:
    assert not any(thing in name for name in people(text))


@pytest.mark.parametrize("text, thing", [
    ("The march starts at Praça Heitor Vasconcelos and ends at the stadium.", "Vasconcelos"),
    ("The bomb went off near Jalan Haji Sulaiman Rashid in the old town.", "Rashid"),
    ("The Museo Ramiro Echeverría reopened on Tuesday after repairs.", "Echeverría"),
    ("Fans gathered outside the Estadio Hilario Benítez before kick-off.", "Benítez"),
    ("Traffic on Rua Doutor Silvano Freitas was slow all morning.", "Freitas"),
])
def test_a_foreign_street_or_building_word_before_the_name_makes_a_place(
        text: str, thing: str) -> None:
    assert not any(thing in name for name in people(text))


def test_a_team_word_before_a_name_makes_a_team() -> None:
    found = people("Team Vercauteren-Maes placed two riders in the top five.")
    assert not any("Maes" in name for name in found)


@pytest.mark.parametrize("text, thing", [
    ("Passengers of the Queen Solveig, a ferry, were taken off by helicopter.", "Solveig"),
    ("Coast guards towed the Maria Estrela, a trawler registered in Aveiro, to port.",
     "Estrela"),
])
def test_a_ships_kind_in_an_apposition_makes_a_ship(text: str, thing: str) -> None:
    assert not any(thing in name for name in people(text))


@pytest.mark.parametrize("text, surname", [
    ("Producer Ilse Kranich said sales were down. The Kranich Theatre will close in May.",
     "Kranich"),
    ("The Kranich Theatre will close in May, producer Ilse Kranich said.", "Kranich"),
    ("Quarrie Brothers was founded by Amos Quarrie, who died in 1950.", "Quarrie"),
    ("Dr. Leila Haddour spoke first. The Haddour Lecture follows at noon.", "Haddour"),
])
def test_a_surname_inside_a_things_name_is_not_its_namesake(text: str, surname: str) -> None:
    assert mentions(text).count(surname) == 0


def test_a_family_firm_in_another_language_is_no_person() -> None:
    text = "Rival Bertolaccini Fratelli fell 3 percent in Milan trading."
    assert "Bertolaccini Fratelli" not in people(text)


@pytest.mark.parametrize("text, person", [
    # the people named beside such things stay people
    ("Jane Quarrie, who founded Quarrie & Partners, said the firm would grow.",
     "Jane Quarrie"),
    ("The Roeland Prize went to Ama Owusu-Ansah for her third novel.", "Ama Owusu-Ansah"),
    ("Gallery owner Tomas Brandvik said the show had sold out.", "Tomas Brandvik"),
    ("The Sigrun Hallvard field is named after geologist Sigrun Hallvard, who found it.",
     "Sigrun Hallvard"),
    ("A Mirela Kostova lecture on trade drew a full hall, organisers said.", "Mirela Kostova"),
    ("Rua Kereama, a teacher from Rotorua, said the school would reopen.", "Rua Kereama"),
    ("Mourners said the late Bheki Mthembu march leader had inspired them; Bheki Mthembu "
     "died in May.", "Bheki Mthembu"),
])
def test_people_beside_things_named_after_people_stay_people(text: str, person: str) -> None:
    assert person in people(text)
