"""Things named like people (round 9): grounds in lines of results, a driver's car or a
rider's team after the country, horses before their odds, market indices, works whose
name opens with a character's title, firms after their staff. Every example invented."""

from __future__ import annotations

import pytest

from reader.analysis.entities import find_entities
from tests.analysis.support import mentions, people

_HEAD = "Results of the day.\n"


@pytest.mark.parametrize("text, thing", [
    (_HEAD + "At Kellbrook Wells: Marshire 301 (T. Quell 88), Elstonshire 144.", "Kellbrook Wells"),
    (_HEAD + "At Hartley Green (Elston): Quellshire beat Doeshire by six wickets.",
     "Hartley Green"),
    (_HEAD + "At Abbot Heath: Norrick 244-6 (J. Penhallow 102).", "Abbot Heath"),
    (_HEAD + "Marcombe Vale: Quellshire 214 (P. Rourke 84), Doeshire 90-2.", "Marcombe Vale"),
])
def test_a_ground_opening_a_line_of_results_is_no_person(text: str, thing: str) -> None:
    found = people(text)
    assert thing not in found
    assert not any(thing.split()[-1] in name for name in found)


def test_a_ground_named_again_in_the_report_stays_a_ground() -> None:
    text = (_HEAD + "At Kellbrook Wells: Marshire 301, Elstonshire 144.\n"
            "Rain stopped play at Kellbrook Wells after lunch.")
    assert "Kellbrook Wells" not in " ".join(mentions(text))


def test_a_speaker_before_a_colon_is_still_a_person() -> None:
    text = "Notes from the hearing.\nJane Rourke-Abbot: We will appeal the ruling.\n"
    text += "Jane Rourke-Abbot said the ruling was wrong."
    assert "Jane Rourke-Abbot" in people(text)


@pytest.mark.parametrize("text, team", [
    (_HEAD + "1. Anton Verhoek (Netherlands), Marlin Ford, 1:31.552\n"
     "2. Kenji Morisato (Japan), Penrose Holt, 1:31.880", "Marlin Ford"),
    (_HEAD + "1. Lars Otterby (Sweden) Halvard Peugeot 2 hours 10:21.3", "Halvard Peugeot"),
    (_HEAD + "1. Piet Mulder (Netherlands) Rabofort 4:21:33\n"
     "2. Jose Arrieta (Spain) Banesta Grupo same time", "Banesta Grupo"),
])
def test_a_car_or_team_after_the_drivers_country_is_no_person(text: str, team: str) -> None:
    found = people(text)
    assert team not in found
    assert "Anton Verhoek" in found or "Lars Otterby" in found or "Piet Mulder" in found


def test_people_listed_with_their_countries_stay_people() -> None:
    text = (_HEAD + "The medallists were Ana Quellberg (Chile), Tomas Rourke (Peru) and "
            "Mei Abbotsford (Kenya).")
    assert {"Ana Quellberg", "Tomas Rourke", "Mei Abbotsford"} <= people(text)


def test_a_runner_after_a_country_and_his_time_stays_a_person() -> None:
    text = _HEAD + "1. Ana Quellberg (Chile) 2:10:11, Tomas Rourke (Peru) 2:11:02"
    assert {"Ana Quellberg", "Tomas Rourke"} <= people(text)


@pytest.mark.parametrize("text, horse", [
    ("Racing at Elston.\n1. Lady Pemberton 5-2 favourite (ridden by Tom Quell)\n"
     "2. Captain Harrow 7-1 (Ann Doe)\n3. Silver Abbot 12-1", "Pemberton"),
    ("Racing at Elston.\n1. Lady Pemberton 5-2 favourite (ridden by Tom Quell)\n"
     "2. Captain Harrow 7-1 (Ann Doe)\n3. Silver Abbot 12-1", "Harrow"),
    ("Racing at Elston.\nWinner: Prince Tarquin 9-4 fav, trained by Ann Doe.", "Tarquin"),
    ("Racing at Elston.\n1. Duke Alban 3-1 joint-favourite (Ann Doe)\n2. Lady Mirren 8-1",
     "Alban"),
])
def test_a_horse_before_its_odds_is_no_person(text: str, horse: str) -> None:
    found = people(text)
    assert not any(horse in name for name in found)
    assert "Ann Doe" in found


@pytest.mark.parametrize("text", [
    "The Bexley Gray composite index closed down 14 points.",
    "The Dow Quell industrial average rose 12 points to 5,310.",
    "The Marbeck Elston all-share index fell for a third day.",
])
def test_a_market_index_named_after_people_is_no_person(text: str) -> None:
    assert people(text) == set()


@pytest.mark.parametrize("text, thing", [
    ("The song Sister Moon topped the charts in Seoul for ten weeks.", "Moon"),
    ("Her debut novel Lady Orchid was translated into twelve languages.", "Orchid"),
    ('The film "Captain Ahab Returns" opened on Friday.', "Ahab"),
    ("Fans queued for the play “King Tomas and the Sea” all week.", "Tomas"),
])
def test_a_work_named_after_a_character_is_no_person(text: str, thing: str) -> None:
    assert not any(thing in name for name in people(text))


def test_an_office_before_a_name_after_a_work_stays_a_person() -> None:
    text = "The memoir President Tamsin Quell wrote in exile sold well."
    assert "Tamsin Quell" in people(text)


def test_brokers_at_a_firm_named_like_a_person() -> None:
    assert people("Brokers at Harlan Whitby said the bond was cheap.") == set()


@pytest.mark.parametrize("text, firm", [
    ("Carmaker Vestra Holm said sales rose 5 percent.", "Vestra Holm"),
    ("Toymaker Benny Bloom reported a profit.", "Benny Bloom"),
    ("Sales were weak. Insurer Tamsin Quell posted a loss.", "Tamsin Quell"),
])
def test_a_firms_kind_opening_the_sentence_makes_a_firm(text: str, firm: str) -> None:
    found = find_entities(text)
    assert not [e for e in found if e.kind == "person"]
    assert firm in {e.name for e in found if e.kind == "organization"}


@pytest.mark.parametrize("text", [
    "Producer Jane Roe said the film would open in May.",
    "Publisher Tom Abbot said sales rose.",
])
def test_a_persons_trade_opening_the_sentence_keeps_the_person(text: str) -> None:
    assert len(people(text)) == 1


@pytest.mark.parametrize("text, firm", [
    ("Penhallow Rourke, the Elston law firm, said it had advised the buyers.",
     "Penhallow Rourke"),
    ("Fenwick Dale, the engineering group, won a contract in Peru.", "Fenwick Dale"),
    ("The buyers hired Rourke Bell, a small insurer based in Elston.", "Rourke Bell"),
])
def test_a_firms_kind_in_the_apposition_makes_a_firm(text: str, firm: str) -> None:
    found = find_entities(text)
    assert not [e for e in found if e.kind == "person"]
    assert firm in {e.name for e in found if e.kind == "organization"}


@pytest.mark.parametrize("text", [
    "Jane Roe, the firm's founder, said the deal was fair.",
    "Jane Roe, the founder of the firm, said the deal was fair.",
    "Tomas Quell, a firm believer in free trade, spoke first.",
    "Ana Rourke, the bank chief, resigned on Friday.",
])
def test_a_person_described_by_a_firm_stays_a_person(text: str) -> None:
    assert len(people(text)) == 1


@pytest.mark.parametrize("text", [
    "Police in Royal Wells said two men were held. Royal Wells has 9,000 people.",
    "The farm near Kellbrook Green was flooded.",
    "Buses from Abbot Heath were cancelled.",
])
def test_a_town_ending_in_a_surname_after_a_places_preposition(text: str) -> None:
    assert people(text) == set()


@pytest.mark.parametrize("text, person", [
    ("The deal was signed at Jane Hill's home in the capital.", "Jane Hill"),
    ("Voters showed confidence in Tomas Green, the mayor.", "Tomas Green"),
    ("A role in Ann Wood's cabinet was offered to him.", "Ann Wood"),
])
def test_a_person_with_such_a_surname_after_in_stays_a_person(text: str, person: str) -> None:
    assert person in people(text)


def test_a_firm_ending_in_such_a_word_after_its_staff_stays_a_firm() -> None:
    text = '"Rates will fall," said Ann Quell, an economist at Darrow Hill in Elston.'
    found = find_entities(text)
    assert "Darrow Hill" in {e.name for e in found if e.kind == "organization"}
    assert people(text) == {"Ann Quell"}


@pytest.mark.parametrize("text, clubs", [
    (_HEAD + "Red Falcon (Latvia) beat Kestrel (Estonia) 81-77 (at half-time 40-38)",
     {"Red Falcon", "Kestrel"}),
    (_HEAD + "Hadley Vale (England) drew with Kellbrook Moor (Wales) 1-1", {"Hadley Vale"}),
])
def test_clubs_with_their_countries_in_a_result_of_one_score(text: str, clubs: set[str]) -> None:
    found = find_entities(text)
    assert not [e for e in found if e.kind == "person"]
    assert clubs <= {e.name for e in found if e.kind == "organization"}


@pytest.mark.parametrize("text, players", [
    (_HEAD + "Ana Quellberg (Chile) beat Mei Rourke (Peru) 6-3 6-4",
     {"Ana Quellberg", "Mei Rourke"}),
    (_HEAD + "Tomas Rourke (Ghana) beat Ivo Marsh (Kenya) 5-0.", {"Tomas Rourke", "Ivo Marsh"}),
])
def test_players_with_their_countries_in_a_result_stay_people(text: str,
                                                              players: set[str]) -> None:
    assert players <= people(text)


def test_clubs_before_a_players_position_are_no_people() -> None:
    text = "The former Hadley Vale and Quellton skipper joined the club on Friday."
    found = find_entities(text)
    assert not [e for e in found if e.kind == "person"]
    assert {"Hadley Vale", "Quellton"} <= {e.name for e in found if e.kind == "organization"}


def test_a_player_after_his_former_clubs_position_stays_a_person() -> None:
    text = "The former Arkwell United striker Tom Quell signed for the club."
    assert people(text) == {"Tom Quell"}


@pytest.mark.parametrize("text", [
    "Racing news.\nPrince Alban, the 3-1 favourite, won the Elston Stakes.",
    "The boat Tom Quell sank off the coast on Sunday.",
    "The catamaran Lady Mirren capsized near the harbour.",
])
def test_horses_and_boats_named_like_people(text: str) -> None:
    assert people(text) == set()


@pytest.mark.parametrize("text", [
    "Nomadic Tuaregs said on Monday they would resist.",
    "Ethnic Quellanders said they had been driven out.",
    "Hardline Marbeckists said the vote was rigged.",
])
def test_a_peoples_plural_after_an_adjective_opening_the_sentence(text: str) -> None:
    assert people(text) == set()


@pytest.mark.parametrize("text, person", [
    ("Dominic Levits said the vote was fair.", "Dominic Levits"),
    ("Bilal Quellands said the vote was fair.", "Bilal Quellands"),
])
def test_a_given_name_before_a_surname_ending_in_s_stays_a_person(text: str,
                                                                  person: str) -> None:
    assert person in people(text)


@pytest.mark.parametrize("text, thing", [
    ("But Le Quell newspaper, quoting witnesses, said ten people died.", "Le Quell"),
    ("Passengers on a Tasman Air flight were stranded.", "Tasman Air"),
    ("The attack was blamed on a hacker collective known as Grey Quell.", "Grey Quell"),
    ("Marbeck Abbot CEO resigns after losses.", "Marbeck Abbot"),
    ("Senators grilled Quellbank Abbot CEO Tom Roe on Tuesday.", "Quellbank Abbot"),
])
def test_a_body_named_like_a_person_by_what_follows_or_precedes(text: str,
                                                                thing: str) -> None:
    found = find_entities(text)
    assert thing in {e.name for e in found if e.kind == "organization"}
    assert not any(thing in name for name in people(text))


def test_a_columnist_before_newspaper_and_a_man_named_stay_people() -> None:
    assert people("The Jane Roe newspaper column was popular.") == {"Jane Roe"}
    assert people("A man named Tom Quell was arrested.") == {"Tom Quell"}


def test_a_body_told_by_its_context_is_the_body_where_named_again() -> None:
    text = ("Carmaker Vestra Holm said sales rose. Vestra Holm said it would hire. "
            "Vestra Holm shares rose.")
    found = find_entities(text)
    assert people(text) == set()
    body = next(e for e in found if e.name == "Vestra Holm")
    assert body.kind == "organization" and len(body.mentions) == 3


def test_a_team_named_like_a_person_in_a_standings_row_is_no_person() -> None:
    text = ("SOCCER - STANDINGS.\nStandings (played, won, drawn, lost, for, against, "
            "points):\nElston 5 4 1 0 11 2 13\nAnita Vale 5 2 0 3 6 8 6\n")
    assert people(text) == set()


def test_golfers_with_their_rounds_stay_people() -> None:
    text = ("GOLF - SCORES.\nLeading scores:\nTomas Quell 70 68 71 69 278\n"
            "Ana Rourke 71 70 70 68 279\n")
    assert {"Tomas Quell", "Ana Rourke"} <= people(text)


@pytest.mark.parametrize("text", [
    "Climbers reached the summit of Cerro Tomas on Sunday.",
    "The eruption of Nevado Quispe forced evacuations.",
    "Villagers in Kampung Ahmad were evacuated.",
    "Divers searched off Pulau Ismail after the crash.",
    "Shelling hit Beit Hamid overnight, residents said.",
    "The dam at Khor Rashid was breached.",
    "Rains flooded Tanjung Karim overnight.",
])
def test_a_place_opened_by_a_generic_word_of_another_language(text: str) -> None:
    assert people(text) == set()


def test_a_firms_results_after_its_possessive() -> None:
    assert people("Quellson Holt's first-half loss widened to $4 million.") == set()
    assert people("Jane Roe's profits from the book went to charity.") == {"Jane Roe"}
