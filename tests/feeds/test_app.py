"""Pilot tests of the feeds in the app, against the loopback server: cached items offline
at start-up, refresh in the background, unread counts, errors per feed, full text, and
open-in-browser with the opener stubbed."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Input

from reader.app import FeedOptions, ReaderApp, make_app
from reader.feeds.fetch import FetchPolicy
from reader.feeds.subscribe import subscribe_async
from reader.library.database import Database
from reader.ui.widgets.article_list import ArticleList
from reader.ui.widgets.feed_list import FeedList
from tests.feeds.conftest import TEST_POLICY
from tests.feeds.fixtures import rss
from tests.feeds.server import FeedServer
from tests.ui.support import ListAnalyzer, main_screen, screen_text, settle, until

PAGES = Path(__file__).parent / "data" / "pages"


async def subscribe_to(data_dir: Path, *urls: str) -> None:
    from reader.feeds.storage import FeedStore

    with Database.open(data_dir) as database:
        store = FeedStore(database)
        for url in urls:
            await subscribe_async(store, url, policy=TEST_POLICY)


def feeds_app(data_dir: Path, *, refresh: bool, opened: list[str] | None = None,
              policy: FetchPolicy = TEST_POLICY) -> ReaderApp:
    app = make_app(None, data_dir, feeds=FeedOptions(
        refresh_on_start=refresh, policy=policy,
        open_url=(opened.append if opened is not None else lambda url: None)))
    app.analyzer = ListAnalyzer()
    return app


def harbour_feed(*items: tuple[str, str]) -> bytes:
    return rss([(title, guid, f"/{guid}") for title, guid in items], title="Harbour Gazette")


async def test_cached_items_open_offline_with_unread_counts(server: FeedServer,
                                                            data_dir: Path) -> None:
    server.serve("/feed", harbour_feed(("Crane [VIDEO] falls", "a"), ("Tide [/b] high", "b")))
    await subscribe_to(data_dir, server.url("/feed"))
    server.routes.clear()  # offline from now on: nothing is fetched at start-up
    app = feeds_app(data_dir, refresh=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app)
        await pilot.pause()
        screen = main_screen(app)
        articles = screen.query_one(ArticleList)
        assert articles.option_count == 2
        text = screen_text(app)
        assert "Crane [VIDEO] falls" in text and "Tide [/b] high" in text  # literally
        feed_list = screen.query_one(FeedList)
        assert feed_list.feed_urls == [server.url("/feed")]
        # The first item was opened (read): one unread left.
        assert "Harbour Gazette (1)" in screen_text(app)
        assert server.seen == [] or all(s.path != "/feed" for s in server.seen[2:])


async def test_refresh_on_start_adds_items_without_moving_the_cursor(
        server: FeedServer, data_dir: Path) -> None:
    server.serve("/feed", harbour_feed(("First", "1"), ("Second", "2")))
    await subscribe_to(data_dir, server.url("/feed"))
    app = feeds_app(data_dir, refresh=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app)
        screen = main_screen(app)
        articles = screen.query_one(ArticleList)
        articles.highlighted = 1
        before = (articles.highlighted_id, articles.scroll_y)
        server.serve("/feed", harbour_feed(("Breaking", "3"), ("First", "1"), ("Second", "2")))
        await pilot.press("R")
        await settle(app)
        await pilot.pause()
        assert articles.option_count == 3
        assert (articles.highlighted_id, articles.scroll_y) == before
        assert "Breaking" in screen_text(app)
        assert len(server.requests_to("/feed")) == 2


async def test_refresh_at_start_and_an_error_shown_on_its_feed(server: FeedServer,
                                                               data_dir: Path) -> None:
    server.serve("/good", harbour_feed(("Kept", "k")))
    server.serve("/bad", rss([("Will break", "w", "/w")], title="Fragile Feed"))
    await subscribe_to(data_dir, server.url("/good"), server.url("/bad"))
    server.status("/bad", 503, headers={"Retry-After": "60"})
    server.serve("/good", harbour_feed(("New one", "n"), ("Kept", "k")))
    app = feeds_app(data_dir, refresh=True)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app)
        await pilot.pause()
        text = screen_text(app)
        assert "New one" in text
        assert "! Fragile Feed" in text and "the server is una" in text
        row = main_screen(app).query_one(FeedList).feed(server.url("/bad"))
        assert row is not None and "unavailable (HTTP 503)" in (row.error or "")
        assert len(server.requests_to("/bad")) == 2  # subscribe, then the start-up refresh


async def test_mark_feed_read_and_open_in_browser(server: FeedServer, data_dir: Path) -> None:
    server.serve("/feed", harbour_feed(("One", "1"), ("Two", "2"), ("Three", "3")))
    await subscribe_to(data_dir, server.url("/feed"))
    opened: list[str] = []
    app = feeds_app(data_dir, refresh=False, opened=opened)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app)
        screen = main_screen(app)
        assert screen.library.read_ids == {screen.article_id}
        await pilot.press("o")
        assert opened == [server.url("/1")]
        await pilot.press("A")
        await settle(app)
        await pilot.pause()
        assert len(screen.library.read_ids) == 3
        assert "Harbour Gazette (" not in screen_text(app)
    # The marks were saved in the library database.
    from reader.library.read_state import ReadState

    with Database.open(data_dir) as database:
        assert len(ReadState(database).read_ids()) == 3


async def test_full_text_on_opening_a_summary_and_on_the_key(server: FeedServer,
                                                             data_dir: Path) -> None:
    from reader.feeds.storage import FeedStore

    server.serve("/feed", rss([("Keeper named", "keeper", "/keeper")], title="Ledger"))
    server.serve("/keeper", (PAGES / "harbour.html").read_bytes(), content_type="text/html")
    await subscribe_to(data_dir, server.url("/feed"))
    # The feed gives only a summary: opening the item fetches its page (policy "short").
    app = feeds_app(data_dir, refresh=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app)
        await pilot.pause()
        screen = main_screen(app)
        assert screen.article is not None and "north light" in screen.article.text
        assert "north light" in screen_text(app)
    # Under "never" the summary stays until F asks; a failure keeps it and says so.
    with Database.open(data_dir) as database:
        store = FeedStore(database)
        store.set_full_text_policy(server.url("/feed"), "never")
        database.connection.execute("UPDATE feed_items SET full_text = NULL")
    app = feeds_app(data_dir, refresh=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app)
        screen = main_screen(app)
        assert screen.article is not None and "north light" not in screen.article.text
        await pilot.press("F")
        await settle(app)
        await pilot.pause()
        assert "north light" in screen.article.text
        assert len(server.requests_to("/keeper")) == 2
        server.status("/keeper", 404)
        await pilot.press("F")
        await settle(app)
        assert "north light" in screen.article.text  # the cached text stays


async def test_choosing_a_feed_shows_only_its_items(server: FeedServer, data_dir: Path) -> None:
    server.serve("/a", rss([("Alpha item", "a1", "/a1")], title="Alpha"))
    server.serve("/b", rss([("Beta item", "b1", "/b1"), ("Beta two", "b2", "/b2")],
                           title="Beta"))
    await subscribe_to(data_dir, server.url("/a"), server.url("/b"))
    app = feeds_app(data_dir, refresh=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app)
        screen = main_screen(app)
        feed_list = screen.query_one(FeedList)
        feed_list.focus()
        feed_list.highlighted = [o.id for o in feed_list.options].index(
            "feed:" + server.url("/b"))
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        articles = screen.query_one(ArticleList)
        assert articles.option_count == 2
        assert all(screen.library.get(o.id).feed == server.url("/b")  # type: ignore[union-attr]
                   for o in articles.options if o.id)


async def test_rename_and_tag_a_feed_from_the_feed_list(server: FeedServer,
                                                        data_dir: Path) -> None:
    server.serve("/feed", rss([("Item", "i", "/i")], title="Old Name"))
    await subscribe_to(data_dir, server.url("/feed"))
    app = feeds_app(data_dir, refresh=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app)
        screen = main_screen(app)
        feed_list = screen.query_one(FeedList)
        feed_list.focus()
        feed_list.highlighted = [o.id for o in feed_list.options].index(
            "feed:" + server.url("/feed"))
        await pilot.pause()
        await pilot.press("e")
        await pilot.pause()
        from textual.widgets import Input

        name_box = app.screen.query_one("#feed-name", Input)
        assert name_box.value == "Old Name"
        name_box.value = "[b]Harbour[/b] desk"
        app.screen.query_one("#feed-tags", Input).value = "local, news, local"
        await pilot.press("ctrl+s")
        await settle(app)
        await pilot.pause()
        text = screen_text(app)
        assert "[b]Harbour[/b] desk" in text and "#local" in text and "#news" in text
    from reader.feeds.storage import FeedStore

    with Database.open(data_dir) as database:
        [feed] = FeedStore(database).feeds()
        assert feed.title == "[b]Harbour[/b] desk" and feed.tags == ("local", "news")


def test_no_refresh_on_the_command_line_means_no_fetch_unasked() -> None:
    assert FeedOptions.from_cli(refresh=True) == FeedOptions()
    offline = FeedOptions.from_cli(refresh=False)
    assert not offline.refresh_on_start and not offline.auto_full_text


async def test_offline_opening_a_summary_fetches_nothing_until_f(server: FeedServer,
                                                                  data_dir: Path) -> None:
    server.serve("/feed", rss([("Keeper named", "keeper", "/keeper")], title="Ledger"))
    server.serve("/keeper", (PAGES / "harbour.html").read_bytes(), content_type="text/html")
    await subscribe_to(data_dir, server.url("/feed"))
    app = make_app(None, data_dir, feeds=FeedOptions(
        refresh_on_start=False, auto_full_text=False, policy=TEST_POLICY,
        open_url=lambda url: None))
    app.analyzer = ListAnalyzer()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app)
        await pilot.pause()
        screen = main_screen(app)
        assert screen.article is not None and "north light" not in screen.article.text
        assert server.requests_to("/keeper") == []
        await pilot.press("F")
        await settle(app)
        await pilot.pause()
        assert "north light" in screen.article.text
        assert len(server.requests_to("/keeper")) == 1


async def test_slash_finds_items_by_their_feeds_tag_and_title(server: FeedServer,
                                                              data_dir: Path) -> None:
    from reader.feeds.storage import FeedStore

    server.serve("/a", rss([("Alpha item", "a1", "/a1")], title="Alpha Wire"))
    server.serve("/b", rss([("Beta item", "b1", "/b1"), ("Beta two", "b2", "/b2")],
                           title="Beta Ledger"))
    await subscribe_to(data_dir, server.url("/a"), server.url("/b"))
    with Database.open(data_dir) as database:
        FeedStore(database).set_tags(server.url("/a"), ["World"])
    app = feeds_app(data_dir, refresh=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app)
        articles = main_screen(app).query_one(ArticleList)

        async def shown(query: str) -> list[str]:
            await pilot.press("slash")
            filter_box = main_screen(app).query_one("#filter", Input)
            filter_box.value = query
            await until(pilot, lambda: app.services.search.finished)
            main_screen(app).apply_filter(query, force=True)  # the index is complete now
            await app.workers.wait_for_complete()
            await pilot.pause()
            library = app.services.library
            return sorted(library.get(articles.get_option_at_index(i).id or "").title
                          for i in range(articles.option_count))  # type: ignore[union-attr]

        assert await shown("tag:world") == ["Alpha item"]
        assert await shown("feed:ledger") == ["Beta item", "Beta two"]  # by the title
        assert await shown("-tag:WORLD") == ["Beta item", "Beta two"]


async def test_indexing_the_feeds_drops_items_of_a_feed_no_longer_stored(
        server: FeedServer, data_dir: Path, tmp_path: Path) -> None:
    """An item indexed in an earlier run whose feed has since been unsubscribed (by the
    shell, say) is no longer the library's: the app's indexing takes it out of search."""
    from reader.analysis import ANALYSER_VERSION
    from reader.articles import Article
    from reader.library.index import open_index

    server.serve("/feed", harbour_feed(("Crane falls", "a")))
    await subscribe_to(data_dir, server.url("/feed"))
    cache = tmp_path / "cache"
    text = "Old pier story\n\nThe old pier closed."
    gone = Article(id="feed-gone-1", title="Old pier story", text=text, content_hash="h",
                   body_start=16, feed="https://gone.example/rss")
    with open_index(cache, data_dir, ANALYSER_VERSION) as index:
        index.sync([gone], lambda article: ListAnalyzer()(article.text))
        assert index.all_ids() == {"feed-gone-1"}
    app = make_app(None, data_dir, cache, feeds=FeedOptions(refresh_on_start=False,
                                                             policy=TEST_POLICY))
    app.analyzer = ListAnalyzer()
    async with app.run_test(size=(120, 40)):
        await settle(app)
        ids = app.services.search.index.all_ids()
    assert "feed-gone-1" not in ids
    assert len(ids) == 1 and next(iter(ids)).startswith("feed-")


async def test_the_help_of_a_feeds_app_lists_the_feed_keys(server: FeedServer,
                                                           data_dir: Path) -> None:
    from reader.ui.commands import COMMANDS, commands_in_focus

    server.serve("/feed", harbour_feed(("Crane falls", "a")))
    await subscribe_to(data_dir, server.url("/feed"))
    app = feeds_app(data_dir, refresh=False)
    async with app.run_test(size=(120, 40)):
        await settle(app)
        listed = {c.action for c in commands_in_focus(app.screen)}
    assert {c.action for c in COMMANDS if c.needs_feeds} <= listed
