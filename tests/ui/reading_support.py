"""An invented article for the reading-pane tests and snapshots, and an analyser double
that knows exactly who says each of its quotes."""

from __future__ import annotations

import os
import re
from pathlib import Path

from rich.color import Color

from reader.analysis import Analysis, Entity, Quote
from reader.app import ReaderApp, make_app

PINNED_MTIME = 1_700_000_000  # 2023-11-14: the file date shown when the text has none

# Blank-line paragraphs, a partial quote inside a sentence, a quote whose source is only
# described ("a harbour official"), and one nobody says.
HARBOUR_ARTICLE = (
    "Harbour talks end with a promise\n"
    "\n"
    "Mayor Ines Okafor said the new pier was \"a matter of months\" away and promised "
    "that the fishing fleet would \"not lose a single berth\" while it is built.\n"
    "\n"
    "\"We have waited long enough for this,\" Okafor told the council on Tuesday. "
    "\"The boats need room, and the town needs the boats.\"\n"
    "\n"
    "A harbour official on the quay grumbled that the crane work ran \"already late\".\n"
    "\n"
    "\"Nothing ever changes here.\"\n"
    "\n"
    "Captain Tomas Berg of the Blue Heron said the crews would wait and see. "
    "\"Promises float, boats sink,\" Berg said.\n"
)

_QUOTE = re.compile(r'"[^"\n]+"')
PEOPLE = (("Ines Okafor", "Mayor", ("Ines Okafor", "Okafor")),
          ("Tomas Berg", "Captain", ("Tomas Berg", "Berg")))


class HarbourAnalyzer:
    """Quotes are the straight-quoted runs; their speakers are given, not guessed."""

    def __call__(self, text: str) -> Analysis:
        entities: list[Entity] = []
        for name, role, forms in PEOPLE:
            mentions: list[tuple[int, int]] = []
            for form in forms:
                mentions += [(m.start(), m.end())
                             for m in re.finditer(rf"\b{re.escape(form)}\b", text)]
            # A short form inside the full name is not a mention of its own.
            mentions = sorted(m for m in set(mentions)
                              if not any(o != m and o[0] <= m[0] and m[1] <= o[1]
                                         for o in mentions))
            if mentions:
                entities.append(Entity(id=f"person:{name.lower().replace(' ', '-')}",
                                       kind="person", name=name, mentions=mentions,
                                       role=role))
        entities += [Entity(id="organization:blue-heron", kind="organization",
                            name="Blue Heron",
                            mentions=[(m.start(), m.end())
                                      for m in re.finditer("Blue Heron", text)])]
        quotes: list[Quote] = []
        for match in _QUOTE.finditer(text):
            paragraph_start = text.rfind("\n", 0, match.start()) + 1
            paragraph = text[paragraph_start: text.find("\n", match.end())]
            speaker, source, cue = None, None, None
            if "Okafor" in paragraph:
                speaker, cue = "person:ines-okafor", "said"
            elif "Berg" in paragraph:
                speaker, cue = "person:tomas-berg", "said"
            elif "harbour official" in paragraph:
                at = text.index("A harbour official", paragraph_start)
                source, cue = (at, at + len("A harbour official")), "said"
            if speaker is not None:
                source = next((m for e in entities if e.id == speaker for m in e.mentions
                               if paragraph_start <= m[0]), None)
            quotes.append(Quote(match.start(), match.end(), match.group(0),
                                speaker=speaker, cue=cue, source=source))
        return Analysis(text=text, entities=entities, quotes=quotes)


def harbour_app(folder: Path, data_dir: Path, text: str = HARBOUR_ARTICLE) -> ReaderApp:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "harbour_talks.txt"
    path.write_text(text, encoding="utf-8")
    os.utime(path, (PINNED_MTIME, PINNED_MTIME))
    app = make_app([folder], data_dir)
    app.analyzer = HarbourAnalyzer()
    return app


def colour_distance(a: Color, b: Color) -> int:
    """How far apart two drawn colours are (sum of the RGB differences, 0 to 765)."""
    x, y = a.get_truecolor(), b.get_truecolor()
    return abs(x.red - y.red) + abs(x.green - y.green) + abs(x.blue - y.blue)
