"""Import of a JSON export: checked whole, then written in one write, or rejected whole.

Nothing is ever lost by an import:
- a record identical to one in the store is "already present"; nothing else is;
- the same note edited on both sides (same id, other text) keeps both texts: the
  imported one is added under a marked line, and the user is told (a conflict);
- another note on the same target (another id) is joined the same way;
- an id that belongs to a record of another kind here (a note with a bookmark's id) is a
  conflict, reported, and not imported: nothing of the other record is touched;
- a bookmark edited on both sides: the copy with the later valid `updated` time wins
  (bookmarks hold no text of the user's).
A file with anything the store could not keep exactly (invalid JSON, a duplicate key, a
record not matching the schema, a time without a zone, a number beyond 64 bits, a lone
surrogate...) is rejected with a message; the store file and memory stay as they were.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid
from dataclasses import dataclass, field
from typing import Any

from reader.store import codec
from reader.store.errors import StoreError
from reader.store.records import (
    ArticleBookmark,
    HighlightBookmark,
    Note,
    QuoteBookmark,
    Record,
    record_from_dict,
)
from reader.store.schema import KINDS_BY_TABLE, SchemaError, _validate_record
from reader.store.state import valid_state
from reader.store.store import Store

EXPORT_FORMAT = "reader-export"
# 2: bookmarks may be highlights (a reader that writes 1 does not know them, and says so).
EXPORT_VERSION = 2
MAX_PROBLEMS_SHOWN = 3
CONFLICT_MARK = "--- Imported copy"  # starts the line above an imported conflicting text


class ImportRejected(StoreError):
    """The file was not imported at all; the message says why."""


@dataclass
class ImportResult:
    """What an import did. `merged`: notes whose texts were joined (conflicts among them,
    listed in `conflicts` with what the user should look at)."""

    added: int = 0
    updated: int = 0
    unchanged: int = 0
    merged: int = 0
    conflicts: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # always empty: a bad file is rejected
    messages: list[str] = field(default_factory=list)

    def summary(self) -> str:
        text = (f"{self.added} added, {self.updated} updated, {self.unchanged} already "
                f"present, {self.merged} notes merged")
        if self.conflicts:
            text += f", {len(self.conflicts)} conflicts (both versions kept): " + "; ".join(
                self.conflicts[:MAX_PROBLEMS_SHOWN])
            if len(self.conflicts) > MAX_PROBLEMS_SHOWN:
                text += f"; and {len(self.conflicts) - MAX_PROBLEMS_SHOWN} more"
        return text


def _reject(what: str) -> ImportRejected:
    return ImportRejected(f"Nothing was imported: {what}")


def parse_export(text: str) -> dict[str, Any]:
    """The export document in `text`, checked at the top level; ImportRejected if not."""
    try:
        doc = codec.loads_strict(text)
    except ValueError as exc:
        raise _reject(f"this is not a reader JSON export (not valid JSON: {exc}).") from None
    if not isinstance(doc, dict) or doc.get("format") != EXPORT_FORMAT:
        raise _reject(f"this is not a reader JSON export (no \"format\": \"{EXPORT_FORMAT}\").")
    version = doc.get("version")
    if type(version) is not int:
        raise _reject(f"the export's \"version\" is {_shown(version)}, not a whole number "
                      f"(reader writes {EXPORT_VERSION}); the file is damaged or was not "
                      "written by reader.")
    if version < 1:
        raise _reject(f"the export's \"version\" is {_shown(version)}; versions start at 1, "
                      "so the file is damaged or was not written by reader.")
    if version > EXPORT_VERSION:
        raise _reject(f"this export has version {_shown(version)}; this reader reads up to "
                      f"{EXPORT_VERSION}. Upgrade reader to import it.")
    return doc


def _shown(value: Any) -> str:
    if type(value) is int and abs(value) > 10**12:
        return f"a number of {len(str(abs(value)))} digits"
    text = repr(value)
    return text if len(text) <= 40 else text[:39] + "…"


def _zoned_time(value: str) -> dt.datetime | None:
    try:
        moment = dt.datetime.fromisoformat(value)
    except ValueError:
        return None
    return moment if moment.tzinfo is not None and moment.utcoffset() is not None else None


def _record_problem(table: str, raw: Any) -> str | None:
    """What is wrong with one exported record, or None."""
    kinds = KINDS_BY_TABLE.get(table, ("note",))
    record_id = raw.get("id") if isinstance(raw, dict) else None
    if not isinstance(record_id, str):
        return f"a record in {table!r} has no string id"
    try:
        if str(uuid.UUID(record_id)) != record_id:
            raise ValueError
    except ValueError:
        return f"{table}[{_shown(record_id)}]: the id is not a UUID"
    try:
        _validate_record(table, kinds, record_id, raw)
    except SchemaError as exc:
        return str(exc)
    for name in ("created", "updated"):
        if _zoned_time(raw[name]) is None:
            return (f"{table}[{record_id}].{name} is {_shown(raw[name])}, not an ISO 8601 "
                    "time with a zone")
    if not codec.encodable(raw):
        return (f"{table}[{record_id}] holds what cannot be stored exactly (a lone surrogate "
                "in a text, or a number beyond 64 bits)")
    return None


def _incoming(doc: dict[str, Any]) -> list[Record]:
    """Every record of the export, checked; ImportRejected naming the first problems."""
    problems: list[str] = []
    records: dict[str, Record] = {}
    for table in ("bookmarks", "notes"):
        items = doc.get(table, [])
        if not isinstance(items, list):
            raise _reject(f"the export's {table!r} is not a list.")
        for raw in items:
            problem = _record_problem(table, raw)
            if problem is not None:
                problems.append(problem)
                continue
            record = record_from_dict(raw)
            twin = records.get(record.id)
            if twin is not None and twin != record:
                problems.append(f"the id {record.id} is in the file twice, with different "
                                "contents")
            records[record.id] = record
    if problems:
        shown = "; ".join(problems[:MAX_PROBLEMS_SHOWN])
        more = len(problems) - MAX_PROBLEMS_SHOWN
        raise _reject(f"{len(problems)} record(s) are not valid: {shown}"
                      + (f"; and {more} more." if more > 0 else "."))
    return list(records.values())


def _reading_state(doc: dict[str, Any]) -> dict[str, Any] | None:
    state = doc.get("reading_state")
    if state is None:
        return None
    if not valid_state(state) or not codec.encodable(state):
        raise _reject("the export's reading state is not valid (read marks, positions and "
                      "settings as reader writes them).")
    return dict(state)


def _key(record: Record) -> str:
    """What a record means, whatever its id: one bookmark per article and quote, one note
    per target."""
    if isinstance(record, ArticleBookmark):
        return f"bookmark:article:{record.article_id}"
    if isinstance(record, QuoteBookmark):
        return f"bookmark:quote:{record.article_id}:{record.anchor.key}"
    if isinstance(record, HighlightBookmark):
        return f"bookmark:highlight:{record.article_id}:{record.anchor.key}"
    return f"note:{record.target.key}"


def _twin(store: Store, record: Record) -> Record | None:
    """A record already in the store that means the same thing under another id."""
    if isinstance(record, ArticleBookmark):
        return store.article_bookmark(record.article_id)
    if isinstance(record, QuoteBookmark):
        return store.quote_bookmark(record.article_id, record.anchor)
    if isinstance(record, HighlightBookmark):
        return store.highlight(record.article_id, record.anchor)
    return store.note_for(record.target)


def _joined(note: Note, incoming: Note, why: str) -> Note:
    """`note` with the imported text added under a marked line; remembers `incoming`."""
    mark = f"{CONFLICT_MARK} ({why}, edited {incoming.updated}) ---"
    merged = (*note.merged_from, (incoming.id, incoming.updated))
    return dataclasses.replace(note, text=f"{note.text}\n\n{mark}\n{incoming.text}",
                               updated=max(note.updated, incoming.updated),
                               merged_from=tuple(sorted(set(merged))))


def _describe(record: Record) -> str:
    if isinstance(record, Note):
        about = record.target.entity_name or record.target.article_title or record.target.key
        return f"the note on {_shown(about)}"
    title = record.title if isinstance(record, ArticleBookmark) else record.article_title
    return f"the {record.kind} bookmark of {_shown(title)}"


class _Plan:
    """What the import will write, built against the store without changing it."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.result = ImportResult()
        self.by_id: dict[str, Record] = {}
        self.by_key: dict[str, Record] = {}
        self.absorbed = {pair for note in store.notes() for pair in note.merged_from}

    def current(self, record_id: str) -> Record | None:
        return self.by_id.get(record_id) or self.store.get(record_id)

    def put(self, record: Record) -> None:
        self.by_id[record.id] = record
        self.by_key[_key(record)] = record
        if isinstance(record, Note):
            self.absorbed.update(record.merged_from)

    def take(self, record: Record) -> None:
        if (record.id, record.updated) in self.absorbed:
            self.result.unchanged += 1  # joined into a note by an earlier import
            return
        current = self.current(record.id)
        if current is None:
            self._new(record)
        elif current == record:
            self.result.unchanged += 1
        elif current.kind != record.kind or _key(current) != _key(record):
            self.result.conflicts.append(
                f"the id {record.id} is {_describe(current)} here but {_describe(record)} in "
                "the file: not imported, nothing here was changed")
        elif isinstance(current, Note) and isinstance(record, Note):
            if current.text == record.text:
                self.result.unchanged += 1
                return
            self.put(_joined(current, record, "conflicting edit"))
            self.result.merged += 1
            self.result.conflicts.append(
                f"{_describe(current)} was edited both here and in the file: both texts are "
                f"kept, the imported one below a line starting {CONFLICT_MARK!r}")
        elif _later(record.updated, current.updated):
            self.put(record)
            self.result.updated += 1
        else:
            self.result.unchanged += 1

    def _new(self, record: Record) -> None:
        twin = self.by_key.get(_key(record)) or _twin(self.store, record)
        if twin is not None and twin.id in self.by_id:
            twin = self.by_id[twin.id]
        if twin is None:
            self.put(record)
            self.result.added += 1
        elif isinstance(twin, Note) and isinstance(record, Note) and twin.text != record.text:
            self.put(_joined(twin, record, "another note on the same target"))
            self.result.merged += 1
        else:
            self.result.unchanged += 1  # the same bookmark, or a note with the same text


def _later(first: str, second: str) -> bool:
    a, b = _zoned_time(first), _zoned_time(second)
    return a is not None and (b is None or a > b)


def import_json(store: Store, text: str) -> ImportResult:
    """Merge a JSON export into the store, all in one write, or raise ImportRejected (a
    StoreError) and change nothing. Importing the same file twice adds nothing."""
    doc = parse_export(text)
    incoming = _incoming(doc)
    state = _reading_state(doc)
    plan = _Plan(store)
    for record in incoming:
        plan.take(record)
    plan.result.messages = store.apply_import(list(plan.by_id.values()), state)
    return plan.result
