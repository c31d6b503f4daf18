"""Speakers the entity finder missed become entities, with every mention of them.

A name found next to a cue ("said Caddell", "The New York Post reports") is first
matched against the entities already known (same name, or same surname for people);
only when nothing matches is a new person or organisation made, its id built the same
way as the entity finder's ("person:pat-caddell", "organization:the-new-york-post").
"""

from __future__ import annotations

import re
from bisect import bisect_left

from reader.analysis.model import Entity, EntityKind
from reader.analysis.pronouns import name_gender
from reader.analysis.slugs import entity_id
from reader.analysis.speakers import ORG_WORDS

_CAPITALISED_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def kind_of_name(name: str) -> EntityKind:
    """A new speaker's kind: an organisation when its words say so, else a person."""
    words = name.split()
    if not words:
        return "person"
    if words[0] == "The" or any(w.lower().strip(".") in ORG_WORDS for w in words):
        return "organization"
    if len(words) == 1 and len(words[0]) >= 2 and words[0].isupper():
        return "organization"  # an acronym: AROS, NAACP
    return "person"


def _surname(name: str) -> str:
    words = name.replace("’", "'").split()
    return words[-1].lower() if words else ""


class SpeakerEntities:
    """The entity list, growing as speakers are named that it did not hold yet."""

    def __init__(self, text: str, entities: list[Entity]) -> None:
        self.text = text
        self.entities = list(entities)
        self.by_id = {e.id: e for e in self.entities}
        self.created: list[Entity] = []
        self._word_index: dict[str, list[int]] | None = None
        self._taken: list[tuple[int, int]] | None = None
        self._seen: dict[str, set[tuple[int, int]]] = {}
        self._unsorted: set[str] = set()

    def _words(self) -> dict[str, list[int]]:
        """Offsets of each capitalised word of the text (built once, on demand)."""
        if self._word_index is None:
            index: dict[str, list[int]] = {}
            for m in _CAPITALISED_WORD.finditer(self.text):
                w = m.group()
                if w[0].isupper():
                    index.setdefault(w, []).append(m.start())
            self._word_index = index
        return self._word_index

    def _is_taken(self, start: int, end: int) -> bool:
        if self._taken is None:
            self._taken = sorted(s for e in self.entities for s in e.mentions)
        i = bisect_left(self._taken, (start, end))
        for k in (i - 1, i):
            if 0 <= k < len(self._taken):
                s, e = self._taken[k]
                if s < end and e > start:
                    return True
        return False

    def _occurrences(self, surface: str) -> list[tuple[int, int]]:
        words = surface.split()
        if not words:
            return []
        first = words[0]
        out: list[tuple[int, int]] = []
        text = self.text
        for pos in self._words().get(first, []):
            end = pos + len(surface)
            if text.startswith(surface, pos) and (end >= len(text) or not text[end].isalnum()):
                # Allow any whitespace between the words of the name.
                out.append((pos, end))
        return out

    def find_known(self, name: str) -> Entity | None:
        """An entity that `name` already stands for, if any."""
        low = name.lower()
        sur = _surname(name)
        single = len(name.split()) == 1
        for ent in self.entities:
            if ent.kind == "country":
                continue
            if ent.name.lower() == low:
                return ent
        for ent in self.entities:
            if ent.kind != "person":
                continue
            if _surname(ent.name) == sur and (
                single or ent.name.split()[0].lower()[:1] == low[:1]
            ):
                return ent
        for ent in self.entities:
            if ent.kind == "country":
                continue
            for s, e in ent.mentions[:20]:
                if self.text[s:e].lower() == low:
                    return ent
        return None

    def entity_for(self, name: str, at: tuple[int, int]) -> str:
        """The id of the entity `name` (written at `at`) stands for, made if need be."""
        known = self.find_known(name)
        if known is not None:
            seen = self._seen.setdefault(known.id, set(known.mentions))
            if at not in seen and not self._is_taken(*at):
                seen.add(at)
                known.mentions.append(at)
                self._unsorted.add(known.id)
            return known.id
        kind = kind_of_name(name)
        base = entity_id(kind, name)
        ent_id, n = base, 2
        while ent_id in self.by_id:
            ent_id, n = f"{base}-{n}", n + 1
        mentions = [span for span in self._occurrences(name) if not self._is_taken(*span)]
        if kind == "person" and len(name.split()) > 1:
            surname = name.split()[-1]
            full = set(mentions)
            for span in self._occurrences(surname):
                if not any(s <= span[0] < e for s, e in full) and not self._is_taken(*span):
                    mentions.append(span)
        if at not in mentions and not self._is_taken(*at):
            mentions.append(at)
        mentions.sort()
        gender = None
        if kind == "person":
            sex = name_gender(name)
            gender = {"m": "male", "f": "female"}.get(sex or "")
        ent = Entity(id=ent_id, kind=kind, name=name, mentions=mentions, gender=gender)
        self.entities.append(ent)
        self.created.append(ent)
        self.by_id[ent_id] = ent
        self._taken = None
        return ent_id

    def finish(self) -> list[Entity]:
        """The entity list, mentions in text order."""
        for ent_id in self._unsorted:
            self.by_id[ent_id].mentions.sort()
        self._unsorted.clear()
        return self.entities
