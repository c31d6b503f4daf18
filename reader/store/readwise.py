"""The Readwise CSV export: one row per quote or highlighted passage, safe to open in a spreadsheet.

Two things make a CSV dangerous when its text is untrusted (article text, imports):
- a line break that is not inside a quoted field starts a new row, so the text after it
  becomes cells of its own. The writer's line terminator is CRLF, so minimal quoting
  quotes every field holding CR, LF, the delimiter or a quote;
- a cell starting with = + - @ (or tab, CR, or the full-width forms of the four) is run as
  a formula. Such a start, at the beginning of a field and of every line inside it (a
  spreadsheet that splits rows at line breaks sees those as cell starts), gets an
  apostrophe in front, the usual defence: spreadsheets show the text as it is.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from collections.abc import Iterable

from reader.store.records import (
    ArticleBookmark,
    Bookmark,
    HighlightBookmark,
    Note,
    QuoteAnchor,
    QuoteBookmark,
)

READWISE_COLUMNS = ("Highlight", "Title", "Author", "URL", "Note", "Location", "Date")
FORMULA_STARTS = "=+-@\t\r\uff1d\uff0b\uff0d\uff20"
_LINE_START_FORMULA = re.compile(f"(?:^|(?<=[\r\n]))(?=[{re.escape(FORMULA_STARTS)}])")


def defuse(value: str) -> str:
    """`value` with an apostrophe before each formula start of the field or of a line."""
    return _LINE_START_FORMULA.sub("'", value)


def _date(iso: str) -> str:
    try:
        return dt.datetime.fromisoformat(iso).strftime("%Y-%m-%d %H:%M:%S")
    except ValueError:
        return defuse(iso)


def _row(anchor: QuoteAnchor, title: str, author: str, url: str, speaker: str | None,
         note: Note | None, created: str) -> tuple[str, ...]:
    parts = [f"Speaker: {speaker}"] if speaker else []
    if note is not None and note.text.strip():
        parts.append(note.text.strip())
    return (defuse(anchor.quote), defuse(title), defuse(author), defuse(url),
            defuse("\n".join(parts)), defuse(str(anchor.start)), _date(created))


def readwise_csv(bookmarks: Iterable[Bookmark], notes: Iterable[Note]) -> str:
    """The CSV for these records: quote bookmarks and highlights (oldest first; the same
    words once), then quote notes without either. A row's author and URL fall back to
    its article's bookmark."""
    quote_notes = {(n.target.article_id, n.target.anchor.key): n for n in notes
                   if n.target.kind == "quote" and n.target.anchor is not None}
    ordered = sorted(bookmarks, key=lambda r: (r.created, r.id))
    articles = {b.article_id: b for b in ordered if isinstance(b, ArticleBookmark)}
    rows: list[tuple[str, ...]] = []
    seen: set[tuple[str | None, str]] = set()
    for b in ordered:
        if not isinstance(b, QuoteBookmark | HighlightBookmark):
            continue
        if (b.article_id, b.anchor.key) in seen:
            continue  # a quote that is also highlighted: one row
        note = quote_notes.get((b.article_id, b.anchor.key))
        seen.add((b.article_id, b.anchor.key))
        mark = articles.get(b.article_id)
        author = b.author or b.source or (mark and (mark.author or mark.source)) or ""
        url = b.url or (mark and mark.url) or ""
        rows.append(_row(b.anchor, b.article_title, author, url, b.speaker, note, b.created))
    for (article_id, key), n in sorted(quote_notes.items(), key=lambda kv: kv[1].created):
        if (article_id, key) in seen or n.target.anchor is None:
            continue
        mark = articles.get(article_id or "")
        author = (mark and (mark.author or mark.source)) or ""
        rows.append(_row(n.target.anchor, n.target.article_title or "", author,
                         (mark and mark.url) or "", n.target.speaker, n, n.created))
    buffer = io.StringIO()
    # CRLF (RFC 4180): with "\n" the csv module leaves a field holding a bare CR unquoted.
    writer = csv.writer(buffer, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(READWISE_COLUMNS)
    writer.writerows(rows)
    return buffer.getvalue()
