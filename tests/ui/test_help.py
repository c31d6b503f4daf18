"""The `?` screen lists every key that works on the screen and pane in focus."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from textual.pilot import Pilot
from textual.widgets import Static

from reader.app import make_app
from reader.ui.commands import COMMANDS, commands_in_focus
from reader.ui.screens.bookmarks import BookmarksScreen
from reader.ui.screens.help import SCOPE_TITLES, HelpScreen, help_sections
from tests.ui.bookmark_support import store_access
from tests.ui.snapshot_support import pinned_seed, settle


def shown(help_screen: HelpScreen) -> list[str]:
    """Every description line the help screen shows."""
    return [str(s.render()) for s in help_screen.query(".help-description").results(Static)]


def headings(help_screen: HelpScreen) -> list[str]:
    return [str(s.render()) for s in help_screen.query(".help-heading").results(Static)]


async def open_help(pilot: Pilot[Any]) -> HelpScreen:
    help_screen = HelpScreen.for_screen(pilot.app.screen)
    await pilot.app.push_screen(help_screen)
    await pilot.pause()
    return help_screen


def test_every_registry_scope_has_a_title() -> None:
    assert {c.scope for c in COMMANDS} <= set(SCOPE_TITLES)


def test_sections_follow_the_registry_order_and_keep_every_command() -> None:
    sections = help_sections(COMMANDS)
    rows = [row for _, section in sections for row in section]
    assert len(rows) == len(COMMANDS)
    assert sections[0][0] == SCOPE_TITLES["app"]


async def test_main_screen_help_lists_every_key_in_focus(seed_path: Path,
                                                         data_dir: Path) -> None:
    app = make_app([seed_path], data_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        main = app.screen
        expected = commands_in_focus(main)
        assert any(c.scope == "main" for c in expected)
        help_screen = await open_help(pilot)
        lines = shown(help_screen)
        for command in expected:
            assert command.help in lines
        # Keys the registry does not define but a widget in focus answers to.
        assert "Moving around" in headings(help_screen)


async def test_help_follows_the_focused_pane(seed_path: Path, data_dir: Path) -> None:
    app = make_app([seed_path], data_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        app.screen.query_one("ReadingPane").focus()
        await pilot.pause()
        help_screen = await open_help(pilot)
        titles = headings(help_screen)
        assert SCOPE_TITLES["reading"] in titles
        assert SCOPE_TITLES["list"] not in titles
        assert "Reading pane" in help_screen.title_text


async def test_question_mark_opens_help_for_the_screen_in_front(seed_path: Path,
                                                                  data_dir: Path) -> None:
    app = make_app([seed_path], data_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        assert SCOPE_TITLES["main"] in headings(app.screen)


async def test_escape_and_question_mark_close_help(seed_path: Path, data_dir: Path) -> None:
    app = make_app([seed_path], data_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        for key in ("escape", "question_mark"):
            await open_help(pilot)
            assert isinstance(app.screen, HelpScreen)
            await pilot.press(key)
            await pilot.pause()
            assert not isinstance(app.screen, HelpScreen)


def test_help_screen_snapshot(snap_compare: Any, seed_path: Path, data_dir: Path,
                              tmp_path: Path) -> None:
    app = make_app([pinned_seed(seed_path, tmp_path / "seed")], data_dir)

    async def open_it(pilot: Pilot[Any]) -> None:
        await settle(pilot)
        await open_help(pilot)

    assert snap_compare(app, terminal_size=(120, 40), run_before=open_it)


async def test_help_over_the_bookmarks_screen_lists_its_keys(seed_path: Path,
                                                             data_dir: Path) -> None:
    app = make_app([seed_path], data_dir)
    async with app.run_test(size=(120, 40)) as pilot, store_access(app, data_dir) as access:
        await settle(pilot)
        await app.push_screen(BookmarksScreen(access.services))
        await settle(pilot)
        help_screen = await open_help(pilot)
        titles = headings(help_screen)
        assert SCOPE_TITLES["bookmarks"] in titles and SCOPE_TITLES["bookmark_list"] in titles
        assert SCOPE_TITLES["main"] not in titles
        lines = shown(help_screen)
        for command in COMMANDS:
            if command.scope in ("bookmarks", "bookmark_list"):
                assert command.help in lines


FEED_KEYS = {"refresh_all": "R", "refresh_feed": "r", "mark_feed_read": "A", "full_text": "F"}


async def test_a_files_only_app_leaves_the_feed_keys_out_and_says_what_they_need(
        seed_path: Path, data_dir: Path) -> None:
    """Without feeds, R r A F cannot work: the help does not list them, and pressing one
    says what it needs rather than doing nothing."""
    app = make_app([seed_path], data_dir)
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await settle(pilot)
        feed_help = {c.help for c in COMMANDS if c.action in FEED_KEYS}
        lines = shown(await open_help(pilot))
        assert feed_help and not feed_help & set(lines)
        assert "Open the article's web page in the browser (http and https links only)." \
            in lines  # a file may carry a link in its front matter
        await pilot.press("escape")
        for action, key in FEED_KEYS.items():
            app.clear_notifications()
            await pilot.press(key)
            await pilot.pause()
            said = [n.message for n in app._notifications]
            assert any("reader feeds add URL" in m for m in said), (action, said)
        app.clear_notifications()
        await pilot.press("o")  # the seed has no link: say so
        await pilot.pause()
        assert any("no web link" in n.message for n in app._notifications)
