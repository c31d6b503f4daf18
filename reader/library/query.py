"""The one query language: what the article filter (`/`), the bookmarks filter and the
command palette's article search all understand.

Three steps, so the language can grow without touching its callers:

1. `parse(text) -> Query`: the text the user typed becomes a tree of nodes. Today a
   query is plain words, all of which must match (`All(Word, Word, ...)`); a word is a
   run of letters and digits (`\\w+`), compared case-insensitively as a substring.
2. A `Query` holds the tree (`query.root`) and the text it came from.
3. `query.matches(target)` evaluates the tree against a `Target`: anything that can
   give the case-folded text of a named field (`"title"`, `"text"`, ...) or of all its
   fields (`field=None`), and say whether a flag holds (`"unread"`, `"bookmarked"`).

Adapters from the things we search to `Target`s live beside their callers
(`article_target` here; the bookmarks screen builds one per row).

To extend it (the search language of the index issue: `person:`, `said-by:`,
`is:unread`, `OR`, quotes, `-not`): add node classes with a `matches(target)` method,
teach `parse` to build them, and give `Target`s the fields and flags they need.
Callers keep calling `parse(text).matches(target)`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Protocol

from reader.articles.model import Article

_WORD = re.compile(r"\w+")


class Target(Protocol):
    """Something a query can be matched against."""

    def field_text(self, name: str | None) -> str:
        """The case-folded text of field `name`, or of every field for None ("" if none)."""
        ...

    def has_flag(self, name: str) -> bool:
        """Whether a state such as "unread" holds (False for flags it does not know)."""
        ...


class Node(Protocol):
    def matches(self, target: Target) -> bool: ...


@dataclass(frozen=True, slots=True)
class Word:
    """A word that must occur (as a substring, case-folded) in `field`, or anywhere."""

    text: str  # already case-folded
    field: str | None = None

    def matches(self, target: Target) -> bool:
        return self.text in target.field_text(self.field)


@dataclass(frozen=True, slots=True)
class All:
    """Every part matches (an empty All matches everything)."""

    parts: tuple[Node, ...] = ()

    def matches(self, target: Target) -> bool:
        return all(part.matches(target) for part in self.parts)


@dataclass(frozen=True, slots=True)
class Query:
    """A parsed query. `root` is the tree; `text` is what the user typed."""

    text: str = ""
    root: Node = field(default_factory=All)

    @property
    def is_empty(self) -> bool:
        return isinstance(self.root, All) and not self.root.parts

    def matches(self, target: Target) -> bool:
        return self.root.matches(target)

    def words(self) -> list[str]:
        """The plain words of the query, case-folded (for cheap pre-filters)."""
        return [p.text for p in _walk(self.root) if isinstance(p, Word)]


def _walk(node: Node) -> list[Node]:
    if isinstance(node, All):
        return [n for part in node.parts for n in _walk(part)]
    return [node]


def parse(text: str, *, default_field: str | None = None) -> Query:
    """The Query for what the user typed. Never raises: any text is a query."""
    words = tuple(Word(w.casefold(), default_field) for w in _WORD.findall(text))
    return Query(text, All(words))


@dataclass(slots=True)
class FieldsTarget:
    """A Target over a fixed set of fields, case-folded on first use."""

    fields: Mapping[str, str | None]
    flags: frozenset[str] = frozenset()
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

    def has_flag(self, name: str) -> bool:
        return name in self.flags


def article_target(article: Article, flags: frozenset[str] = frozenset()) -> FieldsTarget:
    """An article as a Target: its title and its whole text ("text")."""
    return FieldsTarget({"title": article.title, "text": article.text}, flags)


def title_target(article: Article) -> FieldsTarget:
    """Only the title (the palette: fast enough to run over 10,000 titles per key)."""
    return FieldsTarget({"title": article.title})


def filter_articles(articles: list[Article], query: Query,
                    target: Callable[[Article], Target] = article_target) -> list[Article]:
    """The articles the query matches, in their order."""
    if query.is_empty:
        return list(articles)
    return [a for a in articles if query.matches(target(a))]
