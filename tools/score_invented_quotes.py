"""Quotes and their attribution on an invented quote set (a held-out proxy, not a test).

    python tools/score_invented_quotes.py [-v] [e | g | i | attr10 | attr12 | attr12h | t | th
                                                | spk16 | spk17 | PATH.py ...]

`e` (the default) scores tools/invented_quotes_e.py; a path scores any file of the same
shape (an ITEMS list as in that file). `t` and `th` score the working and the held-out
part (ITEMS and HELD) of tools/invented_politics_t.py, `t2` its third (MORE); -v is
refused on the held-out part.
-v lists, per item, the gold quotes missed (-),
the quotes reported that are not gold (+), and each quote attributed wrong.

The figures mirror the shared scorer's definitions (../shared/eval/score.py):
  quotes             one-to-one by word overlap (F >= 0.5), P/R/F1
  speakers           matched quotes whose gold source is not a pronoun and resolves to
                     someone: the speaker entity's name shares a name word with the gold
                     speaker's
  he-said            the same for pronoun sources ("he said")
  attribution        matched quotes (all have a gold source): the reported source span
                     overlaps the gold source words, or the speaker entity is right
  attributed_quotes  end to end: P = attributed right / quotes reported with a speaker or
                     a source; R = attributed right / gold quotes
and add three of their own: `no speaker` (gold names nobody: the share given no speaker
entity, or one the text does not name wrongly), `not quotes` (titles and scare quotes
reported as quotes), and attribution by class of difficulty.
"""

from __future__ import annotations

import collections
import importlib.util
import re
import sys
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from reader.analysis import Analysis, analyze  # noqa: E402

WORD = re.compile(r"\w+", re.UNICODE)
PRONOUNS = {"he", "she", "they", "i", "we", "it"}
# The shared scorer's list of words that do not make two names the same person.
NOT_NAMES = {"the", "of", "and", "for", "in", "on", "at", "to", "mr", "mrs", "ms", "dr", "sen",
             "rep", "gov", "gen", "president", "minister", "secretary", "spokesman",
             "spokeswoman", "his", "her"}
SETS = {"e": HERE / "invented_quotes_e.py", "g": HERE / "invented_quotes_g.py",
        "i": HERE / "invented_quotes_i.py", "attr10": HERE / "invented_quotes_attr10.py",
        "attr12": HERE / "invented_quotes_attr12.py",
        "attr12h": HERE / "invented_quotes_attr12_held.py",
        "spk16": HERE / "invented_quotes_spk16.py",
        "spk17": HERE / "invented_quotes_spk17.py",
        "t": HERE / "invented_politics_t.py", "th": HERE / "invented_politics_t.py",
        "t2": HERE / "invented_politics_t.py"}
# Sets read from a list other than ITEMS; and those whose misses are never listed.
PARTS = {"th": "HELD", "t2": "MORE"}
HELD_OUT = {"th"}


def words(s: str) -> list[str]:
    return [w.lower() for w in WORD.findall(s)]


def overlap_f(a: str, b: str) -> float:
    wa, wb = words(a), words(b)
    if not wa or not wb:
        return 0.0
    common = sum((collections.Counter(wa) & collections.Counter(wb)).values())
    if not common:
        return 0.0
    p, r = common / len(wa), common / len(wb)
    return 2 * p * r / (p + r)


def speaker_ok(name: str | None, gold: str) -> bool:
    if not name:
        return False
    names = {w for w in words(name) if len(w) > 1} - NOT_NAMES
    return bool(names & set(words(gold)))


def load_items(path: Path, part: str = "ITEMS") -> list[dict[str, Any]]:
    spec = importlib.util.spec_from_file_location(f"_quote_set_{path.stem}", path)
    if spec is None or spec.loader is None:
        sys.exit(f"cannot load {path}")
    module: ModuleType = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return list(getattr(module, part))


def locate(item: dict[str, Any]) -> list[dict[str, Any]]:
    """Each gold quote with its [start, end) in the text and its source's span.

    Raises ValueError when a gold string is not in the text (an annotation mistake)."""
    text: str = item["text"]
    out = []
    cursor = 0
    for gq in item["quotes"]:
        start = text.find(gq["text"], cursor)
        if start < 0:
            raise ValueError(f"quote not in text: {gq['text']!r}")
        end = start + len(gq["text"])
        cursor = end
        pattern = re.compile(r"(?<!\w)" + re.escape(gq["source"]) + r"(?!\w)")
        spans = [(m.start(), m.end()) for m in pattern.finditer(text)
                 if m.end() <= start or m.start() >= end]
        after = gq.get("source_after")
        if after is not None:
            at = text.find(after)
            if at < 0:
                raise ValueError(f"source_after not in text: {after!r}")
            spans = [s for s in spans if s[0] >= at + len(after)][:1]
        if not spans:
            raise ValueError(f"source not in text outside its quote: {gq['source']!r}")
        src = min(spans, key=lambda s: min(abs(s[0] - end), abs(start - s[1])))
        out.append({**gq, "start": start, "end": end, "source_span": src,
                    "pronoun": gq["source"].casefold() in PRONOUNS})
    for nq in item.get("not_quotes", []):
        if nq not in text:
            raise ValueError(f"not-quote not in text: {nq!r}")
    return out


def _prf(tp: int, pred: int, gold: int) -> str:
    p = tp / pred if pred else 0.0
    r = tp / gold if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return f"P {p:.3f}  R {r:.3f}  F1 {f:.3f}  (tp {tp}, pred {pred}, gold {gold})"


def _share(ok: int, n: int) -> str:
    return f"{ok / n if n else 0.0:.3f} ({ok}/{n})"


def _label(analysis: Analysis, quote: Any) -> str:
    ent = analysis.entity(quote.speaker) if quote.speaker else None
    src = analysis.text[quote.source[0]:quote.source[1]] if quote.source else None
    return f"speaker={ent.name if ent else None!r} source={src!r}"


def score(items: Sequence[dict[str, Any]], verbose: bool = False) -> dict[str, Any]:
    c: collections.Counter[str] = collections.Counter()
    by_cls: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0, 0])
    for n, item in enumerate(items):
        text = item["text"]
        golds = locate(item)
        analysis = analyze(text)
        preds = analysis.quotes
        c["pred"] += len(preds)
        c["gold"] += len(golds)
        c["reported"] += sum(1 for q in preds if q.speaker or q.source)
        used: set[int] = set()
        lines: list[str] = []
        for gq in golds:
            best, best_f = None, 0.5
            for i, pq in enumerate(preds):
                if i in used:
                    continue
                f = overlap_f(pq.text, gq["text"])
                if f >= best_f:
                    best, best_f = i, f
            for cls in gq["cls"]:
                by_cls[cls][2] += 1
            if best is None:
                lines.append(f"  - {gq['text'][:60]!r} ({gq['source']})")
                continue
            used.add(best)
            c["tp"] += 1
            pq = preds[best]
            ent = analysis.entity(pq.speaker) if pq.speaker else None
            person_ok = False
            if gq["speaker"] is not None:
                person_ok = speaker_ok(ent.name if ent else None, gq["speaker"])
                key = "pron" if gq["pronoun"] else "named"
                c[f"{key}_n"] += 1
                c[f"{key}_ok"] += person_ok
            else:
                c["none_n"] += 1
                c["none_ok"] += ent is None
            gs, ge = gq["source_span"]
            span_ok = pq.source is not None and pq.source[0] < ge and gs < pq.source[1]
            ok = person_ok or span_ok
            c["attr_ok"] += ok
            for cls in gq["cls"]:
                by_cls[cls][0] += 1
                by_cls[cls][1] += ok
            if not ok or (gq["speaker"] is not None and not person_ok) or (
                    gq["speaker"] is None and ent is not None):
                lines.append(f"  ~ {gq['text'][:40]!r}: gold source={gq['source']!r}"
                             f" speaker={gq['speaker']!r}; got {_label(analysis, pq)}")
        for i, pq in enumerate(preds):
            if i in used:
                continue
            if any(overlap_f(pq.text, nq) >= 0.5 for nq in item.get("not_quotes", [])):
                c["not_quotes"] += 1
            lines.append(f"  + {pq.text[:60]!r} ({_label(analysis, pq)})")
        if verbose and lines:
            print(f"[{n}] {text[:60]!r}")
            print("\n".join(lines))
    c["not_quotes_gold"] = sum(len(it.get("not_quotes", [])) for it in items)
    return {"counts": c, "by_cls": dict(by_cls)}


def report(result: dict[str, Any]) -> str:
    c = result["counts"]
    out = [
        f"quotes            {_prf(c['tp'], c['pred'], c['gold'])}",
        f"attributed_quotes {_prf(c['attr_ok'], c['reported'], c['gold'])}",
        f"attribution       {_share(c['attr_ok'], c['tp'])} of matched quotes",
        f"speakers          {_share(c['named_ok'], c['named_n'])} named or described",
        f"he-said           {_share(c['pron_ok'], c['pron_n'])} pronoun sources",
        f"resolved          {_share(c['named_ok'] + c['pron_ok'], c['named_n'] + c['pron_n'])}"
        " gold names someone: the speaker entity is right",
        f"no speaker        {_share(c['none_ok'], c['none_n'])} gold names nobody: none given",
        f"not quotes        {c['not_quotes']} of {c['not_quotes_gold']} titles and scare"
        " quotes reported as quotes",
        "by class          matched/gold, attribution right of matched:",
    ]
    for cls, (matched, ok, gold) in sorted(result["by_cls"].items()):
        out.append(f"  {cls:13s} {matched:3d}/{gold:<3d} attributed {_share(ok, matched)}")
    return "\n".join(out)


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    verbose = "-v" in args
    names = [a for a in args if a != "-v"] or ["e"]
    if verbose and HELD_OUT & set(names):
        print("held-out set: totals only, no -v", file=sys.stderr)
        return 2
    for name in names:
        path = SETS.get(name, Path(name))
        if not path.is_file():
            print(f"no such set: {name}", file=sys.stderr)
            return 2
        items = load_items(path, PARTS.get(name, "ITEMS"))
        print(f"== {path.name}: {len(items)} items")
        print(report(score(items, verbose)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
