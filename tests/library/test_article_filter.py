"""The list filter: the same answers as the plain per-article filter on the whole search
language, while texts are folded once and answers narrow as the query grows."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.articles import Article, Batch
from reader.library import Library
from reader.library import article_filter as article_filter_module
from reader.library.article_filter import (
    ArticleFilter,
    Key,
    States,
    narrows,
    plain_parts,
    query_key,
    still_to_check,
)
from reader.library.query import (
    FieldsTarget,
    Query,
    Target,
    article_target,
    filter_articles,
    parse,
)


def _article(n: int, title: str, text: str, source: str | None = None,
             day: dt.date | None = None) -> Article:
    return Article(id=f"a{n}", title=title, text=f"{title}\n{text}", content_hash=f"h{n}",
                   source=source, date=day)


ARTICLES = [
    _article(0, "Harbour trade resumes", "Ferries left the harbour at dawn.", "Coast Daily",
             dt.date(2026, 4, 2)),
    _article(1, "Grain prices", "Traders said the grain board met.", "Valley News",
             dt.date(2026, 4, 20)),
    _article(2, "Straße gesperrt", "Die STRASSE bleibt zu, sagte Ärztin Jördis Ölmann.",
             None, dt.date(2026, 5, 1)),
    _article(3, "Rain delays the plan", "The plan was delayed again by rain.\tTwice.",
             "Harbour Post", None),
    _article(4, "[VIDEO] Clip", 'A "quoted phrase" and   spaced    words; trade-offs.',
             "Coast Daily", dt.date(2026, 3, 15)),
]
READ = frozenset({"a1", "a3"})
STARRED = frozenset({"a0"})
NOTED = frozenset({"a2"})

# The search language as the list filter reads it (index-only fields such as person: go
# to the index and are not asked of this filter).
QUERIES = [
    "", "trade", "TRADE", "trad", "harbour trade", "harbour -trade", "-rain", "rain OR grain",
    "(rain OR grain) -plan", '"the harbour"', '"spaced words"', '"quoted phrase"', "trade*",
    "strasse", "STRAẞE", "ärztin", "ÄRZTIN", "source:coast", 'source:"harbour post"',
    "source:valley grain", "is:unread", "is:read", "is:bookmarked", "is:noted",
    "is:unread -is:bookmarked", "since:2026-04-01", "until:2026-04-19",
    "date:2026-04", "date:2026-04-01..2026-04-30", "date:..2026-04-01", "[video]", "[/b]",
    "kenya,", "...", '"unclosed', "(rain", "persn:roe trade", "is:starred", "a OR",
    "trade-offs", "twice", "\t", "grain board", "-is:read harbour", '"rain. twice"',
    '"resumes ferries"', '"RESUMES  FERRIES left"', '"a.c"', '"  "', '""', '"(rain)"',
]


def plain_answer(articles: list[Article], query: Query) -> list[str]:
    """What the list filter answered before it kept anything: every text folded anew."""

    def target(article: Article) -> FieldsTarget:
        flags = {"read" if article.id in READ else "unread"}
        if article.id in STARRED:
            flags.add("bookmarked")
        if article.id in NOTED:
            flags.add("noted")
        return article_target(article, frozenset(flags))

    return [a.id for a in filter_articles(articles, query, target)]


def library_of(articles: list[Article]) -> Library:
    library = Library([])
    library.add(Batch(articles))
    library.finish()
    library.set_read_ids(READ)
    library.set_starred_ids(STARRED)
    return library


@pytest.mark.parametrize("text", QUERIES)
def test_the_same_answer_as_the_plain_filter(text: str) -> None:
    library = library_of(ARTICLES)
    query = parse(text, today=dt.date(2026, 5, 10))
    assert [a.id for a in library.filtered(query, noted=NOTED)] == plain_answer(ARTICLES, query)


def test_the_same_answers_typed_key_by_key_and_backspaced() -> None:
    library = library_of(ARTICLES)
    for text in QUERIES:
        typed = [text[:n] for n in range(1, len(text) + 1)]
        for prefix in typed + typed[::-1]:  # narrowing, then widening again
            query = parse(prefix, today=dt.date(2026, 5, 10))
            got = [a.id for a in library.filtered(query, noted=NOTED)]
            assert got == plain_answer(ARTICLES, query), prefix


_letters = st.sampled_from([*"aeinrstdh -\"ßSÄ", "OR ", "is:read ", "(", ")"])


@settings(max_examples=60, deadline=None)
@given(st.lists(st.lists(_letters, max_size=12).map("".join), min_size=1, max_size=6))
def test_any_sequence_of_queries_gets_the_plain_answers(texts: list[str]) -> None:
    library = library_of(ARTICLES)
    for text in texts:
        for prefix in [text[:n] for n in range(len(text) + 1)]:
            query = parse(prefix)
            got = [a.id for a in library.filtered(query, noted=NOTED)]
            assert got == plain_answer(ARTICLES, query), prefix


@pytest.mark.parametrize(("new", "old", "expected"), [
    ("trade", "trad", True),
    ("trad", "trade", False),
    ("trade harbour", "trade", True),
    ("trade harbour", "harb", True),
    ("trade", "trade harbour", False),
    ("-rain", "-ra", False),  # fewer articles lack "ra" than lack "rain"
    ("-ra", "-rain", True),
    ('"the harbour"', "harb", True),
    ('"the harbour at"', '"the harbour"', True),
    ("(rain OR grain) x", "rain OR grain", True),
    ("rain OR grain x", "rain OR grain", True),  # rain OR (grain AND x)
    ("rain OR wheats", "rain OR wheat", True),
    ("rain OR wheat", "rain OR wheats", False),
    ("rain OR wheat", "rain", False),
    ("rain OR grain", "rain", True),  # whatever holds "grain" holds "rain"
    ("rain", "rain OR wheat", True),
    ("-(rain OR grain)", "-rain", True),  # lacking both lacks each
    ("is:unread trade", "is:unread", True),
    ("is:read trade", "is:unread", False),
    ("source:coast daily", "source:coa", True),
    ("source:coast", "coast", False),  # another field
    ("TRADE", "trade", True),
    ("trade", "", True),
])
def test_narrows(new: str, old: str, expected: bool) -> None:
    assert narrows(query_key(parse(new)), query_key(parse(old))) is expected


def test_texts_are_folded_once(monkeypatch: pytest.MonkeyPatch) -> None:
    folds: list[str] = []
    original = article_filter_module.FoldedArticle.of.__func__  # type: ignore[attr-defined]

    def counting(cls: type, article: Article) -> article_filter_module.FoldedArticle:
        folds.append(article.id)
        result: article_filter_module.FoldedArticle = original(cls, article)
        return result

    monkeypatch.setattr(article_filter_module.FoldedArticle, "of", classmethod(counting))
    library = library_of(ARTICLES)
    for prefix in ["t", "tr", "tra", "trad", "trade", "trad", "tra", "x", ""]:
        library.filtered(prefix)
    assert sorted(folds) == sorted(a.id for a in ARTICLES)  # each once
    library.mark_read("a0")  # a change drops kept answers, not the folded texts
    library.filtered("harbour")
    assert len(folds) == len(ARTICLES)


def test_a_change_of_marks_or_notes_gives_a_fresh_answer() -> None:
    library = library_of(ARTICLES)
    assert [a.id for a in library.filtered("is:unread")] == ["a0", "a2", "a4"]
    library.mark_read("a0")
    assert [a.id for a in library.filtered("is:unread")] == ["a2", "a4"]
    assert [a.id for a in library.filtered("is:noted", noted=frozenset({"a4"}))] == ["a4"]
    assert [a.id for a in library.filtered("is:noted", noted=NOTED)] == ["a2"]


def test_a_new_version_of_an_article_is_folded_again() -> None:
    library = library_of(ARTICLES)
    assert [a.id for a in library.filtered("ferries")] == ["a0"]
    library.replace([_article(0, "Harbour trade resumes", "Buses left at dawn.")])
    assert [a.id for a in library.filtered("ferries")] == []
    assert [a.id for a in library.filtered("buses")] == ["a0"]


def test_narrowing_tries_only_the_earlier_answer() -> None:
    answers: list[int] = []  # articles folded
    asked: list[int] = []  # how many articles each query was tried on

    class Counting(ArticleFilter):
        def folded(self, article: Article) -> article_filter_module.FoldedArticle:
            answers.append(1)
            return super().folded(article)

        def _match(self, query: Query, states: States,
                   candidates: list[article_filter_module.FoldedArticle],
                   narrowed: Key | None) -> list[article_filter_module.FoldedArticle]:
            asked.append(len(candidates))
            return super()._match(query, states, candidates, narrowed)

    states = States(READ, STARRED, NOTED)
    counting = Counting()

    def ask(text: str, version: int = 1) -> list[str]:
        got = [a.id for a in counting.filter(ARTICLES, parse(text), states, version)]
        assert got == plain_answer(ARTICLES, parse(text))
        return got

    for texts in (("tra", "trade"), ("tra OR zzz", "trade OR zzz")):  # plain; not plain
        answers.clear()
        wide = ask(texts[0])
        assert len(answers) == len(ARTICLES)  # every article folded (once) for this version
        answers.clear()
        asked.clear()
        narrow = ask(texts[1])
        assert answers == []  # nothing folded again
        assert asked == [len(wide)] and len(wide) < len(ARTICLES)  # only what matched before
        assert len(narrow) < len(wide)
        asked.clear()
        ask(texts[0])
        assert asked == []  # kept
        ask(texts[0], version=2)
        assert asked == [len(ARTICLES)]  # another library version: asked afresh


@pytest.mark.parametrize(("new", "old", "left"), [
    ("trade harbour g", "trade harbour", ["g"]),  # typing on: only the new word
    ("trade harbour gr", "trade harbour g", ["gr"]),
    ("trade harbour", "trad harb", ["trade", "harbour"]),  # longer words: both again
    ("harbour trade", "trade", ["harbour"]),  # in any order
    ("trade -rain x", "trade -rain", ["x"]),  # a negated part held to as well
    ("trade -ra", "trade -rain", ["-ra"]),  # lacking "rain" is not lacking "ra"
    ("trade harbour", None, ["trade", "harbour"]),  # no earlier answer: every word
])
def test_only_the_parts_an_earlier_answer_does_not_hold_to_are_checked(
        new: str, old: str | None, left: list[str]) -> None:
    parts = plain_parts(parse(new))
    assert parts is not None
    narrowed = None if old is None else query_key(parse(old))
    if narrowed is not None:
        assert narrows(query_key(parse(new)), narrowed)
    kept = still_to_check(parts, narrowed)
    assert [("-" if negated else "") + " ".join(words) for _, words, negated in kept] == left


@pytest.mark.parametrize(("text", "plain"), [
    ("trade harbour -rain", True), ("TRADE", True), ("...", True), ("-kenya,", True),
    ('"the harbour"', False), ("rain OR grain", False),
    ("source:coast", False), ("is:unread trade", False), ("-(rain grain)", False),
    ("(rain grain) -(x)", True),  # parentheses around words side by side are no matter
    ("İstanbul", False),  # folds into two runs: the whole text is read
])
def test_plain_queries_skip_the_matcher(monkeypatch: pytest.MonkeyPatch, text: str,
                                        plain: bool) -> None:
    compiled: list[str] = []
    compile_query = Query.matcher

    def counting(query: Query) -> Callable[[Target], bool]:
        compiled.append(query.text)
        return compile_query(query)

    monkeypatch.setattr(Query, "matcher", counting)
    library = library_of(ARTICLES)
    query = parse(text)
    assert [a.id for a in library.filtered(query, noted=NOTED)] == plain_answer(ARTICLES, query)
    assert (plain_parts(query) is not None) is plain
    assert compiled == ([] if plain else [text])


def test_plain_words_never_unpack_the_whole_text(monkeypatch: pytest.MonkeyPatch) -> None:
    """Words are looked up in the articles' distinct words; only a phrase reads texts."""
    whole: list[str] = []
    field_text = article_filter_module.FoldedArticle.field_text

    def counting(self: article_filter_module.FoldedArticle, name: str | None) -> str:
        if name is None:
            whole.append(self.article.id)
        return field_text(self, name)

    monkeypatch.setattr(article_filter_module.FoldedArticle, "field_text", counting)
    library = library_of(ARTICLES)
    for prefix in ["t", "tr", "tra", "trade h", "-rain", "grain OR harbour"]:
        library.filtered(prefix)
    assert whole == []
    library.filtered('"the harbour"')
    assert whole  # a phrase does


def test_the_articles_are_listed_once_a_library_version(monkeypatch: pytest.MonkeyPatch) -> None:
    library = library_of(ARTICLES)
    listed: list[int] = []
    iterate = Library.__iter__

    def counting(self: Library) -> Iterator[Article]:
        listed.append(1)
        return iterate(self)

    monkeypatch.setattr(Library, "__iter__", counting)
    for prefix in ["t", "tr", "tra", "tr", ""]:
        library.filtered(prefix)
    assert len(listed) == 1  # not once a key
    library.add(Batch([_article(9, "Trains run late", "The trains were late.")]))
    assert [a.id for a in library.filtered("trai")] == ["a9"]  # a new version, listed anew
    assert len(listed) == 2
