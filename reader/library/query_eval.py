"""Evaluating a parsed query: over sets of article ids, or one item at a time.

The boolean algebra lives here once; what a term means is up to the caller: the index
answers each term with the set of article ids it holds (one SQL query per term), a list
filter answers it for one item at a time.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from reader.library.query_parser import Node, Not, Or, Query, Term


class TermSets(Protocol):
    """Answers one term with the ids (rowids) of the articles it holds for."""

    def all_ids(self) -> set[int]: ...

    def ids_for(self, term: Term) -> set[int]: ...


def evaluate(query: Query, sets: TermSets) -> set[int]:
    """The ids of the articles the query matches."""
    return _eval(query.root, sets)


def _eval(node: Node, sets: TermSets) -> set[int]:
    if isinstance(node, Term):
        return sets.ids_for(node)
    if isinstance(node, Not):
        return sets.all_ids() - _eval(node.child, sets)
    if isinstance(node, Or):
        out: set[int] = set()
        for child in node.children:
            out |= _eval(child, sets)
        return out
    # And: intersect the positive terms first, then take the negated ones away, so a
    # query of one word and one "-word" never builds the set of every article.
    positives = [c for c in node.children if not isinstance(c, Not)]
    negatives = [c.child for c in node.children if isinstance(c, Not)]
    if positives:
        result = _eval(positives[0], sets)
        for child in positives[1:]:
            if not result:
                return result
            result &= _eval(child, sets)
    else:
        result = sets.all_ids()
    for child in negatives:
        if not result:
            break
        result -= _eval(child, sets)
    return result


def matches(query: Query, term_holds: Callable[[Term], bool]) -> bool:
    """Whether one item matches, given whether each term holds for it."""
    return _holds(query.root, term_holds)


def _holds(node: Node, term_holds: Callable[[Term], bool]) -> bool:
    if isinstance(node, Term):
        return term_holds(node)
    if isinstance(node, Not):
        return not _holds(node.child, term_holds)
    if isinstance(node, Or):
        return any(_holds(c, term_holds) for c in node.children)
    return all(_holds(c, term_holds) for c in node.children)
