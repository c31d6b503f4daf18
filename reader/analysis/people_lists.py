"""Pass 4 of the people finder: lists of names, and particles taken back.

A comma-separated list of which enough items are people makes all its items people (a
team line-up); a short form that left out the particle opening the surname takes it back.
"""

from __future__ import annotations

from bisect import bisect_left

from reader.analysis.data.words import (
    COMPANY_SUFFIXES,
    HONORIFICS,
    NOT_FIRST,
    ORG_HEADS,
    PLACE_PREFIXES,
    PLACE_WORDS,
    TEAM_PLURALS,
)
from reader.analysis.name_cues import (
    PARTICLES,
    can_be_in_name,
    joined,
)
from reader.analysis.names import (
    CITIES,
    GIVEN_NAMES,
)
from reader.analysis.people_cues import RunCues
from reader.analysis.text_at import Affixes, ends_at, starts_at
from reader.regex_cache import compiled

TYPE_CHECKING = False  # (reader/records.py says why not typing's)
if TYPE_CHECKING:
    from typing import Final  # (constants read as C statics by mypyc, not from a dict)

# Between two items of a list of names: a comma or "and", and line-wrapped lists break
# after the comma or inside an item ("Jon Roe,\nTed Doe", "Jon\nRoe"); a line-up parts
# its lines with semicolons ("Roe; Doe, Quell; ...").
# A substitute in brackets after a player ("Roe (Doe 70), Quell") parts two items too,
# and so does a scorer's count or minute ("Tries: Roe 2, Doe").
# The lower-case particles that open a Dutch, German, French, Iberian or Italian surname
# written without the given name, right before it (after a space, a bracket or the
# start): "de Groot", "van der Berg", "dos Santos".
_PARTICLES_BEFORE: Final = compiled(
    r"(?:^|(?<=[\s(]))((?:van der|van den|van de|von der|de la|de los|de las|van|von|de"
    r"|der|den|du|da|dos|das|di|del|della|ter|ten) )$")

_LIST_SEPARATOR: Final = compiled(
    r", ?(?:and )?| and |, ?\n|\n|; | \d{1,3}(?:\+\d{1,2})?'?(?: pen| og)?(?:, ?|; )"
    # a rugby line-up numbers its players by position: "15-Roe, 14-Doe", "15 - Roe, 14 - Doe"
    r"|, \d{1,2}(?:-| - )")
# The end of a substitute's brackets and the next item: "(Doe 70), Quell".
_SUBSTITUTE_END: Final = compiled(r" \d{1,3}'?\)(?:, ?|; )")
# A substitute's name and minute in brackets, after " (": "Roe (Doe 70)" (not a club's
# name, "Roe (Elston)").
_SUBSTITUTE: Final = compiled(r"[^()\n]{1,40} \d{1,3}'?\)")

# Labels of the lists of players in a match report ("Tries: Roe 2, Doe", "Booked: Quell,
# Marsh"): their items are people, however few.
_PLAYER_LABELS: Final = frozenset({
    "tries", "try", "goals", "goal", "scorers", "scorer", "goalscorers", "conversions",
    "conversion", "penalties", "penalty", "drop goals", "drop goal", "booked", "cautioned",
    "sent off", "sent-off", "yellow card", "yellow cards", "red card", "red cards",
    "substitutes", "subs", "referee", "line-up", "lineup", "line-ups", "lineups",
    "starting line-up", "starting xi", "squad", "captain", "man of the match",
})


# A lower-case word right after a name that may make it a noun's modifier: "Ana Roe and
# Elston Marbeck officials" (not a past tense nor a word that goes on a clause: "were",
# "on", "said", "shared").
_NOUN_NEXT: Final = compiled(
    r" (?!(?:were|are|was|is|have|has|had|will|would|could|should|said|say|says|told|met"
    r"|also|both|who|then|later|each|in|on|at|to|for|from|with|of|after|before|during|and"
    r"|or|but|as|by|when|while|since|until)\b)[a-z]+\b(?<!ed)")


# The tuples the rules ask for at an offset of every run (or more), as Affixes: the
# same answers as starts_at/ends_at with the tuple, most at one look-up (text_at.py
# says why).
_LIST_HEAD_AT: Final = Affixes((" - ", ": ", " – "))


class NameLists(RunCues):
    """Pass 4: lists of names; particles taken back."""

    def name_lists(self) -> None:
        """A comma-separated list of which at least a third (and two) are people makes all
        its items people.

        ("Roe, Doe, Quell, Marsh, Yarrow" in a team line-up).
        """
        tokens, text, claims = self.tokens, self.text, self.claims
        n = len(tokens)
        items: list[tuple[int, int]] = []  # current list: token ranges
        in_substitute = False  # the last item is a substitute in brackets
        k = 0
        while k < n:
            tok = tokens[k]
            if items and tok.text == "and":
                k += 1  # "Roe, Doe and Quell": the separator test below reads the gap
                continue
            if not tok.cap or tok.caps_line or (claims[k] not in (None, "person")):
                if items:  # (most tokens end no list: none is open)
                    # (a list of one or two names with no label before it is no list:
                    # _close_list's own first tests, here in line, for the many such)
                    if len(items) > 2 or starts_at(text, ": ", tokens[items[0][0]].start - 2):
                        self._close_list(items)
                    items = []
                k += 1
                continue
            j = k + 1
            # a person found already runs on over a particle ("Ana de Soto")
            while j < n and ((tokens[j].cap and claims[j] in (None, "person"))
                             or claims[j] == claims[j - 1] == "person") and (
                    text[tokens[j - 1].end:tokens[j].start] == " "  # (joined's first test)
                    or joined(text, tokens[j - 1], tokens[j])):
                j += 1
            if items:
                between = text[tokens[items[-1][1] - 1].end:tok.start]
                sub_opens = between == " (" and _SUBSTITUTE.match(text, tok.start) is not None
                if _LIST_SEPARATOR.fullmatch(between) is None and not sub_opens and not (
                        in_substitute and _SUBSTITUTE_END.fullmatch(between) is not None):
                    if len(items) > 2 or starts_at(text, ": ", tokens[items[0][0]].start - 2):
                        self._close_list(items)  # (as above)
                    items = []
                in_substitute = sub_opens
            if _LIST_HEAD_AT.starts(text, tokens[j - 1].end):
                # "...; Elston - Sami Roe": a team heading the names after it, no item
                self._close_list(items)
                items = []
                k = j
                continue
            items.append((k, j))
            k = j
        self._close_list(items)

    def _close_list(self, items: list[tuple[int, int]]) -> None:
        if not items:
            return
        # (player_label_before's first test here: most lists are one name, with no label)
        labelled = starts_at(self.text, ": ", self.tokens[items[0][0]].start - 2) and (
            self.player_label_before(items[0][0]))
        if len(items) < 3 and not labelled:
            return
        claims = self.claims
        known = sum(1 for s, e in items if claims[s] == "person")
        if known == len(items):
            return
        # a line-up none of whose names is known takes no city alone ("Hosts: Lagos;
        # Abuja, Kano, ..."); where people are known, a surname that is a city's too is kept
        shape_only = known < 2 or known * 3 < len(items)
        if shape_only and not (labelled or self.line_up(items)):
            return
        for s, e in items:
            if claims[s] is not None or e - s > 3:
                continue
            if any(t.text in PLACE_WORDS for t in self.tokens[s:e]) or (
                    self.place_preposition_before(s)):
                continue  # "wrote from Quell Atoll, and Tom Roe and ...": a place
            if not all(can_be_in_name(t) and t.text not in NOT_FIRST
                       for t in self.tokens[s:e]) or ((e - s > 1 or shape_only)
                                                    and self.place_run(s, e)
                                                    and not self.named_like_a_town(s, e,
                                                                                   shape_only)):
                continue
            self.add_person(s, e, GIVEN_NAMES.get(self.tokens[s].text), None)

    def named_like_a_town(self, s: int, e: int, shape_only: bool) -> bool:
        """True for an item of two words in a list of known people, one of them a town's
        name too ("Waisale Roe, Manasa Bari, Tomasi Doe", "Ana Roe, Tom Lagos and Ivo
        Doe"): one more person, unless the two words name a city or open like a place's
        name ("Port Elston")."""
        return (not shape_only and e - s == 2 and self.tokens[s].text not in PLACE_PREFIXES
                and " ".join(t.key for t in self.tokens[s:e]) not in CITIES)

    def player_label_before(self, k: int) -> bool:
        """True when a label of players ("Tries:", "Booked:", "Sent off:") opens the line
        or the sentence right before token k."""
        text = self.text
        s = self.tokens[k].start
        if not starts_at(text, ": ", s - 2):
            return False
        stop = text.rfind(". ", 0, s - 2)
        start = max(text.rfind("\n", 0, s - 2) + 1, stop + 2 if stop >= 0 else 0)
        return text[start:s - 2].strip().lower() in _PLAYER_LABELS

    def line_up(self, items: list[tuple[int, int]]) -> bool:
        """True for a team's line-up: six names or more after a heading and a colon at a
        line's start ("Elston: Marsh; Quell, Yarrow, Doe; Roe, Tam (Ivo 70), Marbeck"),
        parted by semicolons somewhere (the lines of a formation) or with a substitute in
        brackets. Its names are people's even when no one of them is known."""
        if len(items) < 6:
            return False
        tokens, text = self.tokens, self.text
        first = tokens[items[0][0]].start
        if not starts_at(text, ": ", first - 2):
            return False
        line_start = text.rfind("\n", 0, first) + 1
        heading = text[line_start:first - 2]
        if not heading[:1].isupper() or len(heading.split()) > 4 or any(
                c.isdigit() for c in heading):
            return False
        last = tokens[items[-1][1] - 1].end
        body = text[first:last]
        return "\n" not in body and ("; " in body or " (" in body)

    def coordinated_names(self) -> None:
        """A name of two or three words that no table knows, joined by "and" to a person's
        full name, is a person's too: "Ana Roe and Tadese Kiros were arrested", "the couple,
        Tadese Kiros and Ana Roe," (not a body's, a place's or a team's name, nor one that a
        noun follows: "Ana Roe and Elston Marbeck officials")."""
        text, tokens, claims = self.text, self.tokens, self.claims
        n = len(tokens)
        starts: list[int] | None = None
        found: list[tuple[int, int]] = []
        for person in self.people.values():
            if len(person.words) < 2:
                continue
            for s, e in person.mentions:
                after = starts_at(text, " and ", e)
                if not after and not ends_at(text, " and ", s):
                    continue  # (most mentions: no "and" around them)
                if starts is None:
                    starts = [t.start for t in tokens]
                if after:
                    i = bisect_left(starts, e + 5)
                    if i >= n or tokens[i].start != e + 5:
                        continue
                    j = i + 1
                    while j < n and j - i < 4 and tokens[j].cap and claims[j] is None and (
                            joined(text, tokens[j - 1], tokens[j])):
                        j += 1
                    if _NOUN_NEXT.match(text, tokens[j - 1].end) is not None:
                        continue
                else:
                    j = bisect_left(starts, s) - 1  # "and"
                    if j < 1 or tokens[j].text != "and":
                        continue
                    i = j - 1
                    while i > 0 and j - i < 4 and tokens[i - 1].cap and claims[i - 1] is None and (
                            joined(text, tokens[i - 1], tokens[i])):
                        i -= 1
                    if self.place_preposition_before(i):
                        continue
                if 2 <= j - i <= 3 and self.coordinated_name(i, j):
                    found.append((i, j))
        for i, j in found:
            if all(claims[m] is None for m in range(i, j)):
                self.add_person(i, j, GIVEN_NAMES.get(tokens[i].text) or None, None)

    def coordinated_name(self, i: int, j: int) -> bool:
        """coordinated_names' test of the words i..j-1 themselves."""
        tokens = self.tokens
        if (i > 0 and tokens[i - 1].cap and joined(self.text, tokens[i - 1], tokens[i])) or (
                j < len(tokens) and tokens[j].cap and joined(self.text, tokens[j - 1],
                                                             tokens[j])):
            return False  # a longer run than the pair's item
        if tokens[i].text in PLACE_PREFIXES:
            return False  # "Fort Vidal and Lake Roe": places
        for t in tokens[i:j]:
            w = t.text
            if (not t.cap or t.caps_line or not can_be_in_name(t) or w in NOT_FIRST
                    or w in PLACE_WORDS or w in ORG_HEADS or w in COMPANY_SUFFIXES
                    or w in TEAM_PLURALS or w in HONORIFICS or w in CITIES
                    or w.lower() in self.lower_words):
                return False
        return not self.place_run(i, j)

    def shared_surnames(self) -> None:
        """A given name alone before "and" and a person's given name and surname names a
        second person of that surname: "Ana and Tomas Quellberg founded the firm" (Ana
        Quellberg, mentioned as "Ana")."""
        text, tokens, claims = self.text, self.tokens, self.claims
        found: list[tuple[int, str, str | None]] = []
        starts: list[int] | None = None
        for person in self.people.values():
            words = person.words
            if len(words) < 2:
                continue
            for s, _ in person.mentions:
                if not ends_at(text, " and ", s) or text[s:s + len(words[0])] != words[0]:
                    continue  # (most mentions: no "and" before them; the tables after)
                if words[0] not in GIVEN_NAMES or words[-1] in PARTICLES:
                    break
                if starts is None:
                    starts = [t.start for t in tokens]
                k = bisect_left(starts, s) - 2  # the word before "and"
                if k < 0 or tokens[k + 1].text != "and" or claims[k] is not None:
                    continue
                given = tokens[k]
                if (given.text not in GIVEN_NAMES or given.caps_line or given.end + 5 != s
                        or (k > 0 and tokens[k - 1].cap and claims[k - 1] is None
                            and joined(text, tokens[k - 1], given))):
                    continue  # ("Jane Roe and Tom Quell": two full names)
                surname = len(words) - 1
                while surname > 1 and words[surname - 1] in PARTICLES:
                    surname -= 1  # "Ana and Tomas de la Cruz": Ana de la Cruz
                found.append((k, " ".join((given.text, *words[surname:])),
                              GIVEN_NAMES.get(given.text) or None))
        for k, name, sex in found:
            if claims[k] is None:
                self.add_person(k, k + 1, sex, None, display=name)

    def particles_before(self) -> None:
        """A short form that leaves out the particle opening the surname ("Santos Filho"
        read for "Dos Santos Filho" of João Pedro dos Santos Filho) takes it back."""
        text = self.text
        for person in self.people.values():
            words = person.words
            if not any(w in PARTICLES for w in words[1:-1]):
                continue
            mentions = []
            lowered = [w.lower() for w in words]
            for s, e in person.mentions:
                tail = [w.lower() for w in text[s:e].split()]
                # where the mention's words stand in the name: its end ("de la Puente"
                # of Carlos de la Puente) or the first of two surnames ("de la Puente"
                # of Rosa María de la Puente Huamán)
                p = next((q for q in range(len(words) - len(tail), 1, -1)
                          if lowered[q:q + len(tail)] == tail), -1)
                if p < 0:
                    mentions.append((s, e))
                    continue
                # (each particle in turn: "de la Puente" of Carlos de la Puente)
                while p > 1 and words[p - 1] in PARTICLES:
                    w = words[p - 1]
                    before = text[max(0, s - len(w) - 1):s]
                    if not (before.lower() == w + " " and (s - len(w) - 1 == 0 or not text[
                            s - len(w) - 2].isalnum()) and self.claims_free(s - len(w) - 1)):
                        break
                    s -= len(w) + 1
                    p -= 1
                mentions.append((s, e))
            person.mentions = mentions
        self.lone_surnames_with_particles()

    def lone_surnames_with_particles(self) -> None:
        """A surname named alone after its lower-case particle is named with it ("(de
        Groot 80)", "a cross from van Persen"): the particle is the name's, not a word of
        the sentence; the name takes it when its first mention has it."""
        text = self.text
        for person in list(self.people.values()):
            if len(person.words) != 1 or not person.mentions:
                continue
            s = min(person.mentions)[0]
            m = _PARTICLES_BEFORE.search(text, max(0, s - 12), s)
            if m is None or not self.claims_free(m.start(1)):
                continue
            particle = m.group(1)
            name = f"{particle}{person.name}"
            if name in self.people:
                continue
            mentions = []
            for ms, me in person.mentions:
                if starts_at(text, particle, ms - len(particle)):
                    ms -= len(particle)
                mentions.append((ms, me))
            del self.people[person.name]
            person.name = name
            person.words = (*particle.split(), *person.words)
            person.mentions = mentions
            self.people[name] = person

    def claims_free(self, start: int) -> bool:
        """True when no country or organisation mention starts at offset `start`."""
        return all(s != start for c in self.countries for s, _ in c.mentions)
