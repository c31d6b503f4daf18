"""Across articles: the people (countries, organisations) screen and an entity's page.

`EntitiesScreen(services, kind)`: everyone of a kind in the library, with the number
of articles, mentions and quotes, their usual role and whether you wrote a note on
them; `s` sorts by the next column, `/` filters by name or role, Enter opens the page.

`EntityPage(services, entity_id)`: a person's quotes, newest first, each with its
article, source and date (Enter dismisses with `OpenAt` at the quote, the main screen
opens it); the countries, people and organisations named with them; your notes on them
(`a` writes one, on the library's person, so it shows in every article naming them).
A country's page lists what is said in its articles and who says it; an organisation's
its own quotes. Every index read runs on a worker thread; all text is plain Content.
"""

from __future__ import annotations

import asyncio
from collections import Counter
from typing import TYPE_CHECKING

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.screen import Screen
from textual.widgets import DataTable, Header, Input, OptionList, Static
from textual.widgets.option_list import Option

from reader.articles import sanitise_line
from reader.ui.commands import bindings_for
from reader.ui.errors import ReportsWorkerFailures
from reader.ui.messages import OpenAt
from reader.ui.services import Services
from reader.ui.type_ahead import focus_now, typing_in_a_box
from reader.ui.widgets.fitting_footer import FittingFooter
from reader.wording import counted

if TYPE_CHECKING:
    from reader.library.index import EntitySummary
    from reader.store import Note
    from reader.ui.search import EntityPage as PageData

KIND_TITLES = {"person": "People", "country": "Countries", "organization": "Organisations"}
SORTS = ("articles", "mentions", "quotes", "name")
QUOTE_CHARS = 240


def _short(text: str, limit: int) -> str:
    text = sanitise_line(text).strip()
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


async def _notes_on(services: Services, ids: set[str]) -> list[Note]:
    """The notes on any of these entity ids (the library id and the articles' own)."""
    await services.ready.wait()
    store = services.store
    if store is None:
        return []
    notes = await services.call(store.notes)
    return [n for n in notes if n.target.kind == "entity" and n.target.entity_id in ids]


class EntitiesScreen(ReportsWorkerFailures, Screen[OpenAt | None]):
    """Everyone (every country, organisation) in the library."""

    COMMAND_SCOPE = "people"
    BINDINGS = bindings_for("people")
    DEFAULT_CSS = """
    EntitiesScreen #people-filter { display: none; }
    EntitiesScreen #people-filter.-on { display: block; }
    EntitiesScreen #people-status { color: $text-muted; padding: 0 1; }
    """

    def __init__(self, services: Services, kind: str = "person") -> None:
        super().__init__()
        self.services = services
        self.kind = kind
        self.summaries: list[EntitySummary] = []
        self.noted: set[str] = set()
        self.sort_by = "articles"
        self.filter_text = ""

    def compose(self) -> ComposeResult:
        yield Header()
        yield Input(placeholder="Filter: words in the name or role", id="people-filter")
        yield Static(id="people-status", markup=False)
        yield DataTable(id="people-table", cursor_type="row", zebra_stripes=True)
        yield FittingFooter()

    def on_mount(self) -> None:
        self.sub_title = KIND_TITLES.get(self.kind, self.kind)
        table = self.query_one(DataTable)
        table.add_columns("Name", "Role" if self.kind == "person" else "Code", "Articles",
                          "Mentions", "Quotes", "Note")
        table.focus()
        self.load()

    @work(group="people", exit_on_error=False)
    async def load(self) -> None:
        search = self.services.search
        self.summaries = await asyncio.to_thread(search.entities, self.kind)
        noted = await _notes_on(self.services, {s.id for s in self.summaries})
        self.noted = {n.target.entity_id for n in noted if n.target.entity_id}
        if not search.finished:
            self.query_one("#people-status", Static).update(Content(
                f"The index is being built ({search.indexed:,} of {search.to_index:,} "
                "articles): this list grows."))
        self.show_rows()

    def rows(self) -> list[EntitySummary]:
        """The summaries shown: filtered and sorted."""
        words = self.filter_text.casefold().split()
        shown = [s for s in self.summaries
                 if all(w in f"{s.name} {s.role or ''} {s.code or ''}".casefold()
                        for w in words)]
        if self.sort_by == "name":
            shown.sort(key=lambda s: s.name.casefold())
        else:
            shown.sort(key=lambda s: (-getattr(s, self.sort_by), s.name.casefold()))
        return shown

    def show_rows(self) -> None:
        table = self.query_one(DataTable)
        table.clear()
        for s in self.rows():
            # Rich Text, not Content: a DataTable measures its cells as Rich renderables,
            # and a Content cell measures 1 (the column stayed as wide as its heading).
            # Text(...) is never read as markup.
            name = Text(sanitise_line(s.name))
            if not s.resolved:
                name.append(" (surname only)", style="dim")
            second = s.role if self.kind == "person" else (s.code or "")
            table.add_row(name, Text(sanitise_line(second or "")), str(s.articles),
                          str(s.mentions), str(s.quotes), "✎" if s.id in self.noted else "",
                          key=s.id)
        self.query_one("#people-status", Static).display = not self.services.search.finished
        table.border_subtitle = f"{table.row_count} · by {self.sort_by}"

    def action_sort(self) -> None:
        self.sort_by = SORTS[(SORTS.index(self.sort_by) + 1) % len(SORTS)]
        self.show_rows()

    def action_filter(self) -> None:
        box = self.query_one("#people-filter", Input)
        box.add_class("-on")
        focus_now(self, box)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # A priority key (type_ahead): in the box it is text.
        return not (action == "filter" and typing_in_a_box(self))

    def action_close(self) -> None:
        box = self.query_one("#people-filter", Input)
        if box.has_focus:
            box.value = ""
            box.remove_class("-on")
            self.query_one(DataTable).focus()
            return
        self.dismiss(None)

    @on(Input.Changed, "#people-filter")
    def _filter_changed(self, event: Input.Changed) -> None:
        self.filter_text = event.value
        self.show_rows()

    @on(Input.Submitted, "#people-filter")
    def _filter_submitted(self) -> None:
        self.query_one(DataTable).focus()

    @on(DataTable.RowSelected)
    def _row_selected(self, event: DataTable.RowSelected) -> None:
        entity_id = event.row_key.value
        if entity_id is not None:
            self.app.push_screen(EntityPage(self.services, entity_id),
                                 callback=self._page_closed)

    def _page_closed(self, target: OpenAt | None) -> None:
        if target is not None:
            self.dismiss(target)
        else:
            self.load()  # a note may have been written there


class EntityPage(ReportsWorkerFailures, Screen[OpenAt | None]):
    """One person's (country's, organisation's) page across the library."""

    COMMAND_SCOPE = "entity_page"
    BINDINGS = bindings_for("entity_page")
    DEFAULT_CSS = """
    EntityPage #page-facts { padding: 0 1; }
    EntityPage #page-with { padding: 0 1; color: $text-muted; }
    EntityPage #page-notes { padding: 0 1; color: $warning; }
    EntityPage #page-quotes { height: 1fr; }
    """

    def __init__(self, services: Services, entity_id: str) -> None:
        super().__init__()
        self.services = services
        self.entity_id = entity_id
        self.data: PageData | None = None
        self.notes: list[Note] = []
        self._targets: list[OpenAt] = []

    def compose(self) -> ComposeResult:
        yield Header()
        with Vertical(id="page"):
            yield Static(id="page-facts", markup=False)
            yield Static(id="page-with", markup=False)
            yield Static(id="page-notes", markup=False)
            yield OptionList(id="page-quotes")
        yield FittingFooter()

    def on_mount(self) -> None:
        self.query_one("#page-quotes").focus()
        self.load()

    @property
    def loaded(self) -> bool:
        return self.data is not None or self._missing

    _missing = False

    @work(group="page", exit_on_error=False)
    async def load(self) -> None:
        self.data = await asyncio.to_thread(self.services.search.page, self.entity_id)
        if self.data is None:
            self._missing = True
            self.query_one("#page-facts", Static).update(Content(
                "Not in the index yet: it is still being built. Try again in a moment."))
            return
        self.notes = await _notes_on(self.services, self.data.local_ids)
        self.show()

    def show(self) -> None:
        data = self.data
        assert data is not None
        s = data.summary
        self.sub_title = sanitise_line(s.name)
        facts = [sanitise_line(s.name)]
        if s.role:
            facts.append(sanitise_line(s.role))
        if s.code:
            facts.append(s.code)
        facts += [counted(s.articles, "article"), counted(s.mentions, "mention"),
                  counted(s.quotes, "quote")]
        self.query_one("#page-facts", Static).update(
            Content.assemble((facts[0], "bold"), " · " + " · ".join(facts[1:])))
        with_lines = []
        for label, entries in (("Countries", data.countries), ("People", data.people),
                               ("Organisations", data.organizations)):
            if entries:
                names = ", ".join(f"{sanitise_line(n)} ({c})" for _i, n, c in entries[:8])
                with_lines.append(f"{label} with them: {names}")
        if s.kind == "country" and data.quotes:
            speakers = Counter(q.speaker for q in data.quotes if q.speaker)
            with_lines.append("Who speaks about it: " + ", ".join(
                f"{sanitise_line(n)} ({c})" for n, c in speakers.most_common(8)))
        self.query_one("#page-with", Static).update(Content("\n".join(with_lines)))
        notes = self.query_one("#page-notes", Static)
        notes.update(Content("\n".join(f"✎ {n.text.strip()}" for n in self.notes)))
        notes.display = bool(self.notes)
        self._show_list(data)

    def _show_list(self, data: PageData) -> None:
        options: list[Option | None] = []
        self._targets = []
        box = self.query_one("#page-quotes", OptionList)
        if data.quotes:
            box.border_title = ("What is said in its articles" if data.summary.kind == "country"
                                else "What they said, newest first")
            for q in data.quotes:
                meta = " · ".join(x for x in (q.article.date_label, q.article.source) if x)
                who = f"— {sanitise_line(q.speaker)}, " if data.summary.kind == "country" and \
                    q.speaker else "— "
                if options:
                    options.append(None)
                options.append(Option(Content.assemble(
                    (_short(q.text, QUOTE_CHARS), ".entity-page--quote"), "\n",
                    (f"{who}{sanitise_line(q.article.title)}" + (f" · {meta}" if meta else ""),
                     "$text-muted"))))
                self._targets.append(OpenAt(q.article.id, q.start, q.end))
        else:
            box.border_title = "Articles naming them"
            for a in data.articles:
                meta = " · ".join(x for x in (a.date_label, a.source) if x)
                if options:
                    options.append(None)
                options.append(Option(Content.assemble(
                    sanitise_line(a.title), (f"  {meta}" if meta else "", "$text-muted"))))
                self._targets.append(OpenAt(a.id))
        box.set_options(options)

    @on(OptionList.OptionSelected, "#page-quotes")
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if 0 <= event.option_index < len(self._targets):
            self.dismiss(self._targets[event.option_index])

    def action_close(self) -> None:
        self.dismiss(None)

    async def action_note(self) -> None:
        from reader.store import NoteTarget, StoreError
        from reader.ui.screens.note_editor import NoteEditor

        if self.data is None:
            return
        name = self.data.summary.name
        target = NoteTarget.entity(self.entity_id, name)
        try:
            existing = await self.services.note_for(target)
        except StoreError as exc:
            self.notify(str(exc), severity="error", markup=False)
            return

        async def save(text: str | None) -> None:
            if text is None:
                return
            try:
                message = await self.services.write_note(target, text)
            except StoreError as exc:
                self.notify(str(exc), severity="error", markup=False)
                return
            self.notify(message)
            self.load()

        await self.app.push_screen(
            NoteEditor(f"Note on {_short(name, 60)}", existing.text if existing else ""),
            callback=save)
