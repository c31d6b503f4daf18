"""What the people finder knows of one text while it reads it.

The text, its tokens and what each token was claimed for; the companies, quoted titles,
result lines and title lines read off the text once; the people found so far with their
mentions. The passes of the finder (people_runs.py, people_short_forms.py, people_lists.py,
with the cues of people_cues.py) read and add to it; people.py runs them in turn.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Sequence
from itertools import compress

from reader.analysis.compile_marks import mypyc_attr
from reader.analysis.data.words import (
    COMPANY_SUFFIXES,
    HEADLINE_IRREGULAR,
    HEADLINE_NOUNS,
    HEADLINE_VERB_BASES,
    HEADLINE_VERBS,
    HONORIFICS,
    MEDIA_WORDS,
    NOT_FIRST,
    ORG_HEADS,
    PLACE_WORDS,
    ROLE_NOUNS,
    inflect,
)
from reader.analysis.model import Entity
from reader.analysis.name_cues import (
    COMPANY_BEFORE,
    QUOTED_TITLE,
    SHARES,
    starts_sentence,
    title_lines,
)
from reader.analysis.names import (
    CITIES,
    GIVEN_NAMES,
    SURNAMES,
)
from reader.analysis.organizations import OrganizationBook
from reader.analysis.slugs import entity_id
from reader.analysis.tokens import LOWER_WORD, Token, capitalised_tokens, token_texts_of
from reader.records import Record
from reader.regex_cache import compiled

TYPE_CHECKING = False  # (reader/records.py says why not typing's)
if TYPE_CHECKING:
    from typing import Final  # (constants read as C statics by mypyc, not from a dict)

# Words that end a name in a title-case headline: verbs in any tense and the nouns that
# follow a name there, less the forms that are themselves frequent names ("Rose", "Banks").
HEADLINE_WORDS: frozenset[str] = HEADLINE_VERBS | frozenset(
    w for w in inflect(HEADLINE_VERB_BASES) | HEADLINE_IRREGULAR | HEADLINE_NOUNS
    if w not in SURNAMES and w not in GIVEN_NAMES and w not in PLACE_WORDS
    and w not in ORG_HEADS and w not in MEDIA_WORDS)


# A line of match results: "Quell Rovers 2 Elston Athletic 1", "Marbeck 88 Doe City 79
# (half-time 40-41)": its names are teams.
# Written for speed, it says what "^[^\d\n]+ \d{1,3} [^\d\n]+ \d{1,3}(?: \([^()\n]*\))?[ \t]*$"
# says: a run without digits can only end where the line's next digit is, so each run
# is taken whole (possessive) and must end in the space before that digit, instead of
# being given back a character at a time on every line.
_RESULT_LINE_BODY = (r"(?=[^\d\n]{2})[^\d\n]*+(?<= )\d{1,3} (?=[^\d\n]{2})[^\d\n]*+(?<= )\d{1,3}"
                     r"(?: \([^()\n]*\))?[ \t]*$")
_RESULT_LINE: Final = compiled(_RESULT_LINE_BODY, re.MULTILINE)
# The same for ASCII text, where a digit is [0-9]: a set of ranges the matcher tests in
# one look-up, where [^\d\n] is two tests at each character (the search in a third less).
_ASCII_RESULT_LINE: Final = compiled(_RESULT_LINE_BODY.replace(r"[^\d\n]", r"[^0-9\n]").replace(
    r"\d", "[0-9]"), re.MULTILINE)
# Where such a line can end: a line break after a digit, a closing bracket or white
# space (what a line of results ends with). The search for a line break runs at the
# speed of a scan for one character, and only the lines before those found are tried;
# a search for the line break before a line of results ran the class of non-digits
# over every character of every line (the lines found in a tenth of the instructions).
_RESULT_LINE_END: Final = compiled(r"\n(?<=[\d) \t]\n)")


@mypyc_attr(native_class=False)
class Spans(list[tuple[int, int]]):
    """(start, end) spans of the text, in text order and apart, with `starts`, the start
    of each: the one that may hold an offset is found by halving (FinderState's
    lookups; a walk over every line of a long page of results for every run of capitals
    took minutes). (A list of its own, not a new field of the finder: an instance of
    more than 30 fields keeps them in a dict of its own, and every field read of the
    finder then costs more.)"""

    __slots__ = ("starts",)
    starts: list[int]


def _spans(found: list[tuple[int, int]]) -> Spans:
    """The spans as Spans (made without an __init__ of Python code: most texts have none)."""
    spans = Spans(found)
    spans.starts = [s for s, _ in found] if found else []
    return spans


def result_lines(text: str) -> Spans:
    """The (start, end) of every line of match results in the text."""
    line = _ASCII_RESULT_LINE if text.isascii() else _RESULT_LINE
    spans = []
    rfind = text.rfind
    for end in _RESULT_LINE_END.finditer(text):
        e = end.start()
        m = line.match(text, rfind("\n", 0, e) + 1, e)
        if m is not None:
            spans.append(m.span())
    m = line.match(text, rfind("\n") + 1)  # the last line, which no line break ends
    if m is not None:
        spans.append(m.span())
    return _spans(spans)  # (one per line: in text order and apart)


# QUOTED_TITLE for ASCII text, which holds no curly marks: the class of the other
# characters is then a table of ranges, looked up at once (the search in a fifth less).
ASCII_QUOTED_TITLE: Final = compiled(r'"([^"\n.!?]{2,80})[.,!?]?"')


# A lower-case insertion in brackets inside a name ("Ana (the elder) Vidal"), with the
# space before it: left out of the name the panel shows.
# Generational suffixes that may close a name's words ("Jr.", "III").
_GENERATIONS: Final = frozenset({"Jr", "Sr", "II", "III", "IV", "JR", "SR"})
_INSERTION_IN_NAME: Final = compiled(r" [(\[][a-z][a-z'’ -]{0,30}[)\]](?= )")

# An apostrophe that closes a quotation in single marks: after a letter that is no
# plural's "s", before a space or punctuation (not "the ship's log", "the rivers' mouths").
_SINGLE_QUOTE_CLOSES: Final = compiled(r"(?<![sS\s])['’](?=[\s,.;:!?)]|$)")
# A curly closing mark that closes a quotation in curly marks.
_CURLY_QUOTE_CLOSES: Final = compiled(r"(?<!\s)’(?=[\s,.;:!?)]|$)")


def okina_start(text: str, s: int) -> int:
    """Where a name opening at offset s starts when a glottal stop is written before it,
    as Polynesian names are ("'Ana Quell", "ʻOfa Roe"): the mark before a vowel, at a
    word's start; an apostrophe so only when no single mark closes a quotation further in
    its paragraph ("'Ana Quell came,' she said" is quoted). Else s."""
    if s < 1 or text[s - 1] not in "'ʻ‘" or text[s:s + 1] not in "AEIOU":
        return s
    if s >= 2 and not text[s - 2].isspace() and text[s - 2] != "(":
        return s
    if text[s - 1] == "ʻ":
        return s - 1
    end = text.find("\n", s)
    # (a curly opening mark is closed by its curly mark after any letter: "‘Ana Roe
    # will lead us’: party names chief"; a plain one not after an "s", a plural's)
    closes = _CURLY_QUOTE_CLOSES if text[s - 1] == "‘" else _SINGLE_QUOTE_CLOSES
    return s if closes.search(text, s, len(text) if end < 0 else end) else s - 1


# Racing notation that says the capitalised words next to it name a horse: "Quell Star,
# ridden by Jane Roe," / "Sir Tom (ridden by ...)"; "won by a neck from Lady Ama", "by
# three lengths from Duke Roe". (Tried only where the text holds "ridden by" or "from".)
_HORSE_NAME: Final = r"((?:[A-Z][\w'’-]* ){0,3}[A-Z][\w'’-]*)"
_HORSE_BEFORE_RIDER: Final = compiled(_HORSE_NAME + r"(?:,| \() ?ridden by\b")
_HORSE_AFTER_MARGIN: Final = compiled(
    r"\b(?:neck|head|nose|lengths?|length and a half|a half-length) from " + _HORSE_NAME)
# ("Quell Star beat Lady Ama by a neck": margins that only horses win by, "a head" and
# "a nose" being a sprinter's and a vote's too; both are horses)
_HORSE_BEATEN: Final = compiled(r"(?:" + _HORSE_NAME + r" )?beat " + _HORSE_NAME
                         + r" by (?:a neck|a short head|half a length)\b")
_HORSE_HINTS: Final = ("ridden by", " lengths from ", " length from ", " neck from ", " head from ",
                " nose from ", " half-length from ", " by a neck", " by a short head",
                " by half a length")
# A horse's starting price right after its name, in a line of a race's result: "1. Lady
# Ama 5-2 favourite", "3. Quell Star 12-1", "Winner: Prince Tam 9-4 fav" (horses are named
# like people; odds end the name, a jockey's name or the end of the line follows, never a
# team). Tried only in a text that marks a favourite ("fav"), and only at line breaks
# (the search skips to each one): the first line of a text is its title.
_HORSE_BEFORE_ODDS: Final = compiled(
    r"\n(?:\d{1,2}\. |[Ww]inner:? )?" + _HORSE_NAME
    + r" (?:\d{1,3}-\d{1,2}|[Ee]vens|[Ee]vs)(?=$| \(|,|;| [Ff]av| [Jj]oint| [Jj]t)",
    re.MULTILINE)
# The same odds in an apposition: "Prince Alban, the 3-1 favourite, won" (searched for
# from its literal start, then the name read back from there).
_FAVOURITE_APPOSITION: Final = compiled(r", the (?:\d{1,3}-\d{1,2}|evens) (?:joint[- ]|co-)?fav")
_HORSE_NAME_ENDING: Final = compiled(_HORSE_NAME + "$")


# The hints of a margin (" neck from "), by the word that opens each: a word the
# tokenizer reads whole (a space on both sides) and in lower case, so a text whose
# lower-case words hold none of those words holds none of these hints, and is not
# searched for them (most texts: six searches of the text fewer). The other hints are
# searched for in every text.
_MARGIN_HINTS: Final = tuple(h for h in _HORSE_HINTS if h.startswith(" ") and h.endswith(" from "))
_MARGIN_WORDS: Final = frozenset(h.split()[0] for h in _MARGIN_HINTS)
_OTHER_HINTS: Final = tuple(h for h in _HORSE_HINTS if h not in _MARGIN_HINTS)


def _horse_hint(text: str, lower_words: set[str] | None) -> bool:
    """any(hint in text for hint in _HORSE_HINTS), `lower_words` the text's lower-case
    words (as tokenize() collects them) when known."""
    if any(hint in text for hint in _OTHER_HINTS):
        return True
    if lower_words is not None and lower_words.isdisjoint(_MARGIN_WORDS):
        return False
    return any(hint in text for hint in _MARGIN_HINTS)


def horse_names(text: str, lower_words: set[str] | None = None) -> set[str]:
    """The names of horses the racing notation of the text gives (mostly none);
    `lower_words`, the text's lower-case words, when known (tokenize() collects them)."""
    names: set[str] = set()
    if "fav" in text:
        names.update(m.group(1) for m in _HORSE_BEFORE_ODDS.finditer(text))
        for m in _FAVOURITE_APPOSITION.finditer(text):
            name = _HORSE_NAME_ENDING.search(text, max(0, m.start() - 60), m.start())
            if name is not None:
                names.add(name.group(1))
    if not _horse_hint(text, lower_words):
        return names
    names.update(m.group(1) for m in _HORSE_BEFORE_RIDER.finditer(text))
    names.update(m.group(1) for m in _HORSE_AFTER_MARGIN.finditer(text))
    names.update(name for m in _HORSE_BEATEN.finditer(text) for name in m.groups() if name)
    return names


# Letters that no Unicode decomposition takes to a plain Latin one ("Grøn", "Łódź"), and
# the typographic apostrophes and hyphens that copy mixes with plain ones ("O’Brien" and
# "O'Brien" are one person).
_PLAIN_LETTERS: Final = str.maketrans({"ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D",
                                "ı": "i", "ß": "ss", "æ": "ae", "Æ": "Ae", "œ": "oe",
                                "’": "'", "‘": "'", "ʼ": "'", "‐": "-", "‑": "-"})


def plain(name: str) -> str:
    """A name without its accents, case kept: "José Güemes" -> "Jose Guemes" (wire copy
    writes the same name both ways)."""
    decomposed = unicodedata.normalize("NFKD", name.translate(_PLAIN_LETTERS))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


# How every word verb_form() takes ends (callers test this first, in line, and ask
# verb_form only then: widen this with the test).
VERB_ENDINGS: Final = ("ing", "ed")

# COMPANY_BEFORE's nouns that are as often the job of a person: before a given name and
# another capitalised word they name a person ("broker Ana Vale", "publisher Tom Reed";
# "broker Quellbor" stays a firm).
_PERSON_OR_FIRM: Final = frozenset({"broker", "publisher", "developer", "producer", "operator",
                             "distributor", "supplier"})

# The words company_words() looks at.
_COMPANY_CUES: Final = COMPANY_SUFFIXES | COMPANY_BEFORE | SHARES


class Person(Record):
    """A person found: the name, its words, the mentions, role, sex and where first named."""

    __slots__ = ("name", "words", "mentions", "role", "gender", "first_at")  # noqa: RUF023

    def __init__(self, name: str, words: tuple[str, ...],
                 mentions: list[tuple[int, int]] | None = None, role: str | None = None,
                 gender: str | None = None, first_at: int = 0) -> None:
        self.name = name
        self.words = words
        self.mentions: list[tuple[int, int]] = [] if mentions is None else mentions
        self.role = role
        self.gender = gender
        self.first_at = first_at


class FinderState:
    """The text being read and the people found in it so far."""

    def __init__(self, text: str, tokens: list[Token], claims: list[str | None],
                 organizations: list[Entity], countries: list[Entity],
                 lower_words: set[str] | None = None,
                 capitalised: Sequence[int] | None = None) -> None:
        self.text = text
        self.tokens = tokens
        # The indexes of the capitalised tokens: the passes that read only those walk it.
        self.capitalised = (capitalised_tokens(tokens) if capitalised is None
                            else capitalised)
        self.claims = claims
        self.countries = countries
        self.people: dict[str, Person] = {}
        self.lower_words = (set(LOWER_WORD.findall(text)) if lower_words is None
                            else lower_words)
        self.singles: list[tuple[int, str | None]] = []  # (token index, sex the title tells)
        self._surname_sex: dict[str, str] | None = None  # made once the singles are known
        # Runs no cue decided: (start, end, whole), whole when nothing was cut off before.
        self.open_runs: list[tuple[int, int, bool]] = []
        self.title_lines = title_lines(text) if tokens else []
        # Where the headline ends (0 without one): title_lines holds the first line at
        # most, from the text's first character that is no space, so a token is in it
        # when it starts before this (what in_title_line says, in one comparison).
        self.headline_end = self.title_lines[0][1] if self.title_lines else 0
        self.companies = self.company_words()
        self.nick: set[int] = set()  # tokens of quoted nicknames inside names
        # The first token of a name after an office's portfolio, and the office's token
        # ("Minister of State for Health Priya Roe": the role starts at "Minister").
        self.portfolio_offices: dict[int, int] = {}
        # People whose name was kept whole for a first word the text names again
        # ("Lautaro Ignacio Quenaya ... Lautaro"): that word alone is a short form of theirs.
        self.first_named_again: set[str] = set()
        self.quoted_titles = self.title_spans()
        # Names of things named like people (ships, horses, works) found so far: their
        # other mentions are theirs ("the liner Queen Ama ... Queen Ama docked").
        self.things: set[str] = horse_names(text, self.lower_words)
        # Names of bodies that the finder told by their context ("Carmaker Vestra Holm"):
        # their other mentions are theirs.
        self.bodies: set[str] = set()
        # Tokens of places, works and groups named after someone, left unclaimed for the
        # organisations' later passes ("the Kranich Theatre", "Oakes Brothers"): no
        # surname there is a short form of the text's person who shares it.
        self.thing_tokens: set[int] = set()
        self.result_lines = result_lines(text)
        self._cap_counts: dict[str, int] | None = None
        self._inside_counts: dict[str, int] | None = None  # the same, not opening a sentence
        self._lowered: dict[str, list[str]] = {}  # a person's name words in lower case
        # The names found written with accents, by their spelling without them.
        self._plain_names: dict[str, str] = {}
        # Names of three words or with a hyphen, by their spelling folded (see
        # same_but_spacing).
        self._spaced_names: dict[str, str] = {}
        # Organisations by name, and their mentions by the offset they end at.
        self.orgs = OrganizationBook(organizations, countries)

    def company_words(self) -> set[str]:
        """Words that name a company in this text ("Quellco SA", "Roe & Doe Ltd", "company
        Quellco", "shares of Quellco"), read off the tokens."""
        text, tokens = self.text, self.tokens
        words: set[str] = set()
        n = len(tokens)
        # Only the tokens of a cue are visited, found in C (a loop over all the tokens in
        # Python cost more than the rest of this together).
        texts = token_texts_of(tokens)
        cues = _COMPANY_CUES.intersection(texts)
        for k in compress(range(n), map(cues.__contains__, texts)) if cues else ():
            tok = tokens[k]
            t = texts[k]
            if t in COMPANY_SUFFIXES:
                if k > 0 and tokens[k - 1].cap and text[tokens[k - 1].end:tok.start] == " ":
                    words.add(tokens[k - 1].text)
                    if k > 1 and text[tokens[k - 2].end:tokens[k - 1].start] == " & ":
                        words.add(tokens[k - 2].text)
                continue
            if t in COMPANY_BEFORE:
                m = k + 1
                if (t in _PERSON_OR_FIRM and m + 1 < n
                        and tokens[m].text in GIVEN_NAMES and tokens[m + 1].cap):
                    continue  # "said broker Ana Vale": the job of a person
            elif t in SHARES and k + 1 < n and tokens[k + 1].text in ("of", "in") and (
                    text[tok.end:tokens[k + 1].start] == " "):
                m = k + 2
            else:
                continue
            prev = tokens[m - 1]
            while m < n and tokens[m].cap and text[prev.end:tokens[m].start] == " ":
                words.add(tokens[m].text)
                prev = tokens[m]
                m += 1
        return words

    def title_spans(self) -> Spans:
        """Quoted phrases in title case: titles of works and slogans ("Dances of the Marbeck
        Moon", "Hold Fast"), whose words name no one."""
        out = []
        pattern = ASCII_QUOTED_TITLE if self.text.isascii() else QUOTED_TITLE
        for m in pattern.finditer(self.text):
            words = m.group(1).split()
            long_words = [w for w in words if len(w) > 3]
            if 1 < len(words) <= 8 and long_words and all(w[0].isupper() for w in long_words):
                out.append(m.span(1))
        return _spans(out)  # (the matches' groups: in text order and apart)

    # (Loops, not any() over a generator: these are asked for most runs of capitals, of
    # lists of one span or a few, where making the generator was most of the cost.)

    def in_quoted_title(self, start: int, end: int) -> bool:
        # (of titles in text order and apart, only the last to start by `s` can hold
        # tokens start..end-1, which end after `s`)
        s, e = self.tokens[start].start, self.tokens[end - 1].end
        titles = self.quoted_titles
        k = bisect_right(titles.starts, s) - 1
        return k >= 0 and e <= titles[k][1]

    def in_result_line(self, tok: Token) -> bool:
        # (the lines are in text order and apart: only the last to start by `at` can
        # hold it, found by halving, not by a walk over every line of a long page of
        # results for every run of capitals)
        at = tok.start
        lines = self.result_lines
        k = bisect_right(lines.starts, at) - 1
        return k >= 0 and at < lines[k][1]

    def in_title_line(self, tok: Token) -> bool:
        at = tok.start
        for s, e in self.title_lines:  # noqa: SIM110 (a loop: no generator)
            if s <= at < e:
                return True
        return False

    @staticmethod
    def verb_form(word: str) -> bool:
        """A capitalised -ing or -ed word that is not a name: "Injecting", "Praised" (not
        a hyphenated given name of capitalised syllables: "Siew-Ling", "Pei-Ying")."""
        return (len(word) >= 5 and word.endswith(VERB_ENDINGS) and word not in GIVEN_NAMES
                and word not in SURNAMES
                and not ("-" in word and word.rpartition("-")[2][:1].isupper()))

    @staticmethod
    def plural_title(word: str) -> bool:
        """"Presidents", "Ministers", "Generals": titles or roles of several people, which
        start no one's name. (Only words ending in "s": callers test that first.)"""
        if len(word) < 4 or not word.endswith("s") or word in SURNAMES or word in GIVEN_NAMES:
            return False
        single = word[:-1]
        return single in HONORIFICS or single.lower() in ROLE_NOUNS

    def named_again(self, word: str) -> bool:
        """True for a word that the text writes again with a capital and never in lower
        case, and that is no role, title, place or word of a body: a given name of no
        table ("Tesfamariam Gebreyes Wolde served ... Tesfamariam was"), not a word that describes
        the person ("Veteran Tom Roe")."""
        if not (self.cap_count(word) > 1 and word.lower() not in self.lower_words
                and word.lower() not in ROLE_NOUNS and word not in HONORIFICS
                and word not in NOT_FIRST and word not in PLACE_WORDS and word not in ORG_HEADS
                and word not in CITIES and not word.isupper()):
            return False
        if self._inside_counts is None:
            # (made once, when first asked: few texts ask)
            counts: dict[str, int] = {}
            text = self.text
            for tok in self.tokens:
                if tok.cap and not starts_sentence(text, tok):
                    counts[tok.text] = counts.get(tok.text, 0) + 1
            self._inside_counts = counts
        return self._inside_counts.get(word, 0) > 0  # once at least inside a sentence

    def cap_count(self, word: str) -> int:
        """How often a capitalised word occurs in the text."""
        if self._cap_counts is None:
            counts: dict[str, int] = {}
            for tok in self.tokens:
                if tok.cap:
                    counts[tok.text] = counts.get(tok.text, 0) + 1
            self._cap_counts = counts
        return self._cap_counts.get(word, 0)

    def add_person(self, start: int, end: int, sex: str | None, role: str | None,
                   name_end: int | None = None, display: str | None = None) -> None:
        """A person named by tokens start..end-1 (their full name may run to name_end:
        "Thomas A. Roe Jr." is named with the suffix, mentioned without it; `display`, the
        name as running text writes it, for a name written in capitals)."""
        tokens = self.tokens
        last = tokens[(name_end or end) - 1]
        # (with the glottal stop written before it: "'Ana Quell")
        opening = okina_start(self.text, tokens[start].start)
        name = display or " ".join(self.text[opening:last.end].split())
        if "(" in name or "[" in name:
            name = _INSERTION_IN_NAME.sub("", name)  # "Ana (the elder) Vidal": "Ana Vidal"
        words = (tuple(display.split()) if display
                 else tuple(t.text for t in tokens[start:end]))
        if len(words) >= 3 and words[-1].rstrip(".") in _GENERATIONS:
            words = words[:-1]  # "Benjamin Roe III": "Roe" is the surname its short form uses
        person = self.people.get(name)
        if person is None and (self._plain_names or not name.isascii()):
            person = self.same_but_accents(name)
        if person is None and ("-" in name or name.count(" ") >= 2):
            person = self.same_but_spacing(name)
        if person is None:
            person = Person(name=name, words=words, first_at=tokens[start].start)
            self.people[name] = person
        person.mentions.append((opening, tokens[end - 1].end))
        if role and not person.role:
            person.role = role
        if sex and not person.gender:
            person.gender = sex
        for m in range(start, name_end or end):
            self.claims[m] = "person"

    def same_but_accents(self, name: str) -> Person | None:
        """The person found before under `name` written with or without its accents
        ("José Güemes" and "Jose Guemes"), or None (the name is then noted)."""
        if name.isascii():
            known = self._plain_names.get(name)
            return None if known is None else self.people.get(known)
        bare = plain(name)
        if bare in self.people:
            return self.people[bare]
        known = self._plain_names.get(bare)
        if known is not None:
            return self.people.get(known)
        self._plain_names[bare] = name
        return None

    def same_but_spacing(self, name: str) -> Person | None:
        """The person found before under `name` with its syllables joined by a hyphen or
        not, in another case ("Kim Sung-woo", "Kim Sung Woo", "Kim Sung-Woo": copy writes
        Korean and other given names of two syllables every way), or None (the name is
        then noted). Only names with a hyphen or of three words come here, the only ones
        that can differ so."""
        key = " ".join(plain(name).replace("-", " ").casefold().split())
        known = self._spaced_names.get(key)
        if known is None:
            self._spaced_names[key] = name
            return None
        return self.people.get(known)

    def mention_span(self, person: Person, start: int, end: int, sex: str | None) -> None:
        person.mentions.append((self.tokens[start].start, self.tokens[end - 1].end))
        for m in range(start, end):
            self.claims[m] = "person"
        if sex and not person.gender:
            person.gender = sex

    def entities(self) -> list[Entity]:
        return [
            Entity(id=entity_id("person", p.name), kind="person", name=p.name,
                   mentions=sorted(set(p.mentions)), role=p.role, gender=p.gender)
            for p in self.people.values()
        ]
