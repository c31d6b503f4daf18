"""The side panel with an article naming 32 people: foldable sections reached with the
keyboard, entries that wrap instead of being cut, a title that fits."""

from __future__ import annotations

from pathlib import Path

from textual.app import App
from textual.widget import Widget

from reader.ui.widgets.entity_panel import GROUP_PREFIX, PANEL_TITLE, EntityList, EntityPanel
from tests.ui.panel_support import COUNTRIES, LONG_ROLE, ORGANISATIONS, PEOPLE, crowd_app
from tests.ui.support import main_screen, screen_text, settle


def region_text(app: App[object], widget: Widget) -> list[str]:
    """The screen lines inside `widget`'s region."""
    region = widget.region
    lines = screen_text(app).splitlines()[region.y:region.bottom]
    return [line[region.x:region.right] for line in lines]


def option_ids(entity_list: EntityList) -> list[str | None]:
    return [option.id for option in entity_list.options]


async def test_every_section_heading_is_reached_and_folds_with_the_keyboard(
        tmp_path: Path, data_dir: Path) -> None:
    app = crowd_app(tmp_path / "articles", data_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app)
        entity_list = main_screen(app).query_one(EntityList)
        entity_list.focus()
        await pilot.press("down")  # the first entry, not the heading
        assert entity_list.highlighted is not None
        first = entity_list.get_option_at_index(entity_list.highlighted).id
        assert first == "person:arla-quarrow"
        await pilot.press("left")  # fold the section the cursor is in
        assert option_ids(entity_list)[:2] == [GROUP_PREFIX + "person",
                                               GROUP_PREFIX + "country"]
        for kind in ("person", "country", "organization"):
            heading = GROUP_PREFIX + kind
            await pilot.press("home")
            # Down from the top until the heading is under the cursor: reachable by keys.
            for _ in range(len(entity_list.options)):
                if entity_list.get_option_at_index(entity_list.highlighted or 0).id == heading:
                    break
                await pilot.press("down")
            assert entity_list.get_option_at_index(entity_list.highlighted or 0).id == heading
            assert entity_list.has_focus
            await pilot.press("enter")  # fold (or unfold the folded People)
            folded = kind != "person"
            assert (kind in main_screen(app).query_one(EntityPanel).folded) is folded, kind
            await pilot.press("enter")  # and back
            assert (kind in main_screen(app).query_one(EntityPanel).folded) is not folded
            await pilot.press("right")  # right unfolds it (People was folded by left)
            assert kind not in main_screen(app).query_one(EntityPanel).folded
            if kind == "person":
                # The 32 people fold away while the later headings are sought: the cursor
                # still steps from a heading onto the next heading and from the last entry
                # of a section onto the next heading, in a few key presses, not seventy.
                await pilot.press("enter")
                assert "person" in main_screen(app).query_one(EntityPanel).folded
        await pilot.press("home", "enter")
        assert "person" not in main_screen(app).query_one(EntityPanel).folded
        ids = option_ids(entity_list)
        assert all(f"person:{n.lower().replace(' ', '-')}" in ids for n in PEOPLE)
        assert all(f"country:{c.lower()}" in ids for c in COUNTRIES.values())
        assert len([i for i in ids if i and i.startswith("organization:")]) == len(
            ORGANISATIONS)
        await pilot.press("home")
        await pilot.pause()
        assert f"▾ People ({len(PEOPLE)})" in "\n".join(region_text(app, entity_list))


async def test_folded_sections_bring_the_others_into_view(tmp_path: Path,
                                                          data_dir: Path) -> None:
    app = crowd_app(tmp_path / "articles", data_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app)
        entity_list = main_screen(app).query_one(EntityList)
        assert "Organisations" not in "\n".join(region_text(app, entity_list))
        entity_list.focus()
        await pilot.press("down", "left")
        await pilot.pause()
        text = "\n".join(region_text(app, entity_list))
        assert f"▸ People ({len(PEOPLE)})" in text
        assert "▾ Countries (3)" in text and "▾ Organisations (2)" in text
        assert "Ferry Guild" in text


async def test_roles_and_counts_wrap_instead_of_being_cut(tmp_path: Path,
                                                          data_dir: Path) -> None:
    app = crowd_app(tmp_path / "articles", data_dir)
    async with app.run_test(size=(120, 40)):
        await settle(app)
        entity_list = main_screen(app).query_one(EntityList)
        lines = region_text(app, entity_list)
        text = " ".join(line.strip("│╭╮╰╯─ ▁▇█▔") for line in lines)
        assert "…" not in text
        words = " ".join(text.split())
        # The whole role (over several lines), then the counts on a line of their own.
        assert f"Arla Quarrow {LONG_ROLE} 2 mentions · 1 quote Benedek Quarrow" in words
        assert "Ferry captain 2 mentions · 1 quote" in words


async def test_the_panel_title_fits_at_its_narrowest(tmp_path: Path, data_dir: Path) -> None:
    app = crowd_app(tmp_path / "articles", data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app)
        await pilot.press("p")  # at 80 columns the panel shows in place of the list
        await pilot.pause()
        entity_list = main_screen(app).query_one(EntityList)
        assert entity_list.region.width >= len(PANEL_TITLE) + 4
        assert PANEL_TITLE in region_text(app, entity_list)[0]


async def test_choosing_an_entity_of_a_folded_section_unfolds_it(tmp_path: Path,
                                                                 data_dir: Path) -> None:
    app = crowd_app(tmp_path / "articles", data_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app)
        screen = main_screen(app)
        panel = screen.query_one(EntityPanel)
        panel.fold("country", folded=True)
        screen.entity_id = "country:em"  # as a click on a mention in the text does
        await pilot.pause()
        entity_list = panel.query_one(EntityList)
        assert "country" not in panel.folded
        assert entity_list.highlighted is not None
        assert entity_list.get_option_at_index(entity_list.highlighted).id == "country:em"
