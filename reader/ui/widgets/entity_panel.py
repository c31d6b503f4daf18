"""EntityPanel: the people, countries and organisations of the open article.

Moving the cursor onto an entry selects it (its mentions are highlighted in the
reading pane); for a person, what they said is listed below, and Enter on one of
those quotes scrolls the reading pane to it. Each kind is a section under a heading row
that Enter (or left / right) folds and unfolds, so an article naming thirty people still
shows its countries and organisations; folded sections stay folded from article to
article. Entries wrap instead of being cut, so a long role and the counts stay readable.
"""

from __future__ import annotations

import textwrap
from collections import Counter
from contextlib import suppress
from typing import TYPE_CHECKING

from rich.cells import cell_len
from textual import events, on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from reader.articles import sanitise_line
from reader.ui.commands import bindings_for
from reader.ui.messages import EntityActivated, EntityChosen, QuoteChosen
from reader.wording import counted

if TYPE_CHECKING:
    from reader.analysis import Analysis, Entity, EntityKind


GROUPS: tuple[tuple[EntityKind, str], ...] = (
    ("person", "People"),
    ("country", "Countries"),
    ("organization", "Organisations"),
)
QUOTE_PREVIEW = 160
GROUP_PREFIX = "group:"  # the option id of a section heading: "group:person"
PANEL_TITLE = "In this article"  # fits the panel's narrowest width (28 columns)
NOTE_MARK = "✎"  # after the name of an entity with a note (as on the people screen)


def wrap_items(items: list[str], width: int, indent: str = "  ") -> list[str]:
    """`items` joined with " · " in lines of at most `width` cells where they fit, each
    line indented; an item is never split (the panel wraps one longer than a line)."""
    lines: list[str] = []
    for item in items:
        if lines and cell_len(lines[-1]) + 3 + cell_len(item) <= width:
            lines[-1] += " · " + item
        else:
            lines.append(indent + item)
    return lines


def wrap_indented(text: str, width: int | None, indent: str = "  ") -> list[str]:
    """`text` in lines of at most `width` cells, each indented (a hanging indent the
    panel's own wrapping would not keep)."""
    if width is None or width <= len(indent) + 8:
        return [indent + text]
    return [indent + line for line in textwrap.wrap(text, width - len(indent),
                                                     break_on_hyphens=False)] or [indent]


def entity_prompt(entity: Entity, quote_count: int, *, noted: bool = False,
                  width: int | None = None) -> Content:
    """Name (and the note mark) on the first line; a person's role below it, then the
    code, mentions and quotes, indented and wrapped to `width` (the list's width for an
    entry, when known) so nothing is cut and wrapped lines keep their indent."""
    counts: list[str] = []
    if entity.kind == "country" and entity.code:
        counts.append(sanitise_line(entity.code))
    counts.append(counted(len(entity.mentions), "mention"))
    if entity.kind == "person":
        counts.append(counted(quote_count, "quote"))
    name = Content.styled(sanitise_line(entity.name), f".entity-panel--{entity.kind}")
    if noted:
        name = Content.assemble(name, " ", Content.styled(NOTE_MARK, ".entity-panel--meta"))
    role = sanitise_line(entity.role) if entity.kind == "person" and entity.role else ""
    meta = wrap_indented(role, width) if role else []
    meta += wrap_items(counts, width) if width else ["  " + " · ".join(counts)]
    return Content("\n").join([name, *(Content.styled(line, ".entity-panel--meta")
                                       for line in meta)])


def heading_prompt(heading: str, count: int, *, folded: bool) -> Content:
    """A section's heading row: "▾ People (30)", "▸ Countries (2)" when folded; an empty
    section has nothing to fold: "  Organisations (0)"."""
    mark = " " if not count else "▸" if folded else "▾"
    return Content.styled(f"{mark} {heading} ({count})", "bold")


def heading_kind(option_id: str | None) -> str | None:
    """The kind a heading row stands for, None for an entry."""
    if option_id is None or not option_id.startswith(GROUP_PREFIX):
        return None
    return option_id.removeprefix(GROUP_PREFIX)


class EntityList(OptionList):
    """The entries, grouped by kind under heading rows that fold their section."""

    COMMAND_SCOPE = "entity_list"
    BINDINGS = [*bindings_for("panel"), *bindings_for("entity_list")]  # noqa: RUF012
    COMPONENT_CLASSES = OptionList.COMPONENT_CLASSES | {
        "entity-panel--person",
        "entity-panel--country",
        "entity-panel--organization",
        "entity-panel--meta",
    }

    @property
    def entry_width(self) -> int | None:
        """The cells an entry's line has (None before the first layout). The scrollbar's
        column is left out whether it shows or not, so the width does not change with it."""
        width = self.content_region.width - self.styles.scrollbar_size_vertical
        if width <= 0:
            return None
        return width - self.get_component_styles("option-list--option").padding.width

    def on_resize(self, event: events.Resize) -> None:
        panel = self.parent
        if isinstance(panel, EntityPanel):
            panel.width_changed()

    def action_cursor_down(self) -> None:
        # The first key press goes to the first entry, not to the People heading.
        if self.highlighted is None:
            for index, option in enumerate(self.options):
                if option.id is not None and heading_kind(option.id) is None:
                    self.highlighted = index
                    return
        super().action_cursor_down()

    def _section_kind(self) -> str | None:
        """The kind of the section the cursor is in (on its heading or an entry)."""
        if self.highlighted is None:
            return None
        for index in range(self.highlighted, -1, -1):
            kind = heading_kind(self.get_option_at_index(index).id)
            if kind is not None:
                return kind
        return None

    def action_fold_section(self) -> None:
        kind = self._section_kind()
        panel = self.parent
        if kind is not None and isinstance(panel, EntityPanel):
            panel.fold(kind, folded=True)

    def action_unfold_section(self) -> None:
        kind = self._section_kind()
        panel = self.parent
        if kind is not None and isinstance(panel, EntityPanel):
            panel.fold(kind, folded=False)


class PersonQuotes(OptionList):
    """What the selected person said, in article order."""

    BINDINGS = bindings_for("panel")


def speaker_counts(analysis: Analysis) -> Counter[str | None]:
    """How many quotes each speaker id has (None: nobody's)."""
    return Counter(quote.speaker for quote in analysis.quotes)


class EntityPanel(Vertical):
    """The side panel. The screen calls `show` and `select`; the panel posts messages."""

    COMMAND_SCOPE = "panel"

    def __init__(self, *, id: str | None = "entity-panel") -> None:
        super().__init__(id=id)
        self.analysis: Analysis | None = None
        self.selected: str | None = None
        self.noted: frozenset[str] = frozenset()  # ids (of this analysis) with a note
        self.folded: set[str] = set()  # kinds whose section is folded (kept across articles)
        self._quote_indexes: list[int] = []
        self._filled_width: int | None = None  # the entry width the prompts were made for
        self._quote_counts: Counter[str | None] = Counter()  # quotes by speaker id
        self._counted: Analysis | None = None  # the analysis _quote_counts are of

    def compose(self) -> ComposeResult:
        entities = EntityList(id="entity-list", markup=False)
        entities.border_title = PANEL_TITLE
        yield entities
        quotes = PersonQuotes(id="person-quotes", markup=False)
        quotes.border_title = "Quotes"
        yield quotes
        yield Static("", id="entity-empty", markup=False)

    def show(self, analysis: Analysis | None,
             quote_counts: Counter[str | None] | None = None) -> None:
        """Fill the panel for a new article (None: analysis still running).
        `quote_counts` (`speaker_counts(analysis)`, counted in the analysis worker) spares
        the UI thread a pass over every quote of a large article."""
        self.analysis = analysis
        if analysis is not None and quote_counts is not None:
            self._quote_counts, self._counted = quote_counts, analysis
        self.selected = None
        self.noted = frozenset()  # the screen marks this article's noted entities next
        self._fill()
        self.query_one(EntityList).highlighted = None
        empty = self.query_one("#entity-empty", Static)
        empty.update("Analysing…" if analysis is None else "")
        empty.display = analysis is None
        self._show_quotes(None)

    def width_changed(self) -> None:
        """Wrap the entries again for the list's new width, the cursor kept."""
        entity_list = self.query_one(EntityList)
        if entity_list.entry_width == self._filled_width or self.analysis is None:
            return
        highlighted = entity_list.highlighted
        self._fill()
        entity_list.highlighted = highlighted

    def _prompt(self, entity: Entity) -> Content:
        return entity_prompt(entity, self._quote_counts[entity.id],
                             noted=entity.id in self.noted, width=self._filled_width)

    def _fill(self) -> None:
        analysis = self.analysis
        self._filled_width = self.query_one(EntityList).entry_width
        # Counted in one pass, once per analysis: quotes_by() for each entity is entities
        # x quotes, a tenth of a second on the UI thread for a large article.
        if analysis is not self._counted:
            self._quote_counts = speaker_counts(analysis) if analysis else Counter()
            self._counted = analysis
        options: list[Option] = []
        if analysis is not None:
            for kind, heading in GROUPS:
                members = analysis.of_kind(kind)
                folded = kind in self.folded
                options.append(Option(heading_prompt(heading, len(members), folded=folded),
                                      id=GROUP_PREFIX + kind, disabled=not members))
                if not folded:
                    options.extend(Option(self._prompt(e), id=e.id) for e in members)
        self.query_one(EntityList).set_options(options)

    def fold(self, kind: str, *, folded: bool) -> None:
        """Fold or unfold one section; the cursor goes to its heading."""
        if (kind in self.folded) == folded:
            entity_list = self.query_one(EntityList)
            with suppress(KeyError):
                entity_list.highlighted = entity_list.get_option_index(GROUP_PREFIX + kind)
            return
        if folded:
            self.folded.add(kind)
        else:
            self.folded.discard(kind)
        entity_list = self.query_one(EntityList)
        self._fill()
        with suppress(KeyError):
            entity_list.highlighted = entity_list.get_option_index(GROUP_PREFIX + kind)

    def toggle_section(self, kind: str) -> None:
        self.fold(kind, folded=kind not in self.folded)

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
                    entity_list.replace_option_prompt(entity_id, self._prompt(entity))

    def select(self, entity_id: str | None) -> None:
        """Reflect a selection made elsewhere (a click in the reading pane)."""
        if entity_id == self.selected:
            return
        self.selected = entity_id
        entity_list = self.query_one(EntityList)
        entity = self.analysis.entity(entity_id) if self.analysis and entity_id else None
        if entity is not None and entity.kind in self.folded:
            self.folded.discard(entity.kind)  # chosen in the text: show it in its section
            self._fill()
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
            # A title longer than the box would be cut: then without the name.
            title = f"Quotes by {sanitise_line(entity.name)} ({len(self._quote_indexes)})"
            if quotes.size.width and cell_len(title) > quotes.size.width - 6:
                title = f"Quotes ({len(self._quote_indexes)})"
            quotes.border_title = Content(title)
        quotes.set_options(options)
        quotes.display = bool(options)

    @on(OptionList.OptionHighlighted, "#entity-list")
    def _entity_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        event.stop()
        entity_id = event.option.id
        if heading_kind(entity_id) is not None:
            return
        if entity_id is not None and entity_id != self.selected:
            self.selected = entity_id
            self._show_quotes(entity_id)
            self.post_message(EntityChosen(entity_id))

    @on(OptionList.OptionSelected, "#entity-list")
    def _entity_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        option_id = event.option.id
        kind = heading_kind(option_id)
        if kind is not None:
            self.toggle_section(kind)
        elif option_id is not None:
            self.post_message(EntityActivated(option_id))

    @on(OptionList.OptionHighlighted, "#person-quotes")
    def _quote_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        event.stop()

    @on(OptionList.OptionSelected, "#person-quotes")
    def _quote_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if 0 <= event.option_index < len(self._quote_indexes):
            self.post_message(QuoteChosen(self._quote_indexes[event.option_index]))
