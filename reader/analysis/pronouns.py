"""Who "he" and "she" are: the most recent person of the right gender named before.

Gender comes only from what the text itself says near a name: an honorific ("Mr.",
"Mrs.", "Ms."), a gendered role word ("spokeswoman", "congressman"), or a given name
from the shared given-name table when it is there. A person whose gender is unknown
is compatible with either pronoun.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from reader.analysis.cues import word_set
from reader.analysis.model import Entity

Gender = str  # "m" or "f"

_MALE_CUES = word_set(
    """mr mr. spokesman congressman chairman businessman councilman husband father son
    brother king prince actor sir lord boyfriend grandfather uncle nephew he his him
    sen.-elect"""
)
_FEMALE_CUES = word_set(
    """mrs mrs. ms ms. miss spokeswoman congresswoman chairwoman businesswoman councilwoman
    wife mother daughter sister queen princess actress dame lady girlfriend grandmother
    aunt niece widow"""
)
_WORD_BEFORE = re.compile(r"([A-Za-z.]+)\s*$")

# Given names and the sex each is most often given to; empty until a table is wired in.
_MALE_NAMES: frozenset[str] = frozenset()
_FEMALE_NAMES: frozenset[str] = frozenset()


def name_gender(name: str) -> Gender | None:
    """The gender a given name is most often given to, when the table knows it."""
    first = name.split()[0] if name.split() else ""
    in_male, in_female = first in _MALE_NAMES, first in _FEMALE_NAMES
    if in_male and not in_female:
        return "m"
    if in_female and not in_male:
        return "f"
    return None


def entity_gender(text: str, entity: Entity) -> Gender | None:
    """What the text says about a person's gender, or None."""
    votes = {"m": 0, "f": 0}
    for start, _ in entity.mentions[:12]:
        m = _WORD_BEFORE.search(text, max(0, start - 24), start)
        if m is None:
            continue
        word = m.group(1).lower()
        if word in _MALE_CUES:
            votes["m"] += 1
        elif word in _FEMALE_CUES:
            votes["f"] += 1
    if votes["m"] != votes["f"]:
        return "m" if votes["m"] > votes["f"] else "f"
    role = (entity.role or "").lower().split()
    if any(w in _MALE_CUES for w in role):
        return "m"
    if any(w in _FEMALE_CUES for w in role):
        return "f"
    return name_gender(entity.name)


class PersonHistory:
    """Person mentions in text order, to find who a pronoun refers to."""

    def __init__(self, text: str, entities: list[Entity]) -> None:
        people = [e for e in entities if e.kind == "person"]
        spans = sorted((s, e.id) for e in people for s, _ in e.mentions)
        self.starts = [s for s, _ in spans]
        self.ids = [i for _, i in spans]
        self.gender = {e.id: entity_gender(text, e) for e in people}
        orgs = sorted((s, e.id) for e in entities if e.kind == "organization"
                      for s, _ in e.mentions)
        self.org_starts = [s for s, _ in orgs]
        self.org_ids = [i for _, i in orgs]
        # Speakers already settled, in text order: a strong sign of who "he" is.
        self.speakers: list[tuple[int, str]] = []

    def note_speaker(self, pos: int, entity_id: str) -> None:
        if entity_id in self.gender:
            self.speakers.append((pos, entity_id))

    def learn_gender(self, entity_id: str, pronoun: str) -> None:
        if self.gender.get(entity_id) is None and pronoun in ("he", "she"):
            self.gender[entity_id] = "m" if pronoun == "he" else "f"

    def resolve(self, pronoun: str, pos: int, window: int = 4000) -> str | None:
        """The entity a pronoun at `pos` most likely refers to, or None."""
        p = pronoun.lower()
        if p in ("his", "him"):
            p = "he"
        elif p == "her":
            p = "she"
        if p in ("he", "she"):
            want = "m" if p == "he" else "f"
            i = bisect_left(self.starts, pos) - 1
            looked = 0
            while i >= 0 and self.starts[i] >= pos - window and looked < 60:
                ent = self.ids[i]
                g = self.gender.get(ent)
                if g is None or g == want:
                    return ent
                i -= 1
                looked += 1
            return None
        if p in ("they", "it"):
            i = bisect_left(self.org_starts, pos) - 1
            if i >= 0 and self.org_starts[i] >= pos - 1500:
                return self.org_ids[i]
        return None
