"""The full text of an item whose feed gives only a summary: the page, fetched with the same
limits as feeds, and its main text found by trafilatura (Apache-2.0).

trafilatura (and lxml under it) is imported on first use: start-up never pays for it.
The text found is cached on the item by the caller; when nothing usable is found the
item keeps its summary and the caller tells the user why.
"""

from __future__ import annotations

from reader.articles.sanitise import sanitise_text
from reader.feeds.fetch import PAGE_ACCEPT, Fetcher, FetchError
from reader.feeds.pages import decode_page
from reader.feeds.storage import FullTextPolicy, StoredItem

# A feed text shorter than this many words is a summary, not the article.
SHORT_TEXT_WORDS = 150
# An extraction shorter than this is a cookie banner or an error page, not the article.
MIN_EXTRACTED_CHARS = 200


class FullTextError(Exception):
    """No full text for an item; the message is for the user."""


def is_short(text: str) -> bool:
    return len(text.split()) < SHORT_TEXT_WORDS


def wants_full_text(item: StoredItem, policy: FullTextPolicy) -> bool:
    """Whether to fetch the page of `item` without being asked, under the feed's policy."""
    if item.full_text or item.full_text_error or not item.url:
        return False  # cached, or tried and failed: only an explicit request tries again
    if policy == "always":
        return True
    return policy == "short" and (not item.has_content or is_short(item.text))


def extract_main_text(html: str, url: str | None = None) -> str:
    """The article text of a page, paragraphs kept; FullTextError when none is found."""
    import trafilatura  # heavy (lxml and friends): only when a page is extracted

    try:
        found = trafilatura.extract(html, url=url, output_format="txt", include_comments=False,
                                    include_tables=False, include_images=False,
                                    include_links=False, favor_precision=True)
    except Exception as error:  # a third-party parser on hostile input: any failure is ours
        raise FullTextError(f"the page could not be read ({type(error).__name__})") from None
    if not found:
        raise FullTextError("no article text found on the page")
    paragraphs = [line.strip() for line in found.splitlines() if line.strip()]
    text = sanitise_text("\n\n".join(paragraphs)).strip()
    if len(text) < MIN_EXTRACTED_CHARS:
        raise FullTextError("the page holds too little text to be the article")
    return text


async def fetch_full_text(fetcher: Fetcher, url: str) -> str:
    """Fetch the page at `url` and extract its text; FullTextError with a message if not."""
    try:
        result = await fetcher.fetch(url, accept=PAGE_ACCEPT)
    except FetchError as error:
        raise FullTextError(f"the page could not be fetched: {error.message}") from None
    if result.content_type and "html" not in result.content_type:
        raise FullTextError(f"the link is not a web page ({result.content_type})")
    return extract_main_text(decode_page(result.body, result.charset), result.final_url)
