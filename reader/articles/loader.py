"""Reading article files from disk: finding them, decoding, sanitising, metadata.

Each file is opened and read once; the work per file is a decode, one pass of the
sanitiser, a hash and a look at the head and tail of the text, so a folder of 10,000
articles lists in well under a second or two.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
from collections.abc import Iterable
from pathlib import Path

from slugify import slugify

from reader.articles.decoding import MAX_ARTICLE_BYTES, DecodingError, decode_article_bytes
from reader.articles.metadata import (
    DATE_WINDOW_CHARS,
    TITLE_MAX_CHARS,
    find_date,
    find_dateline_credit,
    find_headline,
    find_source_credit,
    parse_date,
    parse_front_matter,
    shorten,
)
from reader.articles.model import Article
from reader.articles.sanitise import sanitise_line, sanitise_text

ARTICLE_SUFFIXES = (".txt", ".md")
# Characters of the content hash in an article id: with the title's slug in front, a
# clash needs two same-titled articles whose hashes agree here.
ID_HASH_CHARS = 8
SLUG_MAX_CHARS = 60
_SLUG_REPLACEMENTS = [["'", ""], ["’", ""]]


class ArticleError(Exception):
    """An article file that cannot be opened; the message is for the user."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


def discover(paths: Iterable[Path]) -> list[Path]:
    """The article files named by `paths`: files as given, folders searched recursively.

    In folders, only .txt and .md files count, hidden files and folders (".git") are
    skipped, and the files come sorted by path. A path named twice is listed once.
    """
    found: list[Path] = []
    seen: set[str] = set()
    for path in paths:
        path = Path(path)
        # Sorted as strings by their parts: comparing Path objects is slow at 10,000.
        batch = sorted(_walk(path)) if path.is_dir() else [(str(path),)]
        for parts in batch:
            name = os.path.join(*parts)
            if name not in seen:
                seen.add(name)
                found.append(Path(name))
    return found


def _walk(folder: Path) -> Iterable[tuple[str, ...]]:
    # os.walk over scandir: several times faster than Path.rglob on big folders, and
    # it does not follow symlinked folders, so a link loop cannot hang the start.
    for root, dirs, files in os.walk(folder):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in files:
            if not name.startswith(".") and name.lower().endswith(ARTICLE_SUFFIXES):
                yield (root, name)


def load_article(path: Path) -> Article:
    """Read one article file; raises ArticleError with a message for the user."""
    if not isinstance(path, Path):
        path = Path(path)
    try:
        with path.open("rb") as handle:
            raw = handle.read(MAX_ARTICLE_BYTES + 1)
            mtime = os.fstat(handle.fileno()).st_mtime
    except IsADirectoryError as exc:
        raise ArticleError(path, "is a folder, not an article file") from exc
    except OSError as exc:
        raise ArticleError(path, f"cannot be read ({exc.strerror or exc})") from exc
    try:
        decoded, _encoding = decode_article_bytes(raw)
    except DecodingError as exc:
        raise ArticleError(path, str(exc)) from exc
    text = sanitise_text(decoded)
    if not text.strip():
        raise ArticleError(path, "the file has no text (only blank space or control characters)")
    return article_from_text(text, path=path, file_date=_local_date(mtime))


def load_articles(paths: Iterable[Path]) -> tuple[list[Article], list[ArticleError]]:
    """Every article of `discover(paths)` that opens, and an error for each one that does not."""
    articles: list[Article] = []
    errors: list[ArticleError] = []
    for path in discover(paths):
        try:
            articles.append(load_article(path))
        except ArticleError as exc:
            errors.append(exc)
    return articles, errors


def article_from_text(
    text: str, *, path: Path | None = None, file_date: dt.date | None = None
) -> Article:
    """The Article for already sanitised `text`: title, body range, source, date and id."""
    content_hash = hashlib.sha256(text.encode("utf-8")).hexdigest()
    front = parse_front_matter(text)
    content_start = front.end if front else 0
    fields = front.fields if front else {}

    headline = find_headline(text, content_start)
    title = headline.title
    body_start = headline.body_start
    front_title = shorten(fields.get("title", ""), TITLE_MAX_CHARS)
    if front_title:
        # The front matter names the title; the first line is left out of the body
        # only when it is a Markdown heading or that same title again.
        if not (headline.marked or _same_words(headline.title, front_title)):
            body_start = _first_content(text, content_start)
        title = front_title
    if not title:
        title = sanitise_line(path.stem) if path else ""
    title = title or "Untitled"

    body_end = len(text.rstrip())
    source = sanitise_line(fields.get("source", "")) or None
    credit = find_source_credit(text, body_start, body_end)
    if credit is not None:
        body_end = credit.body_end
        source = source or credit.source
    if source is None:
        source = find_dateline_credit(text, body_start)

    date = parse_date(fields["date"]) if fields.get("date") else None
    if date is None:
        date = find_date(text, content_start, content_start + DATE_WINDOW_CHARS)
    date = date or file_date

    # save_order keeps the truncated slug a prefix of the title's words; apostrophes
    # vanish ("north-koreas", not "north-korea-s").
    slug = slugify(title, max_length=SLUG_MAX_CHARS, word_boundary=True, save_order=True,
                   replacements=_SLUG_REPLACEMENTS) or "article"
    return Article(
        id=f"{slug}-{content_hash[:ID_HASH_CHARS]}",
        title=title,
        text=text,
        content_hash=content_hash,
        body_start=body_start,
        body_end=max(body_end, body_start),
        source=source,
        date=date,
        path=path,
    )


def _first_content(text: str, start: int) -> int:
    while start < len(text) and text[start] in " \t\n":
        start += 1
    return start


def _same_words(a: str, b: str) -> bool:
    return a.rstrip("…").casefold().split() == b.rstrip("…").casefold().split()


def _local_date(timestamp: float) -> dt.date | None:
    try:
        return dt.datetime.fromtimestamp(timestamp).date()
    except (OverflowError, OSError, ValueError):
        return None
