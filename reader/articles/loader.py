"""Reading article files from disk.

Placeholder loader: strict UTF-8, first line as the title. The full loader (encodings,
sanitising, metadata) replaces it behind the same functions.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from pathlib import Path

from slugify import slugify

from reader.articles.model import Article

ARTICLE_SUFFIXES = (".txt", ".md")


class ArticleError(Exception):
    """An article file that cannot be opened; the message is for the user."""


def discover(paths: Iterable[Path]) -> list[Path]:
    """The article files named by `paths`: files as given, folders searched recursively."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(
                sorted(p for p in path.rglob("*") if p.suffix.lower() in ARTICLE_SUFFIXES)
            )
        else:
            found.append(path)
    return found


def load_article(path: Path) -> Article:
    """Read one article file; raises ArticleError with a message for the user."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ArticleError(f"{path}: cannot be read ({exc.strerror})") from exc
    text = raw.decode("utf-8", errors="replace").replace("\r\n", "\n").replace("\r", "\n")
    title = text.split("\n", 1)[0].strip()[:120] or path.stem
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    slug = slugify(title, max_length=60, word_boundary=True) or "article"
    return Article(
        id=f"{slug}-{digest[:8]}", title=title, text=text, content_hash=digest, path=path
    )
