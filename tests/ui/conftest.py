"""Fixtures for Pilot tests: a folder of articles and the app built by the one factory."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.ui.support import ARTICLE, write_article


@pytest.fixture
def articles_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    write_article(folder, "a_geneva.txt", ARTICLE)
    write_article(folder, "b_zebra.txt",
                  "Zebras cross the road\nA herd of zebras crossed the road in Kenya.\n")
    write_article(folder, "c_markets.txt",
                  "Markets calm\nStocks were flat. Traders waited for the bank.\n")
    return folder
