"""The Markdown export: bookmarks and notes grouped by article, safe whatever the text.

Quotes and highlighted passages are block quotes under their article, in the order of
the text, each with its note (a highlight is a block quote without a speaker line).

Every field is untrusted (titles and quotes come from articles, anything from an import),
so its text can never change the document's structure:
- one-line fields (titles, ids, sources, dates, authors, names) are put on one line and
  each on a line of its own; Markdown punctuation is backslash-escaped and `& < >` become
  entities, so no field makes a heading, list, link, fence or raw HTML;
- quotes are block quotes, each line escaped the same way;
- notes are fenced with a backtick fence longer than any run of backticks inside them,
  so nothing in a note can close the fence;
- links are written only for http(s) URLs, as autolinks;
- control characters (and bidi controls) are dropped: the file may be shown in a terminal.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from reader.store.records import ArticleBookmark, Bookmark, HighlightBookmark, Note, QuoteAnchor

TITLE = "Reader: bookmarks and notes"
ENTITY_SECTION = "People, countries and organisations"
UNTITLED = "(untitled)"

_CONTROLS = {c: None for c in (*range(0x00, 0x09), *range(0x0B, 0x20), *range(0x7F, 0xA0),
                               0x061C, 0x200E, 0x200F, *range(0x202A, 0x202F),
                               *range(0x2066, 0x206A))}
# Inside a line (after "## " or "- Source: ") only these can make markup; at the start of
# a line (quote lines) list markers, setext underlines and breaks can too: escape all.
_INLINE_ESCAPES = {ord(c): "\\" + c for c in "\\`*_[]#|~"}
_INLINE_ESCAPES |= {ord("&"): "&amp;", ord("<"): "&lt;", ord(">"): "&gt;"}
_ESCAPES = _INLINE_ESCAPES | {ord(c): "\\" + c for c in "{}()+-.!=^"}
_SAFE_URL = re.compile(r"https?://[^\s<>\\`\"']+", re.ASCII | re.IGNORECASE)
_BACKTICK_RUN = re.compile("`+")


def clean(text: str) -> str:
    """Line breaks as LF, control characters (but tab and LF) and bidi controls dropped."""
    return text.replace("\r\n", "\n").replace("\r", "\n").translate(_CONTROLS)


def escape(text: str) -> str:
    """Text that Markdown shows as it is: punctuation escaped, & < > as entities."""
    return clean(text).translate(_ESCAPES)


def one_line(text: str) -> str:
    """The text on one line, every run of white space a single space, escaped for a place
    inside a line (never at its start)."""
    return " ".join(clean(text).split()).translate(_INLINE_ESCAPES)


def fenced(text: str) -> list[str]:
    """`text` as a fenced block whose fence no run of backticks inside can close."""
    body = clean(text).strip("\n")
    longest = max((len(run) for run in _BACKTICK_RUN.findall(body)), default=0)
    fence = "`" * max(3, longest + 1)
    return [fence, *body.split("\n"), fence]


def link(url: str | None) -> str | None:
    """An autolink for an http(s) URL; None for anything else (javascript:, data:, ...)."""
    if url and _SAFE_URL.fullmatch(url.strip()):
        return f"<{url.strip()}>"
    return None


def _block_quote(text: str) -> list[str]:
    lines = [escape(line.strip()) for line in clean(text).strip().split("\n")]
    return [f"> {line}".rstrip() for line in lines] or [">"]


def _heading(level: int, text: str) -> str:
    return f"{'#' * level} {one_line(text) or UNTITLED}"


def _fact(name: str, value: str | None) -> list[str]:
    shown = one_line(value or "")
    return [f"- {name}: {shown}"] if shown else []


def _note_lines(note: Note | None) -> list[str]:
    if note is None or not note.text.strip():
        return []
    return ["", "**Note:**", "", *fenced(note.text)]


def markdown_document(bookmarks: Iterable[Bookmark], notes: Iterable[Note],
                      exported: dt.datetime) -> str:
    """The export of these records; articles with the latest activity first."""
    titles: dict[str, str] = {}
    article_marks: dict[str, ArticleBookmark] = {}
    links: dict[str, str] = {}
    quotes: dict[str, dict[str, tuple[QuoteAnchor, str | None]]] = defaultdict(dict)
    article_notes: dict[str, Note] = {}
    quote_notes: dict[tuple[str, str], Note] = {}
    entity_notes: list[Note] = []
    latest: dict[str, str] = defaultdict(str)
    sources: dict[str, str] = {}  # from quote bookmarks, for an article not bookmarked

    for b in bookmarks:
        latest[b.article_id] = max(latest[b.article_id], b.created)
        if isinstance(b, ArticleBookmark):
            article_marks[b.article_id] = b
            titles[b.article_id] = b.title
        elif isinstance(b, HighlightBookmark):  # a quote bookmark of the same words wins
            titles.setdefault(b.article_id, b.article_title)
            quotes[b.article_id].setdefault(b.anchor.key, (b.anchor, None))
        else:
            titles.setdefault(b.article_id, b.article_title)
            quotes[b.article_id][b.anchor.key] = (b.anchor, b.speaker)
            if b.source:
                sources.setdefault(b.article_id, b.source)
        if b.url and link(b.url):
            links.setdefault(b.article_id, b.url)
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
            quotes[t.article_id].setdefault(t.anchor.key, (t.anchor, t.speaker))

    out = [f"# {TITLE}", "", f"Exported {exported:%Y-%m-%d %H:%M} UTC."]
    for article_id in sorted(latest, key=lambda a: (latest[a], a), reverse=True):
        out += ["", _heading(2, titles.get(article_id, article_id)), ""]
        out += _fact("Article", article_id)
        mark = article_marks.get(article_id)
        if mark is not None:
            out += _fact("Source", mark.source or sources.get(article_id))
            out += _fact("Date", mark.date) + _fact("Author", mark.author)
        else:
            out += _fact("Source", sources.get(article_id))
        url = link(links.get(article_id))
        if url:
            out.append(f"- Link: {url}")
        if mark is not None:
            out += _fact("Bookmarked", mark.created[:10])
        out += _note_lines(article_notes.get(article_id))
        for key, (anchor, speaker) in sorted(quotes[article_id].items(),
                                             key=lambda kv: (kv[1][0].start, kv[0])):
            out += ["", *_block_quote(anchor.quote)]
            if speaker and one_line(speaker):
                out += [">", f"> — {one_line(speaker)}"]
            out += _note_lines(quote_notes.get((article_id, key)))
    if entity_notes:
        out += ["", _heading(2, ENTITY_SECTION)]
        for n in sorted(entity_notes,
                        key=lambda n: ((n.target.entity_name or "").casefold(), n.id)):
            out += ["", _heading(3, n.target.entity_name or n.target.entity_id or ""), ""]
            out += _fact("Entity", n.target.entity_id)
            out += _fact("Written in", n.target.written_in)
            out += ["", *fenced(n.text)]
    return "\n".join(out) + "\n"


@dataclass(frozen=True, slots=True)
class SaidIn:
    """What one person said in one article, for `export_person_markdown`."""

    article_id: str
    title: str
    source: str | None
    date: str | None
    quotes: tuple[str, ...]


_WIKI_UNSAFE = re.compile(r"[\[\]|#^<>&`\\*_]")


def _person(name: str, links: bool) -> str:
    """A person's name on one line: escaped, or as an Obsidian-style [[Name]] link (the
    characters that would end or redirect the link, or make markup, are left out)."""
    if not links:
        return one_line(name)
    plain = _WIKI_UNSAFE.sub("", " ".join(clean(name).split())).strip()
    return f"[[{plain}]]" if plain else one_line(name)


def export_person_markdown(name: str, *, person_ids: set[str], role: str | None,
                           said: list[SaidIn], notes: list[Note],
                           appears_with: list[str], links: bool = False) -> str:
    """Everything a person said, by article, newest first, with the notes on them, their
    quotes and those articles; `links` writes people as Obsidian-style [[Name]] links.
    Escaped and fenced like `markdown_document`."""
    articles = {s.article_id for s in said}
    person_notes = [n for n in notes
                    if n.target.kind == "entity" and n.target.entity_id in person_ids]
    article_notes = {n.target.article_id: n for n in notes
                     if n.target.kind == "article" and n.target.article_id in articles}
    quote_notes = {(n.target.article_id, n.target.anchor.quote): n for n in notes
                   if n.target.kind == "quote" and n.target.anchor is not None}
    total = sum(len(s.quotes) for s in said)
    out = [_heading(1, name), ""]
    facts = [one_line(role)] if role and one_line(role) else []
    facts.append(f"{total} quote{'s' if total != 1 else ''} in {len(said)} "
                 f"article{'s' if len(said) != 1 else ''}")
    out.append(" · ".join(facts))
    if appears_with:
        out += ["", "Appears with: " + ", ".join(_person(n, links) for n in appears_with)]
    for note in person_notes:
        out += _note_lines(note)
        if note.text.strip() and note.target.written_in:
            out += ["", *_fact("Written in", note.target.written_in)]
    for entry in said:
        out += ["", _heading(2, entry.title), ""]
        out += _fact("Article", entry.article_id) + _fact("Source", entry.source)
        out += _fact("Date", entry.date)
        out += _note_lines(article_notes.get(entry.article_id))
        for quote in entry.quotes:
            out += ["", *_block_quote(quote), ">", f"> — {_person(name, links)}"]
            out += _note_lines(quote_notes.get((entry.article_id, quote)))
    return "\n".join(out) + "\n"
