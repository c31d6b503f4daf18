"""Export (JSON, Markdown, Readwise CSV) and import (JSON, merged by id).

The JSON export holds each record exactly as stored (`to_dict`), so exporting, importing
into an empty store and exporting again gives the same records.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any, Literal

from reader.store.errors import StoreError
from reader.store.records import (
    ArticleBookmark,
    Note,
    QuoteAnchor,
    QuoteBookmark,
    Record,
    record_from_dict,
)
from reader.store.schema import SchemaError, _validate_record
from reader.store.store import Store

EXPORT_FORMAT = "reader-export"
EXPORT_VERSION = 1
READWISE_COLUMNS = ("Highlight", "Title", "Author", "URL", "Note", "Location", "Date")


def _by_created(records: list[Any]) -> list[Any]:
    return sorted(records, key=lambda r: (r.created, r.id))


def export_document(store: Store) -> dict[str, Any]:
    """Everything in the store as one JSON-ready dict (oldest record first)."""
    return {
        "format": EXPORT_FORMAT,
        "version": EXPORT_VERSION,
        "exported": dt.datetime.now(dt.UTC).isoformat(),
        "bookmarks": [b.to_dict() for b in _by_created(store.bookmarks())],
        "notes": [n.to_dict() for n in _by_created(store.notes())],
        "reading_state": store.state.to_dict(),
    }


def export_json(store: Store) -> str:
    """The lossless JSON export (UTF-8 text, indented for people to read)."""
    return json.dumps(export_document(store), ensure_ascii=False, indent=2) + "\n"


# -- Markdown ------------------------------------------------------------------------

def _one_line(text: str) -> str:
    return " ".join(text.split())


def _block_quote(text: str) -> list[str]:
    return [f"> {line}".rstrip() for line in text.strip().splitlines()] or [">"]


def _note_lines(note: Note | None) -> list[str]:
    if note is None or not note.text.strip():
        return []
    lines = note.text.strip().splitlines()
    return ["", f"**Note:** {lines[0]}", *lines[1:]]


def export_markdown(store: Store) -> str:
    """Bookmarks and notes grouped by article; quotes as block quotes with their speaker."""
    bookmarks = store.bookmarks()
    notes = store.notes()
    titles: dict[str, str] = {}
    article_marks: dict[str, ArticleBookmark] = {}
    quotes: dict[str, dict[str, tuple[QuoteAnchor, str | None, str]]] = defaultdict(dict)
    article_notes: dict[str, Note] = {}
    quote_notes: dict[tuple[str, str], Note] = {}
    entity_notes: list[Note] = []
    latest: dict[str, str] = defaultdict(str)

    for b in bookmarks:
        latest[b.article_id] = max(latest[b.article_id], b.created)
        if isinstance(b, ArticleBookmark):
            article_marks[b.article_id] = b
            titles[b.article_id] = b.title
        else:
            titles.setdefault(b.article_id, b.article_title)
            quotes[b.article_id][b.anchor.key] = (b.anchor, b.speaker, b.created)
    for n in notes:
        t = n.target
        if t.kind == "entity" or t.article_id is None:
            entity_notes.append(n)
            continue
        latest[t.article_id] = max(latest[t.article_id], n.created)
        titles.setdefault(t.article_id, t.article_title or t.article_id)
        if t.kind == "article":
            article_notes[t.article_id] = n
        elif t.anchor is not None:
            quote_notes[(t.article_id, t.anchor.key)] = n
            quotes[t.article_id].setdefault(t.anchor.key, (t.anchor, t.speaker, n.created))

    out = ["# Reader: bookmarks and notes", "",
           f"Exported {dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC."]
    for article_id in sorted(latest, key=lambda a: latest[a], reverse=True):
        out += ["", f"## {_one_line(titles.get(article_id, article_id))}", ""]
        mark = article_marks.get(article_id)
        facts = [f"`{article_id}`"]
        if mark is not None:
            facts += [x for x in (mark.source, mark.date, mark.author) if x]
            facts.append(f"bookmarked {mark.created[:10]}")
        out.append(" · ".join(facts))
        out += _note_lines(article_notes.get(article_id))
        for key, (anchor, speaker, _created) in sorted(quotes[article_id].items(),
                                                       key=lambda kv: kv[1][0].start):
            out += ["", *_block_quote(anchor.quote)]
            if speaker:
                out += [">", f"> — {_one_line(speaker)}"]
            out += _note_lines(quote_notes.get((article_id, key)))
    if entity_notes:
        out += ["", "## People, countries and organisations"]
        for n in sorted(entity_notes, key=lambda n: (n.target.entity_name or "").casefold()):
            name = _one_line(n.target.entity_name or n.target.entity_id or "")
            out += ["", f"### {name}", "", f"`{n.target.entity_id}`", "", n.text.strip()]
    return "\n".join(out) + "\n"


@dataclass(frozen=True, slots=True)
class SaidIn:
    """What one person said in one article, for `export_person_markdown`."""

    article_id: str
    title: str
    source: str | None
    date: str | None
    quotes: tuple[str, ...]


def _link(name: str, links: bool) -> str:
    name = _one_line(name)
    return f"[[{name.replace('[', '(').replace(']', ')')}]]" if links else name


def export_person_markdown(name: str, *, person_ids: set[str], role: str | None,
                           said: list[SaidIn], notes: list[Note],
                           appears_with: list[str], links: bool = False) -> str:
    """Everything a person said, by article, newest first, with the notes on them, their
    quotes and those articles; `links` writes people as Obsidian-style [[Name]] links."""
    articles = {s.article_id for s in said}
    person_notes = [n for n in notes
                    if n.target.kind == "entity" and n.target.entity_id in person_ids]
    article_notes = {n.target.article_id: n for n in notes
                     if n.target.kind == "article" and n.target.article_id in articles}
    quote_notes = {(n.target.article_id, n.target.anchor.quote): n for n in notes
                   if n.target.kind == "quote" and n.target.anchor is not None}
    total = sum(len(s.quotes) for s in said)
    out = [f"# {_one_line(name)}", ""]
    facts = [_one_line(role)] if role else []
    facts.append(f"{total} quote{'s' if total != 1 else ''} in {len(said)} "
                 f"article{'s' if len(said) != 1 else ''}")
    out.append(" · ".join(facts))
    if appears_with:
        out += ["", "Appears with: " + ", ".join(_link(n, links) for n in appears_with)]
    for note in person_notes:
        out += _note_lines(note)
    for entry in said:
        out += ["", f"## {_one_line(entry.title)}", ""]
        out.append(" · ".join([f"`{entry.article_id}`",
                               *(x for x in (entry.source, entry.date) if x)]))
        out += _note_lines(article_notes.get(entry.article_id))
        for quote in entry.quotes:
            out += ["", *_block_quote(quote), ">", f"> — {_link(name, links)}"]
            out += _note_lines(quote_notes.get((entry.article_id, quote)))
    return "\n".join(out) + "\n"


# -- Readwise CSV --------------------------------------------------------------------

def _cell(value: str) -> str:
    # A cell starting with = + - @ is run as a formula by spreadsheets; article text is
    # untrusted, so such cells get a leading apostrophe (the usual defence).
    return f"'{value}" if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value


def _readwise_date(iso: str) -> str:
    try:
        return dt.datetime.fromisoformat(iso).strftime("%Y-%m-%d %H:%M:%S")
    except ValueError:
        return iso


def export_readwise(store: Store) -> str:
    """Readwise's CSV import: one row per quote (bookmarked or noted)."""
    quote_notes = {(n.target.article_id, n.target.anchor.key): n for n in store.notes()
                   if n.target.kind == "quote" and n.target.anchor is not None}
    bookmarks = _by_created(store.bookmarks())
    # A quote's author and URL fall back to those of its article's bookmark.
    articles = {b.article_id: b for b in bookmarks if isinstance(b, ArticleBookmark)}
    rows: list[tuple[str, ...]] = []
    seen: set[tuple[str | None, str]] = set()
    for b in bookmarks:
        if not isinstance(b, QuoteBookmark):
            continue
        note = quote_notes.get((b.article_id, b.anchor.key))
        seen.add((b.article_id, b.anchor.key))
        mark = articles.get(b.article_id)
        author = b.author or b.source or (mark and (mark.author or mark.source)) or ""
        url = b.url or (mark and mark.url) or ""
        rows.append(_readwise_row(b.anchor, b.article_title, author, url, b.speaker, note,
                                  b.created))
    for (article_id, key), n in sorted(quote_notes.items(), key=lambda kv: kv[1].created):
        if (article_id, key) in seen or n.target.anchor is None:
            continue
        mark = articles.get(article_id or "")
        author = (mark and (mark.author or mark.source)) or ""
        rows.append(_readwise_row(n.target.anchor, n.target.article_title or "", author,
                                  (mark and mark.url) or "", n.target.speaker, n, n.created))
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(READWISE_COLUMNS)
    writer.writerows(rows)
    return buffer.getvalue()


def _readwise_row(anchor: QuoteAnchor, title: str, author: str, url: str,
                  speaker: str | None, note: Note | None, created: str) -> tuple[str, ...]:
    parts = [f"Speaker: {speaker}"] if speaker else []
    if note is not None and note.text.strip():
        parts.append(note.text.strip())
    return (_cell(anchor.quote), _cell(title), _cell(author), _cell(url),
            _cell("\n".join(parts)), str(anchor.start), _readwise_date(created))


# -- Import --------------------------------------------------------------------------

@dataclass
class ImportResult:
    """What an import did. `merged`: notes on the same target whose texts were joined."""

    added: int = 0
    updated: int = 0
    unchanged: int = 0
    merged: int = 0
    skipped: list[str] = field(default_factory=list)

    def summary(self) -> str:
        text = (f"{self.added} added, {self.updated} updated, {self.unchanged} already "
                f"present, {self.merged} notes merged")
        if self.skipped:
            text += f", {len(self.skipped)} skipped (not valid records)"
        return text


def _parse_export(text: str) -> dict[str, Any]:
    try:
        doc = json.loads(text)
    except ValueError as exc:
        raise StoreError(f"This is not a reader JSON export (not valid JSON: {exc}).") from exc
    if not isinstance(doc, dict) or doc.get("format") != EXPORT_FORMAT:
        raise StoreError("This is not a reader JSON export (no \"format\": "
                         f"\"{EXPORT_FORMAT}\").")
    version = doc.get("version")
    if not isinstance(version, int) or version > EXPORT_VERSION:
        raise StoreError(f"This export has version {version!r}; this reader reads up to "
                         f"{EXPORT_VERSION}. Upgrade reader to import it.")
    return doc


ExportFormat = Literal["markdown", "json", "readwise"]
EXPORT_FORMAT_NAMES: tuple[ExportFormat, ...] = ("markdown", "json", "readwise")


def export_as(store: Store, fmt: ExportFormat) -> str:
    """The export in `fmt`: the one dispatch behind `reader export` and the app's dialog."""
    exporters = {"markdown": export_markdown, "json": export_json, "readwise": export_readwise}
    return exporters[fmt](store)


def import_json(store: Store, text: str) -> ImportResult:
    """Merge a JSON export into the store: by id, never duplicating a record.

    - same id: the copy with the later `updated` time wins;
    - a different id for something already there (same article bookmarked, same quote
      bookmarked): kept once; a second note on the same target: the texts are joined,
      so neither note is lost.
    """
    doc = _parse_export(text)
    result = ImportResult()
    incoming: list[Record] = []
    for table, key in (("bookmarks", "bookmarks"), ("notes", "notes")):
        items = doc.get(key, [])
        if not isinstance(items, list):
            raise StoreError(f"This export's {key!r} is not a list.")
        kinds = ("article", "quote") if table == "bookmarks" else ("note",)
        for raw in items:
            try:
                record_id = raw.get("id") if isinstance(raw, dict) else None
                _validate_record(table, kinds, str(record_id), raw)
                incoming.append(record_from_dict(raw))
            except (SchemaError, KeyError, TypeError, ValueError) as exc:
                result.skipped.append(str(exc))
    pending: dict[str, Record] = {}  # by id: what this import will write
    pending_by_key: dict[str, Record] = {}  # by meaning (see _key)

    def put(record: Record) -> None:
        pending[record.id] = record
        pending_by_key[_key(record)] = record

    for record in incoming:
        current = pending.get(record.id) or store.get(record.id)
        if current is not None:
            if record.updated > current.updated:
                put(record)
                result.updated += 1
            else:
                result.unchanged += 1
            continue
        twin = pending_by_key.get(_key(record)) or _twin(store, record)
        if twin is None:
            put(record)
            result.added += 1
        elif (isinstance(twin, Note) and isinstance(record, Note)
              and record.text.strip() not in twin.text):
            put(Note(target=twin.target, text=f"{twin.text}\n\n{record.text}", id=twin.id,
                     created=twin.created, updated=max(twin.updated, record.updated)))
            result.merged += 1
        else:
            result.unchanged += 1
    store.restore_many(list(pending.values()))
    state = doc.get("reading_state")
    if isinstance(state, dict):
        store.state.merge(state)
    return result


def _key(record: Record) -> str:
    if isinstance(record, ArticleBookmark):
        return f"bookmark:article:{record.article_id}"
    if isinstance(record, QuoteBookmark):
        return f"bookmark:quote:{record.article_id}:{record.anchor.key}"
    return f"note:{record.target.key}"


def _twin(store: Store, record: Record) -> Record | None:
    """A record already in the store that means the same thing under another id."""
    if isinstance(record, ArticleBookmark):
        return store.article_bookmark(record.article_id)
    if isinstance(record, QuoteBookmark):
        return store.quote_bookmark(record.article_id, record.anchor)
    return store.note_for(record.target)
