"""Exports under hostile text (issue 11, points 12 and 13): any text in any field gives a
CSV that reads back as the same single row with no live formula, and Markdown whose
heading structure, links and fences do not change."""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt
from markdown_it.token import Token

from reader.store import ArticleBookmark, Note, NoteTarget, QuoteAnchor, QuoteBookmark
from reader.store.markdown import ENTITY_SECTION, TITLE, UNTITLED, markdown_document
from reader.store.readwise import FORMULA_STARTS, READWISE_COLUMNS, readwise_csv

# Text of every kind, with the characters that have broken exports weighted in.
HOSTILE = st.sampled_from(["\r", "\n", "\r\n", ",", '"', "=", "+", "-", "@", "\t", "#",
                           "`", "```", "~~~", "<", ">", "[", "]", "(", ")", "!", "*", "_",
                           "\\", "|", "&", ":", " ", "    ", "\u2028", "\x1b", "\x00",
                           "\uff1d", "\uff0b", "\uff0d", "\uff20", "javascript:", "<b>",
                           "===", "---", "1.", "&amp;", "http://x.test/a"])
TEXT = st.lists(st.one_of(HOSTILE, st.text(st.characters(codec="utf-8"), max_size=8)),
                max_size=8).map("".join)
NOW = dt.datetime(2026, 11, 30, 12, 0, tzinfo=dt.UTC)
EXAMPLES = int(os.environ.get("READER_EXPORT_EXAMPLES", "150"))  # more: a longer search
LINE_BREAK = re.compile(r"\r\n|\r|\n")
DEFUSED = re.compile(f"(?:^|(?<=[\r\n]))'(?=[{re.escape(FORMULA_STARTS)}])")


def _records(quote: str, title: str, author: str, url: str, speaker: str, note: str,
             article_id: str, source: str, date: str, entity: str) -> tuple[
                 list[ArticleBookmark | QuoteBookmark], list[Note]]:
    anchor = QuoteAnchor(quote=quote, start=3, end=3 + len(quote))
    article = ArticleBookmark(article_id=article_id, title=title, source=source, date=date,
                              url=url, author=author, created="2026-11-30T10:00:00+00:00")
    bookmark = QuoteBookmark(article_id=article_id, article_title=title, anchor=anchor,
                             speaker=speaker, author=author, url=url,
                             created="2026-11-30T11:00:00+00:00")
    notes = [Note(NoteTarget.quote(article_id, title, anchor, speaker), note),
             Note(NoteTarget.article(article_id, title), note),
             Note(NoteTarget.entity(entity, entity), note)]
    return [article, bookmark], notes


def _undefused(text: str) -> str:
    return DEFUSED.sub("", text)


def _live_formula(cell: str) -> bool:
    return any(line[:1] in FORMULA_STARTS for line in LINE_BREAK.split(cell) if line)


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(quote=TEXT, title=TEXT, author=TEXT, url=TEXT, speaker=TEXT, note=TEXT)
def test_readwise_any_text_reads_back_as_the_same_single_row(
        quote: str, title: str, author: str, url: str, speaker: str, note: str) -> None:
    bookmarks, notes = _records(quote, title, author, url, speaker, note, "a", "", "", "e")
    text = readwise_csv(bookmarks, notes)
    rows = list(csv.reader(io.StringIO(text, newline="")))
    assert rows[0] == list(READWISE_COLUMNS)
    assert len(rows) == 2, "a field broke out of its row"
    row = dict(zip(READWISE_COLUMNS, rows[1], strict=True))
    for name, original in (("Highlight", quote), ("Title", title),
                           ("Author", author or ""), ("URL", url)):
        assert _undefused(row[name]) == _undefused(original), name
    if note.strip():
        assert _undefused(note.strip()) in _undefused(row["Note"])
    for name, cell in row.items():
        assert not _live_formula(cell), (name, cell)
    # Every line break is inside a quoted field: none is a bare row separator.
    assert text.count("\r\n") >= 2 and text.endswith("\r\n")


def test_readwise_bare_carriage_return_is_quoted_and_formula_after_it_defused() -> None:
    bookmarks, notes = _records("safe\r=1+1", "t", "", "", "", "", "a", "", "", "e")
    text = readwise_csv(bookmarks, notes)
    assert '"safe\r\'=1+1"' in text
    rows = list(csv.reader(io.StringIO(text, newline="")))
    assert len(rows) == 2 and rows[1][0] == "safe\r'=1+1"


def test_readwise_full_width_and_control_formula_starts_are_defused() -> None:
    for start in ("\uff1d", "\uff0b", "\uff0d", "\uff20", "\t", "\r", "-", "@"):
        bookmarks, notes = _records(f"{start}SUM(1)", "t", "", "", "", "", "a", "", "", "e")
        rows = list(csv.reader(io.StringIO(readwise_csv(bookmarks, notes), newline="")))
        assert rows[1][0] == f"'{start}SUM(1)", repr(start)


# -- Markdown ------------------------------------------------------------------------

def _inline_text(token: Token) -> str:
    parts = []
    for child in token.children or []:
        if child.type in ("text", "text_special", "code_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append("\n")
    return "".join(parts)


def _one_line(text: str) -> str:
    cleaned = "".join(c for c in text.replace("\r", "\n")
                      if c in "\t\n" or not (ord(c) < 0x20 or 0x7F <= ord(c) < 0xA0
                                             or c in "\u061c\u200e\u200f"
                                             or 0x202A <= ord(c) <= 0x202E
                                             or 0x2066 <= ord(c) <= 0x2069))
    return " ".join(cleaned.split())


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(quote=TEXT, title=TEXT, author=TEXT, url=TEXT, speaker=TEXT, note=TEXT,
       article_id=TEXT, source=TEXT, date=TEXT, entity=TEXT)
def test_markdown_any_text_keeps_the_heading_structure(
        quote: str, title: str, author: str, url: str, speaker: str, note: str,
        article_id: str, source: str, date: str, entity: str) -> None:
    bookmarks, notes = _records(quote, title, author, url, speaker, note, article_id, source,
                                date, entity)
    text = markdown_document(bookmarks, notes, NOW)
    tokens = MarkdownIt("commonmark").parse(text)
    headings = [(tok.tag, _inline_text(tokens[i + 1])) for i, tok in enumerate(tokens)
                if tok.type == "heading_open"]
    assert headings == [("h1", TITLE), ("h2", _one_line(title) or UNTITLED),
                        ("h2", ENTITY_SECTION), ("h3", _one_line(entity) or UNTITLED)]
    assert not [t for t in tokens if t.type in ("html_block", "html_inline")]
    inline = [c for t in tokens if t.type == "inline" for c in t.children or []]
    assert not [c for c in inline if c.type == "html_inline"]
    links = [c.attrGet("href") for c in inline if c.type == "link_open"]
    assert all(str(href).startswith(("http://", "https://")) for href in links), links
    fences = [t for t in tokens if t.type == "fence"]
    if note.strip():  # one fence per note, holding the note's text
        assert len(fences) == 3
        cleaned = _one_line(note)
        for fence in fences:
            assert " ".join(fence.content.split()) == cleaned
    else:
        assert len(fences) == 1  # the entity note is written even when blank


def test_markdown_newline_in_id_and_open_fence_in_author_do_not_inject() -> None:
    bookmarks, notes = _records("q", "Title", "```\n# Owned", "javascript:alert(1)", "",
                                "n ```` x", "id\n# Injected", "<script>x</script>",
                                "2024\n---", "e")
    text = markdown_document(bookmarks, notes, NOW)
    assert "\n# Injected" not in text and "\n# Owned" not in text
    assert "<script>" not in text and "javascript:alert" not in text.replace("\\", "")
    assert "\n`````\nn ```` x\n`````" in text  # the fence is longer than the run inside
    assert "- Link:" not in text


def test_markdown_writes_http_links_only() -> None:
    bookmarks, notes = _records("q", "T", "", "https://news.example/a?b=1", "", "", "a", "",
                                "", "e")
    text = markdown_document(bookmarks, notes, NOW)
    assert "- Link: <https://news.example/a?b=1>" in text
    tokens = MarkdownIt("commonmark").parse(text)
    hrefs = [c.attrGet("href") for t in tokens if t.type == "inline"
             for c in t.children or [] if c.type == "link_open"]
    assert hrefs == ["https://news.example/a?b=1"]


@settings(max_examples=EXAMPLES // 2, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(name=TEXT, role=TEXT, title=TEXT, quote=TEXT, note=TEXT, other=TEXT,
       links=st.booleans())
def test_person_markdown_any_text_keeps_the_heading_structure(
        name: str, role: str, title: str, quote: str, note: str, other: str,
        links: bool) -> None:
    from reader.store import SaidIn, export_person_markdown

    said = [SaidIn(article_id="a", title=title, source=other, date=other, quotes=(quote,))]
    notes = [Note(NoteTarget.entity("person:p", name), note)]
    text = export_person_markdown(name, person_ids={"person:p"}, role=role, said=said,
                                  notes=notes, appears_with=[other], links=links)
    tokens = MarkdownIt("commonmark").parse(text)
    headings = [(tok.tag, _inline_text(tokens[i + 1])) for i, tok in enumerate(tokens)
                if tok.type == "heading_open"]
    assert headings == [("h1", _one_line(name) or UNTITLED), ("h2", _one_line(title) or UNTITLED)]
    assert not [t for t in tokens if t.type in ("html_block", "html_inline")]
    inline = [c for t in tokens if t.type == "inline" for c in t.children or []]
    assert not [c for c in inline if c.type in ("html_inline", "link_open")]
