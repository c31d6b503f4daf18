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


@pytest.mark.parametrize("text, thing", [
    ("The King Hamad Causeway was shut for six hours on Monday.", "Hamad"),
    ("Runners gathered on the Karl Obermeier Allee before the start.", "Obermeier"),
    ("The Ines Carvalho Reading Room opens on Monday, librarian Rosa Pena said.", "Carvalho"),
    ("Guests at the Hotel Sandor Kertesz were moved after the fire.", "Kertesz"),
    ("Mechanics worked through the night in the Bertil Aronsson hangar.", "Aronsson"),
    ("The pupils of the Miriam Tebogo school won the quiz.", "Tebogo"),
    ("Flooding closed the General Obregón highway on Tuesday.", "Obregón"),
    ("The King Tomas Quellvik bridge was opened by the king's son.", "Quellvik"),
])
def test_more_heads_after_or_before_the_name_make_a_thing(text: str, thing: str) -> None:
    assert not any(thing in name for name in people(text))


@pytest.mark.parametrize("text, surname", [
    ("Dr. Ilse Varnova, who described Varnova's syndrome in 1988, retired on Friday.",
     "Varnova"),
    ("Patients with Quellmann's disease may benefit, said Dr. Lena Quellmann.", "Quellmann"),
    ("The model ignores Aldrich's law, said physicist Tom Aldrich.", "Aldrich"),
])
def test_a_disease_or_law_named_after_someone_is_no_mention(text: str, surname: str) -> None:
    assert mentions(text).count(surname) == 0


def test_a_persons_own_disease_keeps_the_person() -> None:
    assert "Jane Quellmann" in people("Jane Quellmann's disease worsened in May, her son said.")


def test_horses_beaten_by_a_neck_are_no_people() -> None:
    found = people("Silver Tamsin beat Lady Orla by a neck at Ascot, said trainer Sean Corr.")
    assert found == {"Sean Corr"}


def test_sprinters_beaten_by_a_head_stay_people() -> None:
    text = "Jane Roeland beat Ann Dovey by a head in the sprint final."
    assert {"Jane Roeland", "Ann Dovey"} <= people(text)


def test_an_officer_after_a_highway_named_after_his_rank_stays_a_person() -> None:
    text = "The General Quell highway reopened, said Gen. Tomas Quell."
    assert mentions(text) == ["Tomas Quell"]


@pytest.mark.parametrize("text, thing", [
    ("The MV Rukhsana Haque sank off Chattogram with 40 aboard.", "Haque"),
    ("Sailors of the HMS Edmund Quellwood rescued the crew.", "Quellwood"),
    ("The USS Tomas Rendell docked at Subic Bay on Friday.", "Rendell"),
])
def test_a_ships_prefix_makes_a_ship(text: str, thing: str) -> None:
    assert not any(thing in name for name in people(text))


def test_a_ship_named_again_after_the_opening_the_stays_a_ship() -> None:
    text = ("The MV Rukhsana Haque sank off Chattogram. The Rukhsana Haque was carrying "
            "rice, port official Tanvir Alam said.")
    assert people(text) == {"Tanvir Alam"}


def test_a_satellite_named_after_someone_is_no_person() -> None:
    text = "The Zhou Mingyuan satellite was launched from Jiuquan on Tuesday."
    assert not any("Mingyuan" in name for name in people(text))


@pytest.mark.parametrize("text, club", [
    ("Spartak Quellov signed a striker from Belgrade on Monday.", "Spartak Quellov"),
    ("Lokomotiv Harding signed Ivan Petrenko on Monday.", "Lokomotiv Harding"),
    ("Hapoel Rowe fired its coach after a fifth defeat.", "Hapoel Rowe"),
])
def test_a_clubs_first_word_makes_a_club_wherever_it_stands(text: str, club: str) -> None:
    assert not any(club.split()[-1] in name for name in people(text))


@pytest.mark.parametrize("text, thing", [
    ("Leading scores in the Magnus Ekdahl Invitational: 66 Lars Bergvik.", "Ekdahl"),
    ("Winners at the Memorial Pieter Vandamme meeting: 100m Kelvin Osei-Bonsu 9.98.",
     "Vandamme"),
    ("Chestnut Lady won the Prix Jean Quellard at Deauville on Sunday.", "Quellard"),
    ("Leo Marenco won the Gilles Quintal race in Montreal on Sunday.", "Quintal"),
    ("Scuderia Ferrandi said Leo Marenco would stay next season.", "Ferrandi"),
])
def test_events_and_teams_named_after_someone_are_no_people(text: str, thing: str) -> None:
    assert not any(thing in name for name in people(text))


@pytest.mark.parametrize("text, thing", [
    ("Her new perfume, Clara Vossberg Noir, sold out in Paris within a week.", "Vossberg"),
    ("The film Dear Evelyn Mosswood won three awards, director Paulo Reis said.",
     "Mosswood"),
    ("Sales of the Kenji Satomura Edition watch doubled, the company said.", "Satomura"),
])
def test_products_and_works_named_after_someone_are_no_people(text: str, thing: str) -> None:
    assert not any(thing in name for name in people(text))


def test_the_director_of_a_film_stays_a_person() -> None:
    assert "Evelyn Mosswood" in people("The film Evelyn Mosswood directed won three awards.")


@pytest.mark.parametrize("text, surname", [
    ("Hotelier Marta Adlovic said guests at the Adlovic, her family's hotel, were safe.",
     "Adlovic"),
    ("Tomas Brandvold's widow attended. Dinner was served at the Brandvold.", "Brandvold"),
    ("The band played the Quellmore in Leeds, said manager Ann Quellmore.", "Quellmore"),
])
def test_the_and_a_lone_surname_is_a_place_not_its_namesake(text: str, surname: str) -> None:
    assert mentions(text).count(surname) == 0


def test_the_and_a_surname_before_a_noun_stays_the_persons() -> None:
    text = "Governor Ana Quellmore spoke. The Quellmore administration denied it."
    assert mentions(text).count("Quellmore") == 1


def test_a_ring_name_in_single_quotes_before_the_name_is_no_person() -> None:
    text = "Mexican featherweight 'El Toro' Ramon Villacorta beat Carlos Bautista on points."
    assert people(text) == {"Ramon Villacorta", "Carlos Bautista"}
