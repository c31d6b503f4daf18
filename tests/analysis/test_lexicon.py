"""The phrase tables: the fast word split gives what the token pattern gives."""

from __future__ import annotations

import pytest

from reader.analysis import lexicon
from reader.analysis.tokens import token_texts


@pytest.mark.parametrize("phrase", [
    "United States", "People's Republic of Tarsia", "Saint-Aubin", "U.S.", "São Miguel",
    "Côte d'Ivoire", "Guinea-Bissau", "Tarsia",
])
def test_split_is_the_token_regex(phrase: str) -> None:
    assert lexicon._split(phrase) == tuple(token_texts(phrase))


def test_tables_built_with_the_regex_alone_are_the_same(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(lexicon, "_split", lambda phrase: tuple(token_texts(phrase)))
    slow = lexicon.build_lexicon()
    fast = lexicon.LEXICON
    assert slow.by_first == fast.by_first
    assert slow.upper_by_first == fast.upper_by_first
    assert slow.lower_words == fast.lower_words
    assert slow.country_names == fast.country_names
    assert len(fast.by_first) > 1000
