"""Fixtures for Pilot tests: a folder of articles and the app built by the one factory."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from textual.app import App
from textual.notifications import SeverityLevel

import tests.pilot_waits  # noqa: F401 (Pilot waits in finer steps)
from tests.ui.support import ARTICLE, write_article

# A toast lasts 5 to 10 s, and Textual drops an expired one from `app._notifications`,
# where the tests read what the app said: on a loaded machine a test can look later than
# that. In the tests a toast lasts the whole test.
TOAST_SECONDS = 3600.0


@pytest.fixture(autouse=True)
def _toasts_last_the_whole_test(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    notify = App.notify

    def lasting(self: App[object], message: str, *, title: str = "",
                severity: SeverityLevel = "information", timeout: float | None = None,
                markup: bool = True) -> None:
        notify(self, message, title=title, severity=severity, timeout=TOAST_SECONDS,
               markup=markup)

    monkeypatch.setattr(App, "notify", lasting)
    yield


@pytest.fixture
def articles_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    write_article(folder, "a_geneva.txt", ARTICLE)
    write_article(folder, "b_zebra.txt",
                  "Zebras cross the road\nA herd of zebras crossed the road in Kenya.\n")
    write_article(folder, "c_markets.txt",
                  "Markets calm\nStocks were flat. Traders waited for the bank.\n")
    return folder
