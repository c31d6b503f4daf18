"""The messages screen (`M`): every message of the session, newest first, whole."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static

from reader.ui.commands import bindings_for
from reader.ui.message_log import MessageLog
from reader.ui.widgets.fitting_footer import FittingFooter


class MessagesScreen(ModalScreen[None]):
    """Escape or M closes it."""

    COMMAND_SCOPE = "messages"
    BINDINGS = bindings_for("messages")
    DEFAULT_CSS = """
    MessagesScreen {
        align: center top;
        background: $background;
    }
    MessagesScreen > #messages-dialog {
        width: 100%;
        max-width: 120;
        height: 1fr;
        border: thick $accent;
        border-title-align: center;
        background: $surface;
        padding: 0 1;
    }
    MessagesScreen .message {
        margin: 1 0 0 0;
    }
    MessagesScreen .message.-error { color: $error; }
    MessagesScreen .message.-warning { color: $warning; }
    """

    def __init__(self, log: MessageLog) -> None:
        super().__init__()
        self.log_messages = log.messages()

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="messages-dialog") as dialog:
            dialog.border_title = f"Messages ({len(self.log_messages)})"
            if not self.log_messages:
                yield Static(Content("No messages yet."), classes="message")
            for message in reversed(self.log_messages):
                heading = message.at.strftime("%H:%M:%S")
                if message.title:
                    heading += " " + message.title
                # Messages hold file names and errors: plain Content, never markup.
                yield Static(Content(f"{heading}\n{message.text}"),
                             classes=f"message -{message.severity}", markup=False)
        yield FittingFooter()

    def action_close(self) -> None:
        self.dismiss(None)
