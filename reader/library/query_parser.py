"""The search language, the same in the app's `/` and in the shell.

    word "a phrase"           the words of titles and bodies
    person:"Jane Roe"         articles that mention the person (person:roe: any Roe)
    said-by:NAME              articles with a quote whose speaker is that person
    country:KP  country:"North Korea"   org:NAME  source:NAME  feed:NAME  tag:NAME
    is:unread|read|bookmarked|noted
    since:7d  since:2026-04-01  until:2026-05-01  date:2026-04-01..2026-05-01  date:2026-05
    -term   a OR b   ( ... )  terms side by side are joined by AND

`parse` never raises: a malformed query gives a `QueryError` with the span of the
problem and a sentence for the user, so the app can point at it under the input and
the shell can print it. Any text is safe to parse (a Hypothesis test holds it to that).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Literal

# Field names as typed, and the one each stands for.
FIELD_NAMES: dict[str, str] = {
    "person": "person", "said-by": "said-by", "saidby": "said-by", "country": "country",
    "org": "org", "organization": "org", "organisation": "org", "source": "source",
    "feed": "feed", "tag": "tag", "is": "is", "since": "since", "until": "until",
    "date": "date",
}
STATES = ("unread", "read", "bookmarked", "noted")
MAX_DEPTH = 40  # nested parentheses; deeper is refused rather than recursed into
MAX_LENGTH = 2000

FieldName = Literal["text", "person", "said-by", "country", "org", "source", "feed", "tag",
                    "is", "dates"]
_FIELD_WORD = re.compile(r"[A-Za-z][A-Za-z-]*")
_QUOTES = {'"': '"', "\u201c": "\u201d", "\u201d": "\u201d"}
_RELATIVE = re.compile(r"(\d{1,5})([dwmy])", re.IGNORECASE)
_DATE = re.compile(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?")


@dataclass(frozen=True, slots=True)
class Term:
    """One condition: `field` is "text" for plain words and phrases."""

    field: FieldName
    value: str
    start: int
    end: int
    phrase: bool = False
    first: dt.date | None = None  # for "dates": the first day included, or None
    last: dt.date | None = None  # the last day included, or None


@dataclass(frozen=True, slots=True)
class Not:
    child: Node


@dataclass(frozen=True, slots=True)
class And:
    children: tuple[Node, ...]


@dataclass(frozen=True, slots=True)
class Or:
    children: tuple[Node, ...]


Node = Term | Not | And | Or


@dataclass(frozen=True, slots=True)
class Query:
    """A parsed query; `root` is an empty And for an empty query (everything matches)."""

    text: str
    root: Node

    @property
    def is_empty(self) -> bool:
        return isinstance(self.root, And) and not self.root.children

    def terms(self) -> list[Term]:
        """Every term, negated or not, in order."""
        out: list[Term] = []
        _collect(self.root, out)
        return out


@dataclass(frozen=True, slots=True)
class QueryError:
    """What is wrong with a query and where: text[start:end] is the offending part."""

    text: str
    message: str
    start: int
    end: int

    def pointer(self) -> str:
        """Two lines for a terminal: the query and a caret line under the problem."""
        width = max(1, self.end - self.start)
        return f"{self.text}\n{' ' * self.start}{'^' * width}"


def _collect(node: Node, out: list[Term]) -> None:
    if isinstance(node, Term):
        out.append(node)
    elif isinstance(node, Not):
        _collect(node.child, out)
    else:
        for child in node.children:
            _collect(child, out)


class _Problem(Exception):
    def __init__(self, message: str, start: int, end: int) -> None:
        super().__init__(message)
        self.message = message
        self.start = start
        self.end = end


@dataclass(slots=True)
class _Token:
    kind: Literal["word", "phrase", "field", "(", ")", "-", "OR", "AND"]
    start: int
    end: int
    value: str = ""
    name: str = ""  # field tokens: the field as typed
    quoted: bool = False  # field tokens: the value was in quotes


def _read_quoted(text: str, i: int) -> tuple[str, int]:
    """The text inside the quote opening at i, and the index just past its closing mark."""
    closing = _QUOTES[text[i]]
    j = i + 1
    while j < len(text) and text[j] != closing and not (closing == '"' and text[j] == "\u201d"):
        j += 1
    if j >= len(text):
        raise _Problem("this quote is never closed: add a closing \"", i, i + 1)
    return text[i + 1 : j], j + 1


def _tokens(text: str) -> list[_Token]:
    out: list[_Token] = []
    i, n = 0, len(text)
    stops = set(" \t\r\n()") | set(_QUOTES)
    while i < n:
        c = text[i]
        if c.isspace():
            i += 1
        elif c in "()":
            out.append(_Token(c, i, i + 1))  # type: ignore[arg-type]
            i += 1
        elif c in _QUOTES:
            value, j = _read_quoted(text, i)
            out.append(_Token("phrase", i, j, value))
            i = j
        elif c == "-":
            if i + 1 >= n or text[i + 1].isspace() or text[i + 1] == ")":
                raise _Problem("- needs a term right after it", i, i + 1)
            out.append(_Token("-", i, i + 1))
            i += 1
        else:
            j = i
            while j < n and text[j] not in stops:
                j += 1
            word = text[i:j]
            colon = word.find(":")
            if (colon > 0 and _FIELD_WORD.fullmatch(word[:colon])
                    and not word.startswith("//", colon + 1)):  # a web address is words
                name = word[:colon]
                if FIELD_NAMES.get(name.lower()) is None:
                    known = ", ".join(sorted({f"{k}:" for k in FIELD_NAMES.values()}))
                    raise _Problem(f"unknown field \"{name}:\" (known: {known}); put the "
                                   "words in quotes to search for them", i, i + colon + 1)
                rest, quoted = word[colon + 1 :], False
                if not rest and j < n and text[j] in _QUOTES:
                    rest, j = _read_quoted(text, j)
                    quoted = True
                out.append(_Token("field", i, j, rest, name=name, quoted=quoted))
            elif word == "OR":
                out.append(_Token("OR", i, j))
            elif word == "AND":
                out.append(_Token("AND", i, j))
            else:
                out.append(_Token("word", i, j, word))
            i = j
    return out


def _parse_date(value: str, start: int, end: int, *, last: bool) -> dt.date:
    """A date written as YYYY, YYYY-MM or YYYY-MM-DD: its first day, or its last one."""
    match = _DATE.fullmatch(value)
    if match is None:
        raise _Problem(f"\"{value}\" is not a date: write it as 2026-05-01 (or 2026-05, "
                       "2026)", start, end)
    year = int(match.group(1))
    month = int(match.group(2) or (12 if last else 1))
    day_text = match.group(3)
    try:
        if day_text is not None:
            return dt.date(year, month, int(day_text))
        if not last:
            return dt.date(year, month, 1)
        following = dt.date(year + (month == 12), month % 12 + 1, 1)
        return following - dt.timedelta(days=1)
    except (ValueError, OverflowError):
        raise _Problem(f"\"{value}\" is not a day of the calendar", start, end) from None


def _relative(value: str, today: dt.date, start: int, end: int) -> dt.date | None:
    match = _RELATIVE.fullmatch(value)
    if match is None:
        return None
    amount, unit = int(match.group(1)), match.group(2).lower()
    days = amount * {"d": 1, "w": 7, "m": 30, "y": 365}[unit]
    try:
        return today - dt.timedelta(days=days)
    except OverflowError:
        raise _Problem(f"\"{value}\" reaches too far back", start, end) from None


def _field_term(tok: _Token, today: dt.date) -> Term:
    field_name = FIELD_NAMES[tok.name.lower()]
    value = tok.value.strip()
    vstart = tok.start + len(tok.name) + 1 + (1 if tok.quoted else 0)
    vend = max(vstart, tok.end - (1 if tok.quoted else 0))
    if not value:
        raise _Problem(f"{tok.name}: needs a value after the colon", tok.start, tok.end)
    if field_name == "is":
        state = value.lower()
        if state not in STATES:
            raise _Problem(f"is: takes {', '.join(STATES[:-1])} or {STATES[-1]}",
                           vstart, vend)
        return Term("is", state, tok.start, tok.end)
    if field_name == "since":
        first = _relative(value, today, vstart, vend)
        if first is None:
            first = _parse_date(value, vstart, vend, last=False)
        return Term("dates", value, tok.start, tok.end, first=first)
    if field_name == "until":
        return Term("dates", value, tok.start, tok.end,
                    last=_parse_date(value, vstart, vend, last=True))
    if field_name == "date":
        if ".." in value:
            a, b = value.split("..", 1)
            first = _parse_date(a, vstart, vstart + len(a), last=False) if a else None
            last = _parse_date(b, vend - len(b), vend, last=True) if b else None
            if first is None and last is None:
                raise _Problem("date: needs a day on at least one side of ..", vstart, vend)
            if first is not None and last is not None and first > last:
                raise _Problem("date: the first day comes after the last one", vstart, vend)
        else:
            first = _parse_date(value, vstart, vend, last=False)
            last = _parse_date(value, vstart, vend, last=True)
        return Term("dates", value, tok.start, tok.end, first=first, last=last)
    return Term(field_name, value, tok.start, tok.end, phrase=tok.quoted)  # type: ignore[arg-type]


class _Parser:
    def __init__(self, text: str, tokens: list[_Token], today: dt.date) -> None:
        self.text = text
        self.tokens = tokens
        self.pos = 0
        self.today = today

    def peek(self) -> _Token | None:
        return self.tokens[self.pos] if self.pos < len(self.tokens) else None

    def parse(self) -> Node:
        node = self.or_expr(0)
        tok = self.peek()
        if tok is not None:  # only a ")" stops an expression early
            raise _Problem("there is no ( for this )", tok.start, tok.end)
        return node

    def or_expr(self, depth: int) -> Node:
        first = self.peek()
        if first is not None and first.kind == "OR":
            raise _Problem("OR needs a term before it", first.start, first.end)
        parts = [self.and_expr(depth)]
        while (tok := self.peek()) is not None and tok.kind == "OR":
            self.pos += 1
            after = self.peek()
            if after is None or after.kind in (")", "OR"):
                raise _Problem("OR needs a term after it", tok.start, tok.end)
            parts.append(self.and_expr(depth))
        return parts[0] if len(parts) == 1 else Or(tuple(parts))

    def and_expr(self, depth: int) -> Node:
        parts: list[Node] = []
        while (tok := self.peek()) is not None and tok.kind not in (")", "OR"):
            if tok.kind == "AND":
                self.pos += 1
                following = self.peek()
                if not parts or following is None or following.kind in (")", "OR", "AND"):
                    raise _Problem("AND needs a term on both sides", tok.start, tok.end)
                continue
            parts.append(self.unary(depth))
        if len(parts) == 1:
            return parts[0]
        return And(tuple(parts))

    def unary(self, depth: int) -> Node:
        tok = self.peek()
        assert tok is not None
        if tok.kind == "-":
            self.pos += 1
            after = self.peek()
            if after is None or after.kind in (")", "OR", "AND", "-"):
                raise _Problem("- needs a term right after it", tok.start, tok.end)
            return Not(self.unary(depth))
        return self.primary(depth)

    def primary(self, depth: int) -> Node:
        tok = self.tokens[self.pos]
        self.pos += 1
        if tok.kind == "(":
            if depth >= MAX_DEPTH:
                raise _Problem("parentheses nested too deeply", tok.start, tok.end)
            inner = self.peek()
            if inner is not None and inner.kind == ")":
                raise _Problem("nothing between ( and )", tok.start, inner.end)
            node = self.or_expr(depth + 1)
            close = self.peek()
            if close is None or close.kind != ")":
                raise _Problem("this ( is never closed: add a )", tok.start, tok.end)
            self.pos += 1
            return node
        if tok.kind == "phrase":
            value = tok.value.strip()
            if not value:
                raise _Problem("empty quotes: put words between them", tok.start, tok.end)
            return Term("text", value, tok.start, tok.end, phrase=True)
        if tok.kind == "field":
            return _field_term(tok, self.today)
        return Term("text", tok.value, tok.start, tok.end)


def parse(text: str, *, today: dt.date | None = None) -> Query | QueryError:
    """The query written in `text`, or what is wrong with it. Never raises."""
    if len(text) > MAX_LENGTH:
        return QueryError(text, f"a query is at most {MAX_LENGTH} characters",
                          MAX_LENGTH, len(text))
    try:
        tokens = _tokens(text)
        root = _Parser(text, tokens, today or dt.date.today()).parse()
    except _Problem as problem:
        return QueryError(text, problem.message, problem.start, max(problem.end, problem.start))
    if isinstance(root, Term | Not | Or):
        root = And((root,))
    return Query(text, root)


def positive_values(query: Query, field_name: str) -> list[str]:
    """The values of the terms of `field_name` that are not negated (for filtering quotes)."""
    out: list[str] = []

    def walk(node: Node, negated: bool) -> None:
        if isinstance(node, Term):
            if node.field == field_name and not negated:
                out.append(node.value)
        elif isinstance(node, Not):
            walk(node.child, not negated)
        else:
            for child in node.children:
                walk(child, negated)

    walk(query.root, False)
    return out
