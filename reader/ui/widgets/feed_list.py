"""FeedList: "All feeds", then each tag and each feed with its unread count, its state
(refreshing, last error) beside it. Choosing a row shows only its items in the article list.

Feed titles, tags and error messages come from the network: they are only ever plain
Content (GUIDE §2), never markup.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from textual import on
from textual.content import Content
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from reader.articles import sanitise_line as one_line
from reader.ui.commands import bindings_for
from reader.ui.messages import FeedChosen, FeedEditRequested

ALL_FEEDS = "all"
TAG_PREFIX = "tag:"
FEED_PREFIX = "feed:"


@dataclass(frozen=True, slots=True)
class FeedRow:
    """What one feed row shows."""

    url: str
    name: str
    tags: tuple[str, ...] = ()
    error: str | None = None
    refreshing: bool = False


def row_content(label: str, unread: int, *, error: str | None = None,
                refreshing: bool = False, indent: str = "") -> Content:
    mark = "⟳ " if refreshing else ("! " if error else "  ")
    parts = [Content.styled(mark, ".feed-list--error" if error and not refreshing
                            else ".feed-list--mark"),
             Content(indent + (one_line(label) or "(untitled)"))]
    if unread:
        parts.append(Content.styled(f" ({unread})", ".feed-list--unread"))
    if error and not refreshing:
        parts.append(Content.styled(f"\n    {one_line(error)}", ".feed-list--error"))
    return Content.assemble(*parts)


class FeedList(OptionList):
    """The subscriptions; Enter or a click posts FeedChosen."""

    COMMAND_SCOPE = "feeds"
    BINDINGS = bindings_for("feeds")
    COMPONENT_CLASSES = OptionList.COMPONENT_CLASSES | {
        "feed-list--mark", "feed-list--unread", "feed-list--error"}

    def __init__(self, *, id: str | None = "feed-list") -> None:
        super().__init__(id=id, markup=False)
        self.border_title = "Feeds"
        self._rows: dict[str, FeedRow] = {}
        self._unread: dict[str, int] = {}

    @property
    def feed_urls(self) -> list[str]:
        return list(self._rows)

    def feed(self, url: str) -> FeedRow | None:
        return self._rows.get(url)

    def set_feeds(self, rows: Iterable[FeedRow]) -> None:
        self._rows = {row.url: row for row in rows}
        self._rebuild()

    def set_unread(self, unread_by_feed: Mapping[str, int]) -> None:
        if dict(unread_by_feed) != self._unread:
            self._unread = dict(unread_by_feed)
            self._rebuild()

    def set_refreshing(self, urls: Iterable[str], refreshing: bool = True) -> None:
        for url in urls:
            row = self._rows.get(url)
            if row is not None:
                self._rows[url] = FeedRow(row.url, row.name, row.tags, row.error, refreshing)
        self._rebuild()

    def set_status(self, url: str, error: str | None, *, new_url: str | None = None) -> None:
        row = self._rows.pop(url, None)
        if row is None:
            return
        key = new_url or url
        self._rows[key] = FeedRow(key, row.name, row.tags, error, False)
        self._rebuild()

    @property
    def chosen_id(self) -> str | None:
        option = self.highlighted_option
        return option.id if option is not None else None

    def _rebuild(self) -> None:
        # Rebuilt whole (tens of rows); the highlighted row stays where it was.
        current = self.chosen_id
        total = sum(self._unread.get(url, 0) for url in self._rows)
        options = [Option(row_content("All feeds", total), id=ALL_FEEDS)]
        tags = sorted({tag for row in self._rows.values() for tag in row.tags}, key=str.casefold)
        for tag in tags:
            unread = sum(self._unread.get(r.url, 0) for r in self._rows.values() if tag in r.tags)
            options.append(Option(row_content(f"#{tag}", unread), id=TAG_PREFIX + tag))
        for row in sorted(self._rows.values(), key=lambda r: (r.name.casefold(), r.url)):
            options.append(Option(row_content(row.name, self._unread.get(row.url, 0),
                                              error=row.error, refreshing=row.refreshing),
                                  id=FEED_PREFIX + row.url))
        self.set_options(options)
        ids = [option.id for option in options]
        self.highlighted = ids.index(current) if current in ids else 0
        refreshing = sum(1 for row in self._rows.values() if row.refreshing)
        self.border_subtitle = f"refreshing {refreshing}" if refreshing else f"{len(self._rows)}"

    def urls_for(self, choice: str | None) -> set[str] | None:
        """The feed URLs a row stands for; None for "All feeds"."""
        if choice is None or choice == ALL_FEEDS:
            return None
        if choice.startswith(TAG_PREFIX):
            tag = choice[len(TAG_PREFIX):]
            return {row.url for row in self._rows.values() if tag in row.tags}
        return {choice[len(FEED_PREFIX):]}

    def action_edit_feed(self) -> None:
        choice = self.chosen_id
        if choice is not None and choice.startswith(FEED_PREFIX):
            self.post_message(FeedEditRequested(choice[len(FEED_PREFIX):]))
        else:
            self.notify("Choose a feed (not a tag or \"All feeds\") to edit it.")

    @on(OptionList.OptionSelected)
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.post_message(FeedChosen(event.option.id))
