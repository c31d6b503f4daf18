"""Countries, tenth round. A country's name or demonym that named a person of the
article stands for that person again only where a person stands (one rule for
surnames and for names given to people). Every person, club and firm here is made up
(the countries, capitals and cities are real)."""

from __future__ import annotations

import pytest

from reader.analysis.entities import find_entities


def codes(text: str) -> list[str]:
    return sorted(e.code or "" for e in find_entities(text) if e.kind == "country")


def people(text: str) -> dict[str, list[str]]:
    return {e.name: [text[s:t] for s, t in e.mentions]
            for e in find_entities(text) if e.kind == "person"}


# -- a person named like a country, named again -------------------------------------

@pytest.mark.parametrize(("text", "person", "again"), [
    ("Winger Tomás Andorra scored twice. Andorra, 22, joined in May.", "Tomás Andorra",
     ["Tomás Andorra", "Andorra"]),
    ("Gov. Russell Dane toured the plant. Dane's aides said it would stay open.",
     "Russell Dane", ["Russell Dane", "Dane"]),
    ("Jordan Vale scored 30 points for the Marbeck Kings. Jordan also had ten rebounds.",
     "Jordan Vale", ["Jordan Vale", "Jordan"]),
])
def test_a_person_named_like_a_country_named_again(text: str, person: str,
                                                    again: list[str]) -> None:
    assert people(text)[person] == again
    assert codes(text) == []


@pytest.mark.parametrize(("text", "code"), [
    # the surname's country where no person stands: before a noun or a time
    ("Winger Tomás Andorra scored twice before the squad left for Andorra on Monday.", "AD"),
    ("Coach Mark German said his side was tired. German officials said it was safe.", "DE"),
    # a people's word after "the", a name given to people inside a sentence
    ("Gov. Russell Dane spoke first. The Dane said nothing.", "DK"),
    ("Jordan Vale scored 30 points. The team flew to Jordan, Egypt and Oman.", "JO"),
    # "and" after a plural demonym is no surname's verb
    ("Rep. Amy French spoke. Most French and Belgian voters stayed home.", "FR"),
])
def test_the_country_stays_where_no_person_stands(text: str, code: str) -> None:
    assert code in codes(text)


@pytest.mark.parametrize(("text", "code"), [
    ("Many Americans have never seen the sea.", "US"),
    ("It was cold. Many Danes stayed home.", "DK"),
])
def test_a_plural_demonym_after_a_given_name_is_no_surname(text: str, code: str) -> None:
    assert code in codes(text)
    assert people(text) == {}
