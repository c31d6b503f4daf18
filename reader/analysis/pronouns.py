"""Who "he" and "she" are: the most recent person of the right gender who was a subject.

Gender comes from the entity finder (a title or given name), else from what the text
says right before a name ("Mrs.", "spokeswoman"), else from the given-name table, and
is learnt from "he"/"she" once a speaker is settled. A person of unknown gender fits
either pronoun. Names inside quotations are never antecedents: the speaker of a quote
is not someone the quote talks about.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from reader.analysis.cues import BETWEEN_SUBJECT_AND_VERB, is_cue_verb, word_set
from reader.analysis.model import Entity
from reader.analysis.names import GIVEN_NAMES

Gender = str  # "m" or "f"

_MALE_CUES = word_set(
    """mr mr. spokesman congressman chairman businessman councilman husband father son
    brother king prince actor sir lord boyfriend grandfather uncle nephew"""
)
_FEMALE_CUES = word_set(
    """mrs mrs. ms ms. miss spokeswoman congresswoman chairwoman businesswoman councilwoman
    wife mother daughter sister queen princess actress dame lady girlfriend grandmother
    aunt niece widow"""
)
_WORD_BEFORE = re.compile(r"([A-Za-z.]+)\s*$")
_WORD_AFTER = re.compile(r"\s*,?\s*([A-Za-z]+)")
_PREPOSITION_BEFORE = re.compile(
    r"\b(?:to|with|on|at|from|by|for|of|in|about|against|between|among|toward|towards|"
    r"than|like|under|over|into|after|before|during|and|or)\s+$",
    re.IGNORECASE,
)
_SENTENCE_GAP = re.compile(r"(?:^|[.?!:]['\"”’)]*\s+|\n\s*)$")


def name_gender(name: str) -> Gender | None:
    """The gender a given name is most often given to, when the table knows it."""
    parts = name.split()
    if not parts:
        return None
    sex = GIVEN_NAMES.get(parts[0])
    return {"male": "m", "female": "f"}.get(sex or "")


def entity_gender(text: str, entity: Entity) -> Gender | None:
    """What the text says about a person's gender, or None."""
    told = {"male": "m", "female": "f"}.get(entity.gender or "")
    if told is not None:
        return told
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

    def __init__(self, text: str, entities: list[Entity],
                 quote_spans: list[tuple[int, int]] | None = None) -> None:
        self.text = text
        people = [e for e in entities if e.kind == "person"]
        spans = sorted((s, e, ent.id) for ent in people for s, e in ent.mentions)
        self.starts = [s for s, _, _ in spans]
        self.ends = [e for _, e, _ in spans]
        self.ids = [i for _, _, i in spans]
        self.gender = {e.id: entity_gender(text, e) for e in people}
        orgs = sorted((s, e.id) for e in entities if e.kind == "organization"
                      for s, _ in e.mentions)
        self.org_starts = [s for s, _ in orgs]
        self.org_ids = [i for _, i in orgs]
        self.quote_spans = quote_spans or []
        self.quote_starts = [s for s, _ in self.quote_spans]
        # Speakers already settled, in text order: a strong sign of who "he" is.
        self.speaker_pos: list[int] = []
        self.speaker_ids: list[str] = []

    def note_speaker(self, pos: int, entity_id: str) -> None:
        if entity_id in self.gender and (not self.speaker_pos or pos >= self.speaker_pos[-1]):
            self.speaker_pos.append(pos)
            self.speaker_ids.append(entity_id)

    def learn_gender(self, entity_id: str, pronoun: str) -> None:
        if self.gender.get(entity_id) is None and pronoun in ("he", "she"):
            self.gender[entity_id] = "m" if pronoun == "he" else "f"

    def _in_quote(self, pos: int) -> bool:
        i = bisect_right(self.quote_starts, pos) - 1
        return i >= 0 and self.quote_spans[i][0] <= pos < self.quote_spans[i][1]

    def _is_subject(self, start: int, end: int) -> bool:
        """Whether a mention stands where a subject stands: it opens its sentence (after
        an introductory phrase at most) or a verb follows it."""
        after = _WORD_AFTER.match(self.text, end, min(len(self.text), end + 30))
        if after is not None:
            word = after.group(1).lower()
            if is_cue_verb(word) or word in BETWEEN_SUBJECT_AND_VERB or word in (
                    "is", "was", "has", "had", "will", "would", "who", "did", "does"):
                return True
        if self.text[end:end + 2] in ("’s", "'s"):
            return False
        head = self.text[max(0, start - 4):start]
        return bool(_SENTENCE_GAP.search(head)) or start == 0

    def resolve(self, pronoun: str, pos: int, window: int = 3000) -> str | None:
        """The entity a pronoun at `pos` most likely refers to, or None."""
        p = pronoun.lower()
        if p in ("his", "him"):
            p = "he"
        elif p == "her":
            p = "she"
        if p in ("he", "she"):
            return self._resolve_person("m" if p == "he" else "f", pos, window)
        if p in ("they", "it"):
            i = bisect_left(self.org_starts, pos) - 1
            if i >= 0 and self.org_starts[i] >= pos - 1500:
                return self.org_ids[i]
        return None

    def _resolve_person(self, want: Gender, pos: int, window: int) -> str | None:
        fallback: str | None = None
        i = bisect_left(self.starts, pos) - 1
        looked = 0
        # The last settled speaker, if recent, competes with the mentions.
        k = bisect_left(self.speaker_pos, pos) - 1
        last_speaker = self.speaker_ids[k] if k >= 0 else None
        last_speaker_pos = self.speaker_pos[k] if k >= 0 else -1
        while i >= 0 and self.starts[i] >= pos - window and looked < 80:
            start, end, ent = self.starts[i], self.ends[i], self.ids[i]
            i -= 1
            looked += 1
            if self._in_quote(start):
                continue
            g = self.gender.get(ent)
            if g is not None and g != want:
                continue
            if last_speaker is not None and last_speaker_pos > start:
                lg = self.gender.get(last_speaker)
                if lg is None or lg == want:
                    return last_speaker
            if self._is_subject(start, end):
                return ent
            if fallback is None and not _PREPOSITION_BEFORE.search(
                    self.text, max(0, start - 12), start):
                fallback = ent
        if fallback is not None:
            return fallback
        if last_speaker is not None and last_speaker_pos >= pos - window:
            lg = self.gender.get(last_speaker)
            if lg is None or lg == want:
                return last_speaker
        return None
