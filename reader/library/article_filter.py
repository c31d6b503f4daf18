"""The article list's filter (`/`), fast enough to answer every key on 10,000 articles.

Its answers are the ones `query.filter_articles` gives over `query.article_target` (a
test holds it to that on the whole search language); three things make them cheap:

- plain words are looked up in each article's distinct case-folded words
  (`Article.search_words`, made once by the loader thread, a fraction of the text: the
  texts themselves stay packed), kept with the article's folded source (`FoldedArticle`)
  until the article changes or leaves: a key press folds nothing; only a phrase (or a
  word that folds into two runs, as "İ" does) reads the whole text, of the articles
  still in question;
- a query that narrows an earlier one (typing on: "trad" -> "trade", "trade" ->
  "trade harbour") is only tried on the earlier answer's articles (`narrows`);
- the last answers are kept by query, so backspacing finds them again.

Kept answers are dropped whenever the library changes (its `version`) or the set of noted
articles is another one. `ArticleFilter` may be called from a worker thread as well as
the UI's (the saved searches are counted on one); a lock guards the kept answers.
"""

from __future__ import annotations

import datetime as dt
import re
import threading
from collections import OrderedDict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from reader.articles.model import Article
from reader.library.query import Query
from reader.library.query_parser import Node, Not, Or, Term

KEPT_ANSWERS = 32
_WORD = re.compile(r"\w+")  # what query.Query counts as a word of a term


@dataclass(slots=True)  # not frozen: built 10,000 times at once, and never changed
class FoldedArticle:
    """An article's fields case-folded, as `article_target` folds them: its distinct
    words and its source kept, the whole text folded only when a phrase asks."""

    article: Article
    source: str

    @classmethod
    def of(cls, article: Article) -> FoldedArticle:
        return cls(article, (article.source or "").casefold())

    def field_text(self, name: str | None) -> str:
        article = self.article
        if name is None:  # phrases: title, text and source as they are, folded now
            fields = (article.title, article.text, article.source)
            return "\n".join(v for v in fields if v).casefold()
        if name == "source":
            return self.source
        if name == "title":
            return article.title.casefold()
        if name == "text":
            return article.text.casefold()  # no term of the list's language asks
        return ""

    def word_text(self, name: str | None) -> str:
        if name is None:
            return self.article.search_words
        return self.field_text(name)

    def has_flag(self, name: str) -> bool:
        return False  # states are the library's: see _WithStates

    def date(self) -> dt.date | None:
        return self.article.date


@dataclass(frozen=True, slots=True)
class States:
    """The marks `is:` terms read: read and bookmarked articles, articles with a note."""

    read: frozenset[str] | set[str]
    starred: frozenset[str] | set[str]
    noted: frozenset[str]


@dataclass(frozen=True, slots=True)
class _WithStates:
    """A folded article with the library's marks, for queries that hold `is:` terms."""

    folded: FoldedArticle
    states: States

    def field_text(self, name: str | None) -> str:
        return self.folded.field_text(name)

    def word_text(self, name: str | None) -> str:
        return self.folded.word_text(name)

    def has_flag(self, name: str) -> bool:
        article_id = self.folded.article.id
        if name == "read":
            return article_id in self.states.read
        if name == "unread":
            return article_id not in self.states.read
        if name == "bookmarked":
            return article_id in self.states.starred
        if name == "noted":
            return article_id in self.states.noted
        return False

    def date(self) -> dt.date | None:
        return self.folded.article.date


# Query keys: a parsed query without positions, so equal questions share one answer and
# one can be seen to narrow another.
Key = tuple[Any, ...]


def _term_key(term: Term) -> Key:
    if term.field in ("is", "dates"):
        return ("exact", term.field, term.value, term.first, term.last)
    if term.phrase:
        return ("phrase", term.field, " ".join(term.value.casefold().split()))
    return ("words", term.field, tuple(w.casefold() for w in _WORD.findall(term.value)))


def node_key(node: Node) -> Key:
    if isinstance(node, Term):
        return _term_key(node)
    if isinstance(node, Not):
        return ("not", node_key(node.child))
    kind = "or" if isinstance(node, Or) else "and"
    return (kind, tuple(node_key(c) for c in node.children))


def query_key(query: Query) -> Key:
    """What the query asks, whatever the spacing or the case it was typed in."""
    return (query.default_field, node_key(query.parsed.root))


def _implies(strong: Key, weak: Key) -> bool:
    """Whether every article `strong` holds for is one `weak` holds for (False when it
    cannot tell: then the answer is looked for among all articles, never wrong)."""
    if strong == weak:
        return True
    if weak[0] == "and":
        return all(_implies(strong, w) for w in weak[1])
    if strong[0] == "and":
        return any(_implies(s, weak) for s in strong[1])
    if strong[0] == "or":
        return all(_implies(s, weak) for s in strong[1])
    if weak[0] == "or":
        return any(_implies(strong, w) for w in weak[1])
    if weak[0] == "not":  # not-B follows from not-A when B implies A
        return strong[0] == "not" and _implies(weak[1], strong[1])
    texts = ("words", "phrase")
    if weak[0] not in texts or strong[0] not in texts or weak[1] != strong[1]:
        return False  # other fields, states and dates: only the same term
    if weak[0] == "phrase":
        return strong[0] == "phrase" and weak[2] in strong[2]
    # Each word of `weak` inside a word (or the phrase) of `strong`: where the longer is
    # found, so is the shorter (a word has no spaces, so a phrase's spacing is no matter).
    haystacks = strong[2] if strong[0] == "words" else (strong[2],)
    return all(any(word in h for h in haystacks) for word in weak[2])


def narrows(new: Key, old: Key) -> bool:
    """Whether query `new` holds only for articles query `old` holds for."""
    return new[0] == old[0] and _implies(new[1], old[1])


def _uses_states(node: Node) -> bool:
    if isinstance(node, Term):
        return node.field == "is"
    if isinstance(node, Not):
        return _uses_states(node.child)
    return any(_uses_states(c) for c in node.children)


class ArticleFilter:
    """The filter of one library: folded texts and the last answers, kept."""

    def __init__(self, kept_answers: int = KEPT_ANSWERS) -> None:
        self._folded: dict[str, FoldedArticle] = {}
        # For one (library version, noted articles): every article folded, in order, and
        # the answers kept by query (as folded articles, so a narrower query reads them
        # without looking anything up).
        self._kept_for: tuple[int, frozenset[str]] | None = None
        self._everything: list[FoldedArticle] = []
        self._answers: OrderedDict[Key, list[FoldedArticle]] = OrderedDict()
        self._kept = kept_answers
        self._lock = threading.Lock()

    def forget(self, article_ids: Iterable[str]) -> None:
        """Articles gone from the library: their folded texts are no longer needed."""
        for article_id in article_ids:
            self._folded.pop(article_id, None)

    def folded(self, article: Article) -> FoldedArticle:
        entry = self._folded.get(article.id)
        if entry is None or entry.article is not article:  # new, or a new version
            entry = FoldedArticle.of(article)
            self._folded[article.id] = entry
        return entry

    def filter(self, articles: Sequence[Article], query: Query, states: States,
               version: int) -> list[Article]:
        """The articles (in their order) the query matches. `articles` are the library's
        and `version` its change count: what is kept for one version is used only with
        the articles of that version."""
        if query.is_empty:
            return list(articles)
        key = query_key(query)
        kept_for = (version, states.noted)
        with self._lock:
            if self._kept_for != kept_for:
                self._kept_for = kept_for
                self._answers.clear()
                folded = self.folded
                self._everything = [folded(a) for a in articles]
            kept = self._answers.get(key)
            if kept is not None:
                self._answers.move_to_end(key)
                return [f.article for f in kept]
            # The smallest earlier answer this query narrows, else every article.
            candidates = self._everything
            for old_key, answer in self._answers.items():
                if len(answer) < len(candidates) and narrows(key, old_key):
                    candidates = answer
        matches = query.matcher()
        if _uses_states(query.parsed.root):
            found = [f for f in candidates if matches(_WithStates(f, states))]
        else:
            found = [f for f in candidates if matches(f)]
        with self._lock:
            if self._kept_for == kept_for:
                self._answers[key] = found
                while len(self._answers) > self._kept:
                    self._answers.popitem(last=False)
        return [f.article for f in found]
