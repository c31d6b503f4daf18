"""Finding the articles that stores written with the old ids mean.

An article used to be known by its title's slug and the first characters of its content
hash (`reader.articles.content_id`); it is now known by its place. The old id of a
loaded article can be computed from its title and hash, so the records saved under it
can be moved to the new id the first time the article is loaded again.
"""

from __future__ import annotations

from collections.abc import Iterable

from reader.articles.build import ID_HASH_CHARS, content_id
from reader.articles.model import Article


class LegacyIds:
    """The old ids still waiting for their article, matched against loaded articles."""

    def __init__(self, ids: Iterable[str]) -> None:
        self._waiting = set(ids)
        # The hash part of each old id: a cheap test before slugifying a title.
        self._suffixes = {i.rsplit("-", 1)[-1] for i in self._waiting}

    def __bool__(self) -> bool:
        return bool(self._waiting)

    def renames_for(self, articles: Iterable[Article]) -> dict[str, str]:
        """{old id: new id} for the articles that were saved under an old id."""
        renames: dict[str, str] = {}
        if not self._waiting:
            return renames
        for article in articles:
            if article.content_hash[:ID_HASH_CHARS] not in self._suffixes:
                continue
            old = content_id(article.title, article.content_hash)
            if old in self._waiting and old != article.id:
                renames[old] = article.id
                self._waiting.discard(old)
        return renames
