"""Word tokens with their offsets, and the facts about them the entity finders share.

Only words are tokens (numbers and punctuation are not): what lies between two tokens
is read back from the text when it matters (a comma, a line break, a quotation mark).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Abbreviations that keep their full stop: titles, ranks and company suffixes.
ABBREVIATIONS = (
    "Mr|Mrs|Ms|Mssrs|Messrs|Dr|Gen|Maj|Lt|Col|Capt|Cpt|Sgt|Adm|Cmdr|Brig|Gov|Sen|Rep|Reps|Sens"
    "|Prof|Rev|St|Jr|Sr|Pres|Supt|Insp|Cpl|Pvt|Amb|Atty|Hon|Mt|Ft|Co|Corp|Inc|Ltd|Mme|Mlle"
    "|Msgr|Fr|Sec|Gens|Lt.Gen|Dept|Univ|Ave|Blvd|Mass|Calif|Fla|Ill|Penn|Wash|Conn|Ariz|Mich"
)

# U.S., U.N., D.P.R.K. | Mr. Gen. | an initial before a name | a word, with inner
# apostrophes and hyphens (O'Neill, Son-hui) but never a possessive 's.
TOKEN = re.compile(
    r"(?:[A-Za-z]\.){2,}"
    rf"|(?:{ABBREVIATIONS})\.(?!\w)"
    r"|[A-Z]\.(?=[ \u00a0]?[A-Z])"
    r"|[^\W\d_]+(?:(?:['’](?![sS]\b)|[-‐])[^\W\d_]+)*"
)

# A line with letters and no lower-case letter: a headline or a dateline in capitals.
_LINE = re.compile(r"[^\n]+")
_LOWER = re.compile(r"[a-z]")
_UPPER_RUN = re.compile(r"[A-Z]{2}")


@dataclass(slots=True)
class Token:
    """One word of the text."""

    start: int
    end: int
    text: str
    caps_line: bool  # inside a line written all in capitals
    cap: bool  # starts with a capital letter

    @property
    def key(self) -> str:
        """The token as it would be written in running text (ENGLAND -> England)."""
        t = self.text
        if self.caps_line and t.isupper() and "." not in t and len(t) > 1:
            return "-".join(p.capitalize() for p in t.split("-"))
        return t


def caps_line_spans(text: str) -> list[tuple[int, int]]:
    """The (start, end) of every line written all in capitals."""
    spans = []
    for m in _LINE.finditer(text):
        line = m.group()
        if _UPPER_RUN.search(line) and not _LOWER.search(line):
            spans.append((m.start(), m.end()))
    return spans


# Lower-case words, as the text writes them (for "is this capitalised word a common word?").
LOWER_WORD = re.compile(r"(?<![\w'’.-])[a-z][^\W\d_]*(?:(?:['’](?![sS]\b)|[-‐])[^\W\d_]+)*")


def tokenize(text: str, keep_lower: frozenset[str] | None = None) -> list[Token]:
    """The word tokens of `text`, in order: every word, or, with `keep_lower`, every word
    that does not start with a lower-case letter and the lower-case words in `keep_lower`
    (the finders look only at those; dropping the rest makes them several times faster).
    """
    caps = caps_line_spans(text)
    if not caps:
        if keep_lower is None:
            return [Token(m.start(), m.end(), w, False, w[0].isupper())
                    for m in TOKEN.finditer(text) for w in (m.group(),)]
        return [Token(m.start(), m.end(), w, False, w[0].isupper())
                for m in TOKEN.finditer(text) for w in (m.group(),)
                if not w[0].islower() or w in keep_lower]
    tokens: list[Token] = []
    ci = 0
    n_caps = len(caps)
    for m in TOKEN.finditer(text):
        word = m.group()
        if keep_lower is not None and word[0].islower() and word not in keep_lower:
            continue
        s = m.start()
        while ci < n_caps and caps[ci][1] <= s:
            ci += 1
        in_caps = ci < n_caps and caps[ci][0] <= s
        tokens.append(Token(s, m.end(), word, in_caps, word[0].isupper()))
    return tokens


def joined(text: str, left: Token, right: Token) -> bool:
    """True when two tokens are parts of one phrase: one space (or none after a hyphen)."""
    between = text[left.end:right.start]
    return between == " " or between == "\u00a0"
