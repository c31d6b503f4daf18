"""Who speaks, on invented sentences, for the error classes of the seventh round: a
retort reported by a verb with "back", a description that comes before the name it
stands for, and transcript labels that hold a title or are a role alone."""

from __future__ import annotations

import pytest

from reader.analysis import analyze


def attributions(text: str) -> list[tuple[str | None, str | None]]:
    """(source words, speaker's name) of each quote."""
    result = analyze(text)
    names = {e.id: e.name for e in result.entities}
    return [(text[q.source[0]:q.source[1]] if q.source else None, names.get(q.speaker or ""))
            for q in result.quotes]


@pytest.mark.parametrize(("text", "expected"), [
    ("Council member Priya Raman-Holt questioned the budget. “This is not a plan,” she"
     " hit back.", [("she", "Priya Raman-Holt")]),
    ("“That is simply untrue,” Kwame Asante-Dery fired back on Tuesday.",
     [("Kwame Asante-Dery", "Kwame Asante-Dery")]),
    ("Finance chief Lotte Brandvold was asked about the deficit. “Ask me in a year,” she"
     " shot back.", [("she", "Lotte Brandvold")]),
    ("Ilse Varga hit back on Monday: “The plan is sound.”", [("Ilse Varga", "Ilse Varga")]),
])
def test_a_verb_with_back_reports_a_retort(text: str, expected: list[tuple[str, str]]) -> None:
    assert attributions(text) == expected


def test_a_verb_that_needs_back_reports_nothing_alone() -> None:
    text = "The storm hit the coast, “a wall of water,” and Tarek Saidi watched."
    assert attributions(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("“The bridge will open in May,” the transport minister said.\n\nTransport Minister"
     " Ilse Varga-Nemeth told reporters the contractor was on schedule.",
     [("the transport minister", "Ilse Varga-Nemeth")]),
    ("“We have no money left,” the mayor said on Monday.\n\nMayor Oskar Lindqvist, who"
     " took office in March, has frozen hiring.", [("the mayor", "Oskar Lindqvist")]),
])
def test_a_description_before_the_name_stands_for_the_person_named_next(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert attributions(text) == expected


def test_a_description_before_two_fitting_names_stands_for_neither() -> None:
    text = ("“We have no money left,” the mayor said.\n\nMayor Oskar Lindqvist and Mayor"
            " Ruben Sandoval met on Monday.")
    assert attributions(text) == [("the mayor", None)]


def test_a_description_before_a_name_of_another_role_stands_for_nobody() -> None:
    text = "“We have no money left,” the mayor said.\n\nGovernor Oskar Lindqvist agreed."
    assert attributions(text) == [("the mayor", None)]


def test_a_role_set_off_before_a_name_describes_it() -> None:
    text = ("The finance minister, Adwoa Sarpong-Mills, flew to Geneva. Talks stalled."
            " “There is no deal yet,” the finance minister said later.")
    assert attributions(text) == [("the finance minister", "Adwoa Sarpong-Mills")]


def test_a_transcript_label_with_a_title_is_the_named_person() -> None:
    text = ("The exchange was recorded in court.\n\n"
            "JUDGE OKONJO: Are you represented by a lawyer?\n\n"
            "WITNESS: No, sir.\n\n"
            "JUDGE OKONJO: Then we will wait.\n\n"
            "WITNESS: Thank you, your honour.\n\n"
            "The witness, Samir Haddadi, 29, was later released by Judge Felicia Okonjo.")
    assert attributions(text) == [
        ("JUDGE OKONJO", "Felicia Okonjo"), ("WITNESS", "Samir Haddadi"),
        ("JUDGE OKONJO", "Felicia Okonjo"), ("WITNESS", "Samir Haddadi")]


def test_a_role_label_named_by_nobody_stays_unresolved() -> None:
    text = ("MODERATOR: Your time is up.\n\nHOST: Thank you all.\n\n"
            "MODERATOR: We move on to taxes now.\n\nHOST: Good night to you.")
    assert [speaker for _, speaker in attributions(text)] == [None] * 4


@pytest.mark.parametrize(("text", "expected"), [
    ("“Every child deserves a teacher who stays.”\n— Marisol Etxeberria, head of the"
     " teachers' union\n\nThe union met in Bilbao.",
     [("Marisol Etxeberria", "Marisol Etxeberria")]),
    ("\"Prices will fall by spring.\"\n- Governor Anders Holmgaard\n\nThe bank meets soon.",
     [("Anders Holmgaard", "Anders Holmgaard")]),
])
def test_a_quote_signed_on_the_line_below_is_the_signers(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert attributions(text) == expected


def test_a_list_item_after_a_quote_signs_nothing() -> None:
    text = "“We will win.”\n- Ana Roe said on Monday that the vote was fair."
    assert attributions(text) == []


def test_a_government_document_speaks_for_its_country() -> None:
    text = "“Talks will resume on Friday,” a Norwegian foreign ministry statement said."
    result = analyze(text)
    assert [result.entity(q.speaker).name if q.speaker else None
            for q in result.quotes] == ["Norway"]


def test_a_business_document_speaks_for_no_country() -> None:
    text = "“Talks will resume on Friday,” a Norwegian oil company statement said."
    assert attributions(text) == [("a Norwegian oil company statement", None)]


def test_that_was_how_names_the_speaker_after_the_quote() -> None:
    text = ("“I am not a thief.” That was how Senator Gideon Mwangi-Otieno opened his"
            " defence on Monday.")
    assert attributions(text) == [("Gideon Mwangi-Otieno", "Gideon Mwangi-Otieno")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Minister: ‘We Will Not Retreat’\n\nThe energy minister, Hamid Sadeghi-Rad, told"
     " parliament on Tuesday that the plan stands.", [("Minister", "Hamid Sadeghi-Rad")]),
    ("Okafor: “I Am Not Going Anywhere”\n\nCoach Emeka Okafor said on Friday he would stay.",
     [("Okafor", "Emeka Okafor")]),
])
def test_a_headline_label_names_the_speaker(text: str, expected: list[tuple[str, str]]) -> None:
    assert attributions(text) == expected


def test_a_headline_label_of_no_one_the_text_names_gives_no_quote() -> None:
    text = "Exclusive: “We Were Lied To”\n\nFamilies of the crew spoke on Monday."
    assert attributions(text) == []


def test_a_spokesman_for_a_titled_person_is_not_that_person() -> None:
    text = "A spokesman for Ambassador Kurt Vogel said the ambassador was “not available.”"
    assert attributions(text) == [("A spokesman for Ambassador Kurt Vogel", None)]


def test_police_in_a_place_speak_not_the_place() -> None:
    text = "Police in Mombasa said the suspect “fled on foot” after the attack."
    assert attributions(text) == [("Police in Mombasa", None)]


def test_an_adverb_between_who_and_the_verb_leaves_the_person_the_source() -> None:
    text = "It was Mirela Popescu who first called the scheme “a pyramid.”"
    assert [speaker for _, speaker in attributions(text)] == ["Mirela Popescu"]


@pytest.mark.parametrize("given", ["Jan", "Andrea", "Nicola"])
def test_a_given_name_of_either_sex_across_countries_fits_he(given: str) -> None:
    text = (f"Defence lawyer {given} Kovac addressed the jury. “My client never met the"
            " victim,” he said.")
    assert attributions(text) == [("he", f"{given} Kovac")]


def test_a_name_followed_by_a_preposition_is_not_brought_in_by_an_apposition() -> None:
    text = ("Tomasz Nowak thanked his coach, Marek Zielinski, after the race. He said he had"
            " “never felt stronger.”")
    assert attributions(text) == [("He", "Tomasz Nowak")]


def test_a_question_asked_of_a_titled_person_is_the_askers() -> None:
    text = "“Where is the money?” Anita Bose asked Finance Minister Raj Kumar."
    assert attributions(text) == [("Anita Bose", "Anita Bose")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Striker Antoine Mercier scored twice. “It was a good night,” the Frenchman said.",
     [("the Frenchman", "Antoine Mercier")]),
    ("Midfielder Thiago Moura, 29, signed on Friday. “I am happy,” the 29-year-old"
     " Brazilian said.", [("the 29-year-old Brazilian", "Thiago Moura")]),
])
def test_a_nationality_names_the_person_not_the_country(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert attributions(text) == expected


@pytest.mark.parametrize("text", [
    "“We will not pay,” the Netherlands said on Monday.",
    "“We will not pay,” the US said on Monday.",
])
def test_a_country_named_with_its_article_still_speaks(text: str) -> None:
    result = analyze(text)
    assert [result.entity(q.speaker).kind if q.speaker else None
            for q in result.quotes] == ["country"]
