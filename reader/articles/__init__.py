"""Articles: the model, loading from disk, sanitising untrusted text. No Textual here.

- `discover(paths)`: the .txt/.md files named by files and folders (recursive).
- `load_article(path)`: one file as an Article, or ArticleError with a message for the user.
- `load_articles(paths)`: both, for a whole selection: (articles, errors).
- `sanitise_text` / `sanitise_line`: untrusted text made safe for the terminal.
- `AnalysisCache`: analyses by content hash, for the article being read.
"""

from reader.articles.cache import AnalysisCache
from reader.articles.loader import (
    ARTICLE_SUFFIXES,
    ArticleError,
    article_from_text,
    discover,
    load_article,
    load_articles,
)
from reader.articles.model import Article
from reader.articles.sanitise import sanitise_line, sanitise_text

__all__ = [
    "ARTICLE_SUFFIXES",
    "AnalysisCache",
    "Article",
    "ArticleError",
    "article_from_text",
    "discover",
    "load_article",
    "load_articles",
    "sanitise_line",
    "sanitise_text",
]
