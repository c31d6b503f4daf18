"""FittingFooter: Textual's footer, but a key is shown whole or not at all.

Textual's `Footer` lays its keys out in a row and lets the last ones run off the edge,
so at 80 columns "q Quit" became "q▏". This one measures: on a narrow screen it uses
the compact spacing and each command's short title (`Command.short`), and when the keys
still do not fit it leaves out the least important ones (`Command.rank`, then the last)
until they do. Whatever is left out is still in `?` and the palette.
"""

from __future__ import annotations

from collections.abc import Iterable

from rich.cells import cell_len
from textual import events
from textual.app import ComposeResult
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

    def _width(self) -> int:
        return self.size.width or self.app.size.width

    def compose(self) -> ComposeResult:
        width = self._width()
        self.composed_width = width
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
