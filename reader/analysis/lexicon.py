"""Phrase tables matched token by token: country names, demonyms, capitals, known bodies.

A phrase is stored under its first token as a tuple of token texts, longest first, so the
finder tries "United States of America" before "United States". Upper-case copies let a
headline in capitals ("NORTH KOREA") match too.
"""

from __future__ import annotations

from functools import partial

from reader.analysis.data.countries import NOT_COUNTRIES, TABLE
from reader.analysis.data.words import FOREIGN_BODY_HEADS, KNOWN_ORGS
from reader.analysis.organizations import COLLECTIVE_POSSESSORS
from reader.analysis.tokens import Token, token_texts
from reader.records import NamedTuple


# A named tuple, not a frozen dataclass: the tables make 2,600 of them at every start,
# and a frozen dataclass's __init__ (three object.__setattr__ calls) is the slow part.
class Phrase(NamedTuple):
    """What a matched phrase stands for."""

    kind: str  # "country", "demonym", "capital", "organization", "other", "possessor" or
    # "body_head" (the first word of a body's name in another language: "Partido")
    key: str  # ISO alpha-2 code for the first three, the display name for organisations
    words: tuple[str, ...]


# Phrase((kind, key, words)) without the named tuple's own __new__: a call from C into
# Python code for each of the 2,600 phrases, the most of the tables' building at start.
_new_phrase = partial(tuple.__new__, Phrase)


def _split(phrase: str) -> tuple[str, ...]:
    """The phrase's tokens, as tokenize() would cut them from running text."""
    if phrase.isascii() and phrase.replace(" ", "").isalpha():
        # Plain words (most phrases): every word is one token, and the regex, slow for
        # short strings, is not needed.
        return tuple(phrase.split())
    return tuple(token_texts(phrase))


class Lexicon:
    """Phrases indexed by their first token, in running-text and upper-case forms."""

    def __init__(self) -> None:
        self.by_first: dict[str, list[Phrase]] = {}
        self.upper_by_first: dict[str, list[Phrase]] = {}
        self.country_names: dict[str, str] = {}  # code -> display name
        self.lower_words: frozenset[str] = frozenset()  # lower-case words inside phrases

    def add(self, text: str, kind: str, key: str) -> None:
        words = _split(text)
        if not words:
            return
        phrase: Phrase = _new_phrase((kind, key, words))
        self.by_first.setdefault(words[0], []).append(phrase)
        upper: Phrase = _new_phrase((kind, key, tuple(map(str.upper, words))))
        self.upper_by_first.setdefault(upper.words[0], []).append(upper)

    def finish(self) -> None:
        self.lower_words = frozenset(
            w for phrases in self.by_first.values() for p in phrases for w in p.words
            if w[0].islower())
        for table in (self.by_first, self.upper_by_first):
            for phrases in table.values():
                if len(phrases) > 1:  # (most words begin one phrase only)
                    phrases.sort(key=lambda p: -len(p.words))

    def match(self, tokens: list[Token], i: int, caps: bool) -> Phrase | None:
        """The longest phrase starting at token i, or None."""
        table = self.upper_by_first if caps else self.by_first
        first = tokens[i].text
        phrases = table.get(first)
        if phrases is None:
            return None
        n = len(tokens)
        for phrase in phrases:
            size = len(phrase.words)
            if i + size > n:
                continue
            ok = True
            for k in range(1, size):
                if tokens[i + k].text != phrase.words[k]:
                    ok = False
                    break
            if ok:
                return phrase
        return None


def build_lexicon() -> Lexicon:
    lex = Lexicon()
    for line in TABLE.splitlines():
        if not line:
            continue
        code, names, demonyms, capitals = line.split("|")
        name_list = names.split(";")
        lex.country_names[code] = name_list[0]
        for name in name_list:
            lex.add(name, "country", code)
        people = [d for d in demonyms.split(";") if d]
        for demonym in people:
            lex.add(demonym, "demonym", code)
            # The plural the table leaves out: "Andorrans", "Nepalis" (not "Chineses").
            if demonym.endswith(("an", "i")) and demonym + "s" not in people:
                lex.add(demonym + "s", "demonym", code)
        for capital in filter(None, capitals.split(";")):
            lex.add(capital, "capital", code)
    for place in NOT_COUNTRIES.split(";"):
        place = place.strip()
        if place:
            lex.add(place, "other", place)
    for surface, display in KNOWN_ORGS.items():
        lex.add(surface, "organization", display)
    for noun in COLLECTIVE_POSSESSORS:  # (after "People's Republic of China": longer first)
        lex.add(noun, "possessor", noun)
    for head in sorted(FOREIGN_BODY_HEADS):
        lex.add(head, "body_head", head)
    lex.finish()
    return lex


LEXICON = build_lexicon()
