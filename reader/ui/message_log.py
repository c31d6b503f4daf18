"""Every message (notification) of the session, kept for the messages screen (`M`).

A toast disappears after a few seconds and shows only the first lines of a long list;
the log keeps each message whole. No Textual here: the app records, a screen lists.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

MAX_MESSAGES = 1000  # a long session keeps its latest messages, not every one forever


@dataclass(frozen=True, slots=True)
class LoggedMessage:
    at: dt.datetime
    title: str
    text: str  # untrusted (file names, errors): shown as plain text only
    severity: str


class MessageLog:
    def __init__(self) -> None:
        self._messages: list[LoggedMessage] = []
        self._paused = 0

    def add(self, text: str, title: str = "", severity: str = "information") -> None:
        if self._paused:
            return
        self._messages.append(LoggedMessage(dt.datetime.now(), title, text, severity))
        del self._messages[:-MAX_MESSAGES]

    @contextmanager
    def paused(self) -> Iterator[None]:
        """Toasts shown meanwhile are not logged (their whole text was logged already)."""
        self._paused += 1
        try:
            yield
        finally:
            self._paused -= 1

    def messages(self) -> list[LoggedMessage]:
        """Oldest first."""
        return list(self._messages)

    def __len__(self) -> int:
        return len(self._messages)
