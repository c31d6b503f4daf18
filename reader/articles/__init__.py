"""Articles: the model, sources (files; feeds later), decoding, sanitising. No Textual.

- `Article`: one text as the reader shows it and the analyser reads it (model.py).
- `article_from_text(text)`: title, body range, source credit, date and id (build.py).
- `sources`: the Source protocol and `FilesSource`; `load_article(path)` for one file.
- `sanitise_text` / `sanitise_line` / `sanitise_display`: untrusted text made safe for
  the terminal (the one sanitiser, at ingestion and at render).
"""

from reader.articles.build import article_from_text, content_id
from reader.articles.model import Article
from reader.articles.sanitise import sanitise_display, sanitise_line, sanitise_text
from reader.articles.sources import (
    ARTICLE_SUFFIXES,
    ArticleError,
    Batch,
    FilesSource,
    LoadFailure,
    Source,
    discover,
    load_article,
    load_articles,
)

__all__ = [
    "ARTICLE_SUFFIXES",
    "Article",
    "ArticleError",
    "Batch",
    "FilesSource",
    "LoadFailure",
    "Source",
    "article_from_text",
    "content_id",
    "discover",
    "load_article",
    "load_articles",
    "sanitise_display",
    "sanitise_line",
    "sanitise_text",
]
