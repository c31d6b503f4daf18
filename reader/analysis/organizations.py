"""Organisations named by a run of capitalised words ending in a word such as "Department",
"Council" or "Party", with the "of X" after it ("Ministry of Defence") and a known body
right before it ("U.N. Fisheries Council"). Known bodies and news agencies themselves come
from the phrase tables (lexicon.py).
"""

from __future__ import annotations

from reader.analysis.data.words import NEVER_NAME
from reader.analysis.model import Entity
from reader.analysis.name_cues import joined
from reader.analysis.slugs import entity_id
from reader.analysis.tokens import Token


class OrganizationBook:
    """The organisations of one text, looked up by name and by where a mention ends."""

    def __init__(self, organizations: list[Entity]) -> None:
        self.organizations = organizations
        self.by_name: dict[str, Entity] = {org.name: org for org in organizations}
        self.ending_at: dict[int, tuple[Entity, tuple[int, int]]] = {
            m[1]: (org, m) for org in organizations for m in org.mentions}

    def words(self) -> set[str]:
        """Every word of every organisation's name."""
        return {w for org in self.organizations for w in org.name.split()}

    def add_run(self, text: str, tokens: list[Token], claims: list[str | None],
                i: int, j: int) -> None:
        """Tokens i..j-1 name an organisation; claims them (and an "of X" after them)."""
        while (j + 1 < len(tokens) and tokens[j].text == "of" and tokens[j + 1].cap
               and joined(text, tokens[j - 1], tokens[j])
               and joined(text, tokens[j], tokens[j + 1])):
            j += 2
            while j < len(tokens) and tokens[j].cap and joined(text, tokens[j - 1], tokens[j]):
                j += 1
        while i < j - 1 and tokens[i].text in NEVER_NAME:
            i += 1  # "The Ruritanian Foreign Ministry" is named without its article
        while i > 0 and claims[i - 1] == "other" and joined(text, tokens[i - 1], tokens[i]):
            i -= 1  # a place that is part of the name: "the Elston Standard"
        start = tokens[i].start
        if i > 0 and claims[i - 1] == "organization" and joined(text, tokens[i - 1], tokens[i]):
            found = self.ending_at.pop(tokens[i - 1].end, None)
            if found is not None:
                known, mention = found
                known.mentions.remove(mention)
                start = mention[0]
        end = tokens[j - 1].end
        for m in range(i, j):
            if claims[m] is None:
                claims[m] = "organization"
            # A known body inside the longer name ("the Board of the Example Union") is
            # part of it now, not a second, overlapping mention.
            inner = self.ending_at.get(tokens[m].end)
            if inner is not None and inner[1][0] >= start and inner[1] != (start, end):
                del self.ending_at[tokens[m].end]
                inner[0].mentions.remove(inner[1])
        self.add(" ".join(text[start:end].split()), (start, end))

    def add(self, name: str, span: tuple[int, int]) -> None:
        org = self.by_name.get(name)
        if org is None:
            org = Entity(id=entity_id("organization", name), kind="organization", name=name)
            self.organizations.append(org)
            self.by_name[name] = org
        org.mentions.append(span)
        self.ending_at[span[1]] = (org, span)
