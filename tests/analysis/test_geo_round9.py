"""Countries, ninth round: what names no country though a country's name, demonym or
capital is in it. A demonym opening a competition's or a league's name ("the Quellish
Open", "ELSTONIAN FIRST DIVISION RESULTS"); a capital ending a club's name in a line of
results, or standing alone for a club there; a country's name and a city as a club; a
capital ending a body's name after "of"; a capital one travels to; a capital before a
lower-case noun of a negotiation ("the Doha round"); a ship or an airline opening a
sentence with a country's name; a river named like its country; a firm named by a
demonym and its trade. Every club, firm and person here is made up (the countries,
capitals and cities are real)."""

from __future__ import annotations

import pytest

from reader.analysis.entities import find_entities


def codes(text: str) -> list[str]:
    return sorted(e.code or "" for e in find_entities(text) if e.kind == "country")


def orgs(text: str) -> list[str]:
    return sorted(e.name for e in find_entities(text) if e.kind == "organization")


@pytest.mark.parametrize("text", [
    "Mira Holt took the Austrian Open title in straight sets on Sunday.",
    "GOLF - SCORES AT THE DUTCH OPEN.\nLeading scores after the first round:\n66 Peter Quarm\n",
    "MOTOR RACING - HUNGARIAN GRAND PRIX GRID.\nGrid for Sunday's race:\n1. Tom Varga\n",
    "Results of the Belgian Grand Prix on Sunday: 1. Tom Varga 1:30:11",
    "SOCCER - SCOTTISH CUP THIRD ROUND RESULTS.\nQuellbank 2 Marbeck Thistle 0\n",
    "Elsa Brandt won the Swedish Masters by two shots.",
    "SOCCER - ROMANIAN FIRST DIVISION RESULTS.\nQuellbank 2 Marbeck Thistle 0\n",
    "Standings in the Portuguese first division after Sunday's games:\nQuellbank 5 4 1 0\n",
    "SOCCER - IRISH LEAGUE RESULTS.\nQuellbank 2 Marbeck Thistle 0\n",
    "CYCLING - SWISS TOUR STAGE RESULTS.\n1. Tom Varga 4 hours 12 minutes\n",
])
def test_a_demonym_opening_a_competition_or_league_is_no_country(text: str) -> None:
    assert codes(text) == []


@pytest.mark.parametrize(("text", "code"), [
    ("ATHLETICS - KENYAN WINS MARATHON.\nKenyan Tom Varga won on Sunday.", "KE"),
    ("The Swedish team won the relay.", "SE"),
    ("BRITISH SHARES FALL ON RATE FEARS", "GB"),
    ("The Brazilian real fell 2 percent on Monday.", "BR"),
    ("Dutch voters go to the polls in March.", "NL"),
])
def test_a_demonym_in_passing_still_names_its_country(text: str, code: str) -> None:
    assert codes(text) == [code]


@pytest.mark.parametrize(("text", "clubs"), [
    ("SOCCER - LEAGUE RESULTS.\nMeridian Bucharest 2 Kestrel Bucharest 1\n"
     "Rapid Quellov 0 Otava Galati 0\n", ["Kestrel Bucharest", "Meridian Bucharest"]),
    ("Dinamo Tirana 2 Vorta Shkoder 1\n", ["Dinamo Tirana"]),
    ("Harbour Sofia beat Kestrel Plovdiv 2-1 on Sunday.", ["Harbour Sofia"]),
])
def test_a_capital_ending_a_club_in_results_is_no_country(text: str,
                                                          clubs: list[str]) -> None:
    found = orgs(text)
    assert codes(text) == []
    assert all(club in found for club in clubs)


def test_a_capital_alone_for_its_club_in_a_line_of_results() -> None:
    text = "RUGBY LEAGUE - RESULTS.\nCanberra 24 Quellbay 10\nQuellbay 12 Canberra 30\n"
    assert codes(text) == []
    assert "Canberra" in orgs(text)


@pytest.mark.parametrize("text", [
    "CANBERRA 2026-03-02\nAustralia's cabinet met on Monday.",
    "Canberra said on Monday it would review the deal.",
])
def test_a_capital_outside_a_line_of_results_keeps_its_country(text: str) -> None:
    assert codes(text) == ["AU"]


def test_a_country_and_a_city_before_a_score_are_a_club() -> None:
    text = "Austria Vienna 3 Quellgau Graz 1\nHungary beat Slovakia 2-0.\n"
    assert codes(text) == ["HU", "SK"]
    assert "Austria Vienna" in orgs(text)


@pytest.mark.parametrize("text", [
    "He studied at the American University of Beirut before the war.",
    "She lectures at the University of Nairobi.",
    "Ships waited outside the Port of Dakar for a week.",
])
def test_a_capital_ending_a_bodys_name_after_of_is_no_government(text: str) -> None:
    assert "LB" not in codes(text) and "KE" not in codes(text) and "SN" not in codes(text)


@pytest.mark.parametrize("text", [
    "Quellair resumed flights to Ulaanbaatar on Monday.",
    "The new road to Kabul was opened by engineers.",
    "The pipeline to Ankara will carry gas from the coast.",
])
def test_a_capital_one_travels_to_is_no_government(text: str) -> None:
    assert codes(text) == []


def test_a_capital_one_writes_to_is_still_its_government() -> None:
    assert codes("The envoy sent a letter to Kabul on Monday.") == ["AF"]


@pytest.mark.parametrize("text", [
    "Trade ministers revived the Doha round on Friday.",
    "The Minsk process stalled again in the spring.",
    "The Bangkok consensus on fishing rights was signed by eight states.",
])
def test_a_capital_naming_a_negotiation_is_no_government(text: str) -> None:
    assert codes(text) == []


@pytest.mark.parametrize("text", [
    "Air Jamaica cut fares on its routes to Miami.",
    "HMS Argentina sailed from Portsmouth on Monday.",
    "The crew of the MV Tanzania was rescued.",
])
def test_a_company_or_ship_opening_with_a_countrys_name(text: str) -> None:
    assert codes(text) == []


@pytest.mark.parametrize("text", [
    "Boats carried copper down the Congo river for weeks.",
    "Oil spills have fouled the Niger delta for decades.",
])
def test_a_river_named_like_its_country(text: str) -> None:
    assert codes(text) == []


def test_a_firm_named_by_a_demonym_and_its_trade() -> None:
    assert codes("Korean Air bought ten freighters on Monday.") == []
    assert codes("A Korean airline bought ten freighters.") == ["KR"]


@pytest.mark.parametrize(("text", "name"), [
    ("The Ministry of Foreign Affairs and Regional Cooperation said talks would resume.",
     "Ministry of Foreign Affairs and Regional Cooperation"),
    ("The Department of Health and Social Services issued a rule.",
     "Department of Health and Social Services"),
    ("The Ministry of Trade and Industry cut the tariff.", "Ministry of Trade and Industry"),
])
def test_an_of_chain_ending_in_and_two_words(text: str, name: str) -> None:
    assert orgs(text) == [name]


def test_an_of_chain_stops_before_a_person() -> None:
    text = "The Ministry of Defence and Jane Roe signed the contract."
    assert orgs(text) == ["Ministry of Defence"]


@pytest.mark.parametrize(("text", "name"), [
    ("Quellmark Energy said on Monday its profit fell.", "Quellmark Energy"),
    ("Dorvan Aviation ordered six turboprops.", "Dorvan Aviation"),
    ("The Marbeck Chamber of Commerce elected a new head.", "Marbeck Chamber of Commerce"),
])
def test_a_firm_named_by_its_trade(text: str, name: str) -> None:
    assert orgs(text) == [name]


@pytest.mark.parametrize("text", [
    "Shipping stocks fell on Monday.",
    "Energy prices rose for a third week.",
    "Energy Minister Jane Roe said prices would rise.",
])
def test_a_trade_word_alone_names_no_firm(text: str) -> None:
    assert orgs(text) == []


def test_a_trade_word_before_and_opens_a_ministrys_name() -> None:
    assert orgs("The Energy and Mines Ministry issued a permit.") == [
        "Energy and Mines Ministry"]


@pytest.mark.parametrize(("text", "code"), [
    ("The Bosnian Serb leader rejected the plan.", "BA"),
    ("Kosovo Albanian parties won most seats.", "XK"),
    ("Afghan Uzbek militias held the pass.", "AF"),
])
def test_a_demonym_after_another_names_a_people_of_the_first(text: str, code: str) -> None:
    assert codes(text) == [code]


@pytest.mark.parametrize("text", [
    "Herders in Inner Mongolia lost cattle to the snow.",
    "Tabriz is the biggest city of East Azerbaijan province.",
    "Shops closed for the Chinese New Year holiday.",
])
def test_regions_and_holidays_named_like_a_country(text: str) -> None:
    assert codes(text) == []


@pytest.mark.parametrize("text", [
    "Tokyo stocks fell 1.2 percent on Friday.",
    "Seoul shares closed higher as exporters gained.",
    "Dealers said Manila trading was thin.",
])
def test_a_capital_before_its_market_is_no_government(text: str) -> None:
    assert codes(text) == []


@pytest.mark.parametrize(("text", "name"), [
    ("Real Madrid signed a Quellish striker on Monday.", "Real Madrid"),
    ("The Washington Post reported the leak on Sunday.", "Washington Post"),
    ("Spartak Moscow sacked its coach after a 3-0 defeat.", "Spartak Moscow"),
])
def test_a_club_or_paper_named_after_a_capital_is_an_organisation(text: str,
                                                                   name: str) -> None:
    assert name in orgs(text)
    assert codes(text) == []


@pytest.mark.parametrize(("text", "name"), [
    ("The Quell Otan party won 80 percent of the vote.", "Quell Otan"),
    ("The Fuerza Renovada party of Ana Quispe led the vote.", "Fuerza Renovada"),
    ("In Tbilisi, the Georgian Hope party kept its majority.", "Georgian Hope"),
    ("The Lok Vikas alliance split on Monday.", "Lok Vikas"),
])
def test_a_party_named_between_the_and_its_noun(text: str, name: str) -> None:
    assert orgs(text) == [name]


@pytest.mark.parametrize("text", [
    "The Christmas party was cancelled.",
    "The Democratic party chose its nominee.",
    "The Kurdish movement called a strike.",
    "The Jane Roe movement drew young voters.",
])
def test_no_party_where_the_words_name_none(text: str) -> None:
    assert orgs(text) == []


@pytest.mark.parametrize("text", [
    "In Tbilisi, officials said the talks had failed.",
    "At Nairobi, the envoys met for a second day.",
])
def test_a_capital_after_a_sentence_opening_preposition_is_a_place(text: str) -> None:
    assert codes(text) == []


def test_letters_after_troops_of_name_a_body() -> None:
    assert orgs("Troops of QUELMIS retook the town from the militants.") == ["QUELMIS"]


@pytest.mark.parametrize(("text", "clubs"), [
    ("Results:\nMarbeck United 2 (Roe 12) Kestrel Wanderers 1 (Vale 55)\n",
     ["Kestrel Wanderers", "Marbeck United"]),
    ("Standings:\nQuellton City 10 7 2 1 20 8 23\nKestrel Rovers 10 6 3 1 18 9 21\n",
     ["Kestrel Rovers", "Quellton City"]),
    ("Results:\nFC Otava 0 Sporting Quellby 0\n", ["FC Otava", "Sporting Quellby"]),
])
def test_clubs_in_lines_of_results(text: str, clubs: list[str]) -> None:
    assert orgs(text) == clubs
