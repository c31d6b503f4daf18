"""What is no quote, and who speaks, on invented sentences: the tenth round's classes.

Each class was found on pages of invented copy of kinds unlike the open sets (a review,
a sports feature, a business story, a court story, a protest, a party row), written and
counted before the rules were read."""

from __future__ import annotations

import pytest

from reader.analysis import analyze
from reader.ui.document import speaker_label
from tests.analysis.support import attributions


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


# -- a description with a plural possessive: "the builders' lawyer" ----------------------

@pytest.mark.parametrize(("text", "source"), [
    ("“We will be back every week,” the students' union said in a post online.",
     "the students' union"),
    ("The farmers’ spokesman said the price was “a scandal.”", "The farmers’ spokesman"),
    ("“It is over,” the players' coach said after the final.", "the players' coach"),
    ("Arthur Feingold, the city's lawyer, disagreed. “Every flat just got dearer,” the"
     " builders' lawyer said.", "the builders' lawyer"),
])
def test_a_plural_possessive_stays_inside_the_description_that_speaks(
        text: str, source: str) -> None:
    """"builders' lawyer" is no verb in -s before a noun ("the ad uses footage")."""
    assert attributions(text)[-1][1] == source
    assert labels(text)[-1] == source


def test_a_description_with_a_possessor_links_to_the_one_it_describes() -> None:
    text = ("Arthur Feingold, the city's lawyer, and Sandra Whitcombe spoke after the hearing."
            " “A good day for the city,” the city's lawyer said. “A bad day for builders,”"
            " the builders' lawyer said.")
    assert [(s, p) for _, s, p in attributions(text)] == [
        ("the city's lawyer", "Arthur Feingold"), ("the builders' lawyer", None)]


# -- "she" after someone the text does not name: that one, not the woman named before ----

@pytest.mark.parametrize("text", [
    "Inspector Moira Caddick said the road would stay shut. A neighbour, who gave no name,"
    " said she had heard a bang. “Then the whole front was orange,” she said.",
    "Mayor Elena Drummond opened the bridge on Monday. One resident stood apart from the"
    " crowd. “I lost my shop to this road,” she said.",
    "Coach Tariq Benali praised his side. The goalkeeper's father watched from the stand."
    " “He has waited six years for this,” he said.",
])
def test_a_pronoun_after_someone_unnamed_is_not_the_person_named_before(text: str) -> None:
    """The subject of the sentence before is a person nobody names ("a neighbour", "one
    resident"): "she" is that person, so the quote has a source and no speaker."""
    assert attributions(text)[-1][2] is None


@pytest.mark.parametrize(("text", "speaker"), [
    # the unnamed one is the object, the named one the subject: "she" is the subject
    ("Mayor Elena Drummond met a resident on Monday. “We will rebuild it,” she said.",
     "Elena Drummond"),
    # a named person with a description as the subject is still named
    ("Elena Drummond, the mayor, spoke first. “We will rebuild it,” she said.",
     "Elena Drummond"),
])
def test_a_pronoun_after_a_named_subject_stays_that_person(text: str, speaker: str) -> None:
    assert attributions(text)[-1][2] == speaker


# -- an adverb of time between the subject and its verb is no source ----------------------

@pytest.mark.parametrize(("text", "source"), [
    ("Industry groups have long insisted the compounds are “safe at normal levels.”",
     "Industry groups"),
    ("Residents of the estate now say the river is “dead below the weir.”",
     "Residents of the estate"),
    ("Landlords always claim the new rules are “unworkable in practice.”", "Landlords"),
])
def test_an_adverb_before_the_verb_leaves_the_subject_as_source(text: str,
                                                                 source: str) -> None:
    assert labels(text) == [source]


@pytest.mark.parametrize("text", [
    "Lumora, the photo app, will add a feature it calls “Quiet Mode” for teenage users.",
    "Harlow Bank Inc. said the cuts were part of what it calls “Project Lighthouse,” a"
    " plan to close 40 branches.",
    "Students called her seminar “the Furnace” for the heat of its arguments.",
])
def test_a_name_a_body_or_a_group_gives_a_thing_is_no_quote(text: str) -> None:
    """What a company calls its own product or plan, and a nickname that people nobody
    names give a thing, are names; a person's nickname for a rival stays a quote (above)."""
    assert quoted(text) == []


# -- a person "of" a body: the person speaks ---------------------------------------------

@pytest.mark.parametrize(("text", "speaker"), [
    ("Desmond Achebe of the campaign group Screen Sense said the feature was “a fig leaf.”",
     "Desmond Achebe"),
    ("Priya Natarajan of the Coastal Farmers Union said prices were “the lowest in"
     " memory.”", "Priya Natarajan"),
    ("Critics were unmoved. Tomas Vrba at Harlow Bank Inc. said the plan was “too little,"
     " too late.”", "Tomas Vrba"),
])
def test_a_person_of_a_body_is_who_speaks(text: str, speaker: str) -> None:
    assert attributions(text)[-1][2] == speaker



# -- "Roe himself was ...": a reflexive after the subject leaves it the subject ----------

@pytest.mark.parametrize(("text", "speaker"), [
    ("Her opponent, Dale Hinrichsen, released an ad. A spokesman, Brady Tollefson, said the"
     " ad was “just the record.”\n\nHinrichsen himself was campaigning in Sioux City. “I"
     " don't need a nickname,” he said.", "Dale Hinrichsen"),
    ("Mayor Ines Calloway named a new police chief. Her deputy, Ruth Adeyemi, said the"
     " choice was “a fresh start.”\n\nCalloway herself stayed away from the ceremony. “It"
     " is his day, not mine,” she said.", "Ines Calloway"),
])
def test_a_reflexive_after_a_name_keeps_it_the_subject(text: str, speaker: str) -> None:
    assert attributions(text)[-1][2] == speaker


# -- a document "seen by" or "obtained by" a paper: the document speaks -------------------

@pytest.mark.parametrize(("text", "source"), [
    ("An internal report, obtained by the Harbour Gazette, called the plan “unworkable in"
     " its present form.”", "An internal report"),
    ("A leaked cabinet memo, seen by the Coastal Courier, described the bill's chances as"
     " “slim without concessions.”", "A leaked cabinet memo"),
])
def test_a_paper_that_saw_a_document_is_not_its_speaker(text: str, source: str) -> None:
    assert attributions(text) == [(attributions(text)[0][0], source, None)]
