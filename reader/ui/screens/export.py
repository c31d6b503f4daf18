"""The export dialog: choose Markdown, JSON or Readwise CSV and the file to write.

`ExportScreen` only asks; `export_with_dialog` asks, writes through the store gateway
and tells the user where the file went (or why it did not).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from textual.app import App, ComposeResult
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, RadioButton, RadioSet, Static

from reader.store import EXPORT_FORMAT_NAMES, ExportFormat, StoreError
from reader.ui.commands import bindings_for
from reader.ui.export_files import EXPORT_FORMATS, default_export_path
from reader.ui.services import Services
from reader.ui.widgets.fitting_footer import FittingFooter


@dataclass(frozen=True, slots=True)
class ExportRequest:
    """What the user chose: a format and the file to write."""

    format: ExportFormat
    path: Path


class FormatChoice(RadioSet):
    """The formats. The arrow keys choose, as radio buttons do elsewhere: a stock RadioSet
    only moves its cursor on them (Enter or space then chooses), so ctrl+s after
    `down` exported the format chosen before while the cursor showed another."""

    def action_next_button(self) -> None:
        super().action_next_button()
        self._press_the_one_under_the_cursor()

    def action_previous_button(self) -> None:
        super().action_previous_button()
        self._press_the_one_under_the_cursor()

    def _press_the_one_under_the_cursor(self) -> None:
        # `_selected` is the set's cursor (Textual's name), not the button pressed.
        if self._selected is not None:
            button = self.query(RadioButton)[self._selected]
            if not button.value:
                button.value = True  # the set then posts RadioSet.Changed


class ExportScreen(ModalScreen[ExportRequest | None]):
    """Pick a format and a path; ctrl+s (or Enter in the path box) exports."""

    COMMAND_SCOPE = "export"
    BINDINGS = bindings_for("export")
    DEFAULT_CSS = """
    ExportScreen { align: center middle; background: $background 60%; }
    ExportScreen > #export-dialog {
        width: 80%; max-width: 100; height: auto;
        border: thick $accent; background: $surface; padding: 0 1;
    }
    ExportScreen #export-title { text-style: bold; margin: 0 0 1 0; }
    ExportScreen RadioSet { width: 1fr; margin: 0 0 1 0; }
    ExportScreen #export-path { margin: 0 0 1 0; }
    """

    def __init__(self, folder: Path, stamp: str | None = None,
                 fmt: ExportFormat = "markdown") -> None:
        super().__init__()
        self.folder = folder
        self.stamp = stamp or dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        self.format: ExportFormat = fmt

    def compose(self) -> ComposeResult:
        with Vertical(id="export-dialog"):
            yield Static("Export bookmarks and notes", id="export-title")
            with FormatChoice(id="export-format"):
                for fmt in EXPORT_FORMAT_NAMES:
                    yield RadioButton(EXPORT_FORMATS[fmt][0], value=fmt == self.format,
                                      id=f"format-{fmt}")
            yield Input(str(default_export_path(self.folder, self.format, self.stamp)),
                        id="export-path", placeholder="File to write")
        yield FittingFooter()

    def on_mount(self) -> None:
        self.query_one(RadioSet).focus()

    @property
    def path_text(self) -> str:
        return self.query_one("#export-path", Input).value

    def on_radio_set_changed(self, event: RadioSet.Changed) -> None:
        previous = default_export_path(self.folder, self.format, self.stamp)
        self.format = EXPORT_FORMAT_NAMES[event.index]
        path_box = self.query_one("#export-path", Input)
        # Follow the format only while the user has not typed a path of their own.
        if Path(path_box.value).expanduser() == previous:
            path_box.value = str(default_export_path(self.folder, self.format, self.stamp))

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_export()

    def action_export(self) -> None:
        text = self.path_text.strip()
        if not text:
            self.notify("Name a file to export to.", severity="warning", markup=False)
            return
        path = Path(text).expanduser()
        if path.is_dir():
            path = default_export_path(path, self.format, self.stamp)
        if path.parent != self.folder and not path.parent.is_dir():
            # Said here, with the dialog still open to mend the path (the writer refuses
            # it too: a typo must not make folders).
            self.notify(f"{path.parent} does not exist: create it first, or choose "
                        "another file.", severity="warning", markup=False)
            return
        self.dismiss(ExportRequest(self.format, path))

    def action_cancel(self) -> None:
        self.dismiss(None)


async def export_with_dialog(app: App[Any], services: Services) -> Path | None:
    """Ask for a format and a file, write the export, notify; returns the path written.

    Must run in a worker (it waits for the dialog).
    """
    await services.ready.wait()
    if services.store is None:
        app.notify("Nothing to export: the data folder could not be opened.",
                   severity="error", markup=False)
        return None
    request = await app.push_screen_wait(ExportScreen(services.exports_dir))
    if request is None:
        return None
    try:
        written = await services.export(request.format, request.path)
    except (StoreError, OSError) as exc:
        app.notify(str(exc), title="Export failed", severity="error", markup=False)
        return None
    app.notify(f"Exported to {written}", title="Export", markup=False)
    return written
