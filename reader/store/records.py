"""The records the store keeps: bookmarks of articles, quotes and highlighted passages,
and notes.

Every record has a UUID `id` and ISO-8601 UTC `created` / `updated` times. Records are
frozen dataclasses; the store turns them into plain JSON dicts (`to_dict`) and back
(`record_from_dict`), and that dict form is also the lossless JSON export.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field
from typing import Any, Literal

NoteKind = Literal["article", "quote", "entity"]
CONTEXT_CHARS = 40  # characters of text kept before and after a quote to find it again


def now_iso() -> str:
    """The current UTC time as ISO 8601 with microseconds (sorts as text)."""
    return dt.datetime.now(dt.UTC).isoformat()


def new_id() -> str:
    return str(uuid.uuid4())


@dataclass(frozen=True, slots=True)
class QuoteAnchor:
    """Where a quote was: its exact text, offsets, context around it, the article's hash."""

    quote: str
    start: int
    end: int
    prefix: str = ""
    suffix: str = ""
    content_hash: str = ""

    @classmethod
    def from_text(cls, text: str, start: int, end: int, content_hash: str = "",
                  context: int = CONTEXT_CHARS) -> QuoteAnchor:
        """The anchor of `text[start:end]`, with up to `context` characters either side."""
        if not 0 <= start <= end <= len(text):
            raise ValueError(f"quote offsets {start}..{end} are outside the text")
        return cls(quote=text[start:end], start=start, end=end,
                   prefix=text[max(0, start - context):start],
                   suffix=text[end:end + context], content_hash=content_hash)

    @property
    def key(self) -> str:
        """Identifies the quote within its article independently of its offsets."""
        return self.quote

    def to_dict(self) -> dict[str, Any]:
        return {"quote": self.quote, "start": self.start, "end": self.end,
                "prefix": self.prefix, "suffix": self.suffix,
                "content_hash": self.content_hash}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> QuoteAnchor:
        return cls(quote=data["quote"], start=int(data["start"]), end=int(data["end"]),
                   prefix=data.get("prefix", ""), suffix=data.get("suffix", ""),
                   content_hash=data.get("content_hash", ""))


class _NewRecordTimes:
    """What every record does: a new one's `updated` starts as its `created`."""

    __slots__ = ()
    created: str
    updated: str

    def __post_init__(self) -> None:
        if not self.updated:
            object.__setattr__(self, "updated", self.created)


@dataclass(frozen=True, slots=True)
class ArticleBookmark(_NewRecordTimes):
    """A bookmarked article. `date` is an ISO date string ("2024-05-01") or None."""

    article_id: str
    title: str
    source: str | None = None
    date: str | None = None
    url: str | None = None
    author: str | None = None
    id: str = field(default_factory=new_id)
    created: str = field(default_factory=now_iso)
    updated: str = ""

    kind: Literal["article"] = "article"

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "kind": self.kind, "article_id": self.article_id,
                "title": self.title, "source": self.source, "date": self.date,
                "url": self.url, "author": self.author, "created": self.created,
                "updated": self.updated}


@dataclass(frozen=True, slots=True)
class _Anchored(_NewRecordTimes):
    """What a quote bookmark and a highlight share: words of an article, anchored
    (`QuoteAnchor`, found again by `locate_quote`), with the article's title, source,
    link and author. Two record kinds all the same: a quote has a speaker, a passage
    has none, and the store file tells them apart by `kind`."""

    article_id: str
    article_title: str
    anchor: QuoteAnchor
    source: str | None = None
    url: str | None = None
    author: str | None = None
    id: str = field(default_factory=new_id)
    created: str = field(default_factory=now_iso)
    updated: str = ""

    @property
    def quote(self) -> str:
        """The words kept (a highlight's are named as a quote's, so both read alike)."""
        return self.anchor.quote

    def _to_dict(self, kind: str, **own: str | None) -> dict[str, Any]:
        """The stored dict, with the kind's `own` fields after the anchor (the keys in
        the order the file has always had them)."""
        return {"id": self.id, "kind": kind, "article_id": self.article_id,
                "article_title": self.article_title, "anchor": self.anchor.to_dict(),
                **own, "source": self.source, "url": self.url, "author": self.author,
                "created": self.created, "updated": self.updated}


@dataclass(frozen=True, slots=True)
class QuoteBookmark(_Anchored):
    """A bookmarked quote: the anchor finds it again if the article text changes."""

    # Keyword-only: the fields of _Anchored come first in the constructor.
    speaker: str | None = field(default=None, kw_only=True)
    speaker_id: str | None = field(default=None, kw_only=True)  # e.g. "person:patrick-ryder"

    kind: Literal["quote"] = "quote"

    def to_dict(self) -> dict[str, Any]:
        return self._to_dict(self.kind, speaker=self.speaker, speaker_id=self.speaker_id)


@dataclass(frozen=True, slots=True)
class HighlightBookmark(_Anchored):
    """A passage the user selected and kept (any text, not only a detected quote).

    Its note is a quote note on the same anchor (`NoteTarget.quote`): a note belongs to
    the words, so a highlight and a quote bookmark of the same words share one note.
    """

    kind: Literal["highlight"] = "highlight"

    @property
    def speaker(self) -> str | None:
        """A passage has no speaker; the exports read quotes and passages alike."""
        return None

    def to_dict(self) -> dict[str, Any]:
        return self._to_dict(self.kind)


Bookmark = ArticleBookmark | QuoteBookmark | HighlightBookmark
AnchoredBookmark = QuoteBookmark | HighlightBookmark


@dataclass(frozen=True, slots=True)
class NoteTarget:
    """What a note is about: an article, a quote in an article, or an entity (any article).

    Build one with `NoteTarget.article(...)`, `.quote(...)` or `.entity(...)`.
    """

    kind: NoteKind
    article_id: str | None = None
    article_title: str | None = None
    anchor: QuoteAnchor | None = None
    speaker: str | None = None
    entity_id: str | None = None
    entity_name: str | None = None

    @classmethod
    def article(cls, article_id: str, title: str) -> NoteTarget:
        return cls(kind="article", article_id=article_id, article_title=title)

    @classmethod
    def quote(cls, article_id: str, title: str, anchor: QuoteAnchor,
              speaker: str | None = None) -> NoteTarget:
        return cls(kind="quote", article_id=article_id, article_title=title, anchor=anchor,
                   speaker=speaker)

    @classmethod
    def entity(cls, entity_id: str, name: str, *, written_in: str | None = None,
               written_in_title: str | None = None) -> NoteTarget:
        """A note on a person (country, organisation), wherever they are named. The
        article it was written in, if any, is kept with it: it does not change the key
        (one note per entity), and editing the note elsewhere keeps the first article."""
        return cls(kind="entity", entity_id=entity_id, entity_name=name,
                   article_id=written_in, article_title=written_in_title)

    @property
    def written_in(self) -> str | None:
        """For a note on an entity: the title (else the id) of the article it was
        written in; None when written away from any article (the people screen)."""
        if self.kind != "entity":
            return None
        return self.article_title or self.article_id

    @property
    def key(self) -> str:
        """One note per key: "article:ID", "quote:ARTICLE:QUOTE" or "entity:ID"."""
        return target_key(self.kind, self.article_id, self.entity_id,
                          self.anchor.quote if self.anchor else None)

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "article_id": self.article_id,
                "article_title": self.article_title,
                "anchor": self.anchor.to_dict() if self.anchor else None,
                "speaker": self.speaker, "entity_id": self.entity_id,
                "entity_name": self.entity_name}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> NoteTarget:
        anchor = data.get("anchor")
        return cls(kind=data["kind"], article_id=data.get("article_id"),
                   article_title=data.get("article_title"),
                   anchor=QuoteAnchor.from_dict(anchor) if anchor else None,
                   speaker=data.get("speaker"), entity_id=data.get("entity_id"),
                   entity_name=data.get("entity_name"))


def target_key(kind: str, article_id: str | None, entity_id: str | None,
               quote: str | None) -> str:
    """The key of a note target (also computed from stored dicts without building records)."""
    if kind == "article":
        return f"article:{article_id}"
    if kind == "quote":
        return f"quote:{article_id}:{quote}"
    return f"entity:{entity_id}"


@dataclass(frozen=True, slots=True)
class Note(_NewRecordTimes):
    """The user's text about a target."""

    target: NoteTarget
    text: str
    id: str = field(default_factory=new_id)
    created: str = field(default_factory=now_iso)
    updated: str = ""
    # Imported notes whose text was joined into this one, as (id, updated) pairs: the
    # same version imported again is then "already present", not joined a second time.
    merged_from: tuple[tuple[str, str], ...] = ()

    kind: Literal["note"] = "note"

    @property
    def article_id(self) -> str | None:
        return self.target.article_id

    def to_dict(self) -> dict[str, Any]:
        doc = {"id": self.id, "kind": self.kind, "target": self.target.to_dict(),
               "text": self.text, "created": self.created, "updated": self.updated}
        if self.merged_from:  # only then: older files and exports stay byte-identical
            doc["merged_from"] = dict(self.merged_from)
        return doc


Record = ArticleBookmark | QuoteBookmark | HighlightBookmark | Note


def record_from_dict(data: dict[str, Any]) -> Record:
    """The record a stored (or exported) dict describes; KeyError/ValueError if malformed."""
    kind = data["kind"]
    common = {"id": data["id"], "created": data["created"], "updated": data["updated"]}
    if kind == "article":
        return ArticleBookmark(article_id=data["article_id"], title=data["title"],
                               source=data.get("source"), date=data.get("date"),
                               url=data.get("url"), author=data.get("author"), **common)
    if kind in ("quote", "highlight"):
        anchored = {**common, "article_id": data["article_id"],
                    "article_title": data["article_title"],
                    "anchor": QuoteAnchor.from_dict(data["anchor"]),
                    "source": data.get("source"), "url": data.get("url"),
                    "author": data.get("author")}
        if kind == "highlight":
            return HighlightBookmark(**anchored)
        return QuoteBookmark(speaker=data.get("speaker"), speaker_id=data.get("speaker_id"),
                             **anchored)
    if kind == "note":
        merged = data.get("merged_from") or {}
        return Note(target=NoteTarget.from_dict(data["target"]), text=data["text"],
                    merged_from=tuple(sorted(merged.items())), **common)
    raise ValueError(f"unknown record kind {kind!r}")
