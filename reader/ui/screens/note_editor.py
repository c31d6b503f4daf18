"""The note editor: a small dialog with a text area, opened by `a` on the main screen.

It only edits text: the caller decides what the note is about and stores the result.
`dismiss` returns the text on save (trailing blank space removed; "" means the user
emptied the note, so the caller deletes it) or None on cancel.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Footer, Static, TextArea

from reader.articles import sanitise_line, sanitise_text
from reader.ui.commands import bindings_for

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
    """

    def __init__(self, about: str, text: str = "", *, context: str | None = None) -> None:
        super().__init__()
        self.about = sanitise_line(about)
        self.initial_text = text
        self.context = sanitise_text(context).strip() if context else None

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
        yield Footer()

    def on_mount(self) -> None:
        text_area = self.query_one(TextArea)
        text_area.focus()
        text_area.move_cursor(text_area.document.end)

    @property
    def text(self) -> str:
        return self.query_one(TextArea).text

    def action_save(self) -> None:
        self.dismiss(self.text.rstrip())

    def action_cancel(self) -> None:
        self.dismiss(None)
