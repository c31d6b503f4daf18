"""Pairs of double quotation marks, straight or curly, found in one linear scan.

Single quotes are never paired at the top level: "’" is also the apostrophe, so a
single quote only ever matters nested inside a double-quoted span, where it needs no
pairing of its own. A quote that runs over several paragraphs (the paragraph ends
without a closing mark and the next one opens again) is one span, unless it is an
excerpt of another text set off by straight marks that holds curly quotes of its own:
then those inner quotes are the spans, and the excerpt's words are plain text.
"""

from __future__ import annotations

import re

from reader.regex_cache import compiled

OPENING = frozenset("“„«")
CLOSING = frozenset("”»")
STRAIGHT = '"'
DOUBLE_MARKS = OPENING | CLOSING | {STRAIGHT}
# Characters after which a straight mark opens rather than closes.
_OPEN_BEFORE = frozenset(" \t\n([{—–-/:;‘'") | OPENING
# Characters before which a straight mark closes rather than opens.
_CLOSE_AFTER = frozenset(" \t\n)]}.,;:!?—–-…’'") | CLOSING

# The next double mark: the scan jumps from mark to mark instead of looking at every
# character in Python.
_NEXT_MARK = compiled("[" + re.escape("".join(sorted(DOUBLE_MARKS))) + "]").search

# Nesting deeper than this is a run of stray marks, not speech inside speech.
_MAX_DEPTH = 3


def _is_opening(text: str, i: int, depth: int) -> bool:
    """Whether the mark at `i` opens a quote (given how many are open)."""
    ch = text[i]
    if ch in OPENING:
        return True
    if ch in CLOSING:
        return False
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    opens_by_left = before in _OPEN_BEFORE
    closes_by_right = after in _CLOSE_AFTER
    if opens_by_left and not closes_by_right:
        return True
    if closes_by_right and not opens_by_left:
        return False
    return depth == 0


def _starts_with_opening(text: str, start: int, end: int) -> int:
    """Offset of an opening double mark that begins text[start:end] (after spaces), or -1."""
    i = start
    while i < end and text[i] in " \t":
        i += 1
    if i < end and text[i] in DOUBLE_MARKS and _is_opening(text, i, 0):
        return i
    return -1


def find_quote_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every top-level double-quoted span, marks included.

    Linear in len(text): each character is looked at a bounded number of times, and an
    unmatched mark costs nothing beyond its own paragraph.
    """
    spans: list[tuple[int, int]] = []
    n = len(text)
    open_at = -1  # offset of the outermost opening mark of the span being read
    depth = 0
    continued = False  # the open span began in an earlier paragraph
    retried = -1  # the paragraph already read again without its stray opening mark
    i = 0
    while i < n:
        if depth == 0:
            # Outside a quote, paragraphs without a mark change nothing: go straight to
            # the paragraph of the next mark.
            mark = _NEXT_MARK(text, i)
            if mark is None:
                break
            skipped = text.rfind("\n", i, mark.start())
            if skipped >= 0:
                i = skipped + 1
        nl = text.find("\n", i)
        para_end = n if nl < 0 else nl
        para_start = i
        while (mark := _NEXT_MARK(text, i, para_end)) is not None:
            i = mark.start()
            if _is_opening(text, i, depth):
                if depth == 0:
                    open_at = i
                depth = min(depth + 1, _MAX_DEPTH)
            elif depth > 0:
                depth -= 1
                if depth == 0:
                    _add_span(text, spans, open_at, i + 1, continued)
                    open_at, continued = -1, False
            i += 1
        i = para_end + 1
        if depth == 0:
            continue
        # The paragraph ended inside a quote: it goes on when the next paragraph with
        # text opens again; otherwise a span that already ran over paragraphs ends
        # here, and a mark opened in this paragraph alone was a stray one.
        nxt = i
        while nxt < n and text[nxt] in " \t\n":
            nxt += 1
        next_nl = text.find("\n", nxt)
        reopen = _starts_with_opening(text, nxt, n if next_nl < 0 else next_nl)
        if reopen >= 0 and (text[reopen] == STRAIGHT) == (text[open_at] == STRAIGHT):
            # The same kind of mark opens the next paragraph: the quote goes on. (A
            # straight mark left over from markup does not join a curly quote.)
            depth, continued = 1, True
            i = reopen + 1
        else:
            if continued:
                _add_span(text, spans, open_at, _trim_end(text, open_at, para_end), True)
            elif retried != para_start and open_at >= para_start:
                # A stray opening mark: read the paragraph again after it, once, so
                # the quotes it swallowed are found.
                retried = para_start
                i = open_at + 1
            open_at, depth, continued = -1, 0, False
    return spans


def _add_span(text: str, spans: list[tuple[int, int]], start: int, end: int,
              over_paragraphs: bool) -> None:
    """Add one span; a passage set off by straight marks over several paragraphs that
    holds curly quotes of its own is an excerpt of another text (a blockquote marked
    up with straight marks), not speech: its own curly quotes are the quotes."""
    if over_paragraphs and text[start] == STRAIGHT and _CURLY.search(text, start, end):
        spans.extend(_curly_pairs(text, start + 1, end))
    else:
        spans.append((start, end))


_CURLY = compiled("[“”]")


def _curly_pairs(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The top-level pairs of curly double marks in text[start:end]; one left open at
    the end of its paragraph is dropped."""
    pairs: list[tuple[int, int]] = []
    open_at = -1
    depth = 0
    for m in _CURLY_OR_BREAK.finditer(text, start, end):
        ch = m.group()
        if ch == "\n":
            open_at, depth = -1, 0
        elif ch == "“":
            if depth == 0:
                open_at = m.start()
            depth += 1
        elif depth > 0:
            depth -= 1
            if depth == 0:
                pairs.append((open_at, m.end()))
    return pairs


_CURLY_OR_BREAK = compiled("[“”\n]")


def _trim_end(text: str, start: int, end: int) -> int:
    while end > start + 1 and text[end - 1] in " \t\r":
        end -= 1
    return end
