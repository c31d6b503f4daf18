"""Organisations, tenth round: bodies whose head word the tables lacked (hospitals,
confederations, academies), a policy word inside a body's name, "X and Y" names with an
"of" after them or a demonym before them, a long "of" name after a known body, firms
with a lower-case legal form or an ampersand after their descriptor, and the full
name of a body defined with its acronym in brackets. Every name here is made up.
"""

from __future__ import annotations

import pytest

from reader.analysis.entities import find_entities


def orgs(text: str) -> list[str]:
    return sorted(e.name for e in find_entities(text) if e.kind == "organization")


def people(text: str) -> list[str]:
    return sorted(e.name for e in find_entities(text) if e.kind == "person")


@pytest.mark.parametrize(("text", "body"), [
    ("Doctors at Marlow Vale Hospital said the boy was stable.", "Marlow Vale Hospital"),
    ("The Quellmoor Clinic closed its doors on Friday.", "Quellmoor Clinic"),
    ("The Confederation of Elston Farmers called a strike.", "Confederation of Elston Farmers"),
    ("Leaders of the Southern Velmor Development Community met on Tuesday.",
     "Southern Velmor Development Community"),
    ("Cadets from the Brevik Naval Academy marched past.", "Brevik Naval Academy"),
    ("Police blamed the Tarrow Cartel for the killings.", "Tarrow Cartel"),
])
def test_a_body_named_by_a_head_word_the_tables_lacked(text: str, body: str) -> None:
    assert body in orgs(text)


@pytest.mark.parametrize(("text", "body"), [
    ("Members of the Monetary Policy Committee voted five to four.",
     "Monetary Policy Committee"),
    ("A report by the Elston Foreign Policy Institute found the opposite.",
     "Elston Foreign Policy Institute"),
    ("The Marbeck Trade Policy Council met in private.", "Marbeck Trade Policy Council"),
])
def test_a_policy_word_inside_a_body_name_in_running_text(text: str, body: str) -> None:
    assert orgs(text) == [body]


@pytest.mark.parametrize(("text", "body"), [
    ("The Securities and Exchange Board of Quellmoor fined two brokers.",
     "Securities and Exchange Board of Quellmoor"),
    ("The Food and Drugs Authority of Velmor recalled the syrup.",
     "Food and Drugs Authority of Velmor"),
    ("Officials said the Australian Competition and Consumer Commission fined a chain.",
     "Australian Competition and Consumer Commission"),
])
def test_and_names_with_an_of_after_or_a_demonym_before(text: str, body: str) -> None:
    assert body in orgs(text)


@pytest.mark.parametrize(("text", "body"), [
    ("The Congress of Marbeck Dock Workers said on Sunday it would strike.",
     "Congress of Marbeck Dock Workers"),
    ("The Senate of Quellmoor Province passed the bill.", "Senate of Quellmoor Province"),
])
def test_a_known_body_goes_on_with_a_long_of_name(text: str, body: str) -> None:
    assert orgs(text) == [body]


def test_a_known_body_of_stops_before_a_person() -> None:
    text = "The Congress of Delegates Speaker Jane Roe opened the session."
    assert "Jane Roe" in people(text)


@pytest.mark.parametrize(("text", "body"), [
    ("Quellbrook Holdings plc agreed on Monday to buy a rival.", "Quellbrook Holdings plc"),
    ("Shares of Tarrant Mining plc fell 4 percent.", "Tarrant Mining plc"),
])
def test_a_lower_case_legal_form_ends_a_firm_name(text: str, body: str) -> None:
    assert orgs(text) == [body]


@pytest.mark.parametrize(("text", "body"), [
    ("It agreed to buy the packaging firm Hobart & Lyle Ltd for 80 million pounds.",
     "Hobart & Lyle Ltd"),
    ("The brewer Quenby & Marsh said sales fell.", "Quenby & Marsh"),
])
def test_an_ampersand_firm_after_its_descriptor(text: str, body: str) -> None:
    assert orgs(text) == [body]


@pytest.mark.parametrize(("text", "body", "acronym"), [
    ("The Economic Community of Velmoran States (ECVS) gave the junta a month. ECVS said"
     " sanctions would follow.", "Economic Community of Velmoran States", "ECVS"),
    ("The Quellmoor Competition and Markets Authority (QCMA) fined two chains. The QCMA"
     " said they had misled shoppers.", "Quellmoor Competition and Markets Authority",
     "QCMA"),
])
def test_a_body_defined_with_its_acronym_is_one_entity_named_in_full(
        text: str, body: str, acronym: str) -> None:
    found = [e for e in find_entities(text) if e.kind == "organization"]
    assert [e.name for e in found] == [body]
    assert [text[s:t] for s, t in found[0].mentions][1:] == [acronym, acronym]


@pytest.mark.parametrize(("text", "full", "short"), [
    ("Ridgeline Motors will own 49 percent. Ridgeline, the third-largest carmaker, said it"
     " was pleased.", "Ridgeline Motors", "Ridgeline"),
    ("Varnholt Logistics AG cut its forecast. Varnholt said orders fell.",
     "Varnholt Logistics AG", "Varnholt"),
    ("Shares of Quenby Holdings plc rose. Quenby said it would pay a dividend.",
     "Quenby Holdings plc", "Quenby"),
    ("Hobart & Lyle Ltd said sales rose. Shares of Hobart & Lyle gained 3 percent.",
     "Hobart & Lyle Ltd", "Hobart & Lyle"),
])
def test_a_company_named_again_by_its_short_form_is_one_entity(
        text: str, full: str, short: str) -> None:
    found = [e for e in find_entities(text) if e.kind == "organization"]
    assert [e.name for e in found] == [full]
    assert [text[s:t] for s, t in found[0].mentions] == [full, short]


@pytest.mark.parametrize("text", [
    # two firms share the short form: neither takes it
    "Tarrow Energy and Tarrow Shipping both fell. Tarrow shares were suspended.",
    # the short form goes on with another name: a different thing
    "Brackwater Mining said output rose. Brackwater Avenue was closed.",
])
def test_a_short_form_that_names_no_one_firm_is_left_alone(text: str) -> None:
    found = [e for e in find_entities(text) if e.kind == "organization"]
    assert all(len(e.mentions) == 1 for e in found)


def test_a_person_named_like_a_firm_keeps_her_name() -> None:
    text = "Marlow Energy said profit rose. Jane Marlow, its founder, was not there."
    assert people(text) == ["Jane Marlow"]


@pytest.mark.parametrize(("text", "body"), [
    ("Doctors at St. Quellan's Hospital said the boy was stable.", "St. Quellan's Hospital"),
    ("Pupils of St Marbeck's College won the debate.", "St Marbeck's College"),
    ("Saint Oriel's Infirmary will close its ward.", "Saint Oriel's Infirmary"),
])
def test_a_body_named_after_a_saint(text: str, body: str) -> None:
    assert orgs(text) == [body]


@pytest.mark.parametrize("text", [
    "The boy was taken to Hospital on Friday.",
    "The Academy said nothing.",
])
def test_a_new_head_word_alone_names_no_body(text: str) -> None:
    assert orgs(text) == []


@pytest.mark.parametrize(("text", "clubs"), [
    ("FC Quellby and Sporting Marbeck meet on Thursday.", ["FC Quellby", "Sporting Marbeck"]),
    ("The striker left Hapoel Velmor in June.", ["Hapoel Velmor"]),
    ("Dynamo Elstgrad fired its coach on Monday.", ["Dynamo Elstgrad"]),
])
def test_a_club_prefix_names_a_club_without_a_result(text: str, clubs: list[str]) -> None:
    assert orgs(text) == clubs


def test_a_club_prefix_stops_before_a_person() -> None:
    text = "Sporting Marbeck coach Jane Roe resigned."
    assert (orgs(text), people(text)) == (["Sporting Marbeck"], ["Jane Roe"])


def test_results_run_together_in_a_sentence_are_clubs() -> None:
    text = ("Results on Saturday: Quellby Rovers 2 Marbeck Celtic 0, Dorvan Town 1 Elston"
            " Albion 1, Oskara Celtic 3 Brevik Wanderers 2.")
    assert orgs(text) == ["Brevik Wanderers", "Dorvan Town", "Elston Albion", "Marbeck Celtic",
                          "Oskara Celtic", "Quellby Rovers"]


def test_players_scores_in_a_sentence_stay_people() -> None:
    assert people("Jane Roe 2 Tom Doe 1 in the chess final.") == ["Jane Roe", "Tom Doe"]


@pytest.mark.parametrize(("text", "body"), [
    ("Deputies of the Assemblée nationale rejected the bill on Thursday.", "Assemblée nationale"),
    ("The Conseil constitutionnel must now rule on the decree.", "Conseil constitutionnel"),
    ("The Cour des comptes published a report on the cost.", "Cour des comptes"),
    ("The Corte costituzionale struck down the law.", "Corte costituzionale"),
    ("The Bundesamt für Lebensmittelschutz ordered a recall.",
     "Bundesamt für Lebensmittelschutz"),
    ("Economists at the Universidad de Quellmar said the timing was risky.",
     "Universidad de Quellmar"),
    ("The Cámara de Diputados must approve the plan.", "Cámara de Diputados"),
])
def test_a_body_named_in_its_own_language(text: str, body: str) -> None:
    assert orgs(text) == [body]


@pytest.mark.parametrize("text", [
    "The Conseil said nothing more.",  # the head alone names no body in particular
    "A Conseil member, Jean Marbeau, spoke.",
])
def test_a_foreign_head_alone_or_before_a_name_is_no_lower_case_name(text: str) -> None:
    assert all(" " not in name for name in orgs(text))


@pytest.mark.parametrize(("text", "body"), [
    ("The Office for the Coordination of Relief Affairs said two million needed food.",
     "Office for the Coordination of Relief Affairs"),
    ("The Society for the Protection of Marsh Birds bought the island.",
     "Society for the Protection of Marsh Birds"),
    ("A study by the Centre for the Study of Coastal Violence found the opposite.",
     "Centre for the Study of Coastal Violence"),
])
def test_for_the_goes_on_with_a_body_name(text: str, body: str) -> None:
    assert orgs(text) == [body]


def test_for_the_before_a_person_ends_the_name() -> None:
    text = "The Committee for the Jane Roe Trust met on Monday."
    assert "Committee for the Jane Roe Trust" not in orgs(text)


@pytest.mark.parametrize(("text", "body"), [
    ("The Velmor Lawyers' Association condemned the raid.", "Velmor Lawyers' Association"),
    ("The Marbeck Dockers' Union called a strike.", "Marbeck Dockers' Union"),
    ("The Quell Growers' Federation said prices fell.", "Quell Growers' Federation"),
])
def test_more_plural_possessives_inside_a_body_name(text: str, body: str) -> None:
    assert orgs(text) == [body]


@pytest.mark.parametrize(("text", "body"), [
    ("The Public Defender's Office condemned the police response.",
     "Public Defender's Office"),
    ("The State Prosecutor's Office opened an inquiry.", "State Prosecutor's Office"),
])
def test_an_office_named_after_its_officer(text: str, body: str) -> None:
    assert orgs(text) == [body]


@pytest.mark.parametrize(("text", "clubs"), [
    ("Marbeck FC signed a striker on Monday.", ["Marbeck FC"]),
    ("Fans of Western Quellby Wanderers sang all night.", ["Western Quellby Wanderers"]),
])
def test_a_club_by_its_suffix_or_its_club_word_after_a_compass_word(
        text: str, clubs: list[str]) -> None:
    assert orgs(text) == clubs


@pytest.mark.parametrize(("text", "club"), [
    ("Brennock, 22, joined from Halcombe Town in January.", "Halcombe Town"),
    ("The winger signed from Dorvan Athletic last summer.", "Dorvan Athletic"),
])
def test_the_club_a_player_joined_from(text: str, club: str) -> None:
    assert club in orgs(text)
    assert club not in people(text)


def test_a_letter_signed_for_a_person_keeps_the_person() -> None:
    assert people("The letter was signed for Jane Roe by her aide.") == ["Jane Roe"]


@pytest.mark.parametrize(("text", "body"), [
    ("San Quellmo Corp said it would sell its stake.", "San Quellmo Corp"),
    ("A reporter for the Santa Marbeca Chronicle wrote the story.", "Santa Marbeca Chronicle"),
    ("Port Elstow Holdings Ltd cut its dividend.", "Port Elstow Holdings Ltd"),
])
def test_a_place_prefix_opens_a_body_name(text: str, body: str) -> None:
    assert orgs(text) == [body]


def test_a_place_prefix_alone_names_a_place() -> None:
    assert orgs("The ferry left San Quellmo on Monday.") == []


@pytest.mark.parametrize(("text", "body"), [
    ("The General Election Commission said turnout was 69 percent.",
     "General Election Commission"),
    ("Staff of the General Audit Chamber walked out.", "General Audit Chamber"),
])
def test_general_opening_a_body_name(text: str, body: str) -> None:
    assert orgs(text) == [body]


def test_general_before_a_person_stays_a_title() -> None:
    text = "General Jane Roe Foundation officials said."
    assert "Jane Roe" not in orgs(text)


@pytest.mark.parametrize(("text", "body"), [
    ("The Independent Electoral and Boundaries Commission will publish the timetable.",
     "Independent Electoral and Boundaries Commission"),
    ("Officials at the National Science and Technology Council said.",
     "National Science and Technology Council"),
])
def test_two_words_and_a_name_after_the(text: str, body: str) -> None:
    assert orgs(text) == [body]


@pytest.mark.parametrize(("text", "body"), [
    ("Its rival Lykora Maritime posted a loss.", "Lykora Maritime"),
    ("Tarrow Steel cut 300 jobs.", "Tarrow Steel"),
    ("The Quellan Transition Mission said four soldiers died.", "Quellan Transition Mission"),
])
def test_more_trade_and_body_heads(text: str, body: str) -> None:
    assert orgs(text) == [body]


@pytest.mark.parametrize(("text", "body"), [
    ("Dana Whitcombe, chief executive of Quorvane Tessel, said profit fell.", "Quorvane Tessel"),
    ("A spokeswoman for Tarrowby Blackwell said the plant would close.", "Tarrowby Blackwell"),
    ("He is chairman of Halden Brooks, the builder.", "Halden Brooks"),
])
def test_an_officer_of_a_body_names_the_body(text: str, body: str) -> None:
    # (a false person made an organisation)
    assert body in orgs(text)
    assert body not in people(text)


@pytest.mark.parametrize(("text", "person"), [
    ("A spokesman for Jane Roe said she was ill.", "Jane Roe"),
    ("Sen. Mark Doe voted no. A spokesman for Doe said he would explain.", "Mark Doe"),
    ("A spokesman for Blackwell said the senator would not run.", "Blackwell"),
])
def test_a_spokesman_for_a_person_keeps_the_person(text: str, person: str) -> None:
    assert person in people(text)


@pytest.mark.parametrize(("text", "body"), [
    ("The General Labour Union called a strike.", "General Labour Union"),
    ("The Ghanaian General Transport Federation met.", "Ghanaian General Transport Federation"),
])
def test_general_then_a_portfolio_word_opens_a_body_name(text: str, body: str) -> None:
    assert orgs(text) == [body]
