"""Quoted words that name something rather than report what someone said.

Two shapes of news writing put a name, a title or a nickname in quotation marks:
- a participle of naming right before it: `a plan called "Fresh Start"`, `the operation,
  dubbed "Iron Harvest,"`, `Tull, known to supporters as "the Builder,"`. The quoted words
  are what a thing or a person is called; a reporting verb elsewhere in the sentence may
  still report the whole sentence (`Roe says the senator nicknamed "the Builder" will
  run`), and then the words are part of what Roe said;
- a title set inside a noun phrase as a modifier: `a former "Quiz Night" champion`, `the
  "Clean Rivers" campaign`, `her "Main Street" plan`;
- a name or a term that nobody is said to say: a Title Case name with no speaker (`the
  ground locals call "the Lion's Den"`, a banner that read "Free the Nine", `a study by
  the institute, "Water at the Margins," found`), a "so-called" term, and the words
  after "slogan" or "motto" (a slogan is no one's speech, even the sentence's subject's).

Pure predicates over the words before the quote (speakers.words_in) and the text.
"""

from __future__ import annotations

from reader.analysis.cues import is_cue_verb, word_set
from reader.analysis.speakers import PRONOUNS, Word, strip_possessive
from reader.regex_cache import compiled

TYPE_CHECKING = False  # (reader/records.py says why not typing's)
if TYPE_CHECKING:
    from typing import Final  # (constants read as C statics by mypyc, not from a dict)

# Participles that name what follows them: `an ad called "..."`.
_NAMING: Final = word_set("called dubbed nicknamed named titled entitled")
# Participles that name through "as": `known as "..."`, `billed as "..."`.
_NAMING_AS: Final = word_set("known billed")
# Words before a naming participle that make it a finite verb whose subject speaks
# (`critics called it`, `what she called`): an auxiliary or a relative.
_BEFORE_FINITE: Final = word_set(
    """is was are were be been being has have had who which that what also often
    once then later repeatedly and or but""")


def naming_participle(words: list[Word]) -> int | None:
    """Where a participle of naming that ends `words` (the words right before a quote)
    starts: `a plan called`, `the bill, dubbed`, `Tull, known to supporters as`; None when
    the words do not end so, or when the verb is a finite one whose subject names the
    thing (`Ruiz called`, `critics have dubbed`, `what she called`)."""
    n = len(words)
    if n < 2:
        return None
    last = words[-1].text.lower()
    at = -1
    if last in _NAMING:
        at = n - 1
    elif last == "as":
        # "known as", "also known as", "known to supporters as", "billed as"
        for k in range(n - 2, max(-1, n - 6), -1):
            low = words[k].text.lower()
            if low in _NAMING_AS:
                at = k
                break
            if words[k].text in (",", ":", ";") or is_cue_verb(low):
                return None
    if at < 1:
        return None
    prev = words[at - 1].text
    low = prev.lower()
    if low == "also" and at >= 2:
        prev = words[at - 2].text
        low = prev.lower()
    if prev == ",":
        return at  # an apposition: `the operation, dubbed "..."`
    if any(w.text.lower() == "what" for w in words[max(0, at - 4):at]):
        return None  # `what many voters called "..."`: the voters' words
    if low in _BEFORE_FINITE or low in PRONOUNS or is_cue_verb(low):
        return None
    if not prev.isalpha() or not prev.islower():
        return None  # `Ruiz called "..."`: a name before the verb is its subject
    # `a plan called`: a common noun, itself after a determiner or an adjective
    # (`critics called` alone is a subject and its verb).
    if at >= 2 and (words[at - 2].text.lower() in _NOUN_OPENERS or words[at - 2].text.islower()
                    or strip_possessive(words[at - 2].text) != words[at - 2].text):
        return at
    return None


# Words that open a noun phrase: a determiner or a possessive pronoun.
_NOUN_OPENERS: Final = word_set("a an the this that these those his her its their our my your new")

# Words after a quoted title that show it is no modifier of a noun: verbs, conjunctions
# and prepositions (`the "Ledger" wrote`, `"Iron Harvest" and`, `"Unity" in`).
_NOT_A_HEAD: Final = word_set(
    """is was are were be been has have had will would can could should may might must
    did does do and or but nor as on in at to for from with by of that which who whom
    whose than into onto over after before since until when while where if because
    says said""")
# Words before a quoted title that make it part of a noun phrase.
_MODIFIER_LEADS: Final = word_set("a an the his her its their our my your this that former new")
_TITLE_SMALL: Final = word_set("of the a an and in on to for at with")


def title_modifier(text: str, start: int, end: int, words: list[Word]) -> bool:
    """Whether the quote text[start:end] is a title used as a modifier inside a noun
    phrase: every word capitalised (small words aside), at most six, after a determiner,
    a possessive or an adjective after one, and right before a lower-case noun (`a
    former "Quiz Night" champion`, `the "Clean Rivers" campaign`)."""
    if not words:
        return False
    inner = text[start + 1:end - 1]
    if not inner or inner[-1] in ",.;:":
        return False  # `"...,"` ends a clause: the words are no modifier
    parts = inner.strip(" !?").split()
    if not parts or len(parts) > 6 or not parts[0][:1].isupper():
        return False
    if not all(p[:1].isupper() or p.lower() in _TITLE_SMALL or not p[:1].isalpha()
               for p in parts):
        return False
    if end + 2 > len(text) or text[end] != " " or not text[end + 1].islower():
        return False
    k = end + 1
    while k < len(text) and text[k].isalpha():
        k += 1
    head = text[end + 1:k]
    if head in _NOT_A_HEAD or is_cue_verb(head) or head.endswith("ly"):
        return False
    if k >= len(text) or text[k] not in " ,.;:'’":
        return False
    prev = words[-1].text
    low = prev.lower()
    if low in _MODIFIER_LEADS or (strip_possessive(prev) != prev
                                  and low not in PRONOUNS):
        return True
    # an adjective after a determiner: `a former "..."`, `the annual "..."`
    return (prev.isalpha() and prev.islower() and not is_cue_verb(low) and len(words) >= 2
            and words[-2].text.lower() in _MODIFIER_LEADS)


# Nouns whose quoted words are a slogan, no one's speech: `marched under the slogan "..."`,
# `the club's motto, "...,"`.
SLOGAN_NOUNS: Final = word_set("slogan slogans motto mottos catchphrase tagline hashtag")


# Things whose printed words a text quotes: `a cap that read "..."`, `signs saying "..."`.
_WRITTEN_ON: Final = word_set(
    """sign signs banner banners placard placards poster posters cap caps hat hats shirt
    shirts t-shirt t-shirts sweatshirt sweatshirts billboard billboards sticker stickers
    button buttons badge badges plaque plaques inscription mug mugs""")
_READING: Final = word_set("read reads reading said says saying")


def written_on_a_thing(words: list[Word]) -> int | None:
    """The index of the thing whose printed words the quote after `words` gives (`wore
    a cap that read "..."`, `held signs saying: "..."`), or None: the words are no
    one's speech, whatever cue stands earlier in the sentence."""
    k = len(words) - 1
    if k >= 0 and words[k].text in (",", ":"):
        k -= 1
    if k < 1 or words[k].text.lower() not in _READING:
        return None
    k -= 1
    if k >= 1 and words[k].text.lower() in ("that", "which"):
        k -= 1
    return k if words[k].text.lower() in _WRITTEN_ON else None


def after_slogan_noun(words: list[Word]) -> bool:
    """Whether the words before a quote end in a slogan noun, or in one and a comma."""
    if words and words[-1].text == ",":
        words = words[:-1]
    return bool(words) and words[-1].text.lower() in SLOGAN_NOUNS


# A contracted verb: "it's", "we're", "don't", "I'll" (not the possessive of "Lion's").
_SPOKEN_CONTRACTION: Final = compiled(
    r"(?i)^(?:it|he|she|that|there|what|who|let|here)['’]s\b|n['’]t\b|['’](?:re|ll|ve|m|d)\b")


def named_not_said(text: str, start: int, end: int) -> bool:
    """Whether the quote text[start:end], given to no speaker, is a name or a term rather
    than speech: Title Case words (at least two capitalised, every other word a small
    word, at most seven; not all in capitals, as a chant may be; no contracted verb, as
    in "It's" or "Don't") or a term after
    "so-called". Speech with no speaker named keeps its lower-case words (`Critics call
    it "a tax on ambition."`, `the crowd chanted "Hands off our grants!"`)."""
    lead = text[max(0, start - 10):start].rstrip().lower()
    if lead.endswith(("so-called", "so called")):
        return True
    words = text[start + 1:end - 1].strip(" ,.;:?!'’`").split(None, 7)
    if len(words) < 2 or len(words) > 7:
        return False
    capitals = 0
    for w in words:
        if _SPOKEN_CONTRACTION.search(w):
            return False  # `singing "It's Our Time"`: a clause, as speech or song is
        if w[:1].isupper():
            capitals += 1
        elif w.lower() not in _TITLE_SMALL and w[:1].isalpha():
            return False
    if all(w.isupper() for w in words):
        return False
    # (`call her seminar "the Furnace"`: one capitalised noun after "the" names too)
    return capitals >= 2 or (len(words) == 2 and words[0] == "the" and capitals == 1)


# A verb of naming right before a quote: `what it calls "..."`, `a plan it dubbed "..."`.
_NAMING_VERB_BEFORE: Final = compiled(
    r"\b(?:calls?|called|dubs?|dubbed|names|named|brands?|branded|bills|billed)\s*$")


def named_by_body(text: str, start: int, end: int) -> bool:
    """Whether the quote text[start:end], which an organisation is said to say, is the
    name the body gives a thing of its own: Title Case words right after a verb of
    naming (`a feature it calls "Quiet Mode"`, `what it calls "Project Lighthouse"`). A
    person's name for someone stays that person's words (`called her rival "Slow
    Tom"`)."""
    return (_NAMING_VERB_BEFORE.search(text, max(0, start - 10), start) is not None
            and named_not_said(text, start, end))


# A relative clause of naming right before a quote, whose object is the thing before it:
# `the plan, which she calls "..."`, `a bill that the governor has dubbed "..."`.
_NAMING_RELATIVE_BEFORE: Final = compiled(
    r"\b(?:which|that) (?:[\w’'.-]+ ){1,3}?(?:(?:has|had|have) )?"
    r"(?:calls?|called|dubs?|dubbed|names|named|brands?|branded|bills|billed)\s*$")


# The verbs every _NAMING_RELATIVE_BEFORE match ends with, before white space at most.
_NAMING_VERBS: Final = ("call", "calls", "called", "dub", "dubs", "dubbed", "names", "named",
                        "brand", "brands", "branded", "bills", "billed")


def _naming_verb_before(text: str, start: int) -> bool:
    """False where _NAMING_RELATIVE_BEFORE cannot match in the fifty characters before
    `start` (most quotes): they do not end with one of its verbs and white space at
    most (a test without a search, which tried the pattern at each of the fifty)."""
    return text[max(0, start - 50):start].rstrip().endswith(_NAMING_VERBS)


def named_in_relative(text: str, start: int, end: int) -> bool:
    """Whether the quote text[start:end] is the name someone gives a thing just named,
    in a relative clause: Title Case words after `which she calls` or `that the mayor
    dubbed` (`the plan, which she calls "Fresh Start,"`). Lower-case words there stay
    the speaker's (`the bill, which Roe calls "a gift to landlords,"`), and so does a
    name inside what someone is said to say (`Roe said the plan, which aides call "Project
    Harbor," would work`)."""
    if not _naming_verb_before(text, start):
        return False
    found = _NAMING_RELATIVE_BEFORE.search(text, max(0, start - 50), start)
    if found is None or not named_not_said(text, start, end):
        return False
    opening = max(text.rfind(". ", 0, found.start()), text.rfind("\n", 0, found.start()))
    return not any(is_cue_verb(w.lower())
                   for w in _LOWER_WORD.findall(text, opening + 1, found.start()))


_LOWER_WORD: Final = compiled(r"\b[a-z]+\b")
