"""The sanitiser: unit cases for each kind of character, and properties for any input."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.articles.sanitise import (
    BIDI_MARKS,
    BIDI_REORDERING,
    ZERO_WIDTH,
    ZERO_WIDTH_JOINER,
    sanitise_line,
    sanitise_text,
)

FORBIDDEN_IN_TEXT = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\u2028\u2029"
                               + BIDI_REORDERING + "]")
FORBIDDEN_IN_LINE = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff\u2028\u2029"
                               + BIDI_REORDERING + BIDI_MARKS + ZERO_WIDTH + "]")

# Text rich in the characters the sanitiser cares about, mixed with ordinary text.
NASTY = st.sampled_from(
    ["\x1b", "[", "]", "\x07", "\\", "\r", "\n", "\t", "\x00", "\x7f", "\x85", "\x9b",
     "\u200d", "\u200b", "\u202e", "\u2066", "\u200f", "\ufeff", "👍", "👨", "❤", "\ufe0f",
     "P", "X", "_", "^", "1", ";", "m", "a", " ", "\u2028", "\x0c", "(", "é"]
)
UNTRUSTED = st.one_of(
    st.text(max_size=80),
    st.lists(st.one_of(NASTY, st.text(max_size=3)), max_size=40).map("".join),
)


_ASCII_NASTY = st.lists(st.one_of(
    st.sampled_from(["\x1b", "\r", "\n", "\t", "\x00", "\x08", "\x0b", "\x1f", "\x7f", " ",
                     "~", "a", "[", "\r\n"]),
    st.characters(max_codepoint=127)), max_size=40).map("".join)


@given(st.one_of(_ASCII_NASTY, UNTRUSTED))
def test_text_is_returned_as_it_is_exactly_when_nothing_needs_work(text: str) -> None:
    # sanitise_text's first test (for ASCII text, on its bytes) says "nothing to do"
    # exactly where the search for what it would change finds nothing.
    needs_work = re.search("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\u2028\u2029"
                           + BIDI_REORDERING + "]", text) is not None
    assert (sanitise_text(text) is not text) == needs_work


def test_plain_text_is_unchanged() -> None:
    text = "Héllo, «world» — 日本\n\tindented line\n"
    assert sanitise_text(text) == text


def test_line_endings_become_newlines() -> None:
    assert sanitise_text("a\r\nb\rc\x85d\u2028e\u2029f") == "a\nb\nc\nd\ne\nf"


def test_c0_del_and_c1_controls_are_dropped_but_tab_and_newline_kept() -> None:
    assert sanitise_text("a\x00b\x01c\x7fd\x80e\x9ff\tg\nh") == "abcdef\tg\nh"


def test_escape_sequences_are_removed_whole() -> None:
    assert sanitise_text("red \x1b[31mALERT\x1b[0m done") == "red ALERT done"
    # OSC 52 would write the clipboard; OSC 8 makes a link. Both end with BEL or ST.
    assert sanitise_text("x\x1b]52;c;ZXZpbA==\x07y") == "xy"
    assert sanitise_text("x\x1b]8;;http://evil.test\x1b\\click\x1b]8;;\x1b\\y") == "xclicky"
    assert sanitise_text("a\x1bcb") == "ab"  # RIS, full terminal reset
    assert sanitise_text("a\x1b(Bb") == "ab"  # charset designation


def test_unterminated_osc_stops_at_end_of_line() -> None:
    assert sanitise_text("title\x1b]0;fake title\nbody stays") == "title\nbody stays"


def test_bidi_overrides_removed_from_text_but_marks_and_joiners_kept() -> None:
    assert sanitise_text("abc\u202eevil\u202c \u2067x\u2069") == "abcevil x"
    assert sanitise_text("שלום\u200f ok") == "שלום\u200f ok"
    assert sanitise_text("می\u200cخواهم 👨\u200d👩") == "می\u200cخواهم 👨\u200d👩"


def test_line_drops_bidi_and_zero_width_and_joins_whitespace() -> None:
    assert sanitise_line("  Big\u200b news\u202e!\n\tToday\u200f ") == "Big news! Today"
    assert sanitise_line("soft\u00adhyphen\ufeff") == "softhyphen"


def test_line_keeps_joiner_only_between_emoji() -> None:
    family = "👨\u200d👩\u200d👧"
    assert sanitise_line(f"The {family} story") == f"The {family} story"
    assert sanitise_line("a\u200db") == "ab"
    assert sanitise_line("👍\u200d") == "👍"
    assert sanitise_line("👍\u200d\u200d👍") == "👍👍"
    assert sanitise_line("❤\ufe0f\u200d🔥") == "❤\ufe0f\u200d🔥"


@settings(max_examples=300)
@given(UNTRUSTED)
def test_text_never_keeps_forbidden_characters(text: str) -> None:
    clean = sanitise_text(text)
    assert FORBIDDEN_IN_TEXT.search(clean) is None
    assert "\x1b" not in clean and "\r" not in clean


@settings(max_examples=300)
@given(UNTRUSTED)
def test_text_is_idempotent(text: str) -> None:
    once = sanitise_text(text)
    assert sanitise_text(once) == once


@settings(max_examples=300)
@given(UNTRUSTED)
def test_line_never_keeps_forbidden_characters(text: str) -> None:
    clean = sanitise_line(text)
    assert FORBIDDEN_IN_LINE.search(clean) is None
    assert clean == clean.strip() and "  " not in clean
    for match in re.finditer(ZERO_WIDTH_JOINER, clean):
        # Any joiner left sits between two non-space characters (emoji).
        assert 0 < match.start() < len(clean) - 1
        assert not clean[match.start() - 1].isspace() and not clean[match.end()].isspace()


@settings(max_examples=300)
@given(UNTRUSTED)
def test_line_is_idempotent(text: str) -> None:
    once = sanitise_line(text)
    assert sanitise_line(once) == once


@settings(max_examples=100)
@given(UNTRUSTED)
def test_line_of_sanitised_text_equals_line_of_raw(text: str) -> None:
    # Titles are taken from sanitised text: doing the body pass first must not matter.
    assert sanitise_line(sanitise_text(text)) == sanitise_line(text)


def test_line_and_text_agree_on_where_an_unterminated_escape_stops() -> None:
    raw = "\x1b]0;a\rb"
    assert sanitise_line(raw) == sanitise_line(sanitise_text(raw)) == "b"


def test_render_time_sanitiser_replaces_one_for_one() -> None:
    from reader.articles import sanitise_display

    raw = "a\x1b[31mb\u202ec\x07d\u2028e"
    shown = sanitise_display(raw)
    assert len(shown) == len(raw)
    assert "\x1b" not in shown and "\u202e" not in shown and "\x07" not in shown
    assert shown.replace("\ufffd", "") == "a[31mbcde"
    clean = sanitise_text("Body\twith tab\nand 👨\u200d👩 joiners")
    assert sanitise_display(clean) == clean  # sanitised at ingestion: unchanged

