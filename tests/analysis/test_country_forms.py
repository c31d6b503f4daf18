"""Countries named in every form: a capital only where it stands for the government,
compounds ("US-led", "Sino-Indian"), official names, plurals. Every sentence is made up."""

from __future__ import annotations

import pytest

from reader.analysis.countries import compound_countries
from reader.analysis.entities import find_entities


def countries(text: str) -> dict[str, list[str]]:
    """ISO code -> the surfaces of its mentions."""
    return {e.code or "": [text[s:t] for s, t in e.mentions]
            for e in find_entities(text) if e.kind == "country"}


# -- capitals -----------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "The envoys stayed in Ankara for a week.",
    "Delegates gathered at Kampala airport before dawn.",
    "The Canberra climate accord was signed by forty states.",
    "She won the Oslo marathon in record time.",
    "Brokers on the Tehran Stock Exchange sold steel shares.",
])
def test_a_capital_that_is_a_place_is_not_its_government(text: str) -> None:
    assert countries(text) == {}


@pytest.mark.parametrize(("text", "code"), [
    ("Oslo said it would send more ships.", "NO"),
    ("The talks with Lisbon broke down on Friday.", "PT"),
    ("Pressure from Hanoi grew after the vote.", "VN"),
    ("Oslo Monday rejected the offer.", "NO"),
])
def test_a_capital_that_acts_stands_for_its_country(text: str, code: str) -> None:
    assert list(countries(text)) == [code]


@pytest.mark.parametrize("text", [
    "HANOI (Reuters) - Rice exports rose in May.",
    "Hanoi, May 2 (AFP) - Rice exports rose in May.",
    "LIMA — Copper output fell for a third month.",
    "LIMA 2026-05-02\nCopper output fell for a third month.",
])
def test_a_dateline_city_is_not_a_government(text: str) -> None:
    assert countries(text) == {}


def test_a_dateline_keeps_a_country_named_in_it() -> None:
    text = "TRUJILLO, Peru (AP) — Copper output fell for a third month."
    assert countries(text) == {"PE": ["Peru"]}


# -- compounds ----------------------------------------------------------------------------
def test_compounds_name_each_country_with_the_whole_compound() -> None:
    text = ("The US-led force, the Sino-Indian border and Afro-Cuban drummers met "
            "Chilean-born poets and the U.S.-brokered truce.")
    found = countries(text)
    assert found["US"] == ["US-led", "U.S.-brokered"]
    # several countries: each its own part, mentions never overlap
    assert found["CN"] == ["Sino"] and found["IN"] == ["-Indian"]
    assert found["CU"] == ["Afro-Cuban"]
    assert found["CL"] == ["Chilean-born"]


def test_a_compound_after_a_lower_case_prefix() -> None:
    text = "Crowds chanted anti-Dutch slogans while pro-Hanoi groups marched."
    assert countries(text) == {"NL": ["anti-Dutch"], "VN": ["pro-Hanoi"]}


@pytest.mark.parametrize("word", ["Anglo-Saxon", "Indo-Pacific", "Russian-speaking",
                                  "Indo-European", "Smith-Jones", "pan-Arab"])
def test_compounds_that_name_no_country(word: str) -> None:
    assert compound_countries(word) is None


def test_a_compound_loses_its_closing_stop_and_possessive() -> None:
    assert compound_countries("Franco-German.") == (["FR", "DE"], len("Franco-German"))
    assert compound_countries("US-Mexico's") == (["US", "MX"], len("US-Mexico"))


# -- names --------------------------------------------------------------------------------
def test_official_names_of_the_state_form() -> None:
    text = ("The Republic of Iceland, the Federal Democratic Republic of Nepal and the "
            "Rwandese Republic signed.")
    assert countries(text) == {"IS": ["Republic of Iceland"],
                               "NP": ["Federal Democratic Republic of Nepal"],
                               "RW": ["Rwandese Republic"]}


def test_a_body_opening_a_sentence_before_in_country() -> None:
    assert countries("Police in Bangladesh detained two men.") == {"BD": ["Bangladesh"]}


def test_plural_demonyms_and_the_dominican_republic() -> None:
    text = "Two Andorrans, three Nepalis and a Dominican boxer arrived."
    assert countries(text) == {"AD": ["Andorrans"], "NP": ["Nepalis"], "DO": ["Dominican"]}


# -- venues, titles of works, newspapers ----------------------------------------------------
def test_an_event_in_a_country_is_held_there() -> None:
    assert countries("He retired after the Davis Cup final in Chile.") == {"CL": ["Chile"]}


def test_a_body_named_with_in_keeps_the_country_in_its_name() -> None:
    assert countries("The group Lawyers for Rights in Peru objected.") == {}


@pytest.mark.parametrize("text", [
    "She sang “American Skies” to the crowd.",
    'He read "Letters From Lima, Peru" aloud.',
    "The band closed with “Moscow Nights (Live)” at midnight.",
])
def test_a_country_inside_the_title_of_a_work_is_no_mention(text: str) -> None:
    assert countries(text) == {}


def test_a_quoted_sentence_still_names_its_country() -> None:
    assert countries("“Chile will respond,” the envoy said.") == {"CL": ["Chile"]}


@pytest.mark.parametrize("text", ["Her column in USA Today ran on Monday.",
                                  "The China Daily said so on Monday."])
def test_a_newspaper_named_after_a_country_is_not_the_country(text: str) -> None:
    assert countries(text) == {}


def test_today_in_lower_case_leaves_the_country() -> None:
    assert countries("China today said it would respond.") == {"CN": ["China"]}


def test_georgia_among_us_states_is_the_state() -> None:
    assert countries("Polls close early in Florida, Georgia and Ohio.") == {}
    assert countries("Georgia and Armenia signed a gas deal.") == {
        "GE": ["Georgia"], "AM": ["Armenia"]}


def test_a_headline_in_capitals_names_events_and_tours_as_running_text_does() -> None:
    text = ("SQUASH - PERU OPEN QUARTER-FINAL RESULTS.\nCYCLING - TOUR OF BELGIUM RESULTS.\n"
            "HOCKEY - CANADA BEAT SWEDEN IN FINAL.")
    assert countries(text) == {"CA": ["CANADA"], "SE": ["SWEDEN"]}


def test_a_capital_where_a_state_body_sits_is_its_government() -> None:
    assert countries("The Defence Ministry in Ankara denied it.") == {"TR": ["Ankara"]}
