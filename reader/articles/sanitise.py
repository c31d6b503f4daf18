"""Making untrusted text safe to show in a terminal.

Article files are untrusted. Rich and Textual strip only some control characters: ESC
sequences (colours, OSC 52 clipboard writes, OSC 8 links), C1 controls and bidi
overrides would otherwise reach the terminal or reorder what the reader sees.

Two levels:
- `sanitise_text` for a whole article: line endings become "\\n"; escape sequences,
  C0 controls (except tab and newline), DEL, C1 controls, lone surrogates and the bidi
  embedding/override/isolate controls are removed. Everything else is kept, including
  zero-width joiners and non-joiners that scripts such as Persian and Devanagari need.
- `sanitise_line` for a title, a source name or a link: the above, plus every bidi
  mark and zero-width character (except a zero-width joiner between two emoji, which
  builds one emoji such as a family), with all whitespace runs made one space.

Both are idempotent: sanitising sanitised text changes nothing.

At render time (GUIDE section 4: sanitise at ingestion AND at render), the UI passes
every title and name through `sanitise_line` again and the article body through
`sanitise_display`, which applies `sanitise_text`'s rules by replacing each forbidden
character with U+FFFD instead of removing it, so analysis offsets stay valid. This
module is the one sanitiser: there is no other.
"""

from __future__ import annotations

import re

from reader.regex_cache import compiled

# Every line ending Unicode knows, so the analyser, the pane and Python's splitlines
# agree on what a line is. NEL (U+0085) is a C1 control but means "new line".
_LINE_ENDINGS = compiled("\r\n|[\r\x85\u2028\u2029\x0b\x0c]")

# ECMA-48 escape sequences, removed whole so no parameters are left behind as litter:
# CSI (ESC [ ... final), string commands (OSC, DCS, SOS, PM, APC: ESC ] P X ^ _ up to
# BEL or ST, or to the end of the line when unterminated, so an unterminated one cannot
# swallow the article), and two/three-character escapes (ESC, intermediates, final).
_ESCAPE_SEQUENCE = compiled(
    r"\x1b\[[\x30-\x3f]*[\x20-\x2f]*[\x40-\x7e]?"
    r"|\x1b[\]PX^_][^\x07\x1b\n]*(?:\x07|\x1b\\)?"
    r"|\x1b[\x20-\x2f]*[\x30-\x7e]?"
)

# Bidi controls that change the order of what follows them (embeddings, overrides,
# isolates): the "Trojan Source" characters. Removed everywhere.
BIDI_REORDERING = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
# Bidi marks: invisible, direction hints only. Harmless in a body, removed from lines.
BIDI_MARKS = "\u061c\u200e\u200f"
ZERO_WIDTH_JOINER = "\u200d"
# Invisible characters that can hide or split words in a title or a link.
ZERO_WIDTH = "\u00ad\u180e\u200b\u200c\u2060\u2061\u2062\u2063\u2064\ufeff"

# C0 except tab and newline, DEL, C1, lone surrogates (they cannot be encoded as
# UTF-8), and the reordering bidi controls.
_FORBIDDEN_IN_TEXT = compiled(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff" + BIDI_REORDERING + "]"
)
_FORBIDDEN_IN_LINE = compiled(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff"
    + BIDI_REORDERING + BIDI_MARKS + ZERO_WIDTH + "]"
)
# Anything sanitise_text would change: forbidden characters and line endings but "\n".
_NEEDS_WORK = compiled(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\u2028\u2029" + BIDI_REORDERING + "]"
)
# Of those, all that text of ASCII characters can hold are C0 controls but tab and
# newline, and DEL: deleting every other character from its bytes leaves nothing when it
# holds none (bytes.translate, a table look-up a byte: a tenth of the instructions of
# the search, which tests each character against the whole set).
_ASCII_KEPT = bytes([9, 10, *range(32, 127)])
_ZWJ_RUN = compiled("\u200d+")
# What sanitise_display replaces one for one: everything sanitise_text would remove or
# turn into "\n" (ESC included), so a text that skipped ingestion still shows safely.
_FORBIDDEN_AT_RENDER = compiled(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\u2028\u2029" + BIDI_REORDERING + "]"
)
REPLACEMENT = "\ufffd"


def sanitise_text(text: str) -> str:
    """A whole article made safe to analyse and show; see the module docstring."""
    # The usual case: nothing to do, found in one scan, no copies of the text kept.
    if text.isascii():  # (a flag of the string: no scan)
        if not text.encode("ascii").translate(None, _ASCII_KEPT):
            return text
    elif _NEEDS_WORK.search(text) is None:
        return text
    text = _LINE_ENDINGS.sub("\n", text)
    if "\x1b" in text:
        text = _ESCAPE_SEQUENCE.sub("", text)
    return _FORBIDDEN_IN_TEXT.sub("", text)


def _is_emoji(char: str) -> bool:
    # The blocks emoji sequences are built from: pictographs, symbols and dingbats,
    # skin-tone modifiers (inside U+1F3FB..U+1F3FF) and the emoji variation selector.
    # A table-free approximation of Extended_Pictographic, good enough to decide
    # whether a zero-width joiner is gluing two emoji together.
    code = ord(char)
    return (
        0x1F000 <= code <= 0x1FAFF
        or 0x2600 <= code <= 0x27BF
        or 0x2B00 <= code <= 0x2BFF
        or 0x2190 <= code <= 0x21FF
        or 0x2300 <= code <= 0x23FF
        or code in (0x00A9, 0x00AE, 0x203C, 0x2049, 0x2122, 0x2139, 0x3030, 0x303D)
        or code == 0xFE0F
    )


def _keep_emoji_joiners(line: str) -> str:
    def replace(match: re.Match[str]) -> str:
        start, end = match.span()
        # Only a single joiner with an emoji on each side builds an emoji sequence.
        if (
            end - start == 1
            and start > 0
            and end < len(line)
            and _is_emoji(line[start - 1])
            and _is_emoji(line[end])
        ):
            return ZERO_WIDTH_JOINER
        return ""

    return _ZWJ_RUN.sub(replace, line)


def sanitise_line(text: str) -> str:
    """A title, source name or link made safe to show on one line; see the module docstring."""
    # Line endings first, as in sanitise_text: an unterminated OSC stops at any of them.
    text = _LINE_ENDINGS.sub("\n", text)
    if "\x1b" in text:
        text = _ESCAPE_SEQUENCE.sub("", text)
    text = _FORBIDDEN_IN_LINE.sub("", text)
    if ZERO_WIDTH_JOINER in text:
        text = _keep_emoji_joiners(text)
    return " ".join(text.split())


def sanitise_display(text: str) -> str:
    """`text` for the screen with every character `sanitise_text` would not keep replaced
    by U+FFFD, one for one (same length: offsets into it stay valid)."""
    if _FORBIDDEN_AT_RENDER.search(text) is None:  # sanitised at ingestion: the usual case
        return text
    return _FORBIDDEN_AT_RENDER.sub(REPLACEMENT, text)
