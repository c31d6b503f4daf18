"""Reading one article file's text: checked (a regular file, not too large), decoded and
sanitised, with messages for the user (`ArticleError`).

Apart from the files source (sources/files.py, which makes Articles of these texts and
walks folders) so that `reader analyze`, which needs the text and title only, imports
neither the Article model nor the source machinery.
"""

from __future__ import annotations

import errno
import os
import stat

from reader.articles.decoding import MAX_ARTICLE_BYTES, DecodingError, decode_article_bytes
from reader.articles.sanitise import sanitise_text

TYPE_CHECKING = False  # (reader/records.py says why not typing's)
if TYPE_CHECKING:
    from pathlib import Path  # (a path is given as a Path or as the str of one)

MAX_LINK_STEPS = 40  # following a chain of symbolic links by hand to name a loop


class ArticleError(Exception):
    """An article file that cannot be opened; the message is for the user."""

    def __init__(self, path: Path | str, reason: str, *, whole: bool = False) -> None:
        # `whole`: `reason` is already the full message (it names the path).
        super().__init__(reason if whole else f"{path}: {reason}")
        self.path = path
        self.reason = reason


class LinkLoopError(ArticleError):
    """A file name that is a loop of symbolic links; `members` names the loop's links."""

    def __init__(self, path: Path | str, members: frozenset[str]) -> None:
        names = ", ".join(sorted(os.path.basename(m) for m in members))
        super().__init__(path, f"is a loop of symbolic links ({names}); skipped")
        self.members = members


def describe_size(size: int, *, exact: bool = True) -> str:
    """A size for a message: "12.0 MB (12,582,912 bytes)", or "12.0 MB" when not exact."""
    for unit, scale in (("GB", 1 << 30), ("MB", 1 << 20), ("KB", 1 << 10)):
        if size >= scale:
            rounded = f"{size / scale:.1f} {unit}"
            return f"{rounded} ({size:,} bytes)" if exact else rounded
    return f"{size:,} bytes"


def not_regular(mode: int) -> str | None:
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


def loop_members(path: Path | str) -> frozenset[str]:
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


def read_article_text(path: Path | str) -> tuple[str, float]:
    """The text of one article file, decoded and sanitised as `load_article` gives it,
    and the file's modification time; raises ArticleError as `load_article` does.

    For `reader analyze`, which needs the text and title only: the rest of an Article
    (its hash, packing, search words, dates) is most of the cost of a short article."""
    try:
        info = os.stat(path)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise LinkLoopError(path, loop_members(path)) from exc
        raise ArticleError(path, f"cannot be read ({exc.strerror or exc})") from exc
    refusal = not_regular(info.st_mode)
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
        refusal = not_regular(opened.st_mode)
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
