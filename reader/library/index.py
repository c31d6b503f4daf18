"""The cross-article index: who is named and quoted where, and the words of every article.

SQLite with FTS5, in a file of its own in the cache folder, one per data folder
(`index/<key>.sqlite3`, the key a hash of the data folder's resolved path, so a search
with another `--data-dir` never prunes this folder's feed items): it is derived data,
rebuilt from the articles and their analyses whenever it is missing, out of date
(schema or analyser version) or unreadable, so it is safe to delete and never holds
anything the user wrote. Keeping it apart from the library database means a rebuild
never touches read state, and a damaged index costs nothing.

Incremental: an article is (re)indexed when its id is new, its content hash changed,
or it was analysed by another analyser version; an article whose file now holds another
text (a new id for the same path) replaces the old one; `prune` removes articles that
are gone (`prune_missing_files`: files; `prune_feed_items`: items no longer stored). One
writer: every call takes the index's lock, and the analysis of an article runs outside
it, so a search waits at most for one small batch of inserts.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import sqlite3
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from reader.analysis.linking import (
    LinkedEntity,
    country_code,
    display_name,
    fold,
    link_article,
    name_words,
    organization_key,
    person_key,
    query_matches_person,
    usual,
)
from reader.analysis.source_labels import source_label
from reader.articles.sanitise import sanitise_line
from reader.library.query_eval import evaluate
from reader.library.query_parser import Query, Term

if TYPE_CHECKING:
    from reader.analysis import Analysis
    from reader.articles import Article

SCHEMA_VERSION = 3  # 3: articles.file_dated
INDEX_FOLDER = "index"  # in the cache folder: one index per data folder
LEGACY_INDEX_FILE = "index.sqlite3"  # the one index all data folders shared, before
BATCH = 25  # articles per transaction: searches in between see the index grow
PAUSE_EVERY = 512  # rows of one article between two of a worker's pauses (add_many): ~1 ms


def _source_words(text: str, source: tuple[int, int] | None) -> str | None:
    """A quote with no speaker entity is listed under its source's words, as the reading
    pane shows it ("a spokeswoman for the ministry"); None when they name nobody."""
    if source is None:
        return None
    return source_label(sanitise_line(text[source[0]:source[1]])) or None


@dataclass(frozen=True, slots=True)
class FeedFacts:
    """A subscription as `feed:` and `tag:` see it (read from the feeds tables at search
    time, so a renamed or re-tagged feed needs no re-indexing): its items are the indexed
    articles whose `feed` is `url`."""

    url: str
    title: str = ""
    tags: tuple[str, ...] = ()


class ArticleStates(Protocol):
    """The read, bookmarked and noted articles (from the library and the store), and the
    subscribed feeds."""

    def read_ids(self) -> set[str]: ...

    def bookmarked_ids(self) -> set[str]: ...

    def noted_ids(self) -> set[str]: ...

    def feeds(self) -> Sequence[FeedFacts]: ...


@dataclass(frozen=True, slots=True)
class IndexedArticle:
    """What the index keeps of an article besides its words and entities."""

    id: str
    title: str
    source: str | None
    feed: str | None
    url: str | None
    path: str | None
    date: str | None  # ISO date
    file_dated: bool = False  # the date is the file's modification date (the text gave none)

    @property
    def date_label(self) -> str | None:
        """The date as the list shows it: "2020-05-17 (file)" for a file's own date."""
        if self.date is None:
            return None
        return f"{self.date} (file)" if self.file_dated else self.date

    @property
    def published(self) -> str | None:
        """The article's own date, for exports: a file's modification date is not one."""
        return None if self.file_dated else self.date


@dataclass(frozen=True, slots=True)
class EntitySummary:
    """One library entity: how many articles name it, how often, how often it speaks."""

    id: str
    kind: str
    name: str
    role: str | None
    articles: int
    mentions: int
    quotes: int
    code: str | None = None
    resolved: bool = True


@dataclass(frozen=True, slots=True)
class IndexedQuote:
    """A quote as indexed, with its library speaker and its article."""

    article: IndexedArticle
    start: int
    end: int
    text: str
    speaker_id: str | None
    speaker: str | None  # the speaker's name as that article gives it, else the source words
    cue: str | None


def _indexed_article(row: Sequence[object]) -> IndexedArticle:
    """An IndexedArticle from (article_id, title, source, feed, url, path, date, file_dated)."""
    article_id, title, source, feed, url, path, date, file_dated = row
    return IndexedArticle(str(article_id), str(title), _text_or_none(source),
                          _text_or_none(feed), _text_or_none(url), _text_or_none(path),
                          _text_or_none(date), file_dated=bool(file_dated))


def _text_or_none(value: object) -> str | None:
    return None if value is None else str(value)


def _article_fields(article: Article) -> tuple[str | None, str | None, tuple[str, ...]]:
    # Feed items carry their feed's URL and their page's URL; tags come from front matter
    # where a source gives them (an Article without the attribute has none).
    tags = getattr(article, "tags", ()) or ()
    return article.feed, article.url, tuple(str(t) for t in tags)


def _like(value: str) -> str:
    escaped = value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def fts_phrase(value: str) -> str | None:
    """An FTS5 query for the words of `value` as one phrase; "abc*" is a prefix; None: no words."""
    prefix = value.endswith("*")
    words = "".join(c if c.isalnum() else " " for c in value).split()
    if not words:
        return None
    phrase = '"' + " ".join(words) + '"'
    return phrase + " *" if prefix else phrase


class SearchIndex:
    """The index of one library. Every method may be called from any thread, one at a time."""

    def __init__(self, path: Path | str = ":memory:", *, analyser_version: str = "1") -> None:
        self.path = path
        self.analyser_version = analyser_version
        self._lock = threading.RLock()
        self._db = self._open(path)
        self._rowids: dict[str, int] | None = None  # article id -> rowid, until a write

    # -- opening --------------------------------------------------------------------

    def _open(self, path: Path | str) -> sqlite3.Connection:
        if isinstance(path, Path):
            path.parent.mkdir(parents=True, exist_ok=True)
        try:
            db = self._connect(path)
            if self._schema_of(db) != SCHEMA_VERSION:
                db.close()
                self._delete(path)
                db = self._connect(path)
        except sqlite3.DatabaseError:
            # Not a database, or damaged: the index is derived data, so start again.
            self._delete(path)
            db = self._connect(path)
        self._create(db)
        return db

    @staticmethod
    def _connect(path: Path | str) -> sqlite3.Connection:
        db = sqlite3.connect(str(path), check_same_thread=False, isolation_level=None)
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA synchronous=NORMAL")
        return db

    @staticmethod
    def _delete(path: Path | str) -> None:
        if isinstance(path, Path):
            for suffix in ("", "-wal", "-shm"):
                with contextlib.suppress(FileNotFoundError):
                    Path(str(path) + suffix).unlink()

    @staticmethod
    def _schema_of(db: sqlite3.Connection) -> int | None:
        row = db.execute("SELECT name FROM sqlite_master WHERE name='meta'").fetchone()
        if row is None:
            empty = db.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] == 0
            return SCHEMA_VERSION if empty else None
        got = db.execute("SELECT value FROM meta WHERE key='schema'").fetchone()
        return int(got[0]) if got and str(got[0]).isdigit() else None

    @staticmethod
    def _create(db: sqlite3.Connection) -> None:
        db.executescript(f"""
        CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT);
        INSERT OR IGNORE INTO meta VALUES ('schema', '{SCHEMA_VERSION}');
        CREATE TABLE IF NOT EXISTS articles(
            rowid INTEGER PRIMARY KEY, article_id TEXT UNIQUE NOT NULL,
            content_hash TEXT NOT NULL, analyser TEXT NOT NULL, title TEXT NOT NULL,
            source TEXT, feed TEXT, url TEXT, path TEXT, date TEXT, tags TEXT,
            file_dated INTEGER NOT NULL DEFAULT 0);
        CREATE INDEX IF NOT EXISTS articles_path ON articles(path);
        CREATE VIRTUAL TABLE IF NOT EXISTS article_words USING fts5(
            title, body, tokenize='unicode61 remove_diacritics 2');
        CREATE TABLE IF NOT EXISTS entities(
            article INTEGER NOT NULL, entity_id TEXT NOT NULL, kind TEXT NOT NULL,
            name TEXT NOT NULL, given TEXT, surname TEXT, code TEXT, role TEXT,
            mentions INTEGER NOT NULL, first_at INTEGER NOT NULL, resolved INTEGER NOT NULL,
            local_ids TEXT NOT NULL, PRIMARY KEY(entity_id, article)) WITHOUT ROWID;
        CREATE INDEX IF NOT EXISTS entities_article ON entities(article);
        CREATE INDEX IF NOT EXISTS entities_surname
            ON entities(kind, surname, given, entity_id);
        CREATE INDEX IF NOT EXISTS entities_given ON entities(kind, given, entity_id);
        CREATE TABLE IF NOT EXISTS quotes(
            article INTEGER NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL,
            text TEXT NOT NULL, speaker TEXT, speaker_name TEXT, cue TEXT);
        CREATE INDEX IF NOT EXISTS quotes_article ON quotes(article);
        CREATE INDEX IF NOT EXISTS quotes_speaker ON quotes(speaker);
        """)

    def close(self) -> None:
        with self._lock:
            self._db.close()

    def __enter__(self) -> SearchIndex:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- writing --------------------------------------------------------------------

    def needs_indexing(self, article: Article) -> bool:
        """Whether `article` is missing, changed or analysed by another analyser version."""
        with self._lock:
            row = self._db.execute(
                "SELECT content_hash, analyser FROM articles WHERE article_id=?",
                (article.id,)).fetchone()
        return row is None or row[0] != article.content_hash or row[1] != self.analyser_version

    def add(self, article: Article, analysis: Analysis) -> None:
        """Index one article (replacing what was indexed under its id or its path)."""
        self.add_many([(article, analysis)])

    def add_many(self, items: Sequence[tuple[Article, Analysis]],
                 pause: Callable[[], None] | None = None) -> None:
        """Index several articles in one transaction; `pause` (a worker's short sleep) is
        called every PAUSE_EVERY rows of a large article, so a UI thread waiting for the
        interpreter lock gets it at once."""
        # A large article's rows are made and dropped a slice at a time, so young
        # collections meanwhile stay small. (The collector is not paused here: a pause
        # holds collections off for every thread, and the first one after it walks all
        # that the UI made meanwhile, 30 ms with the interpreter lock held.)
        with self._lock, self._transaction():
            for article, analysis in items:
                self._insert(article, analysis, pause)
            self._rowids = None

    def _insert(self, article: Article, analysis: Analysis,
                pause: Callable[[], None] | None = None) -> None:
        db = self._db
        path = str(article.path) if article.path is not None else None
        old = db.execute("SELECT rowid FROM articles WHERE article_id=?", (article.id,)).fetchall()
        if path is not None:
            old += db.execute("SELECT rowid FROM articles WHERE path=? AND article_id<>?",
                              (path, article.id)).fetchall()
        for (rowid,) in old:
            self._delete_row(rowid)
        feed, url, tags = _article_fields(article)
        cur = db.execute(
            "INSERT INTO articles(article_id, content_hash, analyser, title, source, feed, "
            "url, path, date, tags, file_dated) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            (article.id, article.content_hash, self.analyser_version, article.title,
             article.source, feed, url, path,
             article.date.isoformat() if article.date else None,
             "\t" + "\t".join(fold(t) for t in tags) + "\t" if tags else None,
             int(bool(article.file_dated))))
        rowid = cur.lastrowid
        db.execute("INSERT INTO article_words(rowid, title, body) VALUES (?,?,?)",
                   (rowid, article.title, article.body))
        linked = link_article(analysis.entities)
        firsts = {e.id: (e.mentions[0][0] if e.mentions else 0) for e in analysis.entities}
        merged: dict[str, list[LinkedEntity]] = {}
        for ent in linked.values():
            merged.setdefault(ent.id, []).append(ent)
        rows = []
        for lib_id, parts in merged.items():
            head = max(parts, key=lambda p: (len(name_words(p.name)), p.mentions))
            key = person_key(head.name) if head.kind == "person" else ()
            rows.append((
                rowid, lib_id, head.kind, head.name,
                key[0] if len(key) == 2 else None, key[-1] if key else None,
                head.code, usual(p.role for p in parts), sum(p.mentions for p in parts),
                min(firsts.get(p.local_id, 0) for p in parts),
                int(any(p.resolved for p in parts)),
                "\t".join(p.local_id for p in parts)))
        db.executemany("INSERT INTO entities VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", rows)
        quotes = analysis.quotes
        for first in range(0, len(quotes), PAUSE_EVERY):
            if first and pause is not None:
                pause()
            db.executemany(
                "INSERT INTO quotes VALUES (?,?,?,?,?,?,?)",
                [(rowid, q.start, q.end, q.text,
                  linked[q.speaker].id if q.speaker in linked else None,
                  linked[q.speaker].name if q.speaker in linked else _source_words(
                      analysis.text, q.source), q.cue)
                 for q in quotes[first:first + PAUSE_EVERY]])

    def _delete_row(self, rowid: int) -> None:
        db = self._db
        db.execute("DELETE FROM articles WHERE rowid=?", (rowid,))
        db.execute("DELETE FROM article_words WHERE rowid=?", (rowid,))
        db.execute("DELETE FROM entities WHERE article=?", (rowid,))
        db.execute("DELETE FROM quotes WHERE article=?", (rowid,))

    def remove(self, article_ids: Iterable[str]) -> int:
        """Remove the given articles; returns how many were indexed."""
        removed = 0
        with self._lock, self._transaction():
            for article_id in article_ids:
                for (rowid,) in self._db.execute(
                        "SELECT rowid FROM articles WHERE article_id=?", (article_id,)).fetchall():
                    self._delete_row(rowid)
                    removed += 1
            self._rowids = None
        return removed

    def prune(self, keep: Iterable[str]) -> int:
        """Remove every article whose id is not in `keep`; returns how many went."""
        keep_set = set(keep)
        return self.remove(self.all_ids() - keep_set)

    def prune_feed_items(self, keep: Iterable[str]) -> int:
        """Remove the feed items whose id is not in `keep` (the items the feeds tables
        hold now): those of a feed unsubscribed, or dropped as too old, leave search, the
        people and their quotes with it. Returns how many went."""
        keep_set = set(keep)
        with self._lock:
            rows = self._db.execute(
                "SELECT article_id FROM articles WHERE feed IS NOT NULL").fetchall()
        return self.remove(a for (a,) in rows if a not in keep_set)

    def prune_missing_files(self) -> int:
        """Remove articles read from files that no longer exist."""
        with self._lock:
            rows = self._db.execute(
                "SELECT article_id, path FROM articles WHERE path IS NOT NULL").fetchall()
        return self.remove(a for a, p in rows if not Path(p).exists())

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[None]:
        self._db.execute("BEGIN")
        try:
            yield
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        self._db.execute("COMMIT")

    def sync(self, articles: Iterable[Article], analyse: Callable[[Article], Analysis], *,
             prune: bool = False,
             progress: Callable[[int, int], None] | None = None,
             cancelled: Callable[[], bool] | None = None,
             between: Callable[[], None] | None = None,
             on_error: Callable[[Article, Exception], None] | None = None) -> int:
        """Index every article that needs it; returns how many were (re)indexed.

        `analyse` runs outside the lock (it is the slow part); inserts go in batches.
        `progress(done, total)` is called after each batch; `cancelled()` stops early;
        `between()` runs after each article (the app sleeps a moment there, so its UI
        thread gets the interpreter lock at once when a key comes). With `on_error`, an
        article whose analysis raises is handed to it and left out; without, it raises.
        """
        articles = list(articles)
        todo = [a for a in articles if self.needs_indexing(a)]
        if prune:
            self.prune(a.id for a in articles)
        total, done = len(todo), 0
        batch: list[tuple[Article, Analysis]] = []
        if progress is not None:
            progress(0, total)
        for article in todo:
            if cancelled is not None and cancelled():
                break
            try:
                batch.append((article, analyse(article)))
            except Exception as exc:
                if on_error is None:
                    raise
                on_error(article, exc)
            if between is not None:
                between()
            if len(batch) >= BATCH:
                self.add_many(batch, between)
                done += len(batch)
                batch = []
                if progress is not None:
                    progress(done, total)
        if batch:
            self.add_many(batch, between)
            done += len(batch)
            if progress is not None:
                progress(done, total)
        return done

    # -- reading --------------------------------------------------------------------

    def all_ids(self) -> set[str]:
        return set(self.rowids())

    def content_hashes(self) -> dict[str, str]:
        """Article id -> content hash of every article indexed by this analyser version
        (what `needs_indexing` compares, for all articles in one query)."""
        with self._lock:
            return dict(self._db.execute(
                "SELECT article_id, content_hash FROM articles WHERE analyser=?",
                (self.analyser_version,)).fetchall())

    def rowids(self) -> dict[str, int]:
        """Article id -> rowid of every indexed article (kept until the next write)."""
        with self._lock:
            if self._rowids is None:
                self._rowids = dict(self._db.execute("SELECT article_id, rowid FROM articles"))
            return self._rowids

    def __len__(self) -> int:
        with self._lock:
            return int(self._db.execute("SELECT count(*) FROM articles").fetchone()[0])

    def search(self, query: Query, states: ArticleStates | None = None,
               scope: set[str] | None = None) -> list[IndexedArticle]:
        """The indexed articles the query matches, newest first."""
        ids = self.search_ids(query, states)
        if scope is not None:
            ids &= scope
        return self.articles(ids)

    def search_ids(self, query: Query, states: ArticleStates | None = None) -> set[str]:
        """The ids of the indexed articles the query matches."""
        with self._lock:
            # Terms are answered with rowids (no join to the articles table per term);
            # only the result is turned into article ids.
            rows = evaluate(query, _TermSets(self, states))
            if not rows:
                return set()
            ids = self.rowids()
            if len(rows) * 4 < len(ids):
                return self._article_ids(rows)
            return {a for a, r in ids.items() if r in rows}

    def _article_ids(self, rows: set[int]) -> set[str]:
        out: set[str] = set()
        wanted = list(rows)
        for at in range(0, len(wanted), 500):
            chunk = wanted[at:at + 500]
            out |= {r[0] for r in self._db.execute(
                f"SELECT article_id FROM articles WHERE rowid IN ({','.join('?' * len(chunk))})",
                chunk)}
        return out

    def articles(self, ids: Iterable[str]) -> list[IndexedArticle]:
        """The indexed articles with these ids, newest first (undated last)."""
        wanted = list(ids)
        out: list[IndexedArticle] = []
        with self._lock:
            for chunk_start in range(0, len(wanted), 500):
                chunk = wanted[chunk_start:chunk_start + 500]
                marks = ",".join("?" * len(chunk))
                out += [_indexed_article(row) for row in self._db.execute(
                    "SELECT article_id, title, source, feed, url, path, date, file_dated "
                    f"FROM articles WHERE article_id IN ({marks})", chunk)]
        out.sort(key=lambda a: a.title.casefold())
        out.sort(key=lambda a: a.date or "", reverse=True)
        return out

    def person_ids(self, name: str) -> set[str]:
        """The library ids of the people `person:NAME` names."""
        words = [w for w in fold(name).replace(".", " ").split() if w]
        if not words:
            return set()
        last = name_words(name)[-1] if name_words(name) else words[-1]
        with self._lock:
            rows = self._db.execute(
                "SELECT DISTINCT entity_id, given, surname FROM entities "
                "WHERE kind='person' AND surname=?", (last,)).fetchall()
        found = {eid for eid, given, surname in rows
                 if query_matches_person(name, (given, surname) if given else (surname,))}
        if not found and len(name_words(name)) == 1:
            # One word that is nobody's surname: a given name ("Kim" of "Kim Jong Un").
            with self._lock:
                found = {r[0] for r in self._db.execute(
                    "SELECT DISTINCT entity_id FROM entities WHERE kind='person' AND given=?",
                    (last,))}
        return found

    def speaker_ids(self, name: str) -> set[str]:
        """The library ids `said-by:NAME` names: people, and organisations or countries."""
        ids = self.person_ids(name)
        key = organization_key(name)
        code = country_code(name)
        with self._lock:
            if key:
                ids |= {r[0] for r in self._db.execute(
                    "SELECT DISTINCT speaker FROM quotes WHERE speaker=?",
                    ("organization:" + key,))}
            if code and len(name) > 2:
                ids.add("country:" + code.lower())
        return ids

    def organization_ids(self, name: str) -> set[str]:
        """Organisations whose normalised name is `name` or holds it as whole words."""
        key = organization_key(name)
        if not key:
            return set()
        with self._lock:
            rows = self._db.execute(
                "SELECT DISTINCT entity_id FROM entities WHERE kind='organization' "
                "AND entity_id LIKE ? ESCAPE '\\'", (_like(key),)).fetchall()
        return {eid for (eid,) in rows
                if f"-{key}-" in "-" + eid.removeprefix("organization:") + "-"}

    def entities(self, kind: str | None = None) -> list[EntitySummary]:
        """Every library entity (of `kind`), most articles first."""
        where = "WHERE e.kind=?" if kind else ""
        args: tuple[str, ...] = (kind,) if kind else ()
        with self._lock:
            rows = self._db.execute(
                "SELECT e.entity_id, e.kind, count(*), sum(e.mentions), max(e.resolved), "
                "max(e.code), group_concat(e.name, char(9)), group_concat(e.role, char(9)) "
                f"FROM entities e {where} GROUP BY e.entity_id", args).fetchall()
            quotes = dict(self._db.execute(
                "SELECT speaker, count(*) FROM quotes WHERE speaker IS NOT NULL "
                "GROUP BY speaker").fetchall())
        out = [EntitySummary(
            id=eid, kind=k, name=display_name((names or "").split("\t")),
            role=usual((roles or "").split("\t")), articles=n, mentions=int(m or 0),
            quotes=int(quotes.get(eid, 0)), code=code, resolved=bool(res))
            for eid, k, n, m, res, code, names, roles in rows]
        out.sort(key=lambda e: (-e.articles, -e.mentions, e.name.casefold()))
        return out

    def entity(self, entity_id: str) -> EntitySummary | None:
        for summary in self.entities_by_ids([entity_id]):
            return summary
        return None

    def entities_by_ids(self, ids: Sequence[str]) -> list[EntitySummary]:
        wanted = set(ids)
        kinds = {i.split(":", 1)[0] for i in wanted}
        out = []
        for kind in kinds:
            out += [e for e in self.entities(kind) if e.id in wanted]
        return out

    def quotes(self, speaker_ids: Iterable[str] | None = None,
               article_ids: Iterable[str] | None = None) -> list[IndexedQuote]:
        """Quotes by these speakers and/or in these articles, newest article first."""
        clauses, args = [], []
        if speaker_ids is not None:
            sp = list(speaker_ids)
            clauses.append(f"q.speaker IN ({','.join('?' * len(sp))})")
            args += sp
        if article_ids is not None:
            arts = list(article_ids)
            clauses.append(f"a.article_id IN ({','.join('?' * len(arts))})")
            args += arts
        where = ("WHERE " + " AND ".join(clauses)) if clauses else ""
        with self._lock:
            rows = self._db.execute(
                "SELECT a.article_id, a.title, a.source, a.feed, a.url, a.path, a.date, "
                "a.file_dated, q.start, q.end, q.text, q.speaker, q.speaker_name, q.cue "
                "FROM quotes q "
                f"JOIN articles a ON a.rowid=q.article {where} "
                "ORDER BY a.date IS NULL, a.date DESC, a.title, q.start", args).fetchall()
        return [IndexedQuote(_indexed_article(r[:8]), r[8], r[9], r[10], r[11], r[12], r[13])
                for r in rows]

    def articles_naming(self, entity_id: str) -> list[IndexedArticle]:
        with self._lock:
            ids = [r[0] for r in self._db.execute(
                "SELECT a.article_id FROM entities e JOIN articles a ON a.rowid=e.article "
                "WHERE e.entity_id=?", (entity_id,))]
        return self.articles(ids)

    def co_occurring(self, entity_id: str, kind: str,
                     limit: int = 20) -> list[tuple[str, str, int]]:
        """(id, name, shared articles) of the entities of `kind` named with `entity_id`."""
        with self._lock:
            rows = self._db.execute(
                "SELECT o.entity_id, group_concat(o.name, char(9)), count(*) FROM entities e "
                "JOIN entities o ON o.article=e.article AND o.entity_id<>e.entity_id "
                "WHERE e.entity_id=? AND o.kind=? GROUP BY o.entity_id "
                "ORDER BY count(*) DESC, o.entity_id LIMIT ?",
                (entity_id, kind, limit)).fetchall()
        return [(eid, display_name(names.split("\t")), n) for eid, names, n in rows]

    def library_id(self, article_id: str, local_id: str) -> str | None:
        """The library id of an entity of one article's analysis (for notes and screens)."""
        with self._lock:
            rows = self._db.execute(
                "SELECT e.entity_id, e.local_ids FROM entities e JOIN articles a "
                "ON a.rowid=e.article WHERE a.article_id=?", (article_id,)).fetchall()
        for eid, local_ids in rows:
            if local_id in local_ids.split("\t"):
                return str(eid)
        return None

    def local_ids(self, entity_id: str) -> set[str]:
        """The ids articles' analyses give the library entity (notes may carry any of them)."""
        with self._lock:
            rows = self._db.execute("SELECT local_ids FROM entities WHERE entity_id=?",
                                    (entity_id,)).fetchall()
        return {entity_id} | {i for (ids,) in rows for i in ids.split("\t") if i}

    # -- terms ----------------------------------------------------------------------

    def _ids(self, sql: str, args: Sequence[object]) -> set[int]:
        return {r[0] for r in self._db.execute(sql, args)}

    def items_of_feeds(self, feed_urls: Sequence[str]) -> set[int]:
        """The rowids of the indexed items of these feeds."""
        if not feed_urls:
            return set()
        return self._ids(f"SELECT rowid FROM articles WHERE feed IN "
                         f"({','.join('?' * len(feed_urls))})", list(feed_urls))

    def _with_entities(self, entity_ids: set[str]) -> set[int]:
        if not entity_ids:
            return set()
        ids = list(entity_ids)
        return self._ids("SELECT article FROM entities "
                         f"WHERE entity_id IN ({','.join('?' * len(ids))})", ids)

    def term_ids(self, term: Term) -> set[int]:
        """The rowids of the articles one term holds for (`is:` terms need ArticleStates)."""
        f, value = term.field, term.value
        if f == "text":
            phrase = fts_phrase(value)
            if phrase is None:
                return set()
            try:
                return self._ids("SELECT rowid FROM article_words WHERE article_words MATCH ?",
                                 (phrase,))
            except sqlite3.OperationalError:
                return set()
        if f == "person":
            return self._with_entities(self.person_ids(value))
        if f == "said-by":
            speakers = list(self.speaker_ids(value))
            if not speakers:
                return set()
            return self._ids("SELECT article FROM quotes "
                             f"WHERE speaker IN ({','.join('?' * len(speakers))})", speakers)
        if f == "country":
            code = value.upper() if len(value) == 2 and value.isalpha() else country_code(value)
            return self._with_entities({"country:" + code.lower()}) if code else set()
        if f == "org":
            return self._with_entities(self.organization_ids(value))
        if f in ("source", "feed"):
            return self._ids(f"SELECT rowid FROM articles WHERE {f} LIKE ? ESCAPE '\\'",
                             (_like(value),))
        if f == "tag":
            return self._ids("SELECT rowid FROM articles WHERE tags LIKE ? ESCAPE '\\'",
                             (_like("\t" + fold(value) + "\t"),))
        if f == "dates":
            clauses, args = ["date IS NOT NULL"], []
            if term.first is not None:
                clauses.append("date >= ?")
                args.append(term.first.isoformat())
            if term.last is not None:
                clauses.append("date <= ?")
                args.append(term.last.isoformat())
            return self._ids(f"SELECT rowid FROM articles WHERE {' AND '.join(clauses)}",
                             args)
        return set()


class _TermSets:
    """Terms answered with rowids; `is:` from the ArticleStates' article ids."""

    def __init__(self, index: SearchIndex, states: ArticleStates | None) -> None:
        self.index = index
        self.states = states

    def all_ids(self) -> set[int]:
        return set(self.index.rowids().values())

    def _rows(self, article_ids: set[str]) -> set[int]:
        rowids = self.index.rowids()
        return {rowids[a] for a in article_ids if a in rowids}

    def ids_for(self, term: Term) -> set[int]:
        if term.field in ("feed", "tag"):
            return self.index.term_ids(term) | self._feed_items(term)
        if term.field != "is":
            return self.index.term_ids(term)
        if self.states is None:
            return self.all_ids() if term.value == "unread" else set()
        if term.value == "read":
            return self._rows(self.states.read_ids())
        if term.value == "unread":
            return self.all_ids() - self._rows(self.states.read_ids())
        if term.value == "bookmarked":
            return self._rows(self.states.bookmarked_ids())
        return self._rows(self.states.noted_ids())

    def _feed_items(self, term: Term) -> set[int]:
        """feed:NAME also matches a feed's title (case-insensitive substring, as source:
        does), tag:NAME the items of the feeds tagged NAME (case-insensitive)."""
        if self.states is None:
            return set()
        if term.field == "tag":
            wanted = fold(term.value)
            urls = [f.url for f in self.states.feeds() if wanted in {fold(t) for t in f.tags}]
        else:
            needle = " ".join(term.value.casefold().split())
            urls = [f.url for f in self.states.feeds()
                    if needle and needle in " ".join(f.title.casefold().split())]
        return self.index.items_of_feeds(urls)


def index_file(cache_folder: Path, data_folder: Path) -> Path:
    """Where the index of the library of `data_folder` lives in `cache_folder`: each data
    folder has its own (its feed items, its read marks), keyed by its resolved path."""
    resolved = os.fsencode(data_folder.expanduser().resolve())
    return cache_folder / INDEX_FOLDER / f"{hashlib.sha256(resolved).hexdigest()[:20]}.sqlite3"


def open_index(cache_folder: Path, data_folder: Path,
               analyser_version: str = "1") -> SearchIndex:
    """The index of `data_folder`'s library, kept in `cache_folder` (created when missing;
    rebuilt when unusable). The one index earlier versions shared between all data
    folders is deleted: derived data that no version reads any more."""
    SearchIndex._delete(cache_folder / LEGACY_INDEX_FILE)
    return SearchIndex(index_file(cache_folder, data_folder),
                       analyser_version=analyser_version)


@dataclass(frozen=True, slots=True)
class SetStates:
    """ArticleStates from three sets of article ids (and the subscriptions)."""

    read: frozenset[str] = frozenset()
    bookmarked: frozenset[str] = frozenset()
    noted: frozenset[str] = frozenset()
    feed_facts: tuple[FeedFacts, ...] = ()

    def feeds(self) -> Sequence[FeedFacts]:
        return self.feed_facts

    def read_ids(self) -> set[str]:
        return set(self.read)

    def bookmarked_ids(self) -> set[str]:
        return set(self.bookmarked)

    def noted_ids(self) -> set[str]:
        return set(self.noted)
