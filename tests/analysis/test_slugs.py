"""Entity ids: the fast path for plain names gives python-slugify's answer."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from slugify import slugify

from reader.analysis.slugs import entity_id, slug


@pytest.mark.parametrize("name", [
    "Ana Vidal", "O'Neill", "Jean-Luc  Marchetti", "J.B. Holm", "  -Odd--name- ", "R2-D2",
    "AT&T", "3,000 Marchers", "Mar’ta Lund", "Émile Zöllner", "&amp; Co", "!!!", "",
    "Tab\tName", "Bin-Talal al-Rashid",
])
def test_slug_is_slugify(name: str) -> None:
    assert slug(name) == slugify(name)


@settings(max_examples=200)
@given(st.text(alphabet=st.characters(max_codepoint=0x17F), max_size=30))
def test_slug_is_slugify_for_any_short_text(name: str) -> None:
    assert slug(name) == slugify(name)


def test_entity_id_names_the_kind_and_never_is_empty() -> None:
    assert entity_id("person", "Ana Vidal") == "person:ana-vidal"
    assert entity_id("organization", "!!!") == "organization:unnamed"
