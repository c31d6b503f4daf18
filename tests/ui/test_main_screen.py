"""Pilot tests of the main screen, from the one app factory with a temporary data folder."""

from __future__ import annotations

from pathlib import Path

from reader.app import make_app
from reader.ui.widgets.article_list import ArticleList
from reader.ui.widgets.entity_panel import EntityList, EntityPanel
from reader.ui.widgets.reading_pane import ReadingPane
from tests.ui.support import ada_app, main_screen, screen_text, settle, write_article


async def test_no_arguments_opens_the_bundled_seeds(data_dir: Path) -> None:
    app = make_app(data_dir=data_dir)
    async with app.run_test(size=(160, 50)) as pilot:
        await settle(app)
        await pilot.pause()
        main = main_screen(app)
        article_list = main.query_one(ArticleList)
        assert article_list.option_count >= 1
        assert main.article_id == article_list.highlighted_id
        first = main.library.first()
        assert first is not None and main.article_id == first.id
        assert first.title[:30] in screen_text(app)


async def test_first_article_is_open_with_quotes_and_entities(articles_dir: Path,
                                                                data_dir: Path) -> None:
    app = ada_app([articles_dir], data_dir)
    async with app.run_test(size=(160, 50)) as pilot:
        await settle(app)
        await pilot.pause()
        main = main_screen(app)
        assert main.article is not None and main.article.path is not None
        assert main.article.path.name == "a_geneva.txt"
        assert main.analysis is not None and len(main.analysis.quotes) == 3
        text = screen_text(app)
        # The sentence is shown as written; the speaker is named in the margin beside it.
        assert 'Ada Lovelace spoke first. "We want peace," she said. France agreed.' in text
        assert "Ada Lovelace ▎ Ada Lovelace spoke first." in text
        panel = main.query_one(EntityList)
        prompts = [str(o.prompt) for o in panel.options]
        assert any(p.startswith("Ada Lovelace") for p in prompts)
        assert any(p.startswith("France") and "FR" in p for p in prompts)


async def test_filter_by_words_in_title_or_body(articles_dir: Path, data_dir: Path) -> None:
    app = ada_app([articles_dir], data_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app)
        article_list = main_screen(app).query_one(ArticleList)
        assert article_list.option_count == 3
        await pilot.press("slash", *"kenya")  # a word of the body only
        await pilot.pause()
        assert article_list.option_count == 1
        assert article_list.options[0].id is not None
        assert "zebra" in article_list.options[0].id
        await pilot.press("escape")
        await pilot.pause()
        assert article_list.option_count == 3
        assert article_list.has_focus


async def test_quote_cursor_moves_forward_and_back(articles_dir: Path, data_dir: Path) -> None:
    app = ada_app([articles_dir], data_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app)
        main = main_screen(app)
        pane = main.query_one(ReadingPane)
        await pilot.press("right_square_bracket")
        assert main.quote_index == 0 and pane.highlight.quote == 0
        await pilot.press("right_square_bracket", "right_square_bracket")
        assert main.quote_index == 2
        await pilot.press("left_square_bracket")
        assert main.quote_index == 1
        # The keys act from whichever pane has focus.
        pane.focus()
        await pilot.press("right_square_bracket")
        assert main.quote_index == 2
        await pilot.press("escape")
        assert main.quote_index is None


async def test_selecting_a_person_highlights_and_jumps_between_mentions(
    articles_dir: Path, data_dir: Path
) -> None:
    app = ada_app([articles_dir], data_dir)
    async with app.run_test(size=(160, 50)) as pilot:
        await settle(app)
        main = main_screen(app)
        entity_list = main.query_one(EntityList)
        entity_list.focus()
        entity_list.highlighted = entity_list.get_option_index("person:ada-lovelace")
        await pilot.pause()
        assert main.entity_id == "person:ada-lovelace"
        await pilot.press("n")
        assert main.mention_index == 0
        await pilot.press("n", "n")
        assert main.mention_index == 2
        await pilot.press("N")
        assert main.mention_index == 1
        # The person's quotes are listed; Enter on one puts the quote cursor on it.
        quotes = main.query_one("#person-quotes")
        assert quotes.display
        quotes.focus()
        await pilot.press("down", "down", "enter")
        await pilot.pause()
        assert main.quote_index == 1


async def test_side_panel_folds_away_at_80_columns(articles_dir: Path, data_dir: Path) -> None:
    app = ada_app([articles_dir], data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app)
        main = main_screen(app)
        panel = main.query_one(EntityPanel)
        assert not panel.display
        await pilot.press("p")
        await pilot.pause()
        assert panel.display and panel.has_focus_within
        await pilot.press("p")
        await pilot.pause()
        assert not panel.display


async def test_all_three_panes_show_at_160_columns(articles_dir: Path, data_dir: Path) -> None:
    app = ada_app([articles_dir], data_dir)
    async with app.run_test(size=(160, 50)) as pilot:
        await settle(app)
        await pilot.pause()
        main = main_screen(app)
        for widget in (main.query_one(ArticleList), main.query_one(ReadingPane),
                       main.query_one(EntityPanel)):
            assert widget.display and widget.region.width > 20


async def test_files_that_fail_get_a_message_and_the_others_open(tmp_path: Path,
                                                                 data_dir: Path) -> None:
    folder = tmp_path / "mixed"
    write_article(folder, "good.txt", "A good one\nIt opens.\n")
    (folder / "missing.txt").symlink_to(folder / "nowhere.txt")  # cannot be read
    app = ada_app([folder], data_dir)
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await settle(app)
        await pilot.pause()
        main = main_screen(app)
        assert len(main.library) == 1
        assert [f.path.name for f in main.library.failures] == ["missing.txt"]
        messages = [n.message for n in app._notifications]
        assert any("missing.txt" in m for m in messages)


async def test_clicking_a_quote_puts_the_cursor_on_it(articles_dir: Path, data_dir: Path) -> None:
    app = ada_app([articles_dir], data_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app)
        main = main_screen(app)
        pane = main.query_one(ReadingPane)
        assert main.analysis is not None and pane._document is not None
        quote = main.analysis.quotes[1]
        doc_offset = pane._document.to_doc(quote.start + 2)
        line = pane.line_of(doc_offset)
        x = doc_offset - pane._lines[line][0] + pane.gutter_width
        y = line - int(pane.scroll_y)
        content = pane.content_region.offset - pane.region.offset  # border and padding
        await pilot.click(pane, offset=(x + content.x, y + content.y))
        await pilot.pause()
        assert main.quote_index == 1
