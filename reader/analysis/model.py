"""What the analyser finds in an article: entities, their mentions, quotes and speakers.

Plain data only; offsets are character offsets into the analysed text, end exclusive.
"""

from __future__ import annotations

from reader.records import Record

TYPE_CHECKING = False  # (reader/records.py says why not typing's)
# (No `else:` here: the analyser is compiled with mypyc, which takes the condition as
# mypy does, always true, and leaves an else branch out.)
if TYPE_CHECKING:
    from typing import Any, Final, Literal

    EntityKind = Literal["person", "country", "organization"]
ENTITY_KINDS: tuple[EntityKind, ...] = ("person", "country", "organization")

Span = tuple[int, int]


class Entity(Record):
    """One person, country or organisation, with every place the article names it."""

    __slots__ = ("id", "kind", "name", "mentions", "code", "role", "gender")  # noqa: RUF023

    def __init__(self, id: str, kind: EntityKind, name: str,
                 mentions: list[Span] | None = None, code: str | None = None,
                 role: str | None = None, gender: str | None = None) -> None:
        # "person:patrick-ryder", "country:kp", "organization:state-department"
        self.id = id
        self.kind = kind
        self.name = name  # the fullest form the article gives
        self.mentions: list[Span] = [] if mentions is None else mentions
        self.code = code  # ISO 3166-1 alpha-2, countries only
        self.role = role  # "Russian Foreign Minister", people only
        self.gender = gender  # "female" / "male" from a title or given name, people only

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "id": self.id,
            "kind": self.kind,
            "name": self.name,
            # The (start, end) tuples as they are: JSON writes a tuple as an array, and a
            # list per mention costs as much as the rest of the entity's document.
            "mentions": list(self.mentions),
        }
        if self.code is not None:
            out["code"] = self.code
        if self.role is not None:
            out["role"] = self.role
        if self.gender is not None:
            out["gender"] = self.gender
        return out


# The marks a quotation opens with (quote_marks.py finds them; the model, read without
# the finders, needs only their first characters).
_OPENING_MARKS: Final = frozenset("\"“”„«»「『‘’'`‚‹›")


class Quote(Record):
    """One pair of quotation marks and whoever the article says spoke the words; or a
    line of a transcript or an interview's answer, spoken with no marks (`ROE: I did
    not.`), whose text opens with no mark."""

    __slots__ = ("start", "end", "text", "speaker", "cue", "source")  # noqa: RUF023

    def __init__(self, start: int, end: int, text: str, speaker: str | None = None,
                 cue: str | None = None, source: Span | None = None) -> None:
        self.start = start  # offset of the opening mark
        self.end = end  # offset just past the closing mark (or the end of the quoted run)
        self.text = text  # text[start:end]
        self.speaker = speaker  # an Entity.id, or None when nobody is named
        self.cue = cue  # the reporting verb or phrase: "said", "told", "according to"
        # The words that name who speaks, as written next to the quote or in its
        # sentence: a name ("Gen. Ana Vidal"), a description ("the mayor", "the
        # report") or a pronoun ("he"); for a quote that goes on from the one before,
        # that one's source.
        self.source = source

    def in_marks(self) -> bool:
        """True for words in quotation marks; false for a transcript's line."""
        return self.text[:1] in _OPENING_MARKS

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "speaker": self.speaker,
            "source": list(self.source) if self.source is not None else None,
            "cue": self.cue,
        }
        return out


class Analysis(Record):
    """Everything found in one text."""

    __slots__ = ("text", "entities", "quotes")  # noqa: RUF023

    def __init__(self, text: str, entities: list[Entity] | None = None,
                 quotes: list[Quote] | None = None) -> None:
        self.text = text
        self.entities: list[Entity] = [] if entities is None else entities
        self.quotes: list[Quote] = [] if quotes is None else quotes

    def entity(self, entity_id: str) -> Entity | None:
        for ent in self.entities:
            if ent.id == entity_id:
                return ent
        return None

    def of_kind(self, kind: EntityKind) -> list[Entity]:
        return [e for e in self.entities if e.kind == kind]

    def quotes_by(self, entity_id: str) -> list[Quote]:
        return [q for q in self.quotes if q.speaker == entity_id]

    def to_json(self) -> dict[str, Any]:
        # "quotes" holds what the contract calls quotes, the words in quotation marks;
        # the lines of a transcript, spoken with no marks, are "lines" (the app shows
        # both alike).
        out: dict[str, Any] = {
            "text": self.text,
            "entities": [e.to_json() for e in self.entities],
            "quotes": [q.to_json() for q in self.quotes if q.in_marks()],
        }
        lines = [q.to_json() for q in self.quotes if not q.in_marks()]
        if lines:
            out["lines"] = lines
        return out

    @classmethod
    def from_json(cls, doc: dict[str, Any], text: str | None = None) -> Analysis:
        """The inverse of `to_json` (`text` given when the document leaves it out);
        raises KeyError, TypeError or ValueError for a document of another shape."""
        entities = [
            Entity(id=str(e["id"]), kind=e["kind"], name=str(e["name"]),
                   mentions=[(int(s), int(t)) for s, t in e["mentions"]],
                   code=e.get("code"), role=e.get("role"), gender=e.get("gender"))
            for e in doc["entities"]
        ]
        quotes = [
            Quote(int(q["start"]), int(q["end"]), str(q["text"]), speaker=q.get("speaker"),
                  cue=q.get("cue"),
                  source=_span(q.get("source")))
            for q in [*doc["quotes"], *doc.get("lines", ())]
        ]
        quotes.sort(key=lambda q: q.start)
        return cls(text=doc["text"] if text is None else text, entities=entities,
                   quotes=quotes)


def _span(value: Any) -> Span | None:
    if not value:
        return None
    start, end = value
    return int(start), int(end)
