"""Who speaks, and what is no quote, on invented sentences: the ninth round's classes."""

from __future__ import annotations

import pytest

from reader.analysis import analyze
from reader.analysis.quote_names import title_modifier
from reader.analysis.speakers import words_in
from reader.ui.document import speaker_label


def attributions(text: str) -> list[tuple[str, str | None, str | None]]:
    """(quoted words, source words, speaker's name) of each quote."""
    result = analyze(text)
    names = {e.id: e.name for e in result.entities}
    return [(q.text.strip("\"“”,.!? "),
             text[q.source[0]:q.source[1]] if q.source else None,
             names.get(q.speaker or "")) for q in result.quotes]


def labels(text: str) -> list[str]:
    """What the reading pane shows beside each quote."""
    result = analyze(text)
    names = {e.id: e.name for e in result.entities}
    return [speaker_label(q, names, text) for q in result.quotes]


# -- a demonym that is a person's surname -----------------------------------------

@pytest.mark.parametrize(("text", "name"), [
    ("Gov. Russell Dane toured the plant. “We will keep it open,” Dane said.", "Russell Dane"),
    ("Coach Tim Welsh watched the match. Welsh, 61, said the side had “played like"
     " strangers.”", "Tim Welsh"),
    ("Rep. Amy French spoke first. “The bill is dead,” French told reporters.", "Amy French"),
    ("Sen. Ann Dane voted no. Dane's reply was short: “Read the bill.”", "Ann Dane"),
])
def test_a_demonym_that_is_the_surname_of_someone_named_is_that_person(
        text: str, name: str) -> None:
    """"Dane said" after "Russell Dane" is him again, not Denmark speaking."""
    assert [speaker for _, _, speaker in attributions(text)] == [name]


def test_a_demonym_before_a_noun_stays_the_country_beside_a_namesake() -> None:
    text = ("Rep. Amy French spoke in Ames. “The bill is dead,” French said. French voters"
            " were not told, and the Danes said nothing.")
    kinds = {(e.kind, e.name) for e in analyze(text).entities}
    assert ("country", "France") in kinds and ("person", "Amy French") in kinds


# -- a participle of naming: what a thing is called --------------------------------

@pytest.mark.parametrize("text", [
    "The campaign released a video called “Harvest Time” on Tuesday.",
    "Okafor, known to supporters as “the Builder,” said the bridge would open in May.",
    "The operation, dubbed “Iron Harvest,” began at dawn on Sunday.",
    "The programme, also known as “Fresh Start,” began in Leeds last year.",
    "Workers at the yard joined a union branch named “Dock Seven” in 1998.",
])
def test_a_name_after_a_participle_of_naming_is_no_quote(text: str) -> None:
    assert attributions(text) == []


@pytest.mark.parametrize(("text", "speaker"), [
    # a cue that reports the whole sentence keeps the named thing as its words
    ("Mayor Ines Carvalho said the plan, called “Fresh Start,” would fail.", "Ines Carvalho"),
    ("The party released an ad called “Morning in Dorset” on Friday, Gov. Hal Pryor said.",
     "Hal Pryor"),
    # a finite verb of naming reports its subject's words
    ("Sen. Lina Ostrova called the plan “a disaster” and voted no.", "Lina Ostrova"),
    ("Sen. Lina Ostrova arrived after what many voters called “a stitch-up.”", None),
])
def test_a_verb_of_naming_or_a_cue_around_it_still_reports(text: str,
                                                           speaker: str | None) -> None:
    found = attributions(text)
    assert len(found) == 1 and found[0][2] == speaker


# -- a title as a modifier inside a noun phrase ---------------------------------------

@pytest.mark.parametrize("text", [
    "Crane, a former “Quiz Night” champion, said he would debate anyone.",
    "The “Clean Rivers” campaign backed Okafor, who said she supported a levy.",
    "Her “Main Street” plan drew praise, Sen. Lina Ostrova said.",
])
def test_a_title_modifying_a_noun_is_no_quote(text: str) -> None:
    assert all("Quiz" not in q and "Clean" not in q and "Main" not in q
               for q, _, _ in attributions(text))


@pytest.mark.parametrize(("text", "modifier"), [
    ("Ostrova backed the “Clean Rivers” campaign.", True),
    ("Ostrova said the “Deep Harbour” was a myth.", False),  # a verb follows
    ("Ostrova said the “Deep Harbour,” as she put it, was a myth.", False),
    ("Ostrova read “Deep Harbour” aloud.", False),  # no determiner before
    ("Ostrova backed the “clean rivers” campaign.", False),  # no title's capitals
])
def test_a_title_modifier_needs_a_determiner_capitals_and_a_noun_after(
        text: str, modifier: bool) -> None:
    start = text.index("“")
    end = text.index("”") + 1
    assert title_modifier(text, start, end, words_in(text, 0, start)) is modifier


# -- labels: no verb in a description's words ------------------------------------------

def test_a_source_after_a_verb_of_its_subject_is_the_noun_alone() -> None:
    text = "Supporters waved signs that read “Ostrova for Governor” as she spoke."
    assert labels(text) == ["signs"]


def test_a_past_participle_adjective_stays_in_the_description() -> None:
    text = "“We were lied to,” said the retired general."
    assert labels(text) == ["the retired general"]
