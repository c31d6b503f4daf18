"""Headline, source and date of an article, found in its sanitised text.

All functions are pure and cheap (they look at the head and the tail of the text, never
the whole of it), because they run for every file when a folder of thousands opens.
"""

from __future__ import annotations

import re

from reader.articles.sanitise import sanitise_line
from reader.front_matter import front_matter_bounds
from reader.records import Record
from reader.regex_cache import compiled

TYPE_CHECKING = False  # (reader/records.py says why not typing's)
if TYPE_CHECKING:
    import datetime as dt

# A first line up to this long, followed by more text, is a headline; a longer one is
# the opening paragraph (news ledes run 150-300 characters, headlines rarely past 120).
HEADLINE_MAX_CHARS = 150
# A headline made from the first sentence is cut at a word boundary to about this.
TITLE_MAX_CHARS = 100
# Dates are looked for near the top only: further down they are usually about events.
DATE_WINDOW_CHARS = 600


# Records, not frozen dataclasses or named tuples: `reader analyze` reads titles with this
# module and imports no dataclasses at all, and a named tuple's class is made by exec()
# at every start (reader/records.py says why). None is changed once made.
class FrontMatter(Record):
    """The `---` block at the top of a Markdown file: its keys and where the text resumes."""

    __slots__ = ("fields", "end")  # noqa: RUF023

    def __init__(self, fields: dict[str, str], end: int) -> None:
        self.fields = fields
        self.end = end  # offset just past the closing `---` line


class Headline(Record):
    __slots__ = ("title", "body_start", "marked", "full")  # noqa: RUF023

    def __init__(self, title: str, body_start: int, marked: bool = False,
                 full: str = "") -> None:
        self.title = title  # cut to TITLE_MAX_CHARS for lists
        self.body_start = body_start
        self.marked = marked  # a Markdown heading ("# Title" or an underlined line)
        self.full = full  # the whole headline (or first sentence), never cut


class SourceCredit(Record):
    __slots__ = ("source", "body_end")  # noqa: RUF023

    def __init__(self, source: str, body_end: int) -> None:
        self.source = source
        # where the body ends: before the credit and the space in front of it
        self.body_end = body_end


_FRONT_MATTER_FIELD = compiled(r"^([A-Za-z_][\w-]*)[ \t]*:[ \t]*(.*?)[ \t]*$", re.MULTILINE)


def parse_front_matter(text: str) -> FrontMatter | None:
    """The YAML-ish front matter at the very start of `text`, read by hand.

    Only flat `key: value` lines are read (title, source, date are what the reader
    uses); quotes around a value are removed. Anything fancier is ignored, never an error.
    """
    bounds = front_matter_bounds(text)
    if bounds is None:
        return None
    lines_start, closing_start, end = bounds
    block = text[lines_start:closing_start]
    fields: dict[str, str] = {}
    for match in _FRONT_MATTER_FIELD.finditer(block):
        key, value = match.group(1).lower(), match.group(2)
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
            value = value[1:-1]
        fields.setdefault(key, value)
    return FrontMatter(fields=fields, end=end)


def _skip_blank(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] in " \t\n":
        pos += 1
    return pos


_MARKDOWN_HEADING = compiled(r"#{1,6}(?:[ \t]+|$)")
_SETEXT_UNDERLINE = compiled(r"[ \t]*(?:=+|-+)[ \t]*(?:\n|$)")


def find_headline(text: str, start: int = 0) -> Headline:
    """The headline of the text from `start`, and where the body begins.

    A short first line (or a Markdown heading) followed by more text is the headline
    and the body starts after it. Otherwise the headline is the first sentence cut at
    a word boundary, and the body is the whole text.
    """
    first = _skip_blank(text, start)
    line_end = text.find("\n", first)
    if line_end < 0:
        line_end = len(text)
    line = text[first:line_end]
    heading = _MARKDOWN_HEADING.match(line)
    after = line_end + 1
    underline = _SETEXT_UNDERLINE.match(text, after) if after < len(text) else None
    if underline is not None:
        after = underline.end()
    rest = _skip_blank(text, after)
    if rest < len(text) and (heading or underline or len(line.strip()) <= HEADLINE_MAX_CHARS):
        full = sanitise_line((line[heading.end() :] if heading else line).rstrip("# \t"))
        title = shorten(full, TITLE_MAX_CHARS)
        # An empty Markdown heading is still a heading: the caller names the article.
        if title or heading:
            return Headline(title=title, body_start=rest, marked=bool(heading or underline),
                            full=full)
    full = sanitise_line(first_sentence(line))
    return Headline(title=shorten(full, TITLE_MAX_CHARS), body_start=first, full=full)


# Words after which a full stop does not end a sentence: titles, initials and
# abbreviations common in news ("Maj. Gen. Patrick Ryder", "U.S. officials").
_ABBREVIATIONS = frozenset(
    {
        "mr", "mrs", "ms", "dr", "prof", "gen", "maj", "col", "lt", "capt", "cmdr", "adm",
        "sgt", "gov", "sen", "rep", "rev", "st", "jr", "sr", "inc", "corp", "co", "ltd",
        "bros", "vs", "approx", "dept", "est", "fig", "jan", "feb", "mar", "apr",
        "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mt", "ft",
    }
)
_SENTENCE_END = compiled(r"[.!?][\"'”’)\]]*(?=\s|$)")


def first_sentence(line: str) -> str:
    """The first sentence of `line` (all of it when no sentence end is found)."""
    for match in _SENTENCE_END.finditer(line):
        if line[match.start()] == ".":
            word_start = line.rfind(" ", 0, match.start()) + 1
            word = line[word_start : match.start()].lstrip("\"'“‘(")
            # An initial ("J."), a dotted abbreviation ("U.S.") or a known short word.
            if len(word) <= 1 or "." in word or word.lower() in _ABBREVIATIONS:
                continue
            following = line[match.end() :].lstrip()
            if following and following[0].islower():
                continue
            if word.lower() == "no" and following[:1].isdigit():  # "No. 10 Downing St."
                continue
        return line[: match.end()]
    return line


def shorten(title: str, limit: int) -> str:
    """`title` cut at the last word boundary within `limit` characters, with an ellipsis."""
    title = sanitise_line(title)
    if len(title) <= limit:
        return title
    cut = title[: limit + 1]
    space = cut.rfind(" ")
    # Cut at the last space, unless that loses more than half (one very long word).
    cut = cut[:space] if space > limit // 2 else cut[:limit]
    return cut.rstrip(" ,;:-–—") + "…"


# A credit is a short capitalised name in brackets ending the text, after a sentence
# end or on a line of its own: "...it itself supported." (Yonhap). Not "(Lithuania)"
# closing a results table line, not "(leg injury)", not "(42-41)".
_TRAILING_CREDIT = compiled(r"\(([^()\n]{1,40})\)[ \t\n]*\Z")
_CREDIT_WORD = compiled(r"[A-Z][A-Za-z.&'-]*|[a-z]{2,4}")  # "Yonhap", "AP", "Kyodo", "dpa"
_NOT_CREDITS = frozenset({"END", "ENDS", "MORE", "UPDATE", "UPDATED", "PHOTO", "VIDEO"})
_BEFORE_CREDIT = frozenset(".!?\"'”’»)\n")


def _is_credit_name(name: str) -> bool:
    words = name.split()
    if not 1 <= len(words) <= 4 or name.upper() in _NOT_CREDITS:
        return False
    if not name[0].isupper() and name not in ("dpa", "afp"):
        return False
    return all(_CREDIT_WORD.fullmatch(word) for word in words)


def find_source_credit(text: str, start: int, end: int) -> SourceCredit | None:
    """A source credit closing `text[start:end]`, such as "(Yonhap)", and the body's new end."""
    tail_start = max(start, end - 80)
    match = _TRAILING_CREDIT.search(text, tail_start, end)
    if match is None:
        return None
    name = match.group(1).strip()
    if not _is_credit_name(name):
        return None
    before = text[start : match.start()].rstrip(" \t")
    if before and before[-1] not in _BEFORE_CREDIT:
        return None
    return SourceCredit(source=name, body_end=start + len(before.rstrip()))


# "MILLBROOK, Vt., March 3 (UPI) — A ferry ...", "OSLO (Reuters) - ..."
_DATELINE_CREDIT = compiled(r"[A-Z][^\n()]{0,60}?\(([A-Z][A-Za-z.&' ]{0,30})\)[ \t]*(?:--|[-—–])")


def find_dateline_credit(text: str, start: int) -> str | None:
    """The agency that a dateline opening the body names, as in "OSLO (Reuters) -"."""
    match = _DATELINE_CREDIT.match(text, _skip_blank(text, start))
    if match is None or not _is_credit_name(match.group(1)):
        return None
    return match.group(1)


_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}
_MONTH = (
    r"(?P<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|"
    r"Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_DATE_PATTERNS = (
    # 2026-11-27, 2026/11/27 (also the date of an ISO timestamp)
    compiled(r"(?<!\d)(?P<year>(?:19|20)\d\d)[-/](?P<mon>\d\d)[-/](?P<day>\d\d)(?!\d)"),
    # Nov. 27, 2026 / November 27 2026
    compiled(_MONTH + r"[ \t]+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?[ \t]+(?P<year>(?:19|20)\d\d)\b"),
    # 27 November 2026 / 27 Nov. 2026
    compiled(r"\b(?P<day>\d{1,2})[ \t]+" + _MONTH + r",?[ \t]+(?P<year>(?:19|20)\d\d)\b"),
)


# Every date pattern holds a year; looking for years first skips the costly month
# alternation wherever there is none (nearly everywhere).
_YEAR = compiled(r"(?<!\d)(?:19|20)\d\d(?!\d)")
# How far before its year a date can start ("September 30th, " is 16 characters).
_DATE_LEAD_CHARS = 24


def find_date(text: str, start: int = 0, end: int | None = None) -> dt.date | None:
    """The first valid date written in `text[start:end]` (dateline style or ISO)."""
    end = len(text) if end is None else end
    for year in _YEAR.finditer(text, start, end):
        lo = max(start, year.start() - _DATE_LEAD_CHARS)
        hi = min(end, year.end() + 6)
        found: list[tuple[int, dt.date]] = []
        for pattern in _DATE_PATTERNS:
            for match in pattern.finditer(text, lo, hi):
                date = _date_of(match)
                if date is not None and year.start() <= match.end("year") - 1 < year.end():
                    found.append((match.start(), date))
                    break
        if found:
            return min(found)[1]
    return None


def parse_date(value: str) -> dt.date | None:
    """A date from a front-matter value ("2026-11-27", "2026-11-27T10:00Z", "Nov. 27, 2026")."""
    return find_date(value.strip())


def _date_of(match: re.Match[str]) -> dt.date | None:
    import datetime as dt  # here: the one use of the module, a twentieth of a start

    groups = match.groupdict()
    month = int(groups["mon"]) if groups.get("mon") else _MONTHS[groups["month"][:3].lower()]
    try:
        return dt.date(int(groups["year"]), month, int(groups["day"]))
    except ValueError:
        return None


# A date in a file name: 2016-10-12, 2016_10_12, 2016.10.12, 20161012, 2016-10-12T0930.
# Not inside a longer run of digits (an id such as 1201610120001 holds no date).
_FILE_NAME_DATE = compiled(
    r"(?<!\d)(?P<year>(?:19|20)\d\d)(?P<sep>[-_.]?)(?P<mon>\d\d)(?P=sep)(?P<day>\d\d)(?!\d)")


def find_file_name_date(name: str) -> dt.date | None:
    """The first valid date written in a file name (archives often name files by the
    article's date), or None."""
    for match in _FILE_NAME_DATE.finditer(name):
        date = _date_of(match)
        if date is not None:
            return date
    return None
