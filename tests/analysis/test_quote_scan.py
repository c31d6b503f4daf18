"""find_quote_spans skips paragraphs with no mark and finds what a paragraph-by-paragraph
reading finds."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.analysis.quote_marks import (
    _MAX_DEPTH,
    _NEXT_MARK,
    STRAIGHT,
    _add_span,
    _is_opening,
    _starts_with_opening,
    _trim_end,
    find_quote_spans,
)


def every_paragraph(text: str) -> list[tuple[int, int]]:
    """The spans as the scan read them before it skipped paragraphs."""
    spans: list[tuple[int, int]] = []
    n = len(text)
    open_at = -1  # offset of the outermost opening mark of the span being read
    depth = 0
    continued = False  # the open span began in an earlier paragraph
    retried = -1  # the paragraph already read again without its stray opening mark
    i = 0
    while i < n:
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


PIECES = ['"', "“", "”", "«", "»", "Roe said", " ", "\n", "\n\n", ".", "x", "'", "(", ")"]
texts = st.lists(st.sampled_from(PIECES), max_size=30).map("".join)


@settings(max_examples=400)
@given(texts)
def test_the_same_spans_as_reading_every_paragraph(text: str) -> None:
    assert find_quote_spans(text) == every_paragraph(text)


def test_a_quote_after_paragraphs_without_marks() -> None:
    text = "One.\n\nTwo.\n\nThree said \u201cyes\u201d.\n\"Open\n\n\"and on,\" he said.\n"
    spans = find_quote_spans(text)
    assert [text[s:e] for s, e in spans] == ["\u201cyes\u201d", "\"Open\n\n\"and on,\""]
