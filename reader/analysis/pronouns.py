"""Who "he" and "she" are: the most recent person of the right gender who was a subject.

Gender comes from the entity finder (a title or given name), else from what the text
says right before a name ("Mrs.", "spokeswoman"), else from the given-name table, and
is learnt from "he"/"she" once a speaker is settled. A person of unknown gender fits
either pronoun. Names inside quotations are never antecedents: the speaker of a quote
is not someone the quote talks about.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from itertools import pairwise

from reader.analysis.credit_lines import in_credit_line
from reader.analysis.cues import BETWEEN_SUBJECT_AND_VERB, is_adverb, is_cue_verb, word_set
from reader.analysis.data.words import ROLE_NOUNS as JOB_NOUNS
from reader.analysis.descriptions import (
    Description,
    Table,
    contradicts,
    describing_words,
    fits,
    known_as_other,
    names_place,
    parse_description,
    role_before,
)
from reader.analysis.model import Entity
from reader.analysis.names import EITHER_SEX as _EITHER_SEX
from reader.analysis.names import GIVEN_NAMES
from reader.analysis.roles import ROLE_NOUNS
from reader.analysis.span_index import Span, SpanIndex
from reader.analysis.speakers import TITLES, mention_spans, strip_possessive
from reader.analysis.text_at import ends_at, starts_at
from reader.regex_cache import compiled

TYPE_CHECKING = False  # (reader/records.py says why not typing's)
if TYPE_CHECKING:
    from typing import Final  # (constants read as C statics by mypyc, not from a dict)

Gender = str  # "m" or "f"

_MALE_CUES: Final = word_set(
    """mr mr. spokesman congressman chairman businessman councilman husband father son
    brother king prince actor sir lord boyfriend grandfather uncle nephew"""
)
_FEMALE_CUES: Final = word_set(
    """mrs mrs. ms ms. miss spokeswoman congresswoman chairwoman businesswoman councilwoman
    wife mother daughter sister queen princess actress dame lady girlfriend grandmother
    aunt niece widow"""
)
# The auxiliary of a question before a name: "What did Sen. Ola Brandt think?" (the
# verb after the name makes it no modifier of a noun, as "Berg campaign" is).
_QUESTION_AUXILIARY: Final = compiled(
    r"\b(?:[Dd]id|[Dd]oes|[Dd]o|[Ww]ill|[Ww]ould|[Cc]an|[Cc]ould|[Ss]hould)\s+"
    r"(?:[A-Z][a-z]{0,5}\.\s+)?$")
_LETTERS_OR_DOTS: Final = compiled(r"[A-Za-z.]+")
_WORD_AFTER: Final = compiled(r"\s*,?\s*([A-Za-z]+)")
_AGE_AFTER: Final = compiled(r", \d{1,3},")
# An aside opened by "as" between a subject and its verb: "Roe, as aides call him, said".
_AS_ASIDE_AFTER: Final = compiled(r", as [^,;.\"“”\n]{1,40},")
_PREPOSITION_BEFORE: Final = compiled(
    r"\b(?:to|with|on|at|from|by|for|of|in|about|against|between|among|toward|towards|"
    r"than|like|under|over|into|after|before|during|and|or)\s+$",
    re.IGNORECASE,
)
_SENTENCE_GAP: Final = compiled(r"(?:^|[.?!:]['\"”’)]*\s+|\n\s*)$")
_SENTENCE_BREAK: Final = compiled(r"[.?!]['\"”’)]*\s+(?=[\"“‘(]?[A-Z])|\n")
_LAST_WORD_BEFORE: Final = compiled(r"[A-Za-z]+$")
# A title or role right before a name ("Sen.", "Foreign Minister"): still the opening.
_TITLE_BEFORE: Final = compiled(r"(?:\b[A-Z][a-z]*\.?\s+){1,4}$")
_SUBORDINATE_BEFORE: Final = compiled(
    r"\b(?:[Ww]hen|[Ww]hile|[Aa]fter|[Bb]efore|[Bb]ecause|[Aa]lthough|[Tt]hough|[Ii]f|"
    r"[Ss]ince|[Uu]ntil|[Oo]nce|[Uu]nless|[Ww]hereas)\s+$")
# An unnamed person of known gender: "the woman", "my father", "a young mother".
_GENDERED_HEADS: Final = {
    "f": "woman|mother|wife|daughter|sister|girl|grandmother|widow|lady",
    "m": "man|father|husband|son|brother|boy|grandfather|widower|gentleman",
}
# These two are searched for over the whole text. Each starts with the set of letters
# its first word can start with, and "\b" before that letter is written after it as
# "(?<!\w.)": a pattern that starts with a set of characters lets the regex engine skip
# to them, where one that starts with "\b" is tried at every position of the text (the
# scans take a third to a fifth of the time). Same matches: tests/analysis/test_scans.py.
_GENDERED_DESCRIPTION: Final = {
    g: compiled(r"[TtMmAaOo](?<!\w.)(?:(?<=[Tt])he|(?<=[Mm])y|(?<=[Aa])n?|(?<=[Oo])ur)"
                  rf"\s+(?:[a-z][\w-]*\s+){{0,2}}?(?:{heads})\b(?!['’]s)")
    for g, heads in _GENDERED_HEADS.items()
}
# Their heads alone: a text where no head stands as a word right after white space
# has no such description, and is not scanned for one (the heads are rare; the words
# that open a description, and the letters the scan stops at, are not).
_HEAD_WORDS: Final = {g: heads.split("|") for g, heads in _GENDERED_HEADS.items()}


def _has_gendered_head(text: str, want: Gender) -> bool:
    """Whether a head of _GENDERED_DESCRIPTION[want] stands where the pattern would end
    on it: after white space, before a character no word holds ("\\b"), and not before
    "'s" or "’s". (str.find for each head: faster than any scan for them all.)"""
    n = len(text)
    for head in _HEAD_WORDS[want]:
        i = text.find(head, 1)
        while i > 0:
            end = i + len(head)
            if text[i - 1].isspace() and not (end < n and (
                    text[end].isalnum() or text[end] == "_")) and not starts_at(
                        text, ("'s", "’s"), end):
                return True
            i = text.find(head, i + 1)
    return False


# How far the pronouns asked about move on before the caches of mentions are emptied, in
# characters: some twenty times as far as a pronoun looks back.
_CACHE_SPAN = 60_000
# What antecedent_at holds while _antecedent runs, until it finds a sentence to name
# (told apart by identity: _antecedent sets a tuple made as it reads, never this one).
_NOT_FOUND_YET: tuple[int, int] = (-1, -1)
# Stand-ins for such a person among the candidates (never an entity id: ids have ":").
_UNNAMED: dict[Gender, str] = {"f": "unnamed woman", "m": "unnamed man"}
_LAST_WORD: Final = compiled(r"\S+\s*$")
_NEXT_WORD: Final = compiled(r" ([A-Za-z]+)")
# ", president of ...", ", a lawyer": not ", after the race" or ", and" (a preposition or
# a conjunction after the comma opens no apposition).
_APPOSITIVE: Final = compiled(
    r",\s+(?:a|an|the|(?!(?:after|before|on|in|at|for|with|from|by|to|during|and|but|or|"
    r"while|as|when|then|though|although|because|since|until)\b)[a-z]+)\b")
_ACCORDING_TO_BEFORE: Final = compiled(r"\b[Aa]ccording to\s+$")
# A dateline before the first sentence: "KAMPALA, Uganda, May 4 (Wire) — ".
_DATELINE_BEFORE: Final = compiled(
    r"(?:^|\n)[A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+)*(?:,(?: [A-Z][\w.’'-]*| \d{1,2})+)*"
    r"(?: \([^)\n]{1,30}\))?\s*[—–-]{1,2}\s+$")
# Words after a name that modify nothing: conjunctions, prepositions ("met Roe about the
# plan"), adverbs of time ("Roe again", "Roe last week"), and articles and pronouns that
# open an object after it ("called Roe a liar", "gave Roe his due").
_NOT_MODIFIED: Final = word_set(
    """and or nor but who whose which that of to in on at for with by from as about after
    before over into onto during against since than like through without under near
    outside inside behind across around toward towards upon via amid despite until
    again later then also once still too today yesterday tonight last this next first
    never always ever now soon often already just even
    a an the his her their its my our your him them us me it
    instead however though alone nonetheless nevertheless meanwhile therefore thus
    rarely seldom herself himself themselves""")
# Between two people named together: " and ", ", a Republican, and ".
_JOINED: Final = compiled(r"(?:,[^.;\n]{0,40},)?\s+(?:and|&)\s+")
# "\b[Hh]e\b" and "\b[Ss]he\b", the first "\b" asked last (a look-behind at the
# character before the word): the engine then skips to "he" and "she" as literals
# before asking anything, four times faster over a long text than "[Hh](?<!\w.)e\b".
_SAME_PRONOUN: Final = {"m": compiled(r"[Hh]e\b(?<!\w..)"), "f": compiled(r"[Ss]he\b(?<!\w...)")}
# The same, a pattern for each capital: for a whole text, two searches that skip from
# one "he" (one "He") to the next are faster than one that stops at every "h" and "H"
# ("the", "that", "which"): a fifth of the time, the same matches.
_SAME_PRONOUN_SCANS: Final = {
    "m": (compiled(r"he\b(?<!\w..)"), compiled(r"He\b(?<!\w..)")),
    "f": (compiled(r"she\b(?<!\w...)"), compiled(r"She\b(?<!\w...)")),
}
_QUOTED: Final = compiled(r"[\"“][^\"”]*[\"”]")
# How far after a description its name may come (`"...," the mayor said.` then "Mayor
# Ana Roe, who took office in March, ..."): a paragraph or two.
_NAMED_LATER: Final = 600
# A pronoun named only after it ("'...,' she said. Ana Roe, 54, ...") is found only
# this near the article's start, with the name in the next sentence or two.
_FORWARD_START: Final = 1500
_FORWARD_REACH: Final = 300
# The line that names who wrote a letter or an opinion piece: the name alone on its line
# ("— Ana Roe, Halden", "Ana Roe."), after "By", or opening the closing line that says who
# the writer is ("Ana Roe is a teacher in Halden.").
_SIGNATURE_BEFORE: Final = compiled(r"(?:^|\n)[ \t]*(?:[—–-][ \t]*|[Bb]y[ \t]+)?$")
_SIGNATURE_AFTER: Final = compiled(r"[ \t]*(?:,[ \t]*[A-Z][\w.’' -]{0,40})?\.?[ \t]*(?:\n|$)")
_TAGLINE_AFTER: Final = compiled(r" (?:is|was|has been) (?:an? |the )?[a-z]")
# Capitalised words on the line right before a name ("Transport Minister "): its title.
_TITLE_RUN: Final = compiled(r"(?:(?<![\w.])[A-Z][a-z]*\.? ){1,4}$")


# Where a pronoun's clause ends: a sentence break, a comma, a colon or dash, or a
# conjunction that opens another clause ("Though she objected, Roe voted ...").
_CLAUSE_END: Final = compiled(
    r"[.?!;:,—–]|\n|\b(?:and|but|or|while|whereas|although|though|because|when|as|after|"
    r"before|if|until|since)\b")


def _strip_quotes(text: str) -> str:
    """The text without its quoted parts (a "he" inside a quote is someone else)."""
    return _QUOTED.sub(" ", text)


# Heads that tell the gender of whoever they stand for ("the grandmother answered").
_HEAD_GENDER: dict[str, Gender] = {
    **dict.fromkeys(word_set("""mother woman wife daughter sister grandmother widow girl
        congresswoman spokeswoman chairwoman businesswoman actress"""), "f"),
    **dict.fromkeys(word_set("""father man husband son brother grandfather widower boy
        congressman spokesman chairman businessman actor"""), "m"),
}


# Reflexives that stand right after a subject for emphasis: "Lind herself agreed".
_REFLEXIVES: Final = frozenset(("himself", "herself", "themselves", "itself"))


def head_gender(head: str) -> Gender | None:
    """The gender a description's head noun tells ("mother", "spokesman"), if any."""
    return _HEAD_GENDER.get(head)


def is_person_noun(head: str) -> bool:
    """Whether a description's head noun names a person: a role or a job ("senator",
    "goalkeeper"), a relation or a place in life ("neighbour", "resident", "father"),
    or a noun of a sex ("woman")."""
    return head in ROLE_NOUNS or head in JOB_NOUNS or head in _HEAD_GENDER


# An apposition after a name ("Ana Vidal, the founder's eldest daughter,"): its words
# tell a gender.
_APPOSITION: Final = compiled(r", (?:the|a|an) ([^,.;:\n\"“”]{1,60})")
# The words of an apposition that tell a sex: those cues, and "woman" or "man" ("Ana
# Vidal, the first woman to hold the post,").
_MALE_APPOSITION: Final = _MALE_CUES | word_set("man boy")
_FEMALE_APPOSITION: Final = _FEMALE_CUES | word_set("woman girl")
_DESCRIPTION_WORD: Final = compiled(r"[A-Za-z]+\.?")

_NO_TABLE: Final = Table(frozenset(), frozenset())
_AUXILIARIES = word_set("has had have will would could should may might did does is was also")

# Possessives that open a sentence with a role held for someone: "His lawyer said".
_SENTENCE_POSSESSIVES: Final = ("His ", "Her ", "Their ")
# The article that opens "the (former) lawyer" right before "for" or "of".
_ARTICLE_BEFORE: Final = compiled(r"\b(?:[Tt]he|[Aa]n?) (?=(?:[a-z][\w-]* ){0,2}[a-z][\w-]*$)")
# The four words after a possessive: up to two modifiers, the role noun, the verb.
_ROLE_TAIL = compiled(r"([a-z][\w-]*)(?: ([a-z][\w-]*))?(?: ([a-z][\w-]*))?(?: ([a-z][\w-]*))?")
# "for John Roe said", "for the Roe campaign said": the object, then the verb.
_PP_TAIL: Final = compiled(r"(?:for|of) (?:the )?(?:[A-Z][\w.'’-]* ){1,3}?(?:campaign )?([a-z]+)\b")

_VERBS: Final = word_set(
    """made said told went took gave got became began came saw knew thought wrote spoke met
    can could may might must shall should will would did does do is was are were has had
    have gets makes takes says tells
    left won lost ran held led sent spent built felt kept brought bought fought sought
    taught caught stood sat fell rose chose drove flew threw grew drew wore broke woke hit
    quit set cut let shut hurt beat hid struck stuck swung hung sang rang swam forgot
    forgave meant heard paid laid sold found fled fed dealt slept wept lent bent shot
    struck sank sprang withdrew overcame undertook"""
)


_CONJUNCT_HEAD_ENDS: Final = word_set("of for at")
# A sentence that opens with "The" and up to four words: maybe a role as its subject.
_ROLE_OPENER: Final = compiled(r"The((?: [\w-]+){1,4})")
_ROLE_WORD: Final = compiled(r"[\w-]+")
# The first possessive in the rest of a subject's sentence, outside quotations: "his"
# or "her" before a word ("The nominee thanked his staff").
_OWN_POSSESSIVE: Final = compiled(r"[^.?!\n\"“”]*?\b(his|her)\s+[a-z]")
# What follows a role that is no subject: "The mayor's office", "The head of ...".
_NOT_A_SUBJECT_AFTER: Final = ("'s", "’s", " of ", " for ", " at ", " in ")


def _conjunct_heads(text: str, start: int, end: int, head: str) -> list[str]:
    """The head of each role of a description that joins two with "and" ("the former
    prosecutor and current governor": "governor", then "prosecutor"), `head` first."""
    span = text[start:end]
    if " and " not in span:
        return [head]
    heads = [head]
    for part in span.split(" and "):
        words: list[str] = []
        for tok in part.split():
            low = tok.strip(",;:").lower()
            if low in _CONJUNCT_HEAD_ENDS:
                break
            words.append(low)
        if words and words[-1] not in heads and words[-1].isalpha():
            heads.append(words[-1])
    return heads


# A given name romanised from Korean or Chinese in two syllables joined by a hyphen, the
# second in lower case ("Ji-ho", "Dong-wook", "Xiao-ling"): written after the surname.
_HYPHENED_GIVEN: Final = compiled(r"[A-Z][a-z]+-[a-z]+")


def surname_first(parts: list[str]) -> bool:
    """Whether a two-word name is written surname first ("Moon Ji-ho", "Han Dong-wook"):
    its first word is a surname, whatever sex the given-name tables give that word."""
    return len(parts) == 2 and _HYPHENED_GIVEN.fullmatch(parts[1]) is not None


def name_gender(name: str) -> Gender | None:
    """The gender a given name is most often given to, when the table knows it (and
    the name is not one given to either sex across the world, nor a surname written
    first)."""
    parts = name.split()
    if not parts or parts[0] in _EITHER_SEX or surname_first(parts):
        return None
    sex = GIVEN_NAMES.get(parts[0])
    return {"male": "m", "female": "f"}.get(sex or "")


def entity_gender(text: str, entity: Entity,
                  mentions: list[tuple[int, int]] | None = None) -> Gender | None:
    """What the text says about a person's gender, or None; from its first twelve
    mentions, or from `mentions` (those it had earlier) when given."""
    if mentions is None:
        mentions = entity.mentions[:12]
    votes = {"m": 0, "f": 0}
    for start, end in mentions:
        word = _word_before(text, start).lower()
        if word in _MALE_CUES:
            votes["m"] += 1
        elif word in _FEMALE_CUES:
            votes["f"] += 1
        m = _APPOSITION.match(text, end, min(len(text), end + 64))
        if m is not None:
            # "Ana Vidal, the founder's eldest daughter, ...": the apposition's words.
            words = {w.lower() for w in _DESCRIPTION_WORD.findall(m.group(1))}
            votes["m"] += bool(words & _MALE_APPOSITION)
            votes["f"] += bool(words & _FEMALE_APPOSITION)
    if votes["m"] != votes["f"]:
        return "m" if votes["m"] > votes["f"] else "f"
    # What the text says next to the name beats the given-name statistics.
    told = {"male": "m", "female": "f"}.get(entity.gender or "")
    if told is not None and entity.name.partition(" ")[0] not in _EITHER_SEX and not (
            surname_first(entity.name.split())):
        return told
    role = (entity.role or "").lower().split()
    if any(w in _MALE_CUES for w in role):
        return "m"
    if any(w in _FEMALE_CUES for w in role):
        return "f"
    return name_gender(entity.name) or _pronoun_gender(text, mentions)


def _word_before(text: str, start: int) -> str:
    """The letters and full stops that end the 24 characters before `start`, white space
    after them left out ("Mrs." before "Mrs. Ana Vidal"); "" when none do. What a search
    for `([A-Za-z.]+)\\s*$` there finds, read backwards: one match, where the search
    tried every position of the window (a fortieth of the analysis of a short article)."""
    tail = text[max(0, start - 24):start].rstrip()[::-1]
    m = _LETTERS_OR_DOTS.match(tail)
    return m.group()[::-1] if m is not None else ""


# The first personal pronoun after a name, in the rest of its sentence.
_PRONOUN_AFTER: Final = compiled(r"[^.?!\n\"“”]{0,80}?\b(he|his|she)\b", re.IGNORECASE)


def _pronoun_gender(text: str, mentions: list[tuple[int, int]]) -> Gender | None:
    """The gender the pronouns after a person's mentions give ("Ana Vidal said her
    plan ..."), by a clear majority; the weakest sign, used when nothing else tells."""
    votes = {"m": 0, "f": 0}
    for _, end in mentions:
        m = _PRONOUN_AFTER.match(text, end, min(len(text), end + 90))
        if m is not None:
            votes["m" if m.group(1).lower() in ("he", "his") else "f"] += 1
    if votes["m"] >= 2 * votes["f"] + 1:
        return "m"
    if votes["f"] >= 2 * votes["m"] + 1:
        return "f"
    return None


class PersonHistory:
    """Person mentions in text order, to find who a pronoun refers to."""

    def __init__(self, text: str, entities: list[Entity],
                 quote_spans: list[tuple[int, int]] | None = None,
                 spans: list[list[Span]] | None = None) -> None:
        """`spans`: speakers.mention_spans(entities), when the caller has it already."""
        self.text = text
        if spans is None:
            spans = mention_spans(entities)
        people = [e for e in entities if e.kind == "person"]
        self.people = SpanIndex(span for ent, of_entity in zip(entities, spans, strict=True)
                                if ent.kind == "person" for span in of_entity)
        # Each person's gender is worked out when first asked for (only the candidates
        # of a pronoun are: most people never are), from the mentions it had when it
        # came in: attribution adds mentions to entities later.
        self._gender: dict[str, Gender | None] = {}
        self._gender_from = {e.id: (e, e.mentions[:12]) for e in people}
        self.entities = {e.id: e for e in people}
        self._pronouns: dict[Gender, list[int]] = {}
        self._pronoun_ref: dict[int, tuple[str | None, int]] = {}
        self._settled: dict[Gender, int] = {}
        self._descriptions_at: dict[Gender, list[tuple[int, int]]] = {}
        for want, unnamed in _UNNAMED.items():
            self._gender[unnamed] = want
        self._descriptions: dict[str, Table] = {}
        # Where the last antecedent found was named ((start, end); end < 0 for a
        # speaker or a pronoun standing for one), and where `_best` found its best.
        self.antecedent_at: tuple[int, int] = (0, -1)
        self._best_at: tuple[int, int] = (0, -1)
        self.orgs = SpanIndex(span for ent, of_entity in zip(entities, spans, strict=True)
                              if ent.kind == "organization" for span in of_entity)
        self.quote_spans = quote_spans or []
        self.quote_starts = [s for s, _ in self.quote_spans]
        # Speakers already settled, in text order: a strong sign of who "he" is.
        self.speaker_pos: list[int] = []
        self.speaker_ids: list[str] = []
        self._roles_at: list[tuple[int, int, str]] | None = None
        self._signatures: list[tuple[int, str]] | None = None
        self._surnames: dict[str, list[str]] | None = None
        self._surnames_of = 0
        self._role_holders: dict[int, str | None] = {}
        self._credits: dict[int, bool] = {}  # (see _credited)
        # What the text alone says of a candidate mention at (start, end), found once:
        # each pronoun looks back over the same few sentences as the one before it.
        self._passed_over: dict[tuple[int, int], bool] = {}
        self._subject_like: dict[tuple[int, int], bool] = {}
        self._place_scores: dict[tuple[int, int], int] = {}
        self._breaks: dict[tuple[int, int], bool] = {}
        # Those four are emptied when the pronouns asked about have moved on far past
        # what they hold (_forget_far_behind): a pronoun looks back a few sentences, and
        # kept for a whole long article they were an eighth of what its analysis holds.
        self._cached_from = 0
        # A pronoun a quote's speaker is (resolved with no one excluded) is resolved again
        # when a later one settles the pronouns before it. What a resolution reads that
        # can change (the people, a gender learnt) bumps `_version`; the rest is the text,
        # the settled pronouns and speakers before it, and caches written once. So an
        # answer found at the same version is the answer: (want, pos, window) ->
        # (version, answer).
        self._version = 0
        self._resolved: dict[tuple[Gender, int, int], tuple[int, tuple[str | None, int]]] = {}
        # The last resolution of _resolve_person: (what it read, its answer, where the
        # antecedent was named or None when _antecedent did not say).
        self._last_resolution: tuple[
            tuple[object, ...], tuple[str | None, int], tuple[int, int] | None] | None = None

    def add(self, ent: Entity) -> None:
        """Take in an entity made after the history was built."""
        self._version += 1
        if ent.kind == "person":
            if not self.is_person(ent.id):
                self._gender_from[ent.id] = (ent, ent.mentions[:12])
            self.entities.setdefault(ent.id, ent)
            for s, e in ent.mentions:
                self.people.add(s, e, ent.id)
        elif ent.kind == "organization":
            for s, e in ent.mentions:
                self.orgs.add(s, e, ent.id)

    def is_person(self, entity_id: str) -> bool:
        """Whether the id is a person's (or one of the unnamed speakers')."""
        return entity_id in self._gender or entity_id in self._gender_from

    def gender(self, entity_id: str) -> Gender | None:
        """The person's gender as the text tells it (or as a pronoun taught), or None."""
        try:
            return self._gender[entity_id]
        except KeyError:
            pass
        found = self._gender_from.pop(entity_id, None)
        if found is None:
            return None
        gender = self._gender[entity_id] = entity_gender(self.text, *found)
        return gender

    def note_speaker(self, pos: int, entity_id: str) -> None:
        if self.is_person(entity_id) and (not self.speaker_pos or pos >= self.speaker_pos[-1]):
            self.speaker_pos.append(pos)
            self.speaker_ids.append(entity_id)

    def _in_quote(self, pos: int) -> bool:
        i = bisect_right(self.quote_starts, pos) - 1
        return i >= 0 and self.quote_spans[i][0] <= pos < self.quote_spans[i][1]

    def _outside_quotes(self, positions: Iterator[tuple[int, int]]) -> list[tuple[int, int]]:
        """The (start, end) pairs, in text order, whose start is not _in_quote: one walk
        along the quote spans instead of a search for each."""
        starts, spans = self.quote_starts, self.quote_spans
        last = len(starts) - 1
        i = -1  # the last quote starting at or before the position (bisect_right - 1)
        out: list[tuple[int, int]] = []
        for pair in positions:
            pos = pair[0]
            while i < last and starts[i + 1] <= pos:
                i += 1
            if i < 0 or not spans[i][0] <= pos < spans[i][1]:
                out.append(pair)
        return out

    def _is_subject(self, start: int, end: int) -> bool:
        """Whether a mention stands where a subject stands: a verb follows it."""
        if self.text[end:end + 2] in ("’s", "'s"):
            return False
        age = _AGE_AFTER.match(self.text, end, min(len(self.text), end + 8))
        if age is not None:
            end = age.end()  # "Ana Vidal, 29, signed": past the age
        aside = _AS_ASIDE_AFTER.match(self.text, end, min(len(self.text), end + 48))
        if aside is not None:
            end = aside.end()  # "Vidal, as friends call her, signed": past the aside
        after = _WORD_AFTER.match(self.text, end, min(len(self.text), end + 30))
        if after is None:
            return False
        word = after.group(1)
        if (is_adverb(word) or word in _REFLEXIVES) and word.islower():
            # "Lind mostly agreed", "Lind herself agreed": look past the adverb.
            after = _WORD_AFTER.match(self.text, after.end(), min(len(self.text), end + 50))
            if after is None:
                return False
            word = after.group(1)
        return word.islower() and self._verb_like(word)

    def _opens_sentence(self, start: int) -> bool:
        """Whether a mention opens its sentence or paragraph (after a title at most)."""
        head = self.text[max(0, start - 60):start]
        words = head.split()
        while words and words[-1][:1].isupper() and words[-1].lower().rstrip(".") in TITLES:
            words.pop()
            head = _LAST_WORD.sub("", head)  # keeps the line break before the title
        return start == 0 or bool(_SENTENCE_GAP.search(head)) or not head.strip() or bool(
            _ACCORDING_TO_BEFORE.search(head)) or (
            head.rstrip()[-1:] in ("—", "–", "-") and _DATELINE_BEFORE.search(head) is not None)

    def _is_modifier(self, end: int) -> bool:
        """"Berg campaign", "Ruiz supporters": the name modifies a noun after it."""
        m = _NEXT_WORD.match(self.text, end, min(len(self.text), end + 30))
        if m is None:
            return False
        word = m.group(1)
        if starts_at(self.text, ("'t ", "’t "), m.end()):
            return False  # "Roe didn't vote": a negated auxiliary, a verb
        return (word.islower() and not self._verb_like(word) and word not in _NOT_MODIFIED
                and word not in _REFLEXIVES and not is_adverb(word))

    def _verb_like(self, word: str) -> bool:
        return (is_cue_verb(word) or word in BETWEEN_SUBJECT_AND_VERB or word in _VERBS
                or word.endswith("ed") or (word.endswith("s") and not word.endswith("ss")
                                           and len(word) > 3))

    def _introduced(self, end: int) -> bool:
        """"Omar Vidal, president of ...": a person brought in with a description."""
        return bool(_APPOSITIVE.match(self.text, end, min(len(self.text), end + 40)))

    def resolve(self, pronoun: str, pos: int, window: int = 3000) -> str | None:
        """The entity a pronoun at `pos` most likely refers to, or None."""
        p = pronoun.lower()
        if p in ("his", "him"):
            p = "he"
        elif p == "her":
            p = "she"
        if p in ("he", "she"):
            want = "m" if p == "he" else "f"
            found = self._resolve_person(want, pos, window, self._named_after(pos))
            if found is None:
                found = self._named_next(want, pos)
            named = self.antecedent_at
            if (found is not None and named[1] > 0 and pronoun.lower() != "him"
                    and self._role_holder_between(named, pos)):
                # "Roe's lawyer spoke. '...,' he said": the lawyer (but in "His office
                # quoted him as saying" the object is not the one who quotes him).
                return None
            if found is not None and self.gender(found) is None:
                # Learnt from the text: "..., she said" settles who Lind is from now on.
                self._gender[found] = want
                self._version += 1
            return found
        if p in ("i", "me", "my"):
            return self._writer(pos)
        if p == "they":
            pair = self._pair_before(pos)
            if pair is not None:
                return pair
        if p in ("they", "it"):
            # An organisation named in the last few sentences; further back, "it" is
            # more often a thing than the body named long before.
            org = next(self.orgs.before(pos, pos - 800), None)
            if org is not None:
                return org[2]
        return None

    def resolve_description(self, head: str, start: int, end: int,
                            window: int = 3000, definite: bool = False,
                            topic: bool = False) -> str | None:
        """The person the description text[start:end] stands for ("the Utah senator"):
        the latest person whose table of describing words fits it (descriptions); for
        a head that tells a gender ("the widower"), the person a pronoun would be; for
        a definite role ("the senator", "Vidal's aide"), the person the sentences just
        before are about, when nothing known of them contradicts it; failing all that,
        the one named just after it. `definite`: a role standing alone as a speaker's
        label ("DEFENDANT:") is definite, as "the defendant" is; `topic`: the head names
        the person the story is about however it is modified ("the Brazilian")."""
        descs = [parse_description(self.text, start, end, h)
                 for h in _conjunct_heads(self.text, start, end, head)]
        if definite:
            descs = [d.as_definite() for d in descs]
        desc = descs[0]
        if not desc.definite:
            return None  # "a senator said": someone not named
        excluded = set(self._named_after(end))
        if desc.possessor_end is not None:
            # "Vidal's former aide" is never Vidal.
            for _s, _, ent_id in self.people.before(desc.possessor_end, start - 1):
                excluded.add(ent_id)
        want = _HEAD_GENDER.get(head)
        if desc.age is not None and desc.head == desc.party_head and not self._age_known(
                desc.age, start, window):
            # "Her rival, Renata Fiorelli, struck a calmer tone. '...,' the 52-year-old
            # Democrat said": an age told of nobody yet is new about the one just
            # talked about, though another Democrat was named before (a role, "the
            # 58-year-old attorney general", still finds the one who holds it).
            found = self._topic(desc, start, frozenset(excluded))
            if found is not None:
                return found
        fitting: str | None = None  # the latest that fits but is not known by the place
        for s, _, ent_id in self.people.before(start, start - window):
            if ent_id in excluded or self._in_quote(s) or ent_id == fitting:
                continue
            g = self.gender(ent_id)
            if want is not None and g is not None and g != want:
                continue
            table = self.described(ent_id)
            if any(fits(d, table) for d in descs):
                if not desc.places or names_place(desc, table):
                    return ent_id
                if fitting is None:
                    fitting = ent_id  # ("the NATO chief": one known by NATO first)
        if fitting is not None:
            return fitting
        if (desc.possessor_end is not None and self.text[
                self.text.rfind(" ", start, desc.possessor_end) + 1].islower()):
            return None  # "the mayor's spokeswoman": a third person, not the one just named
        if want is not None:
            return self._resolve_person(want, start, window, frozenset(excluded))
        for d in descs:
            if d.names_topic or (topic and d.definite):
                found = self._topic(d, start, frozenset(excluded))
                if found is not None:
                    return found
                break
        return self._described_later(descs, end, frozenset(excluded))

    def _age_known(self, age: str, start: int, window: int) -> bool:
        """Whether someone named in the `window` before `start` is known to be `age`
        ("Ana Roe, 52," for "the 52-year-old")."""
        return any(age in self.described(ent_id).words
                   for _s, _, ent_id in self.people.before(start, start - window))

    def _described_later(self, descs: list[Description], end: int,
                         excluded: frozenset[str]) -> str | None:
        """A description that comes before the name (`"...," the mayor said.` opening
        a story that names "Mayor Ana Roe" next): the first person named in the next
        few sentences whose table of describing words fits it, named where a sentence
        opens (after its title, or after a role set off by a comma: "The mayor, Ana
        Roe,"); none when two people there fit it ("the minister" before two ministers
        are named)."""
        fitting: set[str] = set()
        opening: str | None = None  # the first fitting one named where a sentence opens
        for s, _, ent_id in self.people.before(end + _NAMED_LATER, end):
            if ent_id in excluded or self._in_quote(s):
                continue
            if ent_id in fitting or any(fits(d, self.described(ent_id)) for d in descs):
                fitting.add(ent_id)
                title = _TITLE_RUN.search(self.text, max(0, s - 60), s)
                if self._opens_sentence(title.start() if title else s) or role_before(
                        self.text, s):
                    opening = ent_id  # (latest first: the earliest is kept)
        # Not "Her rival, Senator Roe, ..." nor "after Minister Roe resigned".
        if fitting:
            return opening if len(fitting) == 1 else None
        return self._introduced_next(descs, end, excluded)

    def _next_sentence_end(self, start: int) -> int:
        """Where the sentence opening at `start` ends (within _FORWARD_REACH): the one
        that may introduce a speaker given before it."""
        brk = _SENTENCE_BREAK.search(self.text, start, start + _FORWARD_REACH)
        return brk.start() if brk is not None else start + _FORWARD_REACH

    def _introduced_next(self, descs: list[Description], end: int,
                         excluded: frozenset[str]) -> str | None:
        """At an article's start, with nobody named before it, a description that
        speaks (`"...," the 33-year-old nurse said.`) is the person who opens the next
        sentence, when nothing the text says of them contradicts it."""
        if end > _FORWARD_START or next(self.people.before(end, 0), None) is not None:
            return None
        want = _HEAD_GENDER.get(descs[0].head)
        brk = _SENTENCE_BREAK.search(self.text, end, end + _FORWARD_REACH)
        if brk is None:
            return None
        for start, _, ent in sorted(self.people.before(self._next_sentence_end(brk.end()),
                                                        brk.end())):
            if self._in_quote(start):
                continue
            g = self.gender(ent)
            if (ent in excluded or (want is not None and g is not None and g != want)
                    or not self._opens_sentence(start)
                    or any(contradicts(d, self.described(ent)) for d in descs)
                    or any(known_as_other(d, self.described(ent)) for d in descs)):
                return None  # the next one named is not the one it introduces
            return ent
        return None

    def described(self, ent_id: str) -> Table:
        """What the article says a person is (descriptions), found once."""
        known = self._descriptions.get(ent_id)
        if known is None:
            ent = self.entities.get(ent_id)
            known = describing_words(self.text, ent) if ent is not None else _NO_TABLE
            self._descriptions[ent_id] = known
        return known

    def _topic(self, desc: Description, pos: int, excluded: frozenset[str],
               window: int = 1500) -> str | None:
        """The person the last sentences before `pos` are about: the subject (or the
        speaker) of the nearest sentence that has one, looking at most three sentences
        back; None when two people stand there alike or what is known of the one found
        contradicts the description."""
        candidates = self._subject_candidates(pos, window)
        item = next(candidates, None)
        for _ in range(3):
            group: list[tuple[int, int, str]] = []
            while item is not None:
                start, end, ent = item
                if group and self._sentence_break(max(end, start + 1), group[-1][0]):
                    break
                item = next(candidates, None)
                if end > 0 and (self._in_quote(start) or self._is_modifier(end)):
                    continue
                group.append((start, end, ent))
            if not group:
                return None
            if self._described_before(desc.head, group[-1][0]):
                return None  # "The mayor met Roe. '...,' the mayor said": that one again
            scores: dict[str, int] = {}
            for start, end, ent in group:
                score = self._topic_score(start, end)
                if end > 0 and len(group) > 1 and self.text.startswith(("'s ", "’s "), end):
                    # "Whitcomb's opponent, Renata Fiorelli, struck ...": the possessor
                    # is not what the sentence is about when another one is named.
                    score = 0
                scores[ent] = max(score, scores.get(ent, -1))
            top = max(scores.values())
            if top >= 1:
                best = [ent for ent, score in scores.items() if score == top]
                if len(best) != 1:
                    return None
                ent = best[0]
                if self._joined_with_another(group, ent):
                    return None  # "Vidal and Roe toured the valley": which one?
                words = self.described(ent)
                if ent in excluded or contradicts(desc, words) or known_as_other(
                        desc, words):
                    return None
                return ent
        return None

    def _described_before(self, head: str, first: int) -> bool:
        """Whether the sentence holding the mention at `first` already names someone
        by the same head before it ("The mayor met Roe")."""
        text = self.text
        lo = max(0, first - 200)
        start = lo
        for m in _SENTENCE_BREAK.finditer(text, lo, first):
            start = m.end()
        return re.search(rf"\b[Tt]he\s+(?:[\w-]+\s+){{0,3}}?{re.escape(head)}\b",
                         text[start:first]) is not None

    def _joined_with_another(self, group: list[tuple[int, int, str]], ent: str) -> bool:
        """Whether `ent` is named together with another person in the group (latest
        first): "Vidal and Roe", "Vidal, a Republican, and Roe"."""
        for (later_start, _, later), (_, earlier_end, earlier) in pairwise(group):
            if (ent in (later, earlier) and later != earlier and earlier_end > 0
                    and _JOINED.fullmatch(self.text, earlier_end, later_start)):
                return True
        return False

    def _topic_score(self, start: int, end: int) -> int:
        """How surely a mention is what its sentence is about: a quote's speaker (3),
        the subject that opens the sentence (2), a subject further in (1: "On Monday,
        Roe said"), anything else (0)."""
        if end < 0:
            return 3
        if _SUBORDINATE_BEFORE.search(self.text, max(0, start - 12), start):
            return 0
        if self._opens_sentence(start):
            return 2
        return 1 if self._is_subject(start, end) else 0

    def _subject_candidates(self, pos: int, window: int) -> Iterator[tuple[int, int, str]]:
        """Person mentions and settled speakers (end -1) before `pos`, latest first."""
        mentions = self.people.before(pos, pos - window)
        nxt = next(mentions, None)
        k = bisect_left(self.speaker_pos, pos) - 1
        while True:
            if k >= 0 and self.speaker_pos[k] >= pos - window and (
                    nxt is None or self.speaker_pos[k] > nxt[0]):
                yield self.speaker_pos[k], -1, self.speaker_ids[k]
                k -= 1
            elif nxt is not None:
                yield nxt
                nxt = next(mentions, None)
            else:
                return

    def _pair_before(self, pos: int) -> str | None:
        """"Brook and Vance ... they wrote": the first of two people named together
        in the sentence or two before."""
        later: tuple[int, int, str] | None = None
        for earlier in self.people.before(pos, pos - 600):
            if (later is not None and not self._in_quote(later[0])
                    and _JOINED.fullmatch(self.text, earlier[1], later[0])
                    and earlier[2] != later[2]):
                return earlier[2]
            later = earlier
        return None

    def _resolve_person(self, want: Gender, pos: int, window: int,
                        excluded: frozenset[str] = frozenset()) -> str | None:
        self._settle_pronouns(want, pos, window)
        # The same pronoun asked about again with nothing it reads changed (the cue of
        # two quotes: `"...," he said, "..."`): the answer of the last time. What an
        # answer reads that can change is the version and the speakers settled before
        # the pronoun (appended in text order: as many before it means the same ones).
        state = (want, pos, window, excluded, self._version,
                 bisect_left(self.speaker_pos, pos))
        last = self._last_resolution
        if last is not None and last[0] == state:
            answer, named = last[1], last[2]
            if named is not None:
                self.antecedent_at = named
        else:
            before = self.antecedent_at
            self.antecedent_at = _NOT_FOUND_YET
            answer = self._antecedent(want, pos, window, excluded)
            named = None if self.antecedent_at is _NOT_FOUND_YET else self.antecedent_at
            if named is None:
                self.antecedent_at = before  # (_antecedent found no sentence to set it)
            self._last_resolution = (state, answer, named)
        if not excluded:
            self._resolved[(want, pos, window)] = (self._version, answer)
        found = answer[0]
        return None if found in _UNNAMED.values() else found

    def _writer(self, pos: int) -> str | None:
        """Who "I" is outside quotations: the writer of the letter or piece, signed on
        the first signature line after it (a letters page signs each letter below it),
        else on a byline above it."""
        if self._signatures is None:
            self._signatures = self._signature_lines()
        lines = self._signatures
        i = bisect_left(lines, (pos, ""))
        if i < len(lines):
            return lines[i][1]
        return next((ent for at, ent in reversed(lines)
                     if self.text[max(0, at - 3):at].lower().startswith("by")), None)

    def _signature_lines(self) -> list[tuple[int, str]]:
        """(start, person) of each mention that signs a piece, in text order (found once
        per article, when a first "I" is asked about)."""
        text = self.text
        last_line = text.rstrip().rfind("\n") + 1
        found: list[tuple[int, str]] = []
        for start, end, ent in self.people.before(len(text) + 1, 0):
            if self._in_quote(start):
                continue
            if _SIGNATURE_BEFORE.search(text, max(0, start - 8), start) and (
                    _SIGNATURE_AFTER.match(text, end) or (
                        start >= last_line and _TAGLINE_AFTER.match(text, end))):
                found.append((start, ent))
        found.sort()
        return found

    def _named_next(self, want: Gender, pos: int) -> str | None:
        """At an article's start, a pronoun with nobody of its gender named before it
        stands for the person who opens one of the next sentences: the lead quotes
        first and introduces its speaker after ('"...," she said. Ana Roe, 54, has
        ...')."""
        if pos > _FORWARD_START:
            return None
        for start, _, ent in self.people.before(pos, 0):
            if not self._in_quote(start) and self.gender(ent) in (want, None):
                return None  # someone it may stand for is named before it
        brk = _SENTENCE_BREAK.search(self.text, pos, pos + _FORWARD_REACH)
        if brk is None:
            return None
        after = sorted(self.people.before(self._next_sentence_end(brk.end()), brk.end()))
        for start, _, ent in after:
            if self._in_quote(start):
                continue
            if self.gender(ent) not in (want, None) or not self._opens_sentence(start):
                return None  # the next one named is not the one it introduces
            return ent
        return None

    def _named_after(self, pos: int) -> frozenset[str]:
        """The people named after a pronoun in the rest of its sentence, outside
        quotations: never the ones it stands for ("he said Roe was ...", "she told
        Roe": a pronoun does not refer to a name its own clause goes on to give)."""
        limit = min(len(self.text), pos + 300)
        m = _CLAUSE_END.search(self.text, pos, limit)
        end = m.start() if m is not None else limit
        return frozenset(ent for start, _, ent in self.people.before(end, pos + 1)
                         if not self._in_quote(start))

    def _settle_pronouns(self, want: Gender, pos: int, window: int) -> None:
        """Resolve the pronouns before `pos` in text order, each once, so that each can
        stand for its own antecedent when a later one is resolved (no deep recursion:
        every earlier one is already known)."""
        positions = self._pronoun_positions(want)
        i = max(self._settled.get(want, 0), bisect_left(positions, pos - window))
        end = bisect_left(positions, pos)
        while i < end:
            at = positions[i]
            if at not in self._pronoun_ref:
                known = self._resolved.pop((want, at, window), None)
                if known is not None and known[0] == self._version:
                    self._pronoun_ref[at] = known[1]  # (nothing it read has changed)
                else:
                    self._pronoun_ref[at] = self._antecedent(want, at, window)
            i += 1
        self._settled[want] = max(self._settled.get(want, 0), end)

    def _antecedent(self, want: Gender, pos: int, window: int,
                    excluded: frozenset[str] = frozenset()) -> tuple[str | None, int]:
        """The nearest sentence before `pos` that names a person of a fitting gender
        gives the antecedent: the one brought in with a description or standing as a
        subject (a "he" that opens the sentence first, standing for whoever it refers
        to), the earliest such in the sentence; else the last one named.

        When a sentence in between already says "he" (or "she"), that pronoun carries
        the topic: a person named only in passing further back (an object, "loyalists
        to X") is passed over for a subject."""
        self._forget_far_behind(pos)
        pronoun = _SAME_PRONOUN[want]
        candidates = self._candidates(want, pos, window)
        item = next(candidates, None)
        looked = 0
        limit = pos
        fallback: str | None = None
        fallback_score = -1
        for _ in range(4):  # at most four sentences back
            group: list[tuple[int, int, str]] = []
            while looked < 80 and item is not None:
                start, end, ent = item
                if group and self._sentence_break(max(end, start + 1), group[-1][0]):
                    break  # this one starts the next group
                item = next(candidates, None)
                looked += 1
                if end > 0 and self._passed_over_at(start, end):
                    continue
                g = self.gender(ent)
                if g is not None and g != want and end > 0 and self._subject_or_opening(
                        start, end):
                    # "Clinton noted ... she said": of two Clintons, the one "she" fits.
                    other = self._namesake_of_gender(ent, start, end, want)
                    if other is not None:
                        ent, g = other, want
                if (g is not None and g != want) or ent in excluded:
                    continue
                group.append((start, end, ent))
            if not group:
                return fallback, fallback_score
            best, best_score = self._best(group, want, limit)
            if fallback is None:
                fallback, fallback_score = best, best_score
                self.antecedent_at = self._best_at
            # A "he" between this sentence and the pronoun carries the topic: only a
            # subject here will do; otherwise look a sentence further back.
            sentence_end = group[0][0]
            between = self.text[sentence_end:limit]
            if best_score >= 2 or not pronoun.search(_strip_quotes(between)):
                self.antecedent_at = self._best_at
                return best, best_score
            limit = group[-1][0]
        return fallback, fallback_score

    def _namesake_of_gender(self, ent: str, start: int, end: int,
                            want: Gender) -> str | None:
        """The one other person of gender `want` who shares the bare surname written at
        text[start:end] (linked to `ent`, of the other gender); None when there is no
        such person, or more than one."""
        surface = strip_possessive(self.text[start:end])
        if " " in surface:
            return None
        if self._surnames is None or self._surnames_of != len(self.entities):
            self._surnames = {}
            for ent_id, person in self.entities.items():
                words = person.name.split()
                if len(words) > 1:
                    self._surnames.setdefault(words[-1], []).append(ent_id)
            self._surnames_of = len(self.entities)
        fitting = [other for other in self._surnames.get(surface, ())
                   if other != ent and self.gender(other) == want]
        return fitting[0] if len(fitting) == 1 else None

    def _forget_far_behind(self, pos: int) -> None:
        """Empty the caches of what the text alone says of a mention once `pos` is far
        past where they were last emptied: what they held is found again if asked for
        (the answers are the same), and a pronoun asks about the few sentences before
        it, so only the first ones after the emptying ask again."""
        if pos - self._cached_from > _CACHE_SPAN:
            self._passed_over.clear()
            self._subject_like.clear()
            self._place_scores.clear()
            self._breaks.clear()
            self._cached_from = pos

    def _passed_over_at(self, start: int, end: int) -> bool:
        """Whether a mention is no antecedent by where it stands: inside a quotation,
        or a name modifying a noun ("Berg campaign"); found once per mention."""
        key = (start, end)
        found = self._passed_over.get(key)
        if found is None:
            found = self._passed_over[key] = self._in_quote(start) or (
                self._is_modifier(end)
                and _QUESTION_AUXILIARY.search(self.text, max(0, start - 20), start) is None)
        return found

    def _subject_or_opening(self, start: int, end: int) -> bool:
        """_is_subject or _opens_sentence, found once per mention."""
        key = (start, end)
        found = self._subject_like.get(key)
        if found is None:
            found = self._subject_like[key] = (self._is_subject(start, end)
                                               or self._opens_sentence(start))
        return found

    def _sentence_break(self, start: int, end: int) -> bool:
        """Whether a sentence ends between `start` and a mention at `end`. The search
        runs two characters into the mention (the look-ahead must see the capital that
        opens it); the period of a title or an initial ("Mr. Roe", "J. Roe") ends no
        sentence. (Found once per pair: the text alone decides.)"""
        key = (start, end)
        found = self._breaks.get(key)
        if found is None:
            found = self._breaks[key] = self._finds_sentence_break(start, end)
        return found

    def _finds_sentence_break(self, start: int, end: int) -> bool:
        text = self.text
        for m in _SENTENCE_BREAK.finditer(text, start, min(len(text), end + 2)):
            if m.start() >= end:
                break
            if text[m.start()] == ".":
                word = _LAST_WORD_BEFORE.search(text, max(0, m.start() - 12), m.start())
                w = word.group(0) if word is not None else ""
                if len(w) == 1 or (w[:1].isupper() and len(w) <= 4 and w.lower() in TITLES):
                    continue
            return True
        return False

    def _candidates(self, want: Gender, pos: int,
                    window: int) -> Iterator[tuple[int, int, str]]:
        """Person mentions, settled speakers (end -1) and earlier same-gender pronouns
        (end -2, standing for the person they refer to) before `pos`, latest first."""
        floor = pos - window
        mentions = self.people.before(pos, floor)
        nxt = next(mentions, None)
        k = bisect_left(self.speaker_pos, pos) - 1
        pronouns = self._pronoun_positions(want)
        p = bisect_left(pronouns, pos) - 1
        described = self._described_people(want)
        d = bisect_left(described, (pos, 0)) - 1
        roles = self._role_subjects()
        r = bisect_left(roles, (pos, 0, "")) - 1
        while True:
            best_start = nxt[0] if nxt is not None else -1
            which = 0
            if k >= 0 and self.speaker_pos[k] > best_start:
                best_start, which = self.speaker_pos[k], 1
            if p >= 0 and pronouns[p] > best_start:
                best_start, which = pronouns[p], 2
            if d >= 0 and described[d][0] > best_start:
                best_start, which = described[d][0], 3
            if r >= 0 and roles[r][0] > best_start:
                best_start, which = roles[r][0], 4
            if best_start < 0 or best_start < floor:
                return
            if which == 0 and nxt is not None:
                if not self._credited(nxt[0]):
                    yield nxt  # (not a writer's or a photographer's name: "By Jane Roe")
                nxt = next(mentions, None)
            elif which == 4:
                held = self._role_holder(*roles[r])
                r -= 1
                if held is not None:
                    yield best_start, -4, held
            elif which == 3:
                yield described[d][0], described[d][1], _UNNAMED[want]
                d -= 1
            elif which == 1:
                yield self.speaker_pos[k], -1, self.speaker_ids[k]
                k -= 1
            else:
                at = pronouns[p]
                p -= 1
                known = self._pronoun_ref.get(at)
                if known is None:
                    continue  # before the window of the first resolution: not settled
                ref, score = known
                if ref is not None and ref not in _UNNAMED.values() and score >= 2:
                    # Only a pronoun whose own antecedent was a subject carries it on.
                    yield at, -2, ref

    def _credited(self, start: int) -> bool:
        """Whether the person mention at `start` is in a credit line (a byline, a
        photo's credit): found once per mention."""
        known = self._credits.get(start)
        if known is None:
            known = self._credits[start] = in_credit_line(self.text, start)
        return known

    def _role_subjects(self) -> list[tuple[int, int, str]]:
        """Where a sentence opens with a role ("The mayor brushed off ...", "The Utah
        senator, 63, said"), outside quotations: (start, end, head), found once."""
        found = self._roles_at
        if found is None:
            found = self._roles_at = []
            text = self.text
            for m in _ROLE_OPENER.finditer(text):
                start = m.start()
                if not self._sentence_opening(start) or self._in_quote(start):
                    continue
                words = list(_ROLE_WORD.finditer(text, m.start(1), m.end()))
                for k, w in enumerate(words):
                    low = w.group()
                    # (a job as much as an office: "The teacher laughed it off" after
                    # "Castell, a teacher," opens with him)
                    if (low in ROLE_NOUNS or low in JOB_NOUNS) and low not in _HEAD_GENDER:
                        if k + 1 < len(words) and (words[k + 1].group() in ROLE_NOUNS
                                                   or words[k + 1].group() in JOB_NOUNS):
                            continue  # "The party chairman": the head is the last
                        if not starts_at(text, _NOT_A_SUBJECT_AFTER, w.end()):
                            found.append((start, w.end(), low))
                        break
                    if low.islower() and self._verb_like(low):
                        break  # "The council voted to ...": no role opens it
        return found

    def _sentence_opening(self, start: int) -> bool:
        return start == 0 or bool(_SENTENCE_GAP.search(self.text, max(0, start - 6), start))

    def _role_holder(self, start: int, end: int, head: str) -> str | None:
        """The person a role that opens a sentence stands for (descriptions), found once."""
        try:
            return self._role_holders[start]
        except KeyError:
            pass
        held = self.resolve_description(head, start, end)
        if held is not None:
            # "The nominee thanked his staff": not a woman.
            m = _OWN_POSSESSIVE.match(self.text, end, min(len(self.text), end + 90))
            told = self.gender(held)
            if m is not None and told is not None and told != (
                    "m" if m.group(1) == "his" else "f"):
                held = None
        self._role_holders[start] = held
        return held

    def _described_people(self, want: Gender) -> list[tuple[int, int]]:
        """Where the text describes an unnamed person of that gender ("the woman", "my
        father") outside quotations: a pronoun after one refers to nobody we can name."""
        found = self._descriptions_at.get(want)
        if found is None:
            found = []
            if _has_gendered_head(self.text, want):
                found = self._outside_quotes(
                    m.span() for m in _GENDERED_DESCRIPTION[want].finditer(self.text))
            self._descriptions_at[want] = found
        return found

    def _role_holder_between(self, named: tuple[int, int], end: int) -> bool:
        """Whether someone unnamed has become the subject by a role held for the person
        named at `named` ("Roe's lawyer said", "the lawyer for Roe said"), or for
        anyone ("His lawyer said" opening a sentence), before the pronoun at `end`:
        the pronoun is then more likely that unnamed person than Roe."""
        text = self.text
        start, stop = named
        if starts_at(text, ("'s ", "’s "), stop) and self._role_then_verb(stop + 3, end) >= 0:
            return True
        prep = 5 if ends_at(text, " for ", start) else 4 if ends_at(text, " of ", start) else 0
        if prep:
            opener = _ARTICLE_BEFORE.search(text, max(0, start - 45), start - prep)
            if (opener is not None and not self._in_quote(opener.start())
                    and self._role_then_verb(opener.end(), end, preposition=True) >= 0):
                return True
        for opener_word in _SENTENCE_POSSESSIVES:
            at = text.find(opener_word, start, end)
            while at >= 0:
                if (_SENTENCE_GAP.search(text, max(0, at - 4), at) and not self._in_quote(at)
                        and self._role_then_verb(at + len(opener_word), end) >= 0):
                    return True
                at = text.find(opener_word, at + 1, end)
        return False

    def _clause_verb(self, word: str) -> bool:
        """A verb (or auxiliary) right after a subject: "said", "has", "spoke"."""
        return word in _AUXILIARIES or (word not in BETWEEN_SUBJECT_AND_VERB
                                        and self._verb_like(word))

    def _role_then_verb(self, pos: int, limit: int, preposition: bool = False) -> int:
        """Where the role noun ends when the words from `pos` are up to two modifiers,
        a role noun and a verb ("former lawyer said"); -1 otherwise."""
        m = _ROLE_TAIL.match(self.text, pos, limit)
        if m is None:
            return -1
        words = [w for w in m.groups() if w is not None]
        for k in range(min(3, len(words) - (0 if preposition else 1))):
            if words[k] not in ROLE_NOUNS:
                continue
            if not preposition:
                return m.end(k + 1) if self._clause_verb(words[k + 1]) else -1
            after = _PP_TAIL.match(self.text, m.end(k + 1) + 1, limit)
            return m.end(k + 1) if after is not None and self._clause_verb(after.group(1)) else -1
        return -1

    def _pronoun_positions(self, want: Gender) -> list[int]:
        """Where the text says "he" (or "she") outside quotations (found once)."""
        found = self._pronouns.get(want)
        if found is None:
            lower, capital = _SAME_PRONOUN_SCANS[want]
            # (the two never overlap: sorted, they are _SAME_PRONOUN's matches)
            starts = sorted([m.start() for m in lower.finditer(self.text)]
                            + [m.start() for m in capital.finditer(self.text)])
            found = [s for s, _ in self._outside_quotes((s, s) for s in starts)]
            self._pronouns[want] = found
        return found

    def _best(self, group: list[tuple[int, int, str]], want: Gender,
              limit: int) -> tuple[str, int]:
        best, best_score = group[0][2], -1
        for start, end, ent in group:  # latest first: ties go to the earlier one
            score = self._score(start, end, ent, want)
            if score >= best_score:
                best, best_score = ent, score
                self._best_at = (start, end)
        return best, best_score

    def _score(self, start: int, end: int, ent: str, want: Gender) -> int:
        """How strongly a candidate stands as its sentence's subject."""
        key = (start, end)
        score = self._place_scores.get(key)
        if score is None:
            score = self._place_scores[key] = self._place_score(start, end)
        if self.gender(ent) == want:
            score += 1
        return score

    def _place_score(self, start: int, end: int) -> int:
        """The part of _score that the text alone decides: where the candidate stands."""
        if end == -2:
            # "he" as a subject, standing for the person it refers to; opening its
            # sentence it is that sentence's main subject.
            score = 4 if self._opens_sentence(start) else 3
        elif end == -4:
            score = 2  # a role that opens the sentence: "The mayor brushed off ..."
        elif end < 0:
            score = 3  # the speaker of a quote in that sentence
        elif self._introduced(end):
            score = 3
        elif _SUBORDINATE_BEFORE.search(self.text, max(0, start - 12), start):
            score = 0  # "When Doe arrived, Otis greeted him": not the main subject
        elif self._subject_or_opening(start, end):
            score = 2
        else:
            score = 0
        return score
