"""Export (JSON lossless, Markdown, Readwise CSV) and import merging by id."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from reader.store import (
    NoteTarget,
    QuoteAnchor,
    Store,
    export_json,
    export_markdown,
    export_readwise,
    import_json,
    open_store,
)
from tests.store.conftest import ARTICLE_TEXT

QUOTE = "We will hold the line,"


def _fill(store: Store) -> None:
    start = ARTICLE_TEXT.index(QUOTE)
    anchor = QuoteAnchor.from_text(ARTICLE_TEXT, start, start + len(QUOTE), "h")
    store.bookmark_article("allies-1", "Allies [VIDEO] agree", source="Yonhap",
                           date="2024-05-01")
    store.bookmark_quote("allies-1", "Allies [VIDEO] agree", anchor, speaker="Patrick Ryder")
    store.set_note(NoteTarget.quote("allies-1", "Allies [VIDEO] agree", anchor,
                                    "Patrick Ryder"), "=cmd|' /C calc'!A0 first line\nsecond")
    store.set_note(NoteTarget.article("allies-1", "Allies [VIDEO] agree"), "context")
    store.set_note(NoteTarget.entity("person:patrick-ryder", "Patrick Ryder"), "spokesman")
    store.state.set_read("allies-1")


def _records(export: str) -> dict[str, object]:
    doc = json.loads(export)
    return {"bookmarks": doc["bookmarks"], "notes": doc["notes"],
            "state": doc["reading_state"]["articles"]}


def test_json_export_import_export_is_lossless(store: Store, tmp_path: Path) -> None:
    _fill(store)
    first = export_json(store)
    with open_store(tmp_path / "other") as empty:
        result = import_json(empty, first)
        assert (result.added, result.updated, result.merged) == (5, 0, 0)
        again = export_json(empty)
    assert _records(again) == _records(first)


def test_import_twice_never_duplicates(store: Store) -> None:
    _fill(store)
    exported = export_json(store)
    result = import_json(store, exported)
    assert result.added == 0 and result.unchanged == 5
    assert len(store.bookmarks()) == 2 and len(store.notes()) == 3


def test_import_edit_on_both_sides_keeps_both_and_other_id_on_same_target_merges(
        store: Store, tmp_path: Path) -> None:
    _fill(store)
    exported = json.loads(export_json(store))
    note = next(n for n in exported["notes"] if n["target"]["kind"] == "article")
    note["text"], note["updated"] = "newer text", "2999-01-01T00:00:00+00:00"
    with open_store(tmp_path / "b") as other:
        other.set_note(NoteTarget.entity("person:patrick-ryder", "Patrick Ryder"),
                       "seen in Seoul")
        result = import_json(other, json.dumps(exported))
        assert result.merged == 1  # the entity note: two ids, one target
        entity = other.note_for(NoteTarget.entity("person:patrick-ryder", "P"))
        assert entity is not None and "seen in Seoul" in entity.text
        assert "spokesman" in entity.text
    result = import_json(store, json.dumps(exported))
    assert result.updated == 0 and result.merged == 1 and len(result.conflicts) == 1
    assert "edited both here and in the file" in result.summary()
    article_note = store.note_for(NoteTarget.article("allies-1", "x"))
    assert article_note is not None
    assert article_note.text.startswith("context\n\n--- Imported copy (conflicting edit")
    assert article_note.text.endswith("---\nnewer text")
    again = import_json(store, json.dumps(exported))  # the same file again: nothing new
    assert again.merged == 0 and again.conflicts == [] and again.unchanged == 5


def test_markdown_groups_by_article_with_block_quotes(store: Store) -> None:
    _fill(store)
    text = export_markdown(store)
    assert "## Allies \\[VIDEO\\] agree" in text
    assert "> We will hold the line," in text and "> — Patrick Ryder" in text
    assert text.index("> We will hold") < text.index("second")
    assert "### Patrick Ryder" in text and "spokesman" in text


def test_readwise_csv_has_standard_columns_and_defuses_formulas(store: Store) -> None:
    _fill(store)
    rows = list(csv.DictReader(io.StringIO(export_readwise(store))))
    assert list(rows[0]) == ["Highlight", "Title", "Author", "URL", "Note", "Location", "Date"]
    assert len(rows) == 1
    row = rows[0]
    assert row["Highlight"] == QUOTE and row["Title"] == "Allies [VIDEO] agree"
    assert row["Author"] == "Yonhap" and row["Location"] == str(ARTICLE_TEXT.index(QUOTE))
    assert row["Note"] == "Speaker: Patrick Ryder\n'=cmd|' /C calc'!A0 first line\nsecond"


def test_readwise_cells_that_would_run_as_formulas_are_defused(store: Store) -> None:
    text = "=HYPERLINK(1) @SUM(2)"
    anchor = QuoteAnchor.from_text(text, 0, len(text))
    store.bookmark_quote("x", "+title", anchor)
    store.set_note(NoteTarget.quote("x", "+title", anchor), "@note")
    row = next(csv.DictReader(io.StringIO(export_readwise(store))))
    assert row["Highlight"] == "'=HYPERLINK(1) @SUM(2)"
    assert row["Title"] == "'+title" and row["Note"] == "'@note"


def test_markdown_heads_each_article_with_its_whole_headline_source_and_date(
        store: Store, tmp_path: Path) -> None:
    import datetime as dt
    import os

    from reader.analysis import Quote
    from reader.articles import load_article
    from reader.ui.session import toggle_bookmark

    headline = "Harbour board " + "and the fishing fleet " * 6 + "agree on a new pier"
    body = 'The mayor said "the pier will be built" on Tuesday.'
    dated = tmp_path / "pier_2016-10-12.txt"
    dated.write_text(f"{headline}\n\n{body}\n(Harbour Herald)\n", encoding="utf-8")
    article = load_article(dated)
    assert article.title != headline  # the list's title is cut; the export's is not
    toggle_bookmark(store, article, None, None)
    undated = tmp_path / "quay.txt"
    undated.write_text(f"Quay work late\n\n{body}\n(Quay News)\n", encoding="utf-8")
    stamp = dt.datetime(2020, 5, 17, 12, 0).timestamp()
    os.utime(undated, (stamp, stamp))
    other = load_article(undated)
    start = other.text.index('"the pier')
    quote = Quote(start, start + 23, other.text[start:start + 23])
    toggle_bookmark(store, other, quote, None)  # a quote only: no article bookmark
    toggle_bookmark(store, other, None, None)
    text = export_markdown(store)
    assert f"## {headline}" in text
    assert "- Source: Harbour Herald" in text and "- Date: 2016-10-12" in text
    quay = text[text.index("## Quay work late"):]
    assert "- Source: Quay News" in quay
    # The file's modification date is not the article's: it is not exported as its date.
    assert "2020-05-17" not in text


def test_markdown_names_the_source_of_an_article_with_only_quotes(store: Store) -> None:
    anchor = QuoteAnchor.from_text(ARTICLE_TEXT, 0, 10, "h")
    store.bookmark_quote("only-quotes", "Only quotes here", anchor, source="Quay News")
    text = export_markdown(store)
    assert "## Only quotes here" in text and "- Source: Quay News" in text


def test_a_feed_items_link_goes_with_its_bookmarks_into_the_readwise_csv(
        store: Store) -> None:
    """A quote, the article and a highlight of a feed item all carry its page's URL (and
    its whole headline): Readwise's URL column and the JSON have it."""
    import dataclasses

    from reader.analysis import Quote
    from reader.articles import article_from_text
    from reader.ui.session import keep_passage, toggle_bookmark

    headline = "Council approves " + "the long bridge over the river " * 4 + "at last"
    body = 'The mayor said "we have waited long enough" on Monday evening.'
    base = article_from_text(f"{headline}\n\n{body}\n")
    article = dataclasses.replace(base, url="https://news.example/bridge",
                                  feed="https://news.example/rss")
    assert article.title != headline
    start = article.text.index('"we have')
    toggle_bookmark(store, article, Quote(start, start + 26, article.text[start:start + 26]),
                    None)
    toggle_bookmark(store, article, None, None)
    keep_passage(store, article, article.text.index("Monday"), len(article.text) - 2)
    rows = list(csv.DictReader(io.StringIO(export_readwise(store))))
    assert len(rows) == 2  # the quote and the highlight
    assert {r["URL"] for r in rows} == {"https://news.example/bridge"}
    assert {r["Title"] for r in rows} == {headline}
    exported = json.loads(export_json(store))
    assert {b["url"] for b in exported["bookmarks"]} == {"https://news.example/bridge"}
