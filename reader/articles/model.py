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
    title: str
    text: str
    content_hash: str  # hex digest of `text`; the analysis cache and quote anchors key on it
    body_start: int = 0
    body_end: int = -1  # -1: to the end of text
    source: str | None = None  # "Yonhap", from a trailing credit or front matter
    date: dt.date | None = None
    path: Path | None = None
    url: str | None = None  # the web page it came from (feed items), http(s) only
    feed: str | None = None  # the URL of the feed it came from (feed items)

    @property
    def body(self) -> str:
        end = len(self.text) if self.body_end < 0 else self.body_end
        return self.text[self.body_start : end]
