"""The cross-article index: terms, incremental updates, changed and deleted articles."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from reader.analysis import Analysis, Entity, Quote, analyze
from reader.articles import Article, article_from_text
from reader.library.index import SearchIndex
from reader.library.query_parser import Query, parse

TODAY = dt.date(2026, 5, 20)


def q(text: str) -> Query:
    query = parse(text, today=TODAY)
    assert isinstance(query, Query), query
    return query


def article(text: str, *, path: Path | None = None, source: str | None = None,
            date: dt.date | None = None) -> Article:
    base = article_from_text(text, path=path)
    return Article(id=base.id, title=base.title, text=base.text,
                   content_hash=base.content_hash, body_start=base.body_start,
                   body_end=base.body_end, source=source, date=date, path=path)


ROE_TEXT = ("Harbour talks resume\n\nForeign Minister Jane Roe met Tomas Vark in Oslo. "
            "\"We are far apart,\" Roe said. North Korea was not discussed.\n")
CLINTON_TEXT = ("Clintons tour the valley\n\nBill Clinton and Hillary Clinton toured the "
                "valley farms. \"The harvest is late,\" Bill Clinton said. The Grain Board "
                "said \"prices will hold.\" Pyongyang sent nobody.\n")
PLAIN_TEXT = "Weather turns\n\nRain fell on the coast all week and the ferries waited.\n"


@pytest.fixture
def index() -> SearchIndex:
    idx = SearchIndex()
    idx.sync([article(ROE_TEXT, source="Harbour Post", date=dt.date(2026, 5, 18)),
              article(CLINTON_TEXT, source="Valley News", date=dt.date(2026, 4, 2)),
              article(PLAIN_TEXT, source="Harbour Post")],
             lambda a: analyze(a.text))
    return idx


def titles(index: SearchIndex, text: str) -> list[str]:
    return [a.title for a in index.search(q(text))]


def test_terms(index: SearchIndex) -> None:
    assert titles(index, "person:roe") == ["Harbour talks resume"]
    assert titles(index, 'person:"Jane Roe"') == ["Harbour talks resume"]
    assert titles(index, 'person:"John Roe"') == []
    assert titles(index, "person:clinton") == ["Clintons tour the valley"]
    assert titles(index, 'said-by:"Bill Clinton"') == ["Clintons tour the valley"]
    assert titles(index, 'said-by:"Hillary Clinton"') == []
    assert titles(index, "said-by:roe") == ["Harbour talks resume"]
    assert titles(index, 'said-by:"Grain Board"') == ["Clintons tour the valley"]
    assert titles(index, "country:KP") == ["Harbour talks resume", "Clintons tour the valley"]
    assert titles(index, 'country:"North Korea"') == titles(index, "country:kp")
    assert titles(index, 'org:"grain board"') == ["Clintons tour the valley"]
    assert titles(index, "org:grain") == ["Clintons tour the valley"]
    assert titles(index, "source:harbour") == ["Harbour talks resume", "Weather turns"]
    assert titles(index, "ferries") == ["Weather turns"]
    assert titles(index, "ferr*") == ["Weather turns"]
    assert titles(index, '"far apart"') == ["Harbour talks resume"]
    assert titles(index, '"apart far"') == []
    assert titles(index, "since:7d") == ["Harbour talks resume"]
    assert titles(index, "until:2026-04-30") == ["Clintons tour the valley"]
    assert titles(index, "date:2026-04") == ["Clintons tour the valley"]
    assert titles(index, "-country:kp") == ["Weather turns"]
    assert titles(index, "ferries OR person:roe") == ["Harbour talks resume", "Weather turns"]
    assert titles(index, "(ferries OR person:roe) -source:post") == []
    assert titles(index, "!!!") == []


class States:
    def read_ids(self) -> set[str]:
        return self.read

    def bookmarked_ids(self) -> set[str]:
        return self.bookmarked

    def noted_ids(self) -> set[str]:
        return set()

    def __init__(self, read: set[str], bookmarked: set[str]) -> None:
        self.read, self.bookmarked = read, bookmarked


def test_states(index: SearchIndex) -> None:
    roe = index.search(q("person:roe"))[0].id
    states = States(read={roe}, bookmarked={roe})
    assert [a.id for a in index.search(q("is:read"), states)] == [roe]
    assert roe not in {a.id for a in index.search(q("is:unread"), states)}
    assert len(index.search(q("is:unread"), states)) == 2
    assert [a.id for a in index.search(q("is:bookmarked"), states)] == [roe]
    assert index.search(q("is:noted"), states) == []


def test_people_quotes_and_co_occurrence(index: SearchIndex) -> None:
    people = {e.id: e for e in index.entities("person")}
    assert {"person:jane-roe", "person:bill-clinton", "person:hillary-clinton",
            "person:tomas-vark"} <= set(people)
    roe = people["person:jane-roe"]
    assert (roe.name, roe.role, roe.articles, roe.quotes) == ("Jane Roe", "Foreign Minister",
                                                              1, 1)
    assert roe.mentions >= 2
    said = index.quotes(speaker_ids=["person:jane-roe"])
    assert [s.text for s in said] == ['"We are far apart,"']
    assert ROE_TEXT[said[0].start:said[0].end] == said[0].text
    countries = index.co_occurring("person:jane-roe", "country")
    assert ("country:kp", "North Korea", 1) in countries


def make_analysis(text: str, names: list[str], speaker: str | None = None) -> Analysis:
    entities = []
    for name in names:
        at = text.index(name)
        entities.append(Entity(id="person:" + name.lower().replace(" ", "-"), kind="person",
                               name=name, mentions=[(at, at + len(name))]))
    quotes = []
    if speaker is not None:
        start = text.index('"')
        end = text.index('"', start + 1) + 1
        quotes.append(Quote(start=start, end=end, text=text[start:end],
                            speaker="person:" + speaker.lower().replace(" ", "-")))
    return Analysis(text=text, entities=entities, quotes=quotes)


def fake_analyse(a: Article) -> Analysis:
    names = [n for n in ("Jane Roe", "Ada Vos", "Roe") if n in a.text]
    if "Jane Roe" in names and "Roe" in names:
        names.remove("Roe")
    return make_analysis(a.text, names, names[0] if '"' in a.text and names else None)


def test_incremental_changed_and_deleted(tmp_path: Path) -> None:
    folder = tmp_path / "news"
    folder.mkdir()
    one, two = folder / "one.txt", folder / "two.txt"
    one.write_text('One\n\nJane Roe spoke. "Fine," she said.\n', encoding="utf-8")
    two.write_text("Two\n\nAda Vos walked.\n", encoding="utf-8")
    idx = SearchIndex(tmp_path / "cache" / "index.sqlite3")

    def load() -> list[Article]:
        return [article(p.read_text(encoding="utf-8"), path=p)
                for p in sorted(folder.glob("*.txt"))]

    calls: list[str] = []

    def analyse(a: Article) -> Analysis:
        calls.append(a.title)
        return fake_analyse(a)

    assert idx.sync(load(), analyse) == 2
    assert idx.sync(load(), analyse) == 0  # nothing changed: nothing analysed again
    assert calls == ["One", "Two"]
    assert titles(idx, "person:roe") == ["One"]
    assert titles(idx, "said-by:roe") == ["One"]

    # A changed file: a new id for the same path replaces the old article.
    two.write_text('Two\n\nJane Roe came too. "Yes," Roe said.\n', encoding="utf-8")
    assert idx.sync(load(), analyse) == 1
    assert calls[-1] == "Two"
    assert len(idx) == 2
    assert titles(idx, "person:roe") == ["One", "Two"]
    assert titles(idx, "person:vos") == []
    assert titles(idx, "walked") == []

    # A deleted file goes; the index survives reopening.
    one.unlink()
    idx.close()
    idx = SearchIndex(tmp_path / "cache" / "index.sqlite3")
    assert len(idx) == 2
    assert idx.prune_missing_files() == 1
    assert titles(idx, "person:roe") == ["Two"]
    assert idx.sync(load(), analyse, prune=True) == 0
    assert [e.id for e in idx.entities("person")] == ["person:jane-roe"]


def test_prune_removes_articles_no_longer_in_the_library() -> None:
    idx = SearchIndex()
    a, b = article(ROE_TEXT), article(PLAIN_TEXT)
    idx.sync([a, b], fake_analyse)
    idx.sync([b], fake_analyse, prune=True)
    assert idx.all_ids() == {b.id}
    assert idx.entities() == []


def test_new_analyser_version_reindexes(tmp_path: Path) -> None:
    path = tmp_path / "index.sqlite3"
    arts = [article(ROE_TEXT)]
    SearchIndex(path, analyser_version="1").sync(arts, fake_analyse)
    assert SearchIndex(path, analyser_version="1").sync(arts, fake_analyse) == 0
    assert SearchIndex(path, analyser_version="2").sync(arts, fake_analyse) == 1


def test_a_damaged_index_file_is_rebuilt(tmp_path: Path) -> None:
    path = tmp_path / "index.sqlite3"
    path.write_bytes(b"this is not a database" * 100)
    idx = SearchIndex(path)
    assert idx.sync([article(ROE_TEXT)], fake_analyse) == 1
    assert titles(idx, "person:roe") == ["Harbour talks resume"]


def test_local_ids_map_to_library_ids() -> None:
    idx = SearchIndex()
    a = article(ROE_TEXT)
    idx.add(a, make_analysis(a.text, ["Jane Roe"]))
    assert idx.library_id(a.id, "person:jane-roe") == "person:jane-roe"
    assert idx.library_id(a.id, "person:nobody") is None


def test_an_article_whose_analysis_fails_is_left_out_with_on_error() -> None:
    idx = SearchIndex()
    good, bad = article(ROE_TEXT), article(PLAIN_TEXT)

    def analyse(a: Article) -> Analysis:
        if a.id == bad.id:
            raise RuntimeError("broken")
        return fake_analyse(a)

    failed: list[str] = []
    assert idx.sync([good, bad], analyse, on_error=lambda a, e: failed.append(a.id)) == 1
    assert failed == [bad.id] and idx.all_ids() == {good.id}
    with pytest.raises(RuntimeError):
        SearchIndex().sync([bad], analyse)


def test_feed_and_url_of_feed_items() -> None:
    base = article(PLAIN_TEXT)
    item = Article(id="feed-item-1", title=base.title, text=base.text,
                   content_hash=base.content_hash, body_start=base.body_start,
                   body_end=base.body_end, url="https://news.example/rain",
                   feed="https://news.example/world.xml")
    idx = SearchIndex()
    idx.sync([item, article(ROE_TEXT)], fake_analyse)
    assert [a.id for a in idx.search(q("feed:news.example"))] == ["feed-item-1"]
    assert idx.search(q("feed:news.example"))[0].url == "https://news.example/rain"
    assert idx.search(q("feed:elsewhere")) == []


def test_feed_and_tag_terms_read_the_subscriptions_titles_and_tags() -> None:
    from dataclasses import replace

    from reader.library.index import FeedFacts, SetStates

    gazette, ledger = "http://127.0.0.1/gazette.xml", "http://127.0.0.1/ledger/rss"
    idx = SearchIndex()
    items = [replace(article(ROE_TEXT), feed=gazette),
             replace(article(CLINTON_TEXT), feed=ledger),
             article(PLAIN_TEXT, source="Harbour Post")]
    idx.sync(items, lambda a: analyze(a.text))
    states = SetStates(feed_facts=(
        FeedFacts(gazette, "Harbour  Gazette", ("World", "Daily")),
        FeedFacts(ledger, "Valley Ledger", ("farming",))))

    def found(text: str, with_states: SetStates | None = states) -> list[str]:
        return sorted(a.title for a in idx.search(q(text), with_states))

    assert found("tag:world") == ["Harbour talks resume"]
    assert found("tag:FARMING") == ["Clintons tour the valley"]
    assert found("tag:wor") == []  # a tag is a whole name
    assert found("-tag:world") == ["Clintons tour the valley", "Weather turns"]
    assert found("feed:gazette") == ["Harbour talks resume"]  # by title, any case
    assert found('feed:"harbour gazette"') == ["Harbour talks resume"]
    assert found("feed:ledge") == ["Clintons tour the valley"]  # a substring, as source:
    assert found("feed:rss") == ["Clintons tour the valley"]  # the URL still counts
    assert found("feed:post") == []  # a source is not a feed
    assert found("tag:world", None) == [] and found("feed:valley", None) == []


def test_a_large_article_is_indexed_with_pauses_and_every_quote(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Between two slices of a large article's rows the worker pauses (the UI thread gets
    the interpreter lock); the slices together are every quote, once."""
    from reader.library import index as index_module

    monkeypatch.setattr(index_module, "PAUSE_EVERY", 3)
    paragraph = "\"We sail at dawn,\" Jane Roe said. "
    text = "Harbour notes\n\n" + "\n\n".join(paragraph for _ in range(10))
    one = article(text)
    analysis = analyze(one.text)
    assert len(analysis.quotes) == 10
    idx, pauses = SearchIndex(), []
    idx.sync([one], lambda a: analysis, between=lambda: pauses.append(1))
    assert len(pauses) == 1 + 3  # after the article, and between its 4 slices of quotes
    stored = idx.quotes()
    assert sorted((s.start, s.end) for s in stored) == sorted(
        (q.start, q.end) for q in analysis.quotes)


def test_each_data_folder_has_its_own_index_file(tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    from reader.library.index import LEGACY_INDEX_FILE, index_file, open_index

    cache, first, other = tmp_path / "cache", tmp_path / "first", tmp_path / "other"
    first.mkdir()
    other.mkdir()
    (tmp_path / "link").symlink_to(first)
    monkeypatch.chdir(tmp_path)
    assert index_file(cache, first) != index_file(cache, other)
    # The same folder however it is named: relative, through a link.
    assert index_file(cache, Path("first")) == index_file(cache, first)
    assert index_file(cache, tmp_path / "link") == index_file(cache, first)

    cache.mkdir()
    (cache / LEGACY_INDEX_FILE).write_bytes(b"the index every folder shared")
    with open_index(cache, first) as idx:
        idx.sync([article(ROE_TEXT)], fake_analyse)
    with open_index(cache, other) as idx:
        assert idx.all_ids() == set()
    with open_index(cache, first) as idx:
        assert titles(idx, "person:roe") == ["Harbour talks resume"]
    assert not (cache / LEGACY_INDEX_FILE).exists()
