"""The reading pane: paragraph gaps, speaker labels in the margin, the status line, paging,
large articles, and the document's offset map and span index."""

from __future__ import annotations

import itertools
import subprocess
import threading
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.analysis_process import AnalysisStopped, AppAnalyzer
from reader.articles import article_from_text
from reader.ui.document import (
    SpanIndex,
    StyledBody,
    build_document,
    paragraph_gaps,
    styled_body_of_text,
)
from reader.ui.widgets.article_list import ArticleList
from reader.ui.widgets.reading_pane import ReadingPane, wrap_cuts
from tests.ui.reading_support import HARBOUR_ARTICLE, HarbourAnalyzer, harbour_app
from tests.ui.support import (
    ada_app,
    main_screen,
    screen_text,
    settle,
    wait_until,
    write_article,
)

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


def _harbour_text(paragraphs: int) -> str:
    body = HARBOUR_ARTICLE.split("\n", 1)[1]
    return HARBOUR_ARTICLE + ("\n" + body) * paragraphs


def test_the_styled_body_holds_every_quote_and_mention_where_the_text_shows_it() -> None:
    article = article_from_text(_harbour_text(3))
    analysis = HarbourAnalyzer()(article.text)
    doc = build_document(article, analysis)
    every = doc.spans.overlapping(0, len(doc.text))
    mentions = [m for e in analysis.entities for m in e.mentions]
    assert len(every) == doc.head_spans.count + len(analysis.quotes) + len(mentions)
    for quote in analysis.quotes:
        start, end = doc.to_doc(quote.start), doc.to_doc(quote.end, end=True)
        assert doc.text[start:end] == quote.text
        assert any(s == start and e == end and style.startswith(".reading--quote")
                   for _, s, e, style in doc.spans.overlapping(start, end))
    for start, end in mentions:
        a, b = doc.to_doc(start), doc.to_doc(end, end=True)
        assert doc.text[a:b] == article.text[start:end]
        assert any((s, e) == (a, b) and style in (".reading--person", ".reading--organization")
                   for _, s, e, style in doc.spans.overlapping(a, b))
    marks = doc.marks
    assert [m.index for m in marks] == list(range(len(analysis.quotes)))
    assert [m.start for m in marks] == [doc.to_doc(q.start) for q in analysis.quotes]
    assert any(m.label == "Ines Okafor" for m in marks)
    assert any(m.repeated for m in marks)  # the same speaker again in one paragraph


@settings(max_examples=40, deadline=None)
@given(st.integers(0, 6000), st.integers(1, 900))
def test_the_styled_body_answers_a_range_as_a_look_at_every_span_would(
        start: int, length: int) -> None:
    article = article_from_text(_harbour_text(8))
    doc = build_document(article, HarbourAnalyzer()(article.text))
    every = doc.spans.overlapping(0, len(doc.text))
    expected = [sp for sp in every if sp[1] < start + length and sp[2] > start]
    found = doc.spans.overlapping(start, start + length)
    assert sorted(found) == sorted(expected)
    assert [(sp[0], sp[1]) for sp in found] == sorted((sp[0], sp[1]) for sp in expected)
    covering = doc.mark_covering(start)
    assert covering is None or covering.start <= start < covering.end


def test_the_styled_body_survives_its_payload_and_fits_only_its_own_text() -> None:
    article = article_from_text(_harbour_text(2))
    analysis = HarbourAnalyzer()(article.text)
    body = styled_body_of_text(article.text, analysis, article.body_start, article.body_end)
    again = StyledBody.from_payload(body.to_payload())
    assert again == body and again.count == len(analysis.quotes) + sum(
        len(e.mentions) for e in analysis.entities)
    plain = build_document(article, None)
    styled = plain.with_body(again)
    assert styled is not None and styled.marks == build_document(article, analysis).marks
    other = build_document(article_from_text(_harbour_text(1)), None)
    assert other.with_body(again) is None  # laid out for another text


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
        await wait_until(lambda: pane.analysis is not None and pane.styled and not any(
            w.is_running for w in app.workers), what="the styled document")
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


async def test_a_large_article_takes_its_spans_from_the_process_and_keys_work_meanwhile(
        tmp_path: Path, data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from reader.analysis_process import analyze
    from reader.app import make_app
    from reader.ui.widgets import reading_pane

    # A few KB stand for a large article: analysed in the process, styled off the UI.
    monkeypatch.setattr(analyze, "large_text_chars", 1000)
    monkeypatch.setattr(reading_pane, "BUILD_IN_WORKER_CHARS", 1000)
    in_worker: list[object] = []
    monkeypatch.setattr(ReadingPane, "_build_styled",
                        lambda self, article, analysis: in_worker.append(analysis))
    release = threading.Event()
    in_process = analyze._in_process

    def held(*args: object) -> object:  # the analysis arrives when the test says
        release.wait(30)
        return in_process(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(analyze, "_in_process", held)
    body = "\n\n".join(f'"We sail at dawn on day {n}," Jane Roe said in Oslo.'
                       for n in range(150))
    write_article(tmp_path / "articles", "long.txt", "Harbour notes\n\n" + body)
    app = make_app([tmp_path / "articles"], data_dir)  # the real analyser
    async with app.run_test(size=(120, 30)) as pilot:
        pane = main_screen(app).query_one(ReadingPane)
        await wait_until(lambda: bool(pane._lines), what="the text shown")
        assert pane._lines and pane.analysis is None  # the text, before its analysis
        pane.focus()
        await pilot.pause()
        await pilot.press("space", "j")
        scrolled = pane.scroll_y
        assert scrolled > 20  # the keys were answered while the analysis ran
        release.set()
        await settle(app, timeout=60)
        await pilot.pause()
        assert pane.analysis is not None and pane.styled and not in_worker
        assert pane._document is not None and pane._document.body is not None
        assert pane.scroll_y == scrolled  # the highlights arriving did not move the view
        shown = screen_text(app)
        assert "Roe ▎" in shown and "We sail at dawn" in shown
        quote = pane.analysis.quotes[-1]
        start = pane._document.to_doc(quote.start)
        assert any(style.startswith(".reading--quote")
                   for _, _, _, style in pane._document.spans.overlapping(start, start + 1))


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
        # The scrollbar that the text needs did not make it lay the text out again. (On a
        # loaded machine the text can be shown before the side panel takes its columns:
        # then it is laid out again at the narrower width, rightly, once per width.)
        scrollbar = pane.styles.scrollbar_size_vertical
        assert scrollbar > 0
        assert article_wraps and len(set(article_wraps)) == len(article_wraps), wraps
        assert all(abs(before - after) != scrollbar
                   for before, after in itertools.pairwise(article_wraps)), wraps
        assert article_wraps[-1] == pane.scrollable_content_region.width - pane.gutter_width
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


def test_the_process_lays_out_the_styled_body_beside_the_analysis() -> None:
    article = article_from_text(_harbour_text(2).replace("Okafor", "Ines Okafor", 1))
    analyzer = AppAnalyzer(large_text_chars=0)
    analysis = analyzer(article.text, body=(article.body_start, article.body_end))
    body = analyzer.styled_body(analysis)
    assert body is not None
    styled = build_document(article, None).with_body(body)
    built = build_document(article, analysis)  # what a worker builds from the analysis
    assert styled is not None and styled.marks == built.marks
    assert styled.spans.overlapping(0, len(styled.text)) == built.spans.overlapping(
        0, len(built.text))
    assert analyzer.styled_body(HarbourAnalyzer()(article.text)) is None  # not its own
    assert analyzer.styled_body(analyzer(article.text)) is None  # no body: none laid out


class _ObservedAnalyzer(AppAnalyzer):
    """Says when an analysis is running: its child started, its generation taken."""

    def __init__(self) -> None:
        super().__init__(large_text_chars=0)
        self.running = threading.Event()

    def _read_all(self, process: subprocess.Popen[bytes], generation: int) -> bytes:
        self.running.set()
        return super()._read_all(process, generation)


def test_stopping_ends_a_running_analysis_at_once() -> None:
    analyzer = _ObservedAnalyzer()
    errors: list[BaseException] = []

    def run() -> None:
        try:
            analyzer(HARBOUR_ARTICLE * 2000)
        except AnalysisStopped as exc:
            errors.append(exc)

    thread = threading.Thread(target=run)
    thread.start()
    # Stop it once it runs (a fixed sleep here let a loaded machine stop it before it
    # began: then nothing was running to stop, and it ran to its end).
    assert analyzer.running.wait(60)
    analyzer.stop_running()
    thread.join(timeout=60)
    # Stopped by the stop, not ended by the child: that path says the app is closing.
    # (No wall-clock bound: the default run never asserts on time.)
    assert not thread.is_alive() and errors
    assert "closing" in str(errors[0])
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


def test_a_worker_building_a_large_document_pauses_and_builds_the_same(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from reader.analysis import analyze
    from reader.ui import document as document_module

    monkeypatch.setattr(document_module, "PAUSE_EVERY", 4)
    text = "Harbour notes\n\n" + "\n\n".join(
        "\"We sail at dawn,\" Jane Roe said in Oslo." for _ in range(12))
    one = article_from_text(text)
    analysis = analyze(one.text)
    pauses: list[int] = []
    paused = build_document(one, analysis, pause=lambda: pauses.append(1))
    plain = build_document(one, analysis)
    assert pauses  # the quotes and the mentions were built in slices
    assert paused.text == plain.text and paused.marks == plain.marks
    assert list(paused.spans.overlapping(0, len(paused.text))) == list(
        plain.spans.overlapping(0, len(plain.text)))


async def test_the_quotes_are_counted_in_the_worker_not_on_the_ui_thread(
        tmp_path: Path, data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from reader.ui.screens import main as main_module
    from reader.ui.widgets import entity_panel

    threads: list[int] = []
    count = entity_panel.speaker_counts

    def counted(analysis: object) -> object:
        threads.append(threading.get_ident())
        return count(analysis)  # type: ignore[arg-type]

    monkeypatch.setattr(entity_panel, "speaker_counts", counted)
    monkeypatch.setattr(main_module, "speaker_counts", counted)
    app = harbour_app(tmp_path / "articles", data_dir)
    opened = threading.Event()
    analyzer = HarbourAnalyzer()

    def after_opening(text: str) -> object:  # the analysis arrives after the article opens
        opened.wait(30)
        return analyzer(text)

    app.analyzer = after_opening  # type: ignore[assignment]
    async with app.run_test(size=(120, 30)) as pilot:
        screen = main_screen(app)
        await wait_until(lambda: screen.article_id is not None, what="an article opened")
        opened.set()
        await settle(app)
        await pilot.pause()
        assert screen.analysis is not None and threads
        assert threading.get_ident() not in threads  # the worker counted them
        assert "Ines Okafor" in screen_text(app)
        # A bookmarked quote is found by its span (the star in the margin).
        quote = screen.analysis.quotes[2]
        screen._quote_spans = frozenset({(quote.start, quote.end)})
        assert screen._highlight().bookmarked == frozenset({2})


def test_bookmarked_quotes_are_found_by_their_spans() -> None:
    from reader.analysis import Analysis, Quote
    from reader.ui.screens.main import bookmarked_quotes

    text = '"a" and "b"'
    analysis = Analysis(text, quotes=[Quote(0, 3, '"a"'), Quote(8, 11, '"b"'),
                                      Quote(0, 3, '"a"')])
    assert bookmarked_quotes(analysis, frozenset({(0, 3)})) == frozenset({0, 2})
    assert bookmarked_quotes(analysis, frozenset({(8, 11), (1, 2)})) == frozenset({1})
    assert bookmarked_quotes(analysis, frozenset()) == frozenset()
