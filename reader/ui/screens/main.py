"""The main screen: article list, reading pane, side panel.

It holds the layout and the selection (the open article, its analysis, the quote
cursor, the selected entity); the panes get it through setters and report back with
messages. Articles come from the library (a subscription); everything saved goes
through the Services it is given (one store thread, in order).
"""

from __future__ import annotations

import asyncio
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING

from textual import events, on, work
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.reactive import reactive
from textual.screen import Screen
from textual.widgets import Header, Input, Static
from textual.worker import Worker, WorkerState, get_current_worker

from reader import heap
from reader.articles import Article, FilesSource, sanitise_line
from reader.library import Library, LibraryChange
from reader.ui.commands import bindings_for
from reader.ui.errors import ReportsWorkerFailures
from reader.ui.messages import (
    ArticleChosen,
    EntityActivated,
    EntityChosen,
    FilterClosed,
    OpenAt,
    PassageKept,
    QuoteChosen,
    SaveSearchRequested,
)
from reader.ui.note_titles import note_title, passage_note_title
from reader.ui.screens.feed_commands import FeedCommands
from reader.ui.services import Services
from reader.ui.spans import Highlight
from reader.ui.type_ahead import focus_now, typing_in_a_box
from reader.ui.widgets.article_list import SORT_NAMES, SORT_ORDERS, ArticleList
from reader.ui.widgets.entity_panel import EntityPanel, speaker_counts
from reader.ui.widgets.filter_input import FilterInput
from reader.ui.widgets.find_input import FindClosed, FindInput, FindStep
from reader.ui.widgets.fitting_footer import FittingFooter
from reader.ui.widgets.reading_pane import ReadingPane
from reader.ui.widgets.saved_searches import (
    SavedSearchChosen,
    SavedSearchDeleted,
    SavedSearchList,
)

if TYPE_CHECKING:
    from reader.analysis import Analysis, Quote
    from reader.articles import LoadFailure
    from reader.library.index import FeedFacts, SetStates
    from reader.library.query import Query
    from reader.library.query_parser import Query as GrammarQuery
    from reader.library.query_parser import QueryError
    from reader.store import NoteTarget
    from reader.ui import session

SORT_SETTING = "article_sort"
MAX_FAILURES_SHOWN = 3
POSITION_SAVE_SECONDS = 2.0
FIRST_PAINT_WAIT_SECONDS = 1.0


def bookmarked_quotes(analysis: Analysis, spans: frozenset[tuple[int, int]]) -> frozenset[int]:
    """The numbers of the quotes of `analysis` whose (start, end) is one of `spans`."""
    if not spans:
        return frozenset()
    return frozenset(index for index, quote in enumerate(analysis.quotes)
                     if (quote.start, quote.end) in spans)


@dataclass(frozen=True, slots=True)
class AnalysedArticle:
    """What the analysis worker hands the screen: the analysis and its quotes counted by
    speaker (in the worker: for a large article, a pass over 60,000 quotes)."""

    analysis: Analysis
    speaker_counts: Counter[str | None]


class MainScreen(FeedCommands, ReportsWorkerFailures, Screen[None]):
    """Three panes; at 80 columns the side panel folds away (`p` brings it back)."""

    COMMAND_SCOPE = "main"
    BINDINGS = bindings_for("main")
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (120, "-wide")]  # noqa: RUF012

    article_id: reactive[str | None] = reactive(None, init=False)
    quote_index: reactive[int | None] = reactive(None, init=False)
    entity_id: reactive[str | None] = reactive(None, init=False)
    mention_index: reactive[int | None] = reactive(None, init=False)
    # `z`: the reading pane alone, the whole width. Not remembered between runs: a reader
    # started in a wide terminal should see its list.
    zoomed: reactive[bool] = reactive(False, init=False)

    def __init__(self, services: Services) -> None:
        # "-starting" until the first rows are drawn: the first frame leaves out what is
        # empty then (the side panel), so the titles reach the terminal sooner. The panel
        # carries the class too, and only its rule reads it (styles/app.tcss): taking it
        # off restyles the panel alone, not every widget of the screen.
        super().__init__(id="main", classes="-starting")
        self.services = services
        self.analysis: Analysis | None = None
        self._filter = ""
        self._noted: frozenset[str] = frozenset()  # articles with a note, as last read
        self._feed_facts: tuple[FeedFacts, ...] = ()  # the subscriptions, as last read
        self._startup: session.StartupState | None = None
        self._opened_initial = False
        # Set once an article is open, or once none will be opened at start-up: `b` and
        # `a` pressed before that (the store may still be opening) wait for it.
        self._initial_article = asyncio.Event()
        self._quote_spans: frozenset[tuple[int, int]] = frozenset()
        # The bookmarked quotes' numbers, and the analysis and spans they were found for.
        self._bookmarked: tuple[Analysis | None, frozenset[tuple[int, int]], frozenset[int]] = (
            None, frozenset(), frozenset())
        self._passages: frozenset[tuple[int, int]] = frozenset()  # highlights, found now
        self._saved_offsets: dict[str, int] = {}
        self._pending_span: tuple[int, int] | None = None  # from OpenAt, until analysed
        self._unsubscribe: list[object] = []
        self._indexing = False  # the index worker runs
        self._index_again = False  # the library changed while it ran
        self._search_serial = 0  # the latest index search; older answers are dropped
        self._saved_serial = 0  # the same for the saved searches' counts

    @property
    def library(self) -> Library:
        return self.services.library

    @property
    def still_loading(self) -> bool:
        return self.library.loading

    @property
    def article(self) -> Article | None:
        return self.library.get(self.article_id) if self.article_id else None

    @property
    def settled(self) -> bool:
        """Loading is over, the saved state applied and the open article analysed (tests and
        the screenshot tool wait for this)."""
        return (not self.still_loading and self._startup is not None
                and (self.article_id is None or self.analysis is not None)
                and (self._opened_initial or not len(self.library)))

    @property
    def quote(self) -> Quote | None:
        if self.analysis is None or self.quote_index is None:
            return None
        return self.analysis.quotes[self.quote_index]

    # Layout ----------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="panes"):
            with Vertical(id="list-column"):
                if self.services.feeds is not None:
                    from reader.ui.widgets.feed_list import FeedList  # only with feeds

                    yield FeedList()
                yield FilterInput()
                yield Static(id="filter-error", markup=False)
                yield SavedSearchList()
                yield ArticleList()
                yield Static(id="index-status", markup=False)
            yield ReadingPane()
            yield EntityPanel().add_class("-starting", update=False)
        yield FindInput()
        yield FittingFooter()

    def on_mount(self) -> None:
        self.query_one(ArticleList).focus()
        self.watch(self.query_one(FilterInput), "value", self._filter_typed, init=False)
        # What the library holds already (the first screenful), then every change.
        existing = self.library.articles()
        self._library_changed(LibraryChange(added=existing, failures=list(self.library.failures),
                                            finished=not self.library.loading))
        self._unsubscribe.append(self.library.subscribe(self._library_changed))
        if existing:
            # The rows first; the article (layout, analysis) right after they are painted.
            self.call_after_refresh(self._first_rows_shown)
        self.run_worker(self._restore_state(), group="state", exit_on_error=False)
        self.set_interval(POSITION_SAVE_SECONDS, self.save_position)
        self.feeds_mounted()

    def on_key(self, event: events.Key) -> None:
        # A key whose command cannot work now (feed keys without feeds, `o` without a
        # link) would otherwise do nothing and say nothing.
        if self.explain_disabled_key(event.key):
            event.stop()
            event.prevent_default()

    def on_screen_resume(self) -> None:
        # Back from the bookmarks screen, a person's page, the palette or the note editor:
        # a note may have been written or deleted there, so the panel's marks are read anew.
        if self.analysis is not None:
            self._mark_noted_entities()

    def on_unmount(self) -> None:
        for unsubscribe in self._unsubscribe:
            unsubscribe()  # type: ignore[operator]
        self._unsubscribe.clear()
        heap.thaw()

    # The library -----------------------------------------------------------------------

    async def _restore_state(self) -> None:
        state = await self.services.startup_state()
        self._startup = state
        # United with what changed meanwhile (an article opened, records moved to new ids).
        self.library.set_read_ids(state.read_ids | self.library.read_ids)
        self.library.set_starred_ids(state.starred_ids | self.library.starred_ids)
        self._open_initial()
        self._refresh_saved_searches()
        order = await self.services.saved_setting(SORT_SETTING)
        if order in SORT_ORDERS and order != "loaded":
            self._set_sort(order)

    def _open_initial(self) -> None:
        """Open the last-read article once it is loaded, else the first one."""
        if (self._opened_initial or self._startup is None
                or not self.services.first_paint.is_set()):
            return
        last = self._startup.last_article
        if last is not None and last in self.library:
            target: str | None = last
        elif last is None or not self.still_loading:
            first = self.library.first()
            target = first.id if first else None
        else:
            return  # the last-read article may still be on its way
        if target is not None:
            self.open_article(target)
        elif not self.still_loading:
            self._initial_article.set()  # nothing to open

    def _library_changed(self, change: LibraryChange) -> None:
        article_list = self.query_one(ArticleList)
        added = change.added
        if self._filter and added:
            matching = {a.id for a in self.library.filtered(self._filter, noted=self._noted)}
            added = [a for a in added if a.id in matching]
        added = self.feed_visible(added)
        if added:
            article_list.append_articles(added)
        if change.read:
            article_list.set_read(self.library.read_ids)
        if change.starred:
            article_list.set_starred(self.library.starred_ids)
        if change.failures:
            self._report_failures(change.failures)
        if change.finished:
            self._first_rows_shown()  # nothing more to wait for, even with no articles
            heap.freeze_long_lived(full=False)  # the articles and rows: as long as the app
            self._report_empty_folders()
            self.start_indexing()
        elif not self.library.loading and (change.added or change.changed or change.removed):
            self.start_indexing()
        elif self.services.first_paint.is_set():
            self._open_initial()
        self.feeds_library_changed(change)

    def _report_empty_folders(self) -> None:
        """Say which folders opened gave no article (or that there is nothing at all)."""
        from reader.articles.sources.files import EMPTY_FOLDER_HINT

        folders = [path for source in self.library.sources
                   if isinstance(source, FilesSource) for path in source.paths
                   if path.is_dir()]
        # Lazily, article by article: an opened folder's first article usually settles
        # it (all 10,000 paths made at once cost the UI thread some 50-130 ms).
        empty = [folder for folder in folders
                 if not any(article.path is not None and article.path.is_relative_to(folder)
                            for article in self.library)]
        for folder in empty:
            self.notify(f"No articles in {folder} ({EMPTY_FOLDER_HINT}).",
                        title="Empty folder", severity="warning", markup=False)
        if not len(self.library) and not empty:
            self.notify("No articles to show.", severity="warning")

    def _first_rows_shown(self) -> None:
        if self.has_class("-starting"):
            # The side panel takes its place in the next layout; the start-up article is
            # opened after that, so it is laid out once, at the pane's width.
            self.remove_class("-starting", update=False)  # no rule reads the screen's
            self.query_one(EntityPanel).remove_class("-starting")
            self.call_after_refresh(self._first_rows_shown)
            return
        self.services.first_paint.set()
        self._open_initial()

    def _report_failures(self, failures: list[LoadFailure]) -> None:
        title = "Some files could not be opened"
        # The whole list goes to the messages screen; the toast shows the first few.
        log = self.services.message_log
        log.add("\n".join(f.message for f in failures), title, "error")
        shown = [f.message for f in failures[:MAX_FAILURES_SHOWN]]
        more = len(failures) - len(shown)
        if more:
            shown.append(f"…and {more} more (M: messages)")
        with log.paused():
            self.notify("\n".join(shown), title=title, severity="error", markup=False,
                        timeout=10)

    # The cross-article index -----------------------------------------------------------

    def start_indexing(self) -> None:
        """Analyse and index every article of the library in the background."""
        if self._indexing:
            self._index_again = True
            return
        self._indexing = True
        self._index_again = False
        articles = self.library.articles()
        search = self.services.search
        all_feed_items = self.services.feeds is not None  # the library is the feeds' items

        def run() -> int:
            worker = get_current_worker()

            def progress(done: int, total: int) -> None:
                if not worker.is_cancelled:
                    self.app.call_from_thread(self._index_progress, done, total)

            return search.index_articles(articles, progress=progress,
                                         cancelled=lambda: worker.is_cancelled,
                                         all_feed_items=all_feed_items)

        self.run_worker(run, name="index", group="index", thread=True, exit_on_error=False)

    def _index_progress(self, done: int, total: int) -> None:
        status = self.query_one("#index-status", Static)
        if total and done < total:
            status.update(Content(f"Indexing {done:,} of {total:,} articles…"))
            status.display = True
        else:
            status.display = False

    def _index_finished(self) -> None:
        self._indexing = False
        self._index_progress(0, 0)
        heap.freeze_long_lived(full=False)  # the analyses cached meanwhile
        if self._index_again:
            self.start_indexing()
            return
        self._refresh_saved_searches()
        if self._filter:
            self._search(self._filter)  # the answer may have grown

    # Opening an article ----------------------------------------------------------------

    def open_article(self, article_id: str, *, span: tuple[int, int] | None = None) -> None:
        """Open an article; `span` (Article.text offsets, e.g. a saved quote) is shown."""
        article = self.library.get(article_id)
        if article is None:
            return
        # Any article opened (the user's choice too) is the start-up one: the last-read
        # article arriving later does not replace it.
        self._opened_initial = True
        self._initial_article.set()
        self.save_position()
        self.article_id = article_id
        self.quote_index = None
        self.entity_id = None
        self.mention_index = None
        self._quote_spans = frozenset()
        self._passages = frozenset()
        self._pending_span = span
        self.analysis = self.library.analyses.peek(article)
        pane = self.query_one(ReadingPane)
        pane.show(article, self.analysis, self._highlight(),
                  top_offset=None if span is None else span[0])
        self.query_one(EntityPanel).show(self.analysis)
        self._mark_noted_entities()
        article_list = self.query_one(ArticleList)
        article_list.highlight_article(article_id)
        self.sub_title = sanitise_line(article.title)
        self.refresh_bindings()
        self.run_worker(self._article_state(article, restore_position=span is None),
                        group="article-state", exclusive=True, exit_on_error=False)
        if self.analysis is None:
            self._analyse(article)
        else:
            self._apply_pending_span()
        self.feeds_article_opened(article)

    async def _article_state(self, article: Article, *, restore_position: bool) -> None:
        state = await self.services.open_article(article)
        if state.not_saved is not None:
            self.services.report_write_failure(state.not_saved)  # once while it lasts
        if self.article_id != article.id:
            return
        self._quote_spans = state.quote_spans
        if state.passages is not None:
            self._passages = state.passages.spans
            if state.passages.lost:
                self.notify(_lost_message(state.passages.lost), severity="warning",
                            markup=False)
        self._push_highlight()
        position = int(state.position or 0)
        self._saved_offsets[article.id] = position
        pane = self.query_one(ReadingPane)
        if restore_position and position and pane.scroll_y == 0:
            pane.scroll_to_text(position, position, top=True)

    def _analyse(self, article: Article) -> None:
        services = self.services
        def analyse() -> AnalysedArticle:
            # What the screen needs of every quote is counted here, not on the UI thread.
            analysis = services.analyse(article)
            return AnalysedArticle(analysis, speaker_counts(analysis))

        self.run_worker(analyse, name=article.id, group="analysis", thread=True,
                        exit_on_error=False)

    @on(Worker.StateChanged)
    def _analysis_done(self, event: Worker.StateChanged) -> None:
        worker = event.worker
        if (event.state == WorkerState.SUCCESS and worker.group == "analysis"
                and worker.name == self.article_id and worker.result is not None):
            assert isinstance(worker.result, AnalysedArticle)
            self._analysis_ready(worker.result)
        elif worker.group == "index" and event.state in (WorkerState.SUCCESS,
                                                         WorkerState.CANCELLED):
            self._indexing = False
            if event.state == WorkerState.SUCCESS:
                self._index_finished()

    def on_worker_failed(self, worker: Worker[object]) -> None:
        if worker.group == "index":
            self._indexing = False
            self._index_progress(0, 0)

    def _analysis_ready(self, ready: AnalysedArticle) -> None:
        analysis = self.analysis = ready.analysis
        self.query_one(ReadingPane).show(self.article, analysis, self._highlight())
        self.query_one(EntityPanel).show(analysis, ready.speaker_counts)
        self._mark_noted_entities()
        self.refresh_bindings()  # ] and [ depend on the quotes found
        self._apply_pending_span()

    def _apply_pending_span(self) -> None:
        """Put the quote cursor on the quote a bookmark pointed at, once analysed."""
        span, self._pending_span = self._pending_span, None
        if span is None or self.analysis is None:
            return
        for index, quote in enumerate(self.analysis.quotes):
            if quote.start <= span[0] < quote.end or span[0] <= quote.start < span[1]:
                self.quote_index = index
                return
        self.query_one(ReadingPane).scroll_to_text(*span)

    def save_position(self) -> None:
        """Queue the open article's scroll position for the store, if it moved."""
        article_id = self.article_id
        if article_id is None or not self.is_mounted:
            return
        offset = self.query_one(ReadingPane).top_text_offset()
        if self._saved_offsets.get(article_id) == offset:
            return
        self._saved_offsets[article_id] = offset
        self.services.save_position(article_id, offset)

    # Highlight state -------------------------------------------------------------------

    def _highlight(self) -> Highlight:
        analysis, spans = self.analysis, self._quote_spans
        bookmarked = frozenset[int]()
        if analysis is not None and spans:
            # Found once per analysis and set of bookmarks: a look at every quote of a
            # large article at each cursor move was a stall of the key that moved it.
            cached = self._bookmarked
            if cached[0] is not analysis or cached[1] is not spans:
                self._bookmarked = (analysis, spans, bookmarked_quotes(analysis, spans))
            bookmarked = self._bookmarked[2]
        return Highlight(self.quote_index, self.entity_id, self.mention_index, bookmarked,
                         self._passages)

    def _push_highlight(self) -> None:
        self.query_one(ReadingPane).set_highlight(self._highlight())

    def watch_quote_index(self, index: int | None) -> None:
        self._push_highlight()
        quote = self.quote
        if quote is not None:
            self.query_one(ReadingPane).scroll_to_text(quote.start, quote.end)

    def watch_entity_id(self, entity_id: str | None) -> None:
        self.refresh_bindings()  # n and N depend on a selected entity
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
        """Enter on an entity in the side panel: its page across the library."""
        self.entity_id = event.entity_id
        library_id = self.library_id(event.entity_id)
        if library_id is not None:
            self.open_entity_page(library_id)

    @work(group="noted-entities", exclusive=True, exit_on_error=False)
    async def _mark_noted_entities(self) -> None:
        """The side panel's note mark: entities with a note on their library id (or, for
        older notes, on this article's own id)."""
        analysis = self.analysis
        if analysis is None or not analysis.entities:
            return
        from reader.analysis.linking import link_article

        noted = await self.services.noted_entity_ids()
        if analysis is not self.analysis:
            return  # another article (or analysis) is shown now
        linked = link_article(analysis.entities)
        ids = frozenset(e.id for e in analysis.entities
                        if e.id in noted or (e.id in linked and linked[e.id].id in noted))
        self.query_one(EntityPanel).set_noted(ids)

    def library_id(self, local_id: str) -> str | None:
        """The library id of an entity of the open article's analysis."""
        from reader.analysis.linking import link_article

        if self.analysis is None:
            return None
        linked = link_article(self.analysis.entities).get(local_id)
        return linked.id if linked else None

    def open_entity_page(self, library_id: str) -> None:
        from reader.ui.screens.people import EntityPage  # first use: lighter start-up

        self.app.push_screen(EntityPage(self.services, library_id), callback=self.open_at)

    def _open_entities(self, kind: str) -> None:
        from reader.ui.screens.people import EntitiesScreen  # first use: lighter start-up

        self.app.push_screen(EntitiesScreen(self.services, kind), callback=self.open_at)

    def action_people(self) -> None:
        self._open_entities("person")

    def action_countries(self) -> None:
        self._open_entities("country")

    def action_organizations(self) -> None:
        self._open_entities("organization")

    @on(SaveSearchRequested)
    async def _save_search(self, event: SaveSearchRequested) -> None:
        from reader.library.query import parse

        if parse(event.query).error is not None:
            self.notify("Fix the search before saving it.", severity="warning")
            return
        if await self.services.save_search(event.query, event.query):
            self.notify(f"Saved the search {sanitise_line(event.query)[:60]}.", markup=False)
        else:
            self.notify("Searches cannot be saved now (read-only).", severity="warning")
        self._refresh_saved_searches()

    @on(SavedSearchDeleted)
    async def _delete_search(self, event: SavedSearchDeleted) -> None:
        await self.services.delete_search(event.name)
        self._refresh_saved_searches()

    @work(group="saved-searches", exit_on_error=False)
    async def _refresh_saved_searches(self) -> None:
        """The saved searches with their unread counts (counted through the index)."""
        from reader.library.index import SetStates
        from reader.library.query import parse
        from reader.ui.search import needs_index
        from reader.ui.widgets.saved_searches import SearchRow

        self._saved_serial += 1
        serial = self._saved_serial
        searches = await self.services.saved_searches()
        read = self.library.read_ids
        noted = self._noted = await self.services.noted_article_ids()
        self._feed_facts = await self._read_feed_facts()
        states = SetStates(read=read, bookmarked=self.library.starred_ids, noted=noted,
                           feed_facts=self._feed_facts)
        in_library = {a.id for a in self.library}
        search = self.services.search

        def count(text: str) -> int | None:
            query = parse(text)
            if query.error is not None:
                return None
            if needs_index(query.parsed):
                ids = search.search_ids(query.parsed, states) & in_library
            else:
                ids = {a.id for a in self.library.filtered(query, noted=noted)}
            return len(ids - read)

        rows = []
        for saved in searches:
            unread = await asyncio.to_thread(count, saved.query)
            rows.append(SearchRow(saved.name, saved.query, unread))
        if serial == self._saved_serial:  # else a newer count is on its way
            self.query_one(SavedSearchList).set_rows(rows)

    @on(QuoteChosen)
    def _quote_chosen(self, event: QuoteChosen) -> None:
        self.quote_index = event.quote_index
        quote = self.quote
        if quote is not None:
            # Scroll even when the cursor was already there (the watcher would not fire).
            self.query_one(ReadingPane).scroll_to_text(quote.start, quote.end)

    def _filter_typed(self, value: str) -> None:
        """The box's value watched (set in on_mount): the rows change in the same call
        as the text, so one screen update draws both. Input.Changed would come a few
        messages later, after the box alone had been drawn: two updates a key."""
        self.apply_filter(value)

    @on(FilterClosed)
    def _filter_closed(self) -> None:
        # Cleared (the watcher brings every row back), hidden and the focus moved in one
        # handler: one screen update, one layout for the box's row going.
        filter_input = self.query_one(FilterInput)
        filter_input.value = ""
        filter_input.display = False
        # Now, not by Widget.focus (which waits for the next turn of the message loop:
        # a loaded machine could draw a frame with the box gone and no focus in the list).
        self.set_focus(self.query_one(ArticleList))

    @on(Input.Changed, "#filter")
    def _filter_changed(self, event: Input.Changed) -> None:
        event.stop()
        self.apply_filter(event.value)  # already applied by the watcher: costs nothing

    @on(Input.Submitted, "#filter")
    def _filter_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.query_one(ArticleList).focus()

    def apply_filter(self, query: str, *, force: bool = False) -> None:
        if query.strip() == self._filter and not force:
            return
        self._filter = query.strip()
        self._search(self._filter)

    def _search(self, text: str) -> None:
        """Filter the list by the search language: per article, or through the index."""
        from reader.library.query import parse

        query = parse(text)
        self._show_query_error(query.error)
        self._search_serial += 1
        terms = query.parsed.terms()
        notes = any(t.field == "is" and t.value == "noted" for t in terms)
        feeds = self.feeds is not None and any(t.field in ("feed", "tag") for t in terms)
        if notes or feeds:
            self._search_after_reading(query, self._search_serial, notes=notes, feeds=feeds)
        else:
            self._run_search(query, self._search_serial)

    @work(group="search-reads", exit_on_error=False)
    async def _search_after_reading(self, query: Query, serial: int, *, notes: bool,
                                    feeds: bool) -> None:
        """Read what the query needs fresh (a note may have just been written, a feed
        renamed or tagged), then search."""
        if notes:
            self._noted = await self.services.noted_article_ids()
        if feeds:
            self._feed_facts = await self._read_feed_facts()
        if serial == self._search_serial:
            self._run_search(query, serial)

    async def _read_feed_facts(self) -> tuple[FeedFacts, ...]:
        from reader.library.index import FeedFacts

        if self.feeds is None:
            return ()
        return tuple(FeedFacts(f.url, f.title, f.tags) for f in await self.feeds.feeds())

    def _run_search(self, query: Query, serial: int) -> None:
        from reader.ui.search import needs_index

        if query.error is None and needs_index(query.parsed):
            from reader.library.index import SetStates

            states = SetStates(read=self.library.read_ids,
                               bookmarked=self.library.starred_ids, noted=self._noted,
                               feed_facts=self._feed_facts)
            self._index_search(query.parsed, states, serial)
        else:
            self.query_one(ArticleList).show_only(
                self.feed_visible(self.library.filtered(query, noted=self._noted)))

    def _show_query_error(self, error: QueryError | None) -> None:
        box = self.query_one("#filter-error", Static)
        if error is None:
            box.display = False
            return
        # The message and a caret under the problem (the input has a 1-cell border and
        # padding of 1, so the text starts 2 cells in).
        caret = " " * (error.start + 2) + "^" * max(1, error.end - error.start)
        box.update(Content(f"{caret}\n{error.message}"))
        box.display = True

    @work(thread=True, group="search", exit_on_error=False)
    def _index_search(self, query: GrammarQuery, states: SetStates, serial: int) -> None:
        ids = self.services.search.search_ids(query, states)
        self.app.call_from_thread(self._show_search_result, ids, serial)

    def _show_search_result(self, ids: set[str], serial: int) -> None:
        if serial != self._search_serial:
            return  # the user typed on: a newer search is on its way
        self.query_one(ArticleList).show_only(
            self.feed_visible([a for a in self.library if a.id in ids]))
        search = self.services.search
        if not search.finished:
            status = self.query_one("#index-status", Static)
            status.update(Content(f"Searching the {search.indexed:,} of "
                                  f"{search.to_index:,} articles indexed so far…"))
            status.display = True

    @on(SavedSearchChosen)
    def _saved_search_chosen(self, event: SavedSearchChosen) -> None:
        filter_input = self.query_one(FilterInput)
        filter_input.display = True
        filter_input.value = event.query  # Input.Changed applies it
        self.query_one(ArticleList).focus()

    def open_at(self, target: OpenAt | None) -> None:
        """Open what the bookmarks screen chose (its dismiss value)."""
        if target is None:
            return
        if target.article_id not in self.library:
            self.notify("That article is not among the files opened now.",
                        severity="warning")
            return
        span = None if target.start is None or target.end is None else (
            target.start, target.end)
        if target.article_id == self.article_id and span is not None:
            self._pending_span = span
            self._apply_pending_span()
        else:
            self.open_article(target.article_id, span=span)

    # Actions ---------------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("filter", "find") and typing_in_a_box(self):
            return False  # priority keys (type_ahead): in a text box they are text
        if action in ("next_quote", "previous_quote"):
            return bool(self.analysis and self.analysis.quotes)
        if action in ("next_mention", "previous_mention"):
            return self.entity_id is not None
        if action in ("bookmark", "note"):
            # Before the start-up article is open the key is taken and waits for it.
            return self.article_id is not None or not self._initial_article.is_set()
        if action in ("find", "select_passage"):
            return self.article_id is not None
        if action in ("next_match", "previous_match"):
            return bool(self.query_one(ReadingPane).find_matches)
        if action in ("refresh_all", "refresh_feed", "mark_feed_read", "full_text"):
            return self.services.feeds is not None
        if action == "open_folder":
            article = self.article
            return article is not None and article.path is not None
        if action == "open_link":
            article = self.article
            return article is not None and article.url is not None
        return True

    def action_find(self) -> None:
        find_input = self.query_one(FindInput)
        find_input.display = True
        focus_now(self, find_input)

    @on(Input.Changed, "#find")
    def _find_typed(self, event: Input.Changed) -> None:
        event.stop()
        self.query_one(ReadingPane).find(event.value)

    @on(FindStep)
    def _find_step(self, event: FindStep) -> None:
        self.query_one(ReadingPane).find_step(event.step)

    @on(FindClosed)
    def _find_closed(self) -> None:
        self.query_one(ReadingPane).focus()
        self.refresh_bindings()

    def action_next_match(self) -> None:
        self.query_one(ReadingPane).find_step(1)

    def action_previous_match(self) -> None:
        self.query_one(ReadingPane).find_step(-1)

    # Read state and order ------------------------------------------------------------

    def _list_article_id(self) -> str | None:
        """The article `m` acts on: the highlighted row, else the open article."""
        return self.query_one(ArticleList).highlighted_id or self.article_id

    def action_toggle_read(self) -> None:
        article_id = self._list_article_id()
        if article_id is None:
            return
        read = not self.library.is_read(article_id)
        self.services.set_read([article_id], read)
        self._feed_counts()
        self.notify("Marked read." if read else "Marked unread.")

    def action_mark_all_read(self) -> None:
        ids = [i for i in self.query_one(ArticleList).article_ids
               if not self.library.is_read(i)]
        self.services.set_read(ids, True)
        self._feed_counts()
        self.notify(f"{len(ids)} articles marked read.", markup=False)

    def _feed_counts(self) -> None:
        if self.services.feeds is not None:
            self.update_feed_counts()

    def action_next_unread(self) -> None:
        article_list = self.query_one(ArticleList)
        ids = article_list.article_ids
        current = article_list.highlighted_id or self.article_id
        start = ids.index(current) + 1 if current in ids else 0
        for article_id in ids[start:] + ids[:start]:
            if not self.library.is_read(article_id) and article_id != self.article_id:
                article_list.highlight_article(article_id)
                self.open_article(article_id)
                return
        self.notify("No unread articles in the list.")

    def action_cycle_sort(self) -> None:
        current = self.query_one(ArticleList).article_order
        order = SORT_ORDERS[(SORT_ORDERS.index(current) + 1) % len(SORT_ORDERS)]
        self._set_sort(order)
        self.run_worker(self.services.save_setting(SORT_SETTING, order), group="sort-save",
                        exit_on_error=False)
        self.notify(f"Sorted by {SORT_NAMES[order]}.", markup=False)

    def _set_sort(self, order: str) -> None:
        self.query_one(ArticleList).article_order = order
        self._search(self._filter)  # the rows again, in library order, then sorted

    def action_open_folder(self) -> None:
        from reader.ui.folders import open_folder

        article = self.article
        problem = open_folder(article.path if article else None,
                              self.services.open_folder_with)
        if problem is not None:
            self.notify(problem, severity="warning", markup=False)

    def action_filter(self) -> None:
        self.zoomed = False  # the filter lives in the list column
        filter_input = self.query_one(FilterInput)
        filter_input.display = True
        focus_now(self, filter_input)

    @staticmethod
    def _step(current: int | None, count: int, step: int) -> int | None:
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

    def _mention_count(self) -> int:
        entity = self.analysis.entity(self.entity_id) if (
            self.analysis and self.entity_id) else None
        return len(entity.mentions) if entity else 0

    def action_next_mention(self) -> None:
        self.mention_index = self._step(self.mention_index, self._mention_count(), 1)

    def action_previous_mention(self) -> None:
        self.mention_index = self._step(self.mention_index, self._mention_count(), -1)

    def action_clear_cursor(self) -> None:
        self.quote_index = None
        self.entity_id = None
        find_input = self.query_one(FindInput)
        find_input.value = ""
        self.query_one(ReadingPane).clear_find()
        self.refresh_bindings()

    def action_toggle_zoom(self) -> None:
        self.zoomed = not self.zoomed

    def watch_zoomed(self, zoomed: bool) -> None:
        self.set_class(zoomed, "-zoomed")
        pane = self.query_one(ReadingPane)
        if zoomed and not pane.has_focus:
            pane.focus()  # the list and the panel are hidden now

    def action_toggle_panel(self) -> None:
        panel = self.query_one(EntityPanel)
        showing = panel.display and not self.zoomed
        self.zoomed = False  # p asks for the panel: out of the full width first
        self.set_class(not showing, "-panel-on")
        self.set_class(showing, "-panel-off")
        if not showing:
            self.query_one("#entity-list").focus()
        elif panel.has_focus_within:
            self.query_one(ReadingPane).focus()

    def action_toggle_labels(self) -> None:
        self.query_one(ReadingPane).toggle_labels()

    async def _can_write(self) -> bool:
        """True when the store takes changes (taking it over when the reader that had it
        has quit); else says why."""
        taken_over = await self.services.take_over()
        if taken_over:
            self.notify(taken_over, markup=False)
        reason = self.services.unwritable_reason
        if reason is not None:
            self.notify(reason, markup=False,
                        severity="error" if self.services.store is None else "warning")
        return reason is None

    def _speaker(self, quote: Quote) -> tuple[str | None, str] | None:
        """Who says `quote`, for its bookmark or note: the speaker entity (id, name), else
        the source words the margin shows ("a spokeswoman for the ministry", no id)."""
        if self.analysis is None:
            return None
        entity = self.analysis.entity(quote.speaker) if quote.speaker else None
        if entity is not None:
            return entity.id, entity.name
        from reader.ui.document import speaker_label

        words = speaker_label(quote, {}, self.analysis.text)
        return (None, words) if words else None

    async def _start_up_article(self) -> None:
        """Wait for the article opened at start-up (the store opens first)."""
        if self.article_id is None and not self._initial_article.is_set():
            await self._initial_article.wait()

    async def action_bookmark(self) -> None:
        from reader.store import StoreError

        await self._start_up_article()
        article = self.article
        if article is None or not await self._can_write():
            return
        quote = self.quote
        try:
            result = await self.services.toggle_bookmark(
                article, quote, self._speaker(quote) if quote else None)
        except StoreError as exc:
            self.notify(str(exc), severity="error", markup=False)
            return
        if self.article_id == article.id:
            self._quote_spans = result.quote_spans
            self._push_highlight()
        self.library.mark_starred(article.id, result.article_starred)
        self.notify(result.message)

    def action_select_passage(self) -> None:
        pane = self.query_one(ReadingPane)
        pane.focus()
        if not pane.start_selection():
            self.notify("There is no text to select here yet.", markup=False)

    @on(PassageKept)
    async def _passage_kept(self, event: PassageKept) -> None:
        from reader.store import NoteTarget, StoreError

        event.stop()
        article = self.article
        if article is None or not await self._can_write():
            return
        try:
            kept = await self.services.keep_passage(article, event.start, event.end)
        except StoreError as exc:
            self.notify(str(exc), severity="error", markup=False)
            return
        if self.article_id == article.id:
            self._passages = kept.passages.spans
            self._push_highlight()
        self.library.mark_starred(article.id, kept.article_starred)
        if not event.with_note:
            self.notify(kept.message, markup=False)
            return
        target = NoteTarget.quote(article.id, article.title, kept.anchor)
        await self._edit_note(target, passage_note_title(article.title), kept.anchor.quote)

    def note_target(self) -> tuple[NoteTarget, str, str | None] | None:
        """What `a` writes about now: (target, what the editor says it is, context)."""
        from reader.store import NoteTarget
        from reader.ui import session

        article = self.article
        if article is None:
            return None
        entity = self.analysis.entity(self.entity_id) if (
            self.analysis and self.entity_id) else None
        panel_focused = self.query_one(EntityPanel).has_focus_within
        quote = self.quote
        if entity is not None and (panel_focused or quote is None):
            # On the library's entity: the note shows in every article naming them.
            target = NoteTarget.entity(self.library_id(entity.id) or entity.id, entity.name,
                                       written_in=article.id,
                                       written_in_title=article.title)
            return target, note_title(target), None
        if quote is not None:
            speaker = self._speaker(quote)
            target = NoteTarget.quote(article.id, article.full_title,
                                      session.quote_anchor(article, quote),
                                      speaker=speaker[1] if speaker else None)
            return target, note_title(target), quote.text
        target = NoteTarget.article(article.id, article.full_title)
        return target, note_title(target), None

    async def action_note(self) -> None:
        await self._start_up_article()
        chosen = self.note_target()
        if chosen is None or not await self._can_write():
            return
        await self._edit_note(*chosen)

    async def _edit_note(self, target: NoteTarget, about: str, context: str | None) -> None:
        """Open the note editor on `target`; it saves through the services."""
        from reader.store import StoreError

        try:
            existing = await self.services.note_for(target)
        except StoreError as exc:
            self.notify(str(exc), severity="error", markup=False)
            return

        async def save(text: str) -> None:  # the editor stays open until this succeeded
            self.notify(await self.services.write_note(target, text))
            self._mark_noted_entities()

        from reader.ui.screens.note_editor import NoteEditor  # first use: lighter start-up

        editor = NoteEditor(about, existing.text if existing else "", context=context,
                            save=save)
        await self.app.push_screen(editor)

    @work(exclusive=True, group="export", exit_on_error=False)
    async def action_export(self) -> None:
        from reader.ui.screens.export import export_with_dialog  # first use: lighter start-up

        await export_with_dialog(self.app, self.services)


def _lost_message(count: int) -> str:
    what = "1 highlight is" if count == 1 else f"{count} highlights are"
    return (f"{what} no longer found in this article's text (it was edited). They are "
            "kept: the bookmarks screen (g) lists them as detached.")
