"""Keys that open a text box, without losing what is typed right after them.

A fast typist presses `/` and `trade` in one burst: the driver queues all six keys on
the app before the first is handled. The app hands each key to whatever has focus when
it reads it, and `Widget.focus()` only queues the change of focus behind those keys, so
a box opened that way misses the first letters (and the list below it takes them as its
own keys: `a` writes a note, `d` opens a folder). Two things make the burst arrive whole:

- the key that opens the box is a *priority* binding, run while the app reads that key,
  before it forwards the next one;
- the action moves the focus at once (`Screen.set_focus`, not `Widget.focus()`), so every
  key read after it goes to the box.

A priority binding would also take the key from a text box that has focus (a `/` typed
in a search), so the screen's `check_action` turns it off while one does.
"""

from __future__ import annotations

import sys
from typing import Any

from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Input

# Where Textual defines TextArea: not imported here (some 6 ms at start-up, for the note
# editor only); until a screen has imported it, no TextArea can have focus.
_TEXT_AREA_MODULE = "textual.widgets._text_area"


def typing_in_a_box(screen: Screen[Any]) -> bool:
    """Whether a text box of `screen` has focus (its keys are text, not commands)."""
    focused = screen.focused
    if isinstance(focused, Input):
        return True
    text_area = sys.modules.get(_TEXT_AREA_MODULE)
    return text_area is not None and isinstance(focused, text_area.TextArea)


def focus_now(screen: Screen[Any], box: Widget) -> None:
    """Give `box` the focus now, ahead of the keys already queued (it may be hidden by
    `display`: it is shown on the next refresh, and takes keys before that)."""
    screen.set_focus(box)
