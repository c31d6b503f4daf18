"""An invented article naming 32 people, three countries and two organisations, for the
side panel's tests and snapshots, and an analyser double that knows exactly who is who."""

from __future__ import annotations

import os
import re
from pathlib import Path

from reader.analysis import Analysis, Entity, Quote
from reader.app import ReaderApp, make_app

PINNED_MTIME = 1_700_000_000  # 2023-11-14: the file date shown when the text has none

GIVEN = ("Arla", "Benedek", "Corin", "Dalia", "Emeric", "Fenna", "Gaspard", "Hilde")
FAMILY = ("Quarrow", "Ostrand", "Velloc", "Umbrin")
PEOPLE = tuple(f"{given} {family}" for family in FAMILY for given in GIVEN)  # 32
# One role long enough to need a second line even in a wide panel.
LONG_ROLE = "Deputy Assistant Commissioner for Inland Waterways and Ferry Crossings"
COUNTRIES = {"Norland": "NL", "Estmark": "EM", "Varosia": "VR"}
ORGANISATIONS = ("Ferry Guild", "River Board")


def crowd_text() -> str:
    lines = ["Ferry strike talks draw a crowd", ""]
    for index, name in enumerate(PEOPLE):
        country = list(COUNTRIES)[index % len(COUNTRIES)]
        lines.append(f'{name} came from {country}. "We keep the boats moving," '
                     f"{name} said.")
        lines.append("")
    lines.append("The Ferry Guild and the River Board met on the quay.")
    return "\n".join(lines) + "\n"


class CrowdAnalyzer:
    """Every name above is an entity; every quote is said by the person it follows."""

    def __call__(self, text: str) -> Analysis:
        entities: list[Entity] = []
        quotes: list[Quote] = []
        for index, name in enumerate(PEOPLE):
            mentions = [(m.start(), m.end()) for m in re.finditer(re.escape(name), text)]
            if not mentions:
                continue
            person_id = f"person:{name.lower().replace(' ', '-')}"
            role = LONG_ROLE if index == 0 else ("Ferry captain" if index % 2 else None)
            entities.append(Entity(id=person_id, kind="person", name=name,
                                   mentions=mentions, role=role))
            said = text.find('"', mentions[0][1])
            end = text.find('"', said + 1) + 1
            quotes.append(Quote(said, end, text[said:end], speaker=person_id, cue="said"))
        for name, code in COUNTRIES.items():
            mentions = [(m.start(), m.end()) for m in re.finditer(re.escape(name), text)]
            entities.append(Entity(id=f"country:{code.lower()}", kind="country", name=name,
                                   mentions=mentions, code=code))
        for name in ORGANISATIONS:
            mentions = [(m.start(), m.end()) for m in re.finditer(re.escape(name), text)]
            entities.append(Entity(id=f"organization:{name.lower().replace(' ', '-')}",
                                   kind="organization", name=name, mentions=mentions))
        return Analysis(text=text, entities=entities, quotes=sorted(quotes,
                                                                    key=lambda q: q.start))


def crowd_app(folder: Path, data_dir: Path) -> ReaderApp:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "ferry-strike.txt"
    path.write_text(crowd_text(), encoding="utf-8")
    os.utime(path, (PINNED_MTIME, PINNED_MTIME))
    app = make_app([folder], data_dir)
    app.analyzer = CrowdAnalyzer()
    return app
