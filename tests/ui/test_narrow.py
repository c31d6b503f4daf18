"""80 columns: `z` gives the article the whole width, and the footer's keys are shown
whole or not at all."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets._footer import FooterKey

from reader.ui.commands import by_id, commands_in_focus, palette_commands
from reader.ui.widgets.article_list import ArticleList
from reader.ui.widgets.entity_panel import EntityPanel
from reader.ui.widgets.fitting_footer import FittingFooter
from reader.ui.widgets.reading_pane import ReadingPane
from tests.ui.panel_support import crowd_app
from tests.ui.support import main_screen, screen_text, settle, wait_until


async def test_z_gives_the_article_the_whole_width_and_back(tmp_path: Path,
                                                            data_dir: Path) -> None:
    app = crowd_app(tmp_path / "articles", data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app)
        screen = main_screen(app)
        pane = screen.query_one(ReadingPane)
        article_list = screen.query_one(ArticleList)
        narrow_width = pane.region.width
        assert article_list.region.width > 0
        zoom = by_id("reader.toggle-zoom")
        assert zoom in palette_commands(screen) and zoom in commands_in_focus(screen)
        await pilot.press("z")
        await pilot.pause()
        assert pane.region.width == 80 and pane.has_focus
        assert article_list.region.width == 0  # hidden
        assert "Articles" not in screen_text(app)
        await pilot.press("z")
        await pilot.pause()
        assert pane.region.width == narrow_width
        assert article_list.region.width > 0


async def test_z_hides_both_side_panes_at_160_and_p_or_slash_bring_them_back(
        tmp_path: Path, data_dir: Path) -> None:
    app = crowd_app(tmp_path / "articles", data_dir)
    async with app.run_test(size=(160, 50)) as pilot:
        await settle(app)
        screen = main_screen(app)
        pane = screen.query_one(ReadingPane)
        panel = screen.query_one(EntityPanel)
        await pilot.press("z")
        await pilot.pause()
        assert pane.region.width == 160 and panel.region.width == 0
        await pilot.press("p")  # the panel is asked for: out of the full width
        await pilot.pause()
        assert not screen.zoomed and panel.region.width > 0
        await pilot.press("z")
        await pilot.pause()
        await pilot.press("slash")  # the filter lives in the list column
        await pilot.pause()
        assert not screen.zoomed and screen.query_one("#filter").has_focus


async def composed(pilot: Pilot[object], footer: FittingFooter) -> None:
    """Wait for the footer's keys (it composes them after the bindings settle)."""
    await wait_until(lambda: bool(footer.query(FooterKey).filter(".-command-palette"))
                     and footer.composed_width == pilot.app.size.width,
                     what="the footer's keys")
    await pilot.pause()


def footer_keys(footer: FittingFooter) -> tuple[list[FooterKey], FooterKey]:
    keys = list(footer.query(FooterKey))
    palette = next(k for k in keys if k.has_class("-command-palette"))
    return [k for k in keys if k is not palette], palette


@pytest.mark.parametrize("width", [80, 100, 120, 160])
@pytest.mark.parametrize("focus", ["#article-list", "#reading-pane"])
async def test_footer_keys_are_never_cut(tmp_path: Path, data_dir: Path, width: int,
                                         focus: str) -> None:
    app = crowd_app(tmp_path / "articles", data_dir)
    async with app.run_test(size=(width, 24)) as pilot:
        await settle(app)
        screen = main_screen(app)
        screen.query_one(focus).focus()
        await pilot.pause()
        footer = screen.query_one(FittingFooter)
        await composed(pilot, footer)
        keys, palette = footer_keys(footer)
        line = screen_text(app).splitlines()[-1]
        assert f"{palette.key_display} {palette.description}" in line
        shown = [f"{k.key_display} {k.description}".strip() for k in keys]
        assert {"q Quit", "? Keys"} <= set(shown)
        for key, label in zip(keys, shown, strict=True):
            assert label in line, (label, line)
            assert key.region.right <= palette.region.x, label  # not under the palette
        if width <= 100:
            assert footer.compact and "] Quote" in shown  # the short title
        else:
            assert "] Next quote" in shown


async def test_footer_fits_again_after_a_resize(tmp_path: Path, data_dir: Path) -> None:
    app = crowd_app(tmp_path / "articles", data_dir)
    async with app.run_test(size=(160, 30)) as pilot:
        await settle(app)
        footer = main_screen(app).query_one(FittingFooter)
        await composed(pilot, footer)
        wide = len(footer_keys(footer)[0])
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        await composed(pilot, footer)
        keys, palette = footer_keys(footer)
        assert len(keys) < wide
        assert all(k.region.right <= palette.region.x for k in keys)


async def test_footer_recomposes_only_when_its_keys_change(tmp_path: Path,
                                                           data_dir: Path) -> None:
    app = crowd_app(tmp_path / "articles", data_dir)
    async with app.run_test(size=(160, 30)) as pilot:
        await settle(app)
        screen = main_screen(app)
        footer = screen.query_one(FittingFooter)
        await composed(pilot, footer)
        before = list(footer.query(FooterKey))
        # The bindings "may have changed" (as on each focus change) but have not: the
        # same key widgets stay, nothing is styled and laid out again.
        for _ in range(5):
            screen.refresh_bindings()
            await pilot.pause()
        assert list(footer.query(FooterKey)) == before
        assert all(key.is_attached for key in before)
        # The list's own key (Enter: Open) leaves with the focus: composed anew.
        assert "Open" in {k.description for k in before}
        screen.query_one(ReadingPane).focus()
        await wait_until(lambda: not before[0].is_attached, what="the footer recomposed")
        await composed(pilot, footer)
        keys, _ = footer_keys(footer)
        assert "Open" not in {k.description for k in keys}
        assert {"Quit", "Keys"} <= {k.description for k in keys}
