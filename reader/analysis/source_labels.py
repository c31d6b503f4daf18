"""The words that name a quote's source, as a label to show when no entity speaks.

The reading pane's margin, the bookmarks and the library's quote lists all show a quote
with no speaker entity under its source's own words ("a spokeswoman for the ministry",
"the mayor"); a source of only a pronoun or stray words ("he", "the", "Mr.", ":") is no
label. One rule for all of them, here.
"""

from __future__ import annotations

import re

TYPE_CHECKING = False  # (reader/records.py says why not typing's)
if TYPE_CHECKING:
    from typing import Final  # (constants read as C statics by mypyc, not from a dict)

LABEL_CHARS: Final = 40
# A source that is only a pronoun names nobody the reader can see in a margin.
PRONOUNS: Final = frozenset(("he", "she", "they", "it", "we", "i", "you", "him", "her", "them",
                      "his", "hers", "their"))
# Words that name nobody on their own: a source of only these ("the", "Mr.", "of the", ":")
# is a stray piece of a sentence the analyser misread, not words to show as who speaks.
_NAMES_NOBODY: Final = PRONOUNS | frozenset((
    "a", "an", "the", "of", "and", "or", "but", "for", "in", "on", "at", "to", "by", "from",
    "with", "as", "this", "that", "these", "those", "one", "who", "which", "said", "says",
    "told", "mr", "mrs", "ms", "miss", "dr", "prof", "sir", "sen", "rep", "gov", "gen"))
_LABEL_WORD: Final = re.compile(r"\w+")


def source_label(words: str) -> str:
    """`words` (a source's words, already made safe to show) as a label: "" when they
    name nobody, shortened with "…" past LABEL_CHARS characters."""
    words = words.strip()
    if not any(w.casefold() not in _NAMES_NOBODY and not w.isdigit()
               for w in _LABEL_WORD.findall(words)):
        return ""  # a pronoun, punctuation, or stray words such as "the" or "Mr."
    if len(words) > LABEL_CHARS:
        words = words[: LABEL_CHARS - 1].rstrip() + "…"
    return words
