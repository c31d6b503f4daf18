"""find_quote_spans skips paragraphs with no mark and finds what a paragraph-by-paragraph
reading finds."""

from __future__ import annotations

from itertools import pairwise

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.analysis.quote_marks import Reading, find_quote_spans, single_quote_spans

DOUBLE_MARKS = ('"', "“", "”", "„", "«", "»", "「", "」", "『", "』", "``", "''")


def every_paragraph(text: str) -> list[tuple[int, int]]:
    """The spans as the scan reads them, without skipping paragraphs that have no mark."""
    state = Reading()
    n = len(text)
    retried = -1
    i = 0
    while i < n:
        nl = text.find("\n", i)
        para_end = n if nl < 0 else nl
        para_start = i
        state.read(text, i, para_end)
        i = para_end + 1
        if state.stack:
            i = state.paragraph_ended(text, i, para_start, para_end, retried)
            if i <= para_end:
                retried = para_start
    if not state.spans and not any(m in text for m in DOUBLE_MARKS):
        return single_quote_spans(text)
    return state.spans


PIECES = ['"', "“", "”", "«", "»", "„", "「", "」", "``", "''", "‘", "’", "Roe said", " ", "\n",
          "\n\n", ".", "x", "'", "(", ")"]
texts = st.lists(st.sampled_from(PIECES), max_size=30).map("".join)


@settings(max_examples=400)
@given(texts)
def test_the_same_spans_as_reading_every_paragraph(text: str) -> None:
    assert find_quote_spans(text) == every_paragraph(text)


def test_a_quote_after_paragraphs_without_marks() -> None:
    text = "One.\n\nTwo.\n\nThree said \u201cyes\u201d.\n\"Open\n\n\"and on,\" he said.\n"
    spans = find_quote_spans(text)
    assert [text[s:e] for s, e in spans] == ["\u201cyes\u201d", "\"Open", "\"and on,\""]


def quoted(text: str) -> list[str]:
    return [text[s:e] for s, e in find_quote_spans(text)]


@pytest.mark.parametrize("opening, closing", [
    ("„", "“"),  # German
    ("„", "”"),  # Polish, Hungarian
    ("«", "»"),  # French, Spanish, Russian
    ("»", "«"),  # German and Danish books
    ("»", "»"),  # Swedish, Finnish
    ("「", "」"),  # Japanese, Chinese
    ("``", "''"),  # plain-text conversions
])
def test_quotation_marks_of_other_typographies_pair(opening: str, closing: str) -> None:
    text = (f"Mayor Ivo Marsh said: {opening}The pier opens in May.{closing} "
            f"His deputy added: {opening}Not a day later.{closing}")
    assert quoted(text) == [f"{opening}The pier opens in May.{closing}",
                            f"{opening}Not a day later.{closing}"]


def test_a_quote_inside_guillemets_nests() -> None:
    text = "Vera Lind said: «The sign read “closed” all week.» Then she left."
    assert quoted(text) == ["«The sign read “closed” all week.»"]


def test_a_german_quote_over_paragraphs_is_a_quote_per_paragraph() -> None:
    text = "Ivo Marsh sagte:\n\n„Wir bauen den Steg neu.\n\n„Und zwar bis Mai.“"
    assert quoted(text) == ["„Wir bauen den Steg neu.", "„Und zwar bis Mai.“"]


def test_two_apostrophes_outside_backquotes_are_not_a_mark() -> None:
    text = "The ''pier'' sign and ``the dock,'' said Ivo Marsh."
    assert quoted(text) == ["``the dock,''"]


def test_single_quotes_pair_in_an_article_without_double_marks() -> None:
    text = ("‘The pier opens in May,’ said Ivo Marsh, the harbour’s master.\n\n"
            "‘The sailors’ wait is over. We’re ready.’\n\n"
            "'It's late,' a fisherman said of the '90s plan.")
    assert quoted(text) == ["‘The pier opens in May,’", "‘The sailors’ wait is over. We’re ready.’",
                            "'It's late,'"]


def test_single_quotes_over_paragraphs_are_a_quote_per_paragraph() -> None:
    text = "Vera Lind said:\n\n‘We will rebuild.\n\n‘And we will do it by May.’"
    assert quoted(text) == ["‘We will rebuild.", "‘And we will do it by May.’"]


def test_single_quotes_stay_nested_where_double_marks_are_used() -> None:
    text = "“Lind called it ‘a fine day’ for the town,” Ivo Marsh said. ‘Odd’ she was not."
    assert quoted(text) == ["“Lind called it ‘a fine day’ for the town,”"]


def test_an_unclosed_single_quote_is_dropped_and_the_rest_read() -> None:
    text = "‘The dock is shut, Vera Lind said.\n\nIt rained. ‘Odd,’ she said."
    assert quoted(text) == ["‘Odd,’"]


def test_doubled_apostrophes_as_marks_keep_single_quotes_inside_unpaired() -> None:
    text = "''We said, 'Not yet.' Then we left,'' said Ivo Marsh."
    assert single_quote_spans(text) != [] and find_quote_spans(text) == []


SINGLE_PIECES = ["‘", "’", "'", "''", "Roe said", "don't", "voters'", " ", "\n", "\n\n", ".",
                 ",", "x", "s", "(", "9"]
single_texts = st.lists(st.sampled_from(SINGLE_PIECES), max_size=30).map("".join)


@settings(max_examples=300)
@given(st.one_of(texts, single_texts))
def test_spans_are_ordered_apart_and_open_with_a_mark(text: str) -> None:
    spans = find_quote_spans(text)
    assert spans == sorted(spans)
    bounds = [*spans, (len(text), len(text))]
    for (s, e), nxt in pairwise(bounds):
        assert 0 <= s < e <= nxt[0] <= len(text)
        assert text[s] in "\"“„«»「『‘'`"
