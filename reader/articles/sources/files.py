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
import errno
import heapq
import os
import stat
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import partial
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
MAX_LINK_STEPS = 40  # following a chain of symbolic links by hand to name a loop
# A folder of this many names or more gives its first FIRST_NAMES names' article files
# before it is listed whole (see _first_files); a smaller one is listed whole at once.
QUICK_LOOK_NAMES = 1000
FIRST_NAMES = 64  # more than the first batch, so that it rarely waits for the whole listing


class ArticleError(Exception):
    """An article file that cannot be opened; the message is for the user."""

    def __init__(self, path: Path, reason: str, *, whole: bool = False) -> None:
        # `whole`: `reason` is already the full message (it names the path).
        super().__init__(reason if whole else f"{path}: {reason}")
        self.path = path
        self.reason = reason


class LinkLoopError(ArticleError):
    """A file name that is a loop of symbolic links; `members` names the loop's links."""

    def __init__(self, path: Path, members: frozenset[str]) -> None:
        names = ", ".join(sorted(os.path.basename(m) for m in members))
        super().__init__(path, f"is a loop of symbolic links ({names}); skipped")
        self.members = members


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


def describe_size(size: int, *, exact: bool = True) -> str:
    """A size for a message: "12.0 MB (12,582,912 bytes)", or "12.0 MB" when not exact."""
    for unit, scale in (("GB", 1 << 30), ("MB", 1 << 20), ("KB", 1 << 10)):
        if size >= scale:
            rounded = f"{size / scale:.1f} {unit}"
            return f"{rounded} ({size:,} bytes)" if exact else rounded
    return f"{size:,} bytes"


def _not_regular(mode: int) -> str | None:
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return "is a folder, not an article file"
    if stat.S_ISFIFO(mode):
        return "is a named pipe (FIFO), not a file; skipped"
    if stat.S_ISSOCK(mode):
        return "is a socket, not a file; skipped"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "is a device, not a file; skipped"
    return "is not a regular file; skipped"


def _loop_members(path: Path) -> frozenset[str]:
    # Follow the links by hand (a bounded number of steps) to name the loop's members.
    members: list[str] = []
    current = os.path.abspath(path)
    for _ in range(MAX_LINK_STEPS):
        if current in members:
            break
        members.append(current)
        try:
            current = os.path.abspath(os.path.join(os.path.dirname(current),
                                                   os.readlink(current)))
        except OSError:
            break
    return frozenset(members)


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


def read_article_text(path: Path) -> tuple[str, float]:
    """The text of one article file, decoded and sanitised as `load_article` gives it,
    and the file's modification time; raises ArticleError as `load_article` does.

    For `reader analyze`, which needs the text and title only: the rest of an Article
    (its hash, packing, search words, dates) is most of the cost of a short article."""
    try:
        info = os.stat(path)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise LinkLoopError(path, _loop_members(path)) from exc
        raise ArticleError(path, f"cannot be read ({exc.strerror or exc})") from exc
    refusal = _not_regular(info.st_mode)
    if refusal is not None:
        raise ArticleError(path, refusal)
    if info.st_size > MAX_ARTICLE_BYTES:
        raise ArticleError(path, f"the file is too large: {describe_size(info.st_size)}; "
                           f"the limit is {describe_size(MAX_ARTICLE_BYTES, exact=False)}")
    try:
        # O_NONBLOCK: should the file be swapped for a FIFO after the stat, opening it
        # still returns at once, and the fstat below refuses it.
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0)
                             | getattr(os, "O_NOCTTY", 0))
    except OSError as exc:
        raise ArticleError(path, f"cannot be read ({exc.strerror or exc})") from exc
    with os.fdopen(descriptor, "rb") as handle:
        opened = os.fstat(handle.fileno())
        refusal = _not_regular(opened.st_mode)
        if refusal is not None:
            raise ArticleError(path, refusal)
        try:
            # As much as fstat says, and a byte more to see it grow: a read of the
            # limit itself sets up a 4 MiB buffer for every file, which costs more than
            # reading a short article. A file that says 0 (as /proc's do) or grew is
            # read on, up to the limit.
            raw = handle.read(min(opened.st_size, MAX_ARTICLE_BYTES) + 1)
            if len(raw) > opened.st_size:
                raw += handle.read(MAX_ARTICLE_BYTES + 1 - len(raw))
        except OSError as exc:
            raise ArticleError(path, f"cannot be read ({exc.strerror or exc})") from exc
    if len(raw) > MAX_ARTICLE_BYTES:  # it grew after the stat
        raise ArticleError(path, "the file is too large: over "
                           f"{describe_size(MAX_ARTICLE_BYTES, exact=False)}")
    try:
        decoded, _encoding = decode_article_bytes(raw)
    except DecodingError as exc:
        raise ArticleError(path, str(exc)) from exc
    text = sanitise_text(decoded)
    if not text.strip():
        raise ArticleError(path, "the file has no text (only blank space or control characters)")
    return text, opened.st_mtime


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
