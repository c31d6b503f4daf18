"""`reader quotes` and the library index list a quote with no speaker entity under its
source's own words, as the reading pane's margin does, not as "unattributed"."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.__main__ import main

PORT = ("Port strike ends\n\nThe dock strike ended on Monday. \"The cranes will move again,\" "
        "a spokeswoman for the port authority said.\n")
STRAY = ("Cranes idle\n\n\"The cranes will not move,\" he said of the dock strike.\n")


@pytest.fixture
def news(tmp_path: Path) -> Path:
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "port.txt").write_text(PORT, encoding="utf-8")
    (folder / "stray.txt").write_text(STRAY, encoding="utf-8")
    return folder


def test_a_quote_with_source_words_and_no_entity_is_listed_under_them(
        news: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["quotes", "strike", str(news), "--data-dir", str(news.parent / "d")]) == 0
    out = capsys.readouterr().out
    assert "— a spokeswoman for the port authority, Port strike ends" in out


def test_a_quote_whose_source_names_nobody_stays_unattributed(
        news: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["quotes", "idle", str(news), "--data-dir", str(news.parent / "d")]) == 0
    out = capsys.readouterr().out
    assert "— unattributed, Cranes idle" in out
