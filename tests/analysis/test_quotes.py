"""Quote marks: one quote per pair, straight or curly, nested, over paragraphs."""

from __future__ import annotations

import pytest

from reader.analysis import analyze
from reader.analysis.quote_marks import find_quote_spans


def spans_text(text: str) -> list[str]:
    return [text[s:e] for s, e in find_quote_spans(text)]


def test_straight_and_curly_pairs() -> None:
    text = 'She said "we will win," and then “we will not stop.”'
    assert spans_text(text) == ['"we will win,"', "“we will not stop.”"]


def test_nested_single_quotes_stay_inside_one_quote() -> None:
    text = "“The sign said ‘keep out’ and we didn’t,” she said."
    assert spans_text(text) == ["“The sign said ‘keep out’ and we didn’t,”"]


def test_nested_double_quotes_of_the_other_style() -> None:
    text = '"He called it “a disaster” on air," Marta Lind said.'
    assert spans_text(text) == ['"He called it “a disaster” on air,"']


def test_quote_over_several_paragraphs_is_a_quote_per_paragraph() -> None:
    text = ('Lind wrote:\n\n"The first part has no closing mark.\n\n'
            '"The second part closes it." The rest.')
    assert spans_text(text) == ['"The first part has no closing mark.',
                                '"The second part closes it."']


def test_stray_mark_is_not_a_quote_and_does_not_swallow_the_next_paragraph() -> None:
    text = 'A stray " mark here.\nNext paragraph "with a quote" here.'
    assert spans_text(text) == ['"with a quote"']


def test_a_straight_mark_left_from_markup_does_not_join_a_curly_quote() -> None:
    text = ('"The crowd waited for hours. Nobody left.\n\n'
            '“We are here for the long haul,” Ana Lind said.')
    assert spans_text(text) == ["“We are here for the long haul,”"]


def test_quotes_after_a_stray_opening_mark_in_the_paragraph_are_found() -> None:
    text = 'A stray " mark, then "a real quote" and “another one.”\nThe end.'
    assert spans_text(text) == ['"a real quote"', "“another one.”"]


def test_partial_quote_inside_a_sentence_is_attributed() -> None:
    text = "Senator Alma Ruiz urged the agency to avoid \"reckless\" spending."
    result = analyze(text)
    assert [q.text for q in result.quotes] == ['"reckless"']
    speaker = result.entity(result.quotes[0].speaker or "")
    assert speaker is not None and speaker.name == "Alma Ruiz"


def test_scare_quotes_and_titles_are_left_out() -> None:
    text = 'The film "Blue Harbor" opened on Friday to "mixed" reviews.'
    assert analyze(text).quotes == []


def test_quote_text_and_offsets_agree() -> None:
    text = '"It works," said Tomas Berg. "It really does."'
    for q in analyze(text).quotes:
        assert text[q.start:q.end] == q.text


def said_by(text: str) -> list[tuple[str, str | None]]:
    result = analyze(text)
    names = {e.id: e.name for e in result.entities}
    return [(q.text, names.get(q.speaker or "")) for q in result.quotes]


def test_quotes_in_guillemets_and_german_marks_have_their_speakers() -> None:
    text = ("«The pier opens in May», said Harbour Master Ivo Marsh. "
            "His deputy, Vera Lind, said: „Not a day later.“")
    assert said_by(text) == [("«The pier opens in May»", "Ivo Marsh"),
                             ("„Not a day later.“", "Vera Lind")]


@pytest.mark.parametrize("opening, closing", [('"', '"'), ("«", "»"), ("„", "“"), ("‘", "’")])
def test_every_typography_gets_the_speakers_straight_marks_get(opening: str,
                                                               closing: str) -> None:
    story = ('Ivo Marsh opened the pier on Monday. "It took four years," he said.\n\n'
             'Vera Lind, his deputy, was less sure. "The tide will tell."')
    text = story.replace('"It', opening + "It").replace('"The', opening + "The")
    text = text.replace('years,"', "years," + closing).replace('tell."', "tell." + closing)
    assert [who for _, who in said_by(text)] == [who for _, who in said_by(story)]
    assert len(said_by(text)) == 2


def test_backquoted_speech_ends_its_sentence_at_the_two_apostrophes() -> None:
    text = "``The pier opens in May,'' Ivo Marsh said. ``It is late.'' Vera Lind said it was not."
    assert said_by(text) == [("``The pier opens in May,''", "Ivo Marsh"),
                             ("``It is late.''", "Ivo Marsh")]


def test_british_single_quotes_are_speech() -> None:
    text = ("‘We will not sell the harbour,’ Councillor Vera Lind said.\n\n"
            "‘The fishermen’s views matter most.’")
    assert said_by(text) == [("‘We will not sell the harbour,’", "Vera Lind"),
                             ("‘The fishermen’s views matter most.’", "Vera Lind")]


def test_french_spacing_inside_guillemets_still_ends_the_sentence() -> None:
    # The cue after a quote that ends its sentence, leading with a colon into the next
    # quote, is the next quote's.
    text = ("Le maire Ivo Marsh a déclaré : « Nous reconstruirons le port. » "
            "Vera Lind, his deputy, said: « It will take years. »")
    assert said_by(text) == [("« Nous reconstruirons le port. »", "Ivo Marsh"),
                             ("« It will take years. »", "Vera Lind")]
