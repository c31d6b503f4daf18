"""Which quoted words are reported speech: invented sentences for each kind of quote
the analyser must keep (with its source) or leave out."""

from __future__ import annotations

from reader.analysis import analyze


def quotes(text: str) -> list[tuple[str, str | None, str | None]]:
    """(quote, source words, speaker name) for each quote of `text`."""
    result = analyze(text)
    names = {e.id: e.name for e in result.entities}
    return [(q.text, text[q.source[0]:q.source[1]] if q.source else None,
             names.get(q.speaker or "")) for q in result.quotes]


def test_a_cue_after_a_quote_that_ends_its_sentence_may_go_on_with_a_participle() -> None:
    text = ('"Who would have thought we would get this far?" Ivo Marsh said, looking out '
            'at the crowd on the pier.')
    assert quotes(text) == [('"Who would have thought we would get this far?"', "Ivo Marsh",
                             "Ivo Marsh")]


def test_a_new_report_after_a_quote_that_ends_its_sentence_is_not_its_cue() -> None:
    text = '"We won." Ivo Marsh said the count was not over.'
    assert quotes(text) == []


def test_a_nickname_is_no_quote_and_keeps_the_name_after_a_quote_whole() -> None:
    text = '"We will win the cup," said Earvin "Spike" Dorn, the coach.'
    [(quote, source, speaker)] = quotes(text)
    assert (quote, source) == ('"We will win the cup,"', 'Earvin "Spike" Dorn')
    assert speaker is not None and "Dorn" in speaker


def test_a_quoted_word_before_a_date_is_no_nickname() -> None:
    text = 'Ivo Marsh called Vera Lind "Reckless" Tuesday at the dock.'
    assert [(q, who) for q, _, who in quotes(text)] == [('"Reckless"', "Ivo Marsh")]


def test_a_relative_pronoun_reports_for_what_it_stands_for() -> None:
    text = ('The county police department, which reported "1,204 burglaries" in the year, '
            'declined to comment.')
    [(quote, source, _)] = quotes(text)
    assert quote == '"1,204 burglaries"'
    assert source == "The county police department, which"


def test_per_after_a_quote_names_its_source() -> None:
    text = ('Guests may not stay "during a closed meeting," per the society\'s rules. '
            'The fee is "two dollars" per person.')
    assert quotes(text) == [('"during a closed meeting,"', "the society's rules", None)]


def test_a_possessive_claim_noun_after_an_adjective_carries_the_quote() -> None:
    text = ("Critics ridiculed Ivo Marsh's cheerful assurance that the dock was "
            '"perfectly safe." The memo drew scorn for its gloomy prediction that '
            'the pier would be "the last one built."')
    assert quotes(text) == [('"perfectly safe."', "Ivo Marsh", "Ivo Marsh"),
                            ('"the last one built."', None, None)]


def test_chants_of_a_name_are_words_called_out_not_a_title() -> None:
    text = ('Ivo Marsh heard cries of "Ivo!" at a dockside meeting in Tarsk, according to '
            "union chief Rosa Lind. He starred in a remake of \"Harbour Lights\" last year, "
            "according to the same union chief.")
    assert [q for q, _, _ in quotes(text)] == ['"Ivo!"']


def test_a_whole_sentence_after_a_colon_is_the_words_of_the_clause_before() -> None:
    text = ("The leaflet used one of the mayor's lines as its headline: "
            '"Build it. Build it now." On the back: "Harbour Week."')
    assert quotes(text) == [('"Build it. Build it now."', "The leaflet", None)]


def test_the_phrase_a_person_uses_is_theirs() -> None:
    text = ('Vera Lind has used the phrase "open harbour" often in her campaign. '
            'The term "dry dock" means a dock with no water.')
    assert quotes(text) == [('"open harbour"', "Vera Lind", "Vera Lind")]


def test_an_attack_in_words_is_a_report() -> None:
    text = 'In a June speech, Vera Lind attacked "the reckless greed of the dock owners."'
    assert quotes(text) == [('"the reckless greed of the dock owners."', "Vera Lind",
                             "Vera Lind")]


def test_a_transcript_line_without_marks_is_its_speakers_quote() -> None:
    text = ("Councillor Vera Lind questioned the harbour master, Ivo Marsh, on Monday.\n\n"
            "MS. LIND: Did you sign the lease?\n\n"
            "MR. MARSH: I did not. I saw it in May.\n\n"
            "MS. LIND: And you told no one?\n")
    assert [(q, who) for q, _, who in quotes(text)] == [
        ("Did you sign the lease?", "Vera Lind"), ("I did not. I saw it in May.", "Ivo Marsh"),
        ("And you told no one?", "Vera Lind")]


def test_a_table_of_fields_in_capitals_is_no_transcript() -> None:
    text = ("ISSUER: Tarsk Harbour Board\n\nAMOUNT: 1,200,000\n\n"
            "AGENT: the First Bank of Tarsk\n")
    assert quotes(text) == []


def test_a_sentence_after_a_quote_may_say_whose_words_they_were() -> None:
    text = ('"The harbour is ours." Those were the words of Vera Lind, the union chief, '
            'after the vote.')
    assert quotes(text) == [('"The harbour is ours."', "Vera Lind", "Vera Lind")]
    assert quotes('"Good times." Those were the days of plenty.') == []


def test_a_title_after_the_noun_of_a_work_is_no_quote() -> None:
    text = ('Ivo Marsh, who stars in the film "Harbour Lights," told reporters the shoot '
            'had been long. Vera Lind said her new book "Salt Roads" was done.')
    assert [q for q, _, _ in quotes(text)] == []


def test_nouns_that_are_also_reporting_verbs_are_no_cue() -> None:
    text = ('The housing boom left the estate "in a state of neglect" for years. '
            '"Enough," Vera Lind boomed.')
    assert [(q, who) for q, _, who in quotes(text)] == [('"Enough,"', "Vera Lind")]
    text = 'The harbour board counsel told reporters the memo "was never sent."'
    assert [source for _, source, _ in quotes(text)] == ["The harbour board counsel"]
