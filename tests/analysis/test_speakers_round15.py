"""Speakers named in the text but missed or mistaken, each rule on invented
sentences."""

from __future__ import annotations

from reader.analysis import analyze


def speakers(text: str) -> list[str | None]:
    result = analyze(text)
    names = {e.id: e.name for e in result.entities}
    return [names.get(q.speaker or "") for q in result.quotes]


def attributions(text: str) -> list[tuple[str | None, str | None]]:
    result = analyze(text)
    names = {e.id: e.name for e in result.entities}
    return [(text[q.source[0]:q.source[1]] if q.source else None, names.get(q.speaker or ""))
            for q in result.quotes]


def test_went_on_about_reports_the_quote() -> None:
    text = ('Senator Tomas Kiel spoke in Halden. Ilse Brandvold listened. '
            'As Kiel went on about "the old bridge," she left the hall.')
    assert speakers(text) == ["Tomas Kiel"]


def test_keeps_banging_on_about() -> None:
    text = 'Mayor Ana Vidal was asked. Vidal kept banging on about "fiscal discipline."'
    assert speakers(text) == ["Ana Vidal"]


def test_went_on_to_say_is_still_the_cue_after_it() -> None:
    text = 'Mayor Ana Vidal spoke first. Vidal went on to say "we will rebuild."'
    assert speakers(text) == ["Ana Vidal"]


def test_a_list_of_quotes_joined_by_and_keeps_the_cue_before_it() -> None:
    # the verb after the list ("Ilse nodded along") is no cue of the list: it is Kiel's
    text = ('Ilse Brandvold followed the hearing with Senator Tomas Kiel on the radio. '
            '"Is he done?" she asked, and as Kiel went on about "the harbour tolls," '
            'and "the empty ferry slots" and "the long winter closures of the port," '
            'Ilse said no, no, and turned the volume down.')
    assert speakers(text) == ["Ilse Brandvold", "Tomas Kiel", "Tomas Kiel", "Tomas Kiel"]


def test_quotes_after_but_are_not_a_list() -> None:
    text = ('Ana Vidal called the plan "bold," but Tomas Kiel said it was '
            '"a gamble we cannot afford."')
    assert speakers(text) == ["Ana Vidal", "Tomas Kiel"]


def test_a_single_word_opening_its_sentence_is_proper_when_written_so_elsewhere() -> None:
    # "Factwise" opens the sentence with the cue, but the text writes it with its
    # capital after a lower-case word too: a proper noun, a body that speaks
    text = ('A report that Factwise published on Tomas Kiel\'s harbour figures is out.\n\n'
            'Factwise concluded that the claim was "mostly true," citing port records.')
    assert speakers(text) == ["Factwise"]


def test_a_word_that_only_opens_sentences_is_no_body() -> None:
    text = ('Tomas Kiel spoke at the harbour.\n\n'
            'Critics said the plan was "mostly wishful." Critics want a vote.')
    assert [q.speaker for q in analyze(text).quotes] == [None]


def test_who_made_the_comment_speaks() -> None:
    text = ('Mayor Tomas Kiel closed the ferry office, which led the council leader '
            'Ilse Brandvold to make a sharp remark that called the closure "a betrayal '
            'of the islands."')
    assert speakers(text) == ["Ilse Brandvold"]


def test_a_remark_that_described_is_a_relative_clause() -> None:
    # "remark" is a noun after "a", so "that" opens a relative clause about it
    text = ('Tomas Kiel chaired the session. Senator Ana Vidal made a remark that '
            'called the bill "a disgrace."')
    assert speakers(text) == ["Ana Vidal"]


def test_it_after_a_sentence_opened_by_a_persons_campaign() -> None:
    # the person named last before "It" (Kiel) is not the campaign's: the subject is
    text = ('Senator Ana Vidal’s campaign is standing by her late-night posts about '
            'Tomas Kiel. It’s dismissing what it calls “the worst smear in state '
            'history.”')
    assert speakers(text) == ["Ana Vidal"]


def test_the_sentence_before_stops_at_a_time_heading() -> None:
    # "p.m." ends its line but is an abbreviation: the sentence before "It" is still
    # the one on the line above it, not one that runs on from the heading
    text = ('Tomas Kiel spoke in Halden.\n\n4:10 p.m.\n\nSenator Ana Vidal’s campaign is '
            'standing by her posts about Kiel. It’s dismissing what it calls “the worst '
            'smear in state history.”')
    assert speakers(text) == ["Ana Vidal"]


def test_a_surname_with_a_letter_left_out_is_the_person_named_in_full() -> None:
    text = ('Two voters, Tyrella Brandvold and Tomas Kiel, saw the rally.\n\n'
            'Bradvold said the senator does not listen.\n\n'
            '"It is not something she says," she said.')
    result = analyze(text)
    assert sorted(e.name for e in result.entities if e.kind == "person") == [
        "Tomas Kiel", "Tyrella Brandvold"]
    assert speakers(text) == ["Tyrella Brandvold"]


def test_a_known_surname_a_letter_away_is_another_person() -> None:
    # "Johnston" is a surname of the tables: no slip for "Johnson"
    text = ('Two voters, Tyrella Johnson and Tomas Kiel, saw the rally.\n\n'
            'Johnston said the senator does not listen.')
    assert "Johnston" in {e.name for e in analyze(text).entities}


def test_a_persons_relatives_as_the_subject_of_the_main_clause_are_not_that_person() -> None:
    text = ('Police stopped Tomas Kiel on Monday.\n\nKiel\'s relatives visited the site '
            'and said they left with "nothing but doubts."')
    assert attributions(text) == [("Kiel's relatives", None)]


def test_a_persons_thing_as_the_subject_leaves_the_person_to_speak() -> None:
    text = ('Tomas Kiel hosts a cooking show.\n\nKiel\'s diet tips won him a hearing '
            'in the assembly, for saying that kale was "a cure for all ills."')
    assert [speaker for _, speaker in attributions(text)] == ["Tomas Kiel"]


def test_verbs_of_writing_report_what_was_written() -> None:
    text = ('Ilse Brandvold left the ward on Friday. On her chart a nurse typed '
            '"stable, sent home." Tomas Kiel later scrawled "never again" on the form.')
    assert attributions(text) == [("a nurse", None), ("Tomas Kiel", "Tomas Kiel")]


def test_its_prediction_after_a_persons_memo_is_the_writers() -> None:
    text = ('Tomas Kiel visited the clinic. Dr. Ilse Brandvold wrote him a note.\n\n'
            'Brandvold\'s open memo about Kiel drew scorn for its bold prediction that he '
            'would be "the fittest mayor in the province."')
    assert [speaker for _, speaker in attributions(text)] == ["Ilse Brandvold"]


def test_a_passive_with_an_adverb_reports_nothing_of_its_subject() -> None:
    text = ('Tomas Kiel spoke. Ilse Brandvold\'s plan was widely mocked for its '
            'claim that the port would "pay for itself."')
    assert attributions(text) == []
