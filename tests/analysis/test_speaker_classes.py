"""Who speaks, on invented sentences, for the error classes of the sixth round: two roles
joined by "and" name one person, a description that reports a pronoun's words is the
source, transcript lines give their speaker, a quote running into the next paragraph
takes the cue after it, and a name before an article is an object, not a modifier."""

from __future__ import annotations

from reader.analysis import analyze


def attributions(text: str) -> list[tuple[str | None, str | None]]:
    """(source words, speaker's name) of each quote."""
    result = analyze(text)
    names = {e.id: e.name for e in result.entities}
    return [(text[q.source[0]:q.source[1]] if q.source else None, names.get(q.speaker or ""))
            for q in result.quotes]


def test_two_roles_joined_by_and_are_one_source_after_the_verb() -> None:
    text = ('Prosecutor Helen Marsh spoke on Monday.\n\n'
            '"We will rebuild," said the former prosecutor and current governor.')
    assert attributions(text) == [("the former prosecutor and current governor",
                                   "Helen Marsh")]


def test_two_roles_joined_by_and_are_one_source_before_the_verb() -> None:
    text = ('Party nominee Helen Marsh toured the port.\n\n'
            'The onetime state treasurer and current party nominee told dockers she would '
            '"rebuild every pier."')
    assert attributions(text) == [(
        "The onetime state treasurer and current party nominee", "Helen Marsh")]


def test_two_descriptions_each_with_an_article_stay_apart() -> None:
    text = 'The mayor and the governor said they would "rebuild every pier."'
    assert attributions(text)[0][0] == "the governor"


def test_a_description_reporting_a_pronouns_words_is_the_source() -> None:
    text = ('The council met on Friday. The communique stressed that they had promised '
            'to take "firm steps" soon.')
    assert attributions(text) == [("The communique", None)]


def test_a_named_reporter_of_a_pronoun_is_still_the_source() -> None:
    text = 'Tim Olin spoke first. Ana Vidal said he had called the plan "a sham."'
    assert attributions(text) == [("Ana Vidal", "Ana Vidal")]


def test_a_transcript_line_gives_its_speaker() -> None:
    text = ('Governor Ana Vidal sat down with host Tim Olin.\n\n'
            'OLIN: Your rival called the plan "a fantasy." Is it?\n\n'
            'VIDAL: Well, the numbers "add up," as I said.')
    assert attributions(text) == [("OLIN", "Tim Olin"), ("VIDAL", "Ana Vidal")]


def test_one_capitalised_label_is_no_transcript() -> None:
    text = 'UPDATE: Mayor Ana Vidal said the plan was "dead."'
    assert attributions(text) == [("Ana Vidal", "Ana Vidal")]


def test_a_label_that_names_no_speaker_is_passed_over() -> None:
    text = ('OLIN: Why now?\n\nVIDAL: Because.\n\n'
            'CORRECTION: Mayor Ana Vidal said the plan was "dead."')
    assert attributions(text) == [("Ana Vidal", "Ana Vidal")]


def test_a_quote_running_into_the_next_paragraph_takes_the_cue_after_it() -> None:
    # The first paragraph's quote is never closed: the marks pair across the break.
    text = ('"We lost the vote," Rep. Ana Vidal said on Monday. "If the count was fair, '
            'then we lost it fairly.\n'
            '"I have served for ten years and never seen a count like it," added Rep. Tim '
            'Olin, the deputy leader of the caucus. "Nobody has."')
    found = attributions(text)
    assert found[0] == ("Ana Vidal", "Ana Vidal")
    assert found[1:] == [("Tim Olin", "Tim Olin"), ("Tim Olin", "Tim Olin")]


def test_a_name_before_an_article_is_an_object_a_pronoun_can_refer_to() -> None:
    text = 'Tom Weller called Julia Brandt a liar. She responded: "He is desperate."'
    assert attributions(text) == [("She", "Julia Brandt")]
