"""Speaker lines of a transcript: `ROE: Well, as the "Daily Ledger" put it, ...`.

An interview or a debate printed as a transcript names each speaker once, in capitals
and before a colon, at the start of a line; every quotation inside that line is then
that speaker's (the words they quote are theirs to report). A single capitalised label
with a colon ("UPDATE:", "CORRECTION:") is no transcript: the lines count only when the
text has at least two of them.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator

from reader.analysis.cues import word_set
from reader.analysis.data.words import ROLE_NOUNS as JOB_NOUNS
from reader.analysis.roles import ROLE_NOUNS
from reader.analysis.speakers import TITLES, Subject
from reader.regex_cache import compiled

TYPE_CHECKING = False  # (reader/records.py says why not typing's)
if TYPE_CHECKING:
    from typing import Final  # (constants read as C statics by mypyc, not from a dict)

# At a line start, after an optional opening quote mark: one to three words in capitals
# (titles with their full stop: "SEN. ROE", "MR. DE LA CRUZ"), then a colon and a space.
_SPEAKER_LINE_BODY: Final = r"[ \t]*[\"“]?((?:[A-Z][A-Z'’-]*\.? ){0,2}[A-Z][A-Z'’-]+):[ \t]"
_SPEAKER_LINE: Final = compiled(r"(?m)^" + _SPEAKER_LINE_BODY)
# The same after a line break: the scan of a whole text looks for the line breaks (which
# the matcher skips to at once) and not for a line start at every character.
_NEXT_SPEAKER_LINE: Final = compiled(r"\n" + _SPEAKER_LINE_BODY)


def speaker_line_matches(text: str) -> Iterator[re.Match[str]]:
    """What _SPEAKER_LINE.finditer(text) finds, but each match after the first line
    starts at the line break before its line (the line starts one further on)."""
    first = _SPEAKER_LINE.match(text)
    if first is not None:
        yield first
    yield from _NEXT_SPEAKER_LINE.finditer(text)
_TITLES: Final = frozenset({"MR.", "MRS.", "MS.", "DR.", "SEN.", "REP.", "GOV.", "GEN.", "PROF."})
# Capitalised labels that head a line without naming a speaker.
LABELS: Final = word_set("""UPDATE UPDATED CORRECTION CLARIFICATION NOTE EDITOR'S EDITOR’S WATCH
    READ RELATED PHOTO PHOTOS VIDEO SOURCE SOURCES BREAKING ALERT WARNING SPOILER TRANSCRIPT
    DISCLAIMER DISCLOSURE FACT CHECK VERDICT QUESTION ANSWER Q A EXCLUSIVE OPINION ANALYSIS
    EDITORIAL REVIEW LIVE LISTEN QUOTE QUOTES
    CLAIM CLAIMS FACTS RATING RULING CONTEXT BACKGROUND TAKEAWAY TAKEAWAYS""")
# (the last line: a fact check's headings, "THE CLAIM:", "THE FACTS:", "OUR RULING:")


class TranscriptLines:
    """The speaker lines of a text, found by one scan of the whole text when first
    asked for (the quote finder asks for the spoken lines of every article)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._starts: list[int] | None = None
        self._names: list[tuple[int, int]] = []

    def _scan(self) -> list[int]:
        starts: list[int] = []
        for m in speaker_line_matches(self.text):
            label = m.group(1)
            if any(w in LABELS for w in label.split()) or len(label.rstrip(".")) < 2:
                continue
            starts.append(m.start() + (self.text[m.start()] == "\n"))
            self._names.append(m.span(1))
        if len(starts) < 2:
            starts, self._names = [], []
        return starts

    def speaker_at(self, line_start: int, pos: int) -> tuple[int, int] | None:
        """The span of the speaker's name in capitals when `pos` lies in the speaker
        line that starts at `line_start` (after its colon); None otherwise."""
        if self._starts is None:
            self._starts = self._scan()
        if not self._starts:
            return None  # a text with no speaker lines (most): no line to match
        m = _SPEAKER_LINE.match(self.text, line_start)
        if m is None or pos < m.end() or "\n" in self.text[m.end():pos]:
            return None
        i = bisect_right(self._starts, line_start) - 1
        if i < 0 or self._starts[i] != m.start():
            return None
        return self._names[i]


    def spoken_lines(self) -> list[tuple[tuple[int, int], tuple[int, int]]]:
        """(name span, words span) of each speaker line whose words hold no quotation
        mark (`ROE: I did not.`): the words are that speaker's quote. Only in a
        dialogue: some speaker has two lines (a table of fields, "ISSUER: ...",
        "DUE: ...", names each field once) and the words are prose, not figures."""
        if self._starts is None:
            self._starts = self._scan()
        text = self.text
        counts: dict[str, int] = {}
        for a, b in self._names:
            counts[text[a:b]] = counts.get(text[a:b], 0) + 1
        if len(counts) < 2 or max(counts.values()) < 2:
            return []
        lines: list[tuple[tuple[int, int], tuple[int, int]]] = []
        for line_start, (a, b) in zip(self._starts, self._names, strict=True):
            if text[line_start:a].strip():
                continue  # `"ROE: ...`: a line inside marks of its own
            start = b + 1
            nl = text.find("\n", start)
            end = len(text) if nl < 0 else nl
            while start < end and text[start] in " \t":
                start += 1
            while end > start and text[end - 1] in " \t\r":
                end -= 1
            words = text[start:end]
            if _ANY_MARK.search(words) or not _PROSE.search(words):
                continue
            lines.append(((a, b), (start, end)))
        return lines


# An interview printed as questions and answers: "Q: ..." and "A: ..." lines.
_QA_LINE: Final = compiled(r"(?m)^[ \t]*(Q|A)[:.][ \t]+(?=\S)")


def answer_lines(text: str) -> tuple[int, list[tuple[int, int]]]:
    """Where an interview printed as questions and answers starts (its first "Q:" line)
    and the (start, end) of the words of each "A:" line that holds no quotation mark;
    (-1, []) when the text has no question line and answer line (most texts: two
    substring tests, no scan)."""
    if "Q:" not in text or not ("\nA:" in text or text.startswith("A:")):
        return -1, []
    first_q = -1
    answers: list[tuple[int, int]] = []
    for m in _QA_LINE.finditer(text):
        if m.group(1) == "Q":
            if first_q < 0:
                first_q = m.start()
            continue
        if first_q < 0:
            continue
        nl = text.find("\n", m.end())
        end = len(text) if nl < 0 else nl
        while end > m.end() and text[end - 1] in " \t\r":
            end -= 1
        words = text[m.end():end]
        if not _ANY_MARK.search(words) and _PROSE.search(words):
            answers.append((m.end(), end))
    return (first_q, answers) if answers else (-1, [])


# Any quotation mark, or a lower-case word of prose.
_ANY_MARK: Final = compiled("[\"“”„«»「」]")
_PROSE: Final = compiled(r"\b[a-z]{2,}\b")


def name_of(label: str) -> str:
    """The name a speaker label stands for, as a name is written: "SEN. DE LA CRUZ" ->
    "De La Cruz", "JUDGE ROE" -> "Roe" (titles and roles dropped)."""
    words = [w for w in label.split() if not _is_title_word(w)]
    return " ".join(w[:1] + w[1:].lower() for w in words)


def _is_title_word(word: str) -> bool:
    """A label's word that is a title or role, not the name ("SEN.", "JUDGE", "THE")."""
    return word in _TITLES or word == "THE" or word.rstrip(".").lower() in TITLES


def label_subject(text: str, start: int, end: int) -> Subject:
    """Who the speaker label text[start:end] names: a name ("JUDGE ROE" is Roe), or,
    for a label that is a role alone ("DEFENDANT", "THE MODERATOR"), that role, to be
    resolved as a description is."""
    words = [w.rstrip(".").lower() for w in text[start:end].split()]
    if all(w == "the" or w in TITLES or w in ROLE_NOUNS or w in JOB_NOUNS for w in words):
        return Subject("noun", start, end, head=words[-1])
    return Subject("name", start, end, name=name_of(text[start:end]))


def name_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of the name in the speaker label text[start:end], the titles before it
    left out ("SEN. RUTH ABERNATHY": a mention is the name alone; the label, titles and
    all, is the quote's source as written)."""
    at = start
    for word in text[start:end].split():
        at = text.index(word, at)
        if not _is_title_word(word):
            return at, end
        at += len(word)
    return start, end
