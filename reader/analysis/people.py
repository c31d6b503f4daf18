"""People: full names with their role, and every later short form of them.

A run of capitalised words is a person's name when something says so: a title or rank
before it ("Maj. Gen.", "Mr.", "President"), a role word ("spokesperson", "striker"), a
known given name first ("Patrick Ryder"), an East Asian family name first ("Xi Jinping"),
or a reporting verb after it ("Hoddle said"). Later, a lone surname or first name of a
person already found is a mention of that person ("Ryder", "Mr. Miller", "Alan"), also
in ALL-CAPS headlines ("SHEARER").
"""

from __future__ import annotations

from dataclasses import dataclass, field

from reader.analysis.data.words import (
    HONORIFICS,
    NOT_NAME,
    OFFICE_WORDS,
    ORG_HEADS,
    ROLE_NOUNS,
)
from reader.analysis.model import Entity
from reader.analysis.names import EAST_ASIAN_FAMILY, GIVEN_NAMES
from reader.analysis.slugs import entity_id
from reader.analysis.tokens import Token, joined

# Lower-case particles inside names: "Ludwig van Beethoven", "Osama bin Laden".
PARTICLES = frozenset({
    "de", "da", "das", "do", "dos", "du", "del", "della", "di", "van", "von", "der", "den",
    "ter", "la", "le", "bin", "ibn", "al", "el", "y", "zu", "St.",
})

# Verbs right after a name that make it a person's name.
SPEECH_VERBS = frozenset({
    "said", "says", "told", "added", "asked", "wrote", "writes", "explained", "noted",
    "stated", "replied", "warned", "insisted", "argued", "tweeted", "declared", "admitted",
    "announced", "recalled", "acknowledged", "agreed", "complained", "continued", "claimed",
})

# Words before a name that make it a person (lower-case; role nouns are added).
_ROLE_BEFORE = ROLE_NOUNS | {"by", "former", "late", "veteran"}
_ROLE_PREFIX = frozenset({
    "former", "deputy", "acting", "vice", "chief", "senior", "top", "assistant", "press",
    "national", "security", "general", "foreign", "defense", "defence", "prime", "then",
    "interim", "outgoing", "incoming", "new", "s", "'s", "the",
})

_SENTENCE_END = frozenset(".!?:;\n\"“”'‘’—–-(")


@dataclass(slots=True)
class _Person:
    name: str
    words: tuple[str, ...]
    mentions: list[tuple[int, int]] = field(default_factory=list)
    role: str | None = None
    gender: str | None = None
    first_at: int = 0


def _starts_sentence(text: str, tok: Token) -> bool:
    """True when nothing but punctuation and spaces comes between a sentence end and tok."""
    k = tok.start - 1
    while k >= 0 and text[k] in " \t\"“‘'(":
        k -= 1
    return k < 0 or text[k] in _SENTENCE_END


def _name_word(tok: Token) -> bool:
    """A token that can be part of a person's name in running text."""
    t = tok.text
    if not tok.cap or tok.caps_line:
        return False
    if t in NOT_NAME or t in ORG_HEADS:
        return False
    if len(t) > 1 and t.isupper() and "." not in t:
        return False  # NATO, FBI
    return not t.endswith(".") or len(t) == 2  # an initial "J." is, "Gen." is not


class _Finder:
    def __init__(self, text: str, tokens: list[Token], claims: list[str | None],
                 organizations: list[Entity]) -> None:
        self.text = text
        self.tokens = tokens
        self.claims = claims
        self.organizations = organizations
        self.people: dict[str, _Person] = {}
        self.lower_words = {t.text for t in tokens if not t.cap}
        self.singles: list[tuple[int, str | None]] = []  # (token index, honorific sex)

    # -- pass 2: runs of capitalised words --------------------------------------------
    def runs(self) -> None:
        tokens, claims, text = self.tokens, self.claims, self.text
        n = len(tokens)
        i = 0
        while i < n:
            tok = tokens[i]
            if claims[i] is not None or not tok.cap or tok.caps_line:
                i += 1
                continue
            j = i + 1
            while j < n and claims[j] is None and joined(text, tokens[j - 1], tokens[j]):
                nxt = tokens[j]
                name_like = nxt.cap and not nxt.caps_line
                particle = (nxt.text in PARTICLES and j + 1 < n and tokens[j + 1].cap
                            and joined(text, nxt, tokens[j + 1]))
                if not (name_like or particle):
                    break
                j += 1
            self.classify(i, j)
            i = j

    def classify(self, i: int, j: int) -> None:
        """Decide what the run of capitalised tokens i..j-1 names."""
        tokens = self.tokens
        # Leading titles and offices: "Maj. Gen.", "Foreign Minister", "Mr."
        # (the name starts after the last title word that is not the run's last word).
        k = i
        sex: str | None = None
        titled = False
        for m in range(i, j - 1):
            if tokens[m].text in HONORIFICS:
                sex = HONORIFICS[tokens[m].text] or sex
                titled = True
                k = m + 1
        if k == j - 1 and tokens[k].text in HONORIFICS and j - i == 1:
            return  # a title alone
        # Organisations: a run ending in "Department", "Council", "Party"...
        for m in range(k, j):
            if tokens[m].text in ORG_HEADS:
                self.organization(i if not titled else k, j)
                return
        # Cut the name at the first word that cannot be part of one.
        start = k
        while start < j and not _name_word(tokens[start]):
            start += 1
        end = start
        while end < j and (_name_word(tokens[end]) or tokens[end].text in PARTICLES):
            end += 1
        while end > start and tokens[end - 1].text in PARTICLES:
            end -= 1
        if end <= start:
            return
        if start > k:
            titled = False  # the title was not next to the name
        words = [t.text for t in tokens[start:end]]
        cue = titled or self.role_before(start) or self.speech_after(end)
        first = words[0]
        size = end - start
        if size == 1:
            if titled or self.role_before(start):
                self.singles.append((start, sex))
            elif self.speech_after(end) and self.plausible_single(start):
                self.singles.append((start, None))
            return
        if size > 4:
            return
        given = GIVEN_NAMES.get(first)
        east_asian = first in EAST_ASIAN_FAMILY and size <= 3
        if not (cue or given or east_asian or self.country_after(end)):
            return
        if sex is None and given is not None:
            sex = given
        self.add_person(start, end, sex, self.role_text(i, start, titled))

    def plausible_single(self, k: int) -> bool:
        tok = self.tokens[k]
        if tok.text.lower() in self.lower_words:
            return False
        return not tok.text.isupper()

    def role_before(self, k: int) -> bool:
        """True when a role word ("spokesperson", "striker") comes right before token k."""
        if k == 0:
            return False
        prev = self.tokens[k - 1]
        if not joined(self.text, prev, self.tokens[k]):
            return False
        return prev.text in _ROLE_BEFORE or (prev.text in OFFICE_WORDS and prev.cap)

    def speech_after(self, end: int) -> bool:
        if end >= len(self.tokens):
            return False
        nxt = self.tokens[end]
        between = self.text[self.tokens[end - 1].end:nxt.start]
        return nxt.text in SPEECH_VERBS and between in (" ", ", ")

    def country_after(self, end: int) -> bool:
        """True for "Pete Sampras (U.S.)": a name followed by its country in brackets."""
        if end >= len(self.tokens):
            return False
        between = self.text[self.tokens[end - 1].end:self.tokens[end].start]
        return between.strip() == "(" and self.claims[end] == "country"

    def role_text(self, run_start: int, name_start: int, titled: bool) -> str | None:
        """The words before the name that say what the person is."""
        tokens, text = self.tokens, self.text
        k = name_start
        first = name_start
        while k > 0:
            prev = tokens[k - 1]
            if "\n" in text[prev.end:tokens[k].start] or "," in text[prev.end:tokens[k].start]:
                break
            if not (prev.text in HONORIFICS or prev.text in ROLE_NOUNS
                    or prev.text in _ROLE_PREFIX
                    or self.claims[k - 1] in ("country", "organization")
                    or (k - 1 >= run_start and prev.cap)):
                break
            k -= 1
            first = k
        while first < name_start and tokens[first].text in ("s", "the", "'s", "The"):
            first += 1
        if first >= name_start:
            return None
        role = text[tokens[first].start:tokens[name_start - 1].end]
        return role or None

    def organization(self, i: int, j: int) -> None:
        tokens, text = self.tokens, self.text
        # "Bank of England", "Ministry of Defence": take the "of X" that follows.
        while (j + 1 < len(tokens) and tokens[j].text == "of" and tokens[j + 1].cap
               and joined(text, tokens[j - 1], tokens[j])
               and joined(text, tokens[j], tokens[j + 1])):
            j += 2
            while j < len(tokens) and tokens[j].cap and joined(text, tokens[j - 1], tokens[j]):
                j += 1
        start = tokens[i].start
        # "U.N. Security Council": a known body right before belongs to the name.
        if i > 0 and self.claims[i - 1] == "organization" and joined(text, tokens[i - 1],
                                                                      tokens[i]):
            prev = tokens[i - 1]
            for org in self.organizations:
                if (prev.start, prev.end) in org.mentions:
                    org.mentions.remove((prev.start, prev.end))
            start = prev.start
        name = " ".join(text[start:tokens[j - 1].end].split())
        for m in range(i, j):
            if self.claims[m] is None:
                self.claims[m] = "organization"
        for org in self.organizations:
            if org.name == name:
                org.mentions.append((start, tokens[j - 1].end))
                return
        self.organizations.append(Entity(id=entity_id("organization", name),
                                         kind="organization", name=name,
                                         mentions=[(start, tokens[j - 1].end)]))

    def add_person(self, start: int, end: int, sex: str | None, role: str | None) -> None:
        tokens = self.tokens
        words = tuple(t.text for t in tokens[start:end])
        name = self.text[tokens[start].start:tokens[end - 1].end]
        name = " ".join(name.split())
        person = self.people.get(name)
        if person is None:
            person = _Person(name=name, words=words, first_at=tokens[start].start)
            self.people[name] = person
        person.mentions.append((tokens[start].start, tokens[end - 1].end))
        if role and not person.role:
            person.role = role
        if sex and not person.gender:
            person.gender = sex
        for m in range(start, end):
            self.claims[m] = "person"

    # -- pass 3: short forms --------------------------------------------------------
    def short_forms(self) -> None:
        by_last: dict[str, list[_Person]] = {}
        by_first: dict[str, list[_Person]] = {}
        for person in list(self.people.values()):
            by_last.setdefault(person.words[-1], []).append(person)
            if len(person.words) > 1 and person.words[0] in EAST_ASIAN_FAMILY:
                by_last.setdefault(person.words[0], []).append(person)  # "Choe" of Choe Son-hui
            if len(person.words) > 1 and person.words[0] in GIVEN_NAMES:
                by_first.setdefault(person.words[0], []).append(person)
        # Titled or reported single names: a known person's surname, or a new person.
        for k, sex in self.singles:
            tok = self.tokens[k]
            found = by_last.get(tok.text)
            if found:
                self.mention(self.closest(found, tok.start), tok, sex)
            else:
                person = _Person(name=tok.text, words=(tok.text,), first_at=tok.start)
                self.people[tok.text] = person
                by_last.setdefault(tok.text, []).append(person)
                self.mention(person, tok, sex)
        # Every other capitalised token that is a known surname or first name.
        for k, tok in enumerate(self.tokens):
            if self.claims[k] is not None or not tok.cap:
                continue
            key = tok.key
            found = by_last.get(key)
            if found is None:
                found = by_first.get(key)
                if found is None or len(found) > 1 or key in by_last:
                    continue
            if not tok.caps_line and tok.text.isupper() and len(tok.text) > 1:
                continue
            if (_starts_sentence(self.text, tok) and key.lower() in self.lower_words):
                continue
            self.mention(self.closest(found, tok.start), tok, None)

    def closest(self, found: list[_Person], at: int) -> _Person:
        """Of several people sharing a name, the one named last before `at`."""
        best = found[0]
        for person in found[1:]:
            if person.first_at <= at and person.first_at >= best.first_at:
                best = person
        return best

    def mention(self, person: _Person, tok: Token, sex: str | None) -> None:
        person.mentions.append((tok.start, tok.end))
        if sex and not person.gender:
            person.gender = sex

    def entities(self) -> list[Entity]:
        out = []
        for person in self.people.values():
            out.append(Entity(id=entity_id("person", person.name), kind="person",
                              name=person.name, mentions=sorted(set(person.mentions)),
                              role=person.role, gender=person.gender))
        return out


def find_people(text: str, tokens: list[Token], claims: list[str | None],
                organizations: list[Entity]) -> list[Entity]:
    """Every person named in the text; organisations found on the way join `organizations`."""
    finder = _Finder(text, tokens, claims, organizations)
    finder.runs()
    finder.short_forms()
    return finder.entities()
