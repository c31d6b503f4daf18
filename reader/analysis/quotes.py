"""Quotations and who said them.

Each pair of quotation marks (quote_marks) is tied to a speaker by, in order:
1. a cue right after it: `"...," said Holm`, `"...," he added`, `"..." Berg told`;
2. a cue before it in its sentence: `Ruiz says the plan "would fail"`,
   `He said: "..."`, `critics doubted Berg's claim that "..."`, `According to X, "..."`;
3. an earlier quote in the same sentence (`called her "disgusting" and "a con"`);
4. a lead-in ending with a colon in the paragraph before (`Holm continued:`);
5. the quote before it, when this one simply goes on (`"...," he said. "..."`), also
   across a paragraph break.
A pronoun speaker is resolved to the person it refers to (pronouns). Quotes with no cue
and no speaker (titles, scare quotes) are left out.
"""

from __future__ import annotations

import re
from array import array
from bisect import bisect_right
from functools import partial

from reader.analysis.cues import (
    ACCORDING_TO_RE,
    AMBIGUOUS_NOUNS,
    BACK_VERBS,
    ON_ABOUT_VERBS,
    PASSIVE_MARKERS,
    is_adverb,
    is_cue_noun,
    is_cue_verb,
    word_set,
)
from reader.analysis.cues import NOUNS as CUE_NOUNS
from reader.analysis.cues import VERBS as CUE_VERBS
from reader.analysis.model import Entity, Quote
from reader.analysis.names import GIVEN_NAMES, SURNAMES
from reader.analysis.pronouns import PersonHistory, head_gender, is_person_noun
from reader.analysis.quote_marks import find_quote_spans
from reader.analysis.quote_names import (
    after_slogan_noun,
    named_by_body,
    named_in_relative,
    named_not_said,
    naming_participle,
    title_modifier,
    written_on_a_thing,
)
from reader.analysis.recent_words import RecentWords
from reader.analysis.signatures import label_line, label_speaker, signature_after
from reader.analysis.speaker_entities import (
    SpeakerEntities,
    business_named_at,
    kind_of_name,
    org_fits_head,
)
from reader.analysis.speakers import (
    DASHES,
    DETERMINERS,
    POSSESSIVE_PRONOUNS,
    PREPOSITIONS,
    PRONOUNS,
    RELATIVES,
    TIME_WORDS,
    MentionIndex,
    Subject,
    Word,
    bare_lower,
    classify_at,
    first_subject,
    is_abbreviation,
    is_capitalised,
    mention_spans,
    strip_possessive,
    subject_after,
    subject_before,
    words_in,
)
from reader.analysis.text_at import ends_at, starts_at
from reader.analysis.transcript_lines import (
    TranscriptLines,
    answer_lines,
    label_subject,
    name_span,
)
from reader.records import Record
from reader.regex_cache import compiled

TYPE_CHECKING = False  # (reader/records.py says why not typing's)
if TYPE_CHECKING:
    from typing import Final  # (constants read as C statics by mypyc, not from a dict)

# How far around a quote the cue is looked for, in characters: keeps the work per
# quote bounded, so the whole pass stays linear in the text.
_LOOK_BACK: Final = 400
_LOOK_AHEAD: Final = 300
# A cue after the quote must come within this many words of it.
_AFTER_WORDS: Final = 20

# A sentence ends at . ? ! (maybe closed by a quote mark or bracket) before a space and
# a capital, digit or opening mark; abbreviations are checked by the caller.
_SENTENCE_END: Final = compiled(r"[.?!…][\"”’'»«」』)\]]*\s+(?=(?:[\"“‘„«»「『(\[]|``)?[A-Z0-9])")
_WORD_BEFORE_DOT: Final = compiled(r"[\w.]+$")


# "an interview with", "interviewed with": who an interview was with.
_INTERVIEW_WITH: Final = compiled(r"\b[Ii]nterview(?:ed)? with\s+")

# "per" right after a quote, before a determiner, a possessive or a name.
_PER_RE: Final = compiled(r"[ ,]*per\s+(?=(?:the|a|an|his|her|its|their|our)\s|[A-Z])")


# A sentence that opens with whose view or words it gives: "In the words of ...", "The
# message from ... was clear:"; and "In Roe's view,".
_VIEW_OF: Final = compiled(
    r"(?:[Ii]n\s+the\s+(?:view|views|words|opinion|estimation)\s+of|(?:The|Her|His|Their)\s+"
    r"(?:message|word|response|reply|answer|reaction|verdict|warning|advice)\s+from)\s+")
_WORDS_OF_INSIDE: Final = compiled(r",\s+in\s+the\s+(?:words|view|opinion|estimation)\s+of\s+")
_POSSESSED_VIEW: Final = compiled(
    r"[Ii]n\s+((?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w.-]*)['’]s?\s+(?:view|views|words|opinion|"
    r"estimation|telling|account)\s*,")

_FOR_PERSON: Final = compiled(r"For\s+((?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w.’'-]*)\s*,")

# A sentence after a quote that names whose words they were.
_WORDS_OF: Final = compiled(
    r"\s+(?:(?:Those|These|Such|That|This)\s+(?:were|was|are|is)\s+(?:the|his|her|their)\s+"
    r"(?:[a-z]+\s+){0,2}(?:words|remarks|comments|message|verdict|thoughts|view|reaction|"
    r"response|warning|plea)\s+(?:of|from)|So\s+(?:said|says|wrote|writes)|"
    r"(?:That|This)\s+(?:was|is)\s+how)\s+")


# Words in -ing that are no modifier of a noun after them ("the thing said"), among them
# the times of day ("a statement that evening saying": the time, then the participle).
_ING_NOT_MODIFIERS = word_set("thing something nothing anything everything king morning evening")


def _noun_after_ing(words: list[Word], j: int) -> bool:
    """Whether the cue word words[j] is a noun after a determiner and a word in -ing
    ("the rallying cry", "her opening statement")."""
    if j < 2:
        return False
    before = words[j - 1].text.lower()
    return (before.endswith("ing") and before not in _ING_NOT_MODIFIERS
            and words[j - 2].text.lower() in DETERMINERS)


def _back_cue(words: list[Word], j: int) -> bool:
    """`"...," she hit back`: a verb that reports a retort with "back" after it; or one
    that reports talk at length with "on about" (`as Roe went on about "..."`)."""
    if j + 1 >= len(words):
        return False
    if words[j].text in BACK_VERBS:
        return words[j + 1].text == "back"
    return (words[j].text in ON_ABOUT_VERBS and words[j + 1].text == "on"
            and j + 2 < len(words) and words[j + 2].text == "about")


def _abbreviation_before(text: str, dot: int) -> bool:
    """Whether the full stop at `dot` closes an abbreviation ("Gen.", "U.S.", "Del.")."""
    m = _WORD_BEFORE_DOT.search(text, max(0, dot - 12), dot)
    return m is not None and is_abbreviation(m.group())


# Determiners that stand alone as the subject right after a quote: `"...," one said`.
_STANDING_ALONE: Final = word_set("one another some many several others both")
# Words that open an apposition after a name: "Ana Vidal, who ...,", "Ana Vidal, a ...,".
_APPOSITION_OPENERS: Final = word_set("who a an the")
# Words that open a new clause between a quote and a verb after it.
_CLAUSE_OPENERS: Final = word_set("while whereas although though because but and since unless")
# Words that end one clause and open another: a cue on the far side of one reports
# for itself, not inside the report of a cue on this side.
_CLAUSE_BREAKS: Final = word_set(
    """and but or nor while whereas although though because when whenever if unless
    after before since until once as""")
_CLOSING_PUNCT: Final = frozenset(",?!—–-…:")
_TERMINAL_PUNCT: Final = frozenset(".?!…")

# The word a news site prints before the caption of a video or a picture ("Media caption
# Ana Roe: 'We were not warned'", "Image caption, ..."): page furniture, no part of the
# caption's sentence, which opens after it.
_CAPTION_PREFIX = compiled(r"[ \t]*(?:(?:Media|Video|Image|Photo|Audio) caption,?|Caption:)[ \t]+")

# Heads of definite descriptions that stand for an organisation named before:
# "the commission", "the ministry".
_ORG_HEADS: Final = word_set(
    """commission committee council agency department union court campaign party board
    company bank group organization organisation foundation administration ministry
    network magazine university institute center association alliance coalition league
    federation bureau office panel firm service newspaper daily paper weekly tabloid
    broadsheet broadcaster outlet channel manufacturer maker retailer carrier airline
    lender insurer supplier"""
)


# Words that open a description of someone the text does not name: "A neighbour",
# "One resident", "Another passenger".
_UNNAMED_OPENERS: Final = word_set("a an one another")
# How far back the sentence before a pronoun's is looked for.
_PREVIOUS_SENTENCE: Final = 250
# A sentence that opens with an article or "one" (`... said. A neighbour ...`).
_UNNAMED_START: Final = compiled(r"(?:[.!?…][\"”’']?\s+|\n\s*)[\"“‘]?(?:An?|One|Another|The)\s")
# The first word of a sentence, past any opening mark.
_FIRST_WORD: Final = compiled(r"[\s\"“‘'(]*([A-Za-z]+)")
# A common noun's possessive inside a description: "the goalkeeper's father".
_COMMON_POSSESSOR: Final = compiled(r"\b([a-z][\w-]*?)(?:['’]s|s['’])\s")


class _Found(Record):
    __slots__ = ("speaker", "cue", "span")  # noqa: RUF023

    def __init__(self, speaker: str | None, cue: str | None,
                 span: tuple[int, int] | None) -> None:
        self.speaker = speaker
        self.cue = cue
        self.span = span


# Heads of descriptions that stand for a country's government when they name the
# country: "the Tarsian government said", "Tarsia's foreign ministry said".
_GOVERNMENT_HEADS: Final = word_set(
    "government administration ministry authorities cabinet regime embassy military office"
    " presidency")


# Heads of documents that speak for whoever issued them ("a foreign ministry statement").
# What a person writes: "Roe's letter", "her open memo".
_WRITINGS: Final = word_set(
    "letter letters missive memo note email message statement essay column op-ed post tweet")
_DOCUMENT_HEADS: Final = word_set("statement communique communiqué release note memo letter notice")
# Bodies that speak for the one person they serve: "the Roe campaign", "Roe's office".
_PERSON_BODIES: Final = word_set("campaign office camp")
# After a country's name or demonym, the three words that may name a body of its
# government: "’s foreign ministry", " Foreign Ministry", "’s government".
_GOVERNMENT_BODY_AFTER: Final = compiled(r"(?:['’]s)?((?:\s+[A-Za-z][\w-]*){1,3})")
# A body's own organs, which speak for it: "the Courier's editorial board".
_ORGANS: Final = word_set("board editors editorialists leadership management")
# Documents that speak for the body named inside their description ("a Ledger editorial").
_ISSUED_DOCUMENTS: Final = _DOCUMENT_HEADS | word_set(
    """report article editorial study survey poll analysis column filing complaint
    ruling ad advert video post tweet broadcast bulletin""")


class _Paragraphs:
    """Paragraph bounds for any offset, from one scan for line breaks."""

    def __init__(self, text: str) -> None:
        self.text = text
        # An array of machine integers: a list would hold an int object and a slot for
        # each line break (36 bytes, not 8), a twentieth of what a long article takes.
        breaks: array[int] = array("q")
        at = text.find("\n")
        while at >= 0:  # (str.find: no match object per line)
            breaks.append(at)
            at = text.find("\n", at + 1)
        self.breaks = breaks
        # The paragraph found last, and its index: quotes are read in text order, so the
        # next one asked for is most often that one or one a few paragraphs on (read
        # there, without a bisection of the array, which makes an int at each step).
        self._last = (0, -1)
        self._index = 0

    def bounds(self, pos: int) -> tuple[int, int]:
        """The paragraph holding `pos` (a line break's offset ends the one before it)."""
        last = self._last
        if last[0] <= pos <= last[1]:
            return last
        breaks = self.breaks
        n = len(breaks)
        i = self._index
        if pos > last[1] >= 0 and i < n:
            # The index of the first break at or after `pos`, as bisect_right(breaks,
            # pos - 1) gives it, found by stepping on from the last paragraph.
            i += 1
            stop = i + 4
            while i < n and i < stop and breaks[i] < pos:
                i += 1
            if i == stop and i < n and breaks[i] < pos:
                i = bisect_right(breaks, pos - 1)
        else:
            i = bisect_right(breaks, pos - 1)
        start = breaks[i - 1] + 1 if i > 0 else 0
        end = breaks[i] if i < n else len(self.text)
        self._last, self._index = (start, end), i
        return start, end

    def previous(self, start: int) -> tuple[int, int] | None:
        """The nearest paragraph with text before the one starting at `start`."""
        i = bisect_right(self.breaks, start - 1) - 1
        while i >= 0:
            s = self.breaks[i - 1] + 1 if i > 0 else 0
            e = self.breaks[i]
            if self.text[s:e].strip():
                return s, e
            i -= 1
            if start - s > 4000:
                break
        return None


def _last_sentence_start(text: str, lo: int, hi: int) -> int:
    """Where the sentence holding offset `hi` starts, searching no further back than lo."""
    start = lo
    # Look two characters past `hi` so a boundary right before it is still seen.
    for m in _SENTENCE_END.finditer(text, lo, min(len(text), hi + 2)):
        if m.end() > hi:
            break
        if text[m.start()] == "." and _abbreviation_before(text, m.start()):
            continue
        start = m.end()
    return start


def _sentence_end(text: str, lo: int, hi: int) -> int:
    for m in _SENTENCE_END.finditer(text, lo, hi):
        if text[m.start()] == "." and _abbreviation_before(text, m.start()):
            continue
        return m.start() + 1
    return hi


def _word_count(text: str, start: int, end: int) -> int:
    return len(text[start:end].split())


class _Attributor:
    def __init__(self, text: str, entities: list[Entity], spans: list[tuple[int, int]],
                 transcript: TranscriptLines) -> None:
        self.text = text
        self.spans = spans
        mentions = mention_spans(entities)  # (shared by the three indexes)
        self.speakers = SpeakerEntities(text, entities, mentions)
        self.mentions = MentionIndex(entities, mentions)
        self.history = PersonHistory(text, entities, spans, mentions)
        self.transcript = transcript
        self.stretches = RecentWords(text)  # (the words around each quote)
        self.after_words: list[Word] = []
        self.sentence_words: list[Word] = []
        self.sentence_start = 0  # where the sentence of the quote being read starts
        # Whether each quote is a nickname (`Lena "Lee" Okafor`), found once: the
        # quotes before it ask too.
        self._nickname: list[bool | None] = [None] * len(spans)

    def is_nickname(self, index: int) -> bool:
        """Whether quote `index` is a nickname inside a name (_is_nickname)."""
        known = self._nickname[index]
        if known is None:
            known = self._nickname[index] = _is_nickname(self.text, *self.spans[index])
        return known

    def refresh(self) -> None:
        """Take newly made entities into the mention index and the person history."""
        for ent in self.speakers.created:
            self.mentions.add(ent)
            self.history.add(ent)
        self.speakers.created = []

    def settle(self, subject: Subject | None, cue: str | None) -> _Found | None:
        """Turn the subject of a cue into a speaker id (None when nobody is named)."""
        if subject is None:
            return None
        span = (subject.start, subject.end)
        if subject.kind == "entity":
            ent_id = subject.entity_id
            if ent_id is not None and self.mentions.kinds.get(ent_id) == "person":
                ent_id = self.speakers.namesake_named_last(ent_id, *span)
            return _Found(ent_id, cue, span)
        if subject.kind == "pronoun":
            pron = self.text[subject.start:subject.end].lower()
            pron = POSSESSIVE_PRONOUNS.get(pron, "they" if pron == "them" else pron)
            prior = self._subject_before(subject.start, pron)
            if prior is not None and pron in ("it", "they"):
                body = self._body_of(prior)
                if body is not None:
                    return _Found(body[0], cue, span)
                if prior.kind == "entity" and self._campaign_after(prior.end) and (
                        self.mentions.kinds.get(prior.entity_id or "") == "person"):
                    # `Roe's campaign defended her posts about Doe. It called them
                    # "..."`: the campaign that opens the sentence before speaks for Roe.
                    return _Found(prior.entity_id, cue, span)
            elif prior is not None and pron in ("he", "she") and self._someone_unnamed(
                    prior, pron):
                return _Found(None, cue, span)
            ent_id = self.history.resolve(pron, subject.start)
            if pron in ("it", "they") and (ent_id is None
                                           or self.mentions.kinds.get(ent_id) != "person"):
                campaign = self._campaign_before(subject.start)
                if campaign is not None and (ent_id is None or campaign[0] > max(
                        (s for s, _, e in self.history.orgs.before(subject.start,
                                                                    subject.start - 800)
                         if e == ent_id), default=-1)):
                    ent_id = campaign[1]  # the campaign is named after the body
            return _Found(ent_id, cue, span)
        if subject.kind == "name" and subject.name:
            ent_id = self.speakers.entity_for(subject.name, span)
            self.refresh()
            return _Found(ent_id, cue, span)
        if subject.kind == "noun":
            return _Found(self.description(subject), cue, span)
        return _Found(None, cue, span)

    def _subject_before(self, pos: int, pron: str) -> Subject | None:
        """The subject of the sentence before the one holding the pronoun `pron` at
        `pos` (its quotes left out), when it may tell who the pronoun is: for "he" and
        "she", only a sentence that opens with an article or "one" (`A neighbour ...`,
        `The goalkeeper's father ...`); a named subject is left to the pronoun rules."""
        text = self.text
        # (the sentence of the quote the pronoun speaks, found already)
        here = self.sentence_start
        if not here <= pos < here + 2 * _LOOK_BACK:
            here = _last_sentence_start(text, max(0, pos - _LOOK_BACK), pos)
        if here <= 0:
            return None
        if pron in ("he", "she") and _UNNAMED_START.search(
                text, max(0, here - _PREVIOUS_SENTENCE), here) is None:
            return None  # (no sentence just before opens with an article or "one")
        # (no further back than the line that sentence ends on: a dateline or a time
        # heading above it, "4:10 p.m.", ends with an abbreviation, not a full stop)
        last = here - 1
        while last > 0 and text[last - 1].isspace():
            last -= 1
        line = text.rfind("\n", 0, last) + 1
        lo = _last_sentence_start(text, max(line, here - _PREVIOUS_SENTENCE), here - 1)
        if pron in ("he", "she"):
            m = _FIRST_WORD.match(text, lo, here)
            first = m.group(1).lower() if m is not None else ""
            if first not in _UNNAMED_OPENERS and not (first == "the" and _COMMON_POSSESSOR.search(
                    text, m.end() if m is not None else lo, min(here, lo + 60))):
                return None
        # (the subject is among the first words: an opener up to its comma, then eight)
        hi = min(here, lo + 140)
        return first_subject(_words_outside_quotes(text, lo, hi, self.spans), text,
                             self.mentions)

    def _someone_unnamed(self, subject: Subject, pron: str) -> bool:
        """Whether the subject of the sentence before a "he" or "she" is a person the
        text does not name, of that sex if the noun tells it: `A neighbour, who gave no
        name, said ... "...," she said`, `The goalkeeper's father watched
        ... "...," he said` (that one speaks, not the one named before). A definite
        role alone ("the senator") is left to the pronoun's own rules."""
        head = subject.head
        if subject.kind != "noun" or head is None or not is_person_noun(head):
            return False
        told = head_gender(head)
        if told is not None and told != ("m" if pron == "he" else "f"):
            return False
        text = self.text
        first = text[subject.start:subject.end].split(None, 1)[0].lower()
        if first == "the":
            owner = _COMMON_POSSESSOR.search(text, subject.start, subject.end)
            if owner is None:
                return False
            word = owner.group(1)
            if text.find(word) == owner.start() and text.find(word, owner.end()) < 0:
                # Nobody else is described by the possessor's noun ("goalkeeper"): no
                # one named can be this one (and the people's tables need not be read).
                return True
        elif first not in _UNNAMED_OPENERS:
            return False
        return self.description(subject) is None

    def _body_of(self, subject: Subject) -> tuple[str | None] | None:
        """Who "it" or "they" is when the sentence before has a body as its subject
        (`subject`): that body's entity (`Bramwell, which makes pies, employs 3,000
        people. It said ...`: Bramwell Foods), or no one when the text does not name the
        body (`The committee rejected the tower. They said ...`), never a body named
        before it. None (no answer) when the subject there is no body."""
        text = self.text
        if subject.kind == "entity":
            if self.mentions.kinds.get(subject.entity_id or "") in ("organization", "country"):
                return (subject.entity_id,)  # (a country speaks as its government)
            return None
        if subject.kind == "name":
            named = self.mentions.index.overlapping(subject.start, subject.end, reach=0)
            if named is not None and named[:2] == (subject.start, subject.end) and (
                    self.mentions.kinds.get(named[2]) == "country"):
                return (named[2],)  # "Norway rejected the plan. It said ...": Norway
        if subject.kind == "name" and subject.name and " " not in subject.name:
            # A body named again by its first word: `Bramwell` after "Bramwell Foods".
            by_id = self.speakers.by_id
            for _, _, ent_id in self.history.orgs.before(subject.start, subject.start - 3000):
                ent = by_id.get(ent_id)
                if ent is not None and ent.name.split()[0] == subject.name:
                    return (ent.id,)
            return None
        if subject.kind == "noun" and subject.head in _ORG_HEADS and starts_at(
                text, ("the ", "The "), subject.start):
            return (self.description(subject),)
        if subject.kind == "noun" and subject.head in _GOVERNMENT_HEADS:
            # "Norway's health ministry rejected it. It called ...": the government
            # the description names (none named: no answer here).
            country = self.description(subject)
            if country is not None:
                return (country,)
        return None

    def _campaign_before(self, pos: int) -> tuple[int, str] | None:
        """The person whose campaign (or office) the sentence before `pos` is about,
        for an "it" or "they" no body explains: `The Roe campaign hit back. It said
        ...`, `Roe's office ... They called it ...` (the campaign speaks for Roe)."""
        lo = max(0, pos - 300)
        for _, e, ent_id in self.mentions.index.before(pos, lo):
            if self.mentions.kinds.get(ent_id) != "person":
                continue
            if self._campaign_after(e):
                return e, ent_id
            return None  # the nearest person before is not a campaign's
        return None

    def _campaign_after(self, end: int) -> bool:
        """Whether a person's mention ending at `end` names their campaign or office
        ("Roe's campaign", "the Roe camp")."""
        after = self.text[end:end + 12].lower()
        if after.startswith(("'s ", "’s ")):
            after = after[3:]
        elif after.startswith(" "):
            after = after[1:]
        else:
            return False
        return after.startswith(("campaign", "office", "camp ", "camp.", "camp,"))

    def settle_label(self, label: Subject) -> _Found | None:
        """The speaker a transcript's label names (`HOLLOWAY:`): a person, even one the
        article names nowhere else (a dialogue's labels are people, its roles aside)."""
        name = label.name
        if label.kind == "name" and name and (" " in name or name in SURNAMES
                                              or name in GIVEN_NAMES):
            # (a single word the name tables do not know may be a role: "MODERATOR")
            span = (label.start, label.end)
            ent_id = self.speakers.entity_for(name, name_span(self.text, *span),
                                              kind=kind_of_name(name) or "person")
            self.refresh()
            return _Found(ent_id, ":", span)
        return self.settle(label, ":")

    def interviewee(self, first_question: int, paragraphs: _Paragraphs) -> _Found | None:
        """Who answers an interview printed as questions and answers: the person the
        paragraph before the first question is about ("In an interview, the coach was
        asked ..."), else the one named after "interview with"; None when neither names
        a person."""
        text = self.text
        lead = paragraphs.previous(paragraphs.bounds(first_question)[0])
        hi = lead[1] if lead is not None else -1
        for _ in range(3):
            # The lead's last sentence first, then the ones before it ("Roe spoke to the
            # Ledger on Monday. Excerpts:"): the first about a person.
            if lead is None or hi <= lead[0]:
                break
            lo = _last_sentence_start(text, max(lead[0], hi - _LOOK_BACK), hi)
            subject = first_subject(words_in(text, lo, hi), text, self.mentions)
            found = self.settle(subject, ":") if subject is not None else None
            if found is not None and self._is_person(found.speaker):
                return found
            hi = lo - 1
        m = _INTERVIEW_WITH.search(text)
        if m is None:
            return None
        found = self._named_after(m.end(), min(len(text), m.end() + 120), ":")
        return found if found is not None and self._is_person(found.speaker) else None

    def _is_person(self, ent_id: str | None) -> bool:
        return ent_id is not None and self.mentions.kinds.get(ent_id) == "person"

    def labelled(self, label: Subject) -> _Found | None:
        """The speaker a headline's label names (signatures.label_speaker), when the
        text names that person: a role resolved as "the minister" would be, or a name
        the article holds; None otherwise."""
        span = (label.start, label.end)
        country = self.mentions.covering(*span)
        if country is not None and self.mentions.kinds.get(country[2]) == "country":
            return _Found(country[2], ":", span)  # `Tarsia: "We Want Answers"`
        if label.kind == "noun":
            ent_id = self.history.resolve_description(label.head or "", *span, definite=True)
            return None if ent_id is None else _Found(ent_id, ":", span)
        if label.name is None or self.speakers.find_known(label.name, label.start) is None:
            return None
        return self.settle(label, ":")

    def description(self, subject: Subject) -> str | None:
        """Who a definite description names: "the commission" -> the commission named
        last; "the senator" -> the person last named with that role (pronouns)."""
        start = subject.start
        head = subject.head or ""
        if head in _GOVERNMENT_HEADS or (
                head in _DOCUMENT_HEADS
                and not _GOVERNMENT_HEADS.isdisjoint(self.text[start:subject.end].lower().split())):
            # "the Tarsian government", "Tarsia's foreign ministry", "a Tarsian foreign
            # ministry statement": the country speaks.
            country = self._named_within(start, subject.end, "country")
            if country is not None:
                return country
            if head in _GOVERNMENT_HEADS and starts_at(self.text, ("the ", "The "), start) and (
                    subject.end - start <= len(head) + 4):
                # "Tarsia's foreign ministry protested. '...,' the ministry said": the
                # country whose ministry the text named last.
                country = self._government_before(head, start)
                if country is not None:
                    return country
        if head in _PERSON_BODIES:
            # "the Roe campaign", "Roe's office", "her campaign": a body that speaks for
            # the one person it serves.
            person = self._named_within(start, subject.end, "person")
            if person is not None:
                return person
            first = self.text[start:subject.end].split(None, 1)[0].lower()
            if first in ("his", "her"):
                return self.history.resolve(first, start)
        if head in _ORGANS:
            owner = self._organ_owner(start, subject.end)
            if owner is not None:
                return owner
        if head in _ISSUED_DOCUMENTS:
            # "a Harbour Board memo", "a Ledger editorial": the body that issued the
            # document speaks through it (a country speaks only through its government).
            issuer = self._named_within(start, subject.end, "organization")
            if issuer is not None:
                return issuer
        by_id = self.speakers.by_id
        if head in _ORG_HEADS:
            named = self._named_before_head(start, subject.end, head)
            if named is None:
                named = self._body_in_apposition(subject.end)
            if named is not None:
                return named  # "Tarsia's Ledger newspaper": the Ledger, not Tarsia
            if not starts_at(self.text, ("the ", "The "), start):
                return None
            for s, _, ent_id in self.history.orgs.before(start, start - 3000):
                ent = by_id.get(ent_id)
                if ent is not None and (org_fits_head(ent.name, head)
                                        or business_named_at(self.text, s, head)
                                        or self._in_apposition_to(head, s)):
                    return ent.id
            made = self.speakers.described_business(head, start)
            self.refresh()
            return made
        # A transcript's label in capitals ("DEFENDANT:") is definite, as "the" is; a
        # nationality ("the Brazilian") names again the person the story is about.
        found = self.history.resolve_description(
            head, start, subject.end, definite=self.text[start:subject.end].isupper(),
            topic=subject.entity_id is not None)
        if found is not None and subject.entity_id is not None and self._of_another_country(
                found, subject.entity_id):
            return None  # "The Spaniard Rafael Costa beat ..., the Serbian said"
        return found

    def _government_before(self, head: str, start: int) -> str | None:
        """The country named, in the paragraphs before `start`, right before a body of
        its government that `head` names ("Tarsia's foreign ministry", "the Tarsian
        Foreign Ministry"); None when none is."""
        kinds = self.mentions.kinds
        text = self.text
        for _, e, ent_id in self.mentions.index.before(start, max(0, start - 1500)):
            if kinds.get(ent_id) != "country":
                continue
            m = _GOVERNMENT_BODY_AFTER.match(text, e, min(len(text), e + 60))
            if m is not None and head in m.group(1).lower().split() and not (
                    self._in_any_quote(e)):
                return ent_id
        return None

    def _in_any_quote(self, pos: int) -> bool:
        i = bisect_right(self.spans, (pos, len(self.text))) - 1
        return i >= 0 and self.spans[i][0] <= pos < self.spans[i][1]

    def _named_within(self, start: int, end: int, kind: str) -> str | None:
        """The entity of this kind named last inside text[start:end] ("the Tarsian
        government": Tarsia), if any."""
        kinds = self.mentions.kinds
        for s, _, ent_id in self.mentions.index.before(end, start):
            if s >= start and kinds.get(ent_id) == kind:
                return ent_id
        return None

    def _in_apposition_to(self, head: str, start: int) -> bool:
        """Whether the body named at `start` was brought in as an apposition to a noun
        with this head ("the teachers' union, the Halden Teachers Guild,"), so that
        "the union" names it again."""
        before = self.text[max(0, start - len(head) - 6):start]
        return before.endswith((head + ", ", head + ", the ", head + ", The "))

    def _body_in_apposition(self, end: int) -> str | None:
        """The organisation named in an apposition right after a description ("The
        union, the Halden Teachers Guild, voted ..."): the description is that body."""
        text = self.text
        if not starts_at(text, ", ", end):
            return None
        at = end + 2
        if starts_at(text, ("the ", "The "), at):
            at += 4
        kinds = self.mentions.kinds
        for _, _, ent_id in self.mentions.index.before(at + 1, at):
            if kinds.get(ent_id) == "organization":
                return ent_id
        return None

    def _named_before_head(self, start: int, end: int, head: str) -> str | None:
        """The organisation whose name stands right before the description's head
        ("Tarsia's Ledger newspaper", "the Orvella Foods group"): the head says what it
        is, the country before it only where it is."""
        if not ends_at(self.text, head, end, start):
            return None
        at = end - len(head) - 1
        if at <= start or self.text[at] != " ":
            return None
        found = self.mentions.index.overlapping(at - 1, at, reach=80)
        if (found is None or found[1] != at or found[0] < start
                or self.mentions.kinds.get(found[2]) != "organization"):
            return None
        return found[2]

    def _organ_owner(self, start: int, end: int) -> str | None:
        """The organisation whose own organ the description text[start:end] names ("The
        Courier’s editorial board", "the company’s board"): the one named in the
        possessor, or the one named last that the possessor's word stands for."""
        span = self.text[start:end]
        at = max(span.rfind("’s "), span.rfind("'s "))
        if at <= 0:
            return None
        owner = self._named_within(start, start + at, "organization")
        if owner is not None:
            return owner
        word = span[span.rfind(" ", 0, at) + 1:at]
        by_id = self.speakers.by_id
        for _, _, ent_id in self.history.orgs.before(start, start - 3000):
            ent = by_id.get(ent_id)
            if ent is not None and (word in ent.name.split() if word[:1].isupper()
                                    else org_fits_head(ent.name, word.lower())):
                return ent.id
        return None

    def _of_another_country(self, person_id: str, country_id: str) -> bool:
        """Whether the text writes another country's demonym right before a mention of
        the person ("The Spaniard Rafael Costa", "Brazilian midfielder Thiago Moura")."""
        ent = self.speakers.by_id.get(person_id)
        if ent is None:
            return False
        for s, _ in ent.mentions[:20]:
            for _, e, ent_id in self.mentions.index.before(s, s - 30):
                if (self.mentions.kinds.get(ent_id) == "country" and ent_id != country_id
                        and "\n" not in self.text[e:s] and "," not in self.text[e:s]):
                    return True
        return False

    # -- cues --------------------------------------------------------------------

    def cue_after(self, words: list[Word], strict: bool = False,
                  tight: bool = False, roomy: bool = False) -> _Found | None:
        """`"...," said X` or `"...," X said` in the words just after a quote.

        `strict` (the quote ended its sentence) only takes a cue that closes the
        sentence at once: `"...?" Okafor demanded.`; `tight` takes a cue only when
        what follows it is no new clause (`he added on Twitter.`), within four words
        (five when `roomy`: right after a short quote inside a sentence).
        """
        # (a short quote's cue may come after a description of four words: `"dead,"
        # the influential US daily wrote.`; the cue must then close the sentence)
        limit = 4 if strict or (tight and not roomy) else 5 if tight else _AFTER_WORDS
        skipped = 0  # words inside parentheses: "Rep. Ana Vidal (D-Ore.) said"
        depth = 0
        counted = 0  # words, not punctuation
        apposition = False  # inside "Ana Vidal, who chairs the panel, said"
        for j, w in enumerate(words):
            if w.text not in (",", "—", "–", "(", ")"):
                counted += 1
            if counted - skipped > limit:
                return None
            if w.text == "(":
                depth += 1
            if depth:
                skipped += 1
                if w.text == ")":
                    depth -= 1
                continue
            if apposition:
                if w.text == ",":
                    apposition = False
                else:
                    skipped += 1
                continue
            if (w.text == "," and 0 < j < len(words) - 1 and is_capitalised(words[j - 1].text)
                    and (words[j + 1].text.lower() in _APPOSITION_OPENERS
                         or words[j + 1].text.isdigit())):
                apposition = True
                continue
            if w.text in (";", ":", ")"):
                return None
            if not is_cue_verb(w.text) and not _back_cue(words, j):
                continue
            if _object_of_past_verb(words, j) or _noun_after_ing(words, j):
                continue  # `"...," drew praise`, `the rallying cry`: a noun
            low = w.text.lower()
            if strict and len(words) - j > 4 and not _reports_nothing_more(words, j):
                return None
            if strict and _takes_an_object(words, j):
                return None
            if j >= 2 and words[j - 1].text == "to" and words[j - 2].text.lower() in _REFUSALS:
                return None  # `"..." Berg declined to comment.`: nothing said
            if strict and j + 1 < len(words) and words[j + 1].text == ":":
                # `"...now." Lind said: "..."`: after a quote that ends its sentence, a
                # cue ending in a colon leads into what follows.
                return None
            if tight and j + 1 < len(words) and len(words) - j > 4 and not (
                    words[j + 1].text in (",", ".")
                    or words[j + 1].text.lower() in PREPOSITIONS
                    or is_capitalised(words[j + 1].text)
                    or words[j + 1].text.lower() in PRONOUNS):
                return None
            if j == 0 or all(x.text in (",", "—", "–") for x in words[:j]):
                if low.endswith("ing"):
                    return None  # "..., adding that": the speaker is named before
                if j + 1 < len(words) and words[j + 1].text.lower() in PREPOSITIONS:
                    return None  # "..., compared to 11%": no speaker follows
                return self.settle(subject_after(words, j + 1, self.text, self.mentions), low)
            if words[j - 1].text.lower() in _STANDING_ALONE and j == 1:
                # `"...," one said`, `"...," another added`: someone, not named.
                w = words[j - 1]
                return _Found(None, low, (w.start, w.end))
            if words[j - 1].text.lower() in DETERMINERS and not (
                    j >= 2 and words[j - 2].text.lower() == "of"):  # "owner of one"
                continue
            if words[j - 1].text.lower() in ("and", "or", "but"):
                return None  # "... and concluded": the subject is named before
            if any(x.text.lower() in _CLAUSE_OPENERS and (k == 0 or words[k - 1].text == ",")
                   for k, x in enumerate(words[:j])):
                return None  # `"...," while critics said ...`: another clause's verb
            if words[0].text == "as" and low in _TEMPORAL_AS:
                return None  # `"...!" as she spoke`: while she spoke, not her words
            if words[0].text == "as" and not _clause_ends_after(words, j):
                # `"...," as her rival accused her of ...`: a clause of its own (but
                # `"...," as Roe put it.` reports the quote).
                return None
            if j >= 2 and words[j - 1].text.lower() in PASSIVE_MARKERS and not low.endswith(
                    "ing"):
                # `"Go home," she was told (by a guard).`: the subject heard the words;
                # the agent after "by", if any, spoke them. (With no subject, `"Title"
                # was written by Roe` names a work's author: no quote.)
                if j + 2 < len(words) and words[j + 1].text == "by":
                    agent = subject_after(words, j + 2, self.text, self.mentions)
                    if agent is not None and agent.kind != "relative":
                        return self.settle(agent, low)
                return _Found(None, low, None)
            if words[j - 1].text.lower() == "as" and low.endswith("ing"):
                subject = self.quoted_as(words, j - 1)
            else:
                subject = subject_before(words, j - 1, self.text, self.mentions)
            if subject is None or subject.kind == "relative":
                continue
            return self.settle(subject, low)
        return None

    def agent_after(self, words: list[Word]) -> _Found | None:
        """The agent of a passive named right after the quote (`"..." by residents`,
        `"..." by Sen. Ana Vidal`); None when none is."""
        if len(words) < 2 or words[0].text != "by":
            return None
        subject = subject_after(words, 1, self.text, self.mentions)
        if subject is None or subject.kind == "relative":
            return None
        return self.settle(subject, "by")

    def quoted_as(self, words: list[Word], k: int) -> Subject | None:
        """`quoted Ana Vidal as saying`, `Vidal was quoted as saying`: the one quoted
        (words[k] is "as")."""
        if k < 1:
            return None
        if words[k - 1].text.lower() in ("quoted", "cited"):
            return subject_before(words, k - 2, self.text, self.mentions)
        for q in range(k - 2, max(0, k - 10), -1):
            if (words[q].text.lower() in ("quoted", "cited") and words[q + 1].text == "by"
                    and words[q - 1].text.lower() in PASSIVE_MARKERS):
                # `Roe was quoted by the state news agency as saying`: Roe, not the agency.
                return subject_before(words, q - 2, self.text, self.mentions)
        return classify_at(words, k - 1, self.text, self.mentions)

    def cue_before(self, words: list[Word], sentence_words: list[Word],
                   previous: _Found | None) -> _Found | None:
        """The last cue before a quote in its sentence, and its subject.

        A subject that names nobody ("the agency", "it") is kept only when no earlier
        cue in the sentence names someone.
        """
        weak: _Found | None = None
        for j in range(len(words) - 1, -1, -1):
            low = words[j].text.lower()
            if low not in CUE_VERBS and (low not in CUE_NOUNS or j == 0) and not (
                    (low in BACK_VERBS or low in ON_ABOUT_VERBS) and _back_cue(words, j)):
                continue  # no cue here (_cue_at would say None): most words
            found = self._cue_at(words, j, sentence_words, previous)
            if found is None:
                continue
            if found.speaker is not None:
                outer = self.outer_report(words, j, found, sentence_words, previous)
                if outer is None and words[0].text in ("According", "according"):
                    outer = self.according_first(words, found)
                return outer or found
            if found.span is not None and bare_lower(
                    self.text[found.span[0]:found.span[1]]) in PRONOUNS:
                # `The communique stressed that they had promised "..."`: the description
                # reports.
                outer = self.outer_report(words, j, found, sentence_words, previous)
                if outer is not None:
                    return outer
            if weak is None:
                weak = found
        return weak

    def outer_report(self, words: list[Word], j: int, inner: _Found,
                     sentence_words: list[Word], previous: _Found | None) -> _Found | None:
        """A report inside another one: in `Roe said Doe told her the plan "..."` the
        source is the one who reports, Roe (the outermost source of the sentence).

        Only a cue of the same clause counts: a clause joined by "and" or "but", or a
        subordinate one ("When Roe noted ..., Doe replied"), has its own source.
        """
        if inner.span is None:
            return None
        inner_start = inner.span[0]
        for k in range(j - 1, -1, -1):
            w = words[k]
            if w.start >= inner_start:
                continue
            low = w.text.lower()
            if w.text in (";", ":", "(", ")") or low in _CLAUSE_BREAKS:
                return None
            if not is_cue_verb(w.text) or low.endswith("ing") or not w.text.islower():
                continue
            outer = self._cue_at(words, k, sentence_words, previous)
            if (outer is None or outer.span is None or outer.span[1] > w.start
                    or (outer.speaker is None and not self._described_over_pronoun(
                        outer, inner))
                    or (outer.speaker is not None and outer.speaker == inner.speaker)):
                continue
            before = [x for x in words if x.end <= outer.span[0]]
            if before and before[-1].text.lower() in _CLAUSE_BREAKS and not _cleft(before):
                return None  # "When Roe noted that ...": a subordinate clause's source
            return outer
        return None

    def _described_over_pronoun(self, outer: _Found, inner: _Found) -> bool:
        """`The communique stressed that they had promised "..."`: a definite description that
        reports what a pronoun said is the outer source, though it names nobody."""
        if outer.span is None or inner.span is None:
            return False
        pronoun = bare_lower(self.text[inner.span[0]:inner.span[1]])
        return pronoun in PRONOUNS and starts_at(self.text, ("the ", "The "), outer.span[0])

    def according_first(self, words: list[Word], inner: _Found) -> _Found | None:
        """`According to the Courier, Roe said "..."`: the report is the Courier's,
        the outer source (as for a report inside a report)."""
        if len(words) < 4 or words[1].text != "to" or inner.span is None:
            return None
        comma = next((k for k, w in enumerate(words[2:9], 2) if w.text == ","), None)
        if comma is None or words[comma].end > inner.span[0]:
            return None
        outer = self.according_to(words[0].start, words[comma].start)
        if outer is None or outer.speaker is None or outer.speaker == inner.speaker:
            return None
        return outer

    def _cue_at(self, words: list[Word], j: int, sentence_words: list[Word],
                previous: _Found | None) -> _Found | None:
        w = words[j]
        text_w = w.text
        before = words[j - 1].text.lower() if j > 0 else ""
        # "Berg's remarks": a possessive makes the cue a noun ("He's claiming" does not).
        owned = (j > 0 and strip_possessive(words[j - 1].text) != words[j - 1].text
                 and bare_lower(words[j - 1].text) not in PRONOUNS | RELATIVES)
        if before in POSSESSIVE_PRONOUNS and is_cue_noun(text_w):
            owned = True  # "His answer: ...", "Her reply was short": a noun, hers
        if (is_cue_noun(text_w) and j >= 2 and words[j - 1].text.islower()
                and words[j - 1].text not in DETERMINERS and not is_cue_verb(words[j - 1].text)
                and (words[j - 2].text.lower() in POSSESSIVE_PRONOUNS or (
                    strip_possessive(words[j - 2].text) != words[j - 2].text
                    and is_capitalised(words[j - 2].text)))):
            owned = True  # "Her short answer: ...", "Kowal's one-word answer: ...": hers
        if (is_cue_verb(text_w) or _back_cue(words, j)) and not owned:
            if _noun_after_ing(words, j):
                return None  # "the rallying cry", "her opening statement": a noun
            if before in DETERMINERS and not _relative_that(words, j):
                return None  # "the report", "a statement": a noun here
            if _object_of_past_verb(words, j):
                return None  # "drew praise", "sparked protests": a noun, a verb's object
            if (is_cue_noun(text_w) or text_w.lower() in AMBIGUOUS_NOUNS) and j >= 2 and (
                    words[j - 2].text.lower() in DETERMINERS and not is_capitalised(before)
                    and before not in PRONOUNS):
                return None  # "a harsh comment", "the final report": still a noun
            if (before in PASSIVE_MARKERS or (
                    # "was widely mocked": an adverb between the auxiliary and the verb
                    j >= 2 and is_adverb(before) and words[j - 2].text.lower() in PASSIVE_MARKERS
            )) and not text_w.endswith("ing"):
                if j + 2 < len(words) and words[j + 1].text == "by":
                    # "was described by Ana Vidal as "...": the agent speaks.
                    agent = subject_after(words, j + 2, self.text, self.mentions)
                    if agent is not None and agent.kind in ("entity", "name"):
                        return self.settle(agent, text_w.lower())
                return None  # "was called a "menace"": not the subject's words
            low = text_w.lower()
            if low.endswith("ing") and before == "as":
                quoted = self.quoted_as(words, j - 1)
                if quoted is not None and quoted.kind in ("entity", "name", "pronoun", "noun"):
                    return self.settle(quoted, low)
            if low.endswith("ing") and before not in PREPOSITIONS and before not in ("", ","):
                # "a clip of Roe joking": whoever stands right before the participle.
                subject = subject_before(words, j - 1, self.text, self.mentions, owner=False)
                if subject is not None and subject.kind in ("entity", "name", "pronoun"):
                    return self.settle(subject, low)
            if before == "to" and j >= 3 and words[j - 2].text.lower() in _HABITS:
                # "As she likes to say, "..."": the one whose habit it is.
                subject = subject_before(words, j - 3, self.text, self.mentions)
                if subject is not None and subject.kind in ("entity", "name", "pronoun"):
                    return self.settle(subject, low)
            if low.endswith("ing") or before in ("to", "and", "or", "but"):
                # "..., saying", "while conceding", "to accuse", "and vowed": the
                # main clause's subject.
                return self._main_clause_speaker(words[: max(0, j - 1)], sentence_words,
                                                 previous, low)
            subject = subject_before(words, j - 1, self.text, self.mentions)
            if subject is None:
                subject = subject_after(words, j + 1, self.text, self.mentions)
                if subject is not None and (subject.kind == "noun"
                                            or not _inverted(words, subject.end)):
                    subject = None
            if subject is not None and subject.kind == "relative":
                return self.relative_source(words, j, subject, low)
            if subject is None:
                return None
            return self.settle(subject, low)
        if is_cue_noun(text_w) and j > 0:
            owner = words[j - 1].text
            # A cue noun ("Berg's claim") yields to a reporting verb before it in the
            # sentence ("Holm called Berg's remarks "..."").
            for k in range(j - 1):
                if is_cue_verb(words[k].text) and words[k - 1].text.lower() not in DETERMINERS:
                    return None
            at = j - 1
            if (j >= 2 and owner.islower() and owner not in DETERMINERS
                    and not is_cue_verb(owner) and (
                        words[j - 2].text.lower() in POSSESSIVE_PRONOUNS
                        or strip_possessive(words[j - 2].text) != words[j - 2].text)):
                at = j - 2  # "Berg's bold claim", "its gloomy prediction"
                owner = words[at].text
            if owner.lower() == "its":
                # "its prediction": a thing's words, and "its" names no one, unless a
                # body named just before owns them ("Norvale Motors ... Its statement"),
                # or the sentence opens with a person's writing ("Roe's letter drew
                # scorn for its prediction that ...": Roe's words).
                w_its = words[at]
                writer = self._writer_of_subject(sentence_words, w_its.start, text_w.lower())
                if writer is not None:
                    return writer
                org = self.history.resolve("it", w_its.start, window=400)
                if org is not None:
                    return _Found(org, text_w.lower(), (w_its.start, w_its.end))
                return _Found(None, text_w.lower(), None)
            if owner.lower() in POSSESSIVE_PRONOUNS:
                return self.settle(Subject("pronoun", words[at].start, words[at].end),
                                   text_w.lower())
            if strip_possessive(owner) != owner:
                subject = subject_before(words, at, self.text, self.mentions)
                if subject is not None and subject.kind in ("entity", "name"):
                    return self.settle(subject, text_w.lower())
        return None

    def _writer_of_subject(self, sentence_words: list[Word], before: int,
                           cue: str) -> _Found | None:
        """The person whose writing opens the sentence (`Roe's open letter drew
        scorn ...`) before offset `before`, when its subject is that possessive and a
        document's head follows it within three words; None otherwise."""
        subject = first_subject(sentence_words, self.text, self.mentions)
        if subject is None or subject.kind not in ("entity", "name") or subject.end >= before:
            return None
        if self.text[subject.end:subject.end + 2] not in ("'s", "’s"):
            return None
        k = next((i for i, w in enumerate(sentence_words) if w.start >= subject.end), None)
        if k is None:
            return None
        for w in sentence_words[k:k + 4]:
            low = w.text.lower()
            if low in _WRITINGS:
                return self.settle(subject, cue)
            if not w.text.islower():
                return None
        return None

    def relative_source(self, words: list[Word], j: int, relative: Subject,
                        cue: str) -> _Found:
        """A cue whose subject is a relative pronoun (`the police, which reported "..."`,
        `a memo that states "..."`): the words are reported, by what the pronoun stands
        for; the source runs from it to the pronoun."""
        r = j - 1
        while r > 0 and words[r].start > relative.start:
            r -= 1
        k = r - 1
        if k >= 0 and words[k].text == ",":
            k -= 1
        that = self.text[relative.start:relative.end].lower() == "that"
        while that and k > 0 and words[k].text.lower() in TIME_WORDS:
            k -= 1  # "a letter from the clinic on Friday that says"
            if words[k].text.lower() in ("on", "in", "at", "last", "this"):
                k -= 1
        antecedent = subject_before(words, k, self.text, self.mentions) if k >= 0 else None
        if antecedent is None or antecedent.kind not in ("entity", "name", "noun"):
            return _Found(None, cue, None)
        issuer = self.issuer(words, antecedent) if that else None
        if issuer is not None:
            return issuer
        found = self.settle(antecedent, cue)
        if found is None:
            return _Found(None, cue, None)
        # "The ministry, which" is written as a unit; "a memo that" shows as "a memo".
        return _Found(found.speaker, cue,
                      (antecedent.start, antecedent.end if that else relative.end))

    def issuer(self, words: list[Word], document: Subject) -> _Found | None:
        """`Roe released a letter that says "..."`: who issued the document speaks, when
        the document (`document`, a noun whose head is a letter, a statement, a memo)
        is the object of a verb of issuing."""
        if document.kind != "noun":
            return None
        a = next((k for k, w in enumerate(words) if w.start >= document.start), 0)
        if document.head in _MADE and a >= 2 and words[a - 1].text.lower() in _MAKING:
            # `Roe made a remark that called them "..."`, `which led Roe to make a
            # comment that ...`: who made the remark speaks.
            v = a - 1
            if words[v - 1].text == "to":
                v -= 1
            subject = subject_before(words, v - 1, self.text, self.mentions)
            if subject is None or subject.kind == "relative":
                return None
            return self.settle(subject, words[a - 1].text.lower())
        if document.head not in _ISSUED:
            # "a letter from her doctor that says": the document before "from".
            if not (a >= 2 and words[a - 1].text in ("from", "by", "of")
                    and words[a - 2].text.lower() in _ISSUED):
                return None
            a -= 2
        v = a - 1
        while v > 0 and a - v <= 3 and words[v].text.lower() not in _ISSUING and (
                words[v].text.islower()):
            v -= 1  # over "a", "new", "two-page"
        if v < 1 or words[v].text.lower() not in _ISSUING:
            return None
        subject = subject_before(words, v - 1, self.text, self.mentions)
        if subject is None or subject.kind == "relative":
            return None
        return self.settle(subject, words[v].text.lower())

    def _main_clause_speaker(self, head: list[Word], sentence_words: list[Word],
                             previous: _Found | None, cue: str) -> _Found | None:
        found = self.cue_before(head, sentence_words, previous) if head else None
        if found is not None and found.speaker is not None:
            return _Found(found.speaker, cue, found.span)
        if previous is not None and previous.speaker is not None:
            return _Found(previous.speaker, cue, previous.span)
        subject = first_subject(sentence_words, self.text, self.mentions)
        if subject is None and not head:
            # "Deploring the "broken rules," Ruiz accused ...": named after the quote.
            subject = first_subject(self.after_words, self.text, self.mentions, limit=4)
        if subject is None:
            return found
        return self.settle(subject, cue)

    def closing_cue(self, words: list[Word]) -> _Found | None:
        """A cue that closes the sentence after its last comma: `..., Marsh said.`"""
        for k in range(len(words) - 1, -1, -1):
            if words[k].text == ",":
                tail = words[k + 1:]
                if 0 < len(tail) <= 6:
                    return self.cue_after(tail, tight=True)
                return None
        return None

    def per_source(self, start: int, end: int) -> _Found | None:
        """`"...," per the party's rules.`, `"...," per a spokesman`: "per" right after
        the quote names its source (not "per cent", "per person")."""
        m = _PER_RE.match(self.text, start, end)
        return None if m is None else self._named_after(m.end(), end, "per")

    def view_of(self, start: int, end: int) -> _Found | None:
        """A sentence that opens by naming whose view or words follow: `In Roe's view,
        the plan is "..."`, `In the words of Ana Roe, "..."`, `The message from Roe was
        clear: "..."` (the sentence starts at `start`, the quote at `end`)."""
        m = _VIEW_OF.match(self.text, start, end)
        if m is None:
            # `He is, in the words of one colleague, "..."`: set off inside the sentence
            m = _WORDS_OF_INSIDE.search(self.text, start, end)
        if m is not None:
            return self._named_after(m.end(), end, "view of")
        m = _POSSESSED_VIEW.match(self.text, start, end)
        person_only = m is None
        if m is None:
            # `For Ana Roe, an economist, the numbers are "..."`: a person's view.
            m = _FOR_PERSON.match(self.text, start, end)
            if m is None:
                return None
        words = words_in(self.text, m.start(1), m.end(1))
        subject = subject_after(words, 0, self.text, self.mentions)
        if subject is None or subject.kind not in ("entity", "name"):
            return None
        if person_only and not (
                (subject.kind == "entity"
                 and self.mentions.kinds.get(subject.entity_id or "") == "person")
                or (subject.kind == "name" and (subject.name or "").split()[0] in GIVEN_NAMES
                    and " " in (subject.name or ""))):
            return None  # "For Tarsia, the deal ...": no one's words
        return self.settle(subject, "view of")

    def possessor_of(self, m: re.Match[str], start: int) -> _Found:
        """Who owns the cue noun of a `_WAS_CUE_NOUN` match: a pronoun resolved, a name
        settled; "the reply" is by the one asked in the sentence before the quote at
        `start`, or names nobody."""
        noun = m.group(3)
        if not m.group(1) and not m.group(2) and noun in _ANSWER_NOUNS:
            asked = self._one_asked(start)
            if asked is not None:
                return _Found(asked, noun, None)
        if m.group(1):
            pron = POSSESSIVE_PRONOUNS[m.group(1)]
            return _Found(self.history.resolve(pron, m.start(1)), noun, m.span(1))
        if m.group(2):
            words = self.stretches.words(m.start(2), m.end(2))
            subject = subject_after(words, 0, self.text, self.mentions)
            if subject is not None and subject.kind in ("entity", "name"):
                found = self.settle(subject, noun)
                if found is not None:
                    return found
        return _Found(None, noun, None)

    def _one_asked(self, start: int) -> str | None:
        """The person asked in the sentence before `start` ("Kowal was asked ...",
        "Kowal asked Rask ..."), or None."""
        lo = max(0, start - 300, self.text.rfind("\n\n", 0, start))
        at = self.text.rfind(" asked ", lo, start)
        if at < 0:
            return None
        end = _SENTENCE_END.search(self.text, at, start)
        if end is not None and end.end() < start:
            return None  # only the sentence right before the quote asks
        after = _NAME_AFTER.match(self.text, at + len(" asked "))
        if after is not None:
            # "Kowal asked Tom Rask whether ...": the one asked, not the one asking.
            return self._person_at(after.start(), after.end())
        before = _NAME_BEFORE_ASKED.search(self.text, lo, at + 1)
        if before is not None:
            return self._person_at(before.start(1), before.end(1))  # "Kowal was asked"
        return None

    def _person_at(self, start: int, end: int) -> str | None:
        hit = self.mentions.covering(start, end)
        if hit is None or self.mentions.kinds.get(hit[2]) != "person":
            return None
        return hit[2]

    def according_to(self, start: int, end: int) -> _Found | None:
        m = ACCORDING_TO_RE.search(self.text, start, end)
        return None if m is None else self._named_after(m.end(), end, "according to")

    def _named_after(self, at: int, end: int, cue: str) -> _Found | None:
        """Who the words from `at` (right after "per" or "according to") name."""
        words = self.stretches.words(at, min(end, at + 120))
        subject = subject_after(words, 0, self.text, self.mentions)
        if subject is None:
            return None
        if subject.kind == "noun" and subject.head in _ISSUED_DOCUMENTS:
            # "according to a statement from Sen. Ana Roe": who issued it speaks.
            k = next((i for i, w in enumerate(words) if w.start >= subject.end), len(words))
            if k + 1 < len(words) and words[k].text in ("from", "by"):
                issuer = subject_after(words, k + 1, self.text, self.mentions)
                # (also a description: "a statement from the Roe campaign" is Roe's)
                if issuer is not None and issuer.kind in ("entity", "name", "noun"):
                    found = self.settle(issuer, cue)
                    if found is not None and found.speaker is not None:
                        return _Found(found.speaker, cue, (subject.start, issuer.end))
        if subject.kind in ("entity", "name"):
            # "according to Roe's spokesman, Ed Marr": the one named in the apposition.
            m = _ROLE_OF_POSSESSOR.match(self.text, subject.end, min(end, subject.end + 50))
            if m is not None:
                k = next((i for i, w in enumerate(words) if w.start >= m.end()), len(words))
                named = subject_after(words, k, self.text, self.mentions)
                if named is not None and named.kind in ("entity", "name"):
                    return self.settle(named, cue)
        return self.settle(subject, cue)


# `"...," was her reply.`, `"...," came Roe's answer.`: a cue noun after the quote,
# with its possessor (a pronoun, a name, or "the" for nobody named) and up to two words
# before the noun, closing the sentence.
_WAS_CUE_NOUN: Final = compiled(
    r",?[ \t]*(?:was|came)[ \t]+(?:(his|her|their|its)|((?:[A-Z][\w.-]*[ \t]+){0,3}"
    r"[A-Z][\w.-]*)['’]s|the)[ \t]+(?:[a-z-]+[ \t]+){0,2}?([a-z]+)[ \t]*[.!]")


# `"...," was the blunt message from Lena Holt.`: a cue noun, "from" and a name.
_WAS_CUE_NOUN_FROM: Final = compiled(
    r",?[ \t]*(?:was|came)[ \t]+the[ \t]+(?:[a-z-]+[ \t]+){0,2}?([a-z]+)[ \t]+from[ \t]+"
    r"((?:[A-Z][\w.’'-]*[ \t]+){0,4}[A-Z][\w’'-]*)[ \t]*[.!]")
# The nouns of `"...," came the reply.`, whose speaker is the one asked before.
_ANSWER_NOUNS: Final = word_set("reply response answer retort rejoinder")
# A name right after "asked", and one right before "was asked" or ", asked".
_NAME_AFTER: Final = compiled(r"(?:[A-Z][\w.’'-]*[ \t]+){0,3}[A-Z][\w’'-]*")
_NAME_BEFORE_ASKED: Final = compiled(
    r"([A-Z][\w’'-]*)(?:,|[ \t]+(?:was|had[ \t]+been|is|were))[ \t]*$")


# A possessor's role and the comma of the apposition that names its holder: "’s
# spokesman, " in "Roe’s spokesman, Ed Marr".
_ROLE_OF_POSSESSOR: Final = compiled(r"['’]s (?:[a-z][\w-]* ){0,2}[a-z][\w-]*, (?=[A-Z])")


# How many quotes back _attribute reads the attributions of the quotes before (three,
# and the one it attributes).
_ATTRIBUTIONS_READ = 4


def find_quotes(text: str, entities: list[Entity]) -> tuple[list[Quote], list[Entity]]:
    """The quotes in `text` with their speakers.

    Returns the quotes and the entity list, which may have grown when a speaker was
    named in a way the entity finder did not catch.
    """
    spans = find_quote_spans(text)
    transcript = TranscriptLines(text)
    # A transcript's lines without quotation marks (`ROE: I did not.`) are quotes too.
    spoken = transcript.spoken_lines()
    first_question, answers = answer_lines(text)
    if not spans and not spoken and not answers:
        return [], entities
    paragraphs = _Paragraphs(text)
    att = _Attributor(text, entities, spans, transcript)
    quotes: list[Quote] = []
    found_for: list[_Found | None] = []
    waiting = -1  # a paragraph of speech that goes on in the next one, with no cue yet
    for index, (start, end) in enumerate(spans):
        if index >= _ATTRIBUTIONS_READ:
            # (held on to, the rest were a twentieth of a long article's analysis)
            found_for[index - _ATTRIBUTIONS_READ] = None
        found = _attribute(text, spans, index, paragraphs, att, found_for)
        if found is not None and (
                named_not_said(text, start, end) if found.speaker is None else (
                    att.mentions.kinds.get(found.speaker) == "organization"
                    and named_by_body(text, start, end))
                or named_in_relative(text, start, end)):
            # `the ground locals call "the Lion's Den"`, `a feature it calls "Quiet
            # Mode"`, `the plan, which she calls "Fresh Start"`: a name, no one's words
            found = None
        found_for.append(found)
        if found is None:
            # No cue and no run of speech to join: a title, a scare quote, or speech we
            # cannot tie to anyone; all are left out (but a paragraph of speech that
            # goes on in the next one is who says that one's).
            waiting = index if _goes_on(text, start, end) else -1
            continue
        if waiting == index - 1 >= 0:
            s, e = spans[waiting]
            found_for[waiting] = found
            quotes.append(Quote(start=s, end=e, text=text[s:e], speaker=found.speaker,
                                cue=found.cue, source=found.span))
        waiting = -1
        if found.speaker is not None:
            at = found.span[0] if found.span is not None else start
            att.history.note_speaker(at, found.speaker)
        quotes.append(Quote(start=start, end=end, text=text[start:end], speaker=found.speaker,
                            cue=found.cue, source=found.span))
    interviewee = att.interviewee(first_question, paragraphs) if answers else None
    if interviewee is not None:
        # "A: ..." lines of an interview: the words of the one interviewed.
        for start, end in answers:
            quotes.append(Quote(start=start, end=end, text=text[start:end],
                                speaker=interviewee.speaker, cue=":", source=interviewee.span))
        quotes.sort(key=lambda q: q.start)
    if spoken:
        for (a, b), (start, end) in spoken:
            found = att.settle_label(label_subject(text, a, b))
            if found is None:
                continue
            quotes.append(Quote(start=start, end=end, text=text[start:end],
                                speaker=found.speaker, cue=found.cue, source=found.span))
        quotes.sort(key=lambda q: q.start)
    return quotes, att.speakers.finish()


# Past forms of verbs whose object may be a word that is also a cue ("drew praise").
_PAST_FORMS: Final = word_set("drew won got took drawn faced met brought caught earned")
# Cue words that are nouns as the object of a verb ("drew praise"), beside the cue nouns.
_OBJECT_NOUNS: Final = word_set("praise praises ridicule scorn applause")


def _object_of_past_verb(words: list[Word], j: int) -> bool:
    """Whether the cue word words[j] is a noun, the object of the past-tense verb right
    before it: "drew praise", "sparked protests", "faced questions"."""
    if j < 1:
        return False
    verb = words[j - 1].text
    if not verb.islower() or not (verb in _PAST_FORMS or (verb.endswith("ed") and len(verb) > 4)):
        return False
    if is_cue_verb(verb):
        return False  # "warned said" never stands so; "added" before a noun is rare
    low = words[j].text.lower()
    return low in AMBIGUOUS_NOUNS or low in _OBJECT_NOUNS or is_cue_noun(low)


def _goes_on(text: str, start: int, end: int) -> bool:
    """Whether the quote text[start:end] is a paragraph of speech that goes on in the
    next paragraph: no closing mark, and a line break right after it."""
    last = text[end - 1]
    if last in _MARK_ENDS or end - start < 3:
        return False
    i = end
    while i < len(text) and text[i] in " \t\r":
        i += 1
    return i < len(text) and text[i] == "\n"


_MARK_ENDS: Final = frozenset("”»」』\"’'“„«")


def _attribute(text: str, spans: list[tuple[int, int]], index: int, paragraphs: _Paragraphs,
               att: _Attributor, found_for: list[_Found | None]) -> _Found | None:
    start, end = spans[index]
    para_start, para_end = paragraphs.bounds(start)
    prev_end = para_start
    previous: _Found | None = None
    if index > 0 and spans[index - 1][1] > para_start:
        prev_end = spans[index - 1][1]
        previous = found_for[index - 1]
    floor = max(prev_end, start - _LOOK_BACK)
    sent_start = _last_sentence_start(text, floor, start)
    line_start = para_start
    if starts_at(text, "caption", sent_start + 6) or starts_at(text, "Caption:", sent_start):
        # (a caption's sentence wherever it opens, also run on after other furniture on a
        # scraped page: "Media playback is unsupported. Media caption Ana Roe: '...'")
        caption = _CAPTION_PREFIX.match(text, sent_start, start)
        if caption is not None:
            sent_start = line_start = caption.end()
    prev_in_sentence = sent_start == prev_end and prev_end > para_start and not _ends_sentence(
        text, spans[index - 1] if index > 0 else (0, 0), start)
    before_words = att.stretches.words(sent_start, start)
    # The last character inside the marks (a closing mark may be two: '').
    quote_last = _last_inside(text, start, end)
    if quote_last.isalnum() and text[end:end + 1] in (",", "."):
        # British marks: the stop after the closing mark (`"... every month", she
        # told supporters.`) is the quote's as it is inside American marks
        quote_last = text[end]
    if end > para_end:
        # A quote that runs on into the next paragraph: its cue follows it there.
        para_end = paragraphs.bounds(end - 1)[1]
    after_limit = min(para_end, end + _LOOK_AHEAD)
    if att.is_nickname(index):
        return None  # `Lena "Lee" Okafor`: part of a name, not a quote
    nxt = index + 1
    while nxt < len(spans) and nxt - index < 3 and att.is_nickname(nxt):
        nxt += 1  # a nickname in the name that follows does not end the cue's words
    if nxt < len(spans):
        after_limit = min(after_limit, spans[nxt][0])
    # A quote that ends its sentence ("...now." New sentence) takes only a cue that
    # closes a short sentence of its own right after it ("...?" Okafor demanded.).
    ends_sentence = quote_last in _TERMINAL_PUNCT and _next_is_capital(text, end)
    after_end = _sentence_end(text, end, after_limit)
    after_words = att.stretches.words(end, after_end)
    att.after_words = after_words

    before_text = text[sent_start:start].rstrip()
    opens_sentence = not before_text or before_text[-1] in ",:;(—–-"
    # The whole sentence, earlier quotes included, for finding its subject.
    sentence_words = before_words
    if prev_in_sentence:
        lo = _last_sentence_start(text, max(para_start, start - _LOOK_BACK), start)
        sentence_words = _words_outside_quotes(text, lo, start, spans, att.stretches)
    att.sentence_words = sentence_words
    att.sentence_start = sent_start
    if prev_in_sentence and previous is None:
        # The quote before in this sentence was left out (a title: `Roe tells Channel
        # Nine's "Morning Hour" that "..."`): its cue may stand before that one.
        before_words = sentence_words
    if _looks_like_title(text, start, end, before_words) or _cited_title(text, start, end):
        return None
    line = att.transcript.speaker_at(para_start, start)
    if line is not None:
        # `ROE: Well, as the "Ledger" put it, ...`: a transcript line is its speaker's.
        return att.settle_label(label_subject(text, line[0], line[1]))
    if before_text.endswith(":") and sent_start == line_start:
        label_span = label_line(text, line_start, start, end)
        if label_span is not None:
            # `Minister: "No Retreat"`: a headline's label names who speaks.
            headline = label_speaker(text, *label_span)
            if headline is None:
                return None  # `Exclusive: "..."`: a label that names no one
            found = att.labelled(headline)
            if found is not None:
                return found
    if title_modifier(text, start, end, before_words) or after_slogan_noun(before_words):
        return None  # `a former "Quiz Night" champion`, `under the slogan "..."`
    naming = naming_participle(before_words)
    if naming is not None:
        # `a plan called "Fresh Start"`, `Tull, known as "the Builder,"`: what a thing is
        # called, no one's words, unless a cue reports the whole sentence (`Roe said the
        # plan, called "...", would fail`; `... an ad called "...", Roe said.`).
        found = att.cue_before(before_words[:naming], sentence_words, None)
        if found is None or found.speaker is None:
            found = att.closing_cue(after_words)
        return found if found is not None and found.speaker is not None else None
    words_of = _WORDS_OF.match(text, end, after_limit) if ends_sentence else None
    if (words_of is None and not before_text and quote_last in _TERMINAL_PUNCT
            and not text[end:para_end].strip()):
        # A quote alone in its paragraph, named in the next one: `"..."` then `That was
        # the message from Lena Holt on Monday.`
        next_words = _WORDS_OF.match(text, para_end, min(len(text), para_end + 80))
        if next_words is not None and (nxt >= len(spans) or spans[nxt][0] > next_words.end()):
            words = att.stretches.words(next_words.end(), min(len(text), next_words.end() + 120))
            subject = subject_after(words, 0, text, att.mentions)
            if subject is not None and subject.kind in ("entity", "name"):
                return att.settle(subject, "words of")
    if words_of is not None:
        # `"..." Those were the words of Rosa Lind, ...`, `"..." So said Rosa Lind.`
        words = att.stretches.words(words_of.end(), min(after_limit, words_of.end() + 120))
        subject = subject_after(words, 0, text, att.mentions)
        if subject is not None and subject.kind in ("entity", "name", "noun"):
            opener = words_of.group().split()
            return att.settle(subject, opener[1] if opener[0] == "So" else (
                "how" if opener[-1] == "how" else "words of"))
    was_noun = _WAS_CUE_NOUN.match(text, end, after_limit)
    if was_noun is not None and is_cue_noun(was_noun.group(3)):
        # `"Never," was her reply.`, `"...," was Roe's verdict.`: the possessor's words.
        return att.possessor_of(was_noun, start)
    was_from = _WAS_CUE_NOUN_FROM.match(text, end, after_limit)
    if was_from is not None and is_cue_noun(was_from.group(1)):
        # `"...," was the blunt message from Lena Holt.`: the one it came from.
        words = att.stretches.words(was_from.start(2), was_from.end(2))
        subject = subject_after(words, 0, text, att.mentions)
        if subject is not None and subject.kind in ("entity", "name"):
            found = att.settle(subject, was_from.group(1))
            if found is not None:
                return found
    if after_words and after_words[0].text in DASHES:
        # "..." ― Rosa Lind: a signed quote.
        subject = subject_after(after_words, 1, text, att.mentions)
        if subject is not None and subject.kind in ("entity", "name"):
            return att.settle(subject, "—")
    if not after_words and not before_text:
        signed = signature_after(text, end, att.mentions)
        if signed is not None:
            # A quote set apart with its signature on the line below: "— Rosa Lind".
            return att.settle(signed, "—")
    thing = written_on_a_thing(before_words)
    if thing is not None:
        # `Roe wore a cap that read "..."`: the cap's words, its description the source.
        k = thing
        while k > 0 and before_words[k - 1].text.lower() in DETERMINERS:
            k -= 1
        verb = next(w.text.lower() for w in before_words[thing + 1:]
                    if w.text not in ("that", "which"))
        return _Found(None, verb, (before_words[k].start, before_words[thing].end))
    if _asked_before(before_words):
        # `Asked "Do you regret it?", Roe said: "..."`: the question put to the subject,
        # by someone the sentence does not name.
        return _Found(None, "asked", None)
    if before_text.endswith((",", ":")) and any(is_cue_verb(w.text) for w in before_words[-8:]):
        # `He added, "..."`, `Berg saying during the hearing, "...," when ...`: the
        # cue that leads into the quote.
        found = att.cue_before(before_words, sentence_words,
                               previous if prev_in_sentence else None)
        if found is not None and (found.speaker is not None or (
                found.span is not None and quote_last == "?" and found.cue in _ASKING) or (
                # `My father often said, "...." My mother would laugh.`: his words,
                # though nobody names him.
                found.span is not None and quote_last in ".!" and ends_sentence)):
            # (`When a reporter asked, "...?" Roe replied`: the reporter's question,
            # not the words of the one whose cue follows it)
            return found
    if (prev_in_sentence and previous is not None and previous.span is not None
            and previous.span[1] <= spans[index - 1][0] and _joins_quotes(before_words)):
        # `as Roe went on about "jobs," and "trade" and "our towns," Doe nodded`: a
        # quote joined by "and" to one that a cue before it reported is another object
        # of that cue, whatever verb follows the list.
        return _Found(previous.speaker, previous.cue, previous.span)
    if quote_last == "," and nxt < len(spans) and _interrupts(after_words, text, spans[nxt][0]):
        # `"Fix the roads," she paused, "and the rest will follow."`: the one who breaks
        # off between the two halves of the quote says both.
        subject = subject_before(after_words, 0, text, att.mentions)
        if subject is not None and subject.kind in ("entity", "name", "pronoun"):
            found = att.settle(subject, after_words[1].text.lower())
            if found is not None:
                return found
    if (opens_sentence or quote_last in _CLOSING_PUNCT) and not _names_the_words(after_words):
        # A short quote inside a sentence ("achieved "very little," she added on
        # radio") takes a cue after it only when that cue closes the sentence, so
        # that a title ("of "Evening Report," Holm said her ...") does not.
        tight = not opens_sentence and _word_count(text, start, end) < 4
        found = att.cue_after(after_words, strict=ends_sentence, tight=tight, roomy=True)
        if found is not None:
            return found
    if _after_as(before_words):
        # `rated half of the claims as "false"`, `cited his words as "a slur"`: the
        # words are the sentence subject's, unless a cue names someone closer
        # (`a fire that Mayor Lena Okafor described as "..."`).
        found = att.cue_before(before_words, sentence_words,
                               previous if prev_in_sentence else None)
        if found is not None and found.speaker is not None:
            return found
        if _passive_before_as(before_words):
            # `Roe was hailed as "a hero" by residents`, `Roe is referred to as "..."`:
            # someone else's words about the subject; the agent after "by", if named.
            return att.agent_after(after_words)
        subject = first_subject(sentence_words, text, att.mentions)
        if subject is not None and subject.kind in ("entity", "name", "pronoun"):
            return att.settle(subject, "as")
    found = att.cue_before(before_words, sentence_words, previous if prev_in_sentence else None)
    if found is not None:
        return found
    noun = _subjects_noun_before(before_words)
    if noun is not None:
        # `Ruiz has used the phrase "..." often`, `Vidal opened the meeting with a call
        # for "money that arrives"`: words the sentence's subject uses.
        subject = first_subject(sentence_words, text, att.mentions)
        if subject is not None and subject.kind in ("entity", "name", "pronoun"):
            return att.settle(subject, noun)
    if prev_in_sentence and previous is not None and not _new_clause(before_words):
        return _Found(previous.speaker, previous.cue, previous.span)
    found = (att.according_to(end, after_end) or att.according_to(sent_start, start)
             or att.per_source(end, after_end) or att.view_of(sent_start, start))
    if found is not None:
        return found
    if not opens_sentence and not ends_sentence and not _names_the_words(after_words):
        # `A clerk who "takes a little" is punished, Marsh said.`
        found = att.closing_cue(after_words)
        if found is not None:
            return found
    if before_text.endswith(":") or (before_words and before_words[-1].text.lower() == "as"):
        # `Ruiz is trying out a new message: "..."`, `condemned the test as "..."`:
        # the sentence's subject.
        subject = first_subject(sentence_words, text, att.mentions)
        if subject is not None and subject.kind != "noun":
            return att.settle(subject, ":" if before_text.endswith(":") else "as")
        if subject is None and before_text.endswith(":"):
            named = _named_after_copula(before_words, text, att.mentions)
            if named is not None:
                # `Joining her on stage was Sen. Per Moen: "..."`: the inverted subject
                return att.settle(named, ":")
        if (subject is not None and before_text.endswith(":") and quote_last in _TERMINAL_PUNCT
                and _word_count(text, start, end) >= 3 and len(before_words) >= 5
                and any(_is_verb_form(w.text) for w in before_words)):
            # `The report used one of her lines as its headline: "..."`: whole
            # sentences set off by a colon after a clause about a thing that speaks.
            return att.settle(subject, ":")
    if not before_text and start == _first_text(text, para_start):
        lead = paragraphs.previous(para_start)
        if lead is not None:
            lead_end = lead[1]
            while lead_end > lead[0] and text[lead_end - 1] in " \t\r":
                lead_end -= 1
            if text[lead_end - 1:lead_end] == ":":
                lo = _last_sentence_start(text, max(lead[0], lead_end - _LOOK_BACK), lead_end - 1)
                lead_words = words_in(text, lo, lead_end)
                found = att.cue_before(lead_words, lead_words, None)
                if found is not None:
                    return found
    if not before_text and (ends_sentence or not after_words):
        # The last quote kept before this one (a title left out in between does not
        # break the run: `..., Berg said on "Morning Hour." "I mean ..."`).
        k = index - 1
        while k >= 0 and found_for[k] is None and index - k < 3 and spans[k][0] > para_start:
            k -= 1
        lo = max(prev_end, start - _LOOK_BACK)
        if sent_start > lo and k >= 0 and found_for[k] is not None and (
                spans[k][1] <= para_start
                # (a whole sentence after the prior quote, not the rest of its own: `"...,"
                # said Ana Roe, editor of the Quell Report. "..."`)
                or _last_sentence_start(text, lo, sent_start - 1) > lo):
            # `..." she said. ¶ Asked about it, Lindgren shrugged. "I've made my offer."`:
            # a sentence about another person between the two quotes hands the quote to
            # that person (a sentence about anything else leaves it to the last speaker).
            found = _sentence_before_speaker(text, lo, sent_start, att)
            if found is not None:
                return found
        if k >= 0 and found_for[k] is not None and _close_enough(text, paragraphs, spans[k],
                                                                   start):
            prior = found_for[k]
            assert prior is not None
            return _Found(prior.speaker, prior.cue, prior.span)
        # `..., Marsh said. "A second reason ..."`: the cue of the sentence before.
        if sent_start > lo:
            found = _sentence_before_speaker(text, lo, sent_start, att)
            if found is not None:
                return found
        elif start == _first_text(text, para_start) and not after_words:
            # A quote standing alone as a paragraph goes on from whoever the last
            # sentence of the paragraph before was about, when that was a cue's speaker.
            lead = paragraphs.previous(para_start)
            if lead is not None and not _inside(spans, lead[1] - 1):
                lo = _last_sentence_start(text, max(lead[0], lead[1] - _LOOK_BACK), lead[1])
                words = _words_outside_quotes(text, lo, lead[1], spans)
                found = att.cue_before(words, words, None)
                if found is not None and found.speaker is not None:
                    return found
    return None


# Nouns for quoted words in an apposition right after them: `the timing was "tight," a
# phrase aides repeated all day` (whoever repeats it, the cue before says who said it).
_WORDS_NOUNS: Final = frozenset({"phrase", "line", "word", "words", "term", "remark",
                                 "refrain", "slogan", "mantra", "quip", "expression"})


def _subjects_noun_before(before: list[Word]) -> str | None:
    """The noun right before a quote that makes it words of the sentence's subject: a
    phrase's (`the phrase "..."`, `with the comment "..."`) or a call's (`a call for
    "..."`), after its determiner; None when the words do not end so."""
    if len(before) >= 3 and before[-1].text.lower() in _PHRASE_NOUNS and before[
            -2].text.lower() in ("the", "a", "his", "her", "their"):
        return before[-1].text.lower()
    if (len(before) >= 4 and before[-1].text == "for"
            and before[-2].text.lower() in _CALL_NOUNS
            and before[-3].text.lower() in ("a", "an", "his", "her", "their", "the")):
        return before[-2].text.lower()
    return None


def _names_the_words(after: list[Word]) -> bool:
    """True when the words after a quote open with an apposition that names the quoted
    words themselves (`"tight," a phrase aides repeated`; the comma inside the marks or
    after them)."""
    k = 1 if after and after[0].text == "," else 0
    return (len(after) >= k + 2
            and after[k].text.lower() in ("a", "an", "the", "his", "her", "their", "one")
            and (after[k + 1].text.lower() in _WORDS_NOUNS
                 or (len(after) >= k + 3 and after[k + 2].text.lower() in _WORDS_NOUNS)))


def _sentence_before_speaker(text: str, lo: int, sent_start: int,
                             att: _Attributor) -> _Found | None:
    """The speaker that the sentence before a quote names: its cue's (`..., Marsh said.
    "A second reason ..."`), or its subject when that is a person (`Sen. Vidal named
    young voters as ... . "The young are ..."`: a quote that follows a sentence about
    one person is that person's)."""
    prev_sent = _last_sentence_start(text, lo, sent_start - 1)
    words = att.stretches.words(prev_sent, sent_start)
    found = att.cue_before(words, words, None)
    if found is not None and found.speaker is not None:
        return found
    subject = first_subject(words, text, att.mentions)
    if subject is not None and subject.kind in ("entity", "name", "pronoun") and (
            subject.kind != "entity"
            or att.speakers.by_id[subject.entity_id or ""].kind != "country"):
        found = att.settle(subject, None)
        if found is not None and found.speaker is not None:
            return found
    return None


def _named_after_copula(before: list[Word], text: str, mentions: MentionIndex) -> Subject | None:
    """The name that ends words opened by a participle and "was" before a colon, the
    subject put last: `Joining her was Sen. Per Moen:`, `Next up is Ana Roe:`."""
    if len(before) < 3 or not (before[0].text.endswith("ing") or before[0].text in (
            "Next", "Last", "First")):
        return None
    for k in range(1, min(len(before) - 1, 8)):
        if before[k].text.lower() in ("was", "is", "were", "are"):
            named = subject_after(before, k + 1, text, mentions)
            if named is None or named.kind not in ("entity", "name"):
                return None
            last = before[-1] if before[-1].text != ":" else before[-2]
            return named if named.end >= last.end else None
    return None


# "That's when ...", "It was when ...": a cleft puts the main clause after "when".
def _cleft(before: list[Word]) -> bool:
    """Whether the clause break ending `before` follows a cleft's "that's" / "it was"
    (the clause after it is the sentence's main one)."""
    if len(before) < 2:
        return False
    prev = before[-2].text.lower()
    if prev in ("that's", "that’s", "it's", "it’s"):
        return True
    return (prev in ("is", "was") and len(before) >= 3
            and before[-3].text.lower() in ("that", "it", "this"))


# Verbs of speaking that after "as" tell when, not whose words: `as she spoke`.
_TEMPORAL_AS: Final = word_set("spoke speaks speaking talked talks talking")

# Words that may follow the verb of `as Roe put it`, `as Roe said on Monday`.
_AFTER_AS_CUE: Final = word_set("it so this that on in at during yesterday today later")


def _clause_ends_after(words: list[Word], j: int) -> bool:
    """Whether the clause of the verb words[j] ends right after it (`as Roe put it.`,
    `as Roe said on Monday`), not going on to an object (`as Roe accused her of ...`)."""
    k = j + 1
    return k >= len(words) or words[k].text in _CLOSING_PUNCT or words[k].text in (
        ".", ";") or words[k].text.lower() in _AFTER_AS_CUE


def _inverted(words: list[Word], end: int) -> bool:
    """Whether a name after a verb is its subject (`Said Roe: "..."`, `added Roe, "..."`):
    it ends the clause, not an object with more to come (`blasted Roe as "..."`)."""
    for k, w in enumerate(words):
        if w.start >= end:
            return w.text in (",", ":", "—", "–", "(") and (
                w.text != "(" or all(x.text != "as" for x in words[k:]))
    return True


_NICKNAME: Final = compiled(r"[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*)?")


_NEXT_WORD: Final = compiled(r"[A-Za-z]+")
_DATE_WORDS: Final = word_set(
    """monday tuesday wednesday thursday friday saturday sunday january february march
    april may june july august september october november december on in at""")


def _is_nickname(text: str, start: int, end: int) -> bool:
    """Whether the quote is a nickname between a given name and a surname: one or two
    capitalised words right between two capitalised words (`Lena "Lee" Okafor`)."""
    # (The tests on the characters around the marks first: most quotes fail them, and
    # the pattern is matched in place, not on a copy of the quote.)
    if start < 3 or text[start - 1] != " ":
        return False
    if end + 2 > len(text) or text[end] != " " or not text[end + 1].isupper():
        return False
    if not _NICKNAME.fullmatch(text, start + 1, end - _closing_width(text, end)):
        return False
    m = _NEXT_WORD.match(text, end + 1)
    if m is not None and m.group().lower() in _DATE_WORDS:
        return False  # `called Roe "Crooked" Tuesday`: a date follows, not a surname
    k = start - 2
    while k >= 0 and (text[k].isalpha() or text[k] == "."):
        k -= 1
    return text[k + 1].isupper() and (k < 0 or text[k] in " \t\n(")


def _is_verb_form(word: str) -> bool:
    """A word that looks like a finite verb ("used", "says", "is", "ran"): a clause
    before the colon, not a label ("Headline:")."""
    low = word.lower()
    return low in _FINITE or is_cue_verb(low) or (low.endswith("ed") and len(low) > 3)


_FINITE: Final = word_set("is was are were has had have did does do ran put set took made gave")


def _takes_an_object(words: list[Word], j: int) -> bool:
    """Whether the verb words[j], after its subject, is one that answers another's
    words and takes an object (`"..." Roe denies it.`, `Roe rejects the claim.`): after
    a quote that ends its sentence, that is a new sentence about what was said, not the
    quote's cue (`"..." Roe said it plainly.` and `Roe told the committee.` are cues)."""
    if j == 0 or j + 1 >= len(words) or words[j - 1].text in (",", "—", "–"):
        return False  # (`"..." said the mayor.`: inverted, the subject follows)
    nxt = words[j + 1].text
    if words[j].text.lower() not in _REBUTTALS or not nxt.islower() or (
            nxt not in _OBJECT_OPENERS):
        return False
    # (`"..." Roe said the next day.`: a time, not an object)
    return not (j + 2 < len(words) and words[j + 2].text.lower() in _TIMES_AFTER)


# Verbs that refuse what follows them: "declined to comment".
_REFUSALS: Final = word_set("declined declines declining refused refuses refusing")
# Verbs that answer what another said, and the words that open their object.
_REBUTTALS: Final = word_set(
    """deny denies denied dispute disputes disputed reject rejects rejected dismiss
    dismisses dismissed refute refutes refuted contest contests contested rebut rebuts
    rebutted""")
_OBJECT_OPENERS: Final = word_set("it them the any these those such")
_TIMES_AFTER: Final = word_set(
    """next following previous same day week month year morning afternoon evening night
    weekend time moment hour""")


def _reports_nothing_more(words: list[Word], j: int) -> bool:
    """Whether the reporting verb words[j] (and the name right after it, when inverted)
    ends its clause at a comma: `"...?" Roe said, looking out at the crowd.` is the
    quote's cue, not the start of a new report (`"..." Roe said the count ...`)."""
    k = j + 1
    while k < len(words) and k - j <= 4 and is_capitalised(words[k].text):
        k += 1
    # (or ends the sentence there: `"...?" Roe asked Finance Minister Raj Kumar.`)
    if k == len(words) or words[k].text == ",":
        return True
    # `"...?" I asked at the town meeting.`: where or when it was said, and no new report
    # after it (`"..." Roe said at the meeting that taxes ...` starts one); not what was
    # asked or called for (`"..." It asked for $25 or more.`: a request of its own).
    if words[k].text.lower() == "for" and words[j].text.lower() in _ASKING_FOR:
        return False
    return words[k].text.lower() in PREPOSITIONS and not any(
        w.text.lower() in _NEW_REPORT or is_cue_verb(w.text) for w in words[k + 1:])


# Verbs of a request before "for" and what is asked for.
_ASKING_FOR: Final = word_set("asked asks called calls pleaded appealed appeals")

# Words that open what a verb reports: after them a cue's clause goes on.
_NEW_REPORT: Final = word_set("that whether if how why what")


def _interrupts(words: list[Word], text: str, next_quote: int) -> bool:
    """Whether the words between two quotes are a subject and a past verb set off by
    commas and nothing else (`"...," she paused, "..."`, `"...," Roe smiled, "..."`)."""
    if len(words) != 3 or words[2].text != "," or text[words[2].end:next_quote].strip():
        return False
    verb = words[1].text
    return verb.islower() and verb.endswith("ed") and (
        bare_lower(words[0].text) in ("he", "she") or is_capitalised(words[0].text))


# Verbs of a habit before "to say": `as Roe likes to say`, `as he used to put it`.
_HABITS: Final = word_set("used likes liked loves loved tends tended")


# Verbs that put a question: its asker, even unnamed, is the quote's source.
_ASKING: Final = word_set("asked asks wondered demanded questioned inquired enquired")


def _asked_before(words: list[Word]) -> bool:
    """Whether the words before a quote are a sentence's opening "Asked" ("When asked"),
    so the quote is the question put to the one who answers after it."""
    if not words or words[-1].text.lower() != "asked":
        return False
    return len(words) == 1 or (len(words) == 2 and words[0].text in ("When", "If", "As"))


def _passive_before_as(words: list[Word]) -> bool:
    """Whether the words before "as" (and "a"/"the") are a passive verb: `was hailed as`,
    `is referred to as`, `has been described as`, `were widely seen as`."""
    k = len(words) - 1
    while k >= 0 and words[k].text.lower() in ("as", "a", "an", "the"):
        k -= 1
    if k >= 0 and words[k].text == "to":
        k -= 1  # "referred to as"
    if k < 1 or not words[k].text.islower():
        return False
    verb = words[k].text
    if not (verb.endswith(("ed", "en", "wn")) or verb in _PAST_FORMS or verb in _PASSIVE_PAST):
        return False
    k -= 1
    while k >= 0 and is_adverb(words[k].text):
        k -= 1  # "was widely seen as"
    return k >= 0 and words[k].text.lower() in PASSIVE_MARKERS


# Irregular participles of verbs that call or see someone as something.
_PASSIVE_PAST: Final = word_set("seen known held thought regarded cast")


def _after_as(words: list[Word]) -> bool:
    """Whether the words end in "as", "as a", "as an" or "as the"."""
    if words and words[-1].text.lower() == "as":
        return True
    return (len(words) >= 2 and words[-2].text.lower() == "as"
            and words[-1].text.lower() in ("a", "an", "the"))


# Documents, and the verbs by which someone issues one: `Roe released a letter that ...`.
_ISSUED: Final = word_set("letter statement memo report note email message release filing video ad")
# Remarks that someone makes ("made a comment that ...") and the verb of making them.
_MADE: Final = word_set("comment comments remark remarks statement statements claim claims")
_MAKING: Final = word_set("made make makes making")
_ISSUING: Final = word_set("released issued published sent posted filed unveiled circulated shared")


def _relative_that(words: list[Word], j: int) -> bool:
    """Whether the "that" before the verb words[j] is a relative pronoun after a noun
    (`a memo that states`, `the ministry that warned`), not a determiner (`that
    report`) nor a conjunction (`said that`, `so that`)."""
    if words[j - 1].text != "that" or j < 2:
        return False
    noun = words[j - 2].text
    low = noun.lower()
    return (noun.isalpha() and low not in _NOT_BEFORE_RELATIVE
            and (not is_cue_verb(low) or _noun_after_determiner(words, j - 2))
            and low not in PREPOSITIONS and low not in DETERMINERS and low not in PRONOUNS
            and not low.endswith("ly"))


def _noun_after_determiner(words: list[Word], k: int) -> bool:
    """Whether words[k], a form of a reporting verb that is as often a noun, is one here:
    after a determiner, or a determiner and a lower-case modifier (`a comment that`,
    `a harsh remark that`)."""
    if words[k].text.lower() not in AMBIGUOUS_NOUNS:
        return False
    if k >= 1 and words[k - 1].text.lower() in DETERMINERS:
        return True
    return (k >= 2 and words[k - 2].text.lower() in DETERMINERS
            and words[k - 1].text.isalpha() and words[k - 1].text.islower())


# Words before "that" that make it a conjunction: "so that", "now that", "is that".
_NOT_BEFORE_RELATIVE: Final = word_set(
    """so now such given except is was are were be been being has have had do does did
    and or but not than because""")


def _new_clause(between: list[Word]) -> bool:
    """Whether the words between two quotes of a sentence open a clause of its own, a
    conjunction and then a finite verb (`a "reform," but little has changed in the
    "new" ministry`): the second quote is not the first one's speaker's, as it is in
    `called it "bold" and "a gamble"`."""
    for k, w in enumerate(between):
        if w.text in _CONTRASTS:
            return any(x.text in _FINITE for x in between[k + 1:])
    return False


_CONTRASTS: Final = word_set("but while whereas although though yet")


def _joins_quotes(between: list[Word]) -> bool:
    """Whether the words between two quotes are "and" or "or" alone (a comma may come
    first): `"jobs," and "trade"`, a list of the same verb's objects."""
    rest = [w.text for w in between if w.text != ","]
    return len(rest) == 1 and rest[0] in ("and", "or")


def _inside(spans: list[tuple[int, int]], pos: int) -> bool:
    """Whether `pos` lies inside one of the (sorted) quote spans."""
    i = bisect_right(spans, (pos, 1 << 62)) - 1
    return i >= 0 and spans[i][0] <= pos < spans[i][1]


def _outside_quotes(words: list[Word], spans: list[tuple[int, int]]) -> list[Word]:
    """The words that do not start inside a quote span: `[w for w in words if not
    _inside(spans, w.start)]`, with one search for the first word and a walk along the
    spans for the others (the words are in text order)."""
    if not words:
        return []
    i = bisect_right(spans, (words[0].start, 1 << 62)) - 1
    last = len(spans) - 1
    out: list[Word] = []
    for w in words:
        pos = w.start
        while i < last and spans[i + 1][0] <= pos:
            i += 1
        if i < 0 or not spans[i][0] <= pos < spans[i][1]:
            out.append(w)
    return out


def _words_outside_quotes(text: str, lo: int, hi: int, spans: list[tuple[int, int]],
                          stretches: RecentWords | None = None) -> list[Word]:
    """`_outside_quotes(words_in(text, lo, hi), spans)`, reading only the text between
    the quotes: the words of a quote are most of a sentence's, and were read only to be
    dropped. A cut at a quote's first or last character cuts no word when that
    character is one no word holds (a double mark; not an apostrophe, which is inside
    "rock'n'roll"); a quote there that is not so cut is read the plain way. `stretches`:
    the stretches the caller has split lately."""
    i = bisect_right(spans, (lo, 1 << 62)) - 1
    if i < 0 or spans[i][1] <= lo:
        i += 1  # the first quote that ends after `lo`
    pieces: list[tuple[int, int]] = []
    at = lo
    while i < len(spans) and spans[i][0] < hi:
        start, end = spans[i]
        if _in_words(text[start]) or _in_words(text[end - 1]):
            return _outside_quotes(words_in(text, lo, hi), spans)
        if start > at:
            pieces.append((at, start))
        at = max(at, end)
        i += 1
    if at < hi:
        pieces.append((at, hi))
    read = stretches.words if stretches is not None else partial(words_in, text)
    if len(pieces) == 1:
        return read(*pieces[0])
    return [w for a, b in pieces for w in read(a, b)]


def _in_words(char: str) -> bool:
    """Whether words_in can read `char` inside a word (a word character, or one that
    joins two: "-'’.&")."""
    return char.isalnum() or char in "_-'’.&"


# Nouns that name the quoted words themselves: `used the phrase "..."`.
_PHRASE_NOUNS: Final = word_set("phrase term expression refrain"
                                # (round 18) "shared it with the comment "...""
                                " comment caption remark")

# Nouns of a call for something, before "for" and the quoted words: `a call for "..."`.
_CALL_NOUNS: Final = word_set("call calls plea appeal appeals demand")

# Nouns of works whose titles are quoted: `the film "Harbour Lights"`.
_WORK_NOUNS: Final = word_set(
    """film films movie movies song songs book books novel novels album albums show shows
    series play plays poem poems documentary documentaries episode episodes programme
    program column columns essay essays memoir memoirs single singles track tracks opera
    musical musicals painting paintings exhibition exhibitions sitcom drama dramas
    podcast podcasts newsletter report reports study studies hit hits ballad anthem
    ad ads advert adverts advertisement advertisements commercial commercials video videos
    titled entitled""")

# Nouns of words called out by a crowd: "chants of "...", "cries of "..."".
_CHANTS = word_set("chant chants cry cries shout shouts chorus roar roars call calls yell yells")


def _looks_like_title(text: str, start: int, end: int, before: list[Word]) -> bool:
    """A short Title Case quote after "on", "of", "the" or a possessive: a show, a book,
    a forum ("on Channel Nine's "Morning Hour."", "during a "Town Hall Forum"")."""
    if not before:
        return False
    prev = before[-1].text
    low = prev.lower()
    work = low in _WORK_NOUNS and len(before) >= 2
    if prev == "," and len(before) >= 3 and before[-2].text.lower() in _WORK_NOUNS:
        work = True  # `her memoir, "Daughter of Two Rivers," sold`: the work's title
        low = before[-2].text.lower()
    if not work and low not in _TITLE_LEADS and strip_possessive(prev) == prev and not (
            # "on Fox News’ "Night Desk."": a plural's possessive mark is read off the word
            prev.endswith("s") and text[before[-1].end:before[-1].end + 1] in ("’", "'")):
        return False  # (first the cheap test every title needs: most quotes fail it)
    # At most eight words split off: more than seven is no title.
    words = text[start + 1:end - 1].strip(" ,.?!`'").split(None, 7)
    if not words or len(words) > 7 or not words[0][:1].isupper():
        return False
    if not all(w[:1].isupper() or w.lower() in _TITLE_SMALL_WORDS or not w[:1].isalpha()
               for w in words):
        return False
    # `the film "Harbour Lights"`, `her new book "Salt Roads"`, `on "Morning Hour"`; but
    # "chants of "Lena!"" are words called out, not a title.
    return not (low == "of" and len(before) >= 2 and before[-2].text.lower() in _CHANTS)


# A dash and a publisher's name after a quoted title: `"Floods close the pass" — The
# Quell Herald, May 4`; and what a reference line may hold before the title: its author.
_PUBLISHER_AFTER: Final = compiled(r"[ \t]*(?:[—–]|--?)[ \t]*[A-Z]")
_AUTHOR_BEFORE: Final = compiled(r"(?:[A-Z][\w'’.-]*,? ){1,4}?[A-Z][\w'’-]*\.?")


# The heading of a list of sources at an article's foot.
_SOURCES_HEADING: Final = compiled(r"\n[ \t]*(?:Sources?|References|Bibliography)[ \t]*:?[ \t]*\n")


def _cited_title(text: str, start: int, end: int) -> bool:
    """A quoted title in a line of sources under their heading (`Ana Roe. "Floods close
    the pass" — The Quell Herald`): the line opens with it or with its author, a
    publisher follows. (Not a quote set off before its speaker, `"..." — Ana Roe`, which
    no heading of sources comes before.)"""
    if _PUBLISHER_AFTER.match(text, end) is None:
        return False
    line_start = text.rfind("\n", 0, start) + 1
    head = text[line_start:start].strip()
    if head and _AUTHOR_BEFORE.fullmatch(head) is None:
        return False
    return _SOURCES_HEADING.search(text, max(0, line_start - 3000), line_start + 1) is not None


# The words before a title that may lead into it, and the small words inside one.
_TITLE_LEADS: Final = word_set("on of the a an his her their its during in at")
_TITLE_SMALL_WORDS: Final = word_set("of the a an and in on to for at with it's")


def _ends_sentence(text: str, span: tuple[int, int], nxt: int) -> bool:
    """Whether the quote `span` ends its sentence (terminal mark inside, capital after)."""
    s, e = span
    if _last_inside(text, s, e) not in _TERMINAL_PUNCT:
        return False
    return _next_is_capital(text, e)


def _next_is_capital(text: str, pos: int) -> bool:
    i = pos
    while i < len(text) and text[i] in " \t":
        i += 1
    return i >= len(text) or text[i] == "\n" or text[i].isupper() or text[i] in _OPENERS


# What may open a quote or an aside at the start of a sentence.
_OPENERS: Final = frozenset("\"“„«»「『‘`(")


def _last_inside(text: str, start: int, end: int) -> str:
    """The last character inside the marks of the quote text[start:end], past the
    spaces that French typography sets inside guillemets ("« ... port. »")."""
    i = end - 1 - _closing_width(text, end)
    while i > start and text[i] in " \u00a0\u202f":
        i -= 1
    return text[i] if i > start else ""


def _closing_width(text: str, end: int) -> int:
    """How many characters the closing mark ending at `end` has (2 for '')."""
    return 2 if end >= 2 and text[end - 2:end] == "''" else 1


def _first_text(text: str, para_start: int) -> int:
    i = para_start
    while i < len(text) and text[i] in " \t":
        i += 1
    return i


def _close_enough(text: str, paragraphs: _Paragraphs, prior: tuple[int, int], start: int) -> bool:
    """The prior quote is in this paragraph or ends the paragraph just before."""
    para_start, _ = paragraphs.bounds(start)
    if prior[1] > para_start:
        return True
    lead = paragraphs.previous(para_start)
    if lead is None or not (lead[0] <= prior[0] < lead[1]):
        return False
    tail = text[prior[1]:lead[1]]
    return len(tail.split()) <= 12
