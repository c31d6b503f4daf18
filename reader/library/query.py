"""The one query module: what the article filter (`/`), the bookmarks filter and the
command palette's article search all understand, and what the cross-article search
uses for one item at a time.

Three steps, so the language can grow without touching its callers:

1. `parse(text) -> Query`. The grammar (words, "phrases", `person:`, `said-by:`,
   `is:unread`, `-not`, `OR`, parentheses, dates) is in query_parser.py; a text that
   does not parse (an unclosed quote while typing) still filters, by its plain words,
   and `query.error` says what is wrong and where (a QueryError the UI can point at).
2. A `Query` holds the parsed tree (`query.parsed.root`: And / Or / Not / Term).
3. `query.matches(target)` evaluates the tree (query_eval.py holds the boolean algebra)
   against a `Target`: anything that can give the case-folded text of a field
   (`"title"`, `"text"`, `"person"`, ...; None for all of its fields), say whether a
   state holds (`"unread"`, `"bookmarked"`) and give its date.

Plain words match as today: every word (a run of letters and digits, `\\w+`) must occur
in the target's text, case-insensitively, as a substring; a phrase must occur as typed
(spaces collapsed). Adapters from the things we search to `Target`s: `article_target`
and `title_target` here, `Entry.target()` for the bookmarks screen. To give a filter a
new field, give its target that field; to grow the language, extend query_parser.py.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Protocol

from reader.articles.model import Article
from reader.library import query_parser as grammar
from reader.library.query_eval import matches as tree_matches
from reader.library.query_parser import And, QueryError, Term

_WORD = re.compile(r"\w+")
_FIELD_PREFIX = re.compile(r"(?<![\w:])[A-Za-z][A-Za-z-]*:")


class Target(Protocol):
    """Something a query can be matched against."""

    def field_text(self, name: str | None) -> str:
        """The case-folded text of field `name`, or of every field for None ("" if none)."""
        ...

    def word_text(self, name: str | None) -> str:
        """Case-folded text in which each plain word of field `name` is found exactly
        when it is in `field_text(name)`: the field's text itself, or (articles) its
        distinct words, much smaller. Phrases are always looked for in `field_text`."""
        ...

    def has_flag(self, name: str) -> bool:
        """Whether a state such as "unread" holds (False for states it does not know)."""
        ...

    def date(self) -> dt.date | None:
        """The item's date, for since:/until:/date: (None: those never match)."""
        ...


@dataclass(frozen=True, slots=True)
class Query:
    """A parsed query: `parsed` is the tree, `error` what kept the text from parsing."""

    text: str
    parsed: grammar.Query
    error: QueryError | None = None
    default_field: str | None = None  # where plain words and phrases are looked for

    @property
    def is_empty(self) -> bool:
        return self.parsed.is_empty

    def words(self) -> list[str]:
        """The plain words of the query's text terms, case-folded."""
        return [w.casefold() for t in self.parsed.terms() if t.field == "text"
                for w in _WORD.findall(t.value)]

    def matches(self, target: Target) -> bool:
        return tree_matches(self.parsed, lambda term: self._holds(term, target))

    def matcher(self) -> Matcher:
        """`matches`, prepared once to be asked of many targets (the list filter asks it
        of 10,000 articles per key): each term's words are folded, and a phrase turned
        into a pattern, here rather than once per target. Same answers as `matches`."""
        return _compile(self.parsed.root, self.default_field)

    def _holds(self, term: Term, target: Target) -> bool:
        if term.field == "is":
            return target.has_flag(term.value)
        if term.field == "dates":
            day = target.date()
            return day is not None and (term.first is None or day >= term.first) and (
                term.last is None or day <= term.last)
        where = self.default_field if term.field == "text" else term.field
        if term.phrase:
            haystack = target.field_text(where)
            return " ".join(term.value.casefold().split()) in " ".join(haystack.split())
        # Punctuation is not a word ("kenya," is kenya; "..." asks for nothing), as the
        # filters always read it.
        words, whole_words = _plain_words(term.value)
        # A word that is still one run of \w once case-folded lies inside one word of
        # the text: the distinct words will do. (Folding can add a combining mark, as
        # "İ" -> "i̇" does: then the text itself.)
        haystack = target.word_text(where) if whole_words else target.field_text(where)
        return all(w in haystack for w in words)


@lru_cache(maxsize=256)
def _plain_words(value: str) -> tuple[tuple[str, ...], bool]:
    """The case-folded words of a term, and whether each is a single run of `\\w`."""
    words = tuple(w.casefold() for w in _WORD.findall(value))
    return words, all(_WORD.fullmatch(w) for w in words)


Matcher = Callable[[Target], bool]


def _compile(node: grammar.Node, default_field: str | None) -> Matcher:
    if isinstance(node, Term):
        return _term_matcher(node, default_field)
    if isinstance(node, grammar.Not):
        inner = _compile(node.child, default_field)
        return lambda target: not inner(target)
    parts = [_compile(child, default_field) for child in node.children]
    if len(parts) == 1:
        return parts[0]
    if isinstance(node, grammar.Or):
        return lambda target: any(part(target) for part in parts)

    def all_hold(target: Target) -> bool:
        for part in parts:  # noqa: SIM110 (a loop: no generator made per target)
            if not part(target):
                return False
        return True

    return all_hold


def _term_matcher(term: Term, default_field: str | None) -> Matcher:
    """What `Query._holds` answers for `term`, as a function of the target."""
    if term.field == "is":
        state = term.value
        return lambda target: target.has_flag(state)
    if term.field == "dates":
        first, last = term.first, term.last

        def in_range(target: Target) -> bool:
            day = target.date()
            return day is not None and (first is None or day >= first) and (
                last is None or day <= last)

        return in_range
    where = default_field if term.field == "text" else term.field
    if term.phrase:
        needle = " ".join(term.value.casefold().split())
        if " " not in needle:
            # With no space in it, the phrase is in the text with its spacing collapsed
            # exactly when it is in the text as it is.
            return lambda target: needle in target.field_text(where)
        # Each single space stands for any run of whitespace, as collapsing the text's.
        pattern = re.compile(r"\s+".join(re.escape(part) for part in needle.split(" ")))
        return lambda target: pattern.search(target.field_text(where)) is not None
    words, whole_words = _plain_words(term.value)

    def every_word(target: Target) -> bool:
        # As in `Query._holds`: the distinct words will do for words that stay one run.
        haystack = target.word_text(where) if whole_words else target.field_text(where)
        for word in words:  # noqa: SIM110 (a loop: no generator made per target)
            if word not in haystack:
                return False
        return True

    return every_word


def parse(text: str, *, default_field: str | None = None,
          today: dt.date | None = None) -> Query:
    """The Query for what the user typed. Never raises: any text is a query."""
    result = grammar.parse(text, today=today)
    if isinstance(result, QueryError):
        # Field names ("person:") are not words the user is looking for.
        words_only = _FIELD_PREFIX.sub(lambda m: " " * len(m.group(0)), text)
        terms = tuple(Term("text", m.group(0), m.start(), m.end())
                      for m in _WORD.finditer(words_only))
        return Query(text, grammar.Query(text, And(terms)), result, default_field)
    return Query(text, result, None, default_field)


@dataclass(slots=True)
class FieldsTarget:
    """A Target over a fixed set of fields, case-folded on first use."""

    fields: Mapping[str, str | None]
    flags: frozenset[str] = frozenset()
    day: dt.date | None = None
    _folded: dict[str | None, str] = field(default_factory=dict)

    def field_text(self, name: str | None) -> str:
        folded = self._folded.get(name)
        if folded is None:
            if name is None:
                folded = "\n".join(v for v in self.fields.values() if v).casefold()
            else:
                folded = (self.fields.get(name) or "").casefold()
            self._folded[name] = folded
        return folded

    def word_text(self, name: str | None) -> str:
        return self.field_text(name)

    def has_flag(self, name: str) -> bool:
        return name in self.flags

    def date(self) -> dt.date | None:
        return self.day


@dataclass(slots=True)
class ArticleTarget(FieldsTarget):
    """An article: plain words over all its fields are looked up in the article's
    distinct words (`Article.search_words`, made once when it was read), so filtering
    thousands of articles neither unpacks nor case-folds their texts."""

    article: Article | None = None

    def word_text(self, name: str | None) -> str:
        if name is None and self.article is not None:
            return self.article.search_words
        return self.field_text(name)


class _ArticleFields(Mapping[str, "str | None"]):
    """An article's fields for a FieldsTarget, read (the text unpacked) only when asked."""

    __slots__ = ("_article",)
    _NAMES = ("title", "text", "source")

    def __init__(self, article: Article) -> None:
        self._article = article

    def __getitem__(self, name: str) -> str | None:
        if name not in self._NAMES:
            raise KeyError(name)
        value: str | None = getattr(self._article, name)
        return value

    def __iter__(self) -> Iterator[str]:
        return iter(self._NAMES)

    def __len__(self) -> int:
        return len(self._NAMES)


def article_target(article: Article, flags: frozenset[str] = frozenset()) -> ArticleTarget:
    """An article as a Target: its title, its whole text ("text") and its source."""
    return ArticleTarget(_ArticleFields(article), flags, article.date, article=article)


def title_target(article: Article) -> FieldsTarget:
    """Only the title (the palette: fast enough to run over 10,000 titles per key)."""
    return FieldsTarget({"title": article.title}, day=article.date)


def filter_articles(articles: list[Article], query: Query,
                    target: Callable[[Article], Target] = article_target) -> list[Article]:
    """The articles the query matches, in their order."""
    if query.is_empty:
        return list(articles)
    return [a for a in articles if query.matches(target(a))]
