"""The main screen: article list, reading pane, side panel.

State lives here (the open article, its analysis, the quote cursor, the selected
entity); the panes get it through setters and report back with messages.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, cast

from textual import on, work
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.reactive import reactive
from textual.screen import Screen
from textual.widgets import Footer, Header, Input
from textual.worker import Worker, WorkerState

from reader.analysis import Analysis
from reader.articles import Article
from reader.ui.commands import bindings_for
from reader.ui.document import Highlight
from reader.ui.library import Batch, Library, load_in_batches
from reader.ui.messages import (
    ArticleChosen,
    EntityActivated,
    EntityChosen,
    FilterChanged,
    QuoteChosen,
)
from reader.ui.widgets.article_list import ArticleList
from reader.ui.widgets.entity_panel import EntityPanel
from reader.ui.widgets.reading_pane import ReadingPane

if TYPE_CHECKING:
    from reader.app import ReaderApp

MAX_FAILURES_SHOWN = 3


@dataclass
class ArticlesLoaded(Message):
    """A batch from the loader thread."""

    batch: Batch


class LoadingFinished(Message):
    """The loader thread has read every file."""


class FilterInput(Input):
    """The `/` filter box above the list."""

    COMMAND_SCOPE = "filter"
    BINDINGS = bindings_for("filter")

    def action_close_filter(self) -> None:
        self.value = ""
        self.post_message(FilterChanged(""))
        self.display = False
        self.screen.query_one(ArticleList).focus()


class MainScreen(Screen[None]):
    """Three panes; at 80 columns the side panel folds away (`p` brings it back)."""

    COMMAND_SCOPE = "main"
    BINDINGS = bindings_for("main")
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (120, "-wide")]  # noqa: RUF012

    article_id: reactive[str | None] = reactive(None, init=False)
    quote_index: reactive[int | None] = reactive(None, init=False)
    entity_id: reactive[str | None] = reactive(None, init=False)
    mention_index: reactive[int | None] = reactive(None, init=False)

    def __init__(self) -> None:
        super().__init__(id="main")
        self.library = Library()
        self.analysis: Analysis | None = None
        self.loading = True
        self._filter = ""
        self._analysis_cache: dict[str, Analysis] = {}

    # Layout ----------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="panes"):
            with Vertical(id="list-column"):
                filter_input = FilterInput(placeholder="Filter: words in title or body",
                                           id="filter")
                filter_input.display = False
                yield filter_input
                yield ArticleList()
            yield ReadingPane()
            yield EntityPanel()
        yield Footer()

    def on_mount(self) -> None:
        self.query_one(ArticleList).focus()
        self._load_articles()

    @property
    def article(self) -> Article | None:
        return self.library.get(self.article_id) if self.article_id else None

    # Loading ---------------------------------------------------------------------------

    @work(thread=True, exit_on_error=False, group="load")
    def _load_articles(self) -> None:
        for batch in load_in_batches(self.reader.sources):
            self.post_message(ArticlesLoaded(batch))
        self.post_message(LoadingFinished())

    @on(ArticlesLoaded)
    def _articles_loaded(self, event: ArticlesLoaded) -> None:
        added = self.library.add(event.batch)
        article_list = self.query_one(ArticleList)
        if self._filter:
            added = self.library.filtered(self._filter) if added else []
            added = [a for a in added if not article_list.shows(a.id)]
        article_list.append_articles(added)
        if event.batch.failures:
            self._report_failures(event.batch)
        if self.article_id is None and self.library.first() is not None:
            self.open_article(self.library.first().id)  # type: ignore[union-attr]

    def _report_failures(self, batch: Batch) -> None:
        shown = [f.message for f in batch.failures[:MAX_FAILURES_SHOWN]]
        more = len(batch.failures) - len(shown)
        if more:
            shown.append(f"…and {more} more")
        self.notify("\n".join(shown), title="Some files could not be opened",
                    severity="error", markup=False, timeout=10)

    @on(LoadingFinished)
    def _loading_finished(self) -> None:
        self.loading = False

    # Opening an article ----------------------------------------------------------------

    def open_article(self, article_id: str, *, top_offset: int | None = None) -> None:
        article = self.library.get(article_id)
        if article is None:
            return
        self.article_id = article_id
        self.quote_index = None
        self.entity_id = None
        self.mention_index = None
        self.analysis = self._analysis_cache.get(article.content_hash)
        self.query_one(ReadingPane).show(article, self.analysis, top_offset=top_offset)
        self.query_one(EntityPanel).show(self.analysis)
        article_list = self.query_one(ArticleList)
        article_list.highlight_article(article_id)
        article_list.mark_read(article_id)
        self.sub_title = article.title
        if self.analysis is None:
            self._analyse(article)

    @property
    def reader(self) -> ReaderApp:
        return cast("ReaderApp", self.app)

    def _analyse(self, article: Article) -> None:
        analyzer = self.reader.analyzer
        self.run_worker(lambda: analyzer(article.text), name=article.id, group="analysis",
                        thread=True, exit_on_error=False)

    @on(Worker.StateChanged)
    def _worker_changed(self, event: Worker.StateChanged) -> None:
        worker = event.worker
        if worker.group == "analysis":
            if worker.state == WorkerState.SUCCESS and isinstance(worker.result, Analysis):
                article = self.library.get(worker.name)
                if article is not None:
                    self._analysis_cache[article.content_hash] = worker.result
                if worker.name == self.article_id:
                    self._analysis_ready(worker.result)
            elif worker.state == WorkerState.ERROR:
                self.notify(f"Could not analyse this article: {worker.error}",
                            severity="error", markup=False)
        elif worker.group == "load" and worker.state == WorkerState.ERROR:
            self.loading = False
            self.notify(f"Loading stopped: {worker.error}", severity="error", markup=False)

    def _analysis_ready(self, analysis: Analysis) -> None:
        self.analysis = analysis
        self.query_one(ReadingPane).show(self.article, analysis, self._highlight())
        self.query_one(EntityPanel).show(analysis)

    # Highlight state -------------------------------------------------------------------

    def _highlight(self) -> Highlight:
        return Highlight(self.quote_index, self.entity_id, self.mention_index)

    def _push_highlight(self) -> None:
        self.query_one(ReadingPane).set_highlight(self._highlight())

    def watch_quote_index(self, index: int | None) -> None:
        self._push_highlight()
        if index is not None and self.analysis is not None:
            quote = self.analysis.quotes[index]
            self.query_one(ReadingPane).scroll_to_text(quote.start, quote.end)

    def watch_entity_id(self, entity_id: str | None) -> None:
        self.mention_index = None
        self._push_highlight()
        self.query_one(EntityPanel).select(entity_id)

    def watch_mention_index(self, index: int | None) -> None:
        self._push_highlight()
        entity = self.analysis.entity(self.entity_id) if (
            self.analysis and self.entity_id) else None
        if index is not None and entity is not None and entity.mentions:
            start, end = entity.mentions[index]
            self.query_one(ReadingPane).scroll_to_text(start, end)

    # Messages from the panes -----------------------------------------------------------

    @on(ArticleChosen)
    def _article_chosen(self, event: ArticleChosen) -> None:
        if event.article_id != self.article_id:
            self.open_article(event.article_id)

    @on(EntityChosen)
    def _entity_chosen(self, event: EntityChosen) -> None:
        self.entity_id = event.entity_id

    @on(EntityActivated)
    def _entity_activated(self, event: EntityActivated) -> None:
        self.entity_id = event.entity_id
        self.action_next_mention()

    @on(QuoteChosen)
    def _quote_chosen(self, event: QuoteChosen) -> None:
        self.quote_index = event.quote_index
        quote = self.analysis.quotes[event.quote_index] if self.analysis else None
        if quote is not None:
            # Scroll even when the cursor was already on it (the watcher would not fire).
            self.query_one(ReadingPane).scroll_to_text(quote.start, quote.end)

    @on(FilterChanged)
    def _filter_changed(self, event: FilterChanged) -> None:
        self.apply_filter(event.query)

    @on(Input.Changed, "#filter")
    def _filter_typed(self, event: Input.Changed) -> None:
        event.stop()
        self.apply_filter(event.value)

    @on(Input.Submitted, "#filter")
    def _filter_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.query_one(ArticleList).focus()

    def apply_filter(self, query: str) -> None:
        if query.strip() == self._filter:
            return
        self._filter = query.strip()
        self.query_one(ArticleList).show_only(self.library.filtered(self._filter))

    # Actions ---------------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("next_quote", "previous_quote"):
            return bool(self.analysis and self.analysis.quotes)
        if action in ("next_mention", "previous_mention"):
            return self.entity_id is not None
        if action in ("bookmark", "note"):
            return self.article_id is not None
        return True

    def action_filter(self) -> None:
        filter_input = self.query_one(FilterInput)
        filter_input.display = True
        filter_input.focus()

    def _step(self, current: int | None, count: int, step: int) -> int | None:
        if count == 0:
            return None
        if current is None:
            return 0 if step > 0 else count - 1
        return (current + step) % count

    def action_next_quote(self) -> None:
        if self.analysis is not None:
            self.quote_index = self._step(self.quote_index, len(self.analysis.quotes), 1)

    def action_previous_quote(self) -> None:
        if self.analysis is not None:
            self.quote_index = self._step(self.quote_index, len(self.analysis.quotes), -1)

    def _mentions(self) -> int:
        entity = self.analysis.entity(self.entity_id) if (
            self.analysis and self.entity_id) else None
        return len(entity.mentions) if entity else 0

    def action_next_mention(self) -> None:
        self.mention_index = self._step(self.mention_index, self._mentions(), 1)

    def action_previous_mention(self) -> None:
        self.mention_index = self._step(self.mention_index, self._mentions(), -1)

    def action_clear_cursor(self) -> None:
        self.quote_index = None
        self.entity_id = None

    def action_toggle_panel(self) -> None:
        panel = self.query_one(EntityPanel)
        showing = panel.display
        self.set_class(not showing, "-panel-on")
        self.set_class(showing, "-panel-off")
        if not showing:
            self.query_one("#entity-list").focus()
        elif panel.has_focus_within:
            self.query_one(ReadingPane).focus()

    def action_bookmark(self) -> None:
        self.notify("Bookmarks need the store (coming next).")

    def action_note(self) -> None:
        self.notify("Notes need the store (coming next).")

    def action_export(self) -> None:
        self.notify("Export needs the store (coming next).")
