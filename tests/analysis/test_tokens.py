"""The token pattern cuts every text as the four forms written side by side do."""

from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.analysis.tokens import (
    _ASCII_TOKEN_SPLIT,
    _TOKEN_SPLIT,
    _WORD,
    ABBREVIATIONS,
    _after_first_letter,
    _split,
    capitalised_tokens,
    caps_line_spans,
    token_texts,
    token_texts_of,
    tokenize,
)

# The pattern as it was first written: four forms side by side, each from the first
# letter. TOKEN_PATTERN must match exactly what this matches.
REFERENCE = re.compile(
    r"(?:[A-Za-z]\.){2,}"
    rf"|(?=[A-Z][A-Za-z.]{{0,6}}\.)(?:{ABBREVIATIONS})\.(?!\w)"
    r"|[A-Z]\.(?=[ \u00a0]?[\"“]?[A-Z])"
    r"|[^\W\d_]+(?:(?:['’](?![sS]\b)|[-‐])[^\W\d_]+)*"
)

SAMPLE = (
    'Lt. Gen. Ana Vidal of the U.S. Army met Mr. Tom J. "Ace" Roe, Dr. O\'Neill and '
    "Park Min-jun at St. Mary's on Main St. in Calif. on Monday. Lt.Gen. Roe's aide, "
    "J. Quell, said: \u201cMs. Lund\u2019s plan is e.g. fine.\u201d D.P.R.K. Co. Inc. Ltd. "
    "Mssrs. Messrs. Sens. Reps. Gov.Roe Sgt.Major Prof. Ça va, Éric Noël; al-Rashid "
    "bin-Talal ‐ x\u00a0Y. A. B. c. _d 3rd 4th U.N.-led well‐known Ann’s Anns' M.\n"
    'Q.\u00a0Roe, K. \u201cKit\u201d Doe, V."Vee" Lund, P. ROE, z. Roe, Calif.Roe, Mass.\n'
    "Univ.x Blvd.. Dept.- Lt.Gen Cmdr.Hale MICH. Mich.Roe Wash.’s\n"
)


def reference_texts(text: str) -> list[str]:
    return [m.group() for m in REFERENCE.finditer(text)]


def test_the_sample_is_cut_as_the_reference_cuts_it() -> None:
    assert token_texts(SAMPLE) == reference_texts(SAMPLE)
    assert [t.text for t in tokenize(SAMPLE)] == reference_texts(SAMPLE)
    assert "U.S." in token_texts(SAMPLE) and "Lt." in token_texts(SAMPLE)


# Letters, the marks the forms look at, and bits of the abbreviations.
_PIECES = st.sampled_from([
    "A", "b", "Z", "é", "É", "ß", "_", "3", ".", " ", "\u00a0", "\n", "'", "’", "-", "‐",
    '"', "“", "s", "S", "Mr", "Mrs", "Lt", "Gen", "Co", "St", "Calif", "Ltd", "Inc", "al",
    "x.", "Q.", ",", "(",
])


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_PIECES, max_size=30).map("".join))
def test_any_text_is_cut_as_the_reference_cuts_it(text: str) -> None:
    assert token_texts(text) == reference_texts(text)
    spans = [(t.start, t.end) for t in tokenize(text)]
    assert spans == [m.span() for m in REFERENCE.finditer(text)]


# TOKEN_PATTERN as it was before its first alternative took a plain run of letters
# whole: the split must cut every text as this one does, in both of its forms.
_PREVIOUS = (
    r"[^\W\d_](?:(?=[A-Za-z.]{0,6}\.)(?:(?<=[A-Za-z])\.(?:[A-Za-z]\.)+"
    rf"|(?<=[A-Z])(?:{_after_first_letter(ABBREVIATIONS)})\.(?!\w)"
    r"|(?<=[A-Z])\.(?=[ \u00a0]?[\"“]?[A-Z]|[ \u00a0](?:de|da|dos|das|do|du|del|della|di|van"
    r"|von|der|den|le|la|bin|ibn|al|el|dela|ter|ten) [A-Z])"
    rf"|{_WORD})|{_WORD})")
PREVIOUS_SPLIT = re.compile(f"({_PREVIOUS})")
PREVIOUS_ASCII_SPLIT = re.compile("(" + _PREVIOUS.replace(r"[^\W\d_]", "[A-Za-z]") + ")",
                                  re.ASCII)
_PREVIOUS_PIECES = st.sampled_from([
    "A", "b", "Z", "é", "É", "_", "3", ".", " ", "\u00a0", "\n", "'", "’", "-", "‐", '"',
    "“", "s", "S", "Mr", "Mrs", "Messrs", "Lt", "Lt.Gen", "Gen", "St", "Calif", "Inc", "al",
    "de", "van", "R", "U.S.", "x.", "Q.", ",", "(", "Roe", "abcdefgh",
])


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_PREVIOUS_PIECES, max_size=30).map("".join))
def test_any_text_is_cut_as_the_previous_pattern_cuts_it(text: str) -> None:
    assert _TOKEN_SPLIT.split(text) == PREVIOUS_SPLIT.split(text)
    ascii_text = text.encode("ascii", "ignore").decode()
    assert _ASCII_TOKEN_SPLIT.split(ascii_text) == PREVIOUS_ASCII_SPLIT.split(ascii_text)


def test_a_sample_is_cut_as_the_previous_pattern_cuts_it() -> None:
    assert _TOKEN_SPLIT.split(SAMPLE) == PREVIOUS_SPLIT.split(SAMPLE)
    plain = SAMPLE.encode("ascii", "ignore").decode()
    assert _ASCII_TOKEN_SPLIT.split(plain) == PREVIOUS_ASCII_SPLIT.split(plain)


_ASCII_PIECES = st.sampled_from([
    "A", "b", "Z", "_", "3", ".", " ", "\n", "'", "-", '"', "s", "S", "Mr", "Lt", "Gen",
    "St", "Calif", "Inc", "al", "x.", "Q.", ",", "(", "U.S.", "Lt.Gen", "ab", "Roe",
])


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_ASCII_PIECES, max_size=30).map("".join))
def test_ascii_text_is_cut_by_the_ascii_pattern_as_by_the_unicode_one(text: str) -> None:
    # tokens.py splits ASCII text with [A-Za-z] for the letter class and re.ASCII
    assert _ASCII_TOKEN_SPLIT.split(text) == _TOKEN_SPLIT.split(text)
    assert _split(text) == _TOKEN_SPLIT.split(text)


def _caps_lines_searched(text: str) -> list[tuple[int, int]]:
    """Lines in capitals as the pattern says: no [a-z], and [A-Z]{2}."""
    return [m.span() for m in re.finditer(r"[^\n]+", text)
            if re.search(r"[a-z]", m.group()) is None
            and re.search(r"[A-Z]{2}", m.group()) is not None]


_LINE_PIECES = st.sampled_from([
    "A", "B", "b", "é", "É", "ß", "ǅ", "3", ".", " ", "\n", "\r", "’", "-", "LAGOS", "Roe",
    "UN", "\u00a0", "ſ",
])


@settings(max_examples=300, deadline=None)
@given(st.lists(_LINE_PIECES, max_size=24).map("".join))
def test_the_lines_in_capitals_are_the_ones_the_pattern_says(text: str) -> None:
    assert caps_line_spans(text) == _caps_lines_searched(text)


def test_the_lines_in_capitals_of_a_sample() -> None:
    text = "QUELL WINS IN LAGOS\nLAGOS 1996-08-22\nJane Roe won.\nÉTÉ À PARIS\nPARÍS é ÉTÉ\n"
    assert [text[s:e] for s, e in caps_line_spans(text)] == [
        "QUELL WINS IN LAGOS", "LAGOS 1996-08-22", "ÉTÉ À PARIS", "PARÍS é ÉTÉ"]


@settings(max_examples=100, deadline=None)
@given(st.lists(_PIECES, max_size=30).map("".join))
def test_the_texts_of_the_tokens_are_each_token_s_text(text: str) -> None:
    tokens = tokenize(text)
    assert token_texts_of(tokens) == [t.text for t in tokens]


_KEPT_PIECES = st.sampled_from([
    "A", "b", "é", "É", " ", "\n", "-", "‐", "'", ".", "3", "the", "of", "al-", "bin-", "Roe",
    "ROE", "al-Qaeda", "Mr.", "RoeRep", "Rep.", "Jane", "AnaVidal", "LAGOS", "ij", "ǅ",
])
_KEEP = frozenset({"the", "of", "al-Qaeda", "b"})
_BEFORE = frozenset({"Rep.", "Jane", "Vidal"})


@settings(max_examples=300, deadline=None)
@given(st.lists(_KEPT_PIECES, max_size=30).map("".join))
def test_the_words_kept_and_the_lower_case_words_collected(text: str) -> None:
    # Every token with `keep_lower` is one of all the tokens, as they are: a word that
    # does not start in lower case, a word of keep_lower or a name after an article
    # ("al-Rashid", capitalised); the lower-case words are all collected.
    every = tokenize(text, split_before=_BEFORE)
    lower: set[str] = set()
    kept = tokenize(text, _KEEP, _BEFORE, lower)
    article = re.compile(r"(?:al|el|ad|an|ar|as|ash|at|az|bin|ibn|abu|abd|ul|ud)[-‐][A-Z]")
    expected = []
    for tok in every:
        capitalised = not tok.text[0].islower() or bool(
            ("-" in tok.text or "‐" in tok.text) and article.match(tok.text))
        if capitalised:
            expected.append((tok.start, tok.end, tok.text, tok.caps_line, True))
        elif tok.text in _KEEP:
            expected.append((tok.start, tok.end, tok.text, tok.caps_line, False))
    assert [(t.start, t.end, t.text, t.caps_line, t.cap) for t in kept] == expected
    assert lower == {t for t in token_texts(text) if t[0].islower()}
    assert list(capitalised_tokens(kept)) == [k for k, t in enumerate(kept) if t.cap]

