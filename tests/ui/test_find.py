"""Find in the article (`f`): matches highlighted, next/previous, "k of n" in the status
line; and the same count for the mention jumps (`n`)."""

from __future__ import annotations

from pathlib import Path

from reader.ui.widgets.find_input import FindInput
from reader.ui.widgets.reading_pane import ReadingPane
from tests.ui.reading_support import HARBOUR_ARTICLE, colour_distance, harbour_app
from tests.ui.support import main_screen, screen_text, settle


def _boat_offsets() -> list[int]:
    text, found, at = HARBOUR_ARTICLE.casefold(), [], 0
    while (at := text.find("boat", at)) != -1:
        found.append(at)
        at += 1
    return found


async def test_find_highlights_every_match_and_counts_them(
        tmp_path: Path, data_dir: Path) -> None:
    app = harbour_app(tmp_path / "articles", data_dir)
    async with app.run_test(size=(160, 50)) as pilot:
        await settle(app)
        screen = main_screen(app)
        pane = screen.query_one(ReadingPane)
        await pilot.press("f")
        await pilot.pause()
        assert screen.query_one(FindInput).has_focus
        await pilot.press(*"BOAT")
        await pilot.pause()
        expected = _boat_offsets()
        assert len(expected) == 3  # "boats" twice, "boats" once more at the end
        assert [s for s, _ in pane.find_matches] == expected
        assert pane.extra_spans.count == len(expected) + 1  # the matches and the cursor
        assert str(pane.border_subtitle) == f"Match 1 of {len(expected)}"
        await pilot.press("enter")
        await pilot.pause()
        assert str(pane.border_subtitle) == f"Match 2 of {len(expected)}"
        assert f"Match 2 of {len(expected)}" in screen_text(app)
        await pilot.press("up", "up")
        await pilot.pause()
        assert str(pane.border_subtitle) == f"Match {len(expected)} of {len(expected)}"
        # Escape closes the box and keeps the matches; . and , step from the article.
        await pilot.press("escape")
        await pilot.pause()
        assert not screen.query_one(FindInput).display
        assert pane.has_focus
        await pilot.press("full_stop")
        await pilot.pause()
        assert str(pane.border_subtitle) == f"Match 1 of {len(expected)}"
        await pilot.press("comma")
        await pilot.pause()
        assert str(pane.border_subtitle) == f"Match {len(expected)} of {len(expected)}"
        # Escape in the article clears them.
        await pilot.press("escape")
        await pilot.pause()
        assert pane.find_matches == [] and pane.extra_spans.count == 0
        assert str(pane.border_subtitle) == ""


async def test_find_without_a_match_says_so(tmp_path: Path, data_dir: Path) -> None:
    app = harbour_app(tmp_path / "articles", data_dir)
    async with app.run_test(size=(160, 50)) as pilot:
        await settle(app)
        pane = main_screen(app).query_one(ReadingPane)
        await pilot.press("f", *"zebra")
        await pilot.pause()
        assert pane.find_matches == []
        assert "No match for “zebra”" in str(pane.border_subtitle)


async def test_mention_jumps_show_which_of_how_many(tmp_path: Path, data_dir: Path) -> None:
    app = harbour_app(tmp_path / "articles", data_dir)
    async with app.run_test(size=(160, 50)) as pilot:
        await settle(app)
        screen = main_screen(app)
        pane = screen.query_one(ReadingPane)
        assert screen.analysis is not None
        okafor = screen.analysis.entity("person:ines-okafor")
        assert okafor is not None
        count = len(okafor.mentions)
        assert count >= 2
        screen.entity_id = okafor.id
        await pilot.pause()
        await pilot.press("n")
        await pilot.pause()
        assert str(pane.border_subtitle) == f"Mention 1 of {count} of Ines Okafor"
        await pilot.press("n")
        await pilot.pause()
        assert str(pane.border_subtitle) == f"Mention 2 of {count} of Ines Okafor"
        assert f"Mention 2 of {count}" in screen_text(app)
        await pilot.press("N", "N")
        await pilot.pause()
        assert str(pane.border_subtitle) == f"Mention {count} of {count} of Ines Okafor"


async def test_the_current_match_stands_out_and_reads_in_every_theme(
        tmp_path: Path, data_dir: Path) -> None:
    """Measured on the drawn line: a class style reaches a span blended (see
    ReadingPane.RESOLVED_STYLES), so the component's own colours are not what shows."""
    app = harbour_app(tmp_path / "articles", data_dir)
    async with app.run_test(size=(160, 50)) as pilot:
        await settle(app)
        pane = main_screen(app).query_one(ReadingPane)
        await pilot.press("f", *"boat", "escape")
        await pilot.pause()
        themes = sorted(app.available_themes)
        assert len(themes) > 10
        for theme in themes:
            app.theme = theme
            await pilot.pause()
            pane._strips.clear()
            # The current match is in view (find scrolls to it): its segment is its own.
            segments = [segment for y in range(pane.size.height)
                        for segment in pane.render_line(y)]
            page = pane.rich_style.bgcolor
            matches = [s.style for s in segments if s.text.casefold().startswith("boat")]
            assert len(matches) >= 2, theme  # the current one and another shown
            current = matches[0]
            assert page is not None and current is not None, theme
            assert current.bgcolor is not None and current.color is not None, theme
            assert colour_distance(current.bgcolor, page) > 60, (theme, current)
            assert colour_distance(current.color, current.bgcolor) > 120, (theme, current)
