"""ArticleList: title, source, date, unread dot and bookmark star, a row per article.

A virtual list on OptionList: OptionList renders only the lines in view, and here its
options are made only for the rows it draws or is asked for (a ListView would build a
widget per row, an OptionList an option per row). Rows are two lines and never wrap, so
where a row is is computed, not stored.
"""

from __future__ import annotations

import datetime as dt
from collections import OrderedDict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from operator import is_
from typing import Self, overload

from textual import events, on
from textual.cache import LRUCache
from textual.content import Content
from textual.css.styles import RulesMap
from textual.geometry import Size, Spacing
from textual.strip import Strip
from textual.style import Style
from textual.visual import Padding, RenderOptions, Visual
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from reader.articles import Article, sanitise_line
from reader.ui.commands import bindings_for
from reader.ui.messages import ArticleChosen

ROW_HEIGHT = 2
BUILT_ROWS_KEPT = 512  # Options kept for rows asked for lately (a few screenfuls)
RENDERED_ROWS_KEPT = 512  # their drawn strips, per row, width and style
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


class _Rows(Sequence[Option]):
    """The rows as OptionList reads them (its `_options`): the articles shown, in order,
    and an Option for a row only when one is asked for (drawn, highlighted, tested).

    Built options are kept for the last BUILT_ROWS_KEPT rows asked for; `forget` drops
    one whose marks changed, so the next ask builds it anew."""

    def __init__(self, build: Callable[[Article], Option]) -> None:
        self.articles: list[Article] = []
        self.row_of: dict[str, int] = {}  # article id -> row
        self._build = build
        self._built: OrderedDict[str, Option] = OrderedDict()

    def __len__(self) -> int:
        return len(self.articles)

    @overload
    def __getitem__(self, index: int) -> Option: ...
    @overload
    def __getitem__(self, index: slice) -> list[Option]: ...

    def __getitem__(self, index: int | slice) -> Option | list[Option]:
        if isinstance(index, slice):
            return [self.option(a) for a in self.articles[index]]
        return self.option(self.articles[index])

    def option(self, article: Article) -> Option:
        built = self._built.get(article.id)
        if built is not None and isinstance(built.prompt, ArticleRow) \
                and built.prompt.article is article:
            self._built.move_to_end(article.id)
            return built
        option = self._build(article)
        self._built[article.id] = option
        if len(self._built) > BUILT_ROWS_KEPT:
            self._built.popitem(last=False)
        return option

    def set(self, articles: list[Article], ids: list[str]) -> None:
        self.articles = articles
        self.row_of = dict(zip(ids, range(len(ids)), strict=True))

    def extend(self, articles: list[Article]) -> None:
        start = len(self.articles)
        self.articles.extend(articles)
        self.row_of.update((a.id, n) for n, a in enumerate(articles, start))

    def forget(self, article_ids: Iterable[str] | None = None) -> None:
        """Drop the built rows of `article_ids` (None: all)."""
        if article_ids is None:
            self._built.clear()
            return
        for article_id in article_ids:
            self._built.pop(article_id, None)


class _OptionIndex(Mapping[Option, int]):
    """OptionList's `_option_to_index`, answered from the rows' index."""

    def __init__(self, rows: _Rows) -> None:
        self._rows = rows

    def __getitem__(self, option: Option) -> int:
        if option.id is None:
            raise KeyError(option)
        return self._rows.row_of[option.id]

    def __iter__(self) -> Iterator[Option]:
        return iter(self._rows)

    def __len__(self) -> int:
        return len(self._rows)


class _OptionsById(Mapping[str, Option]):
    """OptionList's `_id_to_option`, answered from the rows."""

    def __init__(self, rows: _Rows) -> None:
        self._rows = rows

    def __getitem__(self, article_id: str) -> Option:
        return self._rows[self._rows.row_of[article_id]]

    def __contains__(self, article_id: object) -> bool:
        return article_id in self._rows.row_of

    def __iter__(self) -> Iterator[str]:
        return iter(self._rows.row_of)

    def __len__(self) -> int:
        return len(self._rows)


class ArticleList(OptionList):
    """The list of opened articles; Enter or a click posts ArticleChosen.

    A virtual list: OptionList draws, scrolls, takes the keys and the mouse, but its
    rows (`_options`) are the articles themselves; an Option and its prompt are built
    only for a row that is drawn or asked for, so 10,000 articles cost a list and an
    index, and a filter's answer swaps them whole."""

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
        self._rows = _Rows(self._new_option)
        self._options = self._rows  # type: ignore[assignment]
        self._option_to_index = _OptionIndex(self._rows)  # type: ignore[assignment]
        self._id_to_option = _OptionsById(self._rows)  # type: ignore[assignment]
        # A few screenfuls of drawn rows (see _get_option_render; OptionList's own cache
        # stays empty).
        self._drawn: LRUCache[tuple[Option, int, int, Style, Spacing], list[Strip]] = (
            LRUCache(maxsize=RENDERED_ROWS_KEPT))
        self._line_cache = _RowLineCache()  # type: ignore[assignment]
        self._read: set[str] = set()
        self._starred: set[str] = set()
        self.article_order = "loaded"
        # The article the user's cursor is on, kept while a filter hides it: the cursor
        # goes back to it when the filter shows it again. `_stand_in` is the row the
        # cursor was put on meanwhile (it moving elsewhere is the user's choice).
        self._wanted_id: str | None = None
        self._stand_in_id: str | None = None

    def _new_option(self, article: Article) -> Option:
        row = ArticleRow(article, unread=article.id not in self._read,
                         starred=article.id in self._starred)
        return Option(row, id=article.id)

    def add_options(self, new_options: Iterable[object]) -> Self:
        # Rows come from append_articles and show_only; OptionList's own constructor
        # adds none.
        if list(new_options):
            raise TypeError("ArticleList takes articles: append_articles or show_only")
        return self

    def append_articles(self, articles: Iterable[Article]) -> None:
        shown = self._rows.row_of
        new = [a for a in articles if a.id not in shown]
        if not new:
            return
        if self.article_order != "loaded":
            self.show_only([*self._rows.articles, *new])  # re-sorted with the new ones
            return
        self._rows.extend(new)
        self._rows_changed()
        self._update_title()

    @property
    def article_ids(self) -> list[str]:
        """The ids of the rows, top to bottom."""
        return list(self._rows.row_of)

    def show_only(self, articles: Iterable[Article]) -> None:
        """Replace the rows (a filter result), keeping the highlighted article if shown,
        and putting the cursor back on it when a later result shows it again."""
        current = self.highlighted_id
        if current != self._stand_in_id:
            self._wanted_id = current  # the user moved (or nothing is shown)
        key = sort_key(self.article_order, self._read)
        rows = list(articles) if key is None else sorted(articles, key=key)
        if len(rows) == len(self._rows.articles) and all(map(is_, rows, self._rows.articles)):
            return  # the same rows: a key that did not change the answer costs nothing
        self._rows.set(rows, [a.id for a in rows])
        self.highlighted = None
        self.scroll_y = 0
        self._rows_changed()
        wanted = self._wanted_id
        if wanted is not None and wanted in self._rows.row_of:
            self.highlighted = self._rows.row_of[wanted]
            self._stand_in_id = None
        elif rows:
            self.highlighted = 0
            self._stand_in_id = self.highlighted_id
        self._update_title()

    def _get_option_render(self, option: Option, style: Style) -> list[Strip]:
        """OptionList's drawn row, kept by row and width as well as by style.

        OptionList keys its drawn rows by option and style alone, as their strips carry
        the row's index (for the mouse), and so drops them all on each new answer of
        the filter and each resize. Keyed by the index and the width too, a row still in
        its place after a key, or after the box above the list opens or closes (only the
        height changes), is not drawn again."""
        padding = self.get_component_styles("option-list--option").padding
        width = self.scrollable_content_region.width - self._get_left_gutter_width()
        index = self._option_to_index[option]
        key = (option, index, width, style, padding)
        strips = self._drawn.get(key)
        if strips is None:
            visual: Visual = self._get_visual(option)
            if padding:
                visual = Padding(visual, padding)
            meta = {"option": index}
            strips = [strip.extend_cell_length(width, style.rich_style).apply_meta(meta)
                      for strip in visual.to_strips(self, visual, width, None, style)]
            self._drawn[key] = strips
        return strips

    def _on_resize(self, event: events.Resize | None = None) -> None:
        # Instead of OptionList's, which drops the drawn rows: they are kept by width.
        if event is not None:
            event.prevent_default()
        self._line_cache.clear()
        self.refresh()

    def _rows_changed(self) -> None:
        self._line_cache.clear()
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
        lines.rows = len(self._rows)
        width = self.scrollable_content_region.width - self._get_left_gutter_width()
        virtual_size = Size(width, len(lines))
        if virtual_size != self.virtual_size:
            self.virtual_size = virtual_size
            self._scroll_update(virtual_size)

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        return len(self._rows) * ROW_HEIGHT  # without building every row

    def get_content_width(self, container: Size, viewport: Size) -> int:
        # The widest row would need every row built; the list takes its column's width.
        return container.width

    def _update_title(self) -> None:
        self.border_subtitle = f"{self.option_count}"

    @property
    def highlighted_id(self) -> str | None:
        highlighted = self.highlighted
        if highlighted is None or not 0 <= highlighted < len(self._rows):
            return None
        return self._rows.articles[highlighted].id

    def shows(self, article_id: str) -> bool:
        return article_id in self._rows.row_of

    def highlight_article(self, article_id: str) -> None:
        row = self._rows.row_of.get(article_id)
        if row is not None:
            self.highlighted = row

    def _refresh_rows(self, article_ids: set[str]) -> None:
        """Rows whose marks changed: built anew when next drawn."""
        if not article_ids:
            return
        self._rows.forget(article_ids if len(article_ids) < BUILT_ROWS_KEPT else None)
        self._drawn.clear()
        self.refresh()

    def set_read(self, article_ids: Iterable[str]) -> None:
        new = set(article_ids)
        changed = new ^ self._read
        self._read = new
        self._refresh_rows(changed)

    @property
    def starred(self) -> frozenset[str]:
        return frozenset(self._starred)

    def set_starred(self, article_ids: Iterable[str]) -> None:
        new = set(article_ids)
        changed = new ^ self._starred
        self._starred = new
        self._refresh_rows(changed)

    @on(OptionList.OptionSelected)
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id is not None:
            self.post_message(ArticleChosen(event.option.id))
