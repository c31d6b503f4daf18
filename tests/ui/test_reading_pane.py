"""The reading pane: paragraph gaps, speaker labels in the margin, the status line, paging,
large articles, and the document's offset map and span index."""

from __future__ import annotations

import asyncio
import threading
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.analysis_process import AnalysisStopped, AppAnalyzer
from reader.articles import article_from_text
from reader.ui.document import SpanIndex, build_document, paragraph_gaps
from reader.ui.widgets.article_list import ArticleList
from reader.ui.widgets.reading_pane import ReadingPane, wrap_cuts
from tests.ui.reading_support import HARBOUR_ARTICLE, HarbourAnalyzer, harbour_app
from tests.ui.support import ada_app, main_screen, screen_text, settle, write_article

# Document ---------------------------------------------------------------------------


def test_blank_line_paragraphs_keep_one_blank_line() -> None:
    article = article_from_text("Title\n\nFirst paragraph.\n\nSecond paragraph.\n")
    doc = build_document(article, None)
    assert "First paragraph.\n\nSecond paragraph." in doc.text
    assert "\n\n\n" not in doc.text


def test_single_line_breaks_get_one_blank_line() -> None:
    article = article_from_text("Title\nFirst paragraph.\nSecond paragraph.\n")
    doc = build_document(article, None)
    assert "First paragraph.\n\nSecond paragraph." in doc.text


def test_gaps_only_between_two_lines_with_text() -> None:
    text = "a\nb\n\nc\n \nd\n"
    assert paragraph_gaps(text, 0, len(text)) == [1]


def _gaps_line_by_line(text: str, start: int, end: int) -> list[int]:
    """The rule written out: a break between two lines that both hold a non-space."""
    gaps, line_start = [], start
    while (newline := text.find("\n", line_start, end)) >= 0:
        following = text.find("\n", newline + 1, end)
        following = end if following < 0 else following
        if (text[line_start:newline].strip() and text[newline + 1:following].strip()):
            gaps.append(newline)
        line_start = newline + 1
    return gaps


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet="ab \t\n\r\x0c\u2003\x85\u2028", max_size=60),
       st.integers(0, 60), st.integers(0, 60))
def test_paragraph_gaps_follow_the_rule_anywhere_in_a_text(text: str, start: int,
                                                           end: int) -> None:
    start, end = min(start, len(text)), min(max(start, end), len(text))
    assert paragraph_gaps(text, start, end) == _gaps_line_by_line(text, start, end)


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet="ab \n\"", max_size=80))
def test_offsets_map_both_ways(body: str) -> None:
    article = article_from_text("Head\n" + body)
    doc = build_document(article, HarbourAnalyzer()(article.text))
    for offset in range(doc.body_start, doc.body_end):
        doc_offset = doc.to_doc(offset)
        assert doc.text[doc_offset] == article.text[offset]
        assert doc.to_text(doc_offset) == offset


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 3000), st.integers(1, 1500)), max_size=40),
       st.integers(0, 4000), st.integers(1, 300))
def test_span_index_finds_exactly_the_overlapping_spans(
        raw: list[tuple[int, int]], start: int, length: int) -> None:
    spans = [(n % 3, s, s + w, f"style{n}") for n, (s, w) in enumerate(raw)]
    expected = sorted((sp for sp in spans if sp[1] < start + length and sp[2] > start),
                      key=lambda sp: (sp[0], sp[1]))
    found = SpanIndex(spans).overlapping(start, start + length)
    assert sorted(found) == sorted(expected)
    assert [(sp[0], sp[1]) for sp in found] == [(sp[0], sp[1]) for sp in expected]


def test_wrap_cuts_match_the_general_wrapper() -> None:
    from rich._wrap import divide_line

    text = ("word " * 40 + "averyveryverylongwordthatmustbefolded " + "x  y   z " * 9).strip()
    for width in (7, 10, 23, 40, 79):
        assert wrap_cuts(text, width) == divide_line(text, width, fold=True)


# The pane in the app -----------------------------------------------------------------


async def test_labels_name_the_speaker_beside_the_line_and_leave_the_text_alone(
        tmp_path: Path, data_dir: Path) -> None:
    app = harbour_app(tmp_path / "articles", data_dir)
    async with app.run_test(size=(160, 50)) as pilot:
        await settle(app)
        await pilot.pause()
        text = screen_text(app)
        assert '"a matter of months" away' in text  # nothing inserted after the quotes
        assert "unattributed" not in text
        lines = text.splitlines()
        promise = next(line for line in lines if '"a matter of months"' in line)
        assert "Ines Okafor ▎" in promise  # the speaker, beside the line the quote starts
        official = next(line for line in lines if '"already late"' in line)
        assert "A harbour off" in official  # no person known: the source's own words
        nobody = next(line for line in lines if '"Nothing ever changes here."' in line)
        assert "▎" not in nobody.split('"Nothing')[0].split("│")[-1]  # nobody: no label


async def test_l_turns_the_labels_off_and_on(tmp_path: Path, data_dir: Path) -> None:
    app = harbour_app(tmp_path / "articles", data_dir)
    async with app.run_test(size=(160, 50)) as pilot:
        await settle(app)
        pane = main_screen(app).query_one(ReadingPane)
        pane.focus()
        assert pane.gutter_width > 0
        await pilot.press("l")
        await pilot.pause()
        assert pane.gutter_width == 0 and "Ines Okafor ▎" not in screen_text(app)
        await pilot.press("l")
        await pilot.pause()
        assert "Ines Okafor ▎" in screen_text(app)


async def test_l_toggles_the_labels_from_whichever_pane_has_focus(
        tmp_path: Path, data_dir: Path) -> None:
    app = harbour_app(tmp_path / "articles", data_dir)
    async with app.run_test(size=(160, 50)) as pilot:
        await settle(app)
        screen = main_screen(app)
        pane = screen.query_one(ReadingPane)
        expected = False
        for focus in ("#article-list", "#entity-list", "#reading-pane"):
            screen.query_one(focus).focus()
            await pilot.press("l")
            await pilot.pause()
            assert pane.labels is expected, focus
            assert ("Ines Okafor ▎" in screen_text(app)) is expected, focus
            expected = not expected


async def test_status_line_names_speaker_and_cue_of_the_quote_under_the_cursor(
        tmp_path: Path, data_dir: Path) -> None:
    app = harbour_app(tmp_path / "articles", data_dir)
    async with app.run_test(size=(160, 50)) as pilot:
        await settle(app)
        await pilot.press("right_square_bracket")
        await pilot.pause()
        pane = main_screen(app).query_one(ReadingPane)
        assert str(pane.border_subtitle) == "Quote 1 of 7 · Ines Okafor · said"
        assert "Quote 1 of 7 · Ines Okafor · said" in screen_text(app)
        for _ in range(5):
            await pilot.press("right_square_bracket")
        await pilot.pause()
        assert str(pane.border_subtitle) == "Quote 6 of 7 · nobody named"


async def test_the_bookmark_star_stays_visible_with_a_long_title(
        tmp_path: Path, data_dir: Path) -> None:
    long_title = "A headline far too long for the list column " * 3
    write_article(tmp_path / "articles", "long.txt", f"{long_title.strip()}\n\nBody text.\n")
    app = ada_app([tmp_path / "articles"], data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app)
        article_list = main_screen(app).query_one(ArticleList)
        article_id = article_list.options[0].id
        assert article_id is not None
        article_list.set_read(set())
        article_list.set_starred({article_id})
        await pilot.pause()
        row = next(line for line in screen_text(app).splitlines()
                   if line.startswith("│") and "A headline" in line)
        assert "●★ A headline" in row and "…" in row


async def test_paging_keys_in_the_reading_pane(tmp_path: Path, data_dir: Path) -> None:
    body = "\n\n".join(f"Paragraph number {n} of the long article." for n in range(200))
    write_article(tmp_path / "articles", "long.txt", "A long one\n\n" + body)
    app = ada_app([tmp_path / "articles"], data_dir)
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(app)
        pane = main_screen(app).query_one(ReadingPane)
        # Under load settle() can give up before the analysis is shown; the styled
        # document (and the screen around it) must be in place before the page is measured.
        for _ in range(500):
            if pane.analysis is not None and pane.styled and not any(
                    w.is_running for w in app.workers):
                break
            await asyncio.sleep(0.02)
        await pilot.pause()
        pane.focus()
        page = pane.scrollable_content_region.height
        assert page > 2

        await pilot.press("space")
        assert pane.scroll_y == page - 1
        before = pane.scroll_y
        await pilot.press("ctrl+d")
        assert pane.scroll_y == before + page // 2
        await pilot.press("ctrl+u", "shift+space")
        assert pane.scroll_y == 0
        await pilot.press("G")
        assert pane.scroll_y == pane.max_scroll_y > 0
        await pilot.press("home")
        assert pane.scroll_y == 0
        await pilot.press("pagedown")
        assert pane.scroll_y == page - 1
        assert pane.scrollable_content_region.height == page, "the pane changed height"


async def test_a_large_article_is_shown_then_styled_off_the_ui_thread(
        tmp_path: Path, data_dir: Path) -> None:
    # 600 KB: above the size at which the pane builds its spans in a worker.
    text = HARBOUR_ARTICLE + ("\n" + HARBOUR_ARTICLE.split("\n", 1)[1]) * 1500
    app = harbour_app(tmp_path / "articles", data_dir, text=text)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, timeout=60)
        await pilot.pause()
        pane = main_screen(app).query_one(ReadingPane)
        assert pane.analysis is not None and pane.styled
        assert "Okafor ▎" in screen_text(app)
        pane.focus()
        await pilot.press("right_square_bracket", "G")
        await pilot.pause()
        assert pane.scroll_y == pane.max_scroll_y


async def test_a_long_article_is_laid_out_once_and_keeps_a_few_screens_of_lines(
        tmp_path: Path, data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from reader.ui.widgets import reading_pane

    wraps: list[tuple[int, int]] = []  # (characters, width) of each layout
    wrap = ReadingPane._wrap

    def counted(plain: str, width: int) -> list[tuple[int, int]]:
        wraps.append((len(plain), width))
        return wrap(plain, width)

    monkeypatch.setattr(ReadingPane, "_wrap", staticmethod(counted))
    monkeypatch.setattr(reading_pane, "STRIP_CACHE_LINES", 30)
    body = "\n\n".join(f"Paragraph number {n} of the long article." for n in range(400))
    write_article(tmp_path / "articles", "long.txt", "A long one\n\n" + body)
    app = ada_app([tmp_path / "articles"], data_dir)
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(app)
        await pilot.pause()
        pane = main_screen(app).query_one(ReadingPane)
        article_wraps = [width for length, width in wraps if length > 10_000]
        # The scrollbar that the text needs did not make it lay the text out again.
        assert len(article_wraps) == 1, wraps
        assert article_wraps[0] == pane.scrollable_content_region.width - pane.gutter_width
        pane.focus()
        for _ in range(12):
            await pilot.press("pagedown")
        await pilot.pause()
        assert pane.scroll_y > 12 * 20
        assert 0 < len(pane._strips) <= 30
        assert "Paragraph number" in screen_text(app)


# The analyser in a process -----------------------------------------------------------


def test_the_process_gives_the_same_analysis_as_the_thread() -> None:
    text = HARBOUR_ARTICLE.replace("Okafor", "Ines Okafor", 1)
    in_thread = AppAnalyzer(large_text_chars=10 ** 9)(text)
    in_process = AppAnalyzer(large_text_chars=0)(text)
    assert in_process.to_json() == in_thread.to_json()


def test_stopping_ends_a_running_analysis_at_once() -> None:
    analyzer = AppAnalyzer(large_text_chars=0)
    errors: list[BaseException] = []

    def run() -> None:
        try:
            analyzer(HARBOUR_ARTICLE * 2000)
        except AnalysisStopped as exc:
            errors.append(exc)

    thread = threading.Thread(target=run)
    thread.start()
    time.sleep(0.05)
    started = time.monotonic()
    analyzer.stop_running()
    thread.join(timeout=10)
    assert not thread.is_alive() and errors
    assert time.monotonic() - started < 5
    assert analyzer("Later, a new one runs.").text  # only those running were stopped


# Counts and contrast -----------------------------------------------------------------


def test_palette_counts_are_pluralised() -> None:
    from reader.analysis import Analysis, Entity, Quote
    from reader.ui.providers import _entity_detail

    one = Entity(id="person:a", kind="person", name="A", mentions=[(0, 1)])
    analysis = Analysis(text="A", entities=[one], quotes=[Quote(0, 1, "A", speaker="person:a")])
    assert _entity_detail(one, analysis).endswith("1 mention · 1 quote")
    two = Entity(id="person:b", kind="person", name="B", mentions=[(0, 1), (0, 1)])
    assert _entity_detail(two, Analysis(text="A", entities=[two])).endswith("2 mentions")


def _distance(a: tuple[int, int, int], b: tuple[int, int, int]) -> int:
    return sum(abs(x - y) for x, y in zip(a, b, strict=True))


async def test_speaker_and_selection_colours_stand_out_in_every_theme(
        tmp_path: Path, data_dir: Path) -> None:
    app = harbour_app(tmp_path / "articles", data_dir)
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(app)
        pane = main_screen(app).query_one(ReadingPane)
        themes = sorted(app.available_themes)
        assert len(themes) > 10
        for theme in themes:
            app.theme = theme
            await pilot.pause()

            def colour(name: str, *, background: bool = False) -> tuple[int, int, int]:
                style = pane.get_component_rich_style(name)
                value = style.bgcolor if background else style.color
                assert value is not None, name
                triplet = value.get_truecolor()
                return (triplet.red, triplet.green, triplet.blue)

            organisation = colour("reading--organization")
            for n in range(4):
                speaker = colour(f"reading--speaker-{n}")
                assert _distance(speaker, organisation) > 40, (theme, n)
            page = colour("reading--headline", background=True)
            selected = colour("reading--selected", background=True)
            assert _distance(selected, page) > 60, theme
            for n in range(4):
                assert _distance(selected, colour(f"reading--quote-{n}", background=True)) > 40
