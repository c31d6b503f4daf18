"""Precision and recall of the entity finder on the invented wire items of
tools/invented_wire.py (a held-out proxy, not a test).

    python tools/score_invented_wire.py [-v] [b|c|d|f|h|p|q|qh|r|s|sh|t|th|t2|PATH.py]

-v lists each item's misses (-) and extras (+); b, c and d score the second, third and
fourth sets (tools/invented_wire_b.py, _c.py, _d.py), p the pages of the styles where
name finders go wrong (tools/invented_wire_p.py), q the working part of the twelfth
round's set (tools/invented_wire_q.py) and qh its held-out part, whose misses are never
listed (-v is refused on it), r its terse wire of the 1990s kind
(tools/invented_wire_r.py), s and sh the working and held-out parts of the fifteenth
round's set of encyclopedic wire with the name shapes the others cover least
(tools/invented_wire_s.py; -v is refused on sh), t the working part of issue 10's
political news (tools/invented_politics_t.py), th its held-out part (-v refused) and t2
its third part; a path scores any file of the same shape (an ITEMS list of the fields of
tools/invented_wire.py).
"""

from __future__ import annotations

import importlib.util
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import invented_politics_t
import invented_wire
import invented_wire_b
import invented_wire_c
import invented_wire_d
import invented_wire_f
import invented_wire_h
import invented_wire_p
import invented_wire_q
import invented_wire_r
import invented_wire_s

from reader.analysis.entities import find_entities

SETS = {"b": invented_wire_b.ITEMS, "c": invented_wire_c.ITEMS, "d": invented_wire_d.ITEMS,
        "f": invented_wire_f.ITEMS, "h": invented_wire_h.ITEMS, "p": invented_wire_p.ITEMS,
        "q": invented_wire_q.ITEMS, "qh": invented_wire_q.HELD, "r": invented_wire_r.ITEMS,
        "s": invented_wire_s.ITEMS, "sh": invented_wire_s.HELD,
        "t": invented_politics_t.ITEMS, "th": invented_politics_t.HELD,
        "t2": invented_politics_t.MORE}
# Sets whose misses are never listed: their totals are a held-out figure.
HELD_OUT = {"qh", "sh", "th"}


def _items(args: list[str]) -> list[invented_wire.Item]:
    """The set named on the command line (the first one by default)."""
    for arg in args:
        if arg in SETS:
            return SETS[arg]
        if arg.endswith(".py"):
            spec = importlib.util.spec_from_file_location("_wire_set", arg)
            if spec is None or spec.loader is None:
                sys.exit(f"cannot load {arg}")
            module = importlib.util.module_from_spec(spec)
            spec.loader.exec_module(module)
            return list(module.ITEMS)
    return invented_wire.ITEMS


def _name_words(name: str) -> list[str]:
    return [w for w in re.findall(r"\w+(?:'\w+)?", name.casefold()) if len(w) > 1]


def _same_person(a: str, b: str) -> bool:
    """Same last word, and the same first initial when both have more than one word
    (as the shared scorer's panel does)."""
    ta, tb = _name_words(a), _name_words(b)
    if not ta or not tb or ta[-1] != tb[-1]:
        return False
    return len(ta) == 1 or len(tb) == 1 or ta[0][0] == tb[0][0]


def _panel_match(pred: list[str], gold: list[str]) -> int:
    used: set[int] = set()
    hits = 0
    for g in gold:
        for i, name in enumerate(pred):
            if i not in used and _same_person(name, g):
                used.add(i)
                hits += 1
                break
    return hits


def _prf(tp: int, pred: int, gold: int) -> str:
    p = tp / pred if pred else 1.0
    r = tp / gold if gold else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return f"P {p:.3f}  R {r:.3f}  F1 {f:.3f}  (tp {tp}, pred {pred}, gold {gold})"


def main() -> None:
    verbose = "-v" in sys.argv
    if verbose and HELD_OUT & set(sys.argv[1:]):
        sys.exit("held-out set: totals only, no -v")
    items = _items([a for a in sys.argv[1:] if a != "-v"])
    totals = {k: [0, 0, 0] for k in ("mentions", "panel", "countries", "orgs")}
    for n, item in enumerate(items):
        text = item["text"]
        ents = find_entities(text)
        people = [e for e in ents if e.kind == "person"]
        got_m = Counter(text[s:t] for e in people for s, t in e.mentions)
        gold_m = Counter(item["mentions"])
        tp = sum((got_m & gold_m).values())
        rows = [("mentions", tp, sum(got_m.values()), sum(gold_m.values()))]
        names = [e.name for e in people]
        rows.append(("panel", _panel_match(names, item["people"]), len(names),
                     len(item["people"])))
        codes = {e.code for e in ents if e.kind == "country"}
        gold_c = set(item["countries"])
        rows.append(("countries", len(codes & gold_c), len(codes), len(gold_c)))
        orgs = {e.name.casefold() for e in ents if e.kind == "organization"}
        gold_o = {o.casefold() for o in item["organizations"]}
        rows.append(("orgs", len(orgs & gold_o), len(orgs), len(gold_o)))
        for key, a, b, c in rows:
            totals[key][0] += a
            totals[key][1] += b
            totals[key][2] += c
        if verbose:
            out = []
            miss = gold_m - got_m
            extra = got_m - gold_m
            if miss or extra:
                out.append(f"  mentions -{sorted(miss.elements())} +{sorted(extra.elements())}")
            if set(names) != set(item["people"]):
                out.append(f"  panel {names} vs {item['people']}")
            if codes != gold_c:
                extra_c = sorted(c or "" for c in codes - gold_c)
                out.append(f"  countries -{sorted(gold_c - codes)} +{extra_c}")
            if orgs != gold_o:
                out.append(f"  orgs -{sorted(gold_o - orgs)} +{sorted(orgs - gold_o)}")
            if out:
                print(f"[{n}] {text[:60]!r}")
                print("\n".join(out))
    for key, (a, b, c) in totals.items():
        print(f"{key:10s} {_prf(a, b, c)}")


if __name__ == "__main__":
    main()
