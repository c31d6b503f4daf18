"""Lines of match results and bylines in capitals: the fast searches find exactly what
the plain patterns do."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.analysis.people_state import result_lines

# The pattern as first written (slow: every run without digits given back a character
# at a time).
PLAIN = re.compile(r"^[^\d\n]+ \d{1,3} [^\d\n]+ \d{1,3}(?: \([^()\n]*\))?[ \t]*$",
                   re.MULTILINE)

_PIECES = st.sampled_from(["a", "B", " ", "  ", "1", "12", "123", "1234", "\n", "\n\n", "(",
                           ")", "\t", "x y", " 3 ", "-", "é", "\u0663", " \u0664\u0665 ", " )"])


def test_results_lines_are_found_and_prose_is_not() -> None:
    text = ("Quell Rovers 2 Elston Athletic 1\nMarbeck 88 Doe City 79 (half-time 40-41)\n"
            "The club said 3 players and 2 coaches left.\nTarsia 10 Vell 2009")
    assert result_lines(text) == [m.span() for m in PLAIN.finditer(text)]
    assert [text[s:e] for s, e in result_lines(text)] == [
        "Quell Rovers 2 Elston Athletic 1", "Marbeck 88 Doe City 79 (half-time 40-41)"]


@settings(max_examples=400, deadline=None)
@given(st.lists(_PIECES, max_size=24).map("".join))
def test_any_text_gives_the_lines_the_plain_pattern_gives(text: str) -> None:
    assert result_lines(text) == [m.span() for m in PLAIN.finditer(text)]


# result_lines() as it was before it searched for the line breaks that can end such a
# line: a search of the whole text for a line break and a line of results after it.
_BODY = (r"(?=[^\d\n]{2})[^\d\n]*+(?<= )\d{1,3} (?=[^\d\n]{2})[^\d\n]*+(?<= )\d{1,3}"
         r"(?: \([^()\n]*\))?[ \t]*$")
_PREVIOUS_FIRST = re.compile(_BODY, re.MULTILINE)
_PREVIOUS_NEXT = re.compile(r"\n(" + _BODY + ")", re.MULTILINE)


def previous_result_lines(text: str) -> list[tuple[int, int]]:
    first = _PREVIOUS_FIRST.match(text)
    return ([first.span()] if first is not None else []) + [
        m.span(1) for m in _PREVIOUS_NEXT.finditer(text)]


_LINE_PIECES = st.sampled_from(["Quell Rovers 2 Elston Athletic 1", "Doe 88 Roe City 79",
                                " (half-time 40-41)", "\n", "\t", " ", "x", "7", "(", ")",
                                " 1 ", "\u0663\u0664", "é"])


@settings(max_examples=400, deadline=None)
@given(st.lists(st.one_of(_PIECES, _LINE_PIECES), max_size=24).map("".join))
def test_any_text_gives_the_lines_the_previous_search_gave(text: str) -> None:
    assert result_lines(text) == previous_result_lines(text)


def test_lines_ending_in_other_digits_brackets_or_white_space_are_found() -> None:
    # Every character a line of results can end with: a digit of any script, a closing
    # bracket, a space or a tab; the first line, the last and one between.
    text = ("Quell Rovers \u0662 Elston Athletic \u0661\nDoe 8 Roe City 7 (extra time) \n"
            "Vell 10 Tarsia 2\t\nnot one\nMarbeck 88 Doe City 79")
    assert result_lines(text) == previous_result_lines(text) == [
        m.span() for m in PLAIN.finditer(text)]
    assert len(result_lines(text)) == 4


# The byline in capitals, as first written with "^BY".
PLAIN_CAPS_BYLINE = re.compile(r"^BY ([A-Z][A-Z'’.\- ]*[A-Z.])(?:[,;][^\n]*)?[ \t]*$",
                               re.MULTILINE)
_BYLINE_PIECES = st.sampled_from(["BY", "B", "Y", " ", "\n", "A", "J. ROE", ",", ";", "x",
                                  "\t", "’", "-", "BY JANE ROE"])


@settings(max_examples=400, deadline=None)
@given(st.lists(_BYLINE_PIECES, max_size=16).map("".join))
def test_a_byline_in_capitals_is_found_where_the_plain_pattern_finds_it(text: str) -> None:
    from reader.analysis.name_cues import CAPS_BYLINE

    assert [(m.span(), m.group(1)) for m in CAPS_BYLINE.finditer(text)] == [
        (m.span(), m.group(1)) for m in PLAIN_CAPS_BYLINE.finditer(text)]
    sample = "Title\nBY JANE ROE AND TOM DOE\nxBY ANA VIDAL\nBY ANA VIDAL, WIRE"
    assert [m.group(1) for m in CAPS_BYLINE.finditer(sample)] == [
        "JANE ROE AND TOM DOE", "ANA VIDAL"]
