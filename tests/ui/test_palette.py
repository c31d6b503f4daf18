"""The command palette (ctrl+p): commands, articles by title, people of the open article."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from textual.command import CommandList, CommandPalette
from textual.content import Content
from textual.fuzzy import Matcher
from textual.pilot import Pilot

from reader.app import ReaderApp, make_app
from reader.ui.providers import PROVIDERS, command_score, highlight
from tests.ui.snapshot_support import settle
from tests.ui.support import ARTICLE, ListAnalyzer, wait_until, write_article

HOSTILE_TITLE = "[VIDEO] Zebra clip [/b] [@click=app.quit]x[/]"


def palette_app(sources: list[Path], data_dir: Path) -> ReaderApp:
    app = make_app(sources, data_dir)
    assert set(app.COMMANDS) >= PROVIDERS  # the app registers the providers
    app.analyzer = ListAnalyzer(people=["Ada Lovelace", "[b]Bold[/b] Person"],
                                countries={"France": "FR"}, speaker="Ada Lovelace")
    return app


async def search(pilot: Pilot[Any], query: str) -> list[str]:
    """Open the palette, type `query`, and return the prompts it lists (plain text)."""
    await pilot.press("ctrl+p")
    await pilot.pause()
    assert CommandPalette.is_open(pilot.app)
    await pilot.press(*query)
    palette = pilot.app.screen
    command_list = palette.query_one(CommandList)
    # The palette gathers hits in a worker of its own (the last key started one): the
    # list is complete once it has some and no worker of the palette is still at work.
    await wait_until(lambda: command_list.option_count > 0 and all(
        worker.is_finished for worker in pilot.app.workers if worker.node is palette),
        what="the palette's hits")
    await pilot.pause()
    return [command_list.get_option_at_index(i).prompt.plain  # type: ignore[union-attr]
            for i in range(command_list.option_count)]


def articles(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    text = ARTICLE.replace("Ada Lovelace spoke", "[b]Bold[/b] Person and Ada Lovelace spoke")
    write_article(folder, "a_geneva.txt", text)
    write_article(folder, "b_zebra.txt", f"{HOSTILE_TITLE}\nA herd of zebras crossed a road.\n")
    write_article(folder, "c_markets.txt", "Markets calm\nStocks were flat.\n")
    return folder


def test_highlight_never_reads_markup() -> None:
    matcher = Matcher("vid")
    content = highlight(matcher, HOSTILE_TITLE)
    assert isinstance(content, Content)
    assert content.plain == HOSTILE_TITLE
    assert content.spans  # the matched letters are styled


async def test_commands_are_found_and_run(data_dir: Path, tmp_path: Path) -> None:
    app = palette_app([articles(tmp_path)], data_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        prompts = await search(pilot, "filter")
        assert any(p.startswith("Filter") and "words or a search" in p for p in prompts)
        await pilot.press("enter")
        await settle(pilot)
        filter_box = app.screen.query_one("#filter")
        assert filter_box.display and filter_box.has_focus


async def test_articles_are_found_by_title_and_opened(data_dir: Path, tmp_path: Path) -> None:
    app = palette_app([articles(tmp_path)], data_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        main = app.screen
        zebra = next(a for a in main.library if "Zebra" in a.title)  # type: ignore[attr-defined]
        prompts = await search(pilot, "zebra clip")
        # The title is shown as written, markup-like brackets and all.
        assert any(p.startswith(HOSTILE_TITLE) for p in prompts)
        await pilot.press("enter")
        await settle(pilot)
        assert app.is_running
        assert app.screen is main
        assert main.article_id == zebra.id  # type: ignore[attr-defined]


async def test_people_of_the_open_article_are_found_and_selected(data_dir: Path,
                                                                 tmp_path: Path) -> None:
    app = palette_app([articles(tmp_path)], data_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        main = app.screen
        assert main.analysis is not None  # type: ignore[attr-defined]
        prompts = await search(pilot, "bold")
        assert any(p.startswith("[b]Bold[/b] Person") for p in prompts)
        await pilot.press("escape")
        await pilot.pause()
        prompts = await search(pilot, "lovelace")
        assert any(p.startswith("Ada Lovelace") and "person" in p for p in prompts)
        await pilot.press("enter")
        await settle(pilot)
        assert main.entity_id == "person:ada-lovelace"  # type: ignore[attr-defined]


def test_exact_and_prefix_hits_rank_before_fuzzy_ones() -> None:
    fuzzy = 50.0  # far higher than a fuzzy match gets
    assert command_score("unread", "Next unread", "Open the next unread article.", 0.3) > fuzzy
    assert command_score("panel", "Panel", "Show or hide the side panel.", 0.3) > \
        command_score("panel", "Panels off", "", 0.3) > command_score("pan", "Bookmark", "", 0.5)
    assert command_score("xyz", "Bookmark", "Bookmark the quote.", 0.2) == 0.2


async def test_typing_unread_lists_the_unread_commands_first(data_dir: Path,
                                                              tmp_path: Path) -> None:
    app = palette_app([articles(tmp_path)], data_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        prompts = await search(pilot, "unread")
        titles = [p.split("  ")[0] for p in prompts]
        unread = [i for i, t in enumerate(titles) if "unread" in t.casefold()]
        others = [i for i, t in enumerate(titles) if t in ("Bookmark", "Panel", "Note")]
        assert unread and (not others or max(unread) < min(others))
