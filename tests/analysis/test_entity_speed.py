"""The entity path's shortcuts give what the plain code gave (invented and generated text)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.analysis.entities import _KEEP_LOWER, _SPLIT_BEFORE, find_entities
from reader.analysis.lexicon import LEXICON, Phrase
from reader.analysis.name_cues import ARTICLE_ENDS, NOT_AFTER_ARTICLE, joined
from reader.analysis.people_state import _HORSE_HINTS, FinderState, _horse_hint
from reader.analysis.tokens import Token, tokenize


def _plain_match(tokens: list[Token], i: int, caps: bool) -> Phrase | None:
    """Lexicon.match as first written: every phrase of the first word, word by word."""
    table = LEXICON.upper_by_first if caps else LEXICON.by_first
    for phrase in table.get(tokens[i].text) or []:
        size = len(phrase.words)
        if i + size <= len(tokens) and all(
                tokens[i + k].text == phrase.words[k] for k in range(1, size)):
            return phrase
    return None


# Words that begin many phrases, and words inside them.
_WORDS = st.sampled_from([
    "Republic", "of", "the", "Congo", "Korea", "South", "Africa", "Sudan", "United",
    "States", "Kingdom", "Arab", "Emirates", "New", "Zealand", "York", "Delhi", "Saint",
    "Lucia", "Kitts", "and", "Nevis", "Democratic", "People's", "Tarsia", "Quell",
    "REPUBLIC", "OF", "KOREA", "SOUTH", "AFRICA",
])


@settings(max_examples=150, deadline=None)
@given(st.lists(_WORDS, min_size=1, max_size=8))
def test_a_phrase_is_matched_as_word_by_word(words: list[str]) -> None:
    tokens = tokenize(" ".join(words))
    for i in range(len(tokens)):
        for caps in (False, True):
            assert LEXICON.match(tokens, i, caps) == _plain_match(tokens, i, caps)


def test_the_second_word_decides_among_many_phrases() -> None:
    tokens = tokenize("the Republic of Tarsia and the Republic of Korea met in South Africa")
    found = [LEXICON.match(tokens, i, False) for i in range(len(tokens))]
    assert found[1] is None or "Tarsia" not in found[1].words
    assert found[6] is not None and found[6].words == ("Republic", "of", "Korea")
    assert found[6].key == "KR"
    assert found[11] is not None and found[11].key == "ZA"


# Ships and animals named like people: the look at the word before a run is skipped only
# where the text writes no word for such a kind, and then it could not have found one.
def _people(text: str) -> list[str]:
    return sorted(e.name for e in find_entities(text) if e.kind == "person")


def test_a_kind_of_ship_still_makes_a_ship() -> None:
    text = ("The tanker Maria Quellbeck ran aground off Elston on Monday, and the ferry "
            "Queen Ama docked late. Port official Tomas Reyd said no one was hurt.")
    assert _people(text) == ["Tomas Reyd"]
    # the same names, with no kind of ship before them: people (the skip is not taken)
    assert "Maria Quellbeck" in _people(text.replace("tanker ", "owner "))


def test_a_comma_before_a_named_pet_still_makes_a_pet() -> None:
    assert _people("Her dog, Captain Rex, barked. Ana Lindqvist laughed.") == [
        "Ana Lindqvist"]


# The headline's end stands for in_title_line: a token is in the title line when it
# starts before it (title_lines holds the first line at most, from its first letter).
_LINE_PIECES = st.sampled_from([
    "Quell", "Wins", "Over", "Marbeck", "Again", "in", "the", "Final", "\n", " ", "  ",
    "Jane Roe", "said", ".", "ROE", "2-1", "\t",
])


@settings(max_examples=150, deadline=None)
@given(st.lists(_LINE_PIECES, max_size=16).map(" ".join))
def test_the_headline_end_says_what_in_title_line_says(text: str) -> None:
    from reader.analysis.people_state import FinderState

    tokens = tokenize(text)
    state = FinderState(text, tokens, [None] * len(tokens), [], [])
    for tok in tokens:
        assert (tok.start < state.headline_end) == state.in_title_line(tok)


def test_a_title_case_headline_ends_where_its_line_does() -> None:
    from reader.analysis.people_state import FinderState

    text = "Quell Wins Marbeck Final Again\nJane Roe said the final was hard."
    tokens = tokenize(text)
    state = FinderState(text, tokens, [None] * len(tokens), [], [])
    assert state.headline_end == text.index("\n")
    assert [t.text for t in tokens if t.start < state.headline_end] == [
        "Quell", "Wins", "Marbeck", "Final", "Again"]


def _company_words_visiting_every_token(state: FinderState) -> set[str]:
    """company_words() as it was, a loop over every token (the reference)."""
    from reader.analysis.data.words import COMPANY_SUFFIXES
    from reader.analysis.name_cues import COMPANY_BEFORE, SHARES

    text, tokens = state.text, state.tokens
    words: set[str] = set()
    n = len(tokens)
    for k, tok in enumerate(tokens):
        t = tok.text
        if t in COMPANY_SUFFIXES:
            if k > 0 and tokens[k - 1].cap and text[tokens[k - 1].end:tok.start] == " ":
                words.add(tokens[k - 1].text)
                if k > 1 and text[tokens[k - 2].end:tokens[k - 1].start] == " & ":
                    words.add(tokens[k - 2].text)
            continue
        if t in COMPANY_BEFORE:
            m = k + 1
        elif t in SHARES and k + 1 < n and tokens[k + 1].text in ("of", "in") and (
                text[tok.end:tokens[k + 1].start] == " "):
            m = k + 2
        else:
            continue
        prev = tokens[m - 1]
        while m < n and tokens[m].cap and text[prev.end:tokens[m].start] == " ":
            words.add(tokens[m].text)
            prev = tokens[m]
            m += 1
    return words


_COMPANY_PIECES = st.sampled_from([
    "Quellco", "Roe", "Doe", "Ltd", "Inc", "SA", "AG", "&", "shares", "of", "in", "the",
    "company", "firm", "insurer", "Marbeck", "said", " ", " ", ", ", ".", "\n",
])


@settings(max_examples=150, deadline=None)
@given(st.lists(_COMPANY_PIECES, max_size=25).map(" ".join))
def test_the_company_words_are_the_ones_a_loop_over_every_token_finds(text: str) -> None:
    tokens = tokenize(text, _KEEP_LOWER, _SPLIT_BEFORE)
    state = FinderState(text, tokens, [None] * len(tokens), [], [])
    assert state.companies == _company_words_visiting_every_token(state)


def test_the_company_words_of_a_sample() -> None:
    text = "Shares of Quell Doe rose. Roe & Marbeck Ltd said the insurer Elston Vale would."
    tokens = tokenize(text)
    state = FinderState(text, tokens, [None] * len(tokens), [], [])
    assert {"Quell", "Doe", "Roe", "Marbeck"} <= state.companies
    assert state.companies == _company_words_visiting_every_token(state)


# The runs ask some helpers only where the helper's own first test holds (in line, to
# save a call for every word): each helper must take nothing outside that test.
_RUN_PIECES = st.sampled_from([
    "Ana", "Vidal", "Roe", "Quell", "al-Rashid", "bin", "de", "J.", "Ma.", "Mr.", "Sen.",
    "Praised", "Voting", "Presidents", "Ministers", "Generals", "Injected", "Siew-Ling",
    "the", "said", "of", " ", " ", " ", ", ", ". ", "\n", " '", ' "', " (", ") ", '" ',
    " [", "] ", "\u00a0", "’s", "Ace", "elder", "(the elder)", "Ulu'ave",
])


@settings(max_examples=200, deadline=None)
@given(st.lists(_RUN_PIECES, min_size=2, max_size=20).map("".join))
def test_the_helpers_the_runs_ask_in_line_take_nothing_outside_their_first_test(
        text: str) -> None:
    from reader.analysis.name_cues import has_article
    from reader.analysis.people import _Finder
    from reader.analysis.people_runs import (
        _JOINED_ACROSS_GAPS,
        _JOINING_GAPS,
        _NICKNAME_OPENINGS,
    )
    from reader.analysis.people_state import VERB_ENDINGS

    tokens = tokenize(text, _KEEP_LOWER, _SPLIT_BEFORE)
    finder = _Finder(text, tokens, [None] * len(tokens), [], [])
    for j, tok in enumerate(tokens):
        word = tok.text
        assert not finder.verb_form(word) or word.endswith(VERB_ENDINGS)
        assert not finder.plural_title(word) or word.endswith("s")
        assert not has_article(word) or word[:1].islower()
        if j == 0:
            continue
        between = text[tokens[j - 1].end:tok.start]
        if between in _JOINING_GAPS:
            assert joined(text, tokens[j - 1], tok)
        if between not in _JOINED_ACROSS_GAPS:
            assert not finder.joined_across(j, 0) and not finder.joined_across(j)
        if not between.startswith((" (", " [")):
            assert finder.insertion(j) is None
        if between not in _NICKNAME_OPENINGS:
            assert finder.nickname(j) == j


_GAP_PIECES = st.sampled_from([
    "the ", "The ", "novel ", "film ", "in ", "from ", "near ", "of ", "\n", " ", "Roe",
    "Quell", "x", ", ", "(", ")", " 3", "2", "&", "'", "’",
])


@settings(max_examples=200, deadline=None)
@given(st.lists(_GAP_PIECES, max_size=12).map("".join), st.integers(0, 40))
def test_the_text_before_a_name_ends_where_ends_like_reads(text: str, at: int) -> None:
    # classify_name reads the endings before a name with one endswith() up to the end
    # past a line break (no ending ends in one), where ends_like() tried two
    from reader.analysis.name_cues import WORK_BEFORE_ENDS, ends_like
    from reader.analysis.people_runs import _PLACE_BEFORE_ENDS

    at = min(at, len(text))
    before_end = at - 1 if text.startswith("\n", at - 1) else at
    for endings in (WORK_BEFORE_ENDS, _PLACE_BEFORE_ENDS):
        assert not any(e.endswith("\n") for e in endings)
        assert text.endswith(endings, 0, before_end) == ends_like(text, at, endings)


_HINT_PIECES = st.sampled_from([
    " ", "by", "a", "neck", "from", "head", "half", "-", "length", "lengths", "nose",
    "ridden", "over", "short", "Neck", "x", ".", "'s", "\n", "é",
])


@settings(max_examples=300, deadline=None)
@given(st.lists(_HINT_PIECES, max_size=14).map("".join))
def test_the_racing_hints_are_found_as_a_search_for_each_finds_them(text: str) -> None:
    # (people_state skips the margins' hints for a text whose lower-case words, as the
    # tokenizer collects them, hold none of their words)
    lower: set[str] = set()
    tokenize(text, frozenset(), frozenset(), lower)
    assert _horse_hint(text, lower) == any(hint in text for hint in _HORSE_HINTS)
    assert _horse_hint(text, None) == any(hint in text for hint in _HORSE_HINTS)


_ARTICLE_PIECES = st.sampled_from([
    " ", "the", "The", "their", "Their", "its", "our", "Our", "'s", "’s", "s", "x", "_",
    "3", "'", "\n", ".", "é", "THE",
])


@settings(max_examples=300, deadline=None)
@given(st.lists(_ARTICLE_PIECES, max_size=8).map("".join))
def test_an_article_is_found_only_where_its_ending_is(text: str) -> None:
    # (people_cues tests ARTICLE_ENDS before it searches for NOT_AFTER_ARTICLE)
    s = len(text)
    if not text.endswith(ARTICLE_ENDS, 0, s):
        assert NOT_AFTER_ARTICLE.search(text, max(0, s - 8), s) is None
        assert NOT_AFTER_ARTICLE.search(text[max(0, s - 8):s]) is None
