"""The feed commands end to end: `reader feeds|refresh|list|opml` against the loopback server."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reader.__main__ import main
from tests.feeds.fixtures import rss, simple_rss
from tests.feeds.server import FeedServer

PROXY_VARIABLES = ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy",
                   "all_proxy")


@pytest.fixture(autouse=True)
def _no_proxies(monkeypatch: pytest.MonkeyPatch) -> None:
    # The commands honour proxy settings; here every request must go to 127.0.0.1 itself.
    for name in PROXY_VARIABLES:
        monkeypatch.delenv(name, raising=False)


def reader(data_dir: Path, *args: str) -> int:
    return main(["--data-dir", str(data_dir), *args])


def test_add_list_remove(server: FeedServer, data_dir: Path,
                         capsys: pytest.CaptureFixture[str]) -> None:
    server.serve("/feed", simple_rss(2, title="Valley [VIDEO] Courier"))
    assert reader(data_dir, "feeds", "add", server.url("/feed"), "--tag", "local",
                  "--tag", "news") == 0
    out = capsys.readouterr().out
    assert "subscribed to Valley [VIDEO] Courier" in out and "2 items, 2 new" in out
    assert (data_dir / "library.sqlite3").is_file()
    assert reader(data_dir, "feeds", "list", "--json") == 0
    [record] = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert record["url"] == server.url("/feed") and record["title"] == "Valley [VIDEO] Courier"
    assert record["tags"] == ["local", "news"] and record["items"] == 2
    assert record["unread"] == 2 and record["last_status"] == "new items"
    assert record["last_error"] is None and record["last_fetched"].endswith("+00:00")
    assert reader(data_dir, "feeds", "rename", server.url("/feed"), "Mine") == 0
    assert reader(data_dir, "feeds", "list") == 0
    assert "Mine [local, news]" in capsys.readouterr().out
    assert reader(data_dir, "feeds", "remove", server.url("/feed")) == 0
    assert reader(data_dir, "feeds", "remove", server.url("/feed")) == 1
    assert "not subscribed" in capsys.readouterr().err


def test_remove_keeps_bookmarked_items_and_refuses_without_the_store(
        server: FeedServer, data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from reader.store import open_store

    server.serve("/feed", simple_rss(3, title="Valley Courier"))
    assert reader(data_dir, "feeds", "add", server.url("/feed")) == 0
    capsys.readouterr()
    assert reader(data_dir, "list", "--json") == 0
    listed = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    chosen = listed[1]
    with open_store(data_dir) as store:
        store.bookmark_article(chosen["id"], chosen["title"])

    store_file = data_dir / "store.json"
    store_file.rename(data_dir / "aside")
    store_file.mkdir()  # the bookmarks cannot be read (even as root): nothing may go
    assert reader(data_dir, "feeds", "remove", server.url("/feed")) == 1
    assert "bookmarks could not be read" in capsys.readouterr().err
    store_file.rmdir()
    (data_dir / "aside").rename(store_file)

    assert reader(data_dir, "feeds", "remove", server.url("/feed")) == 0
    assert "1 bookmarked or noted item kept" in capsys.readouterr().out
    assert reader(data_dir, "list", "--json", "--text") == 0
    [kept] = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert kept["id"] == chosen["id"] and kept["bookmarked"] and kept["text"]
    assert reader(data_dir, "feeds", "list") == 0
    assert "Valley Courier" not in capsys.readouterr().out


def test_add_reports_a_bad_url_without_a_traceback(server: FeedServer, data_dir: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    assert reader(data_dir, "feeds", "add", server.url("/missing")) == 1
    err = capsys.readouterr().err
    assert "not found (HTTP 404)" in err and "Traceback" not in err, err
    assert reader(data_dir, "feeds", "add", "ftp://example.test/x") == 1
    assert "http" in capsys.readouterr().err


def test_one_item_and_one_feed_are_said_in_the_singular(
        server: FeedServer, data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    server.serve("/feed", simple_rss(1, title="Lone Courier"))
    assert reader(data_dir, "feeds", "add", server.url("/feed")) == 0
    assert "; 1 item, 1 new" in capsys.readouterr().out
    assert reader(data_dir, "feeds", "list") == 0
    assert "  1 item, 1 unread; fetched" in capsys.readouterr().out
    server.serve("/feed", simple_rss(2, title="Lone Courier"))
    assert reader(data_dir, "refresh") == 0
    assert "1 feed, 1 new item, 0 not fetched" in capsys.readouterr().out


def test_refresh_summary_and_exit_status(server: FeedServer, data_dir: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    server.serve("/good", simple_rss(2, title="Good"), etag='"1"')
    server.serve("/later", simple_rss(1, title="Later", prefix="later"))
    assert reader(data_dir, "feeds", "add", server.url("/good")) == 0
    assert reader(data_dir, "feeds", "add", server.url("/later")) == 0
    capsys.readouterr()
    server.serve("/good", simple_rss(3, title="Good"), etag='"2"')
    assert reader(data_dir, "refresh") == 0
    out = capsys.readouterr()
    assert "Good: 1 new" in out.out and "Later: 0 new" in out.out
    assert "2 feeds, 1 new item, 0 not fetched" in out.out
    assert "\r" not in out.err  # no progress bar when stderr is not a terminal
    # One feed breaks: the other is still fetched, and the status says so.
    server.status("/later", 500)
    assert reader(data_dir, "refresh") == 1
    out = capsys.readouterr().out
    assert "Good: not modified" in out and "Later: error: server error (HTTP 500)" in out
    # Refreshing one feed by URL only touches that one.
    before = len(server.requests_to("/later"))
    assert reader(data_dir, "refresh", server.url("/good")) == 0
    assert len(server.requests_to("/later")) == before
    assert reader(data_dir, "refresh", server.url("/nope")) == 1


def test_list_json_fields_and_text(server: FeedServer, data_dir: Path,
                                   capsys: pytest.CaptureFixture[str]) -> None:
    body = rss([("[VIDEO] Crane [/b] falls", "g1", "/crane")], title="Dock News")
    server.serve("/feed", body)
    assert reader(data_dir, "feeds", "add", server.url("/feed")) == 0
    capsys.readouterr()
    assert reader(data_dir, "list", "--json", "--text") == 0
    [record] = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert set(record) == {"id", "feed", "title", "source", "author", "date", "url",
                           "path", "unread", "bookmarked", "date_from_file", "text"}
    assert record["title"] == "[VIDEO] Crane [/b] falls" and record["source"] == "Dock News"
    assert record["feed"] == server.url("/feed") and record["url"] == server.url("/crane")
    assert record["unread"] is True and record["bookmarked"] is False
    assert record["date_from_file"] is False  # a feed item's date is the feed's
    assert record["text"] == "The council met on Tuesday." and record["id"].startswith("feed-")
    # A bookmark in the store shows in the list.
    from reader.store import open_store

    with open_store(data_dir) as store:
        store.bookmark_article(record["id"], record["title"])
    assert reader(data_dir, "list", "--json", "--feed", server.url("/feed")) == 0
    [again] = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert again["bookmarked"] is True and "text" not in again


def test_list_shows_the_feeds_items_and_the_articles_of_the_paths_given(
        server: FeedServer, data_dir: Path, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    """`reader list ~/news`: what `reader ~/news` opens, listed like the feeds' items,
    newest first, with their read marks (the library's) and bookmarks."""
    from reader.library import Database, ReadState
    from reader.store import open_store

    dated = ("<pubDate>Tue, 03 Mar 2026 10:00:00 GMT</pubDate><description>"
             "Ferries sail again.</description>")
    server.serve("/feed", rss([("Ferry news", "f1", "/f1")], title="Dock News")
                 .replace(b"<description>&lt;p&gt;The council met on Tuesday.&lt;/p&gt;"
                          b"</description>", dated.encode()))
    assert reader(data_dir, "feeds", "add", server.url("/feed")) == 0
    news = tmp_path / "news"
    news.mkdir()
    (news / "wire_2026-03-05_harbour.txt").write_text(
        "Harbour [VIDEO] reopens\n\nThe harbour reopened on Thursday.\n", encoding="utf-8")
    (news / "wire_2026-03-01_bridge.md").write_text(
        "Bridge vote\n\nThe council voted.\n", encoding="utf-8")
    (news / "broken.txt").write_bytes(b"bin\x00ary")
    capsys.readouterr()
    assert reader(data_dir, "list", str(news)) == 0
    captured = capsys.readouterr()
    rows = captured.out.splitlines()
    assert [row.split("  ")[-1].strip() for row in rows] == [
        "Harbour [VIDEO] reopens", "Ferry news", "Bridge vote"]
    assert rows[0].startswith("• 2026-03-05") and rows[1].startswith("• 2026-03-03 Dock News")
    assert "broken.txt" in captured.err and "binary" in captured.err

    assert reader(data_dir, "list", "--json", "--text", str(news)) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    harbour = records[0]
    assert harbour["path"] == str(news / "wire_2026-03-05_harbour.txt")
    assert harbour["feed"] is None and harbour["date"] == "2026-03-05"
    assert harbour["text"] == "The harbour reopened on Thursday."
    assert records[1]["path"] is None and records[1]["feed"] == server.url("/feed")
    with Database.open(data_dir) as database:
        ReadState(database).set_read(harbour["id"])
    with open_store(data_dir) as store:
        store.bookmark_article(records[2]["id"], records[2]["title"])
    assert reader(data_dir, "list", "--unread", str(news)) == 0
    rows = capsys.readouterr().out.splitlines()
    assert [row[0] for row in rows] == ["•", "*"]
    assert "Harbour" not in "".join(rows)
    assert reader(data_dir, "list", "--feed", server.url("/feed"), str(news)) == 2


def test_feeds_list_without_feeds_says_how_to_add_one(
        data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert reader(data_dir, "feeds", "list") == 0
    captured = capsys.readouterr()
    assert captured.out == "" and "no feeds yet: 'reader feeds add URL'" in captured.err


def test_list_without_feeds_or_paths_says_how_to_get_some(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert reader(tmp_path / "data", "list") == 0
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "no feeds yet" in captured.err and "reader list PATH" in captured.err
    assert not (tmp_path / "data" / "library.sqlite3").exists()


def test_opml_import_then_export(data_dir: Path, tmp_path: Path,
                                 capsys: pytest.CaptureFixture[str]) -> None:
    opml = tmp_path / "subs.opml"
    opml.write_text('<?xml version="1.0"?><opml version="2.0"><body>'
                    '<outline text="News"><outline type="rss" text="A" '
                    'xmlUrl="https://a.example/rss"/></outline>'
                    '<outline type="rss" text="B" xmlUrl="https://b.example/rss"/>'
                    "</body></opml>", encoding="utf-8")
    assert reader(data_dir, "opml", "import", str(opml)) == 0
    assert "2 new feeds, 0 already subscribed" in capsys.readouterr().err
    assert reader(data_dir, "opml", "import", str(opml)) == 0
    assert "0 new feeds, 2 already subscribed" in capsys.readouterr().err
    out_file = tmp_path / "out.opml"
    assert reader(data_dir, "opml", "export", "-o", str(out_file)) == 0
    exported = out_file.read_bytes()
    assert b'<outline text="News" title="News">' in exported
    assert b'xmlUrl="https://b.example/rss"' in exported
    bad = tmp_path / "bad.opml"
    bad.write_bytes(b"<opml><body>")
    assert reader(data_dir, "opml", "import", str(bad)) == 1
    assert "not valid XML" in capsys.readouterr().err
    assert reader(data_dir, "opml", "import", str(tmp_path / "none.opml")) == 1


def test_search_finds_feed_items_by_their_feeds_tag_and_title(
        server: FeedServer, data_dir: Path, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    from reader.analysis import ANALYSER_VERSION, analyze
    from reader.articles.sources.feeds import item_article
    from reader.feeds.storage import FeedStore
    from reader.library import Database
    from reader.library.index import open_index

    server.serve("/a", rss([("Alpha item", "a1", "/a1")], title="Alpha Wire"))
    server.serve("/b", rss([("Beta item", "b1", "/b1")], title="Beta Ledger"))
    assert reader(data_dir, "feeds", "add", server.url("/a"), "--tag", "World") == 0
    assert reader(data_dir, "feeds", "add", server.url("/b")) == 0
    # The app indexes the library's items; here the test does it, in the same cache.
    cache = tmp_path / "cache"
    monkeypatch.setenv("READER_CACHE_DIR", str(cache))
    with Database.open(data_dir) as database:
        items = [item_article(i) for i in FeedStore(database).iter_items()]
    index = open_index(cache, data_dir, ANALYSER_VERSION)
    index.sync(items, lambda a: analyze(a.text))
    index.close()
    capsys.readouterr()

    def titles(query: str) -> list[str]:
        assert reader(data_dir, "search", "--json", query) == 0
        return sorted(json.loads(line)["title"]
                      for line in capsys.readouterr().out.splitlines())

    assert titles("tag:world") == ["Alpha item"]
    assert titles("feed:LEDGER") == ["Beta item"]
    assert titles("feed:wire OR feed:ledger") == ["Alpha item", "Beta item"]


@pytest.mark.parametrize("option", [["--keep-days", "-5"], ["--keep-days", "nan"],
                                    ["--keep-items", "-1"], ["--keep-items", "2.5"]])
def test_refresh_refuses_a_retention_below_zero_before_it_drops_anything(
        option: list[str], server: FeedServer, data_dir: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    """`--keep-days -5` would make every item that left its feed too old: refused."""
    server.serve("/feed", simple_rss(3, title="Courier"))
    assert reader(data_dir, "feeds", "add", server.url("/feed")) == 0
    server.serve("/feed", simple_rss(1, title="Courier", prefix="new"))  # 3 items left it
    capsys.readouterr()
    with pytest.raises(SystemExit) as stopped:
        reader(data_dir, "refresh", *option)
    assert stopped.value.code == 2
    assert option[0] in capsys.readouterr().err
    assert reader(data_dir, "list", "--json") == 0
    assert len(capsys.readouterr().out.splitlines()) == 3  # nothing fetched, nothing dropped


def test_refresh_keeps_none_of_the_items_that_left_with_zero(
        server: FeedServer, data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    server.serve("/feed", simple_rss(3, title="Courier"))
    assert reader(data_dir, "feeds", "add", server.url("/feed")) == 0
    server.serve("/feed", simple_rss(1, title="Courier", prefix="new"))
    assert reader(data_dir, "refresh", "--keep-days", "0", "--keep-items", "0") == 0
    capsys.readouterr()
    assert reader(data_dir, "list", "--json") == 0
    assert [json.loads(line)["title"] for line in capsys.readouterr().out.splitlines()] == [
        "Story 0"]


def test_list_of_paths_goes_on_when_the_feeds_cannot_be_read(
        data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (data_dir / "library.sqlite3").write_bytes(b"not a database at all")
    news = tmp_path / "news"
    news.mkdir()
    (news / "a.txt").write_text("Harbour reopens\n\nThe harbour reopened.\n", encoding="utf-8")
    assert reader(data_dir, "list", str(news)) == 0
    captured = capsys.readouterr()
    assert "Harbour reopens" in captured.out
    assert "library.sqlite3" in captured.err and "paths given only" in captured.err
    assert reader(data_dir, "list") == 1  # nothing else to list: the failure is the answer
    assert (data_dir / "library.sqlite3").read_bytes() == b"not a database at all"


def test_a_search_in_another_data_folder_leaves_this_folders_index_alone(
        server: FeedServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    """Each data folder has its own index: a search with `--data-dir OTHER` must not
    prune the first folder's feed items from the index the app is searching."""
    from reader.app import make_services

    cache = tmp_path / "cache"
    monkeypatch.setenv("READER_CACHE_DIR", str(cache))
    first, other = tmp_path / "first", tmp_path / "other"
    first.mkdir()
    other.mkdir()
    server.serve("/a", rss([("Alpha item", "a1", "/a1")], title="Alpha Wire"))
    server.serve("/b", rss([("Beta item", "b1", "/b1")], title="Beta Ledger"))
    assert reader(first, "feeds", "add", server.url("/a")) == 0
    assert reader(other, "feeds", "add", server.url("/b")) == 0
    capsys.readouterr()
    assert reader(first, "search", "--json", "council") == 0
    [alpha] = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert alpha["title"] == "Alpha item"

    assert reader(other, "search", "--json", "council") == 0
    assert [json.loads(line)["title"] for line in capsys.readouterr().out.splitlines()] \
        == ["Beta item"]
    # What the app of the first folder searches still holds its item, and only it.
    services = make_services(None, first, cache)
    ids = services.search.index.all_ids()
    services.search.index.close()
    assert ids == {alpha["id"]}
    assert reader(first, "search", "--json", "beta") == 0
    assert capsys.readouterr().out == ""  # the other folder's item is not this one's


@pytest.mark.parametrize(("command", "status", "said"), [
    (["feeds", "list"], 0, "no feeds yet"), (["feeds", "list", "--json"], 0, "no feeds yet"),
    (["opml", "export"], 0, ""),
    (["feeds", "remove", "https://example.test/rss"], 1, "not subscribed"),
    (["feeds", "rename", "https://example.test/rss", "Name"], 1, "not subscribed"),
    (["feeds", "tag", "https://example.test/rss", "news"], 1, "not subscribed"),
    (["feeds", "full-text", "https://example.test/rss", "always"], 1, "not subscribed"),
    (["refresh"], 0, "no feeds yet")])
def test_a_command_that_only_reads_makes_no_data_folder(
        command: list[str], status: int, said: str, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    """A typo in --data-dir must not leave a stray folder with a new database in it."""
    typo = tmp_path / "datta"
    assert reader(typo, *command) == status
    assert said in capsys.readouterr().err
    assert not typo.exists()
