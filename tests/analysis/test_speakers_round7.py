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
