"""The look-ups that keep a long page of results linear give what the plain walks gave:
the short forms of bodies joined by a look-up of name endings, the lines of results
found by halving."""

from __future__ import annotations

import random
import string

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.analysis import organizations
from reader.analysis.model import Entity
from reader.analysis.people import _Finder
from reader.analysis.tokens import capitalised_tokens, tokenize


def plain_join_short_forms(orgs: list[Entity]) -> None:
    """_join_short_forms as first written: every name of a group tested against every
    other."""
    if len(orgs) < 2:
        return
    by_last: dict[str, list[Entity]] = {}
    for org in orgs:
        by_last.setdefault(org.name.rsplit(" ", 1)[-1], []).append(org)
    for group in by_last.values():
        if len(group) < 2:
            continue
        for org in group:
            paper = org.name in organizations._PAPER_HEADS
            longer = [other for other in group if other is not org
                      and other.name.endswith(" " + org.name)
                      and (paper or organizations._country_words(
                          other.name[:-len(org.name) - 1]))]
            if len(longer) == 1 and org.mentions:
                longer[0].mentions.extend(org.mentions)
                org.mentions.clear()


_WORDS = ["Senate", "U.S.", "Ruritanian", "Foreign", "Ministry", "Post", "Elston", "The",
          "Quell", "City", "Times", "Daily", "News", "French", "Assembly", "National"]


def _orgs(names: list[str]) -> list[Entity]:
    return [Entity(id=f"organization:{n}", kind="organization", name=name,
                   mentions=[(10 * n, 10 * n + 3)]) for n, name in enumerate(names)]


@settings(max_examples=400)
@given(st.lists(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=4).map(" ".join),
                max_size=12))
def test_short_forms_joined_as_by_the_plain_walk(names: list[str]) -> None:
    mine, plain = _orgs(names), _orgs(names)
    organizations._join_short_forms(mine)
    plain_join_short_forms(plain)
    assert [o.mentions for o in mine] == [o.mentions for o in plain]


def test_short_forms_joined_on_invented_bodies() -> None:
    orgs = _orgs(["U.S. Senate", "Senate", "Elston Post", "Post", "Quell Post", "Daily Post",
                  "French Foreign Ministry", "Foreign Ministry", "Marbeck City",
                  "City"])
    organizations._join_short_forms(orgs)
    by_name = {o.name: o.mentions for o in orgs}
    assert by_name["Senate"] == [] and len(by_name["U.S. Senate"]) == 2
    assert by_name["Foreign Ministry"] == []
    assert len(by_name["French Foreign Ministry"]) == 2
    assert by_name["Post"] == [(30, 33)]  # three papers end in "Post": none is told
    assert by_name["City"] == [(90, 93)]  # "Marbeck" is no country


def _results_page(lines: int, seed: int) -> str:
    rnd = random.Random(seed)

    def club() -> str:
        return "".join(rnd.choice(string.ascii_lowercase) for _ in range(6)).capitalize()

    out = ["SOCCER - RESULTS"]
    for _ in range(lines):
        out.append(f"{club()} Rovers {rnd.randint(0, 5)} {club()} City {rnd.randint(0, 5)}")
        if rnd.random() < 0.3:
            out.append(f"{club()} {club()} said the {club()} game was close.")
    return "\n".join(out) + "\n"


def test_result_lines_found_as_by_the_plain_walk() -> None:
    text = _results_page(60, 3)
    tokens = tokenize(text)
    claims: list[str | None] = [None] * len(tokens)
    finder = _Finder(text, tokens, claims, [], [], None, capitalised_tokens(tokens))
    assert len(finder.result_lines) > 40
    for tok in tokens:
        plain = any(s <= tok.start < e for s, e in finder.result_lines)
        assert finder.in_result_line(tok) == plain, tok


def test_quoted_titles_found_as_by_the_plain_walk() -> None:
    text = ('The "Grand Quell Cup" and "Hold Fast" ran. Ana Roe sang "Dances of the Marbeck '
            'Moon" at "The Elston Arms", "Low Tide Blues" too.\n') * 12
    tokens = tokenize(text)
    claims: list[str | None] = [None] * len(tokens)
    finder = _Finder(text, tokens, claims, [], [], None, capitalised_tokens(tokens))
    assert len(finder.quoted_titles) > 30
    for start in range(len(tokens)):
        for end in range(start + 1, min(len(tokens), start + 4) + 1):
            s, e = tokens[start].start, tokens[end - 1].end
            plain = any(a <= s and e <= b for a, b in finder.quoted_titles)
            assert finder.in_quoted_title(start, end) == plain, (start, end)
