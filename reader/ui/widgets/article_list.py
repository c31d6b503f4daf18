"""ArticleList: title, source, date, unread dot and bookmark star, one option per article.

An OptionList renders only the lines in view, so it keeps up with 10,000 rows (a
ListView would build a widget per row). Rows are two lines and never wrap, which keeps
the per-row layout cost small when thousands are added.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from operator import is_
from typing import overload

from textual import on
from textual.content import Content
from textual.css.styles import RulesMap
from textual.geometry import Size
from textual.strip import Strip
from textual.style import Style
from textual.visual import RenderOptions, Visual
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from reader.articles import Article, sanitise_line
from reader.ui.commands import bindings_for
from reader.ui.messages import ArticleChosen

ROW_HEIGHT = 2
# The list's orders, in the order `s` cycles through them; "loaded" is the library's.
SORT_ORDERS = ("loaded", "date", "source", "title", "unread")
SORT_NAMES = {"loaded": "as loaded", "date": "date, newest first", "source": "source",
              "title": "title", "unread": "unread first"}
UNREAD_MARK = "●"
STAR_MARK = "★"


def row_prompt(article: Article, *, unread: bool, starred: bool) -> Content:
    """The two-line prompt of one article: untrusted text only ever as plain Content."""
    # The marks come first, in fixed columns, so a long title cut to the width never
    # takes them with it.
    dot = Content.styled(UNREAD_MARK if unread else " ", ".article-list--unread")
    star = Content.styled(STAR_MARK if starred else " ", ".article-list--star")
    title = Content(sanitise_line(article.title) or "(untitled)")
    if unread:
        title = title.stylize(".article-list--title-unread")
    meta_parts = [sanitise_line(article.source)] if article.source else []
    if article.date is not None:
        # The narrow column's form of "(file date)": the file's date, not the article's.
        meta_parts.append(article.date.isoformat() + (" (file)" if article.file_dated else ""))
    meta = Content.styled("   " + (" · ".join(meta_parts) or "—"), ".article-list--meta")
    return Content.assemble(dot, star, " ", title, "\n", meta)


def sort_key(order: str, read: set[str]) -> Callable[[Article], tuple[object, ...]] | None:
    """The key that puts articles in `order` (None: keep the library's order)."""
    if order == "date":
        # Newest first; undated articles last (a stable sort keeps their order).
        return lambda a: (a.date is None, -(a.date or dt.date.min).toordinal())
    if order == "source":
        return lambda a: (a.source is None, (a.source or "").casefold(), a.title.casefold())
    if order == "title":
        return lambda a: (a.title.casefold(),)
    if order == "unread":
        return lambda a: (a.id in read,)
    return None


class ArticleRow(Visual):
    """One row of the list: always two lines, and built only when it is first drawn.

    OptionList measures every option's height when options are added; a Content prompt
    would be wrapped just to learn it is two lines, 10,000 times at start-up.
    """

    __slots__ = ("_content", "article", "starred", "unread")

    def __init__(self, article: Article, *, unread: bool, starred: bool) -> None:
        self.article, self.unread, self.starred = article, unread, starred
        self._content: Content | None = None

    @property
    def content(self) -> Content:
        if self._content is None:
            self._content = row_prompt(self.article, unread=self.unread, starred=self.starred)
        return self._content

    def __str__(self) -> str:
        return self.content.plain

    def render_strips(self, width: int, height: int | None, style: Style,
                      options: RenderOptions) -> list[Strip]:
        return self.content.render_strips(width, height, style, options)

    def get_optimal_width(self, rules: RulesMap, container_width: int) -> int:
        return self.content.get_optimal_width(rules, container_width)

    def get_height(self, rules: RulesMap, width: int) -> int:
        return ROW_HEIGHT


def _row_article(option: Option) -> Article | None:
    row = option.prompt
    return row.article if isinstance(row, ArticleRow) else None


class _RowLines(Sequence[tuple[int, int]]):
    """OptionList's `lines` (option index, line within it) for `rows` rows of
    ROW_HEIGHT lines, computed rather than stored: a list of 20,000 tuples is 1.6 MB."""

    def __init__(self) -> None:
        self.rows = 0

    def __len__(self) -> int:
        return self.rows * ROW_HEIGHT

    @overload
    def __getitem__(self, index: int) -> tuple[int, int]: ...
    @overload
    def __getitem__(self, index: slice) -> list[tuple[int, int]]: ...

    def __getitem__(self, index: int | slice) -> tuple[int, int] | list[tuple[int, int]]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        size = len(self)
        if index < 0:
            index += size
        if not 0 <= index < size:
            raise IndexError(index)
        return divmod(index, ROW_HEIGHT)

    def clear(self) -> None:
        self.rows = 0


class _RowMap(Mapping[int, int]):
    """OptionList's `heights` (each row: ROW_HEIGHT) or `index_to_line` (row i starts
    at line i * ROW_HEIGHT) over the rows of `lines`, computed: two dicts of 10,000 ints
    are another 1.5 MB."""

    def __init__(self, lines: _RowLines, *, heights: bool) -> None:
        self._lines = lines
        self._heights = heights

    def __getitem__(self, index: int) -> int:
        if not 0 <= index < self._lines.rows:
            raise KeyError(index)
        return ROW_HEIGHT if self._heights else index * ROW_HEIGHT

    def __iter__(self) -> Iterator[int]:
        return iter(range(self._lines.rows))

    def __len__(self) -> int:
        return self._lines.rows

    def clear(self) -> None:
        self._lines.clear()


class _RowLineCache:
    """Stands for OptionList's private `_LineCache` when every row is ROW_HEIGHT lines
    and there are no dividers (ArticleList's rows): the same answers, no storage."""

    def __init__(self) -> None:
        self.lines = _RowLines()
        self.heights = _RowMap(self.lines, heights=True)
        self.index_to_line = _RowMap(self.lines, heights=False)

    def clear(self) -> None:
        self.lines.clear()


class ArticleList(OptionList):
    """The list of opened articles; Enter or a click posts ArticleChosen."""

    COMMAND_SCOPE = "list"
    BINDINGS = bindings_for("list")
    COMPONENT_CLASSES = OptionList.COMPONENT_CLASSES | {
        "article-list--unread",
        "article-list--title-unread",
        "article-list--star",
        "article-list--meta",
    }

    def __init__(self, *, id: str | None = "article-list") -> None:
        super().__init__(id=id, markup=False)
        self.border_title = "Articles"
        self._articles: dict[str, Article] = {}
        self._read: set[str] = set()
        self._starred: set[str] = set()
        self.article_order = "loaded"
        # Rows built and hidden now by a filter: showing them again reuses them instead
        # of building them anew (the shown ones are OptionList's `_id_to_option`). A
        # hidden row whose marks change is dropped (`_refresh_row`), so a kept one is
        # current.
        self._hidden_rows: dict[str, Option] = {}
        # The article the user's cursor is on, kept while a filter hides it: the cursor
        # goes back to it when the filter shows it again. `_stand_in` is the row the
        # cursor was put on meanwhile (it moving elsewhere is the user's choice).
        self._wanted_id: str | None = None
        self._stand_in_id: str | None = None
        self._line_cache = _RowLineCache()  # type: ignore[assignment]

    def _option(self, article: Article) -> Option:
        """The row of `article`: the one shown or kept hidden, else a new one."""
        built = self._id_to_option.get(article.id) or self._hidden_rows.get(article.id)
        if built is not None and _row_article(built) is article:
            return built
        return self._new_option(article)

    def _new_option(self, article: Article) -> Option:
        row = ArticleRow(article, unread=article.id not in self._read,
                         starred=article.id in self._starred)
        return Option(row, id=article.id)

    def append_articles(self, articles: Iterable[Article]) -> None:
        new = [a for a in articles if a.id not in self._articles]
        if not new:
            return
        if self.article_order != "loaded":
            self.show_only([*self._articles.values(), *new])  # re-sorted with the new ones
            return
        for article in new:
            self._articles[article.id] = article
        self.add_options([self._option(a) for a in new])
        self._update_title()

    @property
    def article_ids(self) -> list[str]:
        """The ids of the rows, top to bottom."""
        return list(self._articles)

    def show_only(self, articles: Iterable[Article]) -> None:
        """Replace the rows (a filter result), keeping the highlighted article if shown,
        and putting the cursor back on it when a later result shows it again."""
        current = self.highlighted_id
        if current != self._stand_in_id:
            self._wanted_id = current  # the user moved (or nothing is shown)
        key = sort_key(self.article_order, self._read)
        rows = list(articles) if key is None else sorted(articles, key=key)
        ids = [a.id for a in rows]
        if ids == list(self._articles) and all(map(is_, rows, self._articles.values())):
            return  # the same rows: a key that did not change the answer costs nothing
        self._articles = dict(zip(ids, rows, strict=True))
        option = self._option
        options = [option(a) for a in rows]
        hidden = self._hidden_rows
        for shown in self._options:
            if shown.id is not None and shown.id not in self._articles:
                hidden[shown.id] = shown
        for article_id in ids:
            hidden.pop(article_id, None)
        self._set_rows(options, ids)
        wanted = self._wanted_id
        if wanted is not None and wanted in self._articles:
            self.highlighted = self.get_option_index(wanted)
            self._stand_in_id = None
        elif self._articles:
            self.highlighted = 0
            self._stand_in_id = self.highlighted_id
        self._update_title()

    # Swapping rows in bulk -------------------------------------------------------------
    # OptionList.set_options and _update_lines spend some microseconds per option (ids
    # checked one by one, each row asked its height): 60 to 170 ms for 10,000 rows, on
    # every key of the filter. Every row here is an ArticleRow of ROW_HEIGHT lines and
    # there are no dividers, so the same state is built with whole-list operations. This
    # leans on OptionList's private fields (textual is pinned to 8.2.x);
    # tests/ui/test_filter.py compares the result with OptionList's own.

    def _set_rows(self, options: list[Option], ids: list[str]) -> None:
        """What `set_options(options)` does, for rows of fixed height with unique `ids`
        (the options' own, in order)."""
        self._options.clear()
        self._options.extend(options)
        self._line_cache.clear()
        self._option_render_cache.clear()
        self._id_to_option.clear()
        self._id_to_option.update(zip(ids, options, strict=True))
        self._option_to_index.clear()
        self._option_to_index.update(zip(options, range(len(options)), strict=True))
        self.highlighted = None
        self.scroll_y = 0
        if self.is_mounted:
            self.refresh(layout=self.styles.auto_dimensions)
            self._update_lines()

    def _update_lines(self) -> None:
        if not self.scrollable_content_region:
            return
        lines = self._line_cache.lines
        if not isinstance(lines, _RowLines):  # OptionList's own cache (a test's reference)
            super()._update_lines()
            return
        lines.rows = len(self._options)
        width = self.scrollable_content_region.width - self._get_left_gutter_width()
        virtual_size = Size(width, len(lines))
        if virtual_size != self.virtual_size:
            self.virtual_size = virtual_size
            self._scroll_update(virtual_size)

    def _update_title(self) -> None:
        self.border_subtitle = f"{self.option_count}"

    @property
    def highlighted_id(self) -> str | None:
        option = self.highlighted_option
        return option.id if option is not None else None

    def shows(self, article_id: str) -> bool:
        return article_id in self._articles

    def highlight_article(self, article_id: str) -> None:
        if article_id in self._articles:
            self.highlighted = self.get_option_index(article_id)

    def _refresh_row(self, article_id: str) -> None:
        self._hidden_rows.pop(article_id, None)  # hidden: built again when shown
        article = self._articles.get(article_id)
        if article is not None:
            self.replace_option_prompt(article_id, self._new_option(article).prompt)

    def set_read(self, article_ids: Iterable[str]) -> None:
        new = set(article_ids)
        changed = new ^ self._read
        self._read = new
        for article_id in changed:
            self._refresh_row(article_id)

    @property
    def starred(self) -> frozenset[str]:
        return frozenset(self._starred)

    def set_starred(self, article_ids: Iterable[str]) -> None:
        new = set(article_ids)
        changed = new ^ self._starred
        self._starred = new
        for article_id in changed:
            self._refresh_row(article_id)

    @on(OptionList.OptionSelected)
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id is not None:
            self.post_message(ArticleChosen(event.option.id))
