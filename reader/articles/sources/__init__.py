"""Where articles come from: the Source protocol and its implementations.

- `Source`: yields `Batch`es of articles and `LoadFailure`s (see base.py).
- `FilesSource(paths)`: article files and folders (files.py, the one walker).
"""

from reader.articles.sources.base import (
    BATCH_SIZE,
    FIRST_BATCH,
    Batch,
    LoadFailure,
    Source,
    in_batches,
)
from reader.articles.sources.files import (
    ARTICLE_SUFFIXES,
    ArticleError,
    FilesSource,
    discover,
    iter_article_paths,
    load_article,
    load_articles,
)

__all__ = [
    "ARTICLE_SUFFIXES",
    "BATCH_SIZE",
    "FIRST_BATCH",
    "ArticleError",
    "Batch",
    "FilesSource",
    "LoadFailure",
    "Source",
    "discover",
    "in_batches",
    "iter_article_paths",
    "load_article",
    "load_articles",
]
