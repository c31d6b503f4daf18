"""Article text that looks like markup or carries terminal escapes is shown literally and
cannot act on the app."""

from __future__ import annotations

from pathlib import Path

from reader.app import make_app
from reader.ui.screens.main import MainScreen
from reader.ui.widgets.reading_pane import ReadingPane
from tests.ui.support import ListAnalyzer, screen_text, settle, write_article

HOSTILE_TITLE = "[VIDEO] Clip [/b] of [@click=app.quit]x[/] talks \x1b[31mred\x1b[0m"
HOSTILE_BODY = (
    '"[VIDEO] We agree [/b]," said [@click=app.quit]x[/] Ada Lovelace.\n'
    "An escape \x1b]52;c;ZXZpbA==\x07 tried to write the clipboard and \x1b[2J to clear.\n"
)


def hostile_article(folder: Path) -> Path:
    return write_article(folder, "hostile.txt", f"{HOSTILE_TITLE}\n{HOSTILE_BODY}")


async def test_markup_and_escapes_are_shown_literally(tmp_path: Path, data_dir: Path) -> None:
    folder = tmp_path / "hostile"
    hostile_article(folder)
    app = make_app([folder], data_dir)
    app.analyzer = ListAnalyzer(people=["Ada Lovelace"], speaker="Ada Lovelace")
    async with app.run_test(size=(160, 50)) as pilot:
        await settle(app)
        await pilot.pause()
        assert isinstance(app.screen, MainScreen)
        text = screen_text(app)
        assert "[VIDEO] Clip [/b] of [@click=app.quit]x[/] talks" in text
        assert '"[VIDEO] We agree [/b],"' in text
        assert "\x1b" not in text and "\x07" not in text
        # Clicking the would-be action and pressing keys leaves the app running.
        pane = app.screen.query_one(ReadingPane)
        await pilot.click(pane, offset=(30, 0))
        await pilot.press("right_square_bracket", "b", "down", "up")
        await pilot.pause()
        assert app.is_running and isinstance(app.screen, MainScreen)
