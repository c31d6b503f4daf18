"""The article list's filter (`/`), fast enough to answer every key on 10,000 articles.

Its answers are the ones `query.filter_articles` gives over `query.article_target` (a
test holds it to that on the whole search language); four things make them cheap:

- plain words are looked up in each article's distinct case-folded words
  (`Article.search_words`, made once by the loader thread, a fraction of the text: the
  texts themselves stay packed), kept with the article's folded source (`FoldedArticle`)
  until the article changes or leaves: a key press folds nothing; only a phrase (or a
  word that folds into two runs, as "İ" does) reads the whole text, of the articles
  still in question;
- a query that narrows an earlier one (typing on: "trad" -> "trade", "trade" ->
  "trade harbour") is only tried on the earlier answer's articles (`narrows`), and of
  its parts only those the earlier query does not already hold to ("trade harbour g"
  after "trade harbour": only "g");
- a query of plain words side by side, each maybe negated (what is typed nearly
  always), is not asked article by article through the query's matcher: each word
  filters the list in one pass over the articles' words (`plain_parts`);
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
from reader.library.query_parser import And, Node, Not, Or, Term

KEPT_ANSWERS = 32
_WORD = re.compile(r"\w+")  # what query.Query counts as a word of a term


@dataclass(slots=True)  # not frozen: built 10,000 times at once, and never changed
class FoldedArticle:
    """An article's fields case-folded, as `article_target` folds them: its distinct
    words and its source kept, the whole text folded only when a phrase asks."""

    article: Article
    source: str
    words: str  # Article.search_words, one attribute away (read 10,000 times a key)

    @classmethod
    def of(cls, article: Article) -> FoldedArticle:
        return cls(article, (article.source or "").casefold(), article.search_words)

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
            return self.words
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


def _parts(key: Key) -> tuple[Key, ...]:
    """The parts of a query key's tree joined by AND (the tree itself if it is none)."""
    tree = key[1]
    return tuple(tree[1]) if tree[0] == "and" else (tree,)


# A part of a plain query: its key, its case-folded words, whether it is negated.
PlainPart = tuple[Key, tuple[str, ...], bool]


def _anded(node: Node) -> Iterable[Node]:
    """The nodes joined by AND in `node`, at any depth ("(a b) c": a, b, c)."""
    if isinstance(node, And):
        for child in node.children:
            yield from _anded(child)
    else:
        yield node


def plain_parts(query: Query) -> list[PlainPart] | None:
    """The query as plain words side by side, each part maybe negated ("trade harbour
    -rain"), looked for among all of an article's words; None for any other query."""
    if query.default_field is not None:
        return None
    parts: list[PlainPart] = []
    for node in _anded(query.parsed.root):
        negated = isinstance(node, Not)
        term = node.child if isinstance(node, Not) else node
        if not isinstance(term, Term) or term.field != "text" or term.phrase:
            return None
        words = tuple(w.casefold() for w in _WORD.findall(term.value))
        if not all(_WORD.fullmatch(w) for w in words):
            return None  # folds into two runs ("İ"): the matcher reads the whole text
        parts.append((node_key(node), words, negated))
    return parts


def still_to_check(parts: list[PlainPart], narrowed: Key | None) -> list[PlainPart]:
    """The parts not already true of every article of the answer to `narrowed` (the
    query whose answer the candidates are; None: all articles, every part to check)."""
    if narrowed is None:
        return parts
    held = _parts(narrowed)
    return [part for part in parts if not any(_implies(old, part[0]) for old in held)]


def _match_plain(parts: list[PlainPart],
                 candidates: list[FoldedArticle]) -> list[FoldedArticle]:
    """What `Query.matcher` answers for a plain query, a word at a time over the list
    (a word of a part holds when it is inside the article's words)."""
    found = candidates
    for _, words, negated in parts:
        if not negated:
            for word in words:
                found = [f for f in found if word in f.words]
        elif len(words) == 1:
            word = words[0]
            found = [f for f in found if word not in f.words]
        else:  # -a.b: not every one of its words (and none at all: never)
            found = [f for f in found if not all(w in f.words for w in words)]
    return found


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
            narrowed: Key | None = None
            for old_key, answer in self._answers.items():
                if len(answer) < len(candidates) and narrows(key, old_key):
                    candidates, narrowed = answer, old_key
        found = self._match(query, states, candidates, narrowed)
        with self._lock:
            if self._kept_for == kept_for:
                self._answers[key] = found
                while len(self._answers) > self._kept:
                    self._answers.popitem(last=False)
        return [f.article for f in found]

    def _match(self, query: Query, states: States, candidates: list[FoldedArticle],
               narrowed: Key | None) -> list[FoldedArticle]:
        """The candidates (the answer to `narrowed`, or every article) the query holds
        for."""
        plain = plain_parts(query)
        if plain is not None:
            return _match_plain(still_to_check(plain, narrowed), candidates)
        matches = query.matcher()
        if _uses_states(query.parsed.root):
            return [f for f in candidates if matches(_WithStates(f, states))]
        return [f for f in candidates if matches(f)]
