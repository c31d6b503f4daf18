"""FittingFooter: Textual's footer, but a key is shown whole or not at all.

Textual's `Footer` lays its keys out in a row and lets the last ones run off the edge,
so at 80 columns "q Quit" became "q▏". This one measures: on a narrow screen it uses
the compact spacing and each command's short title (`Command.short`), and when the keys
still do not fit it leaves out the least important ones (`Command.rank`, then the last)
until they do. Whatever is left out is still in `?` and the palette.

Textual's footer recomposes (every key a new widget, styled and laid out again) each time
the screen says its bindings may have changed: on every focus change and every
`refresh_bindings()`, thousands of times in a session, though the keys shown rarely
change. This one recomposes only when what it would show has changed: the shown
bindings (key, key display, title, action, enabled, tooltip, group) or its width.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable

from rich.cells import cell_len
from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Footer
from textual.widgets._footer import FooterKey

from reader.ui.commands import COMMANDS, Command

NARROW_COLUMNS = 120  # below this the footer is compact and uses the short titles


def _commands_by_title() -> dict[tuple[str, str], Command]:
    """The command behind a footer key, by (action, footer title): the footer knows
    only the binding's action and description."""
    return {(c.action, c.title): c for c in COMMANDS}


def key_width(key: FooterKey, *, compact: bool, palette: bool = False) -> int:
    """The columns one footer key takes, as Textual's footer CSS lays it out."""
    text = cell_len(key.key_display) + (cell_len(key.description) + 1
                                        if key.description else 0)
    if palette:  # docked right: a border on its left, padding on its right
        return text + (2 if compact else 4)
    # Compact: a margin after each key; else padding around the key and after the title.
    return text + (1 if compact else 2)


def fit_keys(keys: list[FooterKey], available: int, *, compact: bool,
             ranks: Iterable[int]) -> list[FooterKey]:
    """The keys to show: all if they fit in `available` columns, else without the
    lowest-ranked ones (the last of equal rank first)."""
    widths = [key_width(k, compact=compact) for k in keys]
    ranked = list(ranks)
    shown = set(range(len(keys)))
    # The order in which keys leave: lowest rank first, later ones before earlier ones.
    leaving = sorted(range(len(keys)), key=lambda i: (ranked[i], -i))
    for index in leaving:
        if sum(widths[i] for i in shown) <= available:
            break
        if ranked[index] >= 2:  # never left out (quit, help)
            continue
        shown.discard(index)
    return [k for i, k in enumerate(keys) if i in shown]


class FittingFooter(Footer):
    """A footer whose keys are never cut off mid-word."""

    def __init__(self) -> None:
        super().__init__()
        self.composed_width = 0  # the width the keys were last chosen for
        self._composed_for: Hashable = None  # what the keys were last composed from

    def _width(self) -> int:
        return self.size.width or self.app.size.width

    def _shown(self) -> Hashable:
        """Everything the composed keys depend on: the width and, for each binding the
        footer shows (and the palette key's), what Textual's footer puts on its key."""
        if not self._bindings_ready:
            return None
        app = self.app
        active = self.screen.active_bindings

        def key(binding: Binding, enabled: bool, tooltip: str) -> Hashable:
            return (binding.key, app.get_key_display(binding), binding.description,
                    binding.action, enabled, tooltip, binding.tooltip)

        shown = tuple(
            (key(binding, enabled, tooltip),
             None if binding.group is None
             else (binding.group.description, binding.group.compact))
            for (_, binding, enabled, tooltip) in active.values() if binding.show)
        palette = None
        if self.show_command_palette and app.ENABLE_COMMAND_PALETTE:
            entry = active.get(app.COMMAND_PALETTE_BINDING)
            if entry is not None:
                palette = key(*entry[1:])
        return (self._width(), shown, palette, self.combine_groups)

    def bindings_changed(self, screen: Screen[object]) -> None:
        # As Footer.bindings_changed, but through the check of what would be shown.
        self._bindings_ready = True
        if not screen.app.app_focus:
            return
        if self.is_attached and screen is self.screen:
            self.call_after_refresh(self._recompose_if_changed)

    async def _recompose_if_changed(self) -> None:
        # Not while the screen is being taken down (recompose's own guard): its other
        # widgets, which `check_action` may look at, are going already.
        if self.is_attached and not self._pruning and self._shown() != self._composed_for:
            await self.recompose()

    def compose(self) -> ComposeResult:
        width = self._width()
        self.composed_width = width
        self._composed_for = self._shown()
        narrow = width < NARROW_COLUMNS
        self.set_reactive(Footer.compact, narrow)
        self.set_class(narrow, "-compact")
        by_title = _commands_by_title()
        keys: list[FooterKey] = []
        ranks: list[int] = []
        palette: list[Widget] = []
        for widget in super().compose():
            if not isinstance(widget, FooterKey) or widget.has_class("-command-palette"):
                palette.append(widget)  # the palette key, docked on the right
                continue
            command = by_title.get((widget.action, widget.description))
            ranks.append(command.rank if command is not None else 1)
            if narrow and command is not None and command.short:
                widget.description = command.short
            widget.compact = narrow
            keys.append(widget)
        available = width - sum(key_width(p, compact=narrow, palette=True)
                                    for p in palette if isinstance(p, FooterKey))
        yield from fit_keys(keys, available, compact=narrow, ranks=ranks)
        yield from palette

    def on_resize(self, event: events.Resize) -> None:
        if event.size.width != self.composed_width and self._bindings_ready:
            self.call_after_refresh(self.recompose)
