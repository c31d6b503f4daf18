"""Searches over a whole text reshaped for speed find exactly what they found before."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.analysis.people_runs import _SQUAD_ROLE_WORDS, roles_before_names

# _ROLE_BEFORE_NAME as it was: the look-behind at every space, then the words.
PREVIOUS_ROLE_BEFORE_NAME = re.compile(
    r" (?<=[\w'’.-] )(?:" + "|".join(sorted(_SQUAD_ROLE_WORDS)) + r") (?=[A-Z])")

_ROLE_PIECES = st.sampled_from([
    *sorted(_SQUAD_ROLE_WORDS), " ", " ", "Roe", "A", "x", "'", "’", ".", "-", ",", "(", "\n",
    "goal", "assistant", "Quell Rovers", "3", "_",
])


def _found(text: str) -> list[int]:
    return list(roles_before_names(text))


def _previous(text: str) -> list[int]:
    return [m.start() for m in PREVIOUS_ROLE_BEFORE_NAME.finditer(text)]


@settings(max_examples=400, deadline=None)
@given(st.lists(_ROLE_PIECES, max_size=24).map("".join))
def test_a_role_before_a_name_is_found_where_it_was(text: str) -> None:
    assert _found(text) == _previous(text)


def test_roles_before_names_in_a_sample() -> None:
    # (the pattern writes the words unescaped: they must stand for themselves)
    assert all(re.fullmatch(r"[a-z]+(?:-[a-z]+)*", word) for word in _SQUAD_ROLE_WORDS)
    text = ("Marbeck Vale striker Tom Doe, Quell's coach Ana Roe, (coach Ana) x.-keeper Jo "
            "assistant coach Lena Vidal, fly-half Remi and goalkeeper Ode; ,captain Kai")
    assert _found(text) == _previous(text)
    assert [text[s:].split()[0] for s in _found(text)] == [
        "striker", "coach", "coach", "goalkeeper"]
    # Each character the look-behind allows before the space, and some it does not.
    before = ["x", "3", "_", "'", "’", ".", "-", ",", "(", ";", "\n", " "]
    text = " ".join(f"{c} winger Ana" for c in before)
    assert [text[s - 1] for s in _found(text)] == before[:7]
    assert _found(" coach Ana") == _previous(" coach Ana") == []
    assert _found(text) == _previous(text)
