"""Who said each quote: cues before and after, pronouns, continuations, new entities."""

from __future__ import annotations

from reader.analysis import Analysis, Entity, analyze
from reader.analysis.quotes import find_quotes


def speakers(result: Analysis) -> list[str | None]:
    names = {e.id: e.name for e in result.entities}
    return [names.get(q.speaker or "") for q in result.quotes]


def test_inverted_cue_after_quote() -> None:
    text = '"The bridge will open in May," said Petra Holm.'
    result = analyze(text)
    assert speakers(result) == ["Petra Holm"]
    assert result.quotes[0].cue == "said"


def test_subject_before_verb_after_quote_skips_titles() -> None:
    text = '"We are ready," Col. Anton Brandt told reporters.'
    assert speakers(analyze(text)) == ["Anton Brandt"]


def test_cue_before_quote_with_colon() -> None:
    text = 'Mayor Lena Okafor said: "The budget is balanced."'
    assert speakers(analyze(text)) == ["Lena Okafor"]


def test_appositive_between_speaker_and_verb() -> None:
    text = ('"Nothing has changed," Ivo Marsh, the head of the port authority, '
            "said on Monday.")
    assert speakers(analyze(text)) == ["Ivo Marsh"]


def person(text: str, name: str, *surfaces: str) -> Entity:
    """A person entity as the entity finder would give it: every mention of each form."""
    mentions = []
    for surface in (name, *surfaces):
        start = text.find(surface)
        while start >= 0:
            if not any(s <= start < e for s, e in mentions):
                mentions.append((start, start + len(surface)))
            start = text.find(surface, start + 1)
    return Entity(id="person:" + name.lower().replace(" ", "-"), kind="person", name=name,
                  mentions=sorted(mentions))


def test_pronoun_speaker_is_resolved_to_the_person_before() -> None:
    text = ('Finance chief Ruth Adler spoke on Tuesday.\n'
            '"Inflation is falling," she said. "Wages are rising."')
    quotes, _ = find_quotes(text, [person(text, "Ruth Adler")])
    assert [q.speaker for q in quotes] == ["person:ruth-adler", "person:ruth-adler"]
    assert quotes[0].source is not None
    assert text[slice(*quotes[0].source)] == "she"


def test_pronoun_skips_a_person_of_the_other_gender() -> None:
    text = ("Mrs. Vera Stone met Mr. Paul Grant on Monday.\n"
            '"It went well," she said.')
    entities = [person(text, "Vera Stone"), person(text, "Paul Grant")]
    quotes, _ = find_quotes(text, entities)
    assert [q.speaker for q in quotes] == ["person:vera-stone"]


def test_continuation_into_the_next_paragraph() -> None:
    text = ('"The plan is simple," said Omar Vidal.\n\n'
            '"We build first and argue later."')
    assert speakers(analyze(text)) == ["Omar Vidal", "Omar Vidal"]


def test_colon_lead_in_from_the_paragraph_before() -> None:
    text = 'Kiri Tane continued:\n\n"We will not give up on this town."'
    assert speakers(analyze(text)) == ["Kiri Tane"]


def test_according_to_names_the_source() -> None:
    text = 'The vote was "a turning point," according to Sela Moana.'
    assert speakers(analyze(text)) == ["Sela Moana"]


def test_possessive_claim_names_the_speaker() -> None:
    text = "Analysts doubted Jonas Freed's claim that sales were \"at a record high.\""
    assert speakers(analyze(text)) == ["Jonas Freed"]


def test_common_noun_speaker_keeps_the_quote_without_a_name() -> None:
    text = '"The talks failed," a source said.'
    result = analyze(text)
    assert len(result.quotes) == 1
    assert result.quotes[0].speaker is None and result.quotes[0].cue == "said"


def test_new_organisation_speaker_becomes_an_entity_with_all_mentions() -> None:
    text = ('The Daily Ledger reports that the mayor will "step down soon."\n'
            "The Daily Ledger did not name its sources.")
    result = analyze(text)
    ent = result.entity(result.quotes[0].speaker or "")
    assert ent is not None
    assert ent.id == "organization:daily-ledger" and ent.kind == "organization"
    assert len(ent.mentions) == 2
    for s, e in ent.mentions:
        assert text[s:e] == "Daily Ledger"  # (a body is named without its article)


def test_new_person_speaker_gets_surname_mentions() -> None:
    text = ('Coach Dana Whitfield praised the team.\n'
            '"They never quit," Whitfield said.')
    result = analyze(text)
    ent = result.entity(result.quotes[0].speaker or "")
    assert ent is not None and ent.kind == "person"
    surfaces = [text[s:e] for s, e in ent.mentions]
    assert "Whitfield" in surfaces


def test_signed_quote_after_a_dash() -> None:
    text = '"The town needs a new library." ― Marta Quinlan'
    assert speakers(analyze(text)) == ["Marta Quinlan"]


def test_cue_after_a_parenthesis_with_party_and_state() -> None:
    text = '"We will vote no," Rep. John Abernathy (D-Ore.) said on Tuesday.'
    assert speakers(analyze(text)) == ["John Abernathy"]


def test_stacked_appositives_between_speaker_and_verb() -> None:
    text = ('"It is a mistake," Robert Kessel, the mayor of Dunmore, one of the towns '
            'in the lawsuit, said.')
    assert speakers(analyze(text)) == ["Robert Kessel"]


def test_as_complement_belongs_to_the_sentence_subject() -> None:
    text = 'Governor Linda Marsh described the plan as "a reckless gamble."'
    assert speakers(analyze(text)) == ["Linda Marsh"]


def test_passive_cue_is_not_the_subjects_words() -> None:
    text = 'Karl Odom has been called a "menace" by his rivals.'
    assert analyze(text).quotes == []


def test_participle_takes_the_main_clause_subject() -> None:
    text = 'Susan Ferro left the meeting early, saying "nothing was decided."'
    assert speakers(analyze(text)) == ["Susan Ferro"]


def test_title_after_a_possessive_is_left_out() -> None:
    text = 'Mayor James Orr told Channel Nine\'s "Morning Hour" that taxes would rise.'
    assert analyze(text).quotes == []


def test_definite_description_names_the_organisation() -> None:
    text = ('The Harbor Safety Commission met on Monday.\n'
            'The commission said the pier was "unsafe for crowds."')
    start = text.index("Harbor")
    board = Entity(id="organization:harbor-safety-commission", kind="organization",
                   name="Harbor Safety Commission",
                   mentions=[(start, start + len("Harbor Safety Commission"))])
    quotes, _ = find_quotes(text, [board])
    assert [q.speaker for q in quotes] == ["organization:harbor-safety-commission"]


def test_a_capitalised_word_that_opens_a_sentence_is_not_made_a_person() -> None:
    text = 'Volunteers said the shelter needs "more hands by Friday."'
    result = analyze(text)
    assert len(result.quotes) == 1 and result.quotes[0].speaker is None
    assert result.of_kind("person") == []


def test_they_after_two_people_named_together_is_the_first() -> None:
    text = ("Senators Ada Brook, a Republican, and Carl Vance met the press.\n"
            '"The bill is dead," they wrote.')
    entities = [person(text, "Ada Brook"), person(text, "Carl Vance")]
    quotes, _ = find_quotes(text, entities)
    assert [q.speaker for q in quotes] == ["person:ada-brook"]


def test_a_he_in_between_passes_over_someone_named_in_passing() -> None:
    text = ("Party elder Tom Reyes warned the delegates on Friday.\n"
            "A fight could follow, with loyalists to Mark Dunn and Paul Otis lobbying hard. "
            "Hence, he insisted, the club must act now.\n"
            '"The old rules are gone," he said.')
    entities = [person(text, "Tom Reyes", "Reyes"), person(text, "Mark Dunn"),
                person(text, "Paul Otis")]
    quotes, _ = find_quotes(text, entities)
    assert [q.speaker for q in quotes] == ["person:tom-reyes"]
