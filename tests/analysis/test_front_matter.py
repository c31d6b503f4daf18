"""A Markdown file's front matter is metadata: the analyser reads none of it as prose,
and what it finds in the body keeps its offsets into the whole text."""

from __future__ import annotations

from reader.analysis import analyze
from reader.front_matter import front_matter_bounds, without_front_matter

BODY = ('The ferry line resumed on Tuesday, harbour master Ines Okafor said.\n\n'
        '"We are sailing again," Okafor said.\n')
FRONT = "---\ntitle: Ferries sail again\nsource: Ridge Wire\nauthor: Tomas Brandt\n---\n"


def test_names_in_the_front_matter_are_no_one() -> None:
    analysis = analyze(FRONT + BODY)
    names = {e.name for e in analysis.entities}
    assert "Ines Okafor" in names
    assert not names & {"Ridge Wire", "Tomas Brandt"}


def test_what_the_body_holds_keeps_its_offsets_into_the_whole_text() -> None:
    text = FRONT + BODY
    analysis = analyze(text)
    assert analysis.text == text
    plain = analyze(BODY)
    shift = len(FRONT)
    assert [(q.start - shift, q.end - shift, q.text) for q in analysis.quotes] == [
        (q.start, q.end, q.text) for q in plain.quotes]
    okafor = next(e for e in analysis.entities if e.name == "Ines Okafor")
    assert okafor.mentions and all(text[s:e].endswith("Okafor") for s, e in okafor.mentions)
    assert okafor.mentions[0][0] == shift + BODY.index("Ines Okafor")


def test_blanking_keeps_length_and_line_breaks() -> None:
    blanked = without_front_matter(FRONT + BODY)
    assert len(blanked) == len(FRONT + BODY)
    assert blanked[:len(FRONT)].replace(" ", "") == "\n" * FRONT.count("\n")
    assert blanked[len(FRONT):] == BODY


def test_a_text_without_a_closed_block_is_left_as_it_is() -> None:
    for text in (BODY, "---\ntitle: never closed\n" + BODY, "Intro\n---\nkey: v\n---\n"):
        assert front_matter_bounds(text) is None
        assert without_front_matter(text) is text
