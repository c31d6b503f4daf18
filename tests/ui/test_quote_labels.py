"""What the margin shows beside a quote when the full label does not fit: a person's
surname, never the last word of a body's or a country's name."""

from __future__ import annotations

import pytest

from reader.analysis import Analysis, Entity, Quote
from reader.ui.document import short_label, styled_body_of_text


@pytest.mark.parametrize(("name", "kind", "short"), [
    ("Dwayne Kowalczyk Jr.", "person", "Kowalczyk"),
    ("Tupuola Va'asili Fonoti II", "person", "Fonoti"),
    ("Ana Vidal", "person", "Vidal"),
    ("Prince", "person", "Prince"),
    ("United States", "country", ""),
    ("World Health Organization", "organization", ""),
])
def test_the_short_label_is_a_persons_surname_only(name: str, kind: str, short: str) -> None:
    assert short_label(name, kind) == short


def test_the_margin_marks_take_those_short_labels() -> None:
    text = "“We disagree,” Washington said. “So do I,” Dwayne Kowalczyk Jr. said."
    first_end = text.index("”") + 1
    second = text.index("“So")
    second_end = text.index("”", second) + 1
    analysis = Analysis(text=text, entities=[
        Entity(id="country:us", kind="country", name="United States", code="US",
               mentions=[(text.index("Washington"), text.index("Washington") + 10)]),
        Entity(id="person:dwayne-kowalczyk", kind="person", name="Dwayne Kowalczyk Jr.",
               mentions=[(text.index("Dwayne"), text.index(" said.", second_end))]),
    ], quotes=[
        Quote(0, first_end, text[:first_end], speaker="country:us"),
        Quote(second, second_end, text[second:second_end], speaker="person:dwayne-kowalczyk"),
    ])
    body = styled_body_of_text(text, analysis, 0, -1)
    marks = [body.mark(n, 0) for n in range(len(body.mark_starts))]
    assert [(m.label, m.short) for m in marks] == [
        ("United States", ""), ("Dwayne Kowalczyk Jr.", "Kowalczyk")]
