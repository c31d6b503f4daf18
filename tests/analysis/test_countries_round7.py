"""Countries, seventh round: datelines written with a colon, a capital after a preposition
in a headline in capitals, Brussels standing for the European Union, a country's name
as a surname after a given name, the two Congos, a capital as the government after
"pressure from". Every name here is made up."""

from __future__ import annotations

import pytest

from reader.analysis.entities import find_entities


def codes(text: str) -> set[str]:
    return {e.code or "" for e in find_entities(text) if e.kind == "country"}


def test_a_dateline_written_with_a_colon_is_no_government() -> None:
    text = "Islamabad: The provincial minister Asma Qureshi opened a school built by Japan."
    assert codes(text) == {"JP"}


def test_a_capital_after_a_preposition_in_a_capitals_headline_is_a_venue() -> None:
    text = ("GOLF - ROE LEADS BY TWO IN NAIROBI.\nNAIROBI 2026-03-02\nJane Roe of Ghana"
            " led after the first round.\n")
    assert codes(text) == {"GH"}


def test_a_capital_that_acts_still_counts() -> None:
    assert codes("Nairobi said on Monday it would reply.") == {"KE"}


@pytest.mark.parametrize("text", [
    "Brussels has frozen some of the funds over the new media law.",
    "Ministers resisted handing more powers to Brussels.",
])
def test_brussels_is_the_european_union_not_belgium(text: str) -> None:
    assert "BE" not in codes(text)


def test_belgium_by_its_name_still_counts() -> None:
    assert codes("Belgian ministers met in Brussels.") == {"BE"}


def test_a_country_name_after_a_given_name_is_a_surname() -> None:
    text = "Winger Tomás Andorra scored twice for the visitors."
    ents = find_entities(text)
    assert "AD" not in {e.code for e in ents}
    assert "Tomás Andorra" in [e.name for e in ents if e.kind == "person"]


@pytest.mark.parametrize(("text", "code"), [
    ("Congolese troops retook a town north of Goma on Monday.", "CD"),
    ("Rebels in Congo's North Kivu province freed 12 hostages.", "CD"),
    ("The Democratic Republic of the Congo said Congo's army would stay.", "CD"),
    ("Congo's president spoke in Brazzaville on Monday.", "CG"),
    ("The Congolese foreign minister flew to Pointe-Noire.", "CG"),
])
def test_the_two_congos(text: str, code: str) -> None:
    assert codes(text) == {code}


@pytest.mark.parametrize(("text", "found"), [
    ("The island was not for sale, whatever the pressure from Washington.", {"US"}),
    ("She flew in from Washington on Monday.", set()),
])
def test_a_capital_after_from(text: str, found: set[str]) -> None:
    assert codes(text) == found


def test_a_country_name_read_once_as_a_surname_stays_one() -> None:
    text = "Winger Tomás Andorra scored twice. Andorra, 22, joined in May."
    ents = find_entities(text)
    assert "AD" not in {e.code for e in ents}
    person = next(e for e in ents if e.kind == "person")
    assert [text[s:t] for s, t in person.mentions] == ["Tomás Andorra", "Andorra"]


def test_a_congo_place_in_a_dateline_in_capitals() -> None:
    assert codes("GOMA, Congo — A rebel commander surrendered on Thursday.") == {"CD"}
