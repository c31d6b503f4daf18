"""Feeds: subscriptions, fetching, parsing, OPML and full text. No Textual here.

- `urls`: which URLs are fetched (http and https only).
- `fetch`: the HTTP client with reader's limits (timeouts, deadline, size, redirects,
  conditional GET, Retry-After, caps of 8 fetches at once and 2 per host).
- `parse`, `jsonfeed`, `model`: RSS, Atom and JSON Feed documents to `ParsedFeed`.
- `discovery`: the feeds a web page announces.
- `fulltext`, `pages`: a page's main text (trafilatura, imported on first use).
- `database`, `storage`: the feeds tables in the library's SQLite file.
- `refresh`, `subscribe`: fetch-parse-store for many feeds, or one new one.
- `opml`: import and export of subscriptions.
"""
