"""`typing_in_a_box` knows a focused text box, Input or TextArea, without the app
importing TextArea before a screen needs it."""

from __future__ import annotations

import subprocess
import sys

from textual.app import App, ComposeResult
from textual.widgets import Button, Input, TextArea

from reader.ui.type_ahead import typing_in_a_box


class Boxes(App[None]):
    def compose(self) -> ComposeResult:
        yield Input(id="line")
        yield TextArea(id="area")
        yield Button("Go", id="go")


async def test_a_focused_input_or_text_area_is_a_box_and_a_button_is_not() -> None:
    app = Boxes()
    async with app.run_test() as pilot:
        for widget_id, typing in (("line", True), ("area", True), ("go", False)):
            app.query_one(f"#{widget_id}").focus()
            await pilot.pause()
            assert typing_in_a_box(app.screen) is typing, widget_id


def test_the_app_starts_without_importing_text_area() -> None:
    probe = ("import sys, reader.__main__, reader.app; "
             "print('textual.widgets._text_area' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                         check=True, timeout=60)
    assert out.stdout.strip() == "False"
