"""The files source: article files and folders on disk (the one walker).

Each file is opened and read once; the work per file is a decode, one pass of the
sanitiser, a hash and a look at the head and tail of the text, so a folder of 10,000
articles lists in well under a second or two.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

from reader.articles.build import article_from_text
from reader.articles.decoding import MAX_ARTICLE_BYTES, DecodingError, decode_article_bytes
from reader.articles.model import Article
from reader.articles.sanitise import sanitise_text
from reader.articles.sources.base import (
    BATCH_SIZE,
    FIRST_BATCH,
    Batch,
    LoadFailure,
    in_batches,
)

ARTICLE_SUFFIXES = (".txt", ".md")


class ArticleError(Exception):
    """An article file that cannot be opened; the message is for the user."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


def iter_article_paths(paths: Iterable[Path]) -> Iterator[Path]:
    """The article files named by `paths`: files as given, folders searched lazily, so
    the first ones can be read before a big folder has been walked to its end.

    In folders, only .txt and .md files count, hidden files and folders (".git") are
    skipped and symlinked folders are not followed (a link loop cannot hang the
    start); within each folder, files in name order, then its subfolders in name
    order. A path named twice is listed once.
    """
    seen: set[str] = set()
    for given in paths:
        given = Path(given)
        if not given.is_dir():
            name = str(given)
            if name not in seen:
                seen.add(name)
                yield given
            continue
        stack = [str(given)]
        while stack:
            folder = stack.pop()
            try:
                with os.scandir(folder) as scan:
                    entries = sorted(scan, key=lambda e: e.name)
            except OSError:
                continue
            subfolders: list[str] = []
            for entry in entries:
                if entry.name.startswith("."):
                    continue
                if entry.is_dir(follow_symlinks=False):
                    subfolders.append(entry.path)
                elif entry.name.lower().endswith(ARTICLE_SUFFIXES) and entry.path not in seen:
                    seen.add(entry.path)
                    yield Path(entry.path)
            stack.extend(reversed(subfolders))


def discover(paths: Iterable[Path]) -> list[Path]:
    """Every path `iter_article_paths` yields, as a list."""
    return list(iter_article_paths(paths))


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


def _read_all(paths: Iterable[Path]) -> Iterator[Article | LoadFailure]:
    for path in iter_article_paths(paths):
        try:
            yield load_article(path)
        except ArticleError as exc:
            yield LoadFailure(str(path), str(exc), path)
        except (OSError, ValueError) as exc:  # a reader bug must not stop the others
            yield LoadFailure(str(path), f"{path}: cannot be opened ({exc})", path)


def load_articles(paths: Iterable[Path]) -> tuple[list[Article], list[ArticleError]]:
    """Every article under `paths` that opens, and an error for each one that does not."""
    articles: list[Article] = []
    errors: list[ArticleError] = []
    for path in iter_article_paths(paths):
        try:
            articles.append(load_article(path))
        except ArticleError as exc:
            errors.append(exc)
    return articles, errors


class FilesSource:
    """Article files and folders named on the command line (or the bundled seeds)."""

    name = "files"

    def __init__(self, paths: Sequence[Path | str]) -> None:
        self.paths = [Path(p) for p in paths]

    def batches(self, *, first: int = FIRST_BATCH, size: int = BATCH_SIZE) -> Iterator[Batch]:
        return in_batches(_read_all(self.paths), first=first, size=size)

    def __repr__(self) -> str:
        return f"FilesSource({[str(p) for p in self.paths]!r})"


def _local_date(timestamp: float) -> dt.date | None:
    try:
        return dt.datetime.fromtimestamp(timestamp).date()
    except (OverflowError, OSError, ValueError):
        return None
