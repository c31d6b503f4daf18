"""Country mentions and the country panel on geo12's invented items (a held-out proxy,
not a test).

    python tools/score_invented_countries.py [-v] [held|all|PATH.py]

Counts as the shared scorer does: a reported country mention counts only when its
surface is in the table of country names (ISO 3166 names from pycountry when it is
installed, which reader does not need, plus the scorer's short list of common forms),
matched on (surface, ISO code) as a multiset; the panel is the set of ISO codes of the
country entities against the item's `countries`. With no argument the open set
(tools/invented_countries.py) is scored; `held` scores the held-out third
(tools/invented_countries_held.py) as totals only (-v is refused for it: its misses are
never read); `all` both, apart; a path scores any file of the same shape.
"""

from __future__ import annotations

import importlib.util
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import invented_countries
import invented_countries_held

from reader.analysis.entities import find_entities

# The shared scorer's short list of common forms (facts: a name and its ISO code).
_EXTRA = {
    "us": "US", "u.s.": "US", "usa": "US", "u.s.a.": "US", "united states": "US",
    "america": "US", "britain": "GB", "great britain": "GB", "uk": "GB", "u.k.": "GB",
    "england": "GB", "scotland": "GB", "wales": "GB", "russia": "RU", "south korea": "KR",
    "north korea": "KP", "iran": "IR", "syria": "SY", "vietnam": "VN", "taiwan": "TW",
    "bolivia": "BO", "venezuela": "VE", "tanzania": "TZ", "laos": "LA", "moldova": "MD",
    "czech republic": "CZ", "ivory coast": "CI", "holland": "NL", "netherlands": "NL",
    "the netherlands": "NL", "macedonia": "MK", "yugoslavia": "RS", "serbia": "RS",
    "zaire": "CD", "congo": "CG", "burma": "MM", "palestine": "PS", "vatican": "VA",
    "brunei": "BN", "cape verde": "CV", "east timor": "TL", "swaziland": "SZ",
    "turkey": "TR", "dprk": "KP", "prc": "CN", "china": "CN", "korea": "KR",
    "micronesia": "FM", "kosovo": "XK",
}


def country_table() -> dict[str, str]:
    table: dict[str, str] = {}
    try:
        import pycountry
    except ImportError:
        print("note: pycountry not installed; country names limited to a short list",
              file=sys.stderr)
    else:
        for c in pycountry.countries:
            for attr in ("name", "official_name", "common_name"):
                value = getattr(c, attr, None)
                if value:
                    table[value.lower()] = c.alpha_2
    table.update(_EXTRA)
    return table


def _load(arg: str) -> list[invented_countries.CountryItem]:
    spec = importlib.util.spec_from_file_location("_country_set", arg)
    if spec is None or spec.loader is None:
        sys.exit(f"cannot load {arg}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return list(module.ITEMS)


def _prf(tp: int, pred: int, gold: int) -> str:
    p = tp / pred if pred else 1.0
    r = tp / gold if gold else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return f"P {p:.3f}  R {r:.3f}  F1 {f:.3f}  (tp {tp}, pred {pred}, gold {gold})"


def score(items: list[invented_countries.CountryItem], verbose: bool) -> None:
    table = country_table()
    totals = {"mentions": [0, 0, 0], "panel": [0, 0, 0]}
    for n, item in enumerate(items):
        text = item["text"]
        for surface, _code in item["mentions"]:
            if surface not in text or surface.lower() not in table:
                sys.exit(f"item {n}: gold surface {surface!r} not in its text or the table")
        countries = [e for e in find_entities(text) if e.kind == "country"]
        got = Counter((text[s:t].lower(), (e.code or "").upper())
                      for e in countries for s, t in e.mentions
                      if text[s:t].lower() in table)
        gold = Counter((s.lower(), c) for s, c in item["mentions"])
        codes = {(e.code or "").upper() for e in countries}
        gold_codes = set(item["countries"])
        rows = {"mentions": (sum((got & gold).values()), sum(got.values()),
                             sum(gold.values())),
                "panel": (len(codes & gold_codes), len(codes), len(gold_codes))}
        for key, (a, b, c) in rows.items():
            totals[key][0] += a
            totals[key][1] += b
            totals[key][2] += c
        if verbose and (got != gold or codes != gold_codes):
            print(f"[{n}] {text[:60]!r}")
            if got != gold:
                print(f"  mentions -{sorted((gold - got).elements())}"
                      f" +{sorted((got - gold).elements())}")
            if codes != gold_codes:
                print(f"  panel -{sorted(gold_codes - codes)} +{sorted(codes - gold_codes)}")
    for key, (a, b, c) in totals.items():
        print(f"{key:9s} {_prf(a, b, c)}")


def main() -> None:
    verbose = "-v" in sys.argv
    args = [a for a in sys.argv[1:] if a != "-v"]
    if "held" in args or "all" in args:
        if verbose:
            sys.exit("the held-out third is scored as totals only (no -v)")
        if "all" in args:
            print(f"open set ({len(invented_countries.ITEMS)} items)")
            score(invented_countries.ITEMS, False)
        print(f"held-out third ({len(invented_countries_held.ITEMS)} items)")
        score(invented_countries_held.ITEMS, False)
        return
    paths = [a for a in args if a.endswith(".py")]
    items = _load(paths[0]) if paths else invented_countries.ITEMS
    score(items, verbose)


if __name__ == "__main__":
    main()
