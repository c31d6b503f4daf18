"""One entry per person, country and organisation across articles.

The analyser names each entity within one article ("Jane A. Roe", with "Roe" and
"Ms. Roe" as her mentions). Linking gives every entity a library id that is the same in
every article naming the same one:

- a person by given name and surname, without titles, initials or suffixes, accents and
  case folded: "Jane Roe", "Dr. Jane A. Roe" and "JANE ROE" are all `person:jane-roe`,
  while "Bill Clinton" and "Hillary Clinton" stay apart;
- a surname (or given name) alone goes to the one person of the same article named in
  full with it; with none, or with two namesakes, it stays unresolved under its own id
  (`person:roe`, `resolved=False`) rather than being guessed;
- a country by its ISO 3166-1 alpha-2 code (`country:kp`);
- an organisation by its normalised name (no leading "The", case, accents and
  punctuation folded: `organization:state-department`).

Each article is linked on its own: the id depends only on that article, so the library
can link an article when it is indexed and never relink the others. Pure functions; no
I/O.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from reader.analysis.model import Entity
from reader.regex_cache import compiled

TYPE_CHECKING = False  # (reader/records.py says why not typing's)
if TYPE_CHECKING:
    from typing import Final  # (constants read as C statics by mypyc, not from a dict)

    from reader.analysis.model import EntityKind

# Words before or after a name that are not part of it; lower case, without the dot.
_TITLES: Final = frozenset("""
mr mrs ms miss mme madam madame dr prof sir dame lord lady rev fr sen rep gov gen col
maj capt lt sgt adm cmdr president minister secretary senator governor judge justice
mayor chancellor premier king queen prince princess sheikh pope cardinal bishop
""".split())  # noqa: SIM905  (a word list reads best as a block)
_SUFFIXES: Final = frozenset({"jr", "sr", "ii", "iii", "iv", "v", "esq", "phd", "md"})
_WORD: Final = compiled(r"[^\W\d_](?:[\w'\-]*\w)?")
_NON_SLUG: Final = compiled(r"[^a-z0-9]+")


@dataclass(frozen=True, slots=True)
class LinkedEntity:
    """An article's entity with its library id."""

    id: str  # the library id: "person:jane-roe", "country:kp", "organization:un"
    local_id: str  # the id within the article's analysis
    kind: EntityKind
    name: str  # as the article gives it
    mentions: int = 0
    code: str | None = None
    role: str | None = None
    gender: str | None = None
    resolved: bool = True  # False: a surname alone that no full name in the article explains


def fold(text: str) -> str:
    """Lower case without accents, curly apostrophes made straight."""
    text = text.replace("\u2019", "'").replace("\u2018", "'")
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def _slug(words: Iterable[str]) -> str:
    return _NON_SLUG.sub("-", "-".join(words)).strip("-")


@lru_cache(maxsize=8192)
def name_words(name: str) -> tuple[str, ...]:
    """A person's name as folded words without titles, initials, suffixes or "'s"."""
    words = []
    for match in _WORD.finditer(fold(name)):
        word = match.group()
        if word.endswith("'s"):
            word = word[:-2]
        word = word.strip("'-")
        if len(word) < 2 or word in _SUFFIXES:
            continue  # initials ("A.") and "Jr." do not tell people apart here
        words.append(word)
    while len(words) > 1 and words[0] in _TITLES:
        words.pop(0)
    return tuple(words)


def person_key(name: str) -> tuple[str, ...]:
    """(given name, surname) for a full name, (word,) for a name of one word, () for none."""
    words = name_words(name)
    if len(words) >= 2:
        return (words[0], words[-1])
    return words


def person_id(name: str) -> str:
    """The library id of a person named `name` in full: "person:jane-roe"."""
    return "person:" + (_slug(person_key(name)) or "unnamed")


def country_id(code: str) -> str:
    return "country:" + code.lower()


def organization_key(name: str) -> str:
    # "U.S." and "US" are one word; "The United Nations" and "United Nations" one name.
    words = [w for w in _NON_SLUG.split(fold(name).replace(".", "")) if w]
    if len(words) > 1 and words[0] == "the":
        words.pop(0)
    return "-".join(words)


def organization_id(name: str) -> str:
    """The library id of an organisation ("The State Department": organization:state-department)."""
    return "organization:" + (organization_key(name) or "unnamed")


def library_id(entity: Entity) -> str:
    """The library id of one entity on its own (a person's short form is not resolved)."""
    if entity.kind == "country" and entity.code:
        return country_id(entity.code)
    if entity.kind == "organization":
        return organization_id(entity.name)
    if entity.kind == "person":
        return person_id(entity.name)
    return entity.id


def link_article(entities: Sequence[Entity]) -> dict[str, LinkedEntity]:
    """Each entity of one article's analysis, by its local id, with its library id."""
    people = [e for e in entities if e.kind == "person"]
    full = [e for e in people if len(person_key(e.name)) == 2]
    by_surname: dict[str, set[str]] = {}
    by_given: dict[str, set[str]] = {}
    for ent in full:
        given, surname = person_key(ent.name)
        by_surname.setdefault(surname, set()).add(person_id(ent.name))
        by_given.setdefault(given, set()).add(person_id(ent.name))

    linked: dict[str, LinkedEntity] = {}
    for ent in entities:
        resolved = True
        lib_id = library_id(ent)
        if ent.kind == "person" and len(person_key(ent.name)) == 1:
            (word,) = person_key(ent.name)
            candidates = by_surname.get(word) or by_given.get(word) or set()
            if len(candidates) == 1:
                lib_id = next(iter(candidates))
            else:
                resolved = False
        linked[ent.id] = LinkedEntity(
            id=lib_id, local_id=ent.id, kind=ent.kind, name=ent.name,
            mentions=len(ent.mentions), code=ent.code, role=ent.role, gender=ent.gender,
            resolved=resolved)
    return linked


def usual(values: Iterable[str | None]) -> str | None:
    """The most frequent non-empty value (the longest on a tie), or None."""
    counts = Counter(v for v in values if v)
    if not counts:
        return None
    return max(counts.items(), key=lambda item: (item[1], len(item[0]), item[0]))[0]


def display_name(names: Iterable[str]) -> str:
    """The name to show for a library entity: the usual one of its fullest forms."""
    names = list(names)
    if not names:
        return ""
    longest = max(len(name_words(n)) for n in names)
    fullest = [n for n in names if len(name_words(n)) == longest]
    return usual(fullest) or names[0]


def _leading_initial(name: str) -> str | None:
    """The initial a name starts with after its titles ("J. Roe": "j"), or None."""
    for match in _WORD.finditer(fold(name)):
        word = match.group()
        if word in _TITLES:
            continue
        return word if len(word) == 1 else None
    return None


def query_matches_person(query: str, key_words: tuple[str, ...]) -> bool:
    """Whether `person:QUERY` names a person whose key is `key_words` (given, surname).

    One word matches a surname (or a one-word name); a full name matches the same given
    name and surname; an initial ("J. Roe") matches any given name with that letter. A
    full name does not match a surname left unresolved in its article.
    """
    words = name_words(query)
    if not words or not key_words:
        return False
    if len(words) == 1:
        (word,) = words
        if word == key_words[-1]:
            initial = _leading_initial(query)
            return initial is None or len(key_words) == 1 or key_words[0].startswith(initial)
        return len(key_words) == 1 and word == key_words[0]
    if len(key_words) == 1:
        return False
    return words[0] == key_words[0] and words[-1] == key_words[-1]


@lru_cache(maxsize=1)
def _country_codes() -> dict[str, str]:
    from reader.analysis.data.countries import TABLE

    codes: dict[str, str] = {}
    for line in TABLE.splitlines():
        if not line:
            continue
        code, names, demonyms, _capitals = line.split("|")
        for name in [*names.split(";"), *demonyms.split(";")]:
            if name:
                codes.setdefault(organization_key(name), code)
        codes[code.lower()] = code
    return codes


def country_code(name: str) -> str | None:
    """The ISO alpha-2 code of a country given by code, name or demonym, or None."""
    return _country_codes().get(organization_key(name))
