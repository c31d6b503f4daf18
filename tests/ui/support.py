"""Helpers for the UI tests: a predictable analyser double, article files, screen text."""

from __future__ import annotations

import asyncio
import re
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from textual import events
from textual.app import App
from textual.pilot import Pilot

from reader.analysis import Analysis, Entity, Quote
from reader.app import ReaderApp, make_app
from reader.ui.screens.main import MainScreen

_QUOTE = re.compile(r'"[^"\n]+"')


class ListAnalyzer:
    """An analyser double for UI tests: quotes are straight double-quoted runs; people and
    countries are the names it is given. The UI, not the analyser, is under test here, so
    what the panes should show is known exactly."""

    def __init__(self, people: Iterable[str] = (), countries: dict[str, str] | None = None,
                 speaker: str | None = None) -> None:
        self.people = list(people)
        self.countries = dict(countries or {})
        self.speaker = speaker  # every quote is given to this person, if named

    def __call__(self, text: str) -> Analysis:
        entities: list[Entity] = []
        for name in self.people:
            mentions = [(m.start(), m.end()) for m in re.finditer(re.escape(name), text)]
            if mentions:
                entities.append(Entity(id=f"person:{name.lower().replace(' ', '-')}",
                                       kind="person", name=name, mentions=mentions,
                                       role="Spokesperson"))
        for name, code in self.countries.items():
            mentions = [(m.start(), m.end()) for m in re.finditer(re.escape(name), text)]
            if mentions:
                entities.append(Entity(id=f"country:{code.lower()}", kind="country",
                                       name=name, mentions=mentions, code=code))
        speaker_id = None
        if self.speaker is not None:
            speaker_id = f"person:{self.speaker.lower().replace(' ', '-')}"
        quotes = [Quote(m.start(), m.end(), m.group(0), speaker=speaker_id, cue="said")
                  for m in _QUOTE.finditer(text)]
        return Analysis(text=text, entities=entities, quotes=quotes)


ARTICLE = (
    "Talks resume in Geneva\n"
    'Ada Lovelace spoke first. "We want peace," she said. France agreed.\n'
    'Later Ada Lovelace added: "The engine can compose music." Nobody in France objected.\n'
    '"Third quote here," Ada Lovelace said.\n'
)


def ada_app(sources: list[Path], data_dir: Path) -> ReaderApp:
    """The app from the one factory, with an analyser double that knows Ada Lovelace
    (a person and the speaker of every quote) and France."""
    app = make_app(sources, data_dir)
    app.analyzer = ListAnalyzer(people=["Ada Lovelace"], countries={"France": "FR"},
                                speaker="Ada Lovelace")
    return app


def main_screen(app: App[object]) -> MainScreen:
    assert isinstance(app.screen, MainScreen)
    return app.screen


def write_article(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


# How long a test waits for the app to reach a state before it gives up: generous,
# because on a loaded machine (six developers on two cores, CPU burners) start-up and
# analysis take many times their quiet duration. The waits below return as soon as the
# state is reached, so the bound costs nothing when the app is quick, and a broken app
# fails at the bound instead of hanging.
WAIT_SECONDS = 60.0


async def wait_until(condition: Callable[[], bool], timeout: float = WAIT_SECONDS,
                     what: str = "the condition") -> None:
    """Poll `condition` on the app's loop until it holds; fail after `timeout` seconds of
    wall time (a deadline, not a count of polls: polls slow down under load)."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not condition():
        if loop.time() > deadline:
            raise AssertionError(f"{what} did not hold within {timeout:g} s")
        await asyncio.sleep(0.01)


async def until(pilot: Pilot[Any], done: Callable[[], bool],
                timeout: float = WAIT_SECONDS) -> None:
    """Let the workers finish and the screen catch up until `done()` holds (a deadline
    in seconds, not a count of rounds: a round takes longer on a loaded machine)."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while True:
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        if done():
            return
        if loop.time() > deadline:
            raise AssertionError(f"the condition did not hold within {timeout:g} s")


async def settle(app: App[object], timeout: float = WAIT_SECONDS) -> None:
    """Wait until the main screen has loaded, restored and analysed, and no worker runs
    (at most `timeout` seconds; returns at once when it has)."""
    assert isinstance(app, ReaderApp)
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while loop.time() < deadline:
        await app.workers.wait_for_complete()
        await asyncio.sleep(0.01)
        busy = any(w.is_running for w in app.workers)
        if app.main_screen.settled and not busy:
            break
    await app.workers.wait_for_complete()
    await asyncio.sleep(0.02)


def screen_text(app: App[object]) -> str:
    """What the terminal shows, as plain text lines."""
    strips = app.screen._compositor.render_strips()
    return "\n".join("".join(segment.text for segment in strip) for strip in strips)


def _key(name: str) -> tuple[str, str | None]:
    names = {"/": "slash", " ": "space", "\b": "backspace", "\x1b": "escape", "\r": "enter",
             "-": "minus"}
    return names.get(name, name), name


def send_keys(app: App[object], keys: str) -> None:
    """Queue every key on the driver at once, as a fast typist's terminal does, and return
    before the app has handled the first (Pilot.press waits for the app after each)."""
    driver = app._driver
    assert driver is not None
    for name in keys:
        key, char = _key(name)
        char = char if char.isprintable() else None
        event = events.Key(key, char)
        event.set_sender(app)
        driver.send_message(event)


async def burst(app: App[object], pilot: Pilot[object], keys: str) -> None:
    """`send_keys`, then let the app handle them."""
    send_keys(app, keys)
    for _ in range(5):
        await pilot.pause()
