"""Where a Markdown file's front matter block ends: the one rule for "this is metadata,
not the article's words", shared by the article reader (which reads its fields) and the
analyser (which must not take `source: Ridge Wire` for a person).

A leaf module: it imports nothing of ours but the regex cache.
"""

from __future__ import annotations

import re

from reader.regex_cache import compiled

# Front matter longer than this is not front matter but a document that starts with ---.
FRONT_MATTER_MAX_CHARS = 4000

_OPEN = compiled(r"---[ \t]*\n")
_CLOSE = compiled(r"^(?:---|\.\.\.)[ \t]*$\n?", re.MULTILINE)
_LINE_BREAKS_KEPT = compiled(r"[^\n]")


def front_matter_bounds(text: str) -> tuple[int, int, int] | None:
    """(start of its lines, start of the closing line, end of the block) of the `---`
    block at the very start of `text`; None when the text opens with none."""
    opening = _OPEN.match(text)
    if opening is None:
        return None
    closing = _CLOSE.search(text, opening.end(), FRONT_MATTER_MAX_CHARS)
    if closing is None:
        return None
    return opening.end(), closing.start(), closing.end()


def without_front_matter(text: str) -> str:
    """`text` with its front matter blanked (every character but line breaks made a
    space), so that offsets into it are offsets into `text`."""
    bounds = front_matter_bounds(text)
    if bounds is None:
        return text
    end = bounds[2]
    return _LINE_BREAKS_KEPT.sub(" ", text[:end]) + text[end:]
