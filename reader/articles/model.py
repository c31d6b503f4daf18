"""The Article: one news text as the reader shows it and the analyser reads it.

A library holds thousands of articles at once, so an article does not keep its text in
memory: the text is compressed (zlib over UTF-8: a third to a half of the size) and
written to the spill file (`TextSpill`: one unnamed temporary file per process, read
back with `pread`, so it lives in the system's file cache, not in the app's memory);
the article keeps its handle there, and frees it when it goes (the file's dead bytes are
reclaimed once they outweigh the live ones). Reading `text` reads and unpacks it; the last few
unpacked texts are kept. Where no temporary file can be written, the packed text stays
in memory. What the list filter looks plain words up in is kept apart, small:
`search_words`, the distinct case-folded words of the article.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import itertools
import os
import sys
import threading
import zlib
from array import array
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import IO, TYPE_CHECKING, overload

from reader.regex_cache import compiled

# Shorter texts are kept as they are: zlib's header and dictionary would not pay off.
PACK_MIN_CHARS = 256
UNPACKED_KEPT = 16  # the last texts read (the open article, its neighbours, a worker's)

_WORD = compiled(r"\w+")


class _Later(threading.local):
    words = False  # this thread makes articles whose search_words come on first use


_LATER = _Later()


@contextmanager
def search_words_later() -> Iterator[None]:
    """Articles made in this thread inside the block make their `search_words` when first
    asked (a word pass over the text, a third of what making an article costs): the app
    reads its first screenful so, before the first frame, and has the loader thread ask
    for them after it. Other threads are not affected."""
    _LATER.words = True
    try:
        yield
    finally:
        _LATER.words = False


# A spilled text's handle: its spill's number << _INDEX_BITS | its number in that spill.
_INDEX_BITS = 32
# Dead bytes (texts of articles that are gone) are reclaimed once they outweigh the live
# ones and are at least this many: a library of 10,000 articles spills about 5 MiB.
COMPACT_MIN_DEAD = 4 << 20


class TextSpill:
    """Packed texts in an unnamed temporary file (O_TMPFILE where the system has it:
    never visible by name, removed by the system when the process ends).

    A text is known by its handle; where its bytes are is kept here (12 bytes a text), so
    they can move. An article that is gone (replaced by a refresh or its full text, or
    reloaded) frees its text (`free`, from `Article.__del__`); when the freed bytes
    outweigh the live ones (and COMPACT_MIN_DEAD), the next `put` copies the live texts
    into a new file and drops the old one, so the file stays within about twice what the
    library holds.

    Threads: the loader thread writes while the UI thread and workers read; `put` and
    `get` hold the lock for one pwrite or pread (a compaction: for the copy). `free`
    takes no lock: it only notes the handle (it runs in `__del__`, in whichever thread
    dropped the article, perhaps inside a call here)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._file: IO[bytes] | None = None
        self._end = 0
        self._broken = False  # no temporary file: packed texts stay in memory
        self._number = next(_spill_numbers)
        _SPILLS[self._number] = self
        self._offsets = array("Q")  # by a text's number: where its bytes start
        self._lengths = array("I")  # and how many; 0 once freed
        self._freed: list[int] = []  # numbers freed, not yet counted as dead
        self._live = 0
        self._dead = 0
        self._compact_at = COMPACT_MIN_DEAD  # raised after a compaction that failed
        self.compactions = 0

    def put(self, packed: bytes) -> int | None:
        """Write `packed`; its handle, or None when it cannot be written (kept by the caller)."""
        if self._broken or not packed or len(packed) >= 1 << 32:
            return None
        with self._lock:
            self._count_freed()
            try:
                if self._file is None:
                    import tempfile  # here: its imports are not needed before the first rows

                    self._file = tempfile.TemporaryFile(prefix="reader-texts-")  # noqa: SIM115
                offset = self._end
                written = os.pwrite(self._file.fileno(), packed, offset)
            except OSError:
                self._broken = True
                return None
            if written != len(packed):  # a full disk: this text and the next stay in memory
                self._broken = True
                return None
            self._end += written
            self._live += written
            number = len(self._offsets)
            self._offsets.append(offset)
            self._lengths.append(written)
        return self._number << _INDEX_BITS | number

    def get(self, handle: int) -> bytes:
        number = handle & _NUMBER_MASK
        with self._lock:
            length = self._lengths[number]
            if self._file is None or not length:
                raise OSError(f"the spilled text {number} was freed")
            data = os.pread(self._file.fileno(), length, self._offsets[number])
        if len(data) != length:
            raise OSError(f"the spilled text {number} is cut short")
        return data

    def free(self, handle: int) -> None:
        """The text of `handle` is no longer needed (its bytes are reclaimed later)."""
        self._freed.append(handle & _NUMBER_MASK)  # atomic: no lock (see the class doc)

    @property
    def size(self) -> int:
        """Bytes in the file now, live and dead."""
        return self._end

    @property
    def live(self) -> int:
        """Bytes of texts still in use (as counted at the last write)."""
        return self._live

    def _count_freed(self) -> None:
        # Under the lock. A handle freed twice (never by an article) counts once.
        while self._freed:
            number = self._freed.pop()
            length = self._lengths[number]
            self._lengths[number] = 0
            self._live -= length
            self._dead += length
        if self._dead > self._live and self._dead >= self._compact_at:
            self._compact()

    def _compact(self) -> None:
        """Copy the live texts into a new file and drop the old one (under the lock). On
        failure nothing changes, and the next try waits for twice as many dead bytes."""
        import tempfile

        old = self._file
        assert old is not None  # bytes died: some were written
        offsets = array("Q", self._offsets)
        end = 0
        try:
            new = tempfile.TemporaryFile(prefix="reader-texts-")  # noqa: SIM115
        except OSError:
            self._compact_at = 2 * self._dead
            return
        try:
            for number, length in enumerate(self._lengths):
                if not length:
                    continue
                data = os.pread(old.fileno(), length, self._offsets[number])
                if len(data) != length or os.pwrite(new.fileno(), data, end) != length:
                    raise OSError("short copy")
                offsets[number] = end
                end += length
        except OSError:
            new.close()
            self._compact_at = 2 * self._dead
            return
        self._file, self._offsets, self._end = new, offsets, end
        self._dead = 0
        self._compact_at = COMPACT_MIN_DEAD
        self.compactions += 1
        old.close()


_NUMBER_MASK = (1 << _INDEX_BITS) - 1
_SPILLS: dict[int, TextSpill] = {}  # by number: a handle names its own spill
_spill_numbers = itertools.count(1)


def free_text(handle: int) -> None:
    """The text of `handle` is no longer needed, in whichever spill holds it."""
    spill = _SPILLS.get(handle >> _INDEX_BITS)
    if spill is not None:
        spill.free(handle)


TEXTS = TextSpill()


@lru_cache(maxsize=UNPACKED_KEPT)
def _unpack(packed: bytes | int) -> str:
    data = _SPILLS[packed >> _INDEX_BITS].get(packed) if isinstance(packed, int) else packed
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
        # Not for the articles of the first screen (search_words_later): made later.
        words = None if _LATER.words else set(_WORD.findall(text.casefold()))
        object.__setattr__(obj, "_search_words", words)


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
        words: set[str] | None = object.__getattribute__(self, "_search_words")
        if words is not None:
            words.update(_WORD.findall(f"{self.title}\n{self.source or ''}".casefold()))
            object.__setattr__(self, "_search_words", " ".join(words))

    def __del__(self) -> None:
        # Its text's bytes in the spill file are dead from now on (reclaimed later).
        with contextlib.suppress(Exception):  # at interpreter exit the module may be gone
            packed = object.__getattribute__(self, "_text_packed")
            if type(packed) is int:
                free_text(packed)

    def __reduce__(self) -> tuple[object, ...]:
        # A copy (copy.copy, pickle) gets a text of its own: two articles sharing one
        # handle would lose the text when the first is dropped.
        fields = {f.name: getattr(self, f.name) for f in dataclasses.fields(self)}
        return (_article_from_fields, (fields,))

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
        words: str | None = object.__getattribute__(self, "_search_words")
        if words is None:  # an article of the first screen (search_words_later)
            found = set(_WORD.findall(self.text.casefold()))
            found.update(_WORD.findall(f"{self.title}\n{self.source or ''}".casefold()))
            words = " ".join(found)
            object.__setattr__(self, "_search_words", words)
        return words


def _article_from_fields(fields: dict[str, object]) -> Article:
    return Article(**fields)  # type: ignore[arg-type]


@lru_cache(maxsize=4096)
def _shared_date(day: dt.date) -> dt.date:
    return day

