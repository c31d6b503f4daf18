"""The search language: every operator, its errors, and any input is safe."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.library.query_eval import matches
from reader.library.query_parser import And, Not, Or, Query, QueryError, Term, parse

TODAY = dt.date(2026, 5, 20)


def ok(text: str) -> Query:
    result = parse(text, today=TODAY)
    assert isinstance(result, Query), result
    return result


def error(text: str) -> QueryError:
    result = parse(text, today=TODAY)
    assert isinstance(result, QueryError), result
    return result


def terms(text: str) -> list[tuple[str, str]]:
    return [(t.field, t.value) for t in ok(text).terms()]


def test_words_and_phrases_are_text_terms_joined_by_and() -> None:
    query = ok('ceasefire "border talks"')
    assert isinstance(query.root, And)
    words = [t for t in query.terms()]
    assert [(t.value, t.phrase) for t in words] == [("ceasefire", False), ("border talks", True)]
    curly = ok("\u201cborder talks\u201d").terms()[0]
    assert (curly.value, curly.phrase) == ("border talks", True)


@pytest.mark.parametrize(("text", "expected"), [
    ('person:"Jane Roe"', ("person", "Jane Roe")),
    ("person:roe", ("person", "roe")),
    ("said-by:Roe", ("said-by", "Roe")),
    ('said-by:"Jane Roe"', ("said-by", "Jane Roe")),
    ("country:KP", ("country", "KP")),
    ('country:"North Korea"', ("country", "North Korea")),
    ("org:NATO", ("org", "NATO")),
    ("source:Yonhap", ("source", "Yonhap")),
    ("feed:world", ("feed", "world")),
    ("tag:economy", ("tag", "economy")),
    ("is:unread", ("is", "unread")),
    ("IS:Bookmarked", ("is", "bookmarked")),
    ("is:noted", ("is", "noted")),
    ("is:read", ("is", "read")),
])
def test_fields(text: str, expected: tuple[str, str]) -> None:
    assert terms(text) == [expected]


def test_dates() -> None:
    since = ok("since:7d").terms()[0]
    assert (since.first, since.last) == (TODAY - dt.timedelta(days=7), None)
    assert ok("since:2w").terms()[0].first == TODAY - dt.timedelta(days=14)
    until = ok("until:2026-05-01").terms()[0]
    assert (until.first, until.last) == (None, dt.date(2026, 5, 1))
    span = ok("date:2026-04-01..2026-04-30").terms()[0]
    assert (span.first, span.last) == (dt.date(2026, 4, 1), dt.date(2026, 4, 30))
    month = ok("date:2026-02").terms()[0]
    assert (month.first, month.last) == (dt.date(2026, 2, 1), dt.date(2026, 2, 28))
    open_end = ok("date:2026-04-01..").terms()[0]
    assert (open_end.first, open_end.last) == (dt.date(2026, 4, 1), None)


def test_negation_or_and_parentheses() -> None:
    root = ok("a -b").root
    assert isinstance(root, And) and isinstance(root.children[1], Not)
    root = ok("a OR b c").root  # AND binds tighter than OR
    assert isinstance(root, And) and isinstance(root.children[0], Or)
    inner = root.children[0]
    assert isinstance(inner, Or) and isinstance(inner.children[1], And)
    root = ok("(a OR b) c").root
    assert isinstance(root, And) and isinstance(root.children[0], Or)
    assert terms("a AND b") == [("text", "a"), ("text", "b")]
    assert terms("a or b") == [("text", "a"), ("text", "or"), ("text", "b")]  # lower case: a word
    assert terms("-person:roe") == [("person", "roe")]


def test_empty_query_matches_everything() -> None:
    assert ok("").is_empty and ok("   ").is_empty
    assert matches(ok(""), lambda term: False)


def test_words_with_colons_that_are_not_fields() -> None:
    assert terms("10:30 https://example.org") == [("text", "10:30"),
                                                 ("text", "https://example.org")]


@pytest.mark.parametrize(("text", "problem", "at"), [
    ('person:"Jane Roe', "never closed", 7),
    ('"open', "never closed", 0),
    ("(a OR b", "never closed", 0),
    ("a b)", "no (", 3),
    ("()", "nothing between", 0),
    ("OR a", "before", 0),
    ("a OR", "after", 2),
    ("a OR OR b", "after", 2),
    ("a -", "after it", 2),
    ("a - b", "after it", 2),
    ("persn:roe", "unknown field", 0),
    ("is:starred", "is: takes", 3),
    ("person:", "needs a value", 0),
    ("since:soon", "not a date", 6),
    ("until:2026-02-30", "not a day", 6),
    ("date:2026-05-01..2026-04-01", "comes after", 5),
    ("date:..", "at least one side", 5),
    ('""', "empty quotes", 0),
    ("(" * 100 + "a" + ")" * 100, "too deeply", 40),
])
def test_errors_point_at_the_problem(text: str, problem: str, at: int) -> None:
    err = error(text)
    assert problem in err.message
    assert err.start == at
    assert 0 <= err.start <= err.end <= len(text)
    assert err.pointer().splitlines()[1].index("^") == at


def test_matches_evaluates_one_item() -> None:
    query = ok("(a OR b) -c")
    def holds(words: set[str]) -> bool:
        return matches(query, lambda t: t.value in words)
    assert holds({"a"}) and holds({"b"}) and not holds({"a", "c"}) and not holds(set())


ALPHABET = st.sampled_from([*'ab "()-:\u201c\u201d.', "OR", "AND", "person:", "is:", "date:",
                            "since:", "..", "7d"])


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(max_size=60), st.lists(ALPHABET, max_size=25).map("".join)))
def test_no_input_raises(text: str) -> None:
    result = parse(text, today=TODAY)
    if isinstance(result, QueryError):
        assert result.message
        assert 0 <= result.start <= result.end <= max(len(text), result.end)
    else:
        for term in result.terms():
            assert isinstance(term, Term)
            assert 0 <= term.start <= term.end <= len(text)
