"""Countries, twelfth round. A seat of government as an adjective standing for its
country ("White House officials", "a Kremlin spokesman"); a bare "Congo" in an article
that names both Congos is the one named last before it; "the two Koreas"; "the States"
for the United States; a capital after a reaction noun and "in" ("a cool response in
Canberra"); a dish named after a capital ("chicken Kiev"); a national team's name ("Team
USA"); regions named with a compass word ("South China", "Western Australia"); Jersey and
Guernsey by their short names; Georgia the state where a member of Congress from it is
named ("(D-Ga.)"); Brexit and Grexit; a capitalised prefix opening a compound
("Anti-American", "Pro-Moscow"); a language as a sentence's subject ("Portuguese is the
official language of ..."); "an Ethiopian-born Dutch runner"; a country or capital before
"de" and a town ("America de Cali", "Santiago de Cuba"); an ambiguous name opening a
Title-Case headline ("Chad Votes In Runoff"); "visitors to Lisbon"; "Holland beat Wales"
where a player is named Holland. Every person and event here is made up (the countries,
capitals and places are real)."""

from __future__ import annotations

import pytest

from reader.analysis.entities import find_entities


def codes(text: str) -> list[str]:
    return sorted(e.code or "" for e in find_entities(text) if e.kind == "country")


def country_mentions(text: str) -> list[tuple[str, str]]:
    return sorted((text[s:t], e.code or "") for e in find_entities(text)
                  if e.kind == "country" for s, t in e.mentions)


def test_a_seat_of_government_as_an_adjective_names_its_country() -> None:
    text = ("White House officials met on Tuesday, and the Kremlin answered within hours."
            " A Kremlin spokesman said more talks would follow.")
    ents = find_entities(text)
    assert country_mentions(text) == [("Kremlin", "RU"), ("White House", "US")]
    orgs = {e.name: [text[s:t] for s, t in e.mentions]
            for e in ents if e.kind == "organization"}
    assert orgs == {"Kremlin": ["Kremlin"]}  # the one that acts stays the body


def test_a_seat_that_acts_or_is_a_place_stays_the_body() -> None:
    text = "The White House said on Monday that the talks at the White House would go on."
    assert codes(text) == []


def test_a_seat_speaks_as_the_body_in_a_quote() -> None:
    from reader.analysis import analyze

    text = '"We will respond," the White House said on Monday.'
    result = analyze(text)
    speakers = {q.speaker for q in result.quotes}
    assert speakers == {"organization:white-house"}


def test_a_bare_congo_is_the_congo_named_last_before_it() -> None:
    text = ("Fighting between the army of the Democratic Republic of Congo and rebels"
            " flared in eastern Congo. Across the river, the Republic of Congo said it"
            " would open its border. Later Congo's president in Brazzaville spoke.")
    got = country_mentions(text)
    assert ("Congo", "CD") in got
    assert ("Congo", "CG") in got  # the last one, after the Republic was named


def test_a_bare_congo_before_either_is_named_stays_the_republic() -> None:
    text = ("Congo held talks on Monday. The Republic of Congo and the Democratic Republic"
            " of Congo both sent envoys.")
    assert ("Congo", "CG") in country_mentions(text)


def test_the_two_koreas_name_the_one_not_named_otherwise() -> None:
    assert codes("South Korea's exports rose. The two Koreas have had no trade since"
                 " 2016.") == ["KP", "KR"]
    assert codes("North Korea fired a missile. Both Koreas sent envoys.") == ["KP", "KR"]


@pytest.mark.parametrize(("text", "expected"), [
    ("The swimmer, who trains in the States, will represent Italy.", ["IT", "US"]),
    ("She moved to the States in 1998.", ["US"]),
    ("The States of Jersey voted on Friday.", ["JE"]),
    ("The Gulf States met in Riyadh.", []),
    ("Member states of the union met in the States General hall.", []),
])
def test_the_states(text: str, expected: list[str]) -> None:
    assert codes(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The plan drew a cool response in Canberra.", ["AU"]),
    ("The test caused alarm in Tokyo and concern in Seoul.", ["JP", "KR"]),
    ("The delegates stayed in Canberra for a week.", []),
])
def test_a_reaction_in_a_capital_is_its_government(text: str, expected: list[str]) -> None:
    assert codes(text) == expected


def test_a_dish_named_after_a_capital() -> None:
    assert codes("Guests ate chicken Kiev and Brussels sprouts in Canada.") == ["CA"]


def test_a_national_team_by_its_name() -> None:
    text = "Team USA named 40 swimmers on Monday, and Italy named 28."
    assert country_mentions(text) == [("Italy", "IT")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Heavy rain lashed South China on Monday, while China's north stayed dry.",
     [("China", "CN")]),
    ("PERTH — Western Australia's government approved the mine, the largest in Australia.",
     [("Australia", "AU")]),
    ("The North China plain will stay dry.", []),
    ("Troops moved into northern Iraq.", [("Iraq", "IQ")]),
    ("South Africa and North Korea signed a deal.",
     [("North Korea", "KP"), ("South Africa", "ZA")]),
])
def test_a_region_named_with_a_compass_word(text: str,
                                           expected: list[tuple[str, str]]) -> None:
    assert country_mentions(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Guernsey and Jersey agreed on Monday to merge their air-traffic services.",
     ["GG", "JE"]),
    ("New Jersey voters went to the polls, and a Jersey City developer spoke.", []),
    ("NEW JERSEY GOVERNOR SIGNS BUDGET", []),
    ("The farm keeps Jersey cows and Guernsey cattle.", []),
])
def test_the_channel_islands_and_new_jersey(text: str, expected: list[str]) -> None:
    assert codes(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Sen. Mark Roe (D-Ga.) said the bill would hurt growers in Georgia.", []),
    ("Rep. Ana Doe, R-Ga., spoke. Georgia's farmers are worried.", []),
    ("Growers in Georgia and Washington state are worried.", []),
    ("Sen. Mark Roe (D-Ga.) visited Tbilisi, where Georgia's president met him.", ["GE"]),
])
def test_georgia_the_state_from_a_member_of_congress(text: str, expected: list[str]) -> None:
    assert codes(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Investors weighed how Brexit would change banking rules.", ["GB"]),
    ("Hardline Brexiteers rejected the plan.", ["GB"]),
    ("The post-Brexit rules took effect on Friday.", ["GB"]),
    ("Talk of a Grexit faded on Thursday.", ["GR"]),
])
def test_a_country_named_by_its_leaving_a_union(text: str, expected: list[str]) -> None:
    assert codes(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Anti-American protests spread on Monday.", [("Anti-American", "US")]),
    ("Pro-Moscow rebels attacked the town.", [("Pro-Moscow", "RU")]),
    ("Post-Brexit rules took effect.", [("Post-Brexit", "GB")]),
    ("ANTI-AMERICAN PROTESTS SPREAD", [("ANTI-AMERICAN", "US")]),
    ("Anti-Semitism and Pre-Columbian art were discussed.", []),
])
def test_a_capitalised_prefix_opens_a_compound(text: str,
                                               expected: list[tuple[str, str]]) -> None:
    assert country_mentions(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Portuguese is the official language of Brazil and Angola.", ["AO", "BR"]),
    ("Spanish is spoken across most of Mexico.", ["MX"]),
    ("Tagalog and English are the official languages of the Philippines.", ["PH"]),
    ("Russian is one of the official languages of the assembly.", []),
    ("The Russian was arrested on Monday.", ["RU"]),
])
def test_a_language_as_a_sentences_subject(text: str, expected: list[str]) -> None:
    assert codes(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Amara Roe is an Ethiopian-born Dutch runner.", ["ET", "NL"]),
    ("Lucía Doe is a Colombian-born Spanish novelist.", ["CO", "ES"]),
    ("Bosnian Serb leaders rejected the plan.", ["BA"]),
])
def test_born_in_one_country_a_citizen_of_another(text: str, expected: list[str]) -> None:
    assert codes(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("America de Cali and Atletico Nacional drew 1-1 on Saturday.", []),
    ("Brasil de Pelotas won at home.", []),
    ("Santiago de Cuba was hit by the storm.", []),
    ("Storms hit Santiago de Compostela.", []),
    ("Santiago said on Monday it would act.", ["CL"]),
])
def test_a_name_with_de_and_a_town(text: str, expected: list[str]) -> None:
    assert codes(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Chad Votes In Presidential Runoff\n\nVoters in Chad chose a president on Sunday.",
     [("Chad", "TD"), ("Chad", "TD")]),
    ("Turkey Raises Rates Again As Lira Slides\n\nTurkey's central bank acted.",
     [("Turkey", "TR"), ("Turkey", "TR")]),
    ("Turkey Prices Climb Before Thanksgiving\n\nWholesale turkey prices rose.", []),
    ("Chad Roe Scores Twice\n\nChad Roe, 24, scored twice on Sunday.", []),
])
def test_an_ambiguous_name_in_a_title_case_headline(text: str,
                                                    expected: list[tuple[str, str]]) -> None:
    assert country_mentions(text) == expected


def test_visitors_to_a_capital_go_to_a_place() -> None:
    assert codes("Visitors to Lisbon should start at the old market.") == []


def test_a_result_between_two_countries_keeps_a_surname_named_so_apart() -> None:
    text = "Holland beat Wales 3-1 in a friendly. Striker Danny Holland scored twice."
    assert country_mentions(text) == [("Holland", "NL"), ("Wales", "GB")]
    people = {e.name: [text[s:t] for s, t in e.mentions]
              for e in find_entities(text) if e.kind == "person"}
    assert people == {"Danny Holland": ["Danny Holland"]}
    # alone as a speaker, the surname is the person again
    text = "Danny Holland scored. Holland said he was happy."
    assert country_mentions(text) == []
