"""The Article: one news text as the reader shows it and the analyser reads it.

A library holds thousands of articles at once, so an article does not keep its text in
memory: the text is compressed (zlib over UTF-8: a third to a half of the size) and
written to the spill file (`TextSpill`: one unnamed temporary file per process, read
back with `pread`, so it lives in the system's file cache, not in the app's memory);
the article keeps where it is. Reading `text` reads and unpacks it; the last few
unpacked texts are kept. Where no temporary file can be written, the packed text stays
in memory. What the list filter looks plain words up in is kept apart, small:
`search_words`, the distinct case-folded words of the article.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import threading
import zlib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import IO, TYPE_CHECKING, overload

from reader.regex_cache import compiled

# Shorter texts are kept as they are: zlib's header and dictionary would not pay off.
PACK_MIN_CHARS = 256
UNPACKED_KEPT = 16  # the last texts read (the open article, its neighbours, a worker's)

_WORD = compiled(r"\w+")


# A spilled text's place: offset << _LENGTH_BITS | length (one int, not two).
_LENGTH_BITS = 32


class TextSpill:
    """Packed texts in an unnamed temporary file (O_TMPFILE where the system has it:
    never visible by name, removed by the system when the process ends), append-only.

    Threads: the loader thread writes while the UI thread reads. A place is handed out
    under the lock and written with `pwrite`; a place is only known once its bytes are
    written, so a read (`pread`, no lock) always finds them."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._file: IO[bytes] | None = None
        self._end = 0
        self._broken = False  # no temporary file: packed texts stay in memory

    def put(self, packed: bytes) -> int | None:
        """Write `packed`; its place, or None when it cannot be written (kept by the caller)."""
        if self._broken or len(packed) >= 1 << _LENGTH_BITS:
            return None
        with self._lock:
            try:
                if self._file is None:
                    import tempfile  # here: its imports are not needed before the first rows

                    self._file = tempfile.TemporaryFile(prefix="reader-texts-")  # noqa: SIM115
                offset = self._end
                self._end += len(packed)
                written = os.pwrite(self._file.fileno(), packed, offset)
            except OSError:
                self._broken = True
                return None
            if written != len(packed):  # a full disk: this text and the next stay in memory
                self._broken = True
                return None
        return offset << _LENGTH_BITS | len(packed)

    def get(self, place: int) -> bytes:
        length = place & ((1 << _LENGTH_BITS) - 1)
        assert self._file is not None  # a place was handed out
        data = os.pread(self._file.fileno(), length, place >> _LENGTH_BITS)
        if len(data) != length:
            raise OSError(f"the spilled text at {place >> _LENGTH_BITS} is cut short")
        return data

    @property
    def size(self) -> int:
        """Bytes written so far."""
        return self._end


TEXTS = TextSpill()


@lru_cache(maxsize=UNPACKED_KEPT)
def _unpack(packed: bytes | int) -> str:
    data = TEXTS.get(packed) if isinstance(packed, int) else packed
    try:
        return zlib.decompress(data).decode("utf-8")
    except UnicodeDecodeError:  # a lone surrogate (never from our decoder): as given
        return zlib.decompress(data).decode("utf-8", "surrogatepass")


def _pack(text: str) -> str | bytes | int:
    if len(text) < PACK_MIN_CHARS:
        return text
    # Level 1: the loader thread packs every article; the ratio is within a few per cent
    # of level 6 on news text at a third of the time.
    packed = zlib.compress(text.encode("utf-8", "surrogatepass"), 1)
    place = TEXTS.put(packed)
    return packed if place is None else place


class _PackedText:
    """The `text` field: given and read as a str, kept packed (see the module's doc)."""

    def __set_name__(self, owner: type, name: str) -> None:
        self._slot = f"_{name}_packed"

    @overload
    def __get__(self, obj: None, owner: type) -> _PackedText: ...
    @overload
    def __get__(self, obj: object, owner: type) -> str: ...

    def __get__(self, obj: object | None, owner: type) -> str | _PackedText:
        if obj is None:
            raise AttributeError("text has no default")  # dataclasses: a required field
        # object.__getattribute__, not __dict__: reading __dict__ would build a dict for
        # the instance, where Python keeps its attributes more compactly without one.
        packed = object.__getattribute__(obj, self._slot)
        if isinstance(packed, str):
            return packed
        return _unpack(packed)

    def __set__(self, obj: object, text: str) -> None:
        object.__setattr__(obj, self._slot, _pack(text))
        # Read here, while the text is at hand; Article.__post_init__ adds the title's.
        object.__setattr__(obj, "_search_words", set(_WORD.findall(text.casefold())))


class _PathAsText:
    """The `path` field: a Path for the callers, kept as its str (a Path object and its
    cached parts cost about 500 bytes; ten thousand of them, 5 MB)."""

    def __set_name__(self, owner: type, name: str) -> None:
        self._slot = f"_{name}_text"

    @overload
    def __get__(self, obj: None, owner: type) -> None: ...
    @overload
    def __get__(self, obj: object, owner: type) -> Path | None: ...

    def __get__(self, obj: object | None, owner: type) -> Path | None:
        if obj is None:
            return None  # the default
        text = object.__getattribute__(obj, self._slot)
        return None if text is None else Path(text)

    def __set__(self, obj: object, path: Path | None) -> None:
        object.__setattr__(obj, self._slot, None if path is None else str(path))


@dataclass(frozen=True)
class Article:
    """One article. `text` is exactly what the analyser reads; the UI shows a part of it.

    `text` is the decoded, sanitised file with line endings turned into "\\n". The body
    the reading pane shows is `text[body_start:body_end]` (the headline line and a
    trailing source credit such as "(Yonhap)" are left out of it), so analysis offsets
    into `text` stay valid for the pane.
    """

    id: str  # stable: the library, read marks, bookmarks and notes key on it
    title: str  # cut at a word near 100 characters, for lists
    if TYPE_CHECKING:
        text: str
    else:
        text: str = _PackedText()  # a required field, kept packed
    content_hash: str  # hex digest of `text`; the analysis cache and quote anchors key on it
    body_start: int = 0
    body_end: int = -1  # -1: to the end of text
    source: str | None = None  # "Yonhap", from a trailing credit or front matter
    date: dt.date | None = None
    # The date is the file's modification date (the text gave none): shown as such.
    file_dated: bool = False
    if TYPE_CHECKING:
        path: Path | None = None
    else:
        path: Path | None = _PathAsText()  # default None, kept as a str
    url: str | None = None  # the web page it came from (feed items), http(s) only
    feed: str | None = None  # the URL of the feed it came from (feed items)
    headline: str = ""  # the whole headline when `title` had to be cut ("": the same)

    @property
    def full_title(self) -> str:
        """The headline as written, never cut (exports, the reading pane's head)."""
        return self.headline or self.title

    @property
    def date_label(self) -> str:
        """The date as the reader shows it: "2026-11-27", "2026-11-27 (file date)", ""."""
        if self.date is None:
            return ""
        return f"{self.date.isoformat()}{' (file date)' if self.file_dated else ''}"

    def __post_init__(self) -> None:
        # Many articles share a source and a date: one object each.
        if self.source is not None:
            object.__setattr__(self, "source", sys.intern(self.source))
        if self.date is not None:
            object.__setattr__(self, "date", _shared_date(self.date))
        words: set[str] = object.__getattribute__(self, "_search_words")
        words.update(_WORD.findall(f"{self.title}\n{self.source or ''}".casefold()))
        object.__setattr__(self, "_search_words", " ".join(words))

    def __hash__(self) -> int:
        # The content hash stands for the text (hashing would otherwise unpack it).
        return hash((self.id, self.content_hash, self.body_start, self.body_end))

    @property
    def body(self) -> str:
        text = self.text
        end = len(text) if self.body_end < 0 else self.body_end
        return text[self.body_start : end]

    @property
    def search_words(self) -> str:
        """The distinct case-folded words (runs of `\\w`) of the title, text and source,
        space-separated: a word typed in the list filter occurs in the article (as a
        substring, any case) exactly when it occurs in one of these."""
        words: str = object.__getattribute__(self, "_search_words")
        return words


@lru_cache(maxsize=4096)
def _shared_date(day: dt.date) -> dt.date:
    return day

