"""A stored feed item as an Article: its title, text and source."""

from __future__ import annotations

from reader.articles.sources.feeds import item_article
from reader.commands.list_items import Entry
from reader.feeds.storage import StoredItem


def _item(title: str, text: str, feed_title: str = "") -> StoredItem:
    return StoredItem(article_id="feed-0123456789abcdef", feed_id=1,
                      feed_url="https://micro.example/feed.json", feed_title=feed_title,
                      key="k", guid="g", url=None, title=title, author=None, published=None,
                      sort_at=0.0, text=text, has_content=True, full_text=None,
                      full_text_error=None, first_seen=0.0, read=False)


def test_an_item_without_a_title_is_headed_by_its_first_sentence() -> None:
    """JSON Feed and RSS allow title-less items (micro-posts): not "Untitled" and a blank
    line in `reader list`, but the first sentence, as a file without a headline gets."""
    text = "Ferries to the north island run again from Monday. The storm has passed."
    article = item_article(_item("", text))
    assert article.title == "Ferries to the north island run again from Monday."
    assert article.text == text and article.body == text  # the text once, all of it
    assert article.source == "https://micro.example/feed.json"  # as the feed list names it
    entry = Entry.of_item(_item("", text))
    assert entry.title == article.title and entry.source == article.source


def test_an_item_with_a_title_keeps_it_above_its_text() -> None:
    article = item_article(_item("Ferries run again", "From Monday.", "Island Post"))
    assert article.title == "Ferries run again" and article.source == "Island Post"
    assert article.text == "Ferries run again\n\nFrom Monday." and article.body == "From Monday."


def test_an_item_with_neither_title_nor_text_is_untitled() -> None:
    assert item_article(_item("", "")).title == "Untitled"
