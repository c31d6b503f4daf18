"""Descriptions that name again a person named before ("the Utah senator").

Every sentence here is invented. Each test is one rule of reader.analysis.descriptions
or of the resolution in PersonHistory.resolve_description.
"""

from __future__ import annotations

import pytest

from reader.analysis import analyze
from reader.analysis.descriptions import (
    Table,
    contradicts,
    describing_words,
    fits,
    parse_description,
)
from reader.analysis.model import Entity
from reader.ui.document import speaker_label


def attributions(text: str) -> list[tuple[str | None, str | None]]:
    """(source words, speaker name) for each quote of `text`."""
    result = analyze(text)
    names = {e.id: e.name for e in result.entities}
    return [(text[q.source[0]:q.source[1]] if q.source else None, names.get(q.speaker or ""))
            for q in result.quotes]


def table_of(text: str, name: str) -> Table:
    mentions = []
    at = text.find(name)
    while at >= 0:
        mentions.append((at, at + len(name)))
        at = text.find(name, at + 1)
    return describing_words(text, Entity(id="person:x", kind="person", name=name,
                                         mentions=mentions))


# -- the table of what a person is ----------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Yesterday Utah Sen. Ana Vidal spoke.", {"utah", "sen"}),
    ("Party nominee Ana Vidal spoke.", {"party", "nominee"}),
    ("Ana Vidal, the former mayor of Lund, spoke.", {"former", "mayor", "lund"}),
    ("Ana Vidal, former secretary of state, spoke.", {"former", "secretary"}),
    ("Rep. Ana Vidal (D-Ore.) spoke.", {"rep", "d", "ore"}),
    ("Ana Vidal, 63, spoke.", {"63-year-old"}),
])
def test_the_words_the_grammar_ties_to_a_name(text: str, expected: set[str]) -> None:
    assert expected <= table_of(text, "Ana Vidal").words


@pytest.mark.parametrize("text", [
    "The clip shows Ana Vidal at the dock.",
    "The senator met Ana Vidal at the dock.",
    "He was governor. Ana Vidal spoke.",
    "Ana Vidal, Ivo Marsh and the senator spoke.",
    "Ana Vidal, a friend of the senator, spoke.",
])
def test_words_that_only_stand_near_a_name_describe_nobody(text: str) -> None:
    words = table_of(text, "Ana Vidal").words
    assert not words & {"clip", "senator", "governor"}


def test_an_apposition_head_is_a_role() -> None:
    assert table_of("Ana Vidal, a teacher at the school, spoke.", "Ana Vidal").roles == {
        "teacher"}


# -- parsing and matching a description ------------------------------------------------

def test_a_description_parsed_into_head_and_modifiers() -> None:
    text = "the 63-year-old Utah Republican vice presidential nominee"
    desc = parse_description(text, 0, len(text), "nominee")
    assert desc.places == {"utah"}
    assert desc.party == "republican"
    assert desc.age == "63-year-old"
    assert desc.ranks == {"vice"}
    assert desc.definite and desc.modified


@pytest.mark.parametrize(("description", "words", "expected"), [
    ("the Oregon senator", {"sen", "ore"}, True),  # a state and its short form
    ("the Vermont senator", {"sen", "vt"}, True),
    ("the Oregon senator", {"sen", "utah"}, False),  # another place
    ("the Democrat", {"rep", "r"}, False),  # another party
    ("the 41-year-old senator", {"sen", "52-year-old"}, False),  # another age
    ("the vice presidential nominee", {"nominee"}, False),  # no "vice" known
    ("the senator", {"gov"}, False),  # another role
])
def test_a_description_fits_a_table(description: str, words: set[str], expected: bool) -> None:
    head = description.split()[-1].lower()
    desc = parse_description(description, 0, len(description), head)
    # (every word a place could be: the table of a person written "Sen. Ana Roe (D-Ore.)")
    assert fits(desc, Table(frozenset(words), frozenset(), frozenset(words))) is expected


def test_no_contradiction_from_what_is_not_known() -> None:
    desc = parse_description("the Utah senator", 0, 16, "senator")
    assert not contradicts(desc, Table(frozenset({"sen"}), frozenset(), frozenset({"sen"})))


# -- resolution in articles ------------------------------------------------------------

def test_the_place_picks_the_senator_not_the_latest_one() -> None:
    text = ('Sen. Ana Vidal of Oregon spoke first. Sen. Ivo Marsh of Utah spoke next.\n'
            '"We will not wait," the Oregon senator said.')
    assert attributions(text) == [("the Oregon senator", "Ana Vidal")]


def test_a_word_near_a_name_does_not_make_it_the_description() -> None:
    text = ('The clip shows Ivo Marsh at the dock.\n'
            'The clip says Marsh "took the money and ran."')
    assert attributions(text) == [("The clip", None)]


def test_a_role_description_names_the_person_the_story_is_about() -> None:
    text = ('Ana Vidal toured the flooded valley on Monday.\n\n'
            'The Utah senator said the state "will rebuild every bridge."')
    assert attributions(text) == [("The Utah senator", "Ana Vidal")]


def test_a_possessed_role_is_never_its_possessor() -> None:
    text = ('Ivo Marsh on Monday called on Paul Otis to resign over the deal.\n\n'
            '"It was a disgrace," Otis\'s former campaign aide said.')
    assert attributions(text) == [("Otis's former campaign aide", "Ivo Marsh")]


def test_a_role_that_brings_in_someone_new_names_nobody() -> None:
    text = 'Ivo Marsh appeared in court on Monday. "The case is closed," the judge said.'
    assert attributions(text) == [("the judge", None)]


def test_a_person_known_as_something_else_is_not_the_description() -> None:
    text = 'Ivo Marsh, the harbour master, met us. "We will win," the senator said.'
    assert attributions(text) == [("the senator", None)]


def test_another_party_is_not_the_description() -> None:
    text = 'Sen. Ivo Marsh (R-Utah) toured the valley. "We will rebuild," the Democrat said.'
    assert attributions(text) == [("the Democrat", None)]


def test_a_rank_the_person_lacks_is_not_the_description() -> None:
    text = ('Ivo Marsh, the party nominee, met donors in Lund.\n'
            '"We will win," the vice presidential nominee said.')
    assert attributions(text) == [("the vice presidential nominee", None)]


def test_a_gendered_role_skips_a_person_of_the_other_gender() -> None:
    text = ('Mr. Ivo Marsh toured the valley on Monday.\n'
            '"We will rebuild," the congresswoman said.')
    assert attributions(text) == [("the congresswoman", None)]


def test_two_people_named_together_are_not_one_topic() -> None:
    text = ('Ana Vidal and Jane Roe toured the valley on Monday.\n'
            '"We will rebuild," the senator said.')
    assert attributions(text) == [("the senator", None)]


def test_an_indefinite_description_is_someone_new() -> None:
    text = ('Sen. Ana Vidal toured the valley on Monday.\n'
            '"We will rebuild," a senator said.')
    assert attributions(text) == [("a senator", None)]


def test_the_app_shows_the_person_a_description_resolves_to() -> None:
    text = ('Ana Vidal toured the flooded valley on Monday.\n\n'
            'The Utah senator said the state "will rebuild every bridge."')
    result = analyze(text)
    names = {e.id: e.name for e in result.entities}
    assert speaker_label(result.quotes[0], names, text) == "Ana Vidal"



def test_an_age_names_the_person_the_story_is_about() -> None:
    text = ('Former harbour master Ivo Marsh was sentenced on Friday. "I have no regrets," '
            'the 54-year-old said.')
    assert attributions(text) == [("the 54-year-old", "Ivo Marsh")]


def test_an_age_picks_the_person_of_that_age() -> None:
    text = ('Ivo Marsh, 54, was sentenced on Friday with Tomas Berg, 61.\n'
            '"I have no regrets," the 54-year-old said.')
    assert attributions(text) == [("the 54-year-old", "Ivo Marsh")]


def test_the_same_description_before_is_the_one_meant_again() -> None:
    text = 'The president met Ana Vidal on Monday. "We agreed on little," the president said.'
    assert attributions(text) == [("the president", None)]
