"""Command palette providers (ctrl+p): commands, articles by title, people of the article.

Register them on the app: `ReaderApp.COMMANDS = App.COMMANDS | PROVIDERS`.

Untrusted text never goes through markup here. Textual's `Matcher.highlight()` and a
Hit's `help` are both parsed as markup, so titles and names are built as `Content`
and the fuzzy match offsets are styled on it by `highlight` below; the second line of
a hit (help, source, role) is part of the prompt, styled like the palette's help text.
"""

from __future__ import annotations

import asyncio
import re
from collections.abc import Iterable
from functools import partial
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from textual.command import DiscoveryHit, Hit, Hits, Matcher, Provider
from textual.content import Content

from reader.articles import Article, sanitise_line
from reader.ui.commands import Command, palette_commands, run_command
from reader.wording import counted

if TYPE_CHECKING:
    # Types only: the analyser loads with the first analysis, not before the first screen.
    from reader.analysis import Analysis, Entity

# The palette shows a screenful; scoring more candidates than this only costs time.
MAX_ARTICLE_HITS = 50
# Hand the event loop back every so many titles, so typing stays smooth at 10,000.
YIELD_EVERY = 500
HELP_STYLE = ".command-palette--help-text"
KIND_LABELS = {"person": "person", "country": "country", "organization": "organisation"}


def highlight(matcher: Matcher, candidate: str) -> Content:
    """`candidate` as plain Content with the fuzzy-matched characters styled."""
    content = Content(candidate)
    score, offsets = matcher.fuzzy_search.match(matcher.query, candidate)
    if not score:
        return content
    for offset in offsets:
        if not candidate[offset].isspace():
            content = content.stylize(matcher.match_style, offset, offset + 1)
    return content


def prompt(title: Content, detail: str | None) -> Content:
    """A hit's prompt: the title, and a dimmer second line of plain text."""
    if not detail:
        return title
    return Content.assemble(title, "\n", Content.styled(detail, HELP_STYLE))


# What the providers need from the screen the palette was opened over (the main screen).

@runtime_checkable
class HasLibrary(Protocol):
    @property
    def library(self) -> Iterable[Article]: ...

    def open_article(self, article_id: str, *, top_offset: int | None = None) -> None: ...


@runtime_checkable
class HasAnalysis(Protocol):
    analysis: Analysis | None
    entity_id: Any  # a reactive str | None on the main screen


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.casefold())


def command_score(query: str, title: str, help_text: str, fuzzy: float) -> float:
    """How well `query` names a command: exact and prefix hits on the title first, then a
    word of its help, then Textual's fuzzy score for everything else (the tiers are far
    above any fuzzy score, which grows with the matched letters but stays small)."""
    wanted = query.strip().casefold()
    if not wanted:
        return fuzzy
    name = title.casefold()
    if name == wanted:
        return 1000.0
    if name.startswith(wanted):
        return 900.0
    if any(word.startswith(wanted) for word in _words(title)):
        return 800.0
    if wanted in name:
        return 700.0
    if any(word.startswith(wanted) for word in _words(help_text)):
        return 600.0
    return fuzzy


class CommandsProvider(Provider):
    """Every command of the registry that can run on this screen now."""

    def _available(self) -> list[Command]:
        screen = self.screen
        out = []
        for command in palette_commands(screen):
            node = screen.app if command.scope == "app" else screen
            if node.check_action(command.action, ()) in (False, None):
                continue
            out.append(command)
        return out

    def _prompt(self, command: Command, title: Content) -> Content:
        # As the footer and the help screen print it ("esc", "^t"), keymap included.
        key = f"  {command.key_display or self.app.get_key_display(command.binding())}"
        return prompt(Content.assemble(title, Content.styled(key, HELP_STYLE)), command.help)

    async def discover(self) -> Hits:
        for command in self._available():
            yield DiscoveryHit(self._prompt(command, Content(command.title)),
                               partial(run_command, command, self.screen),
                               text=command.title)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for command in self._available():
            fuzzy = max(matcher.match(command.title), matcher.match(command.help) * 0.8)
            score = command_score(query, command.title, command.help, fuzzy)
            if score > 0:
                yield Hit(score, self._prompt(command, highlight(matcher, command.title)),
                          partial(run_command, command, self.screen), text=command.title)


def _article_detail(article: Article) -> str:
    parts = [sanitise_line(article.source)] if article.source else []
    if article.date is not None:
        parts.append(article.date_label)
    return " · ".join(parts)


class ArticlesProvider(Provider):
    """Articles by title; choosing one opens it."""

    def _screen(self) -> HasLibrary | None:
        screen = self.screen
        return screen if isinstance(screen, HasLibrary) else None

    async def discover(self) -> Hits:
        # Nothing before typing: listing thousands of titles would bury the commands.
        return
        yield

    async def search(self, query: str) -> Hits:
        screen = self._screen()
        if screen is None:
            return
        matcher = self.matcher(query)
        # A cheap first pass (the query's words in the title, as the list filter reads
        # them) before fuzzy scoring, which costs about 30 µs a title: too slow to run
        # over 10,000 titles on every key.
        from reader.library.query import parse, title_target  # first search: start-up

        words = parse(query, default_field="title")
        hits = 0
        for count, article in enumerate(screen.library, 1):
            if count % YIELD_EVERY == 0:
                await asyncio.sleep(0)
            if not words.matches(title_target(article)):
                continue
            title = sanitise_line(article.title)
            score = matcher.match(title) or 0.5
            yield Hit(score, prompt(highlight(matcher, title), _article_detail(article)),
                      partial(screen.open_article, article.id), text=title)
            hits += 1
            if hits >= MAX_ARTICLE_HITS:
                return


def _entity_detail(entity: Entity, analysis: Analysis) -> str:
    parts = [KIND_LABELS.get(entity.kind, entity.kind)]
    if entity.role:
        parts.append(sanitise_line(entity.role))
    if entity.code:
        parts.append(entity.code)
    parts.append(counted(len(entity.mentions), "mention"))
    quotes = len(analysis.quotes_by(entity.id))
    if quotes:
        parts.append(counted(quotes, "quote"))
    return " · ".join(parts)


class PeopleProvider(Provider):
    """People (then countries and organisations) of the open article; choosing one
    selects it in the side panel and highlights its mentions."""

    def _entities(self) -> tuple[HasAnalysis, Analysis, list[Entity]] | None:
        screen = self.screen
        if not isinstance(screen, HasAnalysis) or screen.analysis is None:
            return None
        analysis = screen.analysis
        order = {"person": 0, "country": 1, "organization": 2}
        entities = sorted(analysis.entities, key=lambda e: (order.get(e.kind, 3), e.name))
        return screen, analysis, entities

    def _select(self, screen: HasAnalysis, entity_id: str) -> None:
        screen.entity_id = entity_id

    async def discover(self) -> Hits:
        found = self._entities()
        if found is None:
            return
        screen, analysis, entities = found
        for entity in entities:
            if entity.kind == "person":
                name = sanitise_line(entity.name)
                yield DiscoveryHit(prompt(Content(name), _entity_detail(entity, analysis)),
                                   partial(self._select, screen, entity.id), text=name)

    async def search(self, query: str) -> Hits:
        found = self._entities()
        if found is None:
            return
        screen, analysis, entities = found
        matcher = self.matcher(query)
        for entity in entities:
            name = sanitise_line(entity.name)
            score = matcher.match(name)
            if score > 0:
                yield Hit(score, prompt(highlight(matcher, name), _entity_detail(entity, analysis)),
                          partial(self._select, screen, entity.id), text=name)


@runtime_checkable
class HasEntityPages(Protocol):
    services: Any  # reader.ui.services.Services

    def open_entity_page(self, library_id: str) -> None: ...


class LibraryPeopleProvider(Provider):
    """Everyone in the library (from the index); choosing one opens their page."""

    async def startup(self) -> None:
        self._people: list[tuple[str, str, str]] = []
        screen = self.screen
        if not isinstance(screen, HasEntityPages):
            return
        try:
            people = await asyncio.to_thread(screen.services.search.entities, "person")
        except Exception:  # the index being unusable must not break the palette
            return
        self._people = [(p.id, sanitise_line(p.name),
                         f"in {p.articles} article{'s' if p.articles != 1 else ''}, "
                         f"{p.quotes} quote{'s' if p.quotes != 1 else ''}")
                        for p in people]

    async def search(self, query: str) -> Hits:
        screen = self.screen
        if not isinstance(screen, HasEntityPages):
            return
        matcher = self.matcher(query)
        for count, (entity_id, name, detail) in enumerate(self._people):
            if count % YIELD_EVERY == 0:
                await asyncio.sleep(0)
            score = matcher.match(name)
            if score > 0:
                yield Hit(score, prompt(highlight(matcher, name), f"library: {detail}"),
                          partial(screen.open_entity_page, entity_id), text=name)


PROVIDERS: set[type[Provider]] = {CommandsProvider, ArticlesProvider, PeopleProvider,
                                  LibraryPeopleProvider}
