"""Last line of defence before text reaches the terminal (GUIDE section 4: sanitise at
ingestion AND at render).

Characters are replaced one for one, never removed, so analysis offsets into the
article text stay valid for what the reading pane shows.
"""

from __future__ import annotations

import re

from textual.content import Content

# C0 controls except tab and newline, DEL, C1 controls, and bidi embedding/override/
# isolate controls (they can reorder what the terminal shows).
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
REPLACEMENT = "\ufffd"


def displayable(text: str) -> str:
    """`text` with every control character replaced by U+FFFD (same length)."""
    return _UNSAFE.sub(REPLACEMENT, text)


def one_line(text: str) -> str:
    """For titles and list rows: displayable, and line breaks and tabs become spaces."""
    return displayable(text).replace("\n", " ").replace("\t", " ")


def plain(text: str, style: str = "") -> Content:
    """Untrusted text as Content: never parsed as markup."""
    return Content.styled(displayable(text), style) if style else Content(displayable(text))
