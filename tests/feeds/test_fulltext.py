"""Full text: extraction on pages written here, and fetch-extract-cache with fallback."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.feeds.fetch import FetchPolicy
from reader.feeds.fulltext import FullTextError, extract_main_text, wants_full_text
from reader.feeds.refresh import fetch_full_texts, items_wanting_full_text, refresh_feeds
from reader.feeds.storage import FeedStore
from tests.feeds.fixtures import rss
from tests.feeds.server import FeedServer

PAGES = Path(__file__).parent / "data" / "pages"


def test_boilerplate_goes_and_quotes_stay() -> None:
    text = extract_main_text((PAGES / "harbour.html").read_text("utf-8"))
    assert text.startswith("New lighthouse keeper named\n\nThe harbour board on Monday")
    assert ('"I have wanted this since I was a boy watching the beam from my bedroom window,"'
            " Wollam said") in text
    assert '"A light needs a person who knows its moods," she told the crowd.' in text
    for boilerplate in ("cookies", "Subscribe now", "Most read", "First! Great news",
                        "All rights reserved", "Privacy policy", "analytics"):
        assert boilerplate not in text
    assert "\n\n" in text  # paragraphs kept


def test_curly_quotes_and_a_blockquote_stay() -> None:
    text = extract_main_text((PAGES / "festival.html").read_text("utf-8"))
    assert "\u201cThis year we finally had the volunteers and the money.\u201d" in text
    assert "\u201cThe quay has not been this busy since the fishing fleet left,\u201d" in text
    for boilerplate in ("Log in", "Register", "Share on social media", "newsletter",
                        "Powered by"):
        assert boilerplate not in text


def test_a_page_without_an_article_is_an_error() -> None:
    with pytest.raises(FullTextError):
        extract_main_text((PAGES / "empty.html").read_text("utf-8"))


def test_fetched_extracted_cached_and_the_summary_kept_on_failure(
        server: FeedServer, store: FeedStore, policy: FetchPolicy) -> None:
    server.serve("/feed", rss([("Keeper named", "k", "/keeper"), ("Gone", "g", "/gone"),
                               ("Script app", "s", "/app")]))
    server.serve("/keeper", (PAGES / "harbour.html").read_bytes(), content_type="text/html")
    server.serve("/app", (PAGES / "empty.html").read_bytes(), content_type="text/html")
    store.add_feed(server.url("/feed"))
    refresh_feeds(store, policy=policy)
    feed = store.feeds()[0]
    wanted = items_wanting_full_text(store, feed)  # summaries only: all three, by policy
    assert len(wanted) == 3
    outcomes = {o.article_id: o for o in fetch_full_texts(store, wanted, policy=policy)}
    by_title = {item.title: item for item in store.items()}
    keeper, gone, app = by_title["Keeper named"], by_title["Gone"], by_title["Script app"]
    assert keeper.full_text is not None and "north light" in keeper.best_text
    assert outcomes[keeper.article_id].error is None
    assert "not found (HTTP 404)" in (gone.full_text_error or "")
    assert gone.best_text == "The council met on Tuesday."  # the summary stays
    assert "no article text" in (app.full_text_error or "")
    # Cached: tried items are not wanted again, and a re-fetch of the feed keeps the text.
    assert items_wanting_full_text(store, feed) == []
    refresh_feeds(store, policy=policy, force=True)
    assert store.item(keeper.article_id).full_text == keeper.full_text  # type: ignore[union-attr]


def test_policy_never_and_always(server: FeedServer, store: FeedStore,
                                 policy: FetchPolicy) -> None:
    server.serve("/feed", rss([("One", "1", "/one")]))
    store.add_feed(server.url("/feed"))
    refresh_feeds(store, policy=policy)
    [item] = store.items()
    assert wants_full_text(item, "short") and wants_full_text(item, "always")
    assert not wants_full_text(item, "never")
    store.set_full_text_policy(server.url("/feed"), "never")
    assert items_wanting_full_text(store, store.feeds()[0]) == []
