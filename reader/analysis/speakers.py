"""Who is named next to a reporting verb: the subject before "said", the name after it.

Works on a small window of words around a cue; returns a `Subject` saying what stands
in the speaker's place: a known entity, a pronoun, a name the entity finder missed, a
common noun ("a source", "the letter": someone speaks, but nobody is named) or a
relative pronoun ("who", which sends the search further back).
"""

from __future__ import annotations

import re

from reader.analysis.cues import BETWEEN_SUBJECT_AND_VERB, is_adverb, is_cue_verb, word_set
from reader.analysis.data.words import ROLE_NOUNS as JOB_NOUNS
from reader.analysis.data.words import US_STATES
from reader.analysis.model import Entity
from reader.analysis.names import CITIES, GIVEN_NAMES, SURNAMES
from reader.analysis.roles import ROLE_NOUNS
from reader.analysis.span_index import Span, SpanIndex
from reader.records import Record
from reader.regex_cache import compiled

TYPE_CHECKING = False  # (reader/records.py says why not typing's)
# (No `else:` here: the analyser is compiled with mypyc, which takes the condition as
# mypy does, always true, and leaves an else branch out.)
if TYPE_CHECKING:
    from typing import Final, Literal

    SubjectKind = Literal["entity", "pronoun", "name", "noun", "relative"]


class Subject(Record):
    """What fills the speaker's place next to a cue."""

    __slots__ = ("kind", "start", "end", "entity_id", "name", "head")  # noqa: RUF023

    def __init__(self, kind: SubjectKind, start: int, end: int, entity_id: str | None = None,
                 name: str | None = None, head: str | None = None) -> None:
        self.kind = kind
        self.start = start
        self.end = end
        # kind "entity"; for a "noun" whose head is a demonym ("the Brazilian"), the
        # country's id
        self.entity_id = entity_id
        self.name = name  # kind "name": the name as written, titles stripped
        self.head = head  # kind "noun": the head word in lower case ("senator")


class Word(Record):
    """A word of a clause, with its offsets in the text."""

    __slots__ = ("start", "end", "text")  # noqa: RUF023

    def __init__(self, start: int, end: int, text: str) -> None:
        self.start = start
        self.end = end
        self.text = text


# A word (with inner apostrophes, hyphens and dots: O'Neill, Son-hui, U.S.), an
# abbreviation's full stop kept, or one punctuation mark that matters for clauses; as a
# separator: split() gives gap, word, gap, ..., gap without a match object per word (the
# pattern looks at nothing outside its match, so a slice of the text splits as the text
# between those offsets would).
_WORD_SPLIT: Final = compiled(r"(\w+(?:[-'’.&]\w+)*\.?|[,;:()—–―])")

_ABBREVIATIONS: Final = word_set(
    """mr mrs ms dr gen maj lt col capt sgt adm cmdr brig gov sen rep prof rev st jr sr
    amb atty hon sept sep oct nov dec jan feb aug inc corp co ltd del"""
)

_PUNCT: Final = frozenset({",", ";", ":", "(", ")", "—", "–", "―"})
DASHES: Final = frozenset({"—", "–", "―"})

PRONOUNS: Final = frozenset({"he", "she", "they", "it", "i", "we", "you"})
POSSESSIVE_PRONOUNS: Final = {"his": "he", "her": "she", "their": "they", "its": "it"}
_OBJECT_PRONOUNS: Final = frozenset({"him", "them"})
RELATIVES: Final = frozenset({"who", "which", "that", "whom", "whose"})
DETERMINERS: Final = word_set(
    "the a an this that these those his her its their our my your some any another each "
    "every no one two"
)
PREPOSITIONS: Final = word_set(
    "to with on at from by for of in about into onto over under against between among "
    "toward towards without within after before during since like than via per"
)
# Name connectors: "Bank of Tarsia", "Ana de Vries", "Centre for Tidal Studies".
_CONNECTORS = frozenset({"of", "de", "van", "von", "der", "bin", "al", "for", "and", "la", "le",
                         "du", "da", "del", "dos", "the", "on"})

# Capitalised words that begin a sentence or a clause without being a name.
_NOT_NAMES: Final = word_set(
    """a an the but and or so yet nor for in on at as after before when while if though
    although because since until asked speaking according meanwhile however still then this
    that these those it he she they we i you his her their our its my your there here what
    who why how where which last next first later earlier today yesterday tomorrow monday
    tuesday wednesday thursday friday saturday sunday january february march april may june
    july august september october november december jan feb mar apr jun jul aug sep sept oct
    nov dec also now even just only both all many most some several other others such
    instead despite during under over from with without by of to into about once
    one two three four five six seven eight nine ten eleven twelve twenty thirty forty
    fifty sixty seventy eighty ninety hundred thousand dozens conversely afterwards
    afterward likewise similarly nevertheless nonetheless moreover furthermore besides
    otherwise thus hence indeed overall elsewhere"""
)

_TIME_WORDS: Final = word_set(
    """monday tuesday wednesday thursday friday saturday sunday january february march april
    may june july august september october november december today yesterday tonight week
    weeks month months year years morning afternoon evening night time times"""
)

TIME_WORDS: Final = _TIME_WORDS

# Words inside a time phrase ("on the same night", "last week"); the ones that open
# one without a preposition.
_TIME_MODIFIERS: Final = word_set("last this next early late the a same that")
_TIME_OPENERS: Final = word_set("last this next")

# Words that open an introductory phrase before a sentence's subject.
_INTRODUCTORY: Final = word_set("after before when while if although though as since asked")

# A member of a party: the head of a description ("the Ohio Republican").
PARTY_HEADS: Final = word_set(
    "democrat republican independent conservative liberal libertarian socialist tory")

# Titles and roles written before a name; stripped from a name's front.
TITLES: Final = word_set(
    """mr mrs ms miss dr prof gov sen rep gen maj lt col capt sgt adm cmdr brig cpl pvt
    rev amb atty hon judge justice president vice secretary minister prime chancellor
    senator representative governor mayor chief director spokesman spokeswoman
    spokesperson ambassador general colonel lieutenant captain sergeant admiral pope
    father sister king queen prince princess sheikh rabbi speaker leader chairman
    chairwoman chair commissioner attorney deputy foreign defense defence finance former
    acting republican democratic democrat gop libertarian independent activist candidate
    nominee rival sheriff officer agent professor coach congressman congresswoman
    councilman councilwoman lawmaker analyst pollster host anchor correspondent reporter
    columnist author writer executive ceo founder manager editor economist expert
    strategist adviser advisor aide consultant lawyer dean official rapper singer actor
    actress star businessman businesswoman billionaire entrepreneur pastor reverend bishop
    cardinal imam first lady sir dame lord lady premier ex late mrs. state house senate
    del delegate"""
)

# Words that make a newly found name an organisation rather than a person.
ORG_WORDS: Final = word_set(
    """post times news journal press agency department ministry commission committee council
    party campaign university college school institute center centre foundation association
    union bureau office service police court congress senate house group inc corp company
    co bank fund network media reuters tribune herald gazette daily magazine channel tv
    radio alliance coalition organization organisation league federation board
    administration army navy force forces guard ap cnn bbc nbc abc cbs fox msnbc npr pac
    times-picayune review report reports inquirer globe observer telegraph
    guardian economist monitor examiner chronicle courier sun mirror express star security
    investigations enforcement protection affairs relations studies research policy
    conference caucus"""
)


_CONTRACTION: Final = compiled(r"['’](?:s|d|ll|ve|re|m)$", re.IGNORECASE)


def bare_lower(word: str) -> str:
    """A word in lower case without a contraction or possessive: "He’s" -> "he"."""
    return _CONTRACTION.sub("", word).lower()


def is_capitalised(word: str) -> bool:
    return word[:1].isupper()


def strip_possessive(word: str) -> str:
    if word.endswith(("'s", "’s", "'S", "’S")):
        return word[:-2]
    if word.endswith(("s'", "s’")):
        return word[:-1]
    return word


def words_in(text: str, start: int, end: int) -> list[Word]:
    """The words and clause punctuation of text[start:end], with offsets."""
    out: list[Word] = []
    append = out.append
    start = max(start, 0)  # (as finditer's bounds: a slice would count from the end)
    # (typed: split()'s parts are "str | Any" to mypy, and mypyc compiles the tests of
    # such a word below as generic operations; the pattern's one group always takes part,
    # so every part is a str)
    parts: list[str] = _WORD_SPLIT.split(text[start:max(end, 0)])
    s = start + len(parts[0])
    # Pairs of (word, the gap after it), from one iterator over the parts after the first.
    rest = iter(parts)
    next(rest)
    for w, gap in zip(rest, rest, strict=True):
        e = s + len(w)
        if w[-1] == "." and not _keeps_dot(w):
            append(Word(s, e - 1, w[:-1]))
        else:
            append(Word(s, e, w))
        s = e + len(gap)
    return out


def is_abbreviation(word: str) -> bool:
    """"Mr", "Gen", "U.S", "J": a word whose full stop does not end a sentence."""
    return ("." in word or (len(word) == 1 and word.isupper())
            or word.lower() in _ABBREVIATIONS)


def _keeps_dot(word: str) -> bool:
    """Whether a word's final full stop is its own (Mr., U.S., J.) or ends a sentence."""
    bare = word[:-1]
    return "." in bare or (len(bare) == 1 and bare.isupper()) or bare.lower() in _ABBREVIATIONS


def mention_spans(entities: list[Entity]) -> list[list[Span]]:
    """Each entity's mentions as (start, end, id) spans, in a list parallel to
    `entities`: made once for the quote finder's indexes of mentions (MentionIndex,
    PersonHistory, SpeakerEntities), which then share the tuples (one set of them per
    index was a sixth of the memory the analysis of a long article held)."""
    return [[(s, e, ent.id) for s, e in ent.mentions] for ent in entities]


class MentionIndex:
    """Entity mentions by offset, to ask which entity a word belongs to."""

    def __init__(self, entities: list[Entity], spans: list[list[Span]] | None = None) -> None:
        """`spans`: mention_spans(entities), when the caller has it already."""
        if spans is None:
            spans = mention_spans(entities)
        self.index = SpanIndex(span for of_entity in spans for span in of_entity)
        self.kinds = {ent.id: ent.kind for ent in entities}

    def add(self, ent: Entity) -> None:
        """Take in an entity made after the index was built."""
        self.kinds[ent.id] = ent.kind
        for s, e in ent.mentions:
            self.index.add(s, e, ent.id)

    def covering(self, start: int, end: int) -> tuple[int, int, str] | None:
        """The mention that overlaps text[start:end], if any (the last to start)."""
        return self.index.overlapping(start, end, reach=80)


def _name_from(words: list[Word], lo: int, hi: int) -> tuple[int, int] | None:
    """Indices [a, b) of the name in words[lo:hi] once titles and openers are dropped."""
    a = lo
    while a < hi:
        bare = words[a].text.rstrip(".").lower()
        if bare in TITLES or bare in _NOT_NAMES or not is_capitalised(words[a].text):
            a += 1
            continue
        break
    b = hi
    for x in range(a + 1, hi):
        if words[x].text.rstrip(".").lower() in _NOT_NAMES and is_capitalised(words[x].text):
            b = x  # "The Harbour Board on Monday": the name ends before "Monday"
            break
    while b > a and words[b - 1].text.lower() in _CONNECTORS:
        b -= 1
    if a >= b:
        return None
    # "Ohio Gov. Ana Vidal": a title inside the run starts the name after it
    # (not in an organisation's name: "State Department").
    if not any(words[x].text.lower().strip(".") in ORG_WORDS for x in range(a, b)):
        for x in range(b - 2, a - 1, -1):
            if words[x].text.rstrip(".").lower() in TITLES and is_capitalised(words[x].text):
                a = x + 1
                break
    return a, b


def _capitalised_run_back(words: list[Word], j: int) -> int:
    """First index of the run of capitalised words (and connectors) ending at j."""
    a = j
    while a - 1 >= 0:
        prev = words[a - 1].text
        gap_ok = words[a].start - words[a - 1].end <= 1
        if not gap_ok:
            break
        connector = (prev.lower() in _CONNECTORS and a - 2 >= 0
                     and is_capitalised(words[a - 2].text))
        if (is_capitalised(prev) and prev not in _PUNCT) or connector:
            a -= 1
        else:
            break
    return a


def _capitalised_run_forward(words: list[Word], j: int) -> int:
    """One past the last index of the run of capitalised words starting at j."""
    b = j + 1
    while b < len(words):
        w = words[b].text
        if words[b].start - words[b - 1].end > 1:
            break
        connector = (w.lower() in _CONNECTORS and b + 1 < len(words)
                     and is_capitalised(words[b + 1].text))
        if (is_capitalised(w) and w not in _PUNCT) or connector:
            b += 1
        else:
            break
    return b


def _name_subject(words: list[Word], a: int, b: int, text: str) -> Subject | None:
    span = _name_from(words, a, b)
    if span is None:
        return None
    i, k = span
    # "Ana Vidal of North Dakota": a person's name stops before "of".
    if not any(words[x].text.lower().strip(".") in ORG_WORDS for x in range(i, k)):
        for x in range(i + 1, k):
            if words[x].text.lower() in ("of", "for", "and"):
                k = x
                break
    start, end = words[i].start, words[k - 1].end
    surface = strip_possessive(text[start:end]).rstrip(".")
    if not surface or len(surface.split()) > 6:
        return None
    if len(surface.split()) > 1 and surface.isupper():
        return None  # a headline in capitals, not a name
    # Keep a leading "The" for organisations ("The Daily Ledger").
    if i > a and words[i - 1].text == "The":
        start = words[i - 1].start
        surface = "The " + surface
    return Subject("name", start, start + len(surface), name=surface)


def _pronoun(w: Word) -> Subject:
    """A pronoun subject; its span leaves out a contraction ("He’s" -> "He")."""
    m = _CONTRACTION.search(w.text)
    end = w.end - (len(m.group()) if m else 0)
    return Subject("pronoun", w.start, end)

# Prepositions that attach a phrase to the noun before them inside one description:
# "a spokeswoman for the agency", "the head of the union", "an aide at the embassy".
_NP_PREPOSITIONS: Final = frozenset({"of", "for", "at"})
# Lower-case words that end a description when walking over it: a verb, an adverb, a
# conjunction or a pronoun is no part of a noun phrase.
_NOT_IN_NP: Final = word_set(
    """and or but nor that who whom whose which when where while if as than so then
    quoted cited
    not no also has had have is was were are be been being will would can could may
    might must shall should did does do says said told he she they it we i you him them
    us me there here what why how"""
)
# "officials in Tarsia", "a friend from Lund", "an aide on Capitol Hill", "a trader at
# Quell Bank": the one before speaks, not the place.
_PLACE_OWNER_PREPOSITIONS: Final = frozenset({"in", "from", "near", "outside", "on", "at"})
_OWNER_PREPOSITIONS: Final = _NP_PREPOSITIONS | _PLACE_OWNER_PREPOSITIONS
_NP_MAX_WORDS: Final = 9
_PLACE_PREPOSITIONS: Final = PREPOSITIONS | word_set(
    "through across around along near past outside inside behind beyond up down")


def _verb_like(low: str) -> bool:
    return (low in _NOT_IN_NP or is_cue_verb(low) or low in BETWEEN_SUBJECT_AND_VERB
            or is_adverb(low))


# Words that say what a person does, in lower case: "prosecutor", "governor".
_JOB_WORDS: Final = JOB_NOUNS | TITLES | ROLE_NOUNS
# The words a second role joined by "and" may take: "and current party nominee".
_JOINED_ROLE_WORDS: Final = 4


def _is_role(word: Word) -> bool:
    return word.text.islower() and word.text in _JOB_WORDS


def _role_before_and(words: list[Word], k: int) -> bool:
    """Whether the words before words[k] ("and") end in a role: "the former prosecutor",
    "the secretary of state"."""
    if k >= 1 and _is_role(words[k - 1]):
        return True
    return (k >= 3 and words[k - 2].text == "of" and _is_role(words[k - 3])
            and words[k - 1].text.isalpha() and words[k - 1].text.lower() not in DETERMINERS)


def _joined_role_end(words: list[Word], k: int) -> int | None:
    """One past a second role joined by words[k] ("and") to the one before it, with
    no article of its own: "the former prosecutor and current governor" is one person,
    "the mayor and the governor" two. None when the words after "and" are no such role."""
    if not _role_before_and(words, k):
        return None
    b = k + 1
    while b < len(words) and b - k <= _JOINED_ROLE_WORDS:
        w = words[b]
        low = w.text.lower()
        if (w.text in _PUNCT or low in DETERMINERS or low in PRONOUNS or low in PREPOSITIONS
                or (w.text.islower() and _verb_like(low))
                or w.start - words[b - 1].end > 2):
            return None
        if _is_role(w) and not (b + 1 < len(words) and _is_role(words[b + 1])):
            return b + 1
        b += 1
    return None


def _noun_phrase_start(words: list[Word], j: int) -> int:
    """Index of the first word of the description that ends with words[j]:
    "the 63-year-old senator", "Rows of idle dockers", "the bakery's owner"."""
    a = j
    longest = _NP_MAX_WORDS
    while a - 1 >= 0 and j - a < longest:
        w = words[a - 1].text
        low = w.lower()
        if w in _PUNCT or words[a].start - words[a - 1].end > 2:
            break
        if low == "and" and _joined_role_end(words, a - 1) == j + 1:
            # "the former prosecutor and current governor said": one person.
            a -= 1
            longest = j - a + _NP_MAX_WORDS
            continue
        if a - 3 >= 0 and _tied(words, a - 1):
            a -= 2  # "a source familiar with the talks": the adjective and the noun before
            continue
        if _with_knowledge(words, a - 1):
            a -= 1  # "officials with knowledge of the talks": the officials speak
            continue
        if _role_to(words, a - 1):
            a -= 1  # "a senior aide to the governor": the role before "to" speaks
            continue
        if low in _NP_PREPOSITIONS:
            # Only when a noun stands before it: "the head of the union" (not "made of").
            if a - 2 < 0 or words[a - 2].text in _PUNCT or _verb_like(
                    words[a - 2].text.lower()) or words[a - 2].text.lower() in DETERMINERS \
                    or words[a - 2].text.lower().endswith(("ing", "ed")):
                break
            a -= 1
            continue
        if w.islower() and (low in PREPOSITIONS or _verb_like(low) or low in RELATIVES):
            break
        if w.islower() and ((low.endswith("ed") and len(low) > 4) or low in _IRREGULAR_PAST) and (
                a >= 2 and _subject_word(words[a - 2].text)):
            break  # "Supporters waved signs that ...": a verb after its subject
        if (low.endswith("s") and not low.endswith(("ss", "'s", "’s")) and len(low) > 3
                and w.islower() and words[a].text.islower()
                and words[a].text.lower() not in PREPOSITIONS
                and words[a].start - words[a - 1].end == 1):
            break  # "the ad uses footage": a verb in -s before a noun ("the senator's
            # spokeswoman" has a possessive)
        a -= 1
        if low in DETERMINERS and low not in ("one", "two") and not (
                a - 1 >= 0 and words[a - 1].text.lower() in _NP_PREPOSITIONS):
            if a >= 3 and _tied(words, a - 1):
                a -= 2  # "one diplomat familiar with the talks", "an official involved in"
                continue
            if a >= 2 and _role_to(words, a - 1):
                a -= 1  # "an adviser to the president": the role before "to"
                continue
            break  # the article opens the phrase
    return a


# Irregular past forms that stand between a subject and its object ("Supporters held
# signs reading ...", "crowds wore shirts that said ...").
_IRREGULAR_PAST: Final = word_set(
    """held wore bore took made gave brought put set had got saw met led sent built kept
    left lost paid won ran hung stood sat threw drew found bought sold""")


def _subject_word(word: str) -> bool:
    """Whether `word`, right before a word in -ed, is a subject that makes it a verb:
    a name or a capitalised noun ("Supporters waved"), or a plural ("crowds carried"),
    not a determiner or an adjective ("the retired general")."""
    low = word.lower()
    if low in DETERMINERS or low in PREPOSITIONS or not word.isalpha():
        return False
    if word[0].isupper():
        return True
    return low.endswith("s") and not low.endswith("ss") and len(low) > 3 and not is_adverb(low)


def _noun_phrase_end(words: list[Word], j: int) -> int:
    """One past the last word of the description that starts with words[j]:
    "a spokeswoman for the agency", "one source on the panel"."""
    b = j
    longest = _NP_MAX_WORDS
    while b < len(words) and b - j < longest:
        w = words[b].text
        low = w.lower()
        if w in _PUNCT or (b > j and words[b].start - words[b - 1].end > 2):
            break
        if b > j and low == "and":
            joined = _joined_role_end(words, b)
            if joined is not None:
                # "said the former prosecutor and current governor": one person.
                longest = joined - j + 1
                b = joined
                continue
        if b > j and _with_knowledge(words, b):
            b += 1  # "an official with knowledge of the talks"
            continue
        if b > j and low in _TIES and _tied(words, b + 1):
            b += 1  # "a person involved in the talks": on to the preposition
            continue
        if b > j and (_tied(words, b) or _role_to(words, b)):
            # "an aide close to the mayor", "one clerk familiar with Ana Vidal's files"
            b += 1
            if b < len(words) and words[b].text.lower() in DETERMINERS:
                b += 1
            elif b < len(words) and is_capitalised(words[b].text):
                b = _capitalised_run_forward(words, b)
            continue
        if b > j and low in _NP_PREPOSITIONS:
            nxt = words[b + 1].text if b + 1 < len(words) else ""
            if not nxt or nxt in _PUNCT or bare_lower(nxt) in _NOT_NAMES - DETERMINERS:
                break  # "the mayor on Monday": a time, not part of who speaks
            b += 1
            continue
        if b > j and w.islower() and (low in _PLACE_PREPOSITIONS or _verb_like(low)
                                      or low in RELATIVES):
            break
        if b > j and low in DETERMINERS and words[b - 1].text.lower() not in _NP_PREPOSITIONS:
            break
        if (b > j and b + 1 < len(words) and low not in DETERMINERS
                and words[b + 1].text.lower() in DETERMINERS):
            break  # "club bylaws grant the treasurer ...": a word before an article is a verb
        if b > j and w.islower() and (low in _IRREGULAR_PAST or (
                low.endswith("ed") and len(low) > 4)) and _subject_word(words[b - 1].text):
            break  # "Supporters held signs": a verb after its subject
        if b > j and words[b - 1].text.islower() and words[b - 1].text.lower() not in (
                DETERMINERS | _NP_PREPOSITIONS):
            if w.islower() and (low.endswith("ed") or low in _IRREGULAR_PAST):
                break  # "several groups granted ...", "one resident stood": a verb
            if is_capitalised(w):
                break  # "several groups granted Mr. Roe": a new phrase
        b += 1
    return max(b, j + 1)


def _noun_subject(words: list[Word], a: int, b: int) -> Subject:
    """A description ("the Alaska senator"): its span and head word."""
    head = b - 1
    for x in range(b - 2, a, -1):
        if words[x].text == "and":
            a_head = x + 1  # "the former prosecutor and current governor": "governor"
            break
    else:
        a_head = a
    for x in range(a_head + 1, b):
        if words[x].text.lower() in _NP_PREPOSITIONS or _role_to(words, x) or (
                _with_knowledge(words, x)):
            head = x - 1  # "the head of the union": the head comes before "of"
            break
        if x + 1 < b and _tied(words, x + 1):
            head = x - 1  # "an official involved in the talks": "official"
            break
    return Subject("noun", words[a].start, words[b - 1].end,
                   head=strip_possessive(words[head].text).lower())


def _owner_phrase(words: list[Word], a: int, j: int) -> Subject | None:
    """"the head of Norvex said", "a friend of Ana Vidal said": the description before
    "of" speaks, not the name words[a..j] after it."""
    while a >= 3 and is_capitalised(words[a - 1].text) and (
            words[a - 1].text.rstrip(".").lower() in TITLES):
        a -= 1  # "a spokesman for Ambassador Kurt Vogel": the title is the name's
    if a >= 3 and words[a - 1].text == "the" and words[a - 2].text.lower() in (
            _PLACE_OWNER_PREPOSITIONS):
        a -= 1  # "Bedouins in the Negev": the place's article
    if a >= 3 and (words[a - 1].text in ("to", "with") or _tied(words, a - 1)):
        return _close_to(words, a, j)
    if a < 2 or words[a - 1].text.lower() not in _OWNER_PREPOSITIONS:
        return None
    owner = words[a - 2].text
    if owner.islower() or owner in ROLE_ACRONYMS:
        if _verb_like(owner) or owner in DETERMINERS | PREPOSITIONS:
            return None
        if words[a - 1].text.lower() in _PLACE_OWNER_PREPOSITIONS and not (
                owner in _JOB_WORDS or owner in ROLE_ACRONYMS or owner in _DOCUMENTS
                or owner in _PLACE_BODIES or owner.title() in _COLLECTIVE_NOUNS
                or (owner.endswith("s") and not owner.endswith("ss"))):
            return None  # "came from Kemal Aydin": a verb, not "officials from Tarsia"
    elif not _opening_plural(words, a - 2):
        return None
    return _noun_subject(words, _noun_phrase_start(words, a - 2), j + 1)


# Bodies known by the place they sit in: "the embassy in Halden said" (the embassy
# speaks; Halden is no body).
_PLACE_BODIES: Final = word_set(
    """ministry government embassy consulate office administration department agency
    authorities regime cabinet parliament court council military command""")
# Adjectives that tie someone unnamed to the one named after them: "a source close to".
_CLOSE_TO: Final = word_set("close closest familiar loyal near")
# Those and the participles that do the same, each with the prepositions it takes ("an
# official involved in the talks", "a person briefed on the plan").
_TIES: dict[str, frozenset[str]] = {
    **dict.fromkeys(word_set("close closest loyal near privy"), frozenset({"to"})),
    "familiar": frozenset({"with"}),
    "involved": frozenset({"in", "with"}),
    "briefed": frozenset({"on", "about"}),
    "knowledgeable": frozenset({"about", "of"}),
    "aware": frozenset({"of"}),
}
# Nouns after "with" that tie someone unnamed to a matter: "an official with knowledge of
# the talks", "a source with ties to the campaign".
_WITH_NOUNS: Final = word_set("knowledge ties links access insight")


def _tied(words: list[Word], k: int) -> bool:
    """Whether words[k] is the preposition of one of _TIES right before it."""
    return 1 <= k < len(words) and words[k].text in _TIES.get(words[k - 1].text, ())


def _with_knowledge(words: list[Word], k: int) -> bool:
    """Whether words[k] is a "with" that ties a person noun before it to a matter ("an
    official with knowledge of the talks", "sources with direct knowledge of")."""
    if k < 1 or k + 1 >= len(words) or words[k].text != "with":
        return False
    before = words[k - 1].text
    if not before.isalpha() or not before[1:].islower():
        return False
    before = before.lower()  # ("Sources with knowledge of ..." opening a sentence)
    if _verb_like(before) or before in DETERMINERS or before in PREPOSITIONS:
        return False
    nxt = words[k + 1].text
    return nxt in _WITH_NOUNS or (k + 2 < len(words) and nxt.isalpha() and nxt.islower()
                                  and words[k + 2].text in _WITH_NOUNS)
# Roles that take "to" for the one they serve: "an aide to the governor", "an adviser
# to the president" (the one who serves speaks, not the governor).
_ROLES_TO: Final = word_set(
    """aide aides adviser advisers advisor advisors envoy envoys counsel counselor
    assistant assistants successor spokesman spokeswoman spokesperson consultant
    consultants emissary liaison confidant confidante secretary deputy""")


def _role_to(words: list[Word], k: int) -> bool:
    """Whether words[k] is a "to" that ties a role before it to the one it serves."""
    return (k >= 1 and words[k].text == "to" and words[k - 1].text in _ROLES_TO
            and words[k - 1].end + 2 >= words[k].start)


def _close_to(words: list[Word], a: int, j: int) -> Subject | None:
    """"a source close to Ana Vidal", "an aide to Ana Vidal", "one official familiar with
    the talks": someone unnamed speaks, not the name words[a..j] after "to" or "with"
    (only after a role or one of _CLOSE_TO: "spoke to Ana Vidal" is no description)."""
    head_at = a - 2
    close = _tied(words, a - 1)
    if close:
        head_at -= 1
    head = words[head_at].text
    if (not head.isalpha() or not head.islower() or _verb_like(head) or head in DETERMINERS
            or head in PREPOSITIONS or not (close or head in _JOB_WORDS)):
        return None
    start = _noun_phrase_start(words, head_at)
    return Subject("noun", words[start].start, words[j].end, head=head)


def _opening_plural(words: list[Word], k: int) -> bool:
    """"Officials in Tarsia said": a plural common noun capitalised only because it
    opens the clause (no name: not a given name or a surname the tables know)."""
    w = words[k].text
    if (k == 0 or words[k - 1].text in _PUNCT) and w in _COLLECTIVE_NOUNS:
        return True  # "Police in Tarsk said": a body of people, though not in -s
    return ((k == 0 or words[k - 1].text in _PUNCT) and len(w) > 3 and w.endswith("s")
            and w[1:].islower() and w not in GIVEN_NAMES and w not in SURNAMES
            and not w.endswith("ss"))


# Roles written in capitals, which name someone by office as "the senator" does ("the
# MP for Hexford", "the firm's CEO"), never a name.
ROLE_ACRONYMS: Final = frozenset((
    "MP", "MPs", "MEP", "MEPs", "MSP", "MSPs", "MLA", "MLAs", "MPP", "MPPs", "TD", "TDs",
    "PM", "VP", "DA", "CEO", "CFO", "COO", "CTO"))

# Documents that speak for who wrote them: "a letter from Roe's doctor".
_DOCUMENTS: Final = word_set("letter statement memo report note email message release filing")
# Nouns for a body of people that open a clause capitalised ("Police in Tarsk said").
_COLLECTIVE_NOUNS = frozenset({"Police", "Staff", "Crew", "Clergy", "Management", "Security"})


def classify_at(words: list[Word], j: int, text: str, mentions: MentionIndex,
                owner: bool = True) -> Subject:
    """What word j (the last word of a noun phrase) tells about who speaks; `owner`
    lets a description before "of" win over the name after it ("the head of X")."""
    w = words[j]
    low = bare_lower(w.text)
    if low in PRONOUNS:
        return _pronoun(w)
    hit = mentions.covering(w.start, w.end)
    if hit is not None and mentions.kinds.get(hit[2]) != "country":
        if owner and mentions.kinds.get(hit[2]) == "person":
            a = j
            while a > 0 and words[a - 1].start >= hit[0]:
                a -= 1
            described = _owner_phrase(words, a, j)
            if described is not None:
                return described
        elif owner and mentions.kinds.get(hit[2]) == "organization":
            member = _member_of_body(words, j, hit[0], text, mentions)
            if member is not None:
                return member  # "Ana Roe of the campaign group Screen Sense said"
        return Subject("entity", hit[0], hit[1], entity_id=hit[2])
    if low in POSSESSIVE_PRONOUNS or low in _OBJECT_PRONOUNS:
        return Subject("pronoun", w.start, w.end)  # (objects: "quoted him as saying")
    if low in RELATIVES:
        return Subject("relative", w.start, w.end)
    if hit is not None:
        if _nationality_head(words, j, hit):
            # "the Frenchman said", "the 29-year-old Brazilian said": a person described
            # by nationality, not the country (its id kept on the description).
            a = _noun_phrase_start(words, j)
            return Subject("noun", words[a].start, w.end, entity_id=hit[2], head=low)
        # "Gov. Ana Vidal of North Dakota said": the person, not the place.
        k = j
        while k >= 0 and words[k].start >= hit[0]:
            k -= 1
        if k >= 1 and words[k].text.lower() in ("of", "from"):
            person = classify_at(words, k - 1, text, mentions)
            if person.kind in ("entity", "name"):
                return person
        if owner:
            described = _owner_phrase(words, k + 1, j)  # "officials in Tarsia said"
            if described is not None:
                return described
        return Subject("entity", hit[0], hit[1], entity_id=hit[2])
    if low in PARTY_HEADS and j >= 1 and (
            words[j - 1].text.lower() in DETERMINERS or is_capitalised(words[j - 1].text)):
        # "the Oregon Democrat", "a Texas Republican": a description, never a name
        return _noun_subject(words, _noun_phrase_start(words, j), j + 1)
    if strip_possessive(w.text) in ROLE_ACRONYMS:
        # "the MP said", "a veteran MEP said": a role written in capitals, no name
        return _noun_subject(words, _noun_phrase_start(words, j), j + 1)
    if is_capitalised(w.text) and w.text not in _PUNCT:
        a = _capitalised_run_back(words, j)
        if (owner and a + 1 < j and words[a + 1].text.lower() in _OWNER_PREPOSITIONS
                and _opening_plural(words, a)):
            return _noun_subject(words, a, j + 1)  # "Residents of Tarsk said"
        found = _name_subject(words, a, j + 1, text)
        if found is not None:
            return (_owner_phrase(words, a, j) if owner else None) or found
    a = _noun_phrase_start(words, j)
    named = _name_before_preposition(words, a, j, text, mentions)
    if named is not None:
        return named  # "Sgt. Mara Kell of the state police said": the person speaks
    if (a >= 3 and words[a - 1].text.lower() in _PLACE_PREPOSITIONS
            and words[a - 2].text.endswith("ing") and words[a - 2].text.islower()
            and words[a - 3].text not in _PUNCT):
        # "Dockers walking along the quay sang": the subject comes before
        # the participle.
        return classify_at(words, a - 3, text, mentions)
    return _noun_subject(words, a, j + 1)


def _nationality_head(words: list[Word], j: int, hit: tuple[int, int, str]) -> bool:
    """Whether words[j], a country's mention, is the head of a description of a person
    after an article: "the Brazilian", "a 29-year-old Spaniard" (a demonym: one word in
    Title Case, not a name such as "the Netherlands", "the US" or "the Gambia")."""
    w = words[j].text
    if hit[0] != words[j].start or hit[1] != words[j].end or j < 1:
        return False
    if not (w[:1].isupper() and w[1:].islower()) or w.endswith(("s", "a", "o")):
        return False
    before = words[j - 1].text.lower()
    if before in ("the", "a", "an"):
        return True
    return (_AGE.fullmatch(before) is not None and j >= 2
            and words[j - 2].text.lower() in ("the", "a", "an"))


_AGE: Final = compiled(r"\d{1,3}-year-old")


def _name_before_preposition(words: list[Word], a: int, j: int, text: str,
                             mentions: MentionIndex) -> Subject | None:
    """The person named before "of", "at" or "from" in the phrase words[a..j] ("Sgt.
    Mara Kell of the state police", "Ana Roe at the ministry"), when the phrase opens
    with that name; None otherwise ("the head of the union")."""
    if not is_capitalised(words[a].text):
        return None
    for p in range(a + 1, j):
        if words[p].text in ("of", "at", "from"):
            if not is_capitalised(words[p - 1].text) or words[p - 1].text in _PUNCT:
                return None
            named = classify_at(words, p - 1, text, mentions, owner=False)
            if named.kind == "entity":
                return named if mentions.kinds.get(named.entity_id or "") == "person" else None
            parts = (named.name or "").split()
            if named.kind == "name" and len(parts) > 1 and parts[0] != "The" and not any(
                    w.lower().strip(".") in ORG_WORDS for w in parts):
                return named  # a person's name the entity finder missed
            return None
        if not is_capitalised(words[p].text) and words[p].text.lower() not in _CONNECTORS:
            return None
    return None


def _member_of_body(words: list[Word], j: int, body_start: int, text: str,
                    mentions: MentionIndex) -> Subject | None:
    """The person named before "of", "at" or "from" and the body whose mention ends at
    words[j] ("Ana Roe of the campaign group Screen Sense", "Ivo Marsh at Harlow Bank"):
    the person speaks for the body, and is who speaks."""
    p = j
    while p >= 0 and words[p].start >= body_start:
        p -= 1
    k = p
    while k >= 0 and p - k < 4 and words[k].text.islower() and words[k].text not in (
            "of", "at", "from"):
        k -= 1  # "the campaign group": the body's own description
    if k < 1 or words[k].text not in ("of", "at", "from"):
        return None
    a = _capitalised_run_back(words, k - 1)
    return _name_before_preposition(words, a, j, text, mentions)


def _bare_name(words: list[Word], a: int, b: int) -> bool:
    """Whether words[a..b] are a name and nothing else: capitalised words, titles and
    particles ("Lt. Col. Ana de Vries"), no description ("the head of Norvex")."""
    return a <= b and all(is_capitalised(w.text) or w.text.lower() in _CONNECTORS
                          for w in words[a:b + 1]) and is_capitalised(words[a].text) and (
        words[a].text.lower() not in DETERMINERS)


# Conjunctions that open a clause of its own after a comma, not an appositive.
_JOINING_CONJUNCTIONS: Final = word_set("and but or while whereas yet")


def subject_before(words: list[Word], j: int, text: str, mentions: MentionIndex,
                   owner: bool = True) -> Subject | None:
    """The subject whose verb follows words[j]; None when the clause starts right there.

    Skips adverbs and auxiliaries ("has also said") and comma-bounded appositives
    ("Ivo Marsh, the attorney general, said").
    """
    skips = 0
    appositive: tuple[int, int] | None = None
    set_off: list[tuple[int, int]] = []  # every appositive skipped, the last leftmost
    while j >= 0:
        t = words[j].text
        if not is_capitalised(t) and (t.lower() in BETWEEN_SUBJECT_AND_VERB
                                      or is_adverb(t)):
            j -= 1
            continue
        if t in ("first", "last") and j + 1 < len(words) and is_cue_verb(words[j + 1].text):
            j -= 1  # "who first called it": an adverb before the verb
            continue
        if t.isdigit() or t.lower() in _TIME_WORDS:
            # "who in 1998 wrote", "Roe on Monday night said", "Roe last week told": a
            # time, not the subject
            k = j - 1
            while k >= 0 and j - k < 4 and (words[k].text.isdigit() or words[k].text.lower()
                                            in _TIME_WORDS or words[k].text.lower()
                                            in _TIME_MODIFIERS):
                k -= 1
            if k >= 0 and words[k].text.lower() in PREPOSITIONS:
                j = k - 1
                continue
            if words[k + 1].text.lower() in _TIME_OPENERS:
                j = k
                continue
        if t in ("," , "—", "–") and skips < 3:
            k = j - 1
            while k >= 0 and j - k <= 16 and words[k].text not in (",", "—", "–", ";", ":"):
                k -= 1
            if k >= 0 and words[k].text == t and j - k > 1:
                skips += 1
                if appositive is None:
                    appositive = (k + 1, j - 1)
                set_off.append((k + 1, j - 1))
                j = k - 1
                # Stacked appositives: "Ivo Marsh, the attorney general of Utah,
                # one of the towns that objected, said": another one opens in lower case.
                while skips < 3:
                    c = j
                    while c >= 0 and k - c <= 16 and words[c].text not in _PUNCT:
                        c -= 1
                    if c < 0 or words[c].text != "," or c + 1 >= len(words) or is_capitalised(
                            words[c + 1].text) or c + 1 > j or (
                            words[c + 1].text in _JOINING_CONJUNCTIONS):
                        break  # (", but her rival, Ivo Marsh, said": a clause of its own)
                    skips += 1
                    set_off.append((c + 1, j))
                    k, j = c, c - 1
                continue
            return None
        if t == ")":
            k = j - 1
            while k >= 0 and j - k <= 12 and words[k].text != "(":
                k -= 1
            if k >= 0:
                j = k - 1
                continue
            return None
        if t in _PUNCT:
            return None
        head = _head_of_relative(words, j)
        if head is not None:
            # "A senior official who has been briefed on the plan told ...", "the aide
            # who met Roe said": the one the clause is about speaks
            return classify_at(words, head, text, mentions, owner)
        opening = _role_from_place(words, j) if appositive is None else None
        if opening is not None:
            # "the senator from Ohio said", "The Democrat from Moss Bay said": the one
            # the role names speaks, not the place.
            return Subject("noun", words[opening].start, words[j].end,
                           head=words[opening + 1].text.lower())
        found = classify_at(words, j, text, mentions, owner)
        if found.kind == "noun" and (t.lower() in _NOT_IN_NP or t.lower() in PREPOSITIONS):
            return None  # "as", "than": a function word, no speaker's place
        if (found.kind == "noun" and t.islower() and t.endswith("ed") and j >= 2
                and words[j - 1].text.lower() not in DETERMINERS):
            # "A report that the ministry published on Monday says": the verb of a
            # relative clause; the subject stands before "that".
            k = j - 1
            while k > 0 and j - k <= 6 and words[k].text.lower() not in ("that", "which"):
                k -= 1
            if k > 0 and words[k].text.lower() in ("that", "which"):
                return subject_before(words, k - 1, text, mentions, owner)
            return None
        if found.kind == "relative" and t.lower() == "who" and j >= 2 and words[j - 1].text == ",":
            # "Ana Vidal, by then a judge, who wrote ...": the person the clause is about.
            antecedent = subject_before(words, j - 1, text, mentions)
            if antecedent is None:
                antecedent = classify_at(words, j - 2, text, mentions)
            if antecedent.kind == "entity":
                # The source is written "who"; the speaker is the person before it.
                return Subject("entity", words[j].start, words[j].end,
                               entity_id=antecedent.entity_id)
            if antecedent.kind == "name":
                return antecedent
        if found.kind == "pronoun" and _partitive(words, j):
            # "One of them, the former minister Ryo Kawa, said": the one named in the
            # appositive; with no name there, someone of a group nobody names.
            if appositive is not None and not _names_members(words, appositive[0]):
                named = classify_at(words, appositive[1], text, mentions)
                if named.kind == "name" or (named.kind == "entity" and mentions.kinds.get(
                        named.entity_id or "") == "person"):
                    return named
            return Subject("noun", words[j - 2].start, words[j].end,
                           head=words[j - 2].text.lower())
        if appositive is not None and _names_members(words, appositive[0]):
            return found  # "Other leaders, including Ana Holm, said": the group speaks
        if found.kind == "noun" and appositive is not None and found.head in _AUTHORED:
            author = _author_in(words, appositive, text, mentions)
            if author is not None:
                # "The tweet, posted by Lind on Monday, read: ...": its writer speaks.
                return author
        if found.kind == "noun" and appositive is not None:
            # "Another critic, Petra Holm, said": the name in the appositive; the first
            # one set off that is no clause ("The candidate, state Sen. Dale Whitcomb,
            # who led by 184 votes, said"; not "The candidate, who beat Dale Whitcomb,").
            for first, last in reversed(set_off):
                if _clause_about(words, first) or words[first].text.lower() in RELATIVES:
                    continue
                named = classify_at(words, last, text, mentions)
                if named.kind in ("entity", "name"):
                    return named
        if (found.kind == "entity" and appositive is not None
                and mentions.kinds.get(found.entity_id or "") != "person"
                and _bare_name(words, *appositive)):
            # "The envoy to the Tarsian League, Petra Holm, said": the League does not
            # speak; the person the description names does.
            named = classify_at(words, appositive[1], text, mentions)
            if named.kind == "name" or (named.kind == "entity"
                                        and mentions.kinds.get(named.entity_id or "") == "person"):
                return named
        return found
    return None


def _head_of_relative(words: list[Word], j: int) -> int | None:
    """The index of the noun of people that a relative clause without commas, ending at
    words[j], is about ("a senior official who has been briefed on the plan", "the aide
    who met Roe"), or None: no "who" or "that" after such a noun opens the words."""
    k = j
    while k > 0 and j - k < 12 and words[k].text not in _PUNCT:
        low = words[k].text.lower()
        if low in ("who", "that"):
            before = words[k - 1].text
            if k < j and before.islower() and _people_noun(before) and (
                    # (a subject's "that" only: "the official that Roe named" may be
                    # "told the official that Roe said")
                    low == "who" or words[k + 1].text.islower()):
                return k - 1
            return None
        k -= 1
    return None
def _role_from_place(words: list[Word], j: int) -> int | None:
    """Where "the senator from Ohio" opens (its article) when words[j] ends it: an
    article, a role or a party's member, "from" and up to three capitalised words."""
    a = j
    while a > j - 3 and a >= 0 and is_capitalised(words[a].text) and (
            words[a].text not in _PUNCT):
        a -= 1
    if a == j or a < 2 or words[a].text != "from":
        return None
    role = words[a - 1].text
    if (role.lower() not in _PARTY_NOUNS and not _is_role(words[a - 1])) or (
            words[a - 2].text.lower() not in ("the", "a", "an")):
        return None
    return a - 2


# Writings that speak for whoever wrote them, and the participles that name the writer.
_AUTHORED: Final = _DOCUMENTS | word_set("tweet post op-ed column essay")
_BY_AUTHOR: Final = word_set("posted written signed issued sent released penned authored")


def _author_in(words: list[Word], appositive: tuple[int, int], text: str,
               mentions: MentionIndex) -> Subject | None:
    """The writer an appositive names ("posted by Lind on Monday"), when the name
    stands alone after "by" (not "written by Lind's staff")."""
    k, last = appositive
    if (k + 2 > last or words[k].text not in _BY_AUTHOR or words[k + 1].text != "by"
            or not is_capitalised(words[k + 2].text)):
        return None
    e = min(_capitalised_run_forward(words, k + 2), last + 1)
    if e <= last and words[e].text not in PREPOSITIONS:
        return None  # "written by Lind's staff"
    if any(w.text in ("and", "&") for w in words[k + 2:e]):
        return None  # "signed by Tom Rask and Ada Kowal": no one writer
    named = classify_at(words, e - 1, text, mentions)
    return named if named.kind in ("entity", "name") else None


# Words that pick some of a group: "one of them", "two of those".
_PARTITIVES: Final = word_set("one two three some several many each another none most few")


def _partitive(words: list[Word], j: int) -> bool:
    """Whether words[j] is an object pronoun after a word that picks some of a group:
    "One of them", "several of us"."""
    return (j >= 2 and words[j].text.lower() in ("them", "those", "us")
            and words[j - 1].text.lower() == "of"
            and words[j - 2].text.lower() in _PARTITIVES)


# Words that open an appositive naming some members of a group: "Other leaders,
# including Ana Holm, said" (the group speaks, not the member named).
_MEMBER_OPENERS: Final = word_set("including among such like notably especially led joined")


def _clause_about(words: list[Word], k: int) -> bool:
    """Whether the appositive starting at words[k] is a clause about the noun before it,
    not its name: a participle or a preposition opens it ("A memo, seen by the Courier,
    said", "The report, obtained by the Gazette, called ...")."""
    if k >= len(words) or not words[k].text.islower():
        return False
    low = words[k].text
    return (low.endswith(("ed", "en", "wn")) or low in _IRREGULAR_PAST or low in _SEEN
            or low in PREPOSITIONS
            # a relative clause: "The senator, who speaks fluent Ruritanian, told ...";
            # the capitalised word inside it names no one who speaks
            or low in _RELATIVE_OPENERS)


_RELATIVE_OPENERS: Final = RELATIVES | word_set("where when")


# Irregular participles that open a clause about a document: "a memo, seen by ...".
_SEEN: Final = word_set("seen shown read")


def _names_members(words: list[Word], k: int) -> bool:
    """Whether the appositive starting at words[k] names members of the group before it
    ("including ...", "among them ...", "such as ...", "led by ...")."""
    return k < len(words) and words[k].text.lower() in _MEMBER_OPENERS


def subject_after(words: list[Word], j: int, text: str, mentions: MentionIndex) -> Subject | None:
    """The subject that follows an inverted cue ("said Holm"): words[j] onwards."""
    while j < len(words) and words[j].text in (",", "—", "–"):
        j += 1
    if j >= len(words):
        return None
    w = words[j]
    if w.text in _PUNCT:
        return None  # `wrote: "..."`: nobody named after the verb
    low = bare_lower(w.text)
    if low in PRONOUNS:
        return _pronoun(w)
    if not is_capitalised(w.text):
        # "said the Rev. Ana Lind", "according to late-night radio host Ivo Marsh",
        # "said flood survivor Petra Holm": a role in lower case before the name.
        k = j
        while (k < len(words) and k - j < 5 and (not is_capitalised(words[k].text)
                                                 or words[k].text in ROLE_ACRONYMS)
               and words[k].text not in _PUNCT and not is_cue_verb(words[k].text)
               and words[k].text.lower() not in PREPOSITIONS | RELATIVES):
            k += 1
        if k < len(words) and k - j < 5 and is_capitalised(words[k].text):
            modified_end = modified_noun_end(words, j, k)
            if modified_end is not None:
                # "according to a senior Kremlin official": someone unnamed, not the
                # Kremlin (as "a senior Kremlin official said" is read before the verb).
                return _described_after(words, j, modified_end, text, mentions)
            described_end = _place_modifier_end(words, k, mentions)
            if described_end is not None:
                return _described_after(words, j, described_end, text, mentions)
            b = _capitalised_run_forward(words, k)
            if (k == j + 1 and words[j].text.lower() == "the" and b - k <= 4
                    and words[b - 1].text.lower() in _PARTY_NOUNS):
                # "says the Moss Bay Republican": a member of a party from a place is a
                # description of someone, not a person called "Moss Bay Republican".
                return _described_after(words, j, b, text, mentions)
            found = subject_after(words, k, text, mentions)
            if found is not None and found.kind in ("entity", "name"):
                return found
    if w.text.endswith(("'s", "’s")) and is_capitalised(w.text):
        at = _holder_after_role(words, j + 1)
        if at is not None:
            # "said Kowal's campaign manager, Tom Rask": the one who holds the role.
            named = subject_after(words, at, text, mentions)
            if named is not None and named.kind in ("entity", "name"):
                return named
    hit = mentions.covering(w.start, w.end)
    if hit is not None and mentions.kinds.get(hit[2]) != "country":
        return Subject("entity", hit[0], hit[1], entity_id=hit[2])
    if is_capitalised(w.text):
        b = _capitalised_run_forward(words, j)
        if b < len(words) and _role_then_name(words, b):
            # "said Front leader Yusuf Adebayo", "said Council member Ana Vidal": the
            # name after the body's role speaks.
            k = b
            while k < len(words) and not is_capitalised(words[k].text):
                k += 1
            named = subject_after(words, k, text, mentions)
            if named is not None and named.kind in ("entity", "name"):
                return named
        # A mention inside the run ("said Col. Anton Brandt") wins over the run.
        for k in range(j, b):
            hit = mentions.covering(words[k].start, words[k].end)
            if hit is not None and mentions.kinds.get(hit[2]) != "country":
                return Subject("entity", hit[0], hit[1], entity_id=hit[2])
        found = _name_subject(words, j, b, text)
        if found is not None:
            return found
    return _described_after(words, j, _noun_phrase_end(words, j), text, mentions)


# Members of a party, written after a place: "the Moss Bay Republican".
_PARTY_NOUNS = word_set("democrat republican libertarian conservative tory socialist")


# Papers that say things about the people named after them.
_PAPERS: Final = _DOCUMENTS | word_set(
    """indictment complaint lawsuit suit ruling report study survey poll records documents
    transcript analysis order decision opinion verdict audit review affidavit charges
    charging warrant""")


def _head_before_of(words: list[Word], j: int, b: int) -> str:
    """The head word of the description words[j..b-1]: the last word, or the one
    before its first "of" ("the report of the panel": "report")."""
    for k in range(j + 1, b):
        if words[k].text in ("of", "by", "from", "for"):
            return words[k - 1].text.lower()
    return words[b - 1].text.lower()


def _described_after(words: list[Word], j: int, b: int, text: str,
                     mentions: MentionIndex) -> Subject:
    """The description words[j..b-1] after an inverted cue, or the name set off after it."""
    if (b + 2 < len(words) and words[b].text == "," and is_capitalised(words[b + 1].text)
            and _head_before_of(words, j, b) not in _PAPERS):
        # "said a spokeswoman for the agency, Jane Roe": the name in apposition (not
        # "according to the indictment, Roe ...": what a paper says about Roe).
        named = subject_after(words, b + 1, text, mentions)
        if named is not None and named.kind in ("entity", "name"):
            return named
    at = _job_run_end(words, b + 1) if b + 2 < len(words) and words[b].text == "," else None
    if at is not None and _head_before_of(words, j, b) not in _PAPERS:
        # "said the chairman of the committee, retired banker Osric Fellowes": the name
        # after the job run in lower case set off after the description.
        named = subject_after(words, at, text, mentions)
        if named is not None and named.kind in ("entity", "name"):
            return named
    if (b + 2 < len(words) and words[b].text == "signed" and words[b + 1].text == "by"
            and is_capitalised(words[b + 2].text)):
        # "read a statement signed by Ana Roe": the one who signed it speaks.
        named = subject_after(words, b + 2, text, mentions)
        if named is not None and named.kind in ("entity", "name"):
            return named
    return _noun_subject(words, j, b)


def _holder_after_role(words: list[Word], k: int) -> int | None:
    """Where the name of a role's holder starts after the role's words from words[k],
    with or without a comma ("campaign manager, Tom Rask", "spokesman Ed Marr"); None
    when no name follows ("Kowal's spokesman.")."""
    at = _job_run_end(words, k)
    if at is not None:
        return at
    b = k
    while b < len(words) and b - k < 3 and words[b].text.isalpha() and words[b].text.islower():
        b += 1
    if (b == k or b + 1 >= len(words) or words[b].text != ","
            or words[b - 1].text not in _JOB_WORDS or not is_capitalised(words[b + 1].text)):
        return None
    return b + 1


def _job_run_end(words: list[Word], k: int) -> int | None:
    """Where the name starts after a job written in lower case from words[k] ("retired
    banker Osric Fellowes", "lawyer Ines Morvan": up to three words, the last a job),
    or None: the words are no job run ("telling reporters Ana Vidal ..." is a clause)."""
    b = k
    while b < len(words) and b - k < 3:
        low = words[b].text
        if (not low.isalpha() or not low.islower() or low in DETERMINERS
                or low in PREPOSITIONS or low in RELATIVES or is_cue_verb(low)
                or low.endswith("ing")):
            break
        b += 1
    if b == k or b >= len(words) or words[b - 1].text not in _JOB_WORDS:
        return None
    return b if is_capitalised(words[b].text) else None


def _place_modifier_end(words: list[Word], k: int, mentions: MentionIndex) -> int | None:
    """When the capitalised words from words[k] name a place or a country that describes
    the noun right after them ("said the New York daily", "said the influential Kenyan
    weekly"), one past that noun: the whole description speaks, not the place."""
    b = _capitalised_run_forward(words, k)
    if b >= len(words) or b - k > 3:
        return None
    after = words[b].text
    if (not after.isalpha() or not after.islower() or after in PREPOSITIONS
            or after in RELATIVES or after in _NOT_NAMES or is_cue_verb(after)
            or is_adverb(after)):
        return None
    hit = mentions.covering(words[k].start, words[b - 1].end)
    if hit is not None:
        return b + 1 if mentions.kinds.get(hit[2]) == "country" else None
    run = " ".join(w.text for w in words[k:b])
    if run in CITIES or run in US_STATES:
        return b + 1
    if after in _MEDIA_NOUNS and k >= 1 and words[k - 1].text.lower() == "the":
        return b + 1  # "said the Porto Velho daily": a newspaper, whatever its town
    return None


# Words that open a description of someone or something: "a Kremlin source".
_DESCRIPTION_OPENERS: Final = word_set("a an the one another two three several some")


def modified_noun_end(words: list[Word], opener: int, k: int) -> int | None:
    """When words[opener] opens a description and the capitalised words from words[k]
    only modify the lower-case noun after them ("a Kremlin source", "a senior European
    diplomat", "the City Hall spokesman", "a Harbour Board memo"): one past that
    description; None otherwise ("the Harbour Board said", "the party leader Ana
    Vidal": a body, or a role before a name)."""
    if opener >= k or words[opener].text.lower() not in _DESCRIPTION_OPENERS:
        return None
    for x in range(opener + 1, k):  # adjectives between: "a senior", "one long-time"
        t = words[x].text
        if (not t.islower() or not t.replace("-", "").isalpha() or t in PREPOSITIONS
                or t in DETERMINERS or _verb_like(t)):
            return None
    b = _capitalised_run_forward(words, k)
    if b >= len(words) or b - k > 3 or words[b].start - words[b - 1].end > 1:
        return None
    noun = words[b].text
    if (not noun.islower() or not noun.replace("-", "").isalpha() or noun in PREPOSITIONS
            or noun in RELATIVES or noun in _NOT_NAMES or _verb_like(noun)
            or noun.endswith(("ed", "ing", "ly")) or _role_then_name(words, b)):
        return None
    return _noun_phrase_end(words, b)


# Nouns for a newspaper or a broadcaster that a place before them describes.
_MEDIA_NOUNS: Final = word_set(
    "daily newspaper paper weekly tabloid broadsheet broadcaster magazine outlet")


_QUANTIFIERS: Final = word_set("several many most all both few various numerous")
# Words that open a clause of their own inside a sentence.
_SUBORDINATORS: Final = word_set("when while whereas although though because if unless whenever")


def _opens_clause(words: list[Word], k: int) -> bool:
    """Whether a clause (not more of a phrase) starts at words[k]: an article, a
    pronoun or a capitalised word ("In the end, the board ...", not "a long, slow ...")."""
    if k >= len(words):
        return False
    w = words[k].text
    low = bare_lower(w)
    return (is_capitalised(w) or low in DETERMINERS or low in PRONOUNS or low in _SUBORDINATORS
            or low in _QUANTIFIERS)


def _clause_comma(words: list[Word], lo: int, hi: int) -> int | None:
    """The comma in words[lo:hi] that ends an introductory phrase: the first one that a
    clause follows, else the first one."""
    first: int | None = None
    for k in range(lo, min(len(words), hi)):
        if words[k].text == ",":
            if _opens_clause(words, k + 1):
                return k
            if first is None:
                first = k
    return first


def _leads_to_name(words: list[Word], k: int) -> bool:
    """Whether the lower-case words from words[k] lead to a capitalised name within four
    words ("presidential nominee Ana Vidal")."""
    start = k
    while (k < len(words) and k - start < 4 and not is_capitalised(words[k].text)
           and words[k].text not in _PUNCT and not is_cue_verb(words[k].text)):
        k += 1
    return k < len(words) and k - start < 4 and is_capitalised(words[k].text)


def _named_in_apposition(words: list[Word], b: int, text: str,
                         mentions: MentionIndex) -> Subject | None:
    """The person named in an apposition that starts at words[b] with a comma and closes
    with one: "His coach, Piet Roe, was blunter", "Her rival, state treasurer Ivo Marsh,
    shot back". None when no such apposition follows."""
    if b + 2 >= len(words) or words[b].text != ",":
        return None
    named = subject_after(words, b + 1, text, mentions)
    if named is None or named.kind not in ("entity", "name"):
        return None
    if named.kind == "entity" and mentions.kinds.get(named.entity_id or "") != "person":
        return None
    k = b + 1
    while k < len(words) and words[k].start < named.end:
        k += 1
    if k >= len(words) or words[k].text != "," or k - b > 8:
        return None  # "The agency, Norvex and Lund said ...": no apposition
    return named


# Roles held in a body, written after its name: "Council member", "union boss".
_BODY_ROLES: Final = word_set("member boss head veteran insider")


def _role_of_body_then_name(words: list[Word], j: int, body_end: int) -> bool:
    """Whether the organisation named from words[j] (ending at `body_end`) is followed
    by the role someone holds in it and their name: "Council member Ana Vidal", "Union
    boss Ivo Marsh"."""
    k = j
    while k < len(words) and words[k].start < body_end:
        k += 1
    return _role_then_name(words, k)


def _role_then_name(words: list[Word], k: int) -> bool:
    """Whether words[k] onwards are a role in lower case and then a name: "opposition
    leader Ana Vidal", "chief executive Ivo Marsh", "member Ana Vidal" (not "met with
    Ivo Marsh": a verb and a preposition are no role)."""
    start = k
    while (k < len(words) and k - start < 4 and words[k].text.islower()
           and words[k].text not in PREPOSITIONS and not is_cue_verb(words[k].text)
           and (words[k].text in _JOB_WORDS or not _verb_like(words[k].text))):
        k += 1
    return (start < k < len(words) and is_capitalised(words[k].text)
            and words[k].text not in _PUNCT
            and (words[k - 1].text in _JOB_WORDS or words[k - 1].text in _BODY_ROLES))


def _opener_before(words: list[Word], j: int, lo: int) -> int | None:
    """The index of the article that opens the phrase ending before words[j], over at
    most three lower-case adjectives ("a senior ..."), no further back than `lo`."""
    k = j - 1
    while k >= lo and j - k <= 4:
        low = words[k].text.lower()
        if low in _DESCRIPTION_OPENERS:
            return k
        if not words[k].text.islower():
            return None
        k -= 1
    return None


def _unnamed_described(words: list[Word], j: int, lo: int) -> Subject | None:
    """The description of someone unnamed that the capitalised words at words[j] only
    modify, opened by an article no further back than `lo` ("a Treasury source", "a
    senior White House aide"); None when those words are not so placed."""
    opener = _opener_before(words, j, lo)
    if opener is None:
        return None
    end = modified_noun_end(words, opener, j)
    return None if end is None else _noun_subject(words, opener, end)


# What a person has that speaks for them: "Roe's campaign said" is Roe's word.
_SPEAKS_FOR_OWNER: Final = frozenset({"campaign", "office", "camp"})


# Nouns of kin, which no table of roles holds: "Roe's family", "her relatives".
_KIN: Final = frozenset({"family", "relative", "parent", "child", "children", "kin"})


def _people_noun(head: str) -> bool:
    """Whether a head noun names a person or people: a role or a job, or kin, in the
    singular or the plural ("lawyers", "relatives")."""
    one = head[:-1] if head.endswith("s") else head
    return (head in _KIN or one in _KIN or one in ROLE_NOUNS or one in JOB_NOUNS
            or head in ROLE_NOUNS or head in JOB_NOUNS)


# Words of time after a subject that go on to its verb ("Ruritania last week warned ...",
# "Ruritania today said"), besides those _verb_like knows ("on Friday", "has", "also").
_TIME_BEFORE_THE_VERB: Final = frozenset({"last", "this", "today", "yesterday"})


def _country_acts(words: list[Word], j: int, mention_end: int) -> bool:
    """Whether the country mention that word j opens (ending at `mention_end`) is
    followed by a verb or by what goes on to one: the country's name as a subject."""
    k = j
    while k < len(words) and words[k].start < mention_end:
        k += 1
    if k >= len(words):
        return False
    low = words[k].text
    return low.islower() and (low in _TIME_BEFORE_THE_VERB or low.endswith("ed")
                              or _verb_like(low))


def _hyphen_between(text: str, before: Word, after: Word) -> bool:
    """Whether a spaced hyphen or double hyphen stands between two words, as a wire
    dateline writes its dash ("LAGOS - ", "LAGOS -- ")."""
    gap = text[before.end:after.start]
    return gap in (" - ", " -- ", ". - ", ". -- ")


def _after_short_opener(words: list[Word], text: str, mentions: MentionIndex) -> Subject | None:
    """The subject after a short phrase opened by a preposition and set off by no comma
    ("Within minutes Ana Roe had shared it", "On Monday she said"): the first name, noun
    phrase or pronoun within five words whose word before is no preposition ("In Quell
    Ana Roe said": not Quell)."""
    for k in range(1, min(len(words), 6)):
        w = words[k]
        if w.text in _PUNCT:
            return None
        low = bare_lower(w.text)
        if bare_lower(words[k - 1].text) in PREPOSITIONS or low in PREPOSITIONS:
            continue
        if low in PRONOUNS or low in DETERMINERS or is_capitalised(w.text):
            subject = first_subject(words[k:], text, mentions, limit=4)
            return subject if subject is not None and subject.kind != "noun" else None
    return None


def first_subject(words: list[Word], text: str, mentions: MentionIndex,
                  limit: int = 8) -> Subject | None:
    """The first name, entity or personal pronoun among the first `limit` words.

    An introductory phrase ("In a statement, ...", "Speaking on Monday, ...") is
    skipped up to its comma.
    """
    start = 0
    if len(words) > 3 and words[0].text == "(" and words[2].text == ")" and (
            words[3].text in DASHES or _hyphen_between(text, words[2], words[3])):
        # The credit of a dateline whose town the sentence before took with its
        # abbreviation's dot: "OMAHA, Neb. (Wire) - Gov. Ana Vidal ...".
        words = words[3:] if words[3].text not in DASHES else words[4:]
    if words and len(words[0].text) > 1 and words[0].text.isupper():
        # A dateline: "DULUTH, Minn., May 4 (Wire) — Former Mayor Ana Vidal ...",
        # "DULUTH, Minn. - ..." (a spaced hyphen is not a word: the gap holds it).
        for k in range(1, min(len(words), 14)):
            if words[k].text in DASHES:
                words = words[k + 1:]
                break
            if _hyphen_between(text, words[k - 1], words[k]):
                words = words[k:]
                break
    first = bare_lower(words[0].text) if words else ""
    if words and (first in PREPOSITIONS or words[0].text.endswith("ing")
                  or first in _INTRODUCTORY or (
                      first.endswith("ed") and len(words) > 1
                      and not is_capitalised(words[1].text))):
        comma = _clause_comma(words, 1, 16)
        if comma is None:
            if first in PREPOSITIONS and is_capitalised(words[0].text):
                # (opening its sentence: "..., yet on reading it they ..." is no
                # sentence's start)
                return _after_short_opener(words, text, mentions)
            return None
        start = comma + 1
    elif words and first not in DETERMINERS and first not in PRONOUNS and (
            first in _NOT_NAMES or first.endswith("ly") or first.split("-")[0] in _NOT_NAMES):
        # "Likewise, ...", "Thirty years ago, ...": an opener up to its comma.
        for k in range(1, min(len(words), 8)):
            if words[k].text == ",":
                start = k + 1
                break
    resume = start
    for j in range(start, len(words)):
        if j < resume:
            continue
        if j >= resume + limit:
            break
        w = words[j]
        low = bare_lower(w.text)
        if w.text in _PUNCT:
            continue
        if low in _SUBORDINATORS:
            # "Once home, when her mother called, she said ...": a clause of its own.
            comma = _clause_comma(words, j + 1, j + 20)
            if comma is None:
                return None
            resume = comma + 1
            continue
        if low in PREPOSITIONS:
            return None
        if low in PRONOUNS:
            return _pronoun(w)
        if not is_capitalised(w.text) and low not in DETERMINERS:
            # "several environmental groups granted ...": a common-noun subject, unless
            # the words lead to a name ("party nominee Ana Vidal said").
            k = j
            while (k < len(words) and k - j < 4 and not is_capitalised(words[k].text)
                   and words[k].text not in _PUNCT and not is_cue_verb(words[k].text)):
                k += 1
            if k < len(words) and k - j < 4 and is_capitalised(words[k].text):
                continue
            if (low.endswith(("ing", "ed")) or _verb_like(low)) and not (
                    # "the ruling party's spokesperson": after an article, a modifier
                    j > resume and bare_lower(words[j - 1].text) in DETERMINERS
                    and low.endswith(("ing", "ed"))):
                return None  # "..., stripping out a clause": a verb, no subject here
            b = _noun_phrase_end(words, j)
            return _named_in_apposition(words, b, text, mentions) or _noun_subject(
                words, max(resume, _noun_phrase_start(words, j)), b)
        if low in PRONOUNS:
            return _pronoun(w)
        hit = mentions.covering(w.start, w.end)
        if hit is not None and mentions.kinds.get(hit[2]) == "country" and _country_acts(
                words, j, hit[1]):
            # "The United States on Friday imposed sanctions ... and warned that ...":
            # the country's name as the subject of a verb is its government, which speaks
            # (a demonym before a noun is not: "Kenyan officials said")
            return Subject("entity", hit[0], hit[1], entity_id=hit[2])
        if hit is not None and mentions.kinds.get(hit[2]) != "country":
            if mentions.kinds.get(hit[2]) == "organization" and _role_of_body_then_name(
                    words, j, hit[1]):
                continue  # "Council member Ana Vidal disagreed:": the member speaks
            if words[j].start >= hit[0]:
                unnamed = _unnamed_described(words, j, resume)
                if unnamed is not None:
                    return unnamed  # "a White House aide said, adding that ...": the aide
            if (mentions.kinds.get(hit[2]) == "person" and strip_possessive(w.text) != w.text
                    and j + 1 < len(words) and words[j + 1].text.isalpha()
                    and words[j + 1].text.islower() and not is_cue_verb(words[j + 1].text)
                    and (words[j + 1].text not in _SPEAKS_FOR_OWNER or (
                        # "Roe's campaign manager, Ed Marr, was unmoved:": the manager
                        j + 2 < len(words) and words[j + 2].text.islower()
                        and _people_noun(words[j + 2].text)))):
                # "Roe's relatives visited the site and said ...": the relatives, not
                # Roe (but "Roe's campaign" speaks for Roe, and "Roe's diet tips won him
                # ...": a thing's sentence is about Roe)
                end = _noun_phrase_end(words, j + 1)
                owned = _noun_subject(words, j, end)
                if _people_noun(owned.head or ""):
                    # (the one the apposition names, when one does: "Roe's campaign
                    # manager, Ed Marr, said")
                    return _named_in_apposition(words, end, text, mentions) or owned
            return Subject("entity", hit[0], hit[1], entity_id=hit[2])
        if is_capitalised(w.text) and low not in _NOT_NAMES:
            b = _capitalised_run_forward(words, j)
            if b < len(words) and _role_then_name(words, b):
                # "Kenyan opposition leader Ana Vidal said", "Norvex chief executive
                # Ivo Marsh said": the name after the role speaks.
                continue
            unnamed = _unnamed_described(words, j, resume)
            if unnamed is not None:
                return unnamed  # "a Treasury source told the paper": someone unnamed
            if (b == j + 1 and j == resume and b < len(words) and words[b].text.islower()
                    and not _verb_like(words[b].text.lower())
                    and not words[b].text.endswith("ed")
                    and not _leads_to_name(words, b)):
                # "Rows of idle dockers ...": a capital that only opens the sentence.
                return _noun_subject(words, j, _noun_phrase_end(words, j))
            for k in range(b - 1, j, -1):
                hit = mentions.covering(words[k].start, words[k].end)
                if hit is not None and mentions.kinds.get(hit[2]) == "person":
                    # "Minister of State for Health Ana Vidal said": the person written
                    # last in a long title.
                    return Subject("entity", hit[0], hit[1], entity_id=hit[2])
            if b == j + 1 and (low in TITLES or low in ROLE_NOUNS or low in ("mp", "mps")):
                np_start = _noun_phrase_start(words, j)
                if np_start < j and bare_lower(words[np_start].text) in DETERMINERS:
                    # "The new MP, 44, thanked ...", "the Premier said": an office named
                    # with an article is a description, no name
                    return _noun_subject(words, np_start, _noun_phrase_end(words, j))
            found = _name_subject(words, j, b, text)
            if found is not None:
                return found
    return None
