"""How a count reads in English, the one place the app and the shell spell it."""

from __future__ import annotations


def counted(count: int, word: str) -> str:
    """ "1 item", "2 items", "0 feeds": `word` is the singular of a regular noun."""
    return f"{count} {word}{'' if count == 1 else 's'}"
