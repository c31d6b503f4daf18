"""Quotes signed by their layout: who said them on the line below, or as a label.

    "Every child deserves a teacher who stays."
    — Ana Roe, head of the teachers' union

A pull quote, an epigraph or a reader's comment is often printed so: the quote alone on
its line, then a dash and the name (with a role after a comma or in brackets). Only a
name that ends its line or is followed by a comma counts ("- Ana Roe said on Monday
..." is an item of a list, "- 3 min read" names nobody).

A headline or a subhead gives its speaker as a label before a colon, a name or a role
alone ("Roe: 'We Will Not Retreat'", "Minister: 'No U-Turn'"); the story names the
person below.
"""

from __future__ import annotations

from reader.analysis.data.words import ROLE_NOUNS as JOB_NOUNS
from reader.analysis.roles import ROLE_NOUNS
from reader.analysis.speakers import TITLES, MentionIndex, Subject, subject_after, words_in
from reader.analysis.transcript_lines import LABELS
from reader.regex_cache import compiled

TYPE_CHECKING = False  # (reader/records.py says why not typing's)
if TYPE_CHECKING:
    from typing import Final  # (constants read as C statics by mypyc, not from a dict)

# The rest of the quote's line empty, one line break, then a dash opening the next line.
_SIGNATURE: Final = compiled(r"[ \t]*\r?\n[ \t]*(?:[—–―]|-(?=[ \t]))[ \t]*(?=[A-Z])")


def signature_after(text: str, end: int, mentions: MentionIndex) -> Subject | None:
    """The name signing the quote that ends at `end`, when the line after it is a
    dash and a name; None otherwise."""
    m = _SIGNATURE.match(text, end)
    if m is None:
        return None
    line_end = text.find("\n", m.end())
    if line_end < 0:
        line_end = len(text)
    words = words_in(text, m.end(), min(line_end, m.end() + 120))
    subject = subject_after(words, 0, text, mentions)
    if subject is None or subject.kind not in ("entity", "name"):
        return None
    if text[subject.end:subject.end + 1] not in ("", "\n", "\r", ",", " ") or (
            text[subject.end:subject.end + 1] == " "
            and text[subject.end + 1:subject.end + 2] not in ("(", "\n", "")):
        return None  # "- Ana Roe said on Monday ...": a list item, not a signature
    return subject


# A paragraph that is a label of one to three capitalised words and a colon, then the
# quote (`Roe: "..."`, `Deputy Minister Roe: "..."`).
_LABEL: Final = compiled(r"[ \t]*((?:[A-Z][\w'’.-]* ){0,2}[A-Z][\w'’-]*):[ \t]*$")


def label_line(text: str, line_start: int, start: int, end: int) -> tuple[int, int] | None:
    """The span of the label when the line from `line_start` is a label, a colon and the
    quote text[start:end] and nothing more; None otherwise."""
    m = _LABEL.match(text, line_start, start)
    if m is None:
        return None
    nl = text.find("\n", end)
    if text[end:len(text) if nl < 0 else nl].strip(" \t\r.!?"):
        return None  # the line goes on: `Roe: "..." and more` is a sentence
    return m.span(1)


def label_speaker(text: str, a: int, b: int) -> Subject | None:
    """Who the label text[a:b] names: a role alone ("Minister") is a noun to resolve,
    anything else a name (its titles dropped); None for a label that names no one
    ("Update", "Exclusive")."""
    words = text[a:b].split()
    if any(w.upper() in LABELS for w in words):
        return None
    lows = [w.rstrip(".").lower() for w in words]
    if all(w in TITLES or w in ROLE_NOUNS or w in JOB_NOUNS for w in lows):
        return Subject("noun", a, b, head=lows[-1])
    names = [w for w, low in zip(words, lows, strict=True) if low not in TITLES]
    if not names or not all(w[:1].isupper() for w in names):
        return None
    return Subject("name", a + text[a:b].index(names[0]), b, name=" ".join(names))
