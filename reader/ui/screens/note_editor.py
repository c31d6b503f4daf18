"""The note editor: a small dialog with a text area, opened by `a` on the main screen.

It only edits text: the caller decides what the note is about and how it is stored.
Given `save` (an async function storing the text), ctrl+s calls it and the dialog closes
only once it has succeeded; when it fails the dialog says why and keeps the text, so a
full disk never costs a typed note. `dismiss` returns the text on save (trailing blank
space removed; "" means the user emptied the note, so the caller deletes it) or None on
cancel. Escape with changed text first asks (`DiscardNote`): keep editing, or discard.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Button, Static, TextArea

from reader.articles import sanitise_line, sanitise_text
from reader.ui.commands import bindings_for
from reader.ui.widgets.fitting_footer import FittingFooter

# How much of a long quote the dialog shows above the text area.
CONTEXT_MAX_CHARS = 300


class NoteEditor(ModalScreen[str | None]):
    """Write or edit one note; ctrl+s saves, escape cancels."""

    COMMAND_SCOPE = "note_editor"
    BINDINGS = bindings_for("note_editor")
    DEFAULT_CSS = """
    NoteEditor {
        align: center middle;
        background: $background 60%;
    }
    NoteEditor > #note-dialog {
        width: 80%;
        max-width: 100;
        height: auto;
        max-height: 90%;
        border: thick $accent;
        background: $surface;
        padding: 0 1;
    }
    NoteEditor #note-about {
        text-style: bold;
        width: 1fr;
    }
    NoteEditor #note-context {
        color: $text-muted;
        text-style: italic;
        margin: 1 0 0 0;
        max-height: 6;
    }
    NoteEditor TextArea {
        height: 12;
        margin: 1 0;
    }
    NoteEditor #note-error {
        color: $error;
        display: none;
    }
    NoteEditor #note-error.-shown {
        display: block;
    }
    """

    def __init__(self, about: str, text: str = "", *, context: str | None = None,
                 save: Callable[[str], Awaitable[object]] | None = None) -> None:
        super().__init__()
        self.about = sanitise_line(about)
        self.initial_text = text
        self.context = sanitise_text(context).strip() if context else None
        self._save = save
        self._saving = False

    def compose(self) -> ComposeResult:
        with Vertical(id="note-dialog"):
            # Untrusted text (titles, quotes, names): Content, never markup.
            yield Static(Content(self.about), id="note-about")
            if self.context:
                shown = self.context
                if len(shown) > CONTEXT_MAX_CHARS:
                    shown = shown[:CONTEXT_MAX_CHARS].rstrip() + "…"
                yield Static(Content(shown), id="note-context")
            yield TextArea(self.initial_text, id="note-text", soft_wrap=True,
                           show_line_numbers=False)
            yield Static(id="note-error")
        yield FittingFooter()

    def on_mount(self) -> None:
        text_area = self.query_one(TextArea)
        text_area.focus()
        text_area.move_cursor(text_area.document.end)

    @property
    def text(self) -> str:
        return self.query_one(TextArea).text

    async def action_save(self) -> None:
        text = self.text.rstrip()
        if self._save is None:
            self.dismiss(text)
            return
        if self._saving:  # ctrl+s again while the first save runs
            return
        self._saving = True
        try:
            await self._save(text)
        except Exception as exc:  # any failure: the text stays here, and says why
            self._show_error(str(exc) or type(exc).__name__)
            return
        finally:
            self._saving = False
        self.dismiss(text)

    def _show_error(self, reason: str) -> None:
        error = self.query_one("#note-error", Static)
        error.update(Content(f"Not saved: {sanitise_text(reason).strip()} Your text is still "
                             "here: ctrl+s tries again, escape discards it."))
        error.add_class("-shown")
        self.query_one(TextArea).focus()

    @property
    def changed(self) -> bool:
        """The text differs from what the editor opened with (trailing blanks aside)."""
        return self.text.rstrip() != self.initial_text.rstrip()

    async def action_cancel(self) -> None:
        if not self.changed:
            self.dismiss(None)
            return

        def answered(discard: bool | None) -> None:
            if discard:
                self.dismiss(None)
            else:
                self.query_one(TextArea).focus()

        await self.app.push_screen(DiscardNote(), answered)


class DiscardNote(ModalScreen[bool]):
    """"Discard the changed note?": escape (or Keep editing) goes back, d discards."""

    COMMAND_SCOPE = "discard_note"
    BINDINGS = bindings_for("discard_note")
    DEFAULT_CSS = """
    DiscardNote {
        align: center middle;
        background: $background 60%;
    }
    DiscardNote > #discard-dialog {
        width: auto;
        max-width: 90%;
        height: auto;
        border: thick $warning;
        background: $surface;
        padding: 0 1;
    }
    DiscardNote #discard-question { width: auto; margin: 0 0 1 0; }
    DiscardNote #discard-buttons { width: auto; height: auto; }
    DiscardNote Button { margin: 0 1 0 0; }
    """

    def compose(self) -> ComposeResult:
        with Vertical(id="discard-dialog"):
            yield Static("The note was changed. Discard what you typed?",
                         id="discard-question", markup=False)
            with Horizontal(id="discard-buttons"):
                yield Button("Keep editing", id="discard-keep", variant="primary")
                yield Button("Discard (d)", id="discard-confirm", variant="error")

    def on_mount(self) -> None:
        self.query_one("#discard-keep", Button).focus()  # the safe answer is the default

    @on(Button.Pressed, "#discard-keep")
    def action_keep(self) -> None:
        self.dismiss(False)

    @on(Button.Pressed, "#discard-confirm")
    def action_discard(self) -> None:
        self.dismiss(True)
