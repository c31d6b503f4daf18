"""`reader search`, `reader quotes`, `reader people`, `reader export --person`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reader.__main__ import main
from reader.library import Database, ReadState
from reader.store import NoteTarget, QuoteAnchor, open_store

ROE = ("Harbour talks resume\n\nForeign Minister Jane Roe met Tomas Vark in Oslo. "
       "\"We are far apart,\" Roe said. North Korea was not discussed.\n")
CLINTON = ("Clintons tour the valley\n\nBill Clinton and Hillary Clinton toured the valley "
           "farms. \"The harvest is late,\" Bill Clinton said. The Grain Board said \"prices "
           "will hold.\" Pyongyang sent nobody.\n")
LATER_ROE = ("Roe returns home\n\nJane Roe flew back to the capital. \"The talks will go "
             "on,\" Ms. Roe told reporters.\n")


@pytest.fixture
def news(tmp_path: Path) -> Path:
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "roe.txt").write_text(ROE, encoding="utf-8")
    (folder / "clinton.txt").write_text(CLINTON, encoding="utf-8")
    (folder / "later.md").write_text(LATER_ROE, encoding="utf-8")
    return folder


def lines(capsys: pytest.CaptureFixture[str]) -> list[dict[str, object]]:
    return [json.loads(line) for line in capsys.readouterr().out.splitlines()]


def test_search_json(news: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "data"
    assert main(["search", "--json", 'person:"Jane Roe"', str(news), "--data-dir",
                 str(data)]) == 0
    found = lines(capsys)
    assert {f["title"] for f in found} == {"Harbour talks resume", "Roe returns home"}
    for f in found:
        assert set(f) == {"id", "title", "source", "date", "url", "path", "unread",
                          "bookmarked"}
        assert f["unread"] is True and f["bookmarked"] is False
        assert Path(str(f["path"])).parent == news

    # Bookmark one and mark it read: the flags and is: follow.
    first = found[0]
    with open_store(data) as store:
        store.bookmark_article(str(first["id"]), str(first["title"]))
    with Database.open(data) as database:
        ReadState(database).set_read(str(first["id"]))
    assert main(["search", "--json", "person:roe is:bookmarked", "--data-dir", str(data)]) == 0
    again = lines(capsys)
    assert [(f["id"], f["bookmarked"], f["unread"]) for f in again] == [
        (first["id"], True, False)]
    assert main(["search", "--json", "person:roe is:unread", "--data-dir", str(data)]) == 0
    assert [f["id"] for f in lines(capsys)] == [found[1]["id"]]


def test_search_terms_from_the_shell(news: Path, capsys: pytest.CaptureFixture[str]) -> None:
    def titles(query: str) -> set[object]:
        assert main(["search", "--json", query, str(news)]) == 0
        return {f["title"] for f in lines(capsys)}

    assert titles("country:KP") == {"Harbour talks resume", "Clintons tour the valley"}
    assert titles('country:"North Korea" -person:clinton') == {"Harbour talks resume"}
    assert titles("harvest OR capital") == {"Clintons tour the valley", "Roe returns home"}
    assert titles('said-by:"Hillary Clinton"') == set()


def test_a_query_that_starts_with_a_negation_is_the_query_not_an_option(
        news: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`reader search -person:clinton ~/news` (the README's `-term`) must search, not
    stop at "unrecognized arguments"; options around it still work."""
    assert main(["search", "--json", "-person:clinton", str(news)]) == 0
    assert {f["title"] for f in lines(capsys)} == {"Harbour talks resume", "Roe returns home"}
    assert main(["search", "-harvest", str(news), "--json"]) == 0
    assert len(lines(capsys)) == 2
    assert main(["quotes", "--json", "-said-by:clinton", str(news)]) == 0
    assert {q["speaker_id"] for q in lines(capsys)} == {"person:jane-roe"}
    assert main(["search", "-(roe", str(news)]) == 2
    err = capsys.readouterr().err.splitlines()
    assert err[-2:] == ["  -(roe", "   ^"]  # the caret under the query as typed


def test_a_malformed_query_is_a_message_not_a_traceback(
        news: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["search", 'person:"Jane Roe', str(news)]) == 2
    err = capsys.readouterr().err
    assert "never closed" in err
    assert "Traceback" not in err
    assert err.splitlines()[-1].strip() == "^"


def test_quotes_json(news: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["quotes", "--json", "said-by:roe", str(news)]) == 0
    found = lines(capsys)
    assert {q["text"] for q in found} == {'"We are far apart,"', '"The talks will go on,"'}
    for q in found:
        assert set(q) == {"text", "speaker", "speaker_id", "article_id", "article_title",
                          "path", "start", "end"}
        assert q["speaker_id"] == "person:jane-roe"
        text = Path(str(q["path"])).read_text(encoding="utf-8")
        assert text[int(str(q["start"])):int(str(q["end"]))] == q["text"]
    # Without said-by:/person:, every quote of the matching articles.
    assert main(["quotes", "--json", "harvest", str(news)]) == 0
    assert len(lines(capsys)) == 2


def test_people_json(news: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["people", "--json", str(news)]) == 0
    people = {p["id"]: p for p in lines(capsys)}
    roe = people["person:jane-roe"]
    assert {k: roe[k] for k in ("name", "role", "articles", "quotes")} == {
        "name": "Jane Roe", "role": "Foreign Minister", "articles": 2, "quotes": 2}
    assert int(str(roe["mentions"])) >= 4
    assert "person:bill-clinton" in people and "person:hillary-clinton" in people
    assert main(["people", str(news)]) == 0
    assert "Jane Roe" in capsys.readouterr().out


def test_export_person_markdown_with_notes_and_links(
        news: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "data"
    # Index the folder into this data folder's index (each data folder has its own).
    assert main(["search", "--json", "apart", str(news), "--data-dir", str(data)]) == 0
    (harbour,) = lines(capsys)
    with open_store(data) as store:
        # A note written on her in one article attaches to the library's person.
        store.set_note(NoteTarget.entity("person:jane-roe", "Jane Roe"), "Leads the talks.")
        anchor = QuoteAnchor(quote='"We are far apart,"', start=0, end=0)
        store.set_note(NoteTarget.quote(str(harbour["id"]), "Harbour talks resume", anchor),
                       "Before the second round.")
    assert main(["export", "--format", "markdown", "--person", "Jane Roe", "--links",
                 "--data-dir", str(data)]) == 0
    text = capsys.readouterr().out
    assert text.startswith("# Jane Roe\n")
    assert "Leads the talks." in text
    assert "Foreign Minister · 2 quotes in 2 articles" in text
    assert "## Roe returns home" in text and "## Harbour talks resume" in text
    assert text.index("Before the second round.") > text.index('"We are far apart,"')
    assert '> "We are far apart,"' in text and "> — [[Jane Roe]]" in text
    assert "[[Tomas Vark]]" in text
    assert main(["export", "--person", "Nobody Atall"]) == 1
    assert main(["export", "--format", "json", "--person", "Roe"]) == 2


def test_search_finds_feed_items_the_app_never_indexed(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`reader refresh` stores items; a search from the shell must find them without the
    app having run in between (the index is brought up to date from the feeds' table)."""
    import datetime as dt

    from reader.feeds.model import ParsedFeed, ParsedItem
    from reader.feeds.storage import FeedStore

    data = tmp_path / "data"
    data.mkdir()
    when = dt.datetime(2026, 3, 4, tzinfo=dt.UTC)
    parsed = ParsedFeed("rss20", "Harbour Gazette", None, [
        ParsedItem(key="guid:a", guid="a", url="https://gazette.example/a",
                   title="Harbour talks resume", author=None, published=when,
                   text=ROE.split("\n\n", 1)[1], has_content=True),
        ParsedItem(key="guid:b", guid="b", url="https://gazette.example/b",
                   title="Clintons tour the valley", author=None, published=when,
                   text=CLINTON.split("\n\n", 1)[1], has_content=True),
    ])
    with Database.open(data) as database:
        store = FeedStore(database)
        feed, _ = store.add_feed("https://gazette.example/rss")
        store.record_items(feed.id, parsed, url=feed.url, etag=None, last_modified=None)

    assert main(["search", "--json", 'said-by:"Jane Roe"', "--data-dir", str(data)]) == 0
    found = lines(capsys)
    assert [(f["title"], f["source"], f["url"]) for f in found] == [
        ("Harbour talks resume", "Harbour Gazette", "https://gazette.example/a")]
    assert str(found[0]["id"]).startswith("feed-")


def _feed_with(data: Path, items: list[tuple[str, str]]) -> str:
    """A subscription holding `items` (guid, article text), stored as a refresh would."""
    import datetime as dt

    from reader.feeds.model import ParsedFeed, ParsedItem
    from reader.feeds.storage import FeedStore

    when = dt.datetime(2026, 3, 4, tzinfo=dt.UTC)
    parsed = ParsedFeed("rss20", "Harbour Gazette", None, [
        ParsedItem(key=f"guid:{guid}", guid=guid, url=f"https://gazette.example/{guid}",
                   title=text.split("\n\n", 1)[0], author=None, published=when,
                   text=text.split("\n\n", 1)[1], has_content=True)
        for guid, text in items])
    with Database.open(data) as database:
        store = FeedStore(database)
        feed, _ = store.add_feed("https://gazette.example/rss")
        store.record_items(feed.id, parsed, url=feed.url, etag=None, last_modified=None)
    return feed.url


def test_items_of_an_unsubscribed_feed_leave_search_people_and_quotes(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Unsubscribing drops the feed's items (but the bookmarked ones) from the library:
    the shell's search, quotes and people must stop finding them too, though the index
    holds them from an earlier search."""
    data = tmp_path / "data"
    data.mkdir()
    url = _feed_with(data, [("a", ROE), ("b", LATER_ROE), ("c", CLINTON)])
    assert main(["search", "--json", "person:roe", "--data-dir", str(data)]) == 0
    found = {str(f["title"]): str(f["id"]) for f in lines(capsys)}
    assert set(found) == {"Harbour talks resume", "Roe returns home"}
    with open_store(data) as store:
        store.bookmark_article(found["Roe returns home"], "Roe returns home")

    assert main(["--data-dir", str(data), "feeds", "remove", url]) == 0
    capsys.readouterr()
    assert main(["search", "--json", "person:roe OR harvest", "--data-dir", str(data)]) == 0
    assert [f["title"] for f in lines(capsys)] == ["Roe returns home"]
    assert main(["quotes", "--json", "said-by:roe", "--data-dir", str(data)]) == 0
    assert [q["text"] for q in lines(capsys)] == ['"The talks will go on,"']
    assert main(["people", "--json", "--data-dir", str(data)]) == 0
    people = {p["id"]: p for p in lines(capsys)}
    assert people["person:jane-roe"]["articles"] == 1
    assert "person:bill-clinton" not in people


def test_the_last_feed_unsubscribed_takes_its_items_out_of_search(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "data"
    data.mkdir()
    url = _feed_with(data, [("a", ROE)])
    assert main(["search", "--json", "person:roe", "--data-dir", str(data)]) == 0
    assert len(lines(capsys)) == 1
    assert main(["--data-dir", str(data), "feeds", "remove", url]) == 0
    capsys.readouterr()
    assert main(["search", "--json", "person:roe", "--data-dir", str(data)]) == 0
    assert lines(capsys) == []


def test_people_of_an_empty_library_says_how_to_fill_it(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["people", "--data-dir", str(tmp_path / "data")]) == 0
    captured = capsys.readouterr()
    assert captured.out == ""  # no empty table
    assert "nobody in the library yet" in captured.err and "reader people ~/news" in captured.err


def test_a_date_that_is_only_the_files_own_is_marked_and_not_exported_as_its_date(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """As in the app's list: `reader search` marks a file's modification date "(file)",
    and `export --person` does not give it as the day the article was published."""
    import os

    folder = tmp_path / "undated"
    folder.mkdir()
    undated = folder / "roe.txt"
    undated.write_text(ROE, encoding="utf-8")
    stamp = 1589716800  # 2020-05-17 12:00 UTC
    os.utime(undated, (stamp, stamp))
    data = tmp_path / "data"
    assert main(["search", "roe", str(folder), "--data-dir", str(data)]) == 0
    assert "(2020-05-17 (file))" in capsys.readouterr().out
    assert main(["export", "--person", "Jane Roe", "--data-dir", str(data)]) == 0
    assert "2020-05-17" not in capsys.readouterr().out


@pytest.mark.parametrize("command", [["search", "harbour"], ["quotes", "said-by:roe"],
                                     ["people"], ["list"]])
def test_a_path_named_that_does_not_exist_is_said_and_ends_with_status_1(
        command: list[str], news: Path, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    """As `reader PATH` and `reader analyze PATH` do: the rest is still listed, and a
    script notices the typo."""
    missing = tmp_path / "newz"
    data = tmp_path / "data"
    assert main([*command, str(news), str(missing), "--data-dir", str(data)]) == 1
    captured = capsys.readouterr()
    assert str(missing) in captured.err and "Traceback" not in captured.err
    assert "Roe" in captured.out or "Harbour" in captured.out  # the rest all the same
    assert main([*command, str(news), "--data-dir", str(data)]) == 0
