"""EntityPanel: the people, countries and organisations of the open article.

Moving the cursor onto an entry selects it (its mentions are highlighted in the
reading pane); for a person, what they said is listed below, and Enter on one of
those quotes scrolls the reading pane to it.
"""

from __future__ import annotations

from collections import Counter
from contextlib import suppress
from typing import TYPE_CHECKING

from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from reader.articles import sanitise_line
from reader.ui.commands import bindings_for
from reader.ui.messages import EntityActivated, EntityChosen, QuoteChosen

if TYPE_CHECKING:
    from reader.analysis import Analysis, Entity, EntityKind


GROUPS: tuple[tuple[EntityKind, str], ...] = (
    ("person", "People"),
    ("country", "Countries"),
    ("organization", "Organisations"),
)
QUOTE_PREVIEW = 160
NOTE_MARK = "✎"  # after the name of an entity with a note (as on the people screen)


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def entity_prompt(entity: Entity, quote_count: int, *, noted: bool = False) -> Content:
    """Name (and the note mark) on the first line; role or code, mentions and quotes on
    the second."""
    details: list[str] = []
    if entity.kind == "person" and entity.role:
        details.append(sanitise_line(entity.role))
    if entity.kind == "country" and entity.code:
        details.append(sanitise_line(entity.code))
    details.append(_plural(len(entity.mentions), "mention"))
    if entity.kind == "person":
        details.append(_plural(quote_count, "quote"))
    name = Content.styled(sanitise_line(entity.name), f".entity-panel--{entity.kind}")
    meta = Content.styled("  " + " · ".join(details), ".entity-panel--meta")
    if noted:
        name = Content.assemble(name, " ", Content.styled(NOTE_MARK, ".entity-panel--meta"))
    return Content.assemble(name, "\n", meta)


class EntityList(OptionList):
    """The entries, grouped by kind under disabled heading rows."""

    BINDINGS = bindings_for("panel")
    COMPONENT_CLASSES = OptionList.COMPONENT_CLASSES | {
        "entity-panel--person",
        "entity-panel--country",
        "entity-panel--organization",
        "entity-panel--meta",
    }


class PersonQuotes(OptionList):
    """What the selected person said, in article order."""

    BINDINGS = bindings_for("panel")


class EntityPanel(Vertical):
    """The side panel. The screen calls `show` and `select`; the panel posts messages."""

    COMMAND_SCOPE = "panel"

    def __init__(self, *, id: str | None = "entity-panel") -> None:
        super().__init__(id=id)
        self.analysis: Analysis | None = None
        self.selected: str | None = None
        self.noted: frozenset[str] = frozenset()  # ids (of this analysis) with a note
        self._quote_indexes: list[int] = []

    def compose(self) -> ComposeResult:
        entities = EntityList(id="entity-list", markup=False)
        entities.border_title = "People, countries, organisations"
        yield entities
        quotes = PersonQuotes(id="person-quotes", markup=False)
        quotes.border_title = "Quotes"
        yield quotes
        yield Static("", id="entity-empty", markup=False)

    def show(self, analysis: Analysis | None) -> None:
        """Fill the panel for a new article (None: analysis still running)."""
        self.analysis = analysis
        self.selected = None
        self.noted = frozenset()  # the screen marks this article's noted entities next
        entity_list = self.query_one(EntityList)
        options: list[Option] = []
        if analysis is not None:
            # Counted in one pass: quotes_by() for each entity is entities x quotes, a
            # tenth of a second on the UI thread for a large article.
            quote_counts = Counter(quote.speaker for quote in analysis.quotes)
            for kind, heading in GROUPS:
                members = analysis.of_kind(kind)
                options.append(Option(Content.styled(f"{heading} ({len(members)})",
                                                     "bold"), disabled=True))
                options.extend(
                    Option(entity_prompt(e, quote_counts[e.id], noted=e.id in self.noted),
                           id=e.id)
                    for e in members
                )
        entity_list.set_options(options)
        entity_list.highlighted = None
        empty = self.query_one("#entity-empty", Static)
        empty.update("Analysing…" if analysis is None else "")
        empty.display = analysis is None
        self._show_quotes(None)

    def set_noted(self, entity_ids: frozenset[str]) -> None:
        """Mark the entities with a note (in place: the cursor and scroll stay)."""
        changed = self.noted.symmetric_difference(entity_ids)
        self.noted = entity_ids
        if self.analysis is None or not changed:
            return
        entity_list = self.query_one(EntityList)
        for entity_id in changed:
            entity = self.analysis.entity(entity_id)
            if entity is not None:
                with suppress(KeyError):
                    entity_list.replace_option_prompt(entity_id, entity_prompt(
                        entity, len(self.analysis.quotes_by(entity_id)),
                        noted=entity_id in entity_ids))

    def select(self, entity_id: str | None) -> None:
        """Reflect a selection made elsewhere (a click in the reading pane)."""
        if entity_id == self.selected:
            return
        self.selected = entity_id
        entity_list = self.query_one(EntityList)
        if entity_id is None:
            entity_list.highlighted = None
        else:
            with suppress(KeyError):
                entity_list.highlighted = entity_list.get_option_index(entity_id)
        self._show_quotes(entity_id)

    def _show_quotes(self, entity_id: str | None) -> None:
        quotes = self.query_one(PersonQuotes)
        self._quote_indexes = []
        options: list[Option | None] = []
        entity = self.analysis.entity(entity_id) if self.analysis and entity_id else None
        if self.analysis is not None and entity is not None and entity.kind == "person":
            for index, quote in enumerate(self.analysis.quotes):
                if quote.speaker == entity.id:
                    self._quote_indexes.append(index)
                    preview = sanitise_line(quote.text)
                    if len(preview) > QUOTE_PREVIEW:
                        preview = preview[: QUOTE_PREVIEW - 1] + "…"
                    if options:
                        options.append(None)  # a rule between quotes
                    options.append(Option(Content(preview)))
            # A str border title is parsed as markup: the name goes in as plain Content.
            quotes.border_title = Content(
                f"Quotes by {sanitise_line(entity.name)} ({len(self._quote_indexes)})")
        quotes.set_options(options)
        quotes.display = bool(options)

    @on(OptionList.OptionHighlighted, "#entity-list")
    def _entity_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        event.stop()
        entity_id = event.option.id
        if entity_id is not None and entity_id != self.selected:
            self.selected = entity_id
            self._show_quotes(entity_id)
            self.post_message(EntityChosen(entity_id))

    @on(OptionList.OptionSelected, "#entity-list")
    def _entity_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id is not None:
            self.post_message(EntityActivated(event.option.id))

    @on(OptionList.OptionHighlighted, "#person-quotes")
    def _quote_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        event.stop()

    @on(OptionList.OptionSelected, "#person-quotes")
    def _quote_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if 0 <= event.option_index < len(self._quote_indexes):
            self.post_message(QuoteChosen(self._quote_indexes[event.option_index]))
