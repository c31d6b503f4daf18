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
