"""Finding a bookmarked quote again after the article text changed (a pure function).

Tried in order, first hit wins:
1. the stored offsets still hold the exact quote;
2. the exact quote elsewhere (several hits: the one whose surrounding text best matches
   the stored prefix/suffix, then the one nearest the old offset);
3. the same after folding whitespace runs, curly quotes, dashes and case;
4. a near match (difflib ratio >= 0.75) between the stored prefix and suffix, for a
   quote whose own wording was lightly edited.
Otherwise None: the caller keeps the bookmark and shows it as detached.
"""

from __future__ import annotations

import difflib

from reader.store.records import QuoteAnchor

Span = tuple[int, int]
_FUZZY_MIN_RATIO = 0.75
_CONTEXT_PROBE = 20  # characters of prefix/suffix used to find the surroundings
_MAX_CANDIDATES = 50
_FOLD = {
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
    "\u00ab": '"', "\u00bb": '"', "\u2010": "-", "\u2011": "-", "\u2012": "-",
    "\u2013": "-", "\u2014": "-", "\u2015": "-", "\u2212": "-", "\u00a0": " ",
}


def locate_quote(anchor: QuoteAnchor, text: str) -> Span | None:
    """Where the anchored quote is in `text` now, as (start, end); None when it is gone."""
    quote = anchor.quote
    if not quote.strip():
        return None
    if 0 <= anchor.start <= anchor.end <= len(text) and text[anchor.start:anchor.end] == quote:
        return anchor.start, anchor.end
    exact = _occurrences(text, quote)
    if exact:
        return _best(anchor, text, [(s, s + len(quote)) for s in exact])
    folded = _locate_folded(anchor, text)
    if folded is not None:
        return folded
    return _locate_near(anchor, text)


def _occurrences(text: str, needle: str, limit: int = _MAX_CANDIDATES) -> list[int]:
    found: list[int] = []
    start = text.find(needle)
    while start != -1 and len(found) < limit:
        found.append(start)
        start = text.find(needle, start + 1)
    return found


def _best(anchor: QuoteAnchor, text: str, spans: list[Span]) -> Span:
    if len(spans) == 1:
        return spans[0]

    def score(span: Span) -> tuple[int, int]:
        start, end = span
        context = (_common_suffix(anchor.prefix, text[max(0, start - len(anchor.prefix)):start])
                   + _common_prefix(anchor.suffix, text[end:end + len(anchor.suffix)]))
        return (-context, abs(start - anchor.start))

    return min(spans, key=score)


def _common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


def _common_suffix(a: str, b: str) -> int:
    return _common_prefix(a[::-1], b[::-1])


def _fold(text: str) -> tuple[str, list[int]]:
    """Folded text and, for each folded character, its index in the original."""
    chars: list[str] = []
    origin: list[int] = []
    in_space = False
    for i, ch in enumerate(text):
        ch = _FOLD.get(ch, ch)
        if ch.isspace():
            if in_space:
                continue
            ch, in_space = " ", True
        else:
            in_space = False
            lower = ch.lower()
            ch = lower if len(lower) == 1 else ch
        chars.append(ch)
        origin.append(i)
    return "".join(chars), origin


def _locate_folded(anchor: QuoteAnchor, text: str) -> Span | None:
    folded_quote = _fold(anchor.quote)[0].strip()
    if not folded_quote:
        return None
    folded_text, origin = _fold(text)
    hits = _occurrences(folded_text, folded_quote)
    if not hits:
        return None
    spans = [(origin[s], origin[s + len(folded_quote) - 1] + 1) for s in hits]
    return _best(anchor, text, spans)


def _locate_near(anchor: QuoteAnchor, text: str) -> Span | None:
    """A lightly edited quote: the text between the stored prefix and suffix, if similar."""
    probe_before = anchor.prefix[-_CONTEXT_PROBE:]
    probe_after = anchor.suffix[:_CONTEXT_PROBE]
    if len(probe_before.strip()) < 4 or len(probe_after.strip()) < 4:
        return None
    size = len(anchor.quote)
    best: tuple[float, Span] | None = None
    for before in _occurrences(text, probe_before):
        start = before + len(probe_before)
        window_end = start + int(size * 1.5) + 10
        after = text.find(probe_after, start, window_end + len(probe_after))
        if after == -1:
            continue
        candidate = text[start:after]
        ratio = difflib.SequenceMatcher(None, anchor.quote, candidate, autojunk=False).ratio()
        if ratio >= _FUZZY_MIN_RATIO and (best is None or ratio > best[0]):
            best = (ratio, (start, after))
    return best[1] if best else None
