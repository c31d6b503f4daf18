"""Retrieval across articles measured on annotated news: person: and said-by: against gold.

    python tools/eval_retrieval.py PATH/polnear-dev.jsonl [--subprocess] [--limit N]

Each line of the set is one article: `text`, and `gold` with the article's people
(`panel_people`, fullest form) and its quotes (`source` as written, `resolved` for a
pronoun). The script writes every article to a file in a temporary folder (with its own
temporary data and cache folders), then for every person of the gold asks

- `reader search --json 'person:"NAME"' FOLDER`: the articles that mention the person;
- `reader quotes --json 'said-by:"NAME"' FOLDER`: the articles where the person is quoted;

and scores both as micro-averaged precision, recall and F1 over (person, article) pairs,
next to a baseline that greps each article for the person's surname as a whole word.

Gold people across articles: a full name is one person per (surname, first initial), as
the project scorer matches people; a one-word name ("Lund", the fullest form some
article gives) is a person of its own, queried as written. An article holds a full-named
person when its gold lists a full name with that surname and first initial; it holds a
one-word person when its gold lists anyone of that surname (so `person:lund` is every
Lund). An article that names someone by surname only is not counted for a full name
("Lund" alone could be any Lund): the search language leaves such a surname
unresolved, and so does this gold. A quote's person is the article's gold person its
source names (as written, or `resolved` for "he said"; see `quoted_people`); a source
that names nobody ("the mayor") counts for nobody, and one the gold cannot tie to one
of two namesakes is scored for neither.

By default the commands run in this process through `reader.__main__.main` (the same
code path without a process start per query); `--subprocess` runs `reader` itself.
The set stays outside the repository; nothing of it is written anywhere but the
temporary folder.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path

NOT_NAMES = {"the", "of", "and", "for", "in", "on", "at", "to", "mr", "mrs", "ms", "dr",
             "sen", "rep", "gov", "gen", "president", "minister", "secretary", "spokesman",
             "spokeswoman", "his", "her", "jr", "sr"}
Pair = tuple[str, str]  # (person key, article id)


def name_tokens(name: str) -> list[str]:
    return [w for w in re.findall(r"\w+", name.replace("\u2019", "'").lower()) if len(w) > 1]


def same_person(a: str, b: str) -> bool:
    ta, tb = name_tokens(a), name_tokens(b)
    if not ta or not tb or ta[-1] != tb[-1]:
        return False
    if len(ta) == 1 or len(tb) == 1:
        return True
    return ta[0][0] == tb[0][0]


def person_key(name: str) -> str:
    tokens = name_tokens(name)
    if not tokens:
        return ""
    return f"{tokens[-1]}/{tokens[0][0]}" if len(tokens) > 1 else tokens[-1]


def holds(key: str, gold_name: str) -> bool:
    """Whether an article's gold name `gold_name` is the person `key` (see above)."""
    tokens = name_tokens(gold_name)
    if not tokens:
        return False
    if "/" in key:  # a full name: the same surname and initial, named in full
        return len(tokens) > 1 and person_key(gold_name) == key
    return tokens[-1] == key  # one word: anyone of that surname


def prf(pred: set[Pair], gold: set[Pair]) -> dict[str, float]:
    tp = len(pred & gold)
    p = tp / len(pred) if pred else 0.0
    r = tp / len(gold) if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4), "tp": tp,
            "pred": len(pred), "gold": len(gold)}


def quoted_people(source: str, people: list[str]) -> list[str]:
    """The article's gold people the quote's source may name: one, several (namesakes the
    gold cannot tell apart) or none.

    The source is read a comma-separated part at a time; in the first part that names a
    gold person, the last name named decides ("Vark aide Ada Vos": Vos, "Tomas Vark
    (Ind.), the chair": Vark). A possessive names someone else ("Roe's spokesman"); a
    surname two gold people share with no given name next to it ("Mr. Lund" beside Ann
    and Per Lund) may be either.
    """
    for part in source.lower().split(","):
        words = re.findall(r"\w+(?:['\u2019]s\b)?", part)
        found: list[str] = []
        for at, word in enumerate(words):
            if word in NOT_NAMES or re.search(r"['\u2019]s$", word):
                continue
            hits = [p for p in people if name_tokens(p) and name_tokens(p)[-1] == word]
            if len(hits) > 1:
                given = set(words[max(0, at - 3):at])
                hits = [p for p in hits if name_tokens(p)[0] in given] or hits
            if hits:
                found = hits
        if found:
            return found
    return []


class Runner:
    def __init__(self, folder: Path, use_subprocess: bool) -> None:
        self.folder = folder
        self.use_subprocess = use_subprocess

    def lines(self, command: str, query: str) -> list[dict[str, object]]:
        args = [command, "--json", query, str(self.folder)]
        if self.use_subprocess:
            proc = subprocess.run([sys.executable, "-m", "reader", *args],
                                  capture_output=True, text=True, check=False)
            out = proc.stdout
        else:
            from reader.__main__ import main

            buffer, errors = io.StringIO(), io.StringIO()
            with contextlib.redirect_stdout(buffer), contextlib.redirect_stderr(errors):
                main(args)
            out = buffer.getvalue()
        return [json.loads(line) for line in out.splitlines() if line.strip()]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("set", type=Path, help="a JSON-lines set such as polnear-dev.jsonl")
    parser.add_argument("--subprocess", action="store_true",
                        help="run the reader command as a process for every query")
    parser.add_argument("--limit", type=int, default=0, help="only the first N articles")
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    opts = parser.parse_args()

    docs = [json.loads(line) for line in opts.set.read_text(encoding="utf-8").splitlines()
            if line.strip()]
    if opts.limit:
        docs = docs[:opts.limit]

    with tempfile.TemporaryDirectory(prefix="reader-eval-") as tmp:
        root = Path(tmp)
        folder = root / "articles"
        folder.mkdir()
        os.environ["READER_DATA_DIR"] = str(root / "data")
        os.environ["READER_CACHE_DIR"] = str(root / "cache")
        by_path: dict[str, str] = {}
        texts: dict[str, str] = {}
        for n, doc in enumerate(docs):
            doc_id = f"{n:03d}"
            path = folder / f"{doc_id}.txt"
            path.write_text(doc["text"], encoding="utf-8")
            by_path[str(path)] = doc_id
            texts[doc_id] = doc["text"]

        # Gold pairs, and the name to query for each person.
        forms: dict[str, Counter[str]] = defaultdict(Counter)
        people_of: dict[str, list[str]] = {}
        for n, doc in enumerate(docs):
            names = list(doc["gold"].get("panel_people", []))
            people_of[f"{n:03d}"] = names
            for name in names:
                if person_key(name):
                    forms[person_key(name)][name] += 1
        query_names = {key: max(c.items(), key=lambda kv: (kv[1], len(kv[0])))[0]
                       for key, c in forms.items()}
        gold_mention: set[Pair] = set()
        gold_quoted: set[Pair] = set()
        undecided: set[Pair] = set()
        for key in query_names:
            for doc_id, names in people_of.items():
                if any(holds(key, g) for g in names):
                    gold_mention.add((key, doc_id))
        for n, doc in enumerate(docs):
            doc_id = f"{n:03d}"
            for quote in doc["gold"].get("quotes", []):
                source = quote.get("resolved") or quote.get("source") or ""
                who = quoted_people(source, people_of[doc_id])
                keys = {k for k in query_names for w in who if holds(k, w)}
                if len(who) == 1:
                    gold_quoted |= {(k, doc_id) for k in keys}
                else:  # the gold cannot tell which namesake: scored for none of them
                    undecided |= {(k, doc_id) for k in keys}

        runner = Runner(folder, opts.subprocess)
        started = time.perf_counter()
        runner.lines("search", "person:__warm_up_the_index__")
        index_seconds = time.perf_counter() - started
        pred_mention: set[Pair] = set()
        pred_quoted: set[Pair] = set()
        started = time.perf_counter()
        for key, qname in sorted(query_names.items()):
            quoted = qname.replace('"', "")
            for hit in runner.lines("search", f'person:"{quoted}"'):
                pred_mention.add((key, by_path[str(hit["path"])]))
            for hit in runner.lines("quotes", f'said-by:"{quoted}"'):
                pred_quoted.add((key, by_path[str(hit["path"])]))
        query_seconds = time.perf_counter() - started
        pred_quoted -= undecided - gold_quoted

        grep: set[Pair] = set()
        for key, qname in query_names.items():
            surname = qname.split()[-1] if qname.split() else qname
            pattern = re.compile(rf"\b{re.escape(surname)}\b")
            for doc_id, text in texts.items():
                if pattern.search(text):
                    grep.add((key, doc_id))

    report = {
        "articles": len(docs), "people": len(query_names),
        "person": prf(pred_mention, gold_mention),
        "person_grep": prf(grep, gold_mention),
        "said_by": prf(pred_quoted, gold_quoted),
        "said_by_grep": prf(grep - (undecided - gold_quoted), gold_quoted),
        "index_seconds": round(index_seconds, 2),
        "queries": 2 * len(query_names), "query_seconds": round(query_seconds, 2),
    }
    if opts.json:
        print(json.dumps(report, indent=2))
        return 0
    print(f"{report['articles']} articles, {report['people']} people, "
          f"{report['queries']} queries in {report['query_seconds']} s "
          f"(first index {report['index_seconds']} s)")
    print(f"{'':28} {'P':>6} {'R':>6} {'F1':>6}   pairs (tp/pred/gold)")
    for label, key in (("person:  reader search", "person"),
                       ("person:  grep surname", "person_grep"),
                       ("said-by: reader quotes", "said_by"),
                       ("said-by: grep surname", "said_by_grep")):
        r = report[key]
        assert isinstance(r, dict)
        print(f"{label:28} {r['precision']:6.3f} {r['recall']:6.3f} {r['f1']:6.3f}   "
              f"{r['tp']}/{r['pred']}/{r['gold']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
