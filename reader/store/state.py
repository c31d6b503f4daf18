"""Reading state: read marks, last positions, the last article, small settings.

Kept in its own small file (state.json) because it changes often (every scroll stop):
writing it never rewrites the bookmarks and notes. Losing it is an annoyance, not a
loss of the user's writing, so a damaged state file is set aside and started afresh.
"""

from __future__ import annotations

import math
import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from reader.store import codec
from reader.store.atomic import atomic_write, fsync_dir
from reader.store.backups import damaged_name
from reader.store.errors import StoreWriteError
from reader.store.records import now_iso

STATE_NAME = "state.json"
STATE_FORMAT = "reader-state"
STATE_VERSION = 1
SettingValue = str | int | float | bool | None


def _empty() -> dict[str, Any]:
    return {"format": STATE_FORMAT, "schema_version": STATE_VERSION, "articles": {},
            "last_article": None, "settings": {}}


def _valid(doc: Any) -> bool:
    return (isinstance(doc, dict) and doc.get("format") == STATE_FORMAT
            and isinstance(doc.get("articles"), dict)
            and all(isinstance(v, dict) for v in doc["articles"].values())
            and isinstance(doc.get("settings"), dict)
            and (doc.get("last_article") is None or isinstance(doc["last_article"], str)))


def valid_state(doc: Any) -> bool:
    """A reading state exactly as reader writes it (for imports, which are untrusted):
    read marks are booleans, positions finite numbers, settings plain values."""
    if not _valid(doc) or type(doc.get("schema_version")) is not int:
        return False
    for entry in doc["articles"].values():
        for name, value in entry.items():
            if name == "read" and type(value) is not bool:
                return False
            if name == "position" and (type(value) not in (int, float)
                                       or not math.isfinite(value) or value < 0):
                return False
            if name == "updated" and type(value) is not str:
                return False
    return all(value is None or type(value) in (str, int, float, bool)
               for value in doc["settings"].values())


class ReadingState:
    """Per-article read marks and positions plus a few settings; saved on every change.

    When the store is read-only, changes are kept in memory for this session only.
    """

    def __init__(self, data_dir: Path, *, read_only: bool, messages: list[str]) -> None:
        self.path = data_dir / STATE_NAME
        self.read_only = read_only
        self._doc = self._load(messages)

    def _load(self, messages: list[str]) -> dict[str, Any]:
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return _empty()
        except OSError as exc:
            self.read_only = True
            messages.append(f"Cannot read {self.path} ({exc.strerror}); reading positions "
                            "will not be saved this session.")
            return _empty()
        try:
            doc = codec.loads(raw)
        except ValueError:
            doc = None
        version = doc.get("schema_version") if isinstance(doc, dict) else None
        if isinstance(version, int) and version > STATE_VERSION:
            self.read_only = True
            messages.append(f"{self.path} was written by a newer reader; it is left as it is "
                            "and reading positions will not be saved this session.")
            return _empty()
        if _valid(doc):
            assert isinstance(doc, dict)
            return doc
        if self.read_only:
            messages.append(f"{self.path} is damaged; reading positions start empty.")
            return _empty()
        aside = damaged_name(self.path)
        try:
            os.replace(self.path, aside)
            fsync_dir(self.path.parent)
        except (OSError, StoreWriteError) as exc:
            self.read_only = True
            messages.append(f"{self.path} is damaged and could not be moved aside ({exc}); "
                            "reading positions will not be saved this session.")
            return _empty()
        messages.append(f"The reading-state file was damaged; it was moved to {aside} and "
                        "read marks and positions start afresh (bookmarks and notes are "
                        "not affected).")
        return _empty()

    def _save(self) -> None:
        if not self.read_only:
            atomic_write(self.path, codec.dumps(self._doc))

    def _article(self, article_id: str) -> dict[str, Any]:
        entry: dict[str, Any] = self._doc["articles"].get(article_id, {})
        return entry

    def _update_article(self, article_id: str, **fields: Any) -> None:
        entry = dict(self._article(article_id))
        if all(entry.get(k) == v for k, v in fields.items()):
            return  # nothing changed: no write
        entry.update(fields, updated=now_iso())
        previous = self._doc["articles"].get(article_id)
        self._doc["articles"][article_id] = entry
        try:
            self._save()
        except BaseException:
            if previous is None:
                self._doc["articles"].pop(article_id, None)
            else:
                self._doc["articles"][article_id] = previous
            raise

    def is_read(self, article_id: str) -> bool:
        return bool(self._article(article_id).get("read", False))

    def read_ids(self) -> frozenset[str]:
        return frozenset(a for a, e in self._doc["articles"].items() if e.get("read"))

    def set_read(self, article_id: str, read: bool = True) -> None:
        self._update_article(article_id, read=read)

    def position(self, article_id: str) -> float | None:
        value = self._article(article_id).get("position")
        return float(value) if isinstance(value, int | float) else None

    def set_position(self, article_id: str, position: float) -> None:
        self._update_article(article_id, position=float(position))

    @property
    def last_article(self) -> str | None:
        value = self._doc.get("last_article")
        return value if isinstance(value, str) else None

    def set_last_article(self, article_id: str | None) -> None:
        self._set_top("last_article", article_id)

    def setting(self, name: str, default: SettingValue = None) -> SettingValue:
        value = self._doc["settings"].get(name, default)
        return value if isinstance(value, str | int | float | bool) else default

    def set_setting(self, name: str, value: SettingValue) -> None:
        settings = dict(self._doc["settings"])
        if settings.get(name) == value and name in settings:
            return
        settings[name] = value
        self._set_top("settings", settings)

    def _set_top(self, key: str, value: Any) -> None:
        if self._doc.get(key) == value:
            return
        previous = self._doc.get(key)
        self._doc[key] = value
        try:
            self._save()
        except BaseException:
            self._doc[key] = previous
            raise

    def merge(self, other: dict[str, Any]) -> None:
        """Take in an exported state: read marks are added; what is already here is kept."""
        if not _valid(other):
            return
        doc = codec.loads(codec.dumps(self._doc))
        for article_id, entry in other["articles"].items():
            mine = doc["articles"].get(article_id)
            if mine is None:
                doc["articles"][article_id] = entry
            elif entry.get("read") and not mine.get("read"):
                mine["read"] = True
        if doc.get("last_article") is None:
            doc["last_article"] = other.get("last_article")
        for name, value in other["settings"].items():
            doc["settings"].setdefault(name, value)
        if doc != self._doc:
            previous, self._doc = self._doc, doc
            try:
                self._save()
            except BaseException:
                self._doc = previous
                raise

    def article_ids(self) -> frozenset[str]:
        """Every article id the state holds (read marks, positions, the last article)."""
        ids = set(self._doc["articles"])
        if self.last_article is not None:
            ids.add(self.last_article)
        return frozenset(ids)

    def rename_articles(self, renames: Mapping[str, str]) -> None:
        """Move entries from old article ids to new ones (one save); an entry already kept
        under the new id wins."""
        articles = dict(self._doc["articles"])
        for old, new in renames.items():
            if old in articles:
                entry = articles.pop(old)
                articles.setdefault(new, entry)
        last = self._doc.get("last_article")
        doc = {**self._doc, "articles": articles,
               "last_article": renames.get(last, last) if isinstance(last, str) else last}
        if doc == self._doc:
            return
        previous, self._doc = self._doc, doc
        try:
            self._save()
        except BaseException:
            self._doc = previous
            raise

    def to_dict(self) -> dict[str, Any]:
        """A copy of the whole state document (for export)."""
        return codec.loads(codec.dumps(self._doc))  # type: ignore[no-any-return]
