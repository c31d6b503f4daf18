"""Countries and known organisations found through the phrase tables.

A country counts however it is named: its name or short form ("DPRK", "U.S."), its
demonym ("North Korean"), its capital standing for its government ("Pyongyang"), or
"the North"/"the South" when the article is about Korea. Names that are also people or
US states (Jordan, Chad, Georgia, Washington) count only when the words around them
do not make them part of a longer name.
"""

from __future__ import annotations

from reader.analysis.data.countries import (
    AMBIGUOUS_CAPITALS,
    AMBIGUOUS_NAMES,
    GIVEN_NAME_COUNTRIES,
)
from reader.analysis.data.words import (
    HONORIFICS,
    NEVER_NAME,
    NOT_FIRST,
    ORG_HEADS,
    PLACE_WORDS,
)
from reader.analysis.lexicon import LEXICON, Phrase
from reader.analysis.model import Entity
from reader.analysis.names import GIVEN_NAMES, SURNAMES, WORLD_SURNAMES
from reader.analysis.slugs import entity_id
from reader.analysis.tokens import Token, joined
from reader.regex_cache import compiled

# "the North" / "the South" standing for the two Koreas (not "the North Korean ...").
_KOREA_SIDE = compiled(r"\b[Tt]he (North|South)\b(?![ \-]?[A-Z])")

# Words before "of" that make "X of <country>" a body's name.
_NAME_OF = frozenset({"Bank", "Agency", "Tour", "Rights", "Fields", "Bishop", "Archbishop",
                      "Church", "Republic", "Museum", "Friends"})

# US politics just before "Georgia" make it the state.
_US_POLITICS = compiled(
    r"\b(?:[Cc]ongress(?:wo)?man|[Ss]enator|[Gg]overnor|Rep\.|Sen\.|Gov\.|Democrat|"
    r"Republican|state of|GOP|[Ll]awmaker|[Pp]rimary|[Dd]elegation)"
)

# Prepositions before an ambiguous capital that make it a venue ("talks in Paris").
_VENUE_WORDS = frozenset({"in", "at", "near", "outside", "from", "of"})

# Words after "Georgia" that make it the US state.
_STATE_CUES = frozenset({
    "Democrat", "Democrats", "Republican", "Republicans", "state", "State", "Gov.",
    "Governor", "governor", "Senate", "House", "University", "Tech", "Bulldogs",
    "primary", "voters", "county", "County", "Power",
})


# The lower-case words the country finder looks at (see tokens.tokenize).
KEEP_LOWER: frozenset[str] = (
    LEXICON.lower_words | _VENUE_WORDS | frozenset(w for w in _STATE_CUES if w.islower())
    | frozenset({"of", "in", "the", "and", "or"})
)


def _joined_run(text: str, tokens: list[Token], i: int, size: int) -> bool:
    """True when the tokens i..i+size-1 are written as one phrase (no line break or comma)."""
    for k in range(i, i + size - 1):
        between = text[tokens[k].end:tokens[k + 1].start]
        if len(between) > 2 or "\n" in between or "," in between:
            return False
    return True


# Surnames in the census lists that after a country's name make another kind of name
# ("India Today", "Kenya Cup").
_NOT_A_SURNAME = ORG_HEADS | PLACE_WORDS | frozenset({
    "Daily", "Southern", "Northern", "Eastern", "Western", "Post", "Times", "Today", "Gate",
    "House", "Cup", "Open", "Test", "Power", "Street", "Inc", "Ink", "Rubber", "Tea", "Pale",
})


def _is_name_word(tok: Token) -> bool:
    return tok.cap and not tok.caps_line and not tok.text.isupper()


def _country_reading_holds(text: str, tokens: list[Token], i: int, end: int,
                           phrase: Phrase, before_claim: str | None) -> bool:
    """False when an ambiguous name is here a person's name, a state or a team."""
    surface = tokens[i].text if end - i == 1 else ""
    before = tokens[i - 1] if i > 0 else None
    if (phrase.kind == "demonym" and before is not None and before.text in GIVEN_NAMES
            and joined(text, before, tokens[i])):
        return False  # "Tom Cuban", "Jane English"
    after = tokens[end] if end < len(tokens) else None
    if surface in GIVEN_NAME_COUNTRIES:
        return not (after is not None and _is_name_word(after) and joined(
            text, tokens[i], after) and (after.text in SURNAMES or after.text in WORLD_SURNAMES
                                         or after.text in GIVEN_NAMES)
            and after.text not in HONORIFICS and after.text not in _NOT_A_SURNAME)
    if surface not in AMBIGUOUS_NAMES and surface not in AMBIGUOUS_CAPITALS:
        return True
    if before is not None and joined(text, before, tokens[i]):
        # "Jane Jordan", "Tom Washington", "Gen. Washington"
        if before.text in GIVEN_NAMES or before.text in HONORIFICS:
            return False
        if _is_name_word(before):
            return False
    if after is not None and joined(text, tokens[i], after):
        if _is_name_word(after) and after.text not in HONORIFICS:
            # "Jordan Quell", "Washington Ledger", "Chad Roe"
            return False
        if surface == "Georgia" and after.text in _STATE_CUES:
            return False
    if surface == "Georgia" and before is not None:
        between = text[before.end:tokens[i].start]
        if between == ", " and before.cap and before_claim is None:  # "Marbeck, Georgia"
            return False
        if _US_POLITICS.search(text, max(0, tokens[i].start - 50), tokens[i].start):
            return False  # "a congresswoman from Georgia"
    # "climate talks in Paris": a place, not a government
    return not (phrase.kind == "capital" and before is not None
                and before.text in _VENUE_WORDS and joined(text, before, tokens[i]))


def _inside_a_name(text: str, tokens: list[Token], i: int, end: int,
                   claims: list[str | None]) -> bool:
    """True when a country's name is part of a longer name: "Air Ruritania", "Bank of Canada",
    "Ireland Open", "U.S. Treasury"."""
    if end < len(tokens):
        after = tokens[end]
        if after.text in PLACE_WORDS and joined(
                text, tokens[end - 1], after):
            return True
    if i > 0:
        before = tokens[i - 1]
        if (before.cap and not before.caps_line and claims[i - 1] is None
                and joined(text, before, tokens[i]) and before.text not in NEVER_NAME
                and before.text not in NOT_FIRST and before.text not in HONORIFICS
                and not before.text.isupper() and not _after_sentence_end(text, before)):
            return True  # "Air Canada", "Radio Ireland"
        if before.text in ("of", "in", "the") and i > 1 and joined(text, before, tokens[i]):
            k = i - 2
            if before.text == "the":  # "Rally of the Netherlands"
                if tokens[k].text != "of" or not joined(text, tokens[k], before):
                    return False
                k -= 1
            if k < 0 or not joined(text, tokens[k], tokens[k + 1]):
                return False
            head = tokens[k].text
            if head in ORG_HEADS or head in PLACE_WORDS or head in _NAME_OF:
                return True  # "Bank of Canada", "Rally of the Netherlands"
    return False


def _after_sentence_end(text: str, tok: Token) -> bool:
    k = tok.start - 1
    while k >= 0 and text[k] in " \t\"“‘'(":
        k -= 1
    return k < 0 or text[k] in ".!?:;\n"


def find_countries(text: str, tokens: list[Token],
                   claims: list[str | None]) -> tuple[list[Entity], list[Entity]]:
    """Country and known-organisation mentions; claims their tokens in `claims`."""
    country_spans: dict[str, list[tuple[int, int]]] = {}
    org_spans: dict[str, list[tuple[int, int]]] = {}
    # Every phrase is looked up by its first token in one of these: only a capitalised
    # word found in one can start a phrase, and the loop below visits only those.
    by_first, upper_by_first = LEXICON.by_first, LEXICON.upper_by_first
    starts = [k for k, tok in enumerate(tokens)
              if tok.cap and (tok.text in by_first or tok.text in upper_by_first)]
    i = 0  # the first token not yet taken by a phrase
    for start in starts:
        if start < i:
            continue
        i = start
        tok = tokens[i]
        phrase = LEXICON.match(tokens, i, tok.caps_line)
        if phrase is None and tok.caps_line:
            phrase = LEXICON.match(tokens, i, False)
        elif phrase is None and len(tok.text) > 2 and tok.text.isupper():
            phrase = LEXICON.match(tokens, i, True)  # "GERMANY - Bunds extended losses"
        if phrase is None:
            continue
        size = len(phrase.words)
        end = i + size
        if not _joined_run(text, tokens, i, size):
            continue
        span = (tok.start, tokens[end - 1].end)
        if phrase.kind == "other":
            for k in range(i, end):
                claims[k] = "other"
        elif phrase.kind == "organization":
            org_spans.setdefault(phrase.key, []).append(span)
            for k in range(i, end):
                claims[k] = "organization"
        elif not _country_reading_holds(text, tokens, i, end, phrase,
                                        claims[i - 1] if i else None):
            continue  # left for the people finder: "Jane Jordan"
        elif phrase.kind == "country" and _inside_a_name(text, tokens, i, end, claims):
            for k in range(i, end):
                claims[k] = "other"
        else:
            country_spans.setdefault(phrase.key, []).append(span)
            for k in range(i, end):
                claims[k] = "country"
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
