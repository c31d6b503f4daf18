"""What the quote finder lets go of as it reads a long article (the caches of what the
text says of each mention, the attributions of the quotes well behind the one read) does
not change what it finds."""

from __future__ import annotations

from typing import Any

import pytest

from reader.analysis import COMPILED, analyze, pronouns, quotes
from reader.analysis.pronouns import PersonHistory

# Invented paragraphs: speakers of both genders, pronouns that reach back a sentence or
# two, quotes that go on from the one before and titles left out between them.
PARAGRAPHS = [
    'Mayor Ana Roe met Tom Vidal in Harwick on Monday. "We agreed," Roe said.',
    '"It is a start," he said, adding that the plan was "fragile." She disagreed.',
    'Vidal told reporters: "Not yet." Roe, 52, smiled. "Soon," she said, "very soon."',
    'Lena Berg, an aide, spoke on "Morning Hour." "We are ready," she said. He left.',
    '"Fine," said Vidal. "Later," he added. "Both," Berg said.',
    '"We met," Roe said. "We talked." "We agreed."',
    'Berg said it on "Night Desk," "Day Desk" and "Noon." "We are ready."',
]
STORY = "\n\n".join(PARAGRAPHS * 12)


def found(text: str) -> list[tuple[object, ...]]:
    analysis = analyze(text)
    return [(q.start, q.end, q.speaker, q.cue, q.source) for q in analysis.quotes] + [
        (e.id, tuple(e.mentions)) for e in analysis.entities]


@pytest.mark.skipif(COMPILED, reason="watches the analyser's internals from Python, which "
                    "compiled code (hatch_build.py) calls directly")
def test_pronouns_resolve_alike_when_the_caches_are_emptied_often(
        monkeypatch: pytest.MonkeyPatch) -> None:
    kept = found(STORY)
    emptied: list[int] = []
    forget = PersonHistory._forget_far_behind

    def counted(self: PersonHistory, pos: int) -> None:
        before = self._cached_from
        forget(self, pos)
        if self._cached_from != before:
            emptied.append(pos)

    monkeypatch.setattr(pronouns, "_CACHE_SPAN", 40)
    monkeypatch.setattr(PersonHistory, "_forget_far_behind", counted)
    assert found(STORY) == kept
    assert len(emptied) > 10  # emptied again and again along the story
    assert sum(speaker is not None for _, _, speaker, *_ in kept[:40]) > 20


@pytest.mark.skipif(COMPILED, reason="watches the analyser's internals from Python, which "
                    "compiled code (hatch_build.py) calls directly")
def test_caches_hold_only_what_is_near_the_last_pronoun(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pronouns, "_CACHE_SPAN", 300)
    held: list[PersonHistory] = []
    init = PersonHistory.__init__

    def keep(self: PersonHistory, *args: Any, **kwargs: Any) -> None:
        init(self, *args, **kwargs)
        held.append(self)

    monkeypatch.setattr(PersonHistory, "__init__", keep)
    analyze(STORY)
    (history,) = held
    cached = [*history._breaks, *history._place_scores, *history._passed_over]
    assert cached  # filled since last emptied
    # Nothing from before the last emptying, less the few sentences a pronoun reads.
    assert min(start for start, _ in cached) > history._cached_from - 3000
    assert history._cached_from > len(STORY) // 2


def test_quotes_attributed_alike_with_every_attribution_kept(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """find_quotes lets go of the attributions of the quotes more than three behind the
    one it attributes: the same quotes as when it keeps them all; not so when it keeps
    too few (the story reads back that far)."""
    dropping = found(STORY)
    monkeypatch.setattr(quotes, "_ATTRIBUTIONS_READ", 10**9)
    assert found(STORY) == dropping
    monkeypatch.setattr(quotes, "_ATTRIBUTIONS_READ", 1)
    assert found(STORY) != dropping
