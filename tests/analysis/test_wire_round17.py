"""Wire shapes of round 17: a dateline written with a spaced hyphen before a sentence whose
quote follows a colon, "the Vermont senator" for a senator whose apposition names no
place, a club with a given name that beats a club, and a player's adjective opening a
headline. Every sentence and name is made up.
"""

from __future__ import annotations

from reader.analysis.entities import find_entities
from tests.analysis.support import attributions, mentions, people


def _kinds(text: str) -> dict[str, str]:
    return {e.name: e.kind for e in find_entities(text)}


# -- a dateline with a hyphen, before a colon's quote -----------------------------------
def test_a_hyphen_dateline_is_not_the_subject_of_a_colon_quote() -> None:
    for dateline in ("OMAHA, Neb. - ", "DES MOINES, Iowa -- ", "OMAHA, Neb. (Wire) - "):
        text = ("Campaign notes\n\n" + dateline + "Governor Ronald Hale swiped at his "
                'rival in a speech to farmers: "My opponent loves every trade deal."\n')
        assert attributions(text) == [
            ("My opponent loves every trade deal", "Ronald Hale", "Ronald Hale")], dateline
        assert set(_kinds(text)) == {"Ronald Hale"}, dateline


# -- a place in a description, against an apposition with none -------------------------
def test_the_state_senator_is_the_senator_whose_apposition_names_no_place() -> None:
    text = ("Sen. Thomas Radcliffe, the committee's ranking Democrat, called the vote \"a "
            "stain on the chamber.\" The Vermont senator added that the nominee had "
            '"dodged every question."\n')
    assert attributions(text)[1] == (
        "dodged every question", "The Vermont senator", "Thomas Radcliffe")


def test_the_state_senator_is_not_a_senator_of_another_state() -> None:
    for written in (" of Ohio", ", a Utah Republican,", " (D-Ohio)"):
        text = (f"Sen. Thomas Radcliffe{written} called the vote \"a stain on the "
                "chamber.\" The Vermont senator added that the nominee had \"dodged every "
                'question."\n')
        assert attributions(text)[1] == (
            "dodged every question", "The Vermont senator", None), written


# -- a club with a given name, beating a club -------------------------------------------
def test_what_beats_a_club_by_one_score_is_a_club() -> None:
    text = ("KUMASI - Kwame Mensah scored twice as Asante Tokuro beat Accra Harbour FC 3-1 "
            "on Sunday. Tokuro will play in the final on Saturday.\n")
    kinds = _kinds(text)
    assert kinds.get("Asante Tokuro") == "organization"
    assert people(text) == {"Kwame Mensah"}


def test_a_player_who_beats_a_player_stays_a_person() -> None:
    text = ("Squash\n\nAma Tokuro beat Efua Larbi 3-1 in the final on Sunday. Tokuro, 24, "
            "said she was tired.\n")
    assert people(text) == {"Ama Tokuro", "Efua Larbi"}


# -- a player's adjective opening a headline --------------------------------------------
def test_an_adjective_before_a_position_is_no_club() -> None:
    for adjective in ("Veteran", "Teenage", "Injured"):
        text = (f"{adjective} striker Mensah leads Kumasi side to cup final\n\n"
                "Kwame Mensah scored twice on Sunday.\n")
        assert set(_kinds(text)) == {"Kwame Mensah"}, adjective


def test_a_club_before_a_position_is_still_a_club() -> None:
    text = ("Obuasi Gold striker Kwame Mensah scored twice on Sunday. Obuasi Gold lead the "
            "table.\n")
    assert _kinds(text).get("Obuasi Gold") == "organization"
    assert people(text) == {"Kwame Mensah"}


# -- "the New York Democrat" -----------------------------------------------------------
def test_a_state_named_with_new_opens_no_name() -> None:
    text = ("Majority Leader Charles Sumner-Reid said he hoped for a vote on Sunday. \"We "
            'will get this done," the New York Democrat said.\n')
    assert people(text) == {"Charles Sumner-Reid"}
    assert attributions(text) == [
        ("We will get this done", "the New York Democrat", "Charles Sumner-Reid")]


def test_a_person_named_york_is_still_a_person() -> None:
    text = "Chief executive Tomas York said the plant would close. York, 58, took over in May.\n"
    assert people(text) == {"Tomas York"}


# -- a role noun opening the sentence before a single name ------------------------------
def test_a_role_noun_before_a_single_name_is_no_part_of_it() -> None:
    text = ("The river rose on Monday. Villager Suparmi, 61, said she had left her cows "
            "behind. Fisherman Suparno said the boats were lost.\n")
    assert people(text) == {"Suparmi", "Suparno"}


# -- a capital before a building's noun -------------------------------------------------
def test_a_capital_before_a_building_is_where_not_the_government() -> None:
    text = ("The former minister Ana Vidal died on Wednesday in a Lisbon hospital, her "
            "family said. She was buried near a Madrid cathedral.\n")
    assert not [e for e in find_entities(text) if e.kind == "country"]


def test_a_capital_that_acts_is_still_its_government() -> None:
    text = "Lisbon rejected the plan on Monday, and Madrid said it would study it.\n"
    assert {e.name for e in find_entities(text) if e.kind == "country"} == {
        "Portugal", "Spain"}


# -- a surname that is also a body's head word ------------------------------------------
def test_a_given_name_and_a_head_word_with_a_person_cue_is_a_person() -> None:
    for written in ("Tom Press, the chief executive, said", "Chief executive Tom Press said",
                    "Tom Press, 54, said", "Mayor Tom Press said"):
        text = f"Shares of Quellbrook fell 4 percent. {written} the results were poor.\n"
        assert people(text) == {"Tom Press"}, written


def test_a_given_name_and_a_head_word_alone_is_still_a_body() -> None:
    text = "The Victoria League said on Monday that it would close two hostels.\n"
    assert people(text) == set()


# -- a role one plays to another, in an apposition --------------------------------------
def test_a_single_name_with_his_deputy_in_apposition_is_a_person() -> None:
    for written in ("Later, Owusu, his deputy, said", "Owusu, her assistant, said"):
        text = f"The opposition leader rejected the result. {written} the party would appeal.\n"
        assert people(text) == {"Owusu"}, written


# -- a place named after a person -------------------------------------------------------
def test_a_place_named_after_a_person_is_no_mention_of_her() -> None:
    for place in ("Port Vidal", "Fort Vidal", "Mount Vidal", "Lake Vidal"):
        text = (f"Ana Vidal mapped the coast in 1790. Settlers later named it {place}, and "
                "Vidal's maps are kept in the museum.\n")
        assert mentions(text) == ["Ana Vidal", "Vidal"], place


# -- a lone surname after "backed by", before "allies" ----------------------------------
def test_a_lone_surname_that_backs_or_has_allies_is_a_person() -> None:
    for written in ("The plan, backed by Merkel, passed on Tuesday.",
                    "The plan was criticised by Merkel on Tuesday.",
                    "The plan angered Merkel allies on Tuesday."):
        text = f"Budget notes\n\n{written}\n"
        assert people(text) == {"Merkel"}, written


def test_a_town_with_supporters_or_a_word_after_by_is_no_person() -> None:
    for written in ("Boston supporters cheered the team on Tuesday.",
                    "The plan was backed by Parliament on Tuesday."):
        text = f"Budget notes\n\n{written}\n"
        assert people(text) == set(), written


# -- languages in a list that a clause goes on from -------------------------------------
def test_languages_translated_into_are_no_countries() -> None:
    for written in ("The memoir was translated into Japanese and Korean and adapted for "
                    "the stage.", "Translations into Spanish and French are planned."):
        text = f"Book notes\n\n{written}\n"
        assert not [e for e in find_entities(text) if e.kind == "country"], written


def test_a_demonym_before_a_noun_after_a_language_list_is_a_country() -> None:
    text = "Book notes\n\nThe rights passed into Japanese and Korean hands last year.\n"
    assert {e.name for e in find_entities(text) if e.kind == "country"} == {
        "Japan", "South Korea"}


# -- a contraction of "I" opening a quote -----------------------------------------------
def test_a_contraction_that_says_something_is_no_person() -> None:
    for mark in ("'", "\u2019"):
        text = (f'Notes\n\nAsked again, the senator said, "I{mark}ve said what I{mark}ve '
                f'said, and I{mark}m going home."\n')
        assert people(text) == set(), mark


# -- a yard named after a man -----------------------------------------------------------
def test_a_shipyard_named_after_a_man_is_a_place() -> None:
    text = "Yard notes\n\nThe gates of the old Lenin Shipyard now form part of a museum.\n"
    assert people(text) == set()


# -- scorers after a team's score -------------------------------------------------------
def test_scorers_ending_like_a_plural_or_named_like_a_town_after_a_particle() -> None:
    text = ("Dutch league results\n\nResults of matches played on Sunday (home team "
            "first):\n\nQuellburg 2 (Hamers 22, van Dongen 59) Marbeck Rovers 3 (Vos 90)\n")
    assert {"Hamers", "van Dongen", "Vos"} <= people(text)


def test_a_town_alone_in_a_scorer_bracket_is_still_no_person() -> None:
    text = ("Dutch league results\n\nResults of matches played on Sunday (home team "
            "first):\n\nQuellburg 2 (Vos 22, Dongen 59) Marbeck Rovers 3 (Smit 90)\n")
    assert "Dongen" not in people(text)


# -- a family's contracting firm --------------------------------------------------------
def test_a_family_contracting_firm_is_a_body() -> None:
    text = ("The pipeline will be built by Al-Quelli Contracting, a company founded by "
            "Sheikh Faisal bin Nasser al-Quelli. Al-Quelli Contracting said work would "
            "start in May.\n")
    kinds = _kinds(text)
    assert kinds.get("Al-Quelli Contracting") == "organization"
    assert people(text) == {"Faisal bin Nasser al-Quelli"}


# -- "X of <country>, the ... player" ---------------------------------------------------
def test_a_persons_apposition_after_of_a_country_leaves_the_country() -> None:
    text = ("Golf\n\nAmong those who missed the cut was Niall Roe of Ireland, the Ryder Cup "
            "player, who took an eight.\n")
    assert {e.name for e in find_entities(text) if e.kind == "country"} == {"Ireland"}


def test_a_country_named_as_a_player_is_still_no_country() -> None:
    text = "Football\n\nJordan, the 24-year-old striker, scored twice on Sunday.\n"
    assert not [e for e in find_entities(text) if e.kind == "country"]


# -- well-known firms with a person's name ----------------------------------------------
def test_well_known_firms_named_like_people_are_bodies() -> None:
    text = ("Campaign money\n\nThe candidate was paid to speak at Lehman Brothers, Charles "
            "Schwab and Goldman Sachs before the race, filings show.\n")
    assert people(text) == set()
    assert {"Lehman Brothers", "Charles Schwab", "Goldman Sachs"} <= set(_kinds(text))


# -- a bill and an enforcement agency ---------------------------------------------------
def test_the_x_bill_is_a_law_and_x_enforcement_a_body() -> None:
    text = ("Farm notes\n\nThe Farm Bill passed in May. Quellish Fisheries Enforcement said "
            "it would inspect the boats.\n")
    assert people(text) == set()
    assert _kinds(text).get("Quellish Fisheries Enforcement") == "organization"


def test_a_man_called_bill_is_still_a_person() -> None:
    text = "Farm notes\n\nFarmer Bill Quellan said the bill would ruin him.\n"
    assert people(text) == {"Bill Quellan"}


# -- a list of sources under its heading ------------------------------------------------
def test_quoted_titles_in_a_list_of_sources_are_no_quotes() -> None:
    text = ("Floods close the pass\n\nThe pass closed on Monday, officials said.\n\nSources"
            "\n\n Ana Roe. \"Floods close the pass\" \u2014 The Quell Herald, May 4, 2010\n"
            " \"Road cut by water\" \u2014 Marbeck Radio, May 3, 2010\n")
    assert attributions(text) == []


def test_a_quote_set_off_before_its_speaker_stays_a_quote() -> None:
    text = 'Quotes of the week\n\n"We will not back down" \u2014 Jane Roe, in a post on Monday.\n'
    assert attributions(text) == [("We will not back down", "Jane Roe", "Jane Roe")]


# -- a capital before a mine --------------------------------------------------------------
def test_a_capital_naming_a_mine_is_no_government() -> None:
    text = "Mine notes\n\nRelatives gathered outside the Lisbon mine on Tuesday.\n"
    assert not [e for e in find_entities(text) if e.kind == "country"]


# -- "X, as Roe is known" -----------------------------------------------------------------
def test_a_name_as_someone_is_known_is_that_person() -> None:
    text = ("Talks\n\nPresident Mahmud Quellani called it a final deal. Abu Qasim, as "
            "Quellani is known, will visit the city within a month.\n")
    people_found = [e for e in find_entities(text) if e.kind == "person"]
    assert [(e.name, sorted(text[s:t] for s, t in e.mentions)) for e in people_found] == [
        ("Mahmud Quellani", ["Abu Qasim", "Mahmud Quellani", "Quellani"])]


# -- a lone name after a country's possessive ---------------------------------------------
def test_a_name_after_a_countrys_possessive_before_a_verb_is_a_person() -> None:
    for written in ("Brazil's Ronaldo hit the post in the second half.",
                    "The cross from Ghana's Asamoah was cleared.",
                    "Peru's Ramos scored twice."):
        text = f"Match notes\n\n{written}\n"
        assert len(people(text)) == 1, written


def test_a_word_after_a_countrys_possessive_before_a_noun_is_no_person() -> None:
    for written in ("Critics called the pipeline deal Ruritania's Trojan horse.",
                    "Brazil's Senate voted on Monday.", "Japan's Nikkei fell 2 percent."):
        text = f"Match notes\n\n{written}\n"
        assert people(text) == set(), written


# -- a country's name as the subject of a second verb -------------------------------------
def test_a_country_that_warns_in_a_second_clause_speaks() -> None:
    text = ("Sanctions\n\nThe United States on Friday imposed sanctions on 14 officials, and "
            'warned that further measures were "on the table."\n')
    assert attributions(text) == [("on the table", "United States", "United States")]


def test_a_demonym_before_officials_is_not_the_speaker() -> None:
    text = ('Sanctions\n\nKenyan officials on Friday warned that further measures were "on '
            'the table."\n')
    assert attributions(text)[0][2] is None


# -- a statement from a campaign named after its candidate --------------------------------
def test_a_statement_from_a_named_campaign_is_the_candidates() -> None:
    text = ("Poll\n\nSen. Ray Quellman trails in the poll. According to a statement from the "
            'Quellman campaign, the poll "ignores the enthusiasm we see."\n')
    assert attributions(text) == [("ignores the enthusiasm we see",
                                   "a statement from the Quellman campaign", "Ray Quellman")]


# -- a demonym opening a place's name -------------------------------------------------------
def test_a_demonym_opening_a_county_is_no_country() -> None:
    text = "Race\n\nIndian River County voted for him, and so did Russian Hill.\n"
    assert not [e for e in find_entities(text) if e.kind == "country"]


def test_a_demonym_before_a_person_named_hill_is_a_country() -> None:
    text = "Squash\n\nAustralian Anthony Hill won the final on Sunday.\n"
    assert {e.name for e in find_entities(text) if e.kind == "country"} == {"Australia"}


# -- a relative clause set off after a description ------------------------------------------
def test_a_relative_clause_after_a_description_names_no_speaker() -> None:
    text = ("Race\n\nSenator Tom Kravitz campaigned in Dayton. The senator, who speaks "
            "fluent Spanish, told a crowd that his rival \"does not understand this state.\"\n")
    assert attributions(text) == [
        ("does not understand this state", "The senator", "Tom Kravitz")]
    assert set(_kinds(text)) == {"Tom Kravitz"}


# -- brokers named like people, and a known firm's legal form -------------------------------
def test_brokers_named_like_people_are_bodies() -> None:
    for firm in ("Smith Barney", "Dean Witter", "Morgan Grenfell", "Bear Stearns",
                 "Kleinwort Benson", "Hoare Govett"):
        text = (f"Markets\n\n{firm} said on Monday that the shares were cheap, and raised "
                "its target.\n")
        assert people(text) == set(), firm


def test_a_known_firms_legal_form_is_part_of_its_mention() -> None:
    text = "Deal\n\nLead underwriter Morgan Stanley & Co Inc said the deal closed.\n"
    orgs = [(e.name, [text[s:t] for s, t in e.mentions]) for e in find_entities(text)
            if e.kind == "organization"]
    assert orgs == [("Morgan Stanley", ["Morgan Stanley & Co Inc"])]


# -- a lama named by his title ----------------------------------------------------------------
def test_the_dalai_lama_is_a_person() -> None:
    text = "Visit\n\nThe Dalai Lama arrived on Monday. The Dalai Lama said he was tired.\n"
    assert mentions(text) == ["Dalai Lama", "Dalai Lama"]
    assert attributions(text) == []


# -- a campaign manager named in apposition; an aide on Capitol Hill ----------------------------
def test_a_campaign_manager_named_in_apposition_speaks_not_the_candidate() -> None:
    text = ("Race\n\nSen. Tom Gaskell won. Gaskell's campaign manager, Raymond Vitale, was "
            'unmoved: "Tom was against this when it was unpopular."\n')
    assert attributions(text)[0][2] == "Raymond Vitale"


def test_the_candidates_campaign_still_speaks_for_the_candidate() -> None:
    text = ("Race\n\nSen. Tom Gaskell won. Gaskell's campaign was unmoved: \"Tom was against "
            'this when it was unpopular."\n')
    assert attributions(text)[0][2] == "Tom Gaskell"


def test_an_aide_on_a_named_hill_is_the_source_not_the_hill() -> None:
    text = ("Race\n\nThe emails leaked. One senior Democratic aide on Capitol Hill, who asked "
            'not to be named, said the campaign had been "bracing for something like this."\n')
    assert attributions(text) == [("bracing for something like this",
                                   "One senior Democratic aide on Capitol Hill", None)]


# -- initials, cricket Tests, agencies, ships ---------------------------------------------------
def test_an_initial_with_a_full_stop_is_the_given_name_of_the_one_named_in_full() -> None:
    text = ("Cricket\n\nSri Lanka captain Dinesh Quellasinghe praised the bowler.\n\nScorecard "
            "summary\n\nSri Lanka 306 (A. Perera 94, D. Quellasinghe 61; R. Ashwath 4-88)\n")
    names = {e.name: [text[s:t] for s, t in e.mentions] for e in find_entities(text)
             if e.kind == "person"}
    assert names["Dinesh Quellasinghe"] == ["Dinesh Quellasinghe", "D. Quellasinghe"]
    assert "D. Quellasinghe" not in names


def test_a_cricket_test_and_a_centers_agency_name_no_one() -> None:
    text = ("Notes\n\nQuellia beat Marbeck by 63 runs in the Colombo Test on Monday. The second "
            "Test starts on Friday. Dr. Ana Roe, director of the Centers for Quell Control and "
            "Prevention, told lawmakers the money had run out. The Business Roundtable and the "
            "Quell Newswire said nothing.\n")
    assert people(text) == {"Ana Roe"}


def test_a_ship_with_an_indonesian_prefix_is_a_thing() -> None:
    text = ('Ferry\n\nThe passenger ferry "KM Dewi Larasati" capsized on Friday. The KM Dewi '
            "Larasati was built in 1984.\n")
    assert people(text) == set()


# -- a relative clause without commas ---------------------------------------------------------
def test_a_noun_of_people_before_who_is_the_source() -> None:
    text = ("Hack\n\nA senior official who has been briefed on the investigation told me the "
            'confidence was "high, and getting higher."\n')
    assert attributions(text) == [("high, and getting higher", "A senior official", None)]
    text = ('Race\n\nSen. Ana Roe spoke first. The aide who met Roe on Monday said she was '
            '"very tired."\n')
    assert attributions(text)[0][1] == "The aide"


def test_a_that_clause_after_telling_someone_keeps_its_speaker() -> None:
    text = ('Race\n\nSen. Ana Roe spoke first. He told the official that Roe said it was '
            '"very late."\n')
    assert attributions(text)[0][2] == "Ana Roe"


# -- the subject put after "was" before a colon ------------------------------------------------
def test_the_name_after_joining_her_was_speaks_after_the_colon() -> None:
    text = ('Rally\n\nSen. Ana Vidal spoke first. Joining her on stage was Sen. Per Moen: "We '
            'will not back down."\n')
    assert attributions(text) == [("We will not back down", "Per Moen", "Per Moen")]
