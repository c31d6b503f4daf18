"""The cheap tests tried before a search never turn away a text the search would match."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.analysis import people_runs
from reader.analysis.name_cues import (
    BYLINE_BEFORE,
    BYLINE_BEFORE_ENDS,
    COMPANY_AFTER,
    COMPANY_AFTER_STARTS,
    LONE_AGE_AFTER,
    MINUTES_AFTER,
    SCORECARD_AFTER,
    SCORECARD_AFTER_FIRST,
    SCORECARD_BEFORE,
    SCORECARD_BEFORE_ENDS,
    SUBDIVISION_AFTER,
    SUBDIVISION_AFTER_STARTS,
    TEAM_SCORE_AFTER,
    WORK_BEFORE,
    WORK_BEFORE_ENDS,
    ends_like,
    number_after,
)
from reader.analysis.quote_marks import DOUBLE_MARKS, MARK_PATTERN

PIECES = ["c", "b", "st", "lbw", "c and b", "c sub", "by", "By", "Reporting", "Editing",
          "12", "3", "-", " ", "\n", "(", ",", "Roe", "x", "Jul", "the", "His", "new",
          "novel", "hymn", "film", "Film", "late-night"]
texts = st.lists(st.sampled_from(PIECES), max_size=10).map(" ".join) | st.text(
    alphabet=" \nbyBcst-(,3x", max_size=14)


@settings(max_examples=400)
@given(texts, texts)
def test_ends_like_holds_wherever_the_searches_match(before: str, after: str) -> None:
    text = before + after
    end = len(before)
    for pattern, endings, window in ((SCORECARD_BEFORE, SCORECARD_BEFORE_ENDS, 8),
                                     (BYLINE_BEFORE, BYLINE_BEFORE_ENDS, 14),
                                     (WORK_BEFORE, WORK_BEFORE_ENDS, 40)):
        if pattern.search(text, max(0, end - window), end) is not None:
            assert ends_like(text, end, endings), (pattern.pattern, text, end)


def test_ends_like() -> None:
    assert ends_like("Editing by ", 11, BYLINE_BEFORE_ENDS)
    assert ends_like("Editing by \nRoe", 12, BYLINE_BEFORE_ENDS)
    assert not ends_like("said Roe", 5, BYLINE_BEFORE_ENDS)
    assert not ends_like("x", 0, SCORECARD_BEFORE_ENDS)
    assert ends_like("her new novel \n", 15, WORK_BEFORE_ENDS)
    assert WORK_BEFORE.search("her new novel \n", 0, 15) is not None
    assert not ends_like("the novelist ", 13, WORK_BEFORE_ENDS)
    assert re.search(r"by $", "Editing by \n") is not None  # why the line break counts


_MARK_TEXTS = st.text(alphabet="`'\"“”„«»「」 a\n’‘", max_size=16)


@settings(max_examples=400)
@given(_MARK_TEXTS, st.integers(0, 16))
def test_the_mark_pattern_finds_what_the_alternation_finds(text: str, start: int) -> None:
    # quote_marks.MARK_PATTERN is "[marks]|``|''" written for the matcher's fast skip
    alternation = re.compile("[" + re.escape("".join(sorted(DOUBLE_MARKS))) + "]|``|''")
    written = re.compile(MARK_PATTERN)
    found = written.search(text, start)
    expected = alternation.search(text, start)
    assert (found and found.span()) == (expected and expected.span())


_AFTER_PIECES = ["the", "shares", "stock", "'s", "’", "'", " ", ",", "(", ")", "3", "45", "٣", "c",
                 "b", "st", "lbw", "run out", "not out", "retired", "pen", "min", "-", "state",
                 "province", "river", "who", "Roe", "1st", "\n", "of", "from", "near", "in"]
_after_texts = st.lists(st.sampled_from(_AFTER_PIECES), max_size=8).map("".join) | st.lists(
    st.sampled_from(_AFTER_PIECES), max_size=8).map(" ".join)


@settings(max_examples=500)
@given(_after_texts)
def test_the_tests_before_a_match_after_a_name_hold_wherever_it_matches(after: str) -> None:
    text = "Tilda Varne" + after
    e = len("Tilda Varne")
    if TEAM_SCORE_AFTER.match(text, e) or MINUTES_AFTER.match(text, e):
        assert number_after(text, e)
    if COMPANY_AFTER.match(text, e):
        assert text.startswith(COMPANY_AFTER_STARTS, e)
    if LONE_AGE_AFTER.match(text, e):
        assert text[e + 2:e + 3].isdecimal()
    if SCORECARD_AFTER.match(text[e:e + 24]):
        assert text[e + 1:e + 2] in SCORECARD_AFTER_FIRST or text[e + 1:e + 2].isdecimal()
    if SUBDIVISION_AFTER.match(text, e):
        assert text.startswith(SUBDIVISION_AFTER_STARTS, e)


@settings(max_examples=500)
@given(_after_texts)
def test_the_test_before_a_place_preposition_holds_wherever_it_matches(before: str) -> None:
    text = before + "Quellbury"
    s = len(before)
    if people_runs._PLACE_BEFORE.search(text, max(0, s - 12), s):
        assert ends_like(text, s, people_runs._PLACE_BEFORE_ENDS)


def test_the_tests_before_a_match_turn_away_the_usual_text() -> None:
    assert not number_after("Roe said", 3) and number_after("Rovers 2 (Roe", 6)
    assert not number_after("Roe ٣", 2) and number_after("Roe ٣", 3)
    assert not "Roe said".startswith(COMPANY_AFTER_STARTS, 3)
    assert ends_like("the village of \nQuell", 16, people_runs._PLACE_BEFORE_ENDS)
    assert ends_like("seen in the Negev", 12, people_runs._PLACE_BEFORE_ENDS)


@settings(max_examples=300)
@given(st.text(alphabet='"a A.!?\n-', max_size=40))
def test_the_ascii_quoted_title_pattern_finds_what_the_other_finds(text: str) -> None:
    from reader.analysis.name_cues import QUOTED_TITLE
    from reader.analysis.people_state import ASCII_QUOTED_TITLE

    assert [m.span(1) for m in ASCII_QUOTED_TITLE.finditer(text)] == [
        m.span(1) for m in QUOTED_TITLE.finditer(text)]


@settings(max_examples=300)
@given(st.text(alphabet='AB :\n\t"“.a', max_size=40))
def test_the_speaker_lines_are_the_ones_the_line_start_pattern_finds(text: str) -> None:
    from reader.analysis.transcript_lines import _SPEAKER_LINE, speaker_line_matches

    found = [(m.start() + (text[m.start()] == "\n"), m.span(1))
             for m in speaker_line_matches(text)]
    assert found == [(m.start(), m.span(1)) for m in _SPEAKER_LINE.finditer(text)]


def _first_characters(items: list[tuple[object, object]]) -> set[str]:
    """The characters a match of the parsed sequence `items` can start with (a test's
    helper: it knows the few operators the patterns it reads use, and fails on others,
    and on a sequence that can match the empty string)."""
    from re import _constants as c

    op, arg = items[0]
    if op is c.LITERAL:
        return {chr(arg)}
    if op is c.IN:
        assert all(kind is c.LITERAL for kind, _ in arg), arg
        return {chr(code) for _, code in arg}
    if op is c.BRANCH:
        return set().union(*(_first_characters(list(alt)) for alt in arg[1]))
    if op is c.SUBPATTERN:
        return _first_characters(list(arg[3]))
    if op in (c.MAX_REPEAT, c.MIN_REPEAT):
        low, _, inner = arg
        first = _first_characters(list(inner))
        return first if low > 0 else first | _first_characters(items[1:])
    raise AssertionError(f"an operator the helper does not know: {op}")


def test_the_characters_a_thing_after_a_name_opens_with() -> None:
    # the match opens with a space, then a suffix ("Jr", "III") or the word: the test
    # before the match lets through every character that can come second
    import re._parser as parser

    items = list(parser.parse(people_runs._THING_AFTER.pattern))
    optional, space = items[0], items[1]
    assert optional[0] is parser.MAX_REPEAT and optional[1][0] == 0
    assert next(iter(optional[1][2])) == (parser.LITERAL, ord(" "))
    assert space == (parser.LITERAL, ord(" "))
    second = (_first_characters(list(optional[1][2])[1:]) | _first_characters(items[2:]))
    assert second <= people_runs._THING_AFTER_SECOND, second - people_runs._THING_AFTER_SECOND
    assert people_runs._THING_AFTER.match(" Jr. stadium") is not None


_NICKNAME_PIECES = ["known as", "nicknamed", "dubbed", "better", "popularly", "widely", "also",
                    " ", ",", "(", '"', "“", "”", "Gurey", ")", "x", "said", " known as ",
                    ", dubbed ", "Gurey,", 'Nana"', " (", ' "', " “"]


@settings(max_examples=500)
@given(st.lists(st.sampled_from(_NICKNAME_PIECES), max_size=8).map("".join)
       | st.lists(st.sampled_from(_NICKNAME_PIECES), max_size=8).map(" ".join))
def test_the_test_before_a_nickname_holds_wherever_it_matches(after: str) -> None:
    from reader.analysis.people_short_forms import _NICKNAME_AFTER, nickname_may_follow

    text = "Ahmed Roe" + after
    if _NICKNAME_AFTER.match(text, 9):
        assert nickname_may_follow(text, 9), text


def test_the_test_before_a_nickname() -> None:
    from reader.analysis.people_short_forms import nickname_may_follow

    assert nickname_may_follow('Roe "Nana"', 3) and nickname_may_follow("Roe, known as X,", 3)
    assert not nickname_may_follow("Roe said", 3) and not nickname_may_follow("Roe", 3)


@settings(max_examples=400)
@given(st.text(alphabet="‘’'\na ", max_size=20), st.integers(0, 22), st.integers(0, 22))
def test_the_next_single_mark_is_where_the_search_finds_it(text: str, first: int,
                                                             then: int) -> None:
    from reader.analysis.quote_marks import (
        _SINGLE_OR_BREAK,
        _SINGLE_OR_BREAK_CHARACTERS,
        _next_single,
    )

    assert _SINGLE_OR_BREAK.pattern == "[" + _SINGLE_OR_BREAK_CHARACTERS + "]"
    found = [-1] * len(_SINGLE_OR_BREAK_CHARACTERS)
    since = [len(text) + 1] * len(_SINGLE_OR_BREAK_CHARACTERS)
    for pos in (first, then, first + 1, 0):  # on, back, on again: what the reader does
        m = _SINGLE_OR_BREAK.search(text, pos)
        assert _next_single(text, pos, found, since) == (m.start() if m else -1)


def test_a_credit_line_opens_with_two_characters_of_a_capital_run() -> None:
    from reader.analysis.name_cues import CREDIT_LINE

    # the test before the match: the second character is a capital or one of these
    assert CREDIT_LINE.pattern.startswith(r"[A-Z](?<![^\n][A-Z])(?:[A-Z'’.\-]+")


_NAMING_PIECES = ["which", "that", "she", "the mayor", "has", "had", "calls", "call", "called",
                  "dubs", "dubbed", "names", "named", "brands", "branded", "bills", "billed",
                  "x", " ", "\n", "\t", ",", "\u00a0", "Calls"]


@settings(max_examples=500)
@given(st.lists(st.sampled_from(_NAMING_PIECES), max_size=9).map(" ".join)
       | st.lists(st.sampled_from(_NAMING_PIECES), max_size=9).map("".join))
def test_the_test_before_a_naming_relative_holds_wherever_it_matches(before: str) -> None:
    from reader.analysis.quote_names import _NAMING_RELATIVE_BEFORE, _naming_verb_before

    text = before + '"Fresh Start"'
    start = len(before)
    if _NAMING_RELATIVE_BEFORE.search(text, max(0, start - 50), start):
        assert _naming_verb_before(text, start), text


@settings(max_examples=300)
@given(st.text(alphabet=" \t\n\x1c\x85\xa0\u2028\u3000\u200bab.", max_size=16) | st.text())
def test_the_words_before_a_mention_are_split_where_the_pattern_splits(text: str) -> None:
    from reader.analysis.descriptions import _TOKEN

    assert text.split() == _TOKEN.findall(text)  # (_title_run splits; _TOKEN is \S+)
