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


def test_a_description_owned_by_a_role_is_a_third_person() -> None:
    text = "The mayor met Ana Vidal. “We will vote yes,” the mayor's spokeswoman said."
    assert attributions(text) == [("the mayor's spokeswoman", None)]


def test_a_description_owned_by_a_role_is_the_one_so_described_before() -> None:
    text = ("Ana Roe, the mayor's spokeswoman, spoke first. “Yes,” the mayor's spokeswoman"
            " said.")
    assert attributions(text) == [("the mayor's spokeswoman", "Ana Roe")]


def test_a_name_after_a_verb_and_from_is_no_ones_owner() -> None:
    text = ("The warning came from Kemal Aydin, who said the winter would be “very hard.”")
    assert [speaker for _, speaker in attributions(text)] == ["Kemal Aydin"]


def test_a_bare_surname_shared_by_two_is_the_one_named_last() -> None:
    text = ("Anna Berg and her brother Johan Berg run the farm. Johan Berg spoke first. Then"
            " Anna Berg stood up. “We will not sell,” Berg said.")
    assert attributions(text) == [("Berg", "Anna Berg")]


def test_a_titled_surname_shared_by_two_keeps_its_title_reading() -> None:
    text = ("Sen. Paul Reyes and his wife, Maria Reyes, attended. “We are grateful,”"
            " Sen. Reyes said.")
    assert attributions(text) == [("Reyes", "Paul Reyes")]


def test_a_statement_signed_by_a_person_is_that_persons() -> None:
    text = ("“We will not be silenced,” read a statement signed by Ayesha Karim and two"
            " other activists.")
    assert attributions(text) == [("Ayesha Karim", "Ayesha Karim")]


def test_the_verb_of_a_relative_clause_is_no_source() -> None:
    text = "A report that the ministry published on Monday says the reform is “badly designed.”"
    assert attributions(text) == [("A report", None)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Sgt. Mara Kell of the state police said officers found “no sign of forced entry.”",
     [("Mara Kell", "Mara Kell")]),
    ("The Ministry of the interior said the border was “closed.”",
     [("The Ministry of the interior", None)]),
])
def test_a_name_before_of_and_a_body_in_lower_case_is_the_person(
        text: str, expected: list[tuple[str, str | None]]) -> None:
    assert attributions(text) == expected


def test_a_scare_quote_in_a_clause_of_its_own_is_not_the_first_quotes_speakers() -> None:
    text = "Critics call it a “reform,” but little has changed in the “new” ministry."
    assert [q.text for q in analyze(text).quotes] == ["“reform,”"]


def test_two_quotes_joined_by_but_with_no_verb_share_their_speaker() -> None:
    text = "Mayor Ana Ruiz called the plan “bold” but “expensive.”"
    assert [speaker for _, speaker in attributions(text)] == ["Ana Ruiz", "Ana Ruiz"]


@pytest.mark.parametrize(("text", "expected"), [
    ("In Dunn's view, the plan is “a path to ruin.”\n\nGovernor Ray Dunn spoke on Monday.",
     [("Dunn", "Ray Dunn")]),
    ("In the words of coach Ana Roe, the team was “not ready.”", [("Ana Roe", "Ana Roe")]),
    ("The message from Governor Ray Dunn was clear: “Stay home.”", [("Ray Dunn", "Ray Dunn")]),
])
def test_a_sentence_opening_with_whose_view_it_gives_names_the_speaker(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert attributions(text) == expected


def test_in_my_view_names_no_one() -> None:
    assert attributions("In my view, the plan is “a disaster.”") == []


@pytest.mark.parametrize(("text", "expected"), [
    ("It was the finance ministry that warned of “a very hard winter.”",
     [("the finance ministry", None)]),
    ("The strike ended. A statement that said it was “over” came later.",
     [("A statement", None)]),
])
def test_a_cue_after_a_relative_that_is_the_nouns_before_it(
        text: str, expected: list[tuple[str, None]]) -> None:
    assert attributions(text) == expected


def test_that_as_a_conjunction_keeps_the_speaker() -> None:
    text = "Ana Roe noted that that approach was “risky.”"
    assert attributions(text) == [("Ana Roe", "Ana Roe")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Gov. Ana Roe spoke. She released a letter from her doctor on Friday that says she is"
     " “fit to serve.”", [("She", "Ana Roe")]),
    ("The union issued a statement that said the strike was “over.”", [("The union", None)]),
])
def test_who_issued_a_document_that_says_speaks(
        text: str, expected: list[tuple[str, str | None]]) -> None:
    assert attributions(text) == expected


def test_one_quoted_by_an_agency_as_saying_is_the_speaker() -> None:
    text = ("Interior Minister Bashir Qadri was quoted by the state news agency as saying the"
            " border would “remain shut.”")
    assert [speaker for _, speaker in attributions(text)] == ["Bashir Qadri"]


def test_a_name_after_a_bodys_role_after_an_inverted_cue_speaks() -> None:
    text = "“We will not accept this result,” said Front leader Yusuf Adebayo, in Lagos."
    assert attributions(text) == [("Yusuf Adebayo", "Yusuf Adebayo")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Norvex, a Swedish truck maker, cut jobs. “Demand fell,” the company said.",
     [("the company", "Norvex")]),
    ("The Tagesblatt, a Berlin daily, ran the story first. “The minister knew,” the daily"
     " wrote.", [("the daily", "Tagesblatt")]),
])
def test_the_company_is_the_business_an_apposition_brought_in(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert attributions(text) == expected


def test_the_company_is_no_person_described_by_a_trade() -> None:
    text = "Ana Roe, a former bank executive, spoke. “Demand fell,” the company said."
    assert attributions(text) == [("the company", None)]


@pytest.mark.parametrize("text", [
    "“We will fight on,” the senator said. Her rival, Senator Tom Ives, disagreed.",
    "“Prices are too high,” the minister said. She was speaking after Finance Minister Hana"
    " Oda resigned.",
])
def test_a_description_before_a_name_in_passing_stands_for_nobody(text: str) -> None:
    assert [speaker for _, speaker in attributions(text)] == [None]


@pytest.mark.parametrize(("text", "expected"), [
    ("Ana Roe leads the race. Her father, Tom Roe, was governor. “I will win,” Roe said.",
     "Ana Roe"),
    ("Ted Vance spoke in Ohio. A photo of Mia Vance was shown. “It was unfair,” Vance said.",
     "Ted Vance"),
])
def test_a_namesake_named_in_passing_does_not_take_the_bare_surname(
        text: str, expected: str) -> None:
    assert [speaker for _, speaker in attributions(text)] == [expected]


def test_a_nationality_of_another_country_than_the_subjects_names_no_one() -> None:
    text = ("The Spaniard Rafael Costa beat Novak Ilic in four sets. “I played well,” the"
            " Serbian said.")
    assert attributions(text) == [("the Serbian", None)]


def test_a_country_as_a_headline_label_speaks() -> None:
    text = "Brazil: “We Want Answers”\n\nThe government in Brasilia demanded an explanation."
    result = analyze(text)
    assert [result.entity(q.speaker).name if q.speaker else None
            for q in result.quotes] == ["Brazil"]


def test_a_sentence_opening_for_a_person_gives_that_persons_view() -> None:
    text = ("For Lia Moretti, an economist at Tarsia University, the numbers are “worrying"
            " but not alarming.”")
    assert attributions(text) == [("Lia Moretti", "Lia Moretti")]


@pytest.mark.parametrize("text", ["For Tarsia, the deal is “a lifeline.”",
                                  "For now, the plan is “on hold.”"])
def test_a_sentence_opening_for_a_place_or_a_time_names_no_one(text: str) -> None:
    assert attributions(text) == []
