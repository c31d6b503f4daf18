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
    text = "Supporters waved signs that read “we want our jobs back” as she spoke."
    assert labels(text) == ["signs"]


@pytest.mark.parametrize(("text", "label"), [
    ("Gov. Pete Dorsey signed the budget. “Kept our promise,” read the banner behind him.",
     "the banner"),
    ("“Hold the line,” shouted a man beside her.", "a man"),
])
def test_a_description_after_the_verb_stops_at_a_place_preposition(text: str,
                                                                  label: str) -> None:
    assert labels(text) == [label]


def test_a_past_participle_adjective_stays_in_the_description() -> None:
    text = "“We were lied to,” said the retired general."
    assert labels(text) == ["the retired general"]


# -- roles written in capitals ----------------------------------------------------------

@pytest.mark.parametrize(("text", "source"), [
    ("The veteran MP for Kessingham, who has sat since 1997, said he had “no regrets.”",
     "The veteran MP for Kessingham"),
    ("“No regrets,” said the MP for Kessingham.", "the MP for Kessingham"),
    ("“We were misled,” said the CEO of Norvale.", "the CEO of Norvale"),
])
def test_a_role_in_capitals_is_a_description_not_a_name(text: str, source: str) -> None:
    """"the MP for Kessingham" is someone unnamed: neither "MP" nor the seat speaks."""
    assert attributions(text)[0][1:] == (source, None)


def test_a_role_in_capitals_names_again_the_person_it_was_written_before() -> None:
    text = "Labour MP Jo Pettigrew spoke first. “We were misled,” the MP said."
    assert attributions(text) == [("We were misled", "the MP", "Jo Pettigrew")]


# -- an interview's answers: who the lead paragraph is about -----------------------------

def test_answers_are_the_person_an_earlier_sentence_of_the_lead_names() -> None:
    text = ("Sen. Nora Quinlan sat down with the Ledger on Monday. Excerpts:\n\n"
            "Q: Will you run again?\n\nA: I have not decided yet.\n\n"
            "Q: And the budget?\n\nA: It is a mess, and everyone knows it.")
    assert [speaker for _, _, speaker in attributions(text)] == ["Nora Quinlan"] * 2


# -- a role before a name after a possessive: "Roe's campaign manager, Ana Vidal," -------

@pytest.mark.parametrize(("text", "speaker"), [
    ("Nora Quinlan's campaign manager, Luis Ortega, spoke to reporters. “We are ahead,”"
     " the campaign manager said.", "Luis Ortega"),
    ("Sen. Nora Quinlan spoke in Akron. Quinlan's chief of staff, Ben Arlow, stood by."
     " “We are ready,” the chief of staff said.", "Ben Arlow"),
])
def test_a_role_set_before_a_name_after_a_possessive_is_that_persons(
        text: str, speaker: str) -> None:
    """The possessor ("Nora Quinlan's") is not the campaign manager: the name after the
    comma is."""
    assert [found[2] for found in attributions(text)] == [speaker]


# -- a cue noun after a possessive pronoun --------------------------------------------------

@pytest.mark.parametrize(("text", "speaker"), [
    ("Gov. Pete Dorsey was asked about the poll. His answer: “Polls change.”", "Pete Dorsey"),
    ("Sen. Nora Quinlan was asked about the vote. Her reply was short: “Next question.”",
     "Nora Quinlan"),
])
def test_a_cue_noun_after_his_or_her_is_that_persons_words(text: str, speaker: str) -> None:
    """"His answer:" is a noun owned by "his", not the verb "answer" after a determiner."""
    assert [found[2] for found in attributions(text)] == [speaker]


# -- "it" and "they" for a campaign, "its" for a body ----------------------------------------

@pytest.mark.parametrize("text", [
    "Sen. Nora Quinlan lost the debate. The Quinlan campaign hit back on Monday. In a"
    " statement, it called the ad “a pack of lies.”",
    "Sen. Nora Quinlan lost the debate. Quinlan's campaign hit back on Monday. They called"
    " the ad “a pack of lies.”",
])
def test_it_or_they_after_a_persons_campaign_is_that_person(text: str) -> None:
    assert attributions(text)[0][2] == "Nora Quinlan"


def test_they_after_no_campaign_names_nobody() -> None:
    text = ("Sen. Nora Quinlan lost the debate. Her rivals were pleased. They called the"
            " result “a turning point.”")
    assert attributions(text)[0][2] is None


def test_its_statement_is_the_body_named_just_before() -> None:
    text = "Norvale Motors announced 2,000 layoffs. Its statement blamed “a brutal market.”"
    assert attributions(text) == [("a brutal market", "Its", "Norvale Motors")]


# -- a person's sex as the text tells it --------------------------------------------------

@pytest.mark.parametrize("text", [
    "Rep. Jordan Ellis and Sen. Mark Tull spoke on Monday. Ellis, who chairs the caucus,"
    " said she would “fight every line” of the bill. “It is a disgrace,” she added.",
    "Sen. Mark Tull met Rep. Jordan Ellis. Ellis said she needed time. “We need privacy,”"
    " she told reporters.",
])
def test_she_for_a_name_given_to_either_sex_follows_the_text(text: str) -> None:
    """"Jordan" is given to either sex: the name table's guess does not make the later
    "she" nobody's; the text's pronouns tell."""
    assert attributions(text)[-1][2] == "Jordan Ellis"


@pytest.mark.parametrize(("text", "title"), [
    ("Sen. Ann Vole met Kelly Dunne, a union organiser. “Frank talks,” Mr. Dunne said.",
     "Mr."),
    ("Sen. Hal Pryor met Leslie Barrow. “Frank talks,” Ms. Barrow said.", "Ms."),
])
def test_a_title_after_a_name_of_either_sex_is_the_same_person(text: str,
                                                               title: str) -> None:
    result = analyze(text)
    people = [e.name for e in result.entities if e.kind == "person"]
    assert len(people) == 2
    assert attributions(text)[0][2] in people


# -- a page of campaign copy: crowds, signs and a campaign named after a body -------------

@pytest.mark.parametrize(("text", "expected"), [
    # (the Title Case words of a sign are a slogan, no quote: the tenth round's rule)
    ("At a rally, supporters held signs reading “Voss for Senate” and chanted “Four more"
     " weeks!”", ["supporters"]),
    ("Supporters held signs reading “Voss for Senate” as she spoke.", []),
    ("At the rally, supporters chanted “Four more weeks!” as she spoke.", ["supporters"]),
])
def test_a_crowds_words_keep_the_crowd_as_source(text: str, expected: list[str]) -> None:
    """No verb in the label ("supporters held signs"), and "as she spoke" tells when."""
    assert labels(text) == expected


def test_it_after_a_campaign_named_after_a_body_is_the_campaigns_person() -> None:
    text = ("Sen. Elaine Voss faces a rival backed by the Granite Growth Committee, which"
            " called her “a radical.” The Voss campaign said it would debate. “We're"
            " waiting on him,” it said.")
    assert attributions(text)[-1][2] == "Elaine Voss"


# -- words said about someone, not by them ------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("According to the indictment, Mayor Luis Carvalho “knowingly concealed” the payments.",
     ("the indictment", None)),
    ("According to court records, Mayor Luis Carvalho “failed to disclose” the loans.",
     ("court records", None)),
    ("Mayor Luis Carvalho was hailed as “a hero” by residents after the flood.",
     ("residents", None)),
    ("Mayor Luis Carvalho was hailed as “a hero” by Gov. Pete Dorsey on Friday.",
     ("Pete Dorsey", "Pete Dorsey")),
])
def test_a_paper_or_a_passive_speaks_about_the_person_named(
        text: str, expected: tuple[str, str | None]) -> None:
    """The person after "according to the indictment," or before "was hailed as" is
    who the words are about; the paper or the agent after "by" says them."""
    assert attributions(text)[0][1:] == expected


def test_a_passive_with_no_agent_gives_no_speaker() -> None:
    text = "In the ledgers, Gov. Pete Dorsey is referred to as “the big man.”"
    assert all(speaker is None for _, _, speaker in attributions(text))


def test_an_active_verb_before_as_still_reports_its_subject() -> None:
    text = "Sen. Ann Vole rated the claim as “false.”"
    assert attributions(text) == [("false", "Ann Vole", "Ann Vole")]


# -- a cue word after a determiner and a word in -ing is a noun ---------------------------

def test_a_rallying_cry_is_no_cue() -> None:
    text = ("Sen. Ann Vole has opposed every tax rise since 2011. “No new taxes” remains the"
            " rallying cry of her supporters.")
    assert all(source != "the rallying" for _, source, _ in attributions(text))


def test_a_verb_after_a_noun_in_ing_still_reports() -> None:
    text = "In her opening statement, Sen. Ann Vole called the bill “a disgrace.”"
    assert attributions(text) == [("a disgrace", "Ann Vole", "Ann Vole")]


# -- "in the words of" set off inside a sentence -------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Tom Huxley has sat for the district since 2010. He is, in the words of one"
     " colleague, “the hardest worker in the building.”", ("one colleague", None)),
    ("Tom Huxley has sat for the district since 2010. He is, in the words of Sen. Ann"
     " Vole, “the hardest worker in the building.”", ("Ann Vole", "Ann Vole")),
])
def test_in_the_words_of_inside_a_sentence_names_the_source(
        text: str, expected: tuple[str, str | None]) -> None:
    assert attributions(text)[0][1:] == expected


# -- a place that speaks is no person ----------------------------------------------------------

@pytest.mark.parametrize("text", [
    "“We are confident,” Cedar Rapids said in a statement.",
    "“The bridge stays shut,” Marlow County said on Friday.",
])
def test_a_place_named_as_a_speaker_makes_no_person(text: str) -> None:
    result = analyze(text)
    assert [e for e in result.entities if e.kind == "person"] == []
    assert result.quotes and result.quotes[0].speaker is None


# -- a group with some members named in an appositive -------------------------------------------

@pytest.mark.parametrize(("text", "source"), [
    ("Other leaders, including Prime Minister Ana Holm of Norland, called the test"
     " “reckless and dangerous.”", "Other leaders"),
    ("Several senators, among them Sen. Ann Vole, said the bill was “dead on arrival.”",
     "Several senators"),
])
def test_a_group_speaks_not_the_member_its_appositive_names(text: str, source: str) -> None:
    assert attributions(text)[0][1:] == (source, None)


def test_a_named_person_in_an_appositive_still_speaks() -> None:
    text = "Another critic, Sen. Ann Vole, said the bill was “dead on arrival.”"
    assert attributions(text)[0][2] == "Ann Vole"
