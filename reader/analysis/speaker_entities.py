"""Speakers the entity finder missed become entities, with every mention of them.

A name found next to a cue ("said Holm", "The Daily Ledger reports") is first
matched against the entities already known (same name, or same surname for people);
only when nothing matches is a new person or organisation made, its id built the same
way as the entity finder's ("person:petra-holm", "organization:the-daily-ledger").
"""

from __future__ import annotations

from array import array
from bisect import bisect_left, insort

from reader.analysis.cues import VERBS, word_set
from reader.analysis.data.words import COMPANY_SUFFIXES, ORG_HEADS
from reader.analysis.model import Entity
from reader.analysis.names import CITIES, GIVEN_NAMES
from reader.analysis.pronouns import name_gender
from reader.analysis.slugs import entity_id
from reader.analysis.span_index import Span, SpanIndex
from reader.analysis.speakers import ORG_WORDS, mention_spans
from reader.analysis.text_at import starts_at
from reader.regex_cache import compiled

TYPE_CHECKING = False  # (reader/records.py says why not typing's)
if TYPE_CHECKING:
    from collections.abc import Sequence
    from typing import Final  # (constants read as C statics by mypyc, not from a dict)

    from reader.analysis.model import EntityKind

# First words of place names, never of a person's name.
_PLACE_OPENERS: Final = frozenset({"New", "North", "South", "East", "West", "Saint", "St.", "San",
                            "Santa", "Los", "Las", "El", "Fort", "Port", "Lake", "Mount"})
_INITIALS: Final = compiled(r"(?:[A-Z]\.){1,3}")
# Company forms written after a name ("Norvex SpA", "Haldor AG").
_COMPANY_SUFFIXES = frozenset({"SpA", "AG", "SA", "plc", "PLC", "Ltd", "LLC", "GmbH", "NV", "BV",
                               "Inc", "Inc.", "Corp", "Corp.", "Co.", "LLP"})
_GIVEN_BEFORE: Final = compiled(r"\b([A-Z][a-z]+)\s+$")
_CAPS_GIVEN_BEFORE: Final = compiled(r"\b([A-Z]{2,})[ \t]+$")
# The words that scan finds that start with a capital, found without a step of Python
# per lower-case word: a capital (or any letter past ASCII) after a character no word
# holds; and, rarer, after a digit, "_", an apostrophe or a hyphen, a word of its own
# only when no letter comes before in that run ("3Com", "-Oslo"; not "O'Neill"). (The
# first character is a range, not a class of letters, so that the regex engine skips
# to it; the look-behind then asks for a letter.)
_CAPITAL_OPENING: Final = compiled(r"[A-Z\u0080-\U0010ffff](?<![\w'’-].)(?<=[^\W\d_])[\w'’-]*")
_MARK_BEFORE_CAPITAL: Final = compiled(r"[\d_'’-](?=[A-Z\u0080-\U0010ffff])")
_CAPITALISED_WORD: Final = compiled(r"[^\W\d_][\w'’-]*")
_LETTER: Final = compiled(r"[^\W\d_]")
_WORD_CHARACTER: Final = compiled(r"[\w'’-]")
_AGE_AFTER: Final = compiled(r", \d{1,3},| \(\d{1,3}\)")
# A lower-case word right before a name: "a photo of ", "joined by ".
_LOWER_WORD_BEFORE: Final = compiled(r"(?<![\w’'-])[a-z][\w’'-]* $")
# A title right before a surname: "Mrs. ", "Sen. ", "Dr ".
_TITLE_BEFORE: Final = compiled(r"\b(?:Mr|Mrs|Ms|Miss|Dr|Sen|Rep|Gov|Gen|Prof)\.?\s$")


# Heads of public bodies, not businesses: "the company" is none of them.
ORG_HEADS_PUBLIC: Final = word_set(
    """Department Ministry Council Committee Commission Agency Office Bureau Service
    Services Court Army Navy Force Forces Guard Guards Police Parliament Congress Senate
    Assembly Cabinet Government Administration Embassy Consulate Party Union Federation
    League Club Institute University College School Authority Board Tribunal Caucus Campaign
    Coalition Alliance Front Movement Foundation Association Society Trust""")
# Last words that make a name a business or a body ("Norvale Shipping", "Kessler
# Motors"): the entity finder's organisation heads, company forms, and trades.
_ORG_LAST_WORDS: Final = ORG_HEADS | COMPANY_SUFFIXES | word_set(
    """Shipping Mining Energy Capital Power Electric Steel Chemicals Pharma Telecom
    Airport Railways Rail Oil Gas Hotels Resorts Realty Properties Construction
    Engineering Farms Dairy Brewing Breweries Software Robotics Aerospace Textiles
    Cement Automotive Electronics Semiconductors Bancorp Trading Transport""")


# Heads of descriptions that stand for a business, or a newspaper or broadcaster, named
# before ("the company said", "the influential daily wrote"), and the last words of the
# names that fit them.
_BUSINESS_HEADS: Final = frozenset({"company", "firm", "group", "manufacturer", "maker", "retailer",
                             "carrier", "airline", "lender", "insurer", "supplier"})
_MEDIA_HEADS: Final = frozenset({"newspaper", "daily", "paper", "weekly", "tabloid", "broadsheet",
                          "broadcaster", "outlet", "magazine", "channel", "network"})
_MEDIA_LAST_WORDS: Final = word_set(
    """Times Post Journal Standard Gazette Herald Tribune Telegraph Guardian Observer Mirror
    Chronicle Courier Examiner Inquirer Monitor Globe Dispatch Bulletin Ledger Express Star
    Sun News Daily Weekly Review Record Register Regard Zeitung Courant Enquirer Magazine
    Radio Television TV Network Channel Press""")


# A name then an apposition that says what it is: "Norvex, a Swedish truck maker,".
_NAME_THEN_APPOSITION: Final = compiled(
    r"\b((?:The )?[A-Z][\w&'’.-]*(?: [A-Z][\w&'’.-]*){0,3}), (?:a|an|the) (?:[\w'’-]+ ){0,4}?"
    r"([a-z]+)[,.]")
# The heads of such appositions that make the name a business, or a newspaper.
_BUSINESS_APPOSITION: Final = word_set(
    """company firm maker manufacturer producer carrier airline lender bank insurer
    retailer group giant conglomerate chain operator supplier developer startup brand
    miner shipper exporter importer""")
_MEDIA_APPOSITION: Final = word_set(
    "daily newspaper paper weekly tabloid broadsheet broadcaster magazine outlet network")


def org_fits_head(name: str, head: str) -> bool:
    """Whether an organisation called `name` is one a description with that head can
    stand for: "the company" a business ("Orvella Foods"), "the daily" a newspaper
    ("The Coastal Standard"); any head the name itself holds ("the commission")."""
    words = name.split()
    if not words:
        return False
    if head in name.lower().split():
        return True
    if head in _BUSINESS_HEADS:
        return words[-1] in _ORG_LAST_WORDS and words[-1] not in ORG_HEADS_PUBLIC
    if head in _MEDIA_HEADS:
        return words[-1] in _MEDIA_LAST_WORDS
    return False


def business_named_at(text: str, start: int, head: str) -> bool:
    """Whether the organisation mentioned at `start` is written after a word that says it
    is a business ("Rail operator Whitlock Brothers", "drugmaker Halvetia"), so that a
    business description ("the company") can stand for it whatever its name."""
    if head not in _BUSINESS_HEADS or start < 2 or text[start - 1] != " ":
        return False
    before = text.rfind(" ", max(0, start - 30), start - 1) + 1
    word = text[before:start - 1]
    return word.isalpha() and word.islower() and (
        word in _BUSINESS_APPOSITION or word.endswith("maker"))


# Last words of the names of places (towns, counties, natural features), which never end
# a person's name: a speaker so named is a place speaking for its people, no one new.
_PLACE_ENDINGS: Final = frozenset((
    "Springs", "Falls", "Heights", "Creek", "Grove", "Ridge", "Rapids", "Junction", "Bluffs",
    "Township", "Borough", "City", "County", "Valley", "Beach", "Bay", "Lake", "Island",
    "Islands", "Harbor", "Harbour", "Coast", "Mountains", "Hills", "Parish", "Province",
    "Region", "District"))


def kind_of_name(name: str) -> EntityKind | None:
    """A new speaker's kind: an organisation when its words say so, a person when it
    starts with a given name or initials; None when it could be anything (a place, a
    team, a capitalised word that opens a sentence)."""
    words = name.split()
    if not words:
        return None
    if words[0] == "The" or words[-1] in _ORG_LAST_WORDS or any(
            w.lower().strip(".,") in ORG_WORDS or w in _COMPANY_SUFFIXES for w in words):
        return "organization"
    if len(words) == 1:
        w = words[0]
        # An acronym ("NAACP"), not a reporting verb in capitals ("SAID", "TOLD").
        return ("organization" if 2 <= len(w) <= 6 and w.isupper() and w.lower() not in VERBS
                else None)
    if name in CITIES or words[-1] in _PLACE_ENDINGS:
        # "Bandar Abbas said": a city of the gazetteer speaks for its people; "Cedar
        # Rapids said", "Linden County said": a place by its name's last word
        return None
    first = words[0]
    if _INITIALS.fullmatch(first) or any(part in GIVEN_NAMES for part in first.split("-")):
        return "person"
    if first in _PLACE_OPENERS or len(words) > 3:
        return None  # "New York", "South Carolina"
    return "person"


_OPENS_SENTENCE: Final = compiled(r"(?:^|[.!?:][\"”’)]*\s+|\n\s*|[\"“]\s*)$")


def _proper_single_word(text: str, name: str, at: tuple[int, int]) -> bool:
    """A capitalised single word where capitals do not open a sentence: a proper noun."""
    if " " in name or not name[:1].isupper() or name.isupper():
        return False
    return not _OPENS_SENTENCE.search(text, max(0, at[0] - 8), at[0])


def _surname(name: str) -> str:
    words = name.replace("’", "'").split()
    return words[-1].lower() if words else ""


def capitalised_words(text: str) -> dict[str, array[int]]:
    """The offsets of each word of `text` that starts with a capital, in text order, the
    words as the scan `[^\\W\\d_][\\w'’-]*` reads them.

    The offsets are arrays of machine integers: a list holds an int object of 28 bytes
    and a slot of 8 for each (on a long article the index was a fourteenth of the memory
    the analysis held); an array holds the 8 bytes alone."""
    index: dict[str, array[int]] = {}
    for m in _CAPITAL_OPENING.finditer(text):
        w = m.group()
        if w[0].isupper():
            offsets = index.get(w)
            if offsets is None:
                index[w] = array("q", (m.start(),))
            else:
                offsets.append(m.start())
    for m in _MARK_BEFORE_CAPITAL.finditer(text):
        word = _CAPITALISED_WORD.match(text, m.end())
        if (word is not None and word.group()[0].isupper()
                and not _letter_in_run_before(text, m.end())):
            insort(index.setdefault(word.group(), array("q")), m.end())
    return index


def word_offsets(text: str, word: str) -> list[int]:
    """`capitalised_words(text).get(word, [])` without reading every word of the text:
    each place the text writes `word` where the scan reads it as a whole word (a letter
    that no word before runs into, and the word the scan reads from there)."""
    found: list[int] = []
    i = text.find(word)
    while i >= 0:
        m = _CAPITALISED_WORD.match(text, i)
        if (m is not None and m.end() - i == len(word) and word[0].isupper()
                and not _letter_in_run_before(text, i)):
            found.append(i)
        i = text.find(word, i + 1)
    return found


# How many words are looked up by a search of the text (word_offsets) before the
# capitalised words of the whole text are indexed: most articles ask about none or a
# few (the index cost a fortieth of a long article's time), an article with many new
# speakers about many (a search each would then cost the text's length each time).
_SEARCHES_BEFORE_INDEX = 8


def _letter_in_run_before(text: str, pos: int) -> bool:
    """Whether the run of word characters ending right before `pos` holds a letter
    (then the scan's word began there, and `pos` is inside it)."""
    k = pos - 1
    while k >= 0 and _WORD_CHARACTER.match(text, k):
        if _LETTER.match(text, k):
            return True
        k -= 1
    return False


class SpeakerEntities:
    """The entity list, growing as speakers are named that it did not hold yet.

    Lookups go through indexes kept up to date as entities are added, so that an
    article naming thousands of speakers still takes linear time.
    """

    def __init__(self, text: str, entities: list[Entity],
                 spans: list[list[Span]] | None = None) -> None:
        """`spans`: speakers.mention_spans(entities), when the caller has it already."""
        self.text = text
        self.entities = list(entities)
        if spans is None:
            spans = mention_spans(entities)
        self.by_id = {e.id: e for e in self.entities}
        self.created: list[Entity] = []
        self._word_index: dict[str, array[int]] | None = None
        self._searches = 0  # words looked up without the index (_offsets)
        self._full_names: dict[str, str | None] = {}
        self._proper_places: dict[str, list[int]] = {}
        # Where a name is taken (only whether, not by whom: the keys are not read).
        self._taken = SpanIndex(span for of_entity in spans for span in of_entity)
        self._seen: dict[str, set[tuple[int, int]]] = {}
        self._unsorted: set[str] = set()
        self._by_name: dict[str, Entity] = {}
        self._by_surname: dict[str, list[Entity]] = {}
        self._by_surface: dict[str, Entity] = {}
        self._starts: dict[str, list[int]] = {}
        for ent in self.entities:
            self._index(ent)

    def _index(self, ent: Entity) -> None:
        if ent.kind == "country":
            return
        self._by_name.setdefault(ent.name.lower(), ent)
        if ent.kind == "person":
            self._by_surname.setdefault(_surname(ent.name), []).append(ent)
        for s, e in ent.mentions[:20]:
            self._by_surface.setdefault(self.text[s:e].lower(), ent)

    def _take(self, span: tuple[int, int]) -> None:
        self._taken.add(span[0], span[1], "")

    def _offsets(self, word: str) -> Sequence[int]:
        """Where the text writes `word` as a capitalised word (capitalised_words): by a
        search of the text for the first few words asked about, then from the index of
        every capitalised word, built once."""
        if self._word_index is None:
            if self._searches < _SEARCHES_BEFORE_INDEX:
                self._searches += 1
                return word_offsets(self.text, word)
            self._word_index = capitalised_words(self.text)
        return self._word_index.get(word, ())

    def _is_taken(self, start: int, end: int) -> bool:
        return self._taken.overlapping(start, end) is not None

    def _occurrences(self, surface: str) -> list[tuple[int, int]]:
        """Every place the text writes `surface`, found from its rarer end word."""
        words = surface.split()
        if not words:
            return []
        first, last = words[0], words[-1]
        out: list[tuple[int, int]] = []
        text = self.text
        at_first = self._offsets(first)
        at_last = at_first if last == first else self._offsets(last)
        starts: Sequence[int] = at_first
        if len(at_last) < len(at_first):
            back = len(surface) - len(last)
            starts = [pos - back for pos in at_last if pos - back >= 0]
        for pos in starts:
            end = pos + len(surface)
            if starts_at(text, surface, pos) and (end >= len(text) or not text[end].isalnum()) \
                    and (pos == 0 or not text[pos - 1].isalnum()):
                out.append((pos, end))
        return out

    def find_known(self, name: str, at: int | None = None) -> Entity | None:
        """An entity that `name` (written at `at`) already stands for, if any; of
        several people with its surname, the one named last before it."""
        low = name.lower()
        found = self._by_name.get(low) or (
            self._by_name.get(low[4:]) if low.startswith("the ") else None)
        if found is not None:
            return found
        single = len(name.split()) == 1
        fitting = [ent for ent in self._by_surname.get(_surname(name), [])
                   if single or ent.name.split()[0].lower()[:1] == low[:1]]
        if len(fitting) > 1 and at is not None:
            return max(fitting, key=lambda ent: self._last_before(ent, at))
        if fitting:
            return fitting[0]
        return self._by_surface.get(low)

    def _last_before(self, ent: Entity, at: int) -> int:
        """Where the entity finder last named `ent` before `at` (-1: not before)."""
        starts = self._starts.get(ent.id)
        if starts is None:
            starts = self._starts[ent.id] = sorted(s for s, _ in ent.mentions)
        i = bisect_left(starts, at)
        return starts[i - 1] if i > 0 else -1

    def namesake_named_last(self, ent_id: str, start: int, end: int) -> str:
        """For a bare surname at text[start:end] ("Berg") tied to one of several people
        who share it, the one of them named last before it: the text has just turned
        to that one ("Johan Berg spoke. Then Anna Berg stood up. '...,' Berg said").
        A title before the surname ("Mrs. Berg") is left to the entity finder's reading."""
        surface = self.text[start:end]
        if " " in surface or _TITLE_BEFORE.search(self.text, max(0, start - 6), start):
            return ent_id
        fitting = [ent for ent in self._by_surname.get(_surname(surface), ())
                   if " " in ent.name]
        if len(fitting) < 2 or ent_id not in {ent.id for ent in fitting}:
            return ent_id
        last = max(fitting, key=lambda ent: self._last_named(ent, start))
        return last.id

    def _last_named(self, ent: Entity, at: int) -> int:
        """Where `ent` was last named in full before `at` other than in passing (in an
        apposition of someone else, "Her father, Tom Roe, ...", or after a lower-case
        word, "a photo of Ana Roe"); -1 when nowhere."""
        best = -1
        for s, e in ent.mentions:
            if s < at and s > best and " " in self.text[s:e] and (
                    self.text[s - 2:s] != ", ") and not _LOWER_WORD_BEFORE.search(
                        self.text, max(0, s - 20), s):
                best = s
        return best

    def described_business(self, head: str, pos: int) -> str | None:
        """The business or newspaper that "the company" / "the daily" (at `pos`) stands
        for when the text brought it in by name with an apposition saying what it is
        ("Norvex, a Swedish truck maker, ...", "The Tagesblatt, a Berlin daily, ...")
        but the entity finder did not list it: made an organisation, its id returned."""
        kinds = _BUSINESS_APPOSITION if head in _BUSINESS_HEADS else (
            _MEDIA_APPOSITION if head in _MEDIA_HEADS else None)
        if kinds is None:
            return None
        found = None
        for m in _NAME_THEN_APPOSITION.finditer(self.text, max(0, pos - 1500), pos):
            if m.group(2).lower() in kinds:
                found = m
        if found is None:
            return None
        name = found.group(1)
        if name.startswith("The "):
            name = name[4:]
        if name.split()[0] in GIVEN_NAMES:
            return None  # "Ana Roe, a former bank executive,": a person
        start = found.start(1) + (len(found.group(1)) - len(name))
        return self.entity_for(name, (start, start + len(name)), kind="organization")

    def _proper_elsewhere(self, name: str, at: tuple[int, int]) -> bool:
        """Whether a single capitalised word that opens its sentence here ("Factwise
        found ...") is written with its capital after a lower-case word elsewhere ("a
        report that Factwise published"): a proper noun, as mid-sentence."""
        if " " in name or not name[:1].isupper() or name.isupper():
            return False
        # Where it holds depends on the word alone: the first two such places are kept
        # per word (one of them may be `at` itself), as a long article asks at every cue.
        places = self._proper_places.get(name)
        if places is None:
            text = self.text
            places = []
            for pos in self._offsets(name)[:50]:
                if _LOWER_WORD_BEFORE.search(text, max(0, pos - 20), pos):
                    places.append(pos)
                    if len(places) == 2:
                        break
            self._proper_places[name] = places
        return any(pos != at[0] for pos in places)

    def full_name(self, surname: str) -> str | None:
        """"Holm" -> "Petra Holm" when the text writes a given name before it."""
        # The answer depends on the text alone: found once per surname (a long article
        # asks for the same speaker's at every quote).
        try:
            return self._full_names[surname]
        except KeyError:
            pass
        text = self.text
        found = None
        # (and in capitals, a transcript's label: "SEN. RUTH ABERNATHY: ..." then
        # "ABERNATHY: ..." is Ruth Abernathy)
        forms = [(surname, _GIVEN_BEFORE)]
        if surname.isalpha() and not surname.isupper():
            forms.append((surname.upper(), _CAPS_GIVEN_BEFORE))
        for written, given_before in forms:
            for pos in self._offsets(written)[:50]:
                m = given_before.search(text, max(0, pos - 30), pos)
                if m is not None and (given := m.group(1).capitalize()) in GIVEN_NAMES:
                    found = f"{given} {surname}"
                    break
            if found is not None:
                break
        self._full_names[surname] = found
        return found

    def entity_for(self, name: str, at: tuple[int, int],
                   kind: EntityKind | None = None) -> str | None:
        """The id of the entity `name` (written at `at`) stands for, made if need be (of
        `kind` when the caller knows it); None when the name is nothing we can vouch for."""
        known = self.find_known(name, at[0])
        if known is None and len(name.split()) == 1:
            full = self.full_name(name)
            if full is not None:
                name = full
                known = self.find_known(name, at[0])
        if known is not None:
            seen = self._seen.setdefault(known.id, set(known.mentions))
            if at not in seen and not self._is_taken(*at):
                seen.add(at)
                known.mentions.append(at)
                self._take(at)
                self._unsorted.add(known.id)
            return known.id
        kind = kind or kind_of_name(name)
        if kind is None and " " not in name and _AGE_AFTER.match(self.text, at[1]):
            kind = "person"  # `"...," Roe, 63, told supporters`: only a person has an age
        if kind is None and (_proper_single_word(self.text, name, at)
                             or self._proper_elsewhere(name, at)):
            kind = "organization"  # "In a statement, Norvex said": a company, an outlet
        if kind is None:
            return None
        base = entity_id(kind, name)
        ent_id, n = base, 2
        while ent_id in self.by_id:
            ent_id, n = f"{base}-{n}", n + 1
        mentions = [span for span in self._occurrences(name) if not self._is_taken(*span)]
        if kind == "person" and len(name.split()) > 1:
            surname = name.split()[-1]
            # Where the surname ends a full-name mention already counted.
            inside = {e - len(surname) for _, e in mentions}
            for span in self._occurrences(surname):
                if span[0] not in inside and not self._is_taken(*span):
                    mentions.append(span)
        if at not in mentions and not self._is_taken(*at):
            mentions.append(at)
        if not mentions:
            return None  # every place it is written already belongs to another entity
        mentions.sort()
        gender = None
        if kind == "person":
            sex = name_gender(name)
            gender = {"m": "male", "f": "female"}.get(sex or "")
        ent = Entity(id=ent_id, kind=kind, name=name, mentions=mentions, gender=gender)
        self.entities.append(ent)
        self.created.append(ent)
        self.by_id[ent_id] = ent
        for span in mentions:
            self._take(span)
        self._index(ent)
        return ent_id

    def finish(self) -> list[Entity]:
        """The entity list, mentions in text order."""
        for ent_id in self._unsorted:
            self.by_id[ent_id].mentions.sort()
        self._unsorted.clear()
        return self.entities
