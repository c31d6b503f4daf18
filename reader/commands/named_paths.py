"""The files and folders named on a command line, as the commands that read them see them."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path


def missing_paths(names: Sequence[str]) -> list[str]:
    """The paths among `names` that do not exist: their loading says so on stderr, and
    the command ends with status 1 once it has answered for the rest (a typo shows)."""
    return [name for name in names if not Path(name).exists()]
