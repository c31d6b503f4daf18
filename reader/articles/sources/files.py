"""The files source: article files and folders on disk (the one walker).

Each file is opened and read once; the work per file is a stat, a decode, one pass of
the sanitiser, a hash and a look at the head and tail of the text, so a folder of
10,000 articles lists in well under a second or two. Only regular files are read: a
FIFO, socket or device is refused from its `stat`, never opened for reading, so nothing
blocks.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import heapq
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from reader.articles.build import article_from_text
from reader.articles.model import Article
from reader.articles.reading import MAX_LINK_STEPS as MAX_LINK_STEPS
from reader.articles.reading import ArticleError as ArticleError
from reader.articles.reading import LinkLoopError as LinkLoopError
from reader.articles.reading import describe_size as describe_size
from reader.articles.reading import read_article_text as read_article_text
from reader.articles.sources.base import (
    BATCH_SIZE,
    FIRST_BATCH,
    Batch,
    LoadFailure,
    in_batches,
)

ARTICLE_SUFFIXES = (".txt", ".md")
# A folder of this many names or more gives its first FIRST_NAMES names' article files
# before it is listed whole (see _first_files); a smaller one is listed whole at once.
QUICK_LOOK_NAMES = 1000
FIRST_NAMES = 64  # more than the first batch, so that it rarely waits for the whole listing


@dataclass(frozen=True, slots=True)
class ArticleFile:
    """A file the walker found, and the folder it was found under (its id comes from its
    place there)."""

    path: Path
    root: Path  # the folder opened; for a file named by itself, its own folder


@dataclass(slots=True)
class _Walk:
    """What one walk has seen: the named files listed (and those of them met in a folder),
    folders (never walked twice), links that loop."""

    paths: set[str] = field(default_factory=set)
    folders: set[tuple[int, int]] = field(default_factory=set)
    loops: set[str] = field(default_factory=set)


def _is_folder(path: Path) -> bool:
    try:
        return path.is_dir()
    except OSError:
        return False


def iter_article_files(paths: Iterable[Path]) -> Iterator[ArticleFile | LoadFailure]:
    """The article files named by `paths`: files as given, folders searched lazily, so
    the first ones can be read before a big folder has been walked to its end.

    In folders, only .txt and .md files count and hidden files and folders (".git") are
    skipped; within each folder, files in name order, then its subfolders in name order.
    Symlinked folders are followed, but never into a folder already walked, so a link
    loop cannot hang the start: it is reported once. A path named twice is listed once.

    A folder's listing is kept as the names of its article files and subfolders only
    (10,000 directory entries with their paths are some 2.5 MB), and only the paths of
    files named by themselves are remembered: a folder is never walked twice, so no
    other path can come again.
    """
    named = [(Path(given), _is_folder(Path(given))) for given in paths]
    named_files = {os.path.abspath(given) for given, is_folder in named if not is_folder}
    walk = _Walk()
    for given, is_folder in named:
        if not is_folder:
            name = os.path.abspath(given)
            if name not in walk.paths:
                walk.paths.add(name)
                yield ArticleFile(given, given.parent)
            continue
        stack = [str(given)]
        while stack:
            folder = stack.pop()
            try:
                info = os.stat(folder)
                key = (info.st_dev, info.st_ino)
                if key in walk.folders:
                    yield from _loop_failure(walk, folder)
                    continue
                first = _first_files(folder)
            except OSError:
                continue
            walk.folders.add(key)
            subfolders: list[str] = []
            for file_name in _files_in_order(folder, first, subfolders):
                path = os.path.join(folder, file_name)
                if path in named_files:  # also named by itself: listed once
                    if path in walk.paths:
                        continue
                    walk.paths.add(path)
                yield ArticleFile(Path(path), given)
            stack.extend(os.path.join(folder, sub) for sub in reversed(subfolders))


_FOLDER = "folder"
_ARTICLE = "article"


def _entry_kind(name: str, is_dir: Callable[[], bool]) -> str | None:
    """What the walker makes of a folder entry (its name, and whether it is a folder: a
    DirEntry's `is_dir`, following links): a folder to search, an article file, or
    nothing (hidden, another kind of file, or a folder it may not look into)."""
    if name.startswith("."):
        return None
    try:
        if is_dir():
            return _FOLDER
    except OSError:
        pass
    return _ARTICLE if name.lower().endswith(ARTICLE_SUFFIXES) else None


def _listing(folder: str) -> tuple[list[str], list[str]]:
    """The names of `folder`'s article files and of its subfolders, each in name order
    (hidden ones left out)."""
    files: list[str] = []
    subfolders: list[str] = []
    with os.scandir(folder) as scan:
        for entry in scan:
            kind = _entry_kind(entry.name, entry.is_dir)
            if kind is _FOLDER:
                subfolders.append(entry.name)
            elif kind is _ARTICLE:
                files.append(entry.name)
    files.sort()
    subfolders.sort()
    return files, subfolders


def _first_files(folder: str) -> list[str] | None:
    """For a large folder, its first article files in name order, found from its names
    alone; None for a folder small enough to list whole at once.

    Classifying and sorting a whole listing is most of its cost (10,000 names: some 4 ms,
    before the first frame can show the first of them). The FIRST_NAMES smallest names
    are taken instead, and only they are looked at: the article files among them are the
    folder's first ones, since every article file with a smaller name is among them."""
    names = os.listdir(folder)
    if len(names) < QUICK_LOOK_NAMES:
        return None
    first: list[str] = []
    for name in heapq.nsmallest(FIRST_NAMES, names):
        if _entry_kind(name, partial(os.path.isdir, os.path.join(folder, name))) is _ARTICLE:
            first.append(name)
    return first


def _files_in_order(folder: str, first: list[str] | None,
                    subfolders: list[str]) -> Iterator[str]:
    """`folder`'s article file names in name order, `first` (from _first_files) before
    the folder is listed whole; its subfolders are put in `subfolders` once the files
    are all given."""
    yield from first or ()
    try:
        files, found = _listing(folder)
    except OSError:
        return  # gone since its first files were found: those were all it gave
    given = frozenset(first or ())
    yield from (name for name in files if name not in given)
    subfolders.extend(found)


def _loop_failure(walk: _Walk, folder: str) -> Iterator[LoadFailure]:
    # The same folder reached again through a symbolic link: a loop (or two links to one
    # folder). Said once per folder it leads back to; never walked twice.
    target = os.path.realpath(folder)
    if target not in walk.loops:
        walk.loops.add(target)
        yield LoadFailure(folder, f"{folder}: a symbolic link leads back to {target}, "
                          "which is already being read; not followed again", Path(folder))


def iter_article_paths(paths: Iterable[Path]) -> Iterator[Path]:
    """The paths of `iter_article_files` (failures left out)."""
    for found in iter_article_files(paths):
        if isinstance(found, ArticleFile):
            yield found.path


def folders_without_articles(paths: Iterable[Path]) -> list[Path]:
    """The folders among `paths` in which the walker finds no article file."""
    return [path for path in paths if path.is_dir() and not _holds_article_file(path)]


def _holds_article_file(folder: Path) -> bool:
    """Whether the walker would find an article file under `folder`: the same files and
    folders count, but the search stops at the first one met, in the order the system
    lists them (the walker sorts every folder first: for a folder of 10,000 files, the
    whole listing, at start-up, before the app reads that folder again)."""
    seen: set[tuple[int, int]] = set()
    stack = [str(folder)]
    while stack:
        current = stack.pop()
        try:
            info = os.stat(current)
            if (info.st_dev, info.st_ino) in seen:
                continue  # a link back to a folder searched already
            seen.add((info.st_dev, info.st_ino))
            with os.scandir(current) as scan:
                for entry in scan:
                    kind = _entry_kind(entry.name, entry.is_dir)
                    if kind is _FOLDER:
                        stack.append(entry.path)
                    elif kind is _ARTICLE:
                        return True
        except OSError:
            continue
    return False


EMPTY_FOLDER_HINT = "reader opens the .txt and .md files in a folder and its subfolders"


def discover(paths: Iterable[Path]) -> list[Path]:
    """Every path `iter_article_paths` yields, as a list."""
    return list(iter_article_paths(paths))


def file_id(path: Path, root: Path) -> str:
    """The stable id of an article file: `file:`, the name of the folder it was opened
    from and its place under it ("file:news/world/a.txt").

    The same whatever the working directory and whatever the file holds (an edit keeps
    it); a file named by itself gets the id it has when its folder is opened."""
    absolute_root = Path(os.path.abspath(root))
    absolute = Path(os.path.abspath(path))
    try:
        relative = absolute.relative_to(absolute_root).as_posix()
    except ValueError:
        relative = absolute.name
    return f"file:{absolute_root.name or absolute_root.as_posix()}/{relative}"


def load_article(path: Path, *, root: Path | None = None) -> Article:
    """Read one article file; raises ArticleError with a message for the user.

    Only regular files are read: a FIFO, socket or device (also behind a symbolic link,
    such as one to /dev/zero) is refused without being opened for reading; the size is
    checked from `stat` before reading. `root` is the folder it was opened from (its id
    comes from its place there; default: its own folder)."""
    if not isinstance(path, Path):
        path = Path(path)
    text, modified = read_article_text(path)
    article_id = file_id(path, root if root is not None else path.parent)
    return article_from_text(text, path=path, file_date=_local_date(modified),
                             article_id=article_id)


def _read_all(paths: Iterable[Path]) -> Iterator[Article | LoadFailure]:
    ids: dict[str, str] = {}
    loops: set[frozenset[str]] = set()
    for found in iter_article_files(paths):
        if isinstance(found, LoadFailure):
            yield found
            continue
        path = found.path
        try:
            article = load_article(path, root=found.root)
        except LinkLoopError as exc:
            if not any(exc.members & loop for loop in loops):  # each loop said once
                loops.add(exc.members)
                yield LoadFailure(str(path), str(exc), path)
            continue
        except ArticleError as exc:
            yield LoadFailure(str(path), str(exc), path)
            continue
        except (OSError, ValueError) as exc:  # a reader bug must not stop the others
            yield LoadFailure(str(path), f"{path}: cannot be opened ({exc})", path)
            continue
        real = os.path.realpath(path)
        if ids.setdefault(article.id, real) != real:
            # Two folders of the same name opened together, each with this file: the
            # second keeps its full path as its id, so neither hides the other.
            article = dataclasses.replace(article, id=f"file:{Path(real).as_posix()}")
        yield article


def load_articles(paths: Iterable[Path]) -> tuple[list[Article], list[ArticleError]]:
    """Every article under `paths` that opens, and an error for each one that does not."""
    articles: list[Article] = []
    errors: list[ArticleError] = []
    for item in _read_all(paths):
        if isinstance(item, LoadFailure):
            errors.append(ArticleError(item.path or Path(item.location), item.message,
                                       whole=True))
        else:
            articles.append(item)
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
