"""The one query module: parse -> Query -> matches, used by every filter."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.articles import article_from_text
from reader.library.query import (
    All,
    FieldsTarget,
    Word,
    article_target,
    filter_articles,
    parse,
    title_target,
)


def test_plain_words_must_all_occur_case_insensitively() -> None:
    target = FieldsTarget({"title": "Zebras cross", "text": "A herd in KENYA"})
    assert parse("zebra kenya").matches(target)
    assert parse("ZEBRAS, herd!").matches(target)  # punctuation is not part of a word
    assert not parse("zebra lion").matches(target)


def test_an_empty_query_matches_everything() -> None:
    query = parse("  ...  ")
    assert query.is_empty
    assert query.matches(FieldsTarget({}))


def test_parse_builds_a_tree_of_words() -> None:
    query = parse("Peace talks")
    assert query.root == All((Word("peace"), Word("talks")))
    assert query.words() == ["peace", "talks"]
    assert query.text == "Peace talks"


def test_a_default_field_limits_words_to_it() -> None:
    article = article_from_text("Markets calm\nThe zebra stayed home.")
    assert parse("zebra").matches(article_target(article))
    assert not parse("zebra", default_field="title").matches(title_target(article))
    assert parse("calm", default_field="title").matches(title_target(article))


def test_filter_articles_keeps_order() -> None:
    articles = [article_from_text(f"Title {n}\nbody {'odd' if n % 2 else 'even'}")
                for n in range(6)]
    assert [a.title for a in filter_articles(articles, parse("odd"))] == [
        "Title 1", "Title 3", "Title 5"]
    assert filter_articles(articles, parse("")) == articles


@settings(max_examples=60)
@given(st.text(max_size=40), st.text(max_size=80))
def test_any_text_is_a_query_and_its_words_match_where_they_occur(query: str,
                                                                  text: str) -> None:
    parsed = parse(query)  # never raises
    target = FieldsTarget({"text": text})
    expected = all(word in text.casefold() for word in parsed.words())
    assert parsed.matches(target) == expected
