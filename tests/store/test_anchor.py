"""locate_quote: a bookmarked quote is found again after the article text changes."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.store import QuoteAnchor, locate_quote
from tests.store.conftest import ARTICLE_TEXT

QUOTE = "We will hold the line,"


def _anchor(text: str = ARTICLE_TEXT, quote: str = QUOTE) -> QuoteAnchor:
    start = text.index(quote)
    return QuoteAnchor.from_text(text, start, start + len(quote))


def test_unchanged_text_gives_the_stored_offsets() -> None:
    anchor = _anchor()
    assert locate_quote(anchor, ARTICLE_TEXT) == (anchor.start, anchor.end)


def test_text_inserted_before_shifts_the_quote() -> None:
    anchor = _anchor()
    edited = "UPDATED: a correction was added.\n" + ARTICLE_TEXT
    start, end = locate_quote(anchor, edited) or (0, 0)
    assert edited[start:end] == QUOTE and start == anchor.start + 33


def test_repeated_quote_picks_the_one_with_matching_context() -> None:
    text = 'A said "yes we can" at noon. Later B said "yes we can" at night.'
    second = text.rindex("yes we can")
    anchor = QuoteAnchor.from_text(text, second, second + len("yes we can"))
    edited = "Intro. " + text
    assert locate_quote(anchor, edited) == (second + 7, second + 7 + len("yes we can"))


def test_typographic_and_whitespace_changes_still_match() -> None:
    anchor = _anchor()
    curly = "\u201cWe  will hold\nthe line,\u201d"
    edited = ARTICLE_TEXT.replace('"We will hold the line,"', curly)
    span = locate_quote(anchor, edited)
    assert span is not None
    assert " ".join(edited[span[0]:span[1]].split()) == QUOTE


def test_lightly_edited_quote_is_found_between_its_context() -> None:
    anchor = _anchor()
    edited = ARTICLE_TEXT.replace("We will hold the line,", "We shall hold the line,")
    span = locate_quote(anchor, edited)
    assert span is not None and edited[span[0]:span[1]] == "We shall hold the line,"


def test_removed_quote_is_detached() -> None:
    anchor = _anchor()
    edited = ARTICLE_TEXT.replace('"We will hold the line," said Patrick Ryder, ', "")
    assert locate_quote(anchor, edited) is None
    assert locate_quote(anchor, "") is None


@settings(max_examples=60, deadline=None)
@given(before=st.text(max_size=80), quote=st.text(min_size=1, max_size=40).filter(str.strip),
       after=st.text(max_size=80), extra=st.text(max_size=40))
def test_quote_present_in_new_text_is_always_found(before: str, quote: str, after: str,
                                                   extra: str) -> None:
    text = before + quote + after
    anchor = QuoteAnchor.from_text(text, len(before), len(before) + len(quote))
    edited = extra + text
    span = locate_quote(anchor, edited)
    assert span is not None
    start, end = span
    assert 0 <= start <= end <= len(edited)
    assert edited[start:end] == quote


@settings(max_examples=60, deadline=None)
@given(text=st.text(max_size=200), quote=st.text(min_size=1, max_size=30),
       start=st.integers(-5, 250), end=st.integers(-5, 250))
def test_never_raises_and_spans_stay_inside(text: str, quote: str, start: int,
                                            end: int) -> None:
    anchor = QuoteAnchor(quote=quote, start=start, end=end, prefix=text[:10], suffix=text[-10:])
    span = locate_quote(anchor, text)
    if span is not None:
        assert 0 <= span[0] <= span[1] <= len(text)
