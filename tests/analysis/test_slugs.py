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
    "Tab\tName", "Bin-Talal al-Rashid", " Ana  Vidal 3rd ", "G7 Summit", "x", "Ana Vidal\u00a0",
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


def test_slug_is_slugify_for_every_accented_name_of_the_tables() -> None:
    from reader.analysis.names import numbers_from_lists

    accented = [w for w in numbers_from_lists() if not w.isascii()]
    assert len(accented) > 1000
    for name in accented:
        assert slug(name) == slugify(name), name


@pytest.mark.parametrize("name", [
    "Łukasz Żółć", "Søren Ødegaard", "Straße", "Ｏ’Ｎｅｉｌｌ", "ﬁnal", "Ｏ＇Ｎｅｉｌｌ", "x̸y",
    "a\u0363b", "Ｒ＆Ｄ", "１，０００", "İstanbul", "Đorđe", "Nguyễn Thị Ánh", "\ud800",
    "James O’Neill", "Hogan & Hartson", "Roe, Jr.", "1’,2 Zoë", "3,000 Zoë", "AT&amp;T Zoë",
    "Zoë &amp; Co", "A&B;C", "‘Ali’ — Dīn", "x&#39;y", "Ömer 1,5",
])
def test_slug_is_slugify_for_names_nfkd_changes_otherwise(name: str) -> None:
    assert slug(name) == slugify(name)


@settings(max_examples=300)
@given(st.text(alphabet=st.characters(max_codepoint=0x2FFF, exclude_categories=("Cs",)),
               max_size=20))
def test_slug_is_slugify_for_any_text_of_many_scripts(name: str) -> None:
    assert slug(name) == slugify(name)
