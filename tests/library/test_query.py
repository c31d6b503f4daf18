"""The one query module: parse -> Query -> matches, used by every filter."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.articles import Article, article_from_text
from reader.library.query import (
    FieldsTarget,
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
    assert parse("  ").is_empty
    assert parse("  ").matches(FieldsTarget({}))
    assert parse("  ...  ").matches(FieldsTarget({}))  # punctuation asks for nothing


def test_parse_builds_a_tree_of_words() -> None:
    query = parse("Peace talks")
    assert [t.value for t in query.parsed.terms()] == ["Peace", "talks"]
    assert query.words() == ["peace", "talks"]
    assert query.text == "Peace talks" and query.error is None


def test_the_search_language_works_in_every_filter() -> None:
    target = FieldsTarget({"title": "Zebras cross", "text": "A herd in Kenya"},
                          flags=frozenset({"unread"}), day=dt.date(2026, 5, 3))
    assert parse("zebras OR lions").matches(target)
    assert not parse("zebras -kenya").matches(target)
    assert parse('"herd in kenya" is:unread').matches(target)
    assert not parse("is:bookmarked").matches(target)
    assert parse("since:2026-05-01 until:2026-05").matches(target)
    assert not parse("since:2026-06-01").matches(target)


def test_a_query_that_does_not_parse_still_filters_by_its_words() -> None:
    query = parse('zebra "unclosed')
    assert query.error is not None and "never closed" in query.error.message
    assert query.words() == ["zebra", "unclosed"]
    assert query.matches(FieldsTarget({"text": "zebra unclosed"}))
    assert not query.matches(FieldsTarget({"text": "zebra"}))


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
def test_any_text_is_a_query(query: str, text: str) -> None:
    parse(query).matches(FieldsTarget({"text": text}))  # never raises


@settings(max_examples=60)
@given(st.text(alphabet="abcxyz ", max_size=30), st.text(alphabet="abcxyz ", max_size=60))
def test_plain_words_match_where_they_occur(query: str, text: str) -> None:
    parsed = parse(query)
    expected = all(word in text for word in query.split())
    assert parsed.matches(FieldsTarget({"text": text})) == expected


def _whole_text_target(article: Article) -> FieldsTarget:
    """The article target as it was before its distinct words: every field in full."""
    return FieldsTarget({"title": article.title, "text": article.text,
                         "source": article.source}, day=article.date)


WORDS_AND_MARKS = st.sampled_from(
    ["Kenya", "kenya,", "KEN", "enya", "Straße", "STRASSE", "İstanbul", "istanbul", "ﬁle",
     "file", "café", "CAFÉ", "’quoted’", "said", "a", "—", "(Yonhap)", "x_y", "2026", "\n"])


@settings(max_examples=80, deadline=None)
@given(st.lists(WORDS_AND_MARKS, max_size=25), st.lists(WORDS_AND_MARKS, min_size=1,
                                                          max_size=3),
       st.booleans())
def test_the_article_target_answers_as_the_whole_text_does(
        body: list[str], query_words: list[str], phrase: bool) -> None:
    # Plain words are looked up in the article's distinct words, phrases in its text:
    # every answer must be the one the whole text gives.
    article = article_from_text("A headline\n" + " ".join(body) + "\n")
    text = " ".join(query_words)
    query = parse(f'"{text}"' if phrase else text)
    assert query.matches(article_target(article)) == query.matches(
        _whole_text_target(article))


def test_an_article_keeps_its_text_packed_and_gives_it_back_whole() -> None:
    body = "Ünïcode ’quotes’ and words said the minister. " * 40
    article = article_from_text(f"A headline\n{body}\n", path=Path("news/a.txt"))
    assert article.text == f"A headline\n{body}\n"
    place = object.__getattribute__(article, "_text_packed")
    assert isinstance(place, int)  # not the str, nor its packed bytes: spilled to disk
    assert place & 0xFFFFFFFF < len(body) // 4  # the packed length
    assert article.path == Path("news/a.txt") and article.body.startswith("Ünïcode")
    moved = dataclasses.replace(article, id="file:other/a.txt")
    assert moved.text == article.text and moved != article
    assert hash(article) == hash(dataclasses.replace(article))
    assert set(article.search_words.split()) >= {"ünïcode", "quotes", "minister", "headline"}
