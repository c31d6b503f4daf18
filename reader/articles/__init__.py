"""Articles: the model, sources (files; feeds later), decoding, sanitising. No Textual.

- `Article`: one text as the reader shows it and the analyser reads it (model.py).
- `article_from_text(text)`: title, body range, source credit, date and id (build.py).
- `sources`: the Source protocol and `FilesSource`; `load_article(path)` for one file.
- `sanitise_text` / `sanitise_line` / `sanitise_display`: untrusted text made safe for
  the terminal (the one sanitiser, at ingestion and at render).

The names below are imported from their modules when first asked for, not with the
package: `reader analyze` imports `reading.py` and `build.py` alone (no Article model,
no sources), and importing any module of the package runs this one first.
"""

from __future__ import annotations

import importlib

TYPE_CHECKING = False  # (reader/records.py says why not typing's)

if TYPE_CHECKING:
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

# Where each name of the package lives.
_HOMES = {
    "article_from_text": "reader.articles.build",
    "content_id": "reader.articles.build",
    "Article": "reader.articles.model",
    "sanitise_display": "reader.articles.sanitise",
    "sanitise_line": "reader.articles.sanitise",
    "sanitise_text": "reader.articles.sanitise",
    **dict.fromkeys(("ARTICLE_SUFFIXES", "ArticleError", "Batch", "FilesSource", "LoadFailure",
                     "Source", "discover", "load_article", "load_articles"),
                    "reader.articles.sources"),
}

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


def __getattr__(name: str) -> object:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(home), name)
    globals()[name] = value  # asked once
    return value
