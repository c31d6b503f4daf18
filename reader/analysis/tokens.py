"""Word tokens with their offsets, and the facts about them the entity finders share.

Only words are tokens (numbers and punctuation are not): what lies between two tokens
is read back from the text when it matters (a comma, a line break, a quotation mark).
"""

from __future__ import annotations

import re
from array import array
from collections.abc import Iterator
from itertools import compress, count

from reader.analysis.text_at import starts_at
from reader.records import Record
from reader.regex_cache import compiled

TYPE_CHECKING = False  # (reader/records.py says why not typing's)
if TYPE_CHECKING:
    from typing import Final  # (constants read as C statics by mypyc, not from a dict)

# Abbreviations that keep their full stop: titles, ranks and company suffixes.
ABBREVIATIONS: Final = (
    "Mr|Mrs|Ms|Mssrs|Messrs|Dr|Gen|Maj|Lt|Col|Capt|Cpt|Sgt|Adm|Cmdr|Brig|Gov|Sen|Rep|Reps|Sens"
    "|Prof|Rev|St|Jr|Sr|Pres|Supt|Insp|Cpl|Pvt|Amb|Atty|Hon|Mt|Ft|Co|Corp|Inc|Ltd|Mme|Mlle"
    "|Msgr|Fr|Sec|Gens|Lt.Gen|Dept|Univ|Ave|Blvd|Mass|Calif|Fla|Ill|Penn|Wash|Conn|Ariz|Mich"
    "|Del"  # (a delegate to the US House, "Del. Ana Quell"; Delaware too)
    # initials of two letters, as Mongolian and Russian names are written in English
    # ("Ts. Oyunbileg", "Kh. Battulga"; name_cues.DIGRAPH_INITIALS)
    "|Ts|Kh|Sh|Zh|Ch"
)

def _after_first_letter(words: str) -> str:
    """An alternation of words written as what follows their first letter, behind a
    look-behind at that letter: "Mr|Ms|Dr" -> "(?<=M)(?:r|s)|(?<=D)(?:r)". The words of
    each letter keep their order, so the first that fits is the same one."""
    by_letter: dict[str, list[str]] = {}
    for word in words.split("|"):
        by_letter.setdefault(word[0], []).append(word[1:])
    return "|".join(f"(?<={first})(?:{'|'.join(rest)})" for first, rest in by_letter.items())


# U.S., U.N., D.P.R.K. | Mr. Gen. | an initial before a name | a word, with inner
# apostrophes and hyphens (O'Neill, Son-hui) but never a possessive 's.
# Every token starts with a letter, so the pattern is that letter and then the four
# forms of what follows it, each checking the letter again with a look-behind: a pattern
# that starts with a character class lets the regex engine skip the spaces and
# punctuation between words instead of trying all four forms at each of them (the split
# of an article takes a sixth less time). tests/analysis/test_tokens.py checks that it
# cuts every text as the four forms written side by side do.
# The first three forms all need a full stop within seven characters of the first
# letter: a look-ahead for one sends the many words without it straight to the fourth
# (what it matches is unchanged: where the look-ahead fails, none of the three could).
# The word's quantifiers are possessive ("*+", "++"): what follows a run of letters is
# never a letter, so giving letters back never lets the word go on, and the matcher
# keeps no place to come back to for each letter and part (the split in a tenth less).
# Most words are a run of letters followed by none of the marks any form goes on with
# (a full stop, an apostrophe, a hyphen): the first alternative takes those whole, and
# only the rest try the four forms. Same matches: every form but the word needs a full
# stop right after the letters that follow the first one, and the word's letters are
# taken possessively, so where no such mark follows the run, each of the four forms
# either fails or is that run (the split in a sixth fewer instructions).
_WORD: Final = r"[^\W\d_]*+(?:(?:['’](?![sS]\b)|[-‐])[^\W\d_]++)*+"
TOKEN_PATTERN = (
    r"[^\W\d_]"
    r"(?:[^\W\d_]*+(?![-‐'’.])"
    r"|(?=[A-Za-z.]{0,6}\.)"
    r"(?:(?<=[A-Za-z])\.(?:[A-Za-z]\.)+"  # U.S., D.P.R.K.
    rf"|(?<=[A-Z])(?:{_after_first_letter(ABBREVIATIONS)})\.(?!\w)"
    r"|(?<=[A-Z])\.(?=[ \u00a0]?[\"“]?[A-Z]|[ \u00a0](?:de|da|dos|das|do|du|del|della|di|van"
    r"|von|der|den|le|la|bin|ibn|al|el|dela|ter|ten) [A-Z])"  # "J. Roe", "R. de Silva"
    rf"|{_WORD})"
    rf"|{_WORD})"
)

# As a separator: split() returns gap, word, gap, ..., gap.
_TOKEN_SPLIT: Final = compiled(f"({TOKEN_PATTERN})")
# The same for text of ASCII characters only (most news, and every piece of it without
# curly quotes or accents): there the ASCII classes (\w, \d, \b) say of every character
# what the Unicode ones say, and are cheaper to test (a split in an eighth less time).
# A letter is [A-Za-z] there, which is what [^\W\d_] is under re.ASCII: the matcher
# tests a set of ranges in one look-up of a table, and the three tests of the class one
# by one at each character.
ASCII_TOKEN_PATTERN: Final = TOKEN_PATTERN.replace(r"[^\W\d_]", "[A-Za-z]")
_ASCII_TOKEN_SPLIT: Final = compiled(f"({ASCII_TOKEN_PATTERN})", re.ASCII)


def _split(text: str) -> list[str]:
    """gap, word, gap, ..., gap (str.isascii() reads a flag of the string: no scan)."""
    return (_ASCII_TOKEN_SPLIT if text.isascii() else _TOKEN_SPLIT).split(text)


def token_texts(text: str) -> list[str]:
    """The words of `text` as tokenize() cuts them, every one, without offsets."""
    return _split(text)[1::2]


# A line with letters and no lower-case letter: a headline or a dateline in capitals.
_LOWER: Final = compiled(r"[a-z]")
_UPPER_RUN: Final = compiled(r"[A-Z]{2}")


class Token(Record):
    """One word of the text, and `key`: the token as it would be written in running text
    (ENGLAND -> England in a line of capitals; else the text itself). A token is not
    changed once made."""

    __slots__ = ("start", "end", "text", "caps_line", "cap", "key")  # noqa: RUF023

    def __init__(self, start: int, end: int, text: str, caps_line: bool, cap: bool) -> None:
        self.start = start
        self.end = end
        self.text = text
        self.caps_line = caps_line  # inside a line written all in capitals
        self.cap = cap  # starts with a capital letter
        # Made here, once: as a property it was read some 15,000 times over a set of
        # short articles, each read a call into Python code.
        self.key = running_form(text) if caps_line else text


def running_form(t: str) -> str:
    """A word of a line in capitals as running text writes it."""
    if t.isupper() and "." not in t and len(t) > 1:
        return "-".join(_running(p) for p in t.split("-"))
    return t


def _running(part: str) -> str:
    """A word in capitals as running text writes it: ROE -> Roe, O'QUELL -> O'Quell,
    MCQUELL -> McQuell."""
    if len(part) > 2 and part[1] in "'’":
        return part[:2] + part[2:].capitalize()
    if len(part) > 3 and part.startswith("MC"):
        return "Mc" + part[2:].capitalize()
    return part.capitalize()


def caps_line_spans(text: str) -> list[tuple[int, int]]:
    """The (start, end) of every line written all in capitals: with no [a-z] and with
    [A-Z]{2}."""
    spans = []
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        # A line of ASCII characters has no [a-z] and some letter when str.isupper()
        # says so: one test in C, where most lines (with a lower-case letter early on)
        # took two searches of the matcher, each costlier than the test.
        if (line.isupper() if line.isascii() else _LOWER.search(line) is None) and (
                _UPPER_RUN.search(line) is not None):
            spans.append((start, end))
        start = end + 1
    return spans


# Lower-case words, as the text writes them (for "is this capitalised word a common word?").
LOWER_WORD: Final = compiled(r"(?<![\w'’.-])[a-z][^\W\d_]*(?:(?:['’](?![sS]\b)|[-‐])[^\W\d_]+)*")


# A lower-case Arabic article or particle joined to a name: "al-Rashid", "bin-Talal".
_ARTICLE: Final = compiled(r"(?:al|el|ad|an|ar|as|ash|at|az|bin|ibn|abu|abd|ul|ud)[-‐][A-Z]")

# A lower-case letter right before a capital one: where two list items may have run
# together when markup was lost ("Sen. Jane RoeRep. John Doe").
_FUSED: Final = compiled(r"[a-z][A-Z]")


# Name prefixes that are written fused with a capital: "McNally", "MacLeod", "DeWitt".
_FUSED_PREFIXES: Final = ("Mc", "Mac", "Mc", "De", "Di", "Da", "Du", "La", "Le", "Lo", "Van", "Von",
                   "O'", "Fitz", "St")


def tokenize(text: str, keep_lower: frozenset[str] | None = None,
             split_before: frozenset[str] = frozenset(),
             lower_words: set[str] | None = None) -> list[Token]:
    """The word tokens of `text`, in order: every word, or, with `keep_lower`, every word
    that does not start with a lower-case letter, the lower-case words in `keep_lower`
    and names that start with a lower-case article ("al-Rashid", taken as capitalised)
    (the finders look only at those; dropping the rest makes them several times faster).

    A word in which a lower-case letter meets a capital that begins a word of
    `split_before` (a title or a given name) is cut there: "RoeRep." -> "Roe", "Rep.".
    Every word that starts with a lower-case letter is added to `lower_words` when given
    (one pass over the text serves both).
    """
    # (Compiled, the tests of the arguments in the loop are a comparison each, and
    # `lower_words.add` and `tokens.append` are native calls: bound methods kept in
    # local names, as the plain Python once had them, were generic calls through the
    # interpreter, some 250 instructions a word.)
    caps = caps_line_spans(text)
    # No search of the whole text for a fused word first: that scan cost more than the
    # word-by-word test below (which fails at once on the usual title-case word).
    fused = bool(split_before)
    tokens: list[Token] = []
    ci = 0
    n_caps = len(caps)
    for base, parts in _pieces(text):
        # parts is gap, word, gap, ..., gap: the words at the odd indexes, each followed
        # by its gap (compiled, a list read by index is native, where zip() over one
        # iterator took two generic steps per word).
        s = base + len(parts[0])
        for j in range(1, len(parts), 2):
            word = parts[j]
            gap = parts[j + 1]
            # (a letter's code compared first: str.islower() is a method call through the
            # interpreter, and this is asked of every word; an ASCII letter outside a-z is
            # no lower-case one)
            first = ord(word[0])
            if 97 <= first <= 122 or (first > 127 and word[0].islower()):
                if lower_words is not None:
                    lower_words.add(word)
                if ("-" in word or "‐" in word) and _ARTICLE.match(word) is not None:
                    cap = True  # "al-Rashid"
                elif keep_lower is None or word in keep_lower:
                    cap = False
                else:
                    # (most words: dropped in the fewest steps)
                    s += len(word) + len(gap)
                    continue
            else:
                cap = True
            e = s + len(word)
            if n_caps:
                while ci < n_caps and caps[ci][1] <= s:
                    ci += 1
                in_caps = ci < n_caps and caps[ci][0] <= s
            else:
                in_caps = False
            if (fused and cap and not in_caps and not word.istitle() and not word.isupper()
                    and _FUSED.search(word) is not None):
                cut = _fused_cut(text, word, s, e, split_before)
                if cut:
                    tokens.append(Token(s, s + cut, word[:cut], False, True))
                    rest = word[cut:]
                    end = e
                    if starts_at(text, ".", e) and rest + "." in split_before:
                        rest += "."
                        end += 1  # "Rep." keeps its full stop
                    tokens.append(Token(s + cut, end, rest, False, True))
                    s = e + len(gap)
                    continue
            tokens.append(Token(s, e, word, in_caps, cap))
            s = e + len(gap)
    return tokens


_CHUNK: Final = 1 << 16  # characters split at once: bounds the list of parts a long text needs


def _pieces(text: str) -> Iterator[tuple[int, list[str]]]:
    """The text split at its token matches, piece by piece: (offset of the piece, its
    parts gap, word, gap, ..., gap).

    split() hands back the words and the gaps between them without a match object per
    word (most words are dropped at once, so that is the cheaper walk); it runs on pieces
    of the text cut after a line break, where no token can reach across, so the list of
    parts stays small however long the text."""
    n = len(text)
    base = 0
    while base < n:
        cut = text.find("\n", base + _CHUNK) if n - base > 2 * _CHUNK else -1
        stop = n if cut < 0 else cut + 1
        yield base, _split(text if (base == 0 and stop == n) else text[base:stop])
        base = stop


def _fused_cut(text: str, word: str, start: int, end: int,
               split_before: frozenset[str]) -> int:
    """Where a word made of two run-together words is cut, or 0 when it is one word."""
    for m in _FUSED.finditer(word):
        cut = m.start() + 1
        left, right = word[:cut], word[cut:]
        if len(left) < 3 or left.startswith(_FUSED_PREFIXES) or "-" in right:
            continue
        if right in split_before or (starts_at(text, ".", end) and right + "." in split_before):
            return cut
    return 0


def capitalised_tokens(tokens: list[Token]) -> array[int]:
    """The indexes of the tokens that start with a capital (`cap`), in order: the passes
    that look only at those walk this list, not every token (some 40% of the tokens are
    the lower-case words the finders keep, and a step of a walk in Python costs some
    hundreds of instructions). An array of machine integers: a list would hold an int
    object of 28 bytes and a slot of 8 for each (a long article's index was a
    thirteenth of the memory its analysis held)."""
    # The flags by a comprehension, not map(attrgetter("cap"), tokens): compiled, it
    # reads the native class's attribute in place, where attrgetter looks it up on the
    # type for every token (some 400 instructions a token, 1.4% of conll-dev's). A list
    # of flags (shared bools, 8 bytes a token while it lives), not of the indexes, whose
    # int objects would cost a long article's peak memory four times as much.
    return array("l", compress(count(), [tok.cap for tok in tokens]))


def token_texts_of(tokens: list[Token]) -> list[str]:
    """The text of each token: a pass that looks for a few words tests them in this list
    with map() or a set, and visits only the tokens found (a loop over all the tokens in
    Python costs some 500 instructions a token)."""
    # (a comprehension, not map(attrgetter("text"), tokens): see capitalised_tokens)
    return [tok.text for tok in tokens]


def joined(text: str, left: Token, right: Token) -> bool:
    """True when two tokens are parts of one phrase: one space (or none after a hyphen)."""
    between = text[left.end:right.start]
    return between == " " or between == "\u00a0"
