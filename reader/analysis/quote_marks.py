"""Pairs of double quotation marks, found in one linear scan.

The marks of many typographies pair: straight and curly (“…”), German and Polish
(„…“, „…”), guillemets either way («…», »…«, »…»), corner brackets (「…」, 『…』) and the
doubled backquotes of plain-text conversions (``…''). A ” that nothing has opened
stays unpaired, as in English it closes (a quote set ”…” is not paired).

Single quotes are paired at the top level only in an article that has no double marks
at all (British style, ‘…’ or '…'): elsewhere "’" is an apostrophe or a quote inside
a double-quoted span, where it needs no pairing of its own. A quote that runs over
several paragraphs (the paragraph ends without a closing mark and the next one opens
again) is one span per paragraph, unless it is an excerpt of another text set off by straight marks
that holds curly quotes of its own: then those inner quotes are the spans, and the
excerpt's words are plain text.
"""

from __future__ import annotations

import re

from reader.analysis.text_at import starts_at
from reader.regex_cache import compiled

TYPE_CHECKING = False  # (reader/records.py says why not typing's)
if TYPE_CHECKING:
    from typing import Final  # (constants read as C statics by mypyc, not from a dict)

STRAIGHT: Final = '"'
BACKQUOTES: Final = "``"
# Which closing mark closes is not checked ("“…»" is one quote with a typo), except
# where a mark opens a quote of its own in one typography and closes one in another:
# “ closes after „ (German), « closes after » (reversed guillemets), » opens before a
# word.
OPENING: Final = frozenset("“„«「『")
CLOSING: Final = frozenset("”»」』")
DOUBLE_MARKS: Final = OPENING | CLOSING | {STRAIGHT}
# Characters after which a straight mark opens rather than closes.
_OPEN_BEFORE: Final = frozenset(" \t\n([{—–-/:;‘'") | OPENING
# Characters before which a straight mark closes rather than opens.
_CLOSE_AFTER: Final = frozenset(" \t\n)]}.,;:!?—–-…’'") | CLOSING

# The next mark: the scan jumps from mark to mark instead of looking at every
# character in Python. A double mark, `` or '': written as one set of characters first
# (the backquote and the apostrophe then wanting their twin), which the matcher skips
# to in a tight loop, where the alternation "[marks]|``|''" was tried in full at every
# character (the search in less than half the instructions; the same matches).
MARK_PATTERN: Final = ("[" + re.escape("".join(sorted(DOUBLE_MARKS))) + "`']"
                "(?:(?<=`)`|(?<=')'|(?<![`']))")
_NEXT_MARK: Final = compiled(MARK_PATTERN).search

# Nesting deeper than this is a run of stray marks, not speech inside speech.
_MAX_DEPTH: Final = 3


def _is_opening(text: str, i: int, depth: int, top: str = "") -> bool:
    """Whether the mark at `i` opens a quote, given how many are open and the opening
    mark of the innermost one (`top`)."""
    ch = text[i]
    if ch == "“":
        return top != "„"  # „…“: the German closing mark
    if ch == "«":
        return top != "»"  # »…«: the reversed guillemets
    if ch == "»":
        # »…« and »…»: a guillemet pointing inwards opens when nothing is open, and
        # after a space before a word.
        return depth == 0 or (top != "«" and _word_follows(text, i))
    if ch in OPENING:
        return True
    if ch in CLOSING:
        return False
    if ch == "`":
        return True
    if ch == "'":
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


def _word_follows(text: str, i: int) -> bool:
    """Whether the mark at `i` stands before a letter or digit, after a space, an
    opening bracket or the start of the text."""
    after = text[i + 1] if i + 1 < len(text) else " "
    return after.isalnum() and (i == 0 or text[i - 1] in " \t\n([{—–")


def _mark_at(text: str, i: int) -> str:
    """The mark that starts at `i` (two characters for `` and '')."""
    return text[i:i + 2] if text[i] in "`'" else text[i]


def _starts_with_opening(text: str, start: int, end: int) -> int:
    """Offset of an opening double mark that begins text[start:end] (after spaces), or -1."""
    i = start
    while i < end and text[i] in " \t":
        i += 1
    if i < end and (text[i] in DOUBLE_MARKS or starts_at(text, BACKQUOTES, i)) and _is_opening(
            text, i, 0):
        return i
    return -1


class Reading:
    """The state of the scan: the spans found and the quote being read (its opening
    marks, innermost last)."""

    __slots__ = ("continued", "open_at", "spans", "stack")

    def __init__(self) -> None:
        self.spans: list[tuple[int, int]] = []
        self.stack: list[str] = []
        self.open_at = -1  # offset of the outermost opening mark of the span being read
        self.continued = False  # the open span began in an earlier paragraph

    def read(self, text: str, i: int, end: int) -> None:
        """Read the marks of text[i:end] (one paragraph or the rest of one)."""
        stack = self.stack
        while (mark := _NEXT_MARK(text, i, end)) is not None:
            i = mark.start()
            ch = mark.group()
            top = stack[-1] if stack else ""
            if ch == "''" and top != BACKQUOTES:
                i += 2  # two apostrophes, not the close of a ``…'' quote
                continue
            if _is_opening(text, i, len(stack), top):
                if not stack:
                    self.open_at = i
                if len(stack) < _MAX_DEPTH:
                    stack.append(ch)
            elif stack:
                stack.pop()
                if not stack:
                    _add_span(text, self.spans, self.open_at, i + len(ch), self.continued)
                    self.open_at, self.continued = -1, False
            i += len(ch)

    def paragraph_ended(self, text: str, i: int, para_start: int, para_end: int,
                        retried: int) -> int:
        """The paragraph ended inside a quote: it goes on when the next paragraph with
        text opens again; otherwise a span that already ran over paragraphs ends here,
        and a mark opened in this paragraph alone was a stray one. Returns where the
        scan goes on (back inside this paragraph to read it again without its stray
        opening mark, once: the quotes it swallowed are found)."""
        n = len(text)
        nxt = i
        while nxt < n and text[nxt] in " \t\n":
            nxt += 1
        next_nl = text.find("\n", nxt)
        reopen = _starts_with_opening(text, nxt, n if next_nl < 0 else next_nl)
        open_at = self.open_at
        if reopen >= 0 and (text[reopen] == STRAIGHT) == (text[open_at] == STRAIGHT):
            # The same kind of mark opens the next paragraph: the quote goes on. (A
            # straight mark left over from markup does not join a curly quote.)
            mark = _mark_at(text, reopen)
            self.stack[:] = [mark]
            self.continued = True
            return reopen + len(mark)
        if self.continued:
            _add_span(text, self.spans, open_at, _trim_end(text, open_at, para_end), True)
        elif retried != para_start and open_at >= para_start:
            i = open_at + 1
        self.open_at, self.continued = -1, False
        self.stack.clear()
        return i


def find_quote_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every top-level quoted span, marks included.

    Linear in len(text): each character is looked at a bounded number of times, and an
    unmatched mark costs nothing beyond its own paragraph.
    """
    state = Reading()
    n = len(text)
    retried = -1  # the paragraph already read again without its stray opening mark
    i = 0
    while i < n:
        if not state.stack:
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
        state.read(text, i, para_end)
        i = para_end + 1
        if not state.stack:
            continue
        i = state.paragraph_ended(text, i, para_start, para_end, retried)
        if i <= para_end:
            retried = para_start
    if not state.spans and _NO_DOUBLE_MARK(text) is None:
        # No double mark anywhere: single quotes are the article's quotation marks.
        return single_quote_spans(text)
    return state.spans


def _add_span(text: str, spans: list[tuple[int, int]], start: int, end: int,
              over_paragraphs: bool) -> None:
    """Add one span; a passage set off by straight marks over several paragraphs that
    holds curly quotes of its own is an excerpt of another text (a blockquote marked
    up with straight marks), not speech: its own curly quotes are the quotes."""
    if over_paragraphs and text[start] == STRAIGHT and _CURLY.search(text, start, end):
        spans.extend(_curly_pairs(text, start + 1, end))
    elif over_paragraphs:
        spans.extend(paragraph_pieces(text, start, end))
    else:
        spans.append((start, end))


def paragraph_pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The paragraphs of a quote that runs over several, each a span of its own: from
    its opening mark to the end of its paragraph (no closing mark: the quote goes on)
    and, for the last, to the closing mark. A reader sees, and a bookmark keeps, one
    paragraph of speech at a time, each given to the one speaker."""
    pieces: list[tuple[int, int]] = []
    piece = start
    nl = text.find("\n", start, end)
    while nl >= 0:
        pieces.append((piece, _trim_end(text, piece, nl)))
        piece = nl
        while piece < end and text[piece] in " \t\r\n":
            piece += 1
        nl = text.find("\n", piece, end)
    pieces.append((piece, end))
    return pieces


_CURLY: Final = compiled("[“”]")


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


_CURLY_OR_BREAK: Final = compiled("[“”\n]")


def _trim_end(text: str, start: int, end: int) -> int:
    while end > start + 1 and text[end - 1] in " \t\r":
        end -= 1
    return end


# Any double mark: an article with none quotes with single marks.
# (Two apostrophes stand for double marks in some plain-text conversions: ''…''.)
_NO_DOUBLE_MARK: Final = _NEXT_MARK
_SINGLE_OR_BREAK: Final = compiled("[‘’'\n]")
# Its characters, each found with str.find (see _next_single).
_SINGLE_OR_BREAK_CHARACTERS: Final = "‘’'\n"


def _next_single(text: str, pos: int, found: list[int], since: list[int]) -> int:
    """Where _SINGLE_OR_BREAK.search(text, pos) matches (-1 for nowhere), found with
    str.find, a native call, for each of its characters: found[k] is where character k is
    first at since[k] or after (-1 for nowhere), found again only when `pos` is past it or
    before since[k] (a search was a method call, and then two more on its match, some
    1,800 instructions for each mark of a text)."""
    best = -1
    for k in range(len(_SINGLE_OR_BREAK_CHARACTERS)):
        at = found[k]
        if pos < since[k] or 0 <= at < pos:
            at = text.find(_SINGLE_OR_BREAK_CHARACTERS[k], pos)
            found[k] = at
            since[k] = pos
        if at >= 0 and (best < 0 or at < best):
            best = at
    return best
# Before an opening single mark: a space, a bracket or a dash (not a letter: "don't").
_SINGLE_OPEN_BEFORE: Final = frozenset(" \t\n([{—–-/")
# Before a closing single mark, ending a quoted sentence or clause.
_SINGLE_CLOSE_PUNCT: Final = frozenset(",.?!…;:—–-")


def _single_opens(text: str, i: int) -> bool:
    """A ‘ or ' that opens: after a space or bracket, before a letter ('90s is a year,
    '' two apostrophes)."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if text[i] == "’" or before == "'" or after == "'":
        return False
    return before in _SINGLE_OPEN_BEFORE and (after.isalpha() or after in "“\"(")


def _single_closes(text: str, i: int) -> bool:
    """A ’ or ' that closes: after a word or punctuation, before no letter. A plural
    possessive ("the voters’ choice") is one only after punctuation or before it."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if text[i] == "‘" or before in " \t\n'" or after == "'" or after.isalnum():
        return False
    return before in _SINGLE_CLOSE_PUNCT or after in _SINGLE_CLOSE_PUNCT or after in ")]" or (
        before != "s" and before != "S")


def single_quote_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every span in single quotation marks, in an article that uses
    them as its only quotation marks; a quote over several paragraphs is one span, as
    for double marks, and an opening mark never closed in its paragraph is dropped,
    unless a mark after an "s" that was read as a plural's apostrophe closes it
    ("the rebels were ‘making noise for their papers’ and would fold")."""
    spans: list[tuple[int, int]] = []
    open_at = -1
    plural_at = -1  # the first "s’" after the open mark, read as an apostrophe
    continued = False
    n = len(text)
    pos = 0
    # (none found yet: every character is looked for at the first call)
    found = [-1] * len(_SINGLE_OR_BREAK_CHARACTERS)
    since = [n + 1] * len(_SINGLE_OR_BREAK_CHARACTERS)
    while (i := _next_single(text, pos, found, since)) >= 0:
        pos = i + 1
        ch = text[i]
        if ch == "\n":
            if open_at < 0:
                continue
            nxt = i + 1
            while nxt < n and text[nxt] in " \t\n":
                nxt += 1
            if nxt < n and text[nxt] in "‘'" and _single_opens(text, nxt):
                continued = True  # the quote goes on in the next paragraph
                pos = nxt + 1
                continue
            if continued:
                spans.extend(paragraph_pieces(text, open_at, _trim_end(text, open_at, i)))
                pos = i + 1
            elif plural_at >= 0:
                spans.append((open_at, plural_at + 1))
                pos = plural_at + 1
            else:
                pos = open_at + 1  # a stray opening mark: read on after it
            open_at, plural_at, continued = -1, -1, False
        elif open_at < 0:
            if _single_opens(text, i):
                open_at = i
        elif _single_closes(text, i):
            if continued:
                spans.extend(paragraph_pieces(text, open_at, i + 1))
            else:
                spans.append((open_at, i + 1))
            open_at, plural_at, continued = -1, -1, False
        elif plural_at < 0 and not continued and _plural_mark(text, i):
            plural_at = i
    if open_at >= 0 and continued:
        spans.extend(paragraph_pieces(text, open_at, _trim_end(text, open_at, n)))
    elif open_at >= 0 and plural_at >= 0:
        spans.append((open_at, plural_at + 1))
    return spans


def _plural_mark(text: str, i: int) -> bool:
    """A ’ after an "s" and before a space: a plural's apostrophe ("the voters’ choice")
    or a closing mark ("their papers’ and")."""
    return text[i] == "’" and text[i - 1:i] in ("s", "S") and text[i + 1:i + 2] in (" ", "")
