"""Articles: the model, loading from disk, sanitising untrusted text. No Textual here."""

from reader.articles.loader import ARTICLE_SUFFIXES, ArticleError, discover, load_article
from reader.articles.model import Article

__all__ = ["ARTICLE_SUFFIXES", "Article", "ArticleError", "discover", "load_article"]
