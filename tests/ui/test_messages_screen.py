"""Pilot tests of the messages screen (`M`): every message of the session, whole."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Static

from reader.ui.screens.messages import MessagesScreen
from tests.ui.support import ada_app, screen_text, settle, write_article


async def test_a_failure_beyond_the_toast_is_readable_in_the_messages_screen(
        tmp_path: Path, data_dir: Path) -> None:
    folder = tmp_path / "mixed"
    write_article(folder, "good.txt", "A good one\nIt opens.\n")
    for n in range(4):  # one more than the toast lists
        (folder / f"broken{n}.txt").symlink_to(folder / f"nowhere{n}.txt")
    app = ada_app([folder], data_dir)
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await settle(app)
        toasts = [n.message for n in app._notifications]
        assert any("and 1 more" in m for m in toasts)
        failures = [f.path.name for f in app.services.library.failures]
        hidden = next(name for name in failures if not any(name in m for m in toasts))
        await pilot.press("M")
        await pilot.pause()
        assert isinstance(app.screen, MessagesScreen)
        assert hidden in screen_text(app)
        await pilot.press("M")
        await pilot.pause()
        assert not isinstance(app.screen, MessagesScreen)


async def test_messages_are_plain_text_and_the_palette_opens_the_screen(
        articles_dir: Path, data_dir: Path) -> None:
    app = ada_app([articles_dir], data_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app)
        app.notify("[bold]not markup[/bold]", markup=False)
        await pilot.press("ctrl+p", *"Messages")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, MessagesScreen)
        texts = [str(s.render()) for s in app.screen.query(Static)]
        assert any("[bold]not markup[/bold]" in t for t in texts)
