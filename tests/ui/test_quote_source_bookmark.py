"""A bookmarked quote keeps who says it as the margin shows it: the speaker's name, else
the source's own words ("A harbour official"), never "unattributed" when words exist."""

from __future__ import annotations

from pathlib import Path

from reader.store import open_store
from tests.ui.reading_support import harbour_app
from tests.ui.support import main_screen, settle


async def test_a_quote_with_only_source_words_is_bookmarked_with_them(
        tmp_path: Path, data_dir: Path) -> None:
    app = harbour_app(tmp_path / "articles", data_dir)
    async with app.run_test(size=(160, 50)) as pilot:
        await settle(app)
        main = main_screen(app)
        for _ in range(8):
            if main.quote is not None and "already late" in main.quote.text:
                break
            await pilot.press("right_square_bracket")
        assert main.quote is not None and "already late" in main.quote.text
        await pilot.press("b")
        await settle(app)
        await pilot.press("q")
    with open_store(data_dir, read_only=True) as store:
        [bookmark] = store.bookmarks()
        assert getattr(bookmark, "speaker", None) == "A harbour official"
        assert getattr(bookmark, "speaker_id", "not none") is None


async def test_a_quote_with_a_speaker_is_bookmarked_with_the_name(
        tmp_path: Path, data_dir: Path) -> None:
    app = harbour_app(tmp_path / "articles", data_dir)
    async with app.run_test(size=(160, 50)) as pilot:
        await settle(app)
        main = main_screen(app)
        await pilot.press("right_square_bracket")
        assert main.quote is not None and "a matter of months" in main.quote.text
        await pilot.press("b")
        await settle(app)
        await pilot.press("q")
    with open_store(data_dir, read_only=True) as store:
        [bookmark] = store.bookmarks()
        assert getattr(bookmark, "speaker", None) == "Ines Okafor"
        assert getattr(bookmark, "speaker_id", None) == "person:ines-okafor"
