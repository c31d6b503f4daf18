"""The store's errors. Each carries a message written for the user, not a traceback."""

from __future__ import annotations

from pathlib import Path


class StoreError(Exception):
    """Base class: `str(error)` is a complete sentence the UI or CLI can show as is."""


class StoreBusyError(StoreError):
    """Another process holds the store's lock and the caller asked not to open read-only."""

    def __init__(self, path: Path, owner: str) -> None:
        super().__init__(
            f"The store in {path} is busy: it is in use by {owner}. "
            "Close that reader and try again."
        )
        self.path = path
        self.owner = owner


class StoreReadOnlyError(StoreError):
    """A write was attempted on a store opened read-only."""


class StoreWriteError(StoreError):
    """Saving failed; the message says which step and that the previous state is intact."""


class StoreNewerSchemaError(StoreError):
    """The file was written by a newer reader; it is left exactly as it is."""

    def __init__(self, path: Path, found: int, supported: int) -> None:
        super().__init__(
            f"{path} was written by a newer version of reader (store schema {found}; "
            f"this version understands up to {supported}). Upgrade reader to open it; "
            "the file was left untouched."
        )
        self.path = path
        self.found = found
        self.supported = supported


class StoreUnreadableError(StoreError):
    """The file exists but cannot be read (permissions, a folder in its place...)."""


class StoreDamagedError(StoreError):
    """A damaged file that could not be set aside (for example in read-only mode)."""


class StoreIdClashError(StoreError):
    """A record's id belongs to another record already (ids are unique store-wide)."""
