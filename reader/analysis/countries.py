"""Countries and known organisations found through the phrase tables.

A country counts however it is named: its name or short form ("DPRK", "U.S."), its
demonym ("North Korean"), its capital standing for its government ("Pyongyang"), or
"the North"/"the South" when the article is about Korea. Names that are also people or
US states (Jordan, Chad, Georgia, Washington) count only when the words around them
do not make them part of a longer name.
"""

from __future__ import annotations

import re

from reader.analysis.data.countries import AMBIGUOUS_CAPITALS, AMBIGUOUS_NAMES
from reader.analysis.data.words import HONORIFICS
from reader.analysis.lexicon import LEXICON, Phrase
from reader.analysis.model import Entity
from reader.analysis.names import GIVEN_NAMES
from reader.analysis.slugs import entity_id
from reader.analysis.tokens import Token, joined

# "the North" / "the South" standing for the two Koreas (not "the North Korean ...").
_KOREA_SIDE = re.compile(r"\b[Tt]he (North|South)\b(?![ \-]?[A-Z])")

# Words after "Georgia" that make it the US state.
_STATE_CUES = frozenset({
    "Democrat", "Democrats", "Republican", "Republicans", "state", "State", "Gov.",
    "Governor", "governor", "Senate", "House", "University", "Tech", "Bulldogs",
    "primary", "voters", "county", "County", "Power",
})


def _joined_run(text: str, tokens: list[Token], i: int, size: int) -> bool:
    """True when the tokens i..i+size-1 are written as one phrase (no line break or comma)."""
    for k in range(i, i + size - 1):
        between = text[tokens[k].end:tokens[k + 1].start]
        if len(between) > 2 or "\n" in between or "," in between:
            return False
    return True


def _is_name_word(tok: Token) -> bool:
    return tok.cap and not tok.caps_line and not tok.text.isupper()


def _country_reading_holds(text: str, tokens: list[Token], i: int, end: int,
                           phrase: Phrase, before_claim: str | None) -> bool:
    """False when an ambiguous name is here a person's name, a state or a team."""
    surface = tokens[i].text if end - i == 1 else ""
    if surface not in AMBIGUOUS_NAMES and surface not in AMBIGUOUS_CAPITALS:
        return True
    before = tokens[i - 1] if i > 0 else None
    after = tokens[end] if end < len(tokens) else None
    if before is not None and joined(text, before, tokens[i]):
        # "Michael Jordan", "George Washington", "Gen. Washington"
        if before.text in GIVEN_NAMES or before.text in HONORIFICS:
            return False
        if _is_name_word(before) and phrase.kind == "country":
            return False
    if after is not None and joined(text, tokens[i], after):
        if _is_name_word(after) and after.text not in HONORIFICS:
            # "Jordan Spieth", "Washington Post", "Chad Johnson"
            return False
        if surface == "Georgia" and after.text in _STATE_CUES:
            return False
    if surface == "Georgia" and before is not None:
        between = text[before.end:tokens[i].start]
        if between == ", " and before.cap and before_claim is None:  # "Atlanta, Georgia"
            return False
    return True


def find_countries(text: str, tokens: list[Token],
                   claims: list[str | None]) -> tuple[list[Entity], list[Entity]]:
    """Country and known-organisation mentions; claims their tokens in `claims`."""
    country_spans: dict[str, list[tuple[int, int]]] = {}
    org_spans: dict[str, list[tuple[int, int]]] = {}
    n = len(tokens)
    i = 0
    while i < n:
        tok = tokens[i]
        if not tok.cap:
            i += 1
            continue
        phrase = LEXICON.match(tokens, i, tok.caps_line)
        if phrase is None and tok.caps_line:
            phrase = LEXICON.match(tokens, i, False)
        if phrase is None:
            i += 1
            continue
        size = len(phrase.words)
        end = i + size
        if not _joined_run(text, tokens, i, size):
            i += 1
            continue
        span = (tok.start, tokens[end - 1].end)
        if phrase.kind == "other":
            for k in range(i, end):
                claims[k] = "other"
        elif phrase.kind == "organization":
            org_spans.setdefault(phrase.key, []).append(span)
            for k in range(i, end):
                claims[k] = "organization"
        elif _country_reading_holds(text, tokens, i, end, phrase,
                                    claims[i - 1] if i else None):
            country_spans.setdefault(phrase.key, []).append(span)
            for k in range(i, end):
                claims[k] = "country"
        else:
            i += 1
            continue
        i = end
    if "KP" in country_spans or "KR" in country_spans:
        for m in _KOREA_SIDE.finditer(text):
            code = "KP" if m.group(1) == "North" else "KR"
            country_spans.setdefault(code, []).append((m.start(), m.end()))
    countries = [
        Entity(id=entity_id("country", code), kind="country",
               name=LEXICON.country_names[code], mentions=spans, code=code)
        for code, spans in country_spans.items()
    ]
    orgs = [
        Entity(id=entity_id("organization", name), kind="organization", name=name,
               mentions=spans)
        for name, spans in org_spans.items()
    ]
    return countries, orgs
