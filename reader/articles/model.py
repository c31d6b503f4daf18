"""The Article: one news text as the reader shows it and the analyser reads it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, slots=True)
class Article:
    """One article. `text` is exactly what the analyser reads; the UI shows a part of it.

    `text` is the decoded, sanitised file with line endings turned into "\\n". The body
    the reading pane shows is `text[body_start:body_end]` (the headline line and a
    trailing source credit such as "(Yonhap)" are left out of it), so analysis offsets
    into `text` stay valid for the pane.
    """

    id: str  # slug of the title plus a short hash of the content: readable and stable
    title: str  # cut at a word near 100 characters, for lists
    text: str
    content_hash: str  # hex digest of `text`; the analysis cache and quote anchors key on it
    body_start: int = 0
    body_end: int = -1  # -1: to the end of text
    source: str | None = None  # "Yonhap", from a trailing credit or front matter
    date: dt.date | None = None
    # The date is the file's modification date (the text gave none): shown as such.
    file_dated: bool = False
    path: Path | None = None
    url: str | None = None  # the web page it came from (feed items), http(s) only
    feed: str | None = None  # the URL of the feed it came from (feed items)
    headline: str = ""  # the whole headline when `title` had to be cut ("": the same)

    @property
    def full_title(self) -> str:
        """The headline as written, never cut (exports, the reading pane's head)."""
        return self.headline or self.title

    @property
    def date_label(self) -> str:
        """The date as the reader shows it: "2026-11-27", "2026-11-27 (file date)", ""."""
        if self.date is None:
            return ""
        return f"{self.date.isoformat()}{' (file date)' if self.file_dated else ''}"

    @property
    def body(self) -> str:
        end = len(self.text) if self.body_end < 0 else self.body_end
        return self.text[self.body_start : end]
