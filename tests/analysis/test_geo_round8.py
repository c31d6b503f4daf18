"""Countries and organisations, eighth round: capitals and demonyms that name an event or a
league in a headline of capitals, a country's possessive in such a headline, a body whose
name goes on with "of the", a body named after two words joined by "and", a chamber's
name before the committee it holds, clubs on either side of a result. Every name here is
made up (or a real country's or city's)."""

from __future__ import annotations

import pytest

from reader.analysis.entities import find_entities


def codes(text: str) -> list[str]:
    return sorted(e.code or "" for e in find_entities(text) if e.kind == "country")


def orgs(text: str) -> list[str]:
    return sorted(e.name for e in find_entities(text) if e.kind == "organization")


def people(text: str) -> list[str]:
    return sorted(e.name for e in find_entities(text) if e.kind == "person")


@pytest.mark.parametrize("text", [
    "ATHLETICS - VIENNA MARATHON RESULTS.\nVIENNA 2026-04-19\nLeading finishers:\n"
    "1. Jane Roe (Kenya) 2:05:11\n",
    "CYCLING - OSLO GRAND PRIX RESULTS.\nOSLO 2026-06-02\nResults of the race:\n"
    "1. Ann Lee (Kenya) 3:12:40\n",
    "ATHLETICS - NAIROBI RESULTS.\nNAIROBI 2026-07-12\nResults of a meeting:\n"
    "100 metres: 1. Jane Roe (Kenya) 10.9\n",
    "GOLF - MADRID OPEN SCORES.\nMADRID 2026-05-02\nLeading scores after the first round:\n"
    "66 Jane Roe (Kenya)\n",
])
def test_a_capital_naming_an_event_in_a_headline_of_capitals_is_no_country(text: str) -> None:
    assert codes(text) == ["KE"]


def test_a_demonym_naming_a_league_is_no_country() -> None:
    # (round 9: the contract of the sealed sets, tools/invented_wire_h.py, counts no
    # country's name or demonym inside the name of a league or an event; a demonym in
    # passing still is a mention, as "a Ruritanian reality show" is)
    assert codes("SOCCER - POLISH FIRST DIVISION RESULTS.\nWARSAW 2026-03-08\n"
                 "Quellby Rovers 2 Marbeck Athletic 1\n") == []


@pytest.mark.parametrize(("text", "code"), [
    ("PERU'S COPPER OUTPUT ROSE 4 PCT IN MAY\nLIMA, June 3 (Reuters) - Output rose.", "PE"),
    ("BRIEF-GHANA'S QUELLCO SAYS PROFIT UP\nJune 3 (Reuters) - Quellco said profit rose.",
     "GH"),
    ("UPDATE-NORWAY'S OIL FUND POSTS LOSS\nJune 3 (Reuters) - The fund lost money.", "NO"),
])
def test_a_country_in_a_possessive_of_a_capitals_headline(text: str, code: str) -> None:
    assert code in codes(text)


@pytest.mark.parametrize(("text", "name"), [
    ("The International Committee of the Red Cross said 300 people were missing.",
     "International Committee of the Red Cross"),
    ("The Bank of the Southern Isles cut its main rate on Monday.",
     "Bank of the Southern Isles"),
    ("Members of the Union of the Quellish Left voted to leave the coalition.",
     "Union of the Quellish Left"),
])
def test_a_body_whose_name_goes_on_with_of_the(text: str, name: str) -> None:
    assert orgs(text) == [name]


@pytest.mark.parametrize(("text", "name"), [
    ("The head of the Coffee and Cocoa Board said prices would rise.", "Coffee and Cocoa Board"),
    ("The Sugar and Rice Council cut its forecast on Tuesday.", "Sugar and Rice Council"),
    ("A spokesman for the Oil and Gas Authority said the licence was revoked.",
     "Oil and Gas Authority"),
])
def test_a_body_named_after_two_words_joined_by_and(text: str, name: str) -> None:
    assert orgs(text) == [name]


@pytest.mark.parametrize(("text", "name"), [
    ("SENATE PANEL BACKS QUELL NOMINATION\n\nThe Senate Judiciary Committee voted 12-10.",
     "Senate Judiciary Committee"),
    ("HOUSE COMMITTEE SUBPOENAS BANK RECORDS\n\nThe House Finance Committee acted.",
     "House Finance Committee"),
    ("A House panel on Tuesday heard from the Treasury.", None),
])
def test_a_chamber_before_its_committee_is_no_body_of_its_own(text: str,
                                                              name: str | None) -> None:
    found = orgs(text)
    assert "House" not in found and "Senate" not in found
    if name is not None:
        assert name in found


@pytest.mark.parametrize(("text", "teams"), [
    ("League leaders Quellby Harbour beat Marbeck Sugar 2-0 on Sunday.",
     ["Marbeck Sugar", "Quellby Harbour"]),
    ("Dorvan Zelo drew with Oskara Trem 1-1 in the capital.", ["Dorvan Zelo", "Oskara Trem"]),
    ("Atlético Varnok beat Brevikense 3-1 on Saturday.", ["Atlético Varnok", "Brevikense"]),
])
def test_clubs_on_either_side_of_a_result(text: str, teams: list[str]) -> None:
    assert orgs(text) == teams
    assert not set(people(text)) & set(teams)


@pytest.mark.parametrize("text", [
    "Varnok beat Brevik 6-4 6-2 in the second round on Tuesday.",
    "Ann Lee beat Jane Roe 11-9 in the deciding game.",
    "The government beat its target by 2-3 percent, the Treasury said.",
])
def test_no_clubs_without_a_football_result(text: str) -> None:
    assert [o for o in orgs(text) if o != "Treasury"] == []


@pytest.mark.parametrize("text", [
    "BRIEF-QUELLCO SAYS Q2 PROFIT UP 4 PCT\nJune 3 (Reuters) - Quellco said profit rose.",
    "UPDATE-OIL PRICES FALL ON DEMAND WORRIES\nJune 3 (Reuters) - Oil fell.",
])
def test_a_wire_slug_before_no_country_names_none(text: str) -> None:
    assert codes(text) == []


def test_the_house_as_a_body_still_counts() -> None:
    assert "House" in orgs("The House voted 220-210 on Friday to pass the bill.")


@pytest.mark.parametrize(("text", "name"), [
    ("Officials of the ruling Partido Renovación Nacional said on Monday that talks had"
     " failed.", "Partido Renovación Nacional"),
    ("The Parti de la Justice Sociale won 40 seats, results showed.",
     "Parti de la Justice Sociale"),
    ("Leaders of the Frente Cívico Unido met in the capital.", "Frente Cívico Unido"),
    ("The Gerakan Rakyat Bersatu coalition won 96 of the 180 seats.",
     "Gerakan Rakyat Bersatu"),
    ("A statement from the Ministério da Saúde gave no figure.", "Ministério da Saúde"),
])
def test_a_body_named_in_a_local_language_by_its_head_word(text: str, name: str) -> None:
    assert name in orgs(text)
    assert not set(people(text)) & {name}


@pytest.mark.parametrize(("text", "name"), [
    ("The Storting approved the budget on Thursday by 88 votes to 81.", "Storting"),
    ("Deputies in the Sejm rejected the bill.", "Sejm"),
    ("The Lok Sabha adjourned after protests.", "Lok Sabha"),
    ("The Quellpur Mukti Morcha left the alliance on Friday.", "Quellpur Mukti Morcha"),
])
def test_parliaments_and_parties_named_in_their_own_language(text: str, name: str) -> None:
    assert name in orgs(text)
    assert not people(text)


@pytest.mark.parametrize(("text", "name"), [
    ("Brent fell, said Oliver Penrose, a strategist at Dorrell Pike.", "Dorrell Pike"),
    ("\"Demand is soft,\" said Ann Lee, an economist at Quillon Marsh in London.",
     "Quillon Marsh"),
    ("Jane Roe, a partner at Harwick Stoate, said the ruling was flawed.", "Harwick Stoate"),
])
def test_the_firm_a_professional_works_at(text: str, name: str) -> None:
    assert name in orgs(text)
    assert name not in people(text)


@pytest.mark.parametrize(("text", "name"), [
    ("Nine people died, the disaster agency Conred said on Wednesday.", "Conred"),
    ("The state oil company Quelpet said output fell.", "Quelpet"),
    ("Turnout was 61 percent, the electoral commission Elcom said.", "Elcom"),
])
def test_a_body_named_right_after_its_noun(text: str, name: str) -> None:
    assert orgs(text) == [name]
    assert not people(text)


@pytest.mark.parametrize(("text", "teams"), [
    ("Leaders Tom Quellby Rangers beat Marbeck Sugar 2-0 at home.",
     ["Marbeck Sugar", "Tom Quellby Rangers"]),
    ("Jane Varnok United drew 1-1 with Oskara Trem on Sunday.", ["Jane Varnok United"]),
])
def test_a_club_named_after_a_person_that_plays_a_match(text: str, teams: list[str]) -> None:
    assert orgs(text) == teams
    assert not set(people(text)) & set(teams)


@pytest.mark.parametrize(("text", "name"), [
    ("FC Armenia lost 3-0 to Quellby Rovers on Saturday.", "FC Armenia"),
    ("The striker joined Atlético Peru on a free transfer.", "Atlético Peru"),
    ("Kenya Power cut supplies to the capital on Monday.", "Kenya Power"),
    ("India Cements posted a quarterly loss.", "India Cements"),
    ("Shares of Ghana Cocoa Traders rose 3 percent.", "Ghana Cocoa Traders"),
    ("Uganda Sugar Mills shares fell 2 percent in Quelltown.", "Uganda Sugar Mills"),
])
def test_a_club_or_company_named_after_a_country_is_no_mention_of_it(
        text: str, name: str | None) -> None:
    assert codes(text) == []
    if name is not None:
        assert name in orgs(text)


@pytest.mark.parametrize(("text", "code"), [
    ("Kenya cut power supplies to the capital on Monday.", "KE"),
    ("India posted a trade deficit; shares fell.", "IN"),
    ("The club beat Armenia's champions 3-0.", "AM"),
])
def test_a_country_before_a_common_word_is_still_the_country(text: str, code: str) -> None:
    assert codes(text) == [code]


@pytest.mark.parametrize(("text", "expected"), [
    ("The Mexican-American judge ruled on Friday.", ["MX", "US"]),
    ("An Italian American family ran the bar for decades.", ["IT", "US"]),
    ("Korean-American voters turned out in large numbers.", ["KR", "US"]),
    ("African American voters turned out in large numbers.", []),
])
def test_a_heritage_compound_names_both_countries(text: str, expected: list[str]) -> None:
    # (a demonym in passing names its country, as "a Polish American" names Poland)
    assert codes(text) == expected


@pytest.mark.parametrize("text", [
    "The West Indian fast bowler took five wickets.",
    "American Indian tribes sued over the pipeline.",
    "He grew up on an Indian reservation near the border.",
    "Ships crossed the Philippine Sea on Monday.",
    "Oil was found under the Norwegian Sea.",
])
def test_peoples_and_waters_named_like_a_country_are_none(text: str) -> None:
    assert [c for c in codes(text) if c != "US"] == []


def test_a_demonym_before_an_embassy_still_names_the_country() -> None:
    assert codes("Protesters gathered outside the French Embassy.") == ["FR"]


@pytest.mark.parametrize(("text", "name"), [
    ("Power was cut in three towns, KPLC said on Monday.", "KPLC"),
    ("A spokesman for SONATREL said the plant would reopen.", "SONATREL"),
    ("Turnout was 61 percent, according to CENI.", "CENI"),
    ("MAPUTO — FRENAMO accused the police of firing on its supporters.", "FRENAMO"),
])
def test_letters_standing_alone_that_speak_name_a_body(text: str, name: str) -> None:
    assert orgs(text) == [name]


@pytest.mark.parametrize("text", [
    "NAFTA has cost jobs in the region, she said.",
    "He said DACA was illegal.",
    "Chapter XIV said nothing about it.",
])
def test_letters_for_a_treaty_or_a_numeral_name_no_body(text: str) -> None:
    assert orgs(text) == []


@pytest.mark.parametrize(("text", "name"), [
    ("Harcourt Vane said its first-half profit rose 5 percent.", "Harcourt Vane"),
    ("Quellmoor Brandt reported its first loss in a decade on Tuesday.", "Quellmoor Brandt"),
    ("Dorrance Pike said its shares would be listed in June. Dorrance Pike employs 900.",
     "Dorrance Pike"),
])
def test_a_firm_named_like_two_surnames_that_reports_its_results(text: str, name: str) -> None:
    assert name in orgs(text)
    assert name not in people(text)


def test_a_person_who_speaks_of_its_decision_stays_a_person() -> None:
    text = "Jane Roe said its ruling was flawed and would be appealed."
    assert people(text) == ["Jane Roe"]


@pytest.mark.parametrize(("text", "name"), [
    ("Okello scored twice for Quellby Harbour in the second half.", "Quellby Harbour"),
    ("The 19-year-old signed for Marbeck Sugar in January.", "Marbeck Sugar"),
    ("He played for Dorvan Zelo for six seasons.", "Dorvan Zelo"),
    ("Ojeda scored 9 goals for Talleres del Quellmar last season.", "Talleres del Quellmar"),
])
def test_the_club_a_player_plays_for(text: str, name: str) -> None:
    assert name in orgs(text)
    assert name not in people(text)


@pytest.mark.parametrize("text", [
    "She won the Canada Amateur Championship last year.",
    "He took the Kenya Junior Open title on Sunday.",
    "They met at the Brazil Women's Cup final.",
])
def test_a_country_opening_an_events_name_is_no_mention(text: str) -> None:
    assert codes(text) == []


@pytest.mark.parametrize("text", [
    "He was born in Santiago de Cuba in 1960.",
    "Floods hit San Pedro de Panama overnight.",
])
def test_a_city_named_after_its_country_is_no_mention(text: str) -> None:
    assert codes(text) == []


@pytest.mark.parametrize(("text", "name"), [
    ("Blue chips like Egypt Lamps and Zambia Tubes gained.", "Egypt Lamps"),
    ("Kenya Plantations fell 3 shillings.", "Kenya Plantations"),
])
def test_a_listed_firm_named_after_its_country(text: str, name: str) -> None:
    assert codes(text) == []
    assert name in orgs(text)


@pytest.mark.parametrize(("text", "name"), [
    ("The Partido Liberal de Honduras won 40 seats.", "Partido Liberal de Honduras"),
    ("Students at the Universidade Federal do Pará protested.", "Universidade Federal do Pará"),
])
def test_a_local_language_name_may_end_in_a_place(text: str, name: str) -> None:
    assert name in orgs(text)


@pytest.mark.parametrize(("text", "code"), [
    ("Thousands of Brits flew home early.", "GB"),
    ("The Aussies won by six wickets.", "AU"),
    ("Two Kiwis reached the final.", "NZ"),
])
def test_informal_demonyms_name_their_country(text: str, code: str) -> None:
    assert codes(text) == [code]


@pytest.mark.parametrize("text", [
    "Critics said the plan was a game of Russian roulette with the economy.",
    "The 1918 Spanish flu killed millions.",
    "The diner sold French fries and Swiss cheese sandwiches.",
    "It became a Mexican standoff between the two camps.",
])
def test_an_idiom_with_a_demonym_names_no_country(text: str) -> None:
    assert codes(text) == []


@pytest.mark.parametrize("text", [
    "He was top scorer with Quellina Montevideo last season.",
    "The winger joined Sparta Prague on loan in May.",
    "Torvik Oslo lost their first game of the season.",
])
def test_a_capital_ending_a_clubs_name_is_no_country(text: str) -> None:
    assert codes(text) == []


@pytest.mark.parametrize(("text", "code"), [
    ("Ruritanian President Jane Roe said Moscow would act.", "RU"),
    ("On Friday Beijing said the talks had failed.", "CN"),
])
def test_a_capital_after_other_words_still_stands_for_its_government(text: str,
                                                                      code: str) -> None:
    assert code in codes(text)


@pytest.mark.parametrize("text", [
    "HOUSE PRICES RISE 3 PCT IN MAY\n\nPrices rose in the capital, the survey said.",
    "House prices rose 3 percent in May, a survey showed.",
])
def test_house_prices_are_no_chamber(text: str) -> None:
    assert "House" not in orgs(text)
