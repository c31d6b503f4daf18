"""What is no quote, and who speaks, on invented sentences: the tenth round's classes.

Each class was found on pages of invented copy of kinds unlike the open sets (a review,
a sports feature, a business story, a court story, a protest, a party row), written and
counted before the rules were read."""

from __future__ import annotations

import pytest

from reader.analysis import analyze
from reader.ui.document import speaker_label


def attributions(text: str) -> list[tuple[str, str | None, str | None]]:
    """(quoted words, source words, speaker's name) of each quote."""
    result = analyze(text)
    names = {e.id: e.name for e in result.entities}
    return [(q.text.strip("\"“”‘’',.!? "),
             text[q.source[0]:q.source[1]] if q.source else None,
             names.get(q.speaker or "")) for q in result.quotes]


def quoted(text: str) -> list[str]:
    return [words for words, _, _ in attributions(text)]


def labels(text: str) -> list[str]:
    """What the reading pane shows beside each quote."""
    result = analyze(text)
    names = {e.id: e.name for e in result.entities}
    return [speaker_label(q, names, text) for q in result.quotes]


# -- a name in quotation marks that nobody is said to say ---------------------------

@pytest.mark.parametrize("text", [
    # what a place or a side is called by people nobody names
    "Ferreira, 29, scored in a 2-0 win at Dunmore Lane, the ground locals call"
    " “the Lion's Den.”",
    "The bus crashed on a bend that drivers in the valley call “Widow's Corner,” police"
    " said, after a wet night.",
    # a sign, a banner, a shirt: their words are nobody's speech
    "A placard held up in the front row read “Justice for the Quarrymen,” and the hall"
    " fell silent.",
    "Outside the court, a banner strung between two lamp posts read “Free the Harbour"
    " Nine.”",
    # a report's or a film's title set off after its maker
    "A study by the Halvorsen Institute, “Water at the Margins,” found that wells in the"
    " south had fallen by a third.",
    "The second album by the Lagos quartet, “Midnight in Ikoyi,” sold poorly at first.",
])
def test_a_title_or_a_name_that_nobody_says_is_no_quote(text: str) -> None:
    assert quoted(text) == []


@pytest.mark.parametrize("text", [
    "The ministry's so-called “green bonus” for small farms was cut on Monday, the"
    " newspaper reported.",
    "Lawyers for the port attacked the so-called “fair berth rule,” which the regulator"
    " adopted in March.",
])
def test_a_so_called_term_that_nobody_is_said_to_say_is_no_quote(text: str) -> None:
    assert quoted(text) == []


@pytest.mark.parametrize("text", [
    "Supporters of Councillor Mirela Voss marched under the slogan “Voss Will Deliver.”",
    "The club's motto, “Steady in the Storm,” is painted over the dressing-room door,"
    " coach Rhys Pendle said.",
])
def test_a_slogan_or_a_motto_is_no_ones_quote(text: str) -> None:
    assert quoted(text) == []


@pytest.mark.parametrize(("text", "words", "speaker"), [
    # a cue with a named speaker keeps even a Title Case nickname his words
    ("Mayor Ines Calloway called her rival “Slow Tom” at the rally.", "Slow Tom",
     "Ines Calloway"),
    # a partial quote after a naming verb with a cue nearby is a quote
    ("Councillor Bram Osei called the plan “a costly mistake,” and voted against it.",
     "a costly mistake", "Bram Osei"),
])
def test_a_quote_after_a_naming_verb_with_a_speaker_stays_a_quote(
        text: str, words: str, speaker: str) -> None:
    assert [(w, s) for w, _, s in attributions(text)] == [(words, speaker)]


def test_what_critics_call_something_stays_their_quote() -> None:
    text = "The levy starts in May. Critics call it “a tax on ambition.”"
    assert attributions(text) == [("a tax on ambition", "Critics", None)]


def test_a_chant_of_a_crowd_is_a_quote_with_no_speaker() -> None:
    text = ("Rector Anton Kulik left by a side door. Outside, the crowd chanted “Hands off"
            " our grants!” for an hour.")
    assert attributions(text) == [("Hands off our grants", "the crowd", None)]


# -- "it" and "they" for a body: the subject of the sentence before first -----------------

@pytest.mark.parametrize(("text", "speaker"), [
    ("Bramwell Foods Ltd was fined on Monday after an audit by Tarrow Holdings Inc.\n\n"
     "Bramwell, which makes frozen pies, employs 3,000 people. It said the fine was “out of"
     " all proportion.”", "Bramwell Foods Ltd"),
    ("The Orkney Ferry Company lost its licence after a ruling by the Maritime Safety"
     " Board.\n\nThe Orkney Ferry Company has run the route since 1972. It said it would"
     " “fight this all the way.”", "Orkney Ferry Company"),
])
def test_it_is_the_body_that_was_the_subject_of_the_sentence_before(
        text: str, speaker: str) -> None:
    assert attributions(text)[-1][2] == speaker


@pytest.mark.parametrize("text", [
    "The council's planning committee met on Tuesday, the Harbour Gazette reported. The"
    " committee rejected the tower. They said its design was “out of scale with the"
    " street.”",
    "Delegates from the Corran Valley Trust met the mayor. The residents' association"
    " voted against the plan on Friday. It said the homes were “too few and too dear.”",
])
def test_it_or_they_after_a_body_nobody_names_is_no_other_body(text: str) -> None:
    """The subject of the sentence before is a body the text does not name: "it" is that
    body, not the newspaper or the trust named before it."""
    assert attributions(text)[-1][2] is None


# -- a name written surname first: its first word says nothing of sex --------------------

@pytest.mark.parametrize(("text", "speaker"), [
    ("The chief executive, Moon Ji-ho, told analysts the plan would go on. “We are not"
     " retreating,” he said.", "Moon Ji-ho"),
    ("Han Dong-wook met Carla Brandt in Busan on Monday. Brandt left early. Han said the"
     " talks had gone well. “We agreed on the first step,” he said.", "Han Dong-wook"),
    ("Song Min-jae and Petra Lindqvist spoke at the forum. Song, 44, said the rules would"
     " change. “Nobody will lose a job,” he added.", "Song Min-jae"),
])
def test_he_may_be_a_man_whose_surname_is_also_a_given_name(text: str, speaker: str) -> None:
    """"Moon", "Han", "Song" are given names in the tables, and surnames written first in
    names such as "Moon Ji-ho": the hyphenated given name after it tells the order."""
    assert attributions(text)[-1][2] == speaker
