"""Who speaks, on invented sentences, for the error classes of the eighth round."""

from __future__ import annotations

import pytest

from reader.analysis import analyze


def attributions(text: str) -> list[tuple[str | None, str | None]]:
    """(source words, speaker's name) of each quote."""
    result = analyze(text)
    names = {e.id: e.name for e in result.entities}
    return [(text[q.source[0]:q.source[1]] if q.source else None, names.get(q.speaker or ""))
            for q in result.quotes]


# -- a body's name inside a description of someone unnamed --------------------------

@pytest.mark.parametrize(("text", "source"), [
    ("The budget plan is “dead on arrival,” according to a senior Pentagon official.",
     "a senior Pentagon official"),
    ("“Nobody has signed anything,” a Kremlin source told the agency, adding that “the"
     " door is still open.”", "a Kremlin source"),
    ("“We are watching closely,” a White House aide said, adding that the president “has"
     " not decided.”", "a White House aide"),
    ("Mayor Ines Kowalczyk-Brandt promised new buses. “The depot will open in May,” a City"
     " Hall spokesman said, adding that “the drivers are hired.”", "a City Hall spokesman"),
    ("The levy is “off the table for now,” said one long-time Treasury adviser.",
     "one long-time Treasury adviser"),
])
def test_a_body_that_only_modifies_a_description_does_not_speak(text: str, source: str) -> None:
    """"a Kremlin source" is someone unnamed, whichever path finds the source (before the
    verb, after it, after "according to", or the subject a participle goes back to)."""
    assert attributions(text) and all(found == (source, None) for found in attributions(text))


@pytest.mark.parametrize("text", [
    "The berths are “safe for every ship,” according to the Harbour Authority.",
    "“We did nothing wrong,” the Harbour Authority said.",
    "“We did nothing wrong,” said the Harbour Authority.",
])
def test_a_body_named_alone_still_speaks(text: str) -> None:
    assert [name for _, name in attributions(text)] == ["Harbour Authority"]


def test_a_role_before_a_name_is_no_unnamed_description() -> None:
    text = "“We will win,” said a Labour spokeswoman, Tanvi Okoro-Lindqvist."
    assert attributions(text) == [("Tanvi Okoro-Lindqvist", "Tanvi Okoro-Lindqvist")]


def test_a_document_speaks_for_the_body_named_in_it() -> None:
    text = ("The Marwick Gazette has backed the tunnel for years. A Gazette editorial called"
            " the delay “a scandal.”")
    found = attributions(text)
    assert found == [("A Gazette editorial", "Marwick Gazette")]


# -- the person a dateline's first sentence is about --------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("KAMPALA, Uganda — Grace Nakato-Ssali, a former nurse, said on Monday that she would"
     " run for mayor.\n\n“I know the wards,” the 47-year-old said.",
     [("the 47-year-old", "Grace Nakato-Ssali")]),
    ("OSLO (Wire) - Eirik Tangen-Vold, a retired admiral, said he would stand for"
     " parliament.\n\n“I am not a politician,” the 66-year-old told reporters.",
     [("the 66-year-old", "Eirik Tangen-Vold")]),
    ("LIMA, Peru, March 3 — Rosa Quispe-Huaman, a mining engineer, said she would stand"
     " for congress.\n\n“I am tired of waiting,” the 39-year-old said.",
     [("the 39-year-old", "Rosa Quispe-Huaman")]),
    ("KAMPALA — Grace Nakato-Ssali, a former nurse, met Joseph Okello on Monday.\n\n“I know"
     " the wards,” the 47-year-old said.", [("the 47-year-old", "Grace Nakato-Ssali")]),
])
def test_the_first_sentence_after_a_dateline_opens_on_its_subject(
        text: str, expected: list[tuple[str, str]]) -> None:
    """A description such as "the 47-year-old" stands for the person the sentence
    before is about; a dateline in front of that sentence does not hide its subject."""
    assert attributions(text) == expected



# -- two speakers in one sentence ---------------------------------------------------

@pytest.mark.parametrize(("text", "second"), [
    ("“We will cut taxes,” said Ana Roe-Vidal, the party leader, but her deputy, Ivo"
     " Marsh-Kell, shot back: “Not this year.”", "Ivo Marsh-Kell"),
    ("“The plan is sound,” Ana Roe-Vidal said, and her rival, Ivo Marsh-Kell, replied: “It"
     " is a fantasy.”", "Ivo Marsh-Kell"),
    ("“Prices will fall,” said Lena Okafor, while the central bank governor, Tomas Berg,"
     " warned: “Not soon.”", "Tomas Berg"),
])
def test_a_second_speaker_after_a_conjunction_says_the_second_quote(
        text: str, second: str) -> None:
    """", but her deputy, Ivo Marsh-Kell, shot back:" opens a clause of its own: the
    comma before "but" does not make "her deputy" an appositive of the first speaker."""
    found = attributions(text)
    assert len(found) == 2 and found[0][1] != second and found[1][1] == second


def test_a_stacked_appositive_in_lower_case_still_leads_to_the_name() -> None:
    text = ("“We objected,” Ivo Marsh-Kell, the attorney general of Tarsk, one of the towns"
            " that sued, said.")
    assert attributions(text) == [("Ivo Marsh-Kell", "Ivo Marsh-Kell")]


# -- a body's own organ speaks for it -----------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("The Marwick Gazette has long backed the tunnel. The Gazette’s editorial board called"
     " the delay “a scandal.”", [("The Gazette’s editorial board", "Marwick Gazette")]),
    ("In an opinion piece in The Halden Courier, the mayor defended the tunnel. The"
     " Courier’s editors, in a separate piece, called it “a folly.”",
     [("The Courier’s editors", "Halden Courier")]),
    ("“A folly,” the Halden Courier’s editorial board wrote on Sunday.",
     [("the Halden Courier’s editorial board", "Halden Courier")]),
    ("The Velmont Rail Company cut 300 jobs on Monday. The company’s board said the cuts"
     " were “painful but necessary.”", [("The company’s board", "Velmont Rail Company")]),
])
def test_an_organ_of_a_body_speaks_for_the_body(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert attributions(text) == expected


@pytest.mark.parametrize("text", [
    "The Velmont Rail Company cut 300 jobs. The company’s spokesman said the cuts were"
    " “painful but necessary.”",
    "Ana Roe-Vidal chairs the hospital trust. Roe-Vidal’s board called the audit “unfair.”",
])
def test_someone_of_a_body_or_a_person_s_board_is_no_body_speaking(text: str) -> None:
    assert [name for _, name in attributions(text)] == [None]


def test_the_person_named_last_in_a_long_title_speaks() -> None:
    text = ("The opposition was angry. Minister of State for Electronics Arvind Sood rejected"
            " the criticism, saying the bill had been “discussed for years.”")
    assert [name for _, name in attributions(text)] == ["Arvind Sood"]


# -- "the company" for a business named after a word that says so --------------------

@pytest.mark.parametrize(("text", "company"), [
    ("Rail operator Whitlock Brothers said on Thursday it would cut 300 jobs.\n\n“We have"
     " no choice,” the company told its staff.", "Whitlock Brothers"),
    ("Ferry operator Karlsen Lindqvist said on Monday it would cut 300 jobs. “We have no"
     " choice,” the company said.", "Karlsen Lindqvist"),
])
def test_the_company_stands_for_a_business_named_after_its_trade(text: str,
                                                                 company: str) -> None:
    assert [name for _, name in attributions(text)] == [company]


def test_the_company_stands_for_no_person() -> None:
    text = "Ana Roe met Karlsen Lindqvist on Monday. “We have no choice,” the company said."
    assert [name for _, name in attributions(text)] == [None]


def test_talked_about_reports_the_words_that_follow() -> None:
    text = "Ana Roe-Vidal talked about “a new dawn” for the city."
    assert attributions(text) == [("Ana Roe-Vidal", "Ana Roe-Vidal")]


def test_talks_as_a_noun_reports_nothing() -> None:
    text = "Peace talks “stalled” again on Monday, and the ministers went home."
    assert attributions(text) == []


def test_a_transcript_label_is_a_person_even_when_named_nowhere_else() -> None:
    text = ("Senator Ivo Brandt spoke to the host on Sunday. A partial transcript follows.\n\n"
            "HOLLOWAY: Why did you vote for the bill?\n\nBRANDT: Because it was right.\n\n"
            "HOLLOWAY: And will you vote for it again?\n\nBRANDT: I will.")
    result = analyze(text)
    names = {e.id: (e.name, e.kind) for e in result.entities}
    assert [names.get(q.speaker or "") for q in result.quotes] == [
        ("Holloway", "person"), ("Ivo Brandt", "person"), ("Holloway", "person"),
        ("Ivo Brandt", "person")]


def test_a_transcript_label_that_is_a_role_stays_nobody() -> None:
    text = ("JUROR: Can we see the letter again?\n\nCLERK: Here it is.\n\n"
            "JUROR: Thank you.\n\nCLERK: You are welcome.")
    result = analyze(text)
    assert result.quotes and all(q.speaker is None for q in result.quotes)


# -- people in a place: the people speak, not the place ------------------------------

@pytest.mark.parametrize(("text", "source"), [
    ("“The wells are dry,” Bedouins in the Negev told reporters.", "Bedouins in the Negev"),
    ("“We are abandoned,” villagers near Lake Turkana said on Monday.",
     "villagers near Lake Turkana"),
    ("“The road is closed,” police in San Cristobal said.", "police in San Cristobal"),
    ("“The pumps have stopped,” herders outside Gao Kebir told the agency.",
     "herders outside Gao Kebir"),
])
def test_people_in_a_place_are_the_source_not_the_place(text: str, source: str) -> None:
    assert attributions(text) == [(source, None)]


# -- speech over paragraphs: a quote per paragraph, one speaker ----------------------

def test_a_paragraph_of_speech_that_goes_on_takes_the_cue_of_the_next() -> None:
    text = ("In a speech on Saturday, the party leader, Orla Breen-Adeyemi, set out her plan.\n\n"
            "“For thirty years, every government has promised the north a railway.\n\n"
            "“We will build it,” she told the hall. “The money is in the budget.”")
    found = attributions(text)
    assert [name for _, name in found] == ["Orla Breen-Adeyemi"] * 3
    assert [q.text[:12] for q in analyze(text).quotes] == [
        "“For thirty ", "“We will bui", "“The money i"]


def test_the_paragraphs_after_a_cue_go_on_with_its_speaker() -> None:
    text = ("“The quay was built in 1931,” said the harbour master, Sione Latu. “The ships"
            " are bigger now.\n\n“If nothing is done, they will stop coming.”\n\nThe"
            " ministry did not comment.")
    assert [name for _, name in attributions(text)] == ["Sione Latu"] * 3


@pytest.mark.parametrize(("text", "country"), [
    ("ISLAMABAD — Pakistan’s foreign office called the drone flight “a clear breach of"
     " our airspace.”", "Pakistan"),
    ("“We reject the claims,” the Kenyan presidency said on Monday.", "Kenya"),
])
def test_a_country_s_office_or_presidency_speaks_for_it(text: str, country: str) -> None:
    assert [name for _, name in attributions(text)] == [country]


def test_an_office_of_no_country_speaks_for_none() -> None:
    assert attributions("“The tax is legal,” the mayor's office said.") == [
        ("the mayor's office", None)]


@pytest.mark.parametrize("text", [
    "President Rahim Nazari-Khan toured the dam. His office quoted him as saying the work"
    " was “on schedule.”",
    "President Rahim Nazari-Khan toured the dam. State television quoted him as saying the"
    " work was “on schedule.”",
])
def test_the_one_quoted_as_saying_is_who_the_object_pronoun_stands_for(text: str) -> None:
    assert attributions(text) == [("him", "Rahim Nazari-Khan")]


# -- someone unnamed tied to a person named after "to" or "with" --------------------

@pytest.mark.parametrize(("text", "source"), [
    ("Senator Ana Roe-Vidal left early. “She is exhausted,” a source close to Roe-Vidal"
     " said.", "a source close to Roe-Vidal"),
    ("Senator Ana Roe-Vidal left early. “She is exhausted,” an aide to Roe-Vidal said.",
     "an aide to Roe-Vidal"),
    ("Senator Ana Roe-Vidal left early. “She is exhausted,” said a source close to Ana"
     " Roe-Vidal.", "a source close to Ana Roe-Vidal"),
    ("“We are close to a deal,” one diplomat familiar with the talks told the agency.",
     "one diplomat familiar with the talks"),
    ("Ivo Marsh-Kell was charged on Monday. “He will plead not guilty,” a source familiar"
     " with Marsh-Kell's defence said.", "a source familiar with Marsh-Kell's defence"),
])
def test_someone_close_to_a_person_is_not_that_person(text: str, source: str) -> None:
    assert attributions(text) == [(source, None)]


def test_a_person_who_spoke_to_another_is_still_the_speaker() -> None:
    text = "Ana Roe-Vidal, who spoke to the governor, said the plan was “dead.”"
    assert attributions(text) == [("Ana Roe-Vidal", "Ana Roe-Vidal")]


# -- interviews printed as questions and answers -------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Mayor Ines Kowalczyk-Brandt spoke to the Ledger on Monday.\n\nQ: Will the depot open"
     " on time?\n\nA: Yes, in May, as we promised.\n\nQ: And the fares?\n\nA: They stay the"
     " same for another year.", ["Ines Kowalczyk-Brandt"] * 2),
    ("In an interview, the minister was asked about the budget.\n\nQ: Is there a deficit?"
     "\n\nA: A small one, and it is shrinking.\n\nThe interview with Finance Minister Tomas"
     " Berg-Lund was recorded on Friday.", ["Tomas Berg-Lund"]),
])
def test_the_answers_of_an_interview_are_the_interviewee_s(text: str,
                                                           expected: list[str]) -> None:
    result = analyze(text)
    names = {e.id: e.name for e in result.entities}
    assert [q.text[:3] for q in result.quotes] == [
        line[3:6] for line in text.split("\n") if line.startswith("A: ")]
    assert [names.get(q.speaker or "") for q in result.quotes] == expected


def test_answers_with_no_one_interviewed_are_not_reported() -> None:
    text = "Q: What time does the market open?\n\nA: At noon, as it always has."
    assert analyze(text).quotes == []


# -- a campaign or an office speaks for the one person it serves ---------------------

@pytest.mark.parametrize("text", [
    "Senator Ana Roe-Vidal launched her bid on Monday. “The ad is false,” the Roe-Vidal"
    " campaign said in a statement.",
    "Senator Ana Roe-Vidal launched her bid on Monday. Roe-Vidal’s campaign called the"
    " attack ad “false and misleading.”",
    "Senator Ana Roe-Vidal launched her bid on Monday. “The ad is false,” Roe-Vidal’s office"
    " said.",
    "Senator Ana Roe-Vidal launched her bid on Monday. Her campaign called the attack ad"
    " “false and misleading.”",
])
def test_a_person_s_campaign_or_office_speaks_for_the_person(text: str) -> None:
    assert [name for _, name in attributions(text)] == ["Ana Roe-Vidal"]


def test_an_office_of_someone_unnamed_speaks_for_nobody() -> None:
    text = "Ana Roe-Vidal met the mayor. “The tax is legal,” the mayor's office said."
    assert [name for _, name in attributions(text)] == [None]


# -- titles after a work noun and a comma; a cue word that is a verb's object ---------

@pytest.mark.parametrize("text", [
    "Gov. Lena Okafor is a likely candidate, and her memoir, “Salt Roads Home,” spent six"
    " weeks on the list.",
    "His latest album, “Iron and Rain,” came out in May, Ivo Marsh-Kell said.",
])
def test_a_title_set_off_after_its_work_noun_is_no_quote(text: str) -> None:
    assert analyze(text).quotes == []


def test_a_cue_word_that_is_the_object_of_a_verb_names_no_source() -> None:
    text = "The speech, a “plea for calm,” sparked protests in the capital."
    assert all(label != "sparked" for label, _ in attributions(text))
    text = "The column, “a plea for calm,” drew praise, his editor said."
    assert attributions(text) == [("his editor", None)]
