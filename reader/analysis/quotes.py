"""Quotations and who said them.

Each pair of quotation marks (quote_marks) is tied to a speaker by, in order:
1. a cue right after it: `"...," said Caddell`, `"...," he added`, `"..." Ryder told`;
2. a cue before it in its sentence: `Trump says voter fraud "would be ..."`,
   `He said: "..."`, `Politifact seized on Trump's claim that "..."`, `According to X, "..."`;
3. an earlier quote in the same sentence (`called her "disgusting" and "a con"`);
4. a lead-in ending with a colon in the paragraph before (`Caddell continued:`);
5. the quote before it, when this one simply goes on (`"...," he said. "..."`), also
   across a paragraph break.
A pronoun speaker is resolved to the person it refers to (pronouns). Quotes with no cue
and no speaker (titles, scare quotes) are left out.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from reader.analysis.cues import ACCORDING_TO_RE, is_cue_noun, is_cue_verb
from reader.analysis.model import Entity, Quote
from reader.analysis.pronouns import PersonHistory
from reader.analysis.quote_marks import find_quote_spans
from reader.analysis.speaker_entities import SpeakerEntities
from reader.analysis.speakers import (
    DETERMINERS,
    POSSESSIVE_PRONOUNS,
    MentionIndex,
    Subject,
    Word,
    first_subject,
    strip_possessive,
    subject_after,
    subject_before,
    words_in,
)

# How far around a quote the cue is looked for, in characters: keeps the work per
# quote bounded, so the whole pass stays linear in the text.
_LOOK_BACK = 400
_LOOK_AHEAD = 300
# A cue after the quote must come within this many words of it.
_AFTER_WORDS = 18

# A sentence ends at . ? ! (maybe closed by a quote mark or bracket) before a space and
# a capital, digit or opening mark; abbreviations are checked by the caller.
_SENTENCE_END = re.compile(r"[.?!…][\"”’')\]]*\s+(?=[\"“‘(\[]?[A-Z0-9])")
_ABBREVIATION = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Gen|Maj|Lt|Col|Capt|Sgt|Adm|Gov|Sen|Rep|Prof|Rev|St|Jr|Sr|Sept|"
    r"Sep|Oct|Nov|Dec|Jan|Feb|Aug|Inc|Corp|Co|No|Vol|vs|U\.S|U\.N|U\.K|D\.C|[A-Z])\.)$"
)
_CLOSING_PUNCT = frozenset(",?!—–-…:")
_TERMINAL_PUNCT = frozenset(".?!…")

# Speakerless quotes are kept only when long enough to be speech rather than a title.
_KEEP_UNATTRIBUTED_WORDS = 1_000_000


@dataclass(slots=True)
class _Found:
    speaker: str | None
    cue: str | None
    span: tuple[int, int] | None


class _Paragraphs:
    """Paragraph bounds for any offset, from one scan for line breaks."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.breaks = [m.start() for m in re.finditer("\n", text)]

    def bounds(self, pos: int) -> tuple[int, int]:
        i = bisect_right(self.breaks, pos - 1)
        start = self.breaks[i - 1] + 1 if i > 0 else 0
        end = self.breaks[i] if i < len(self.breaks) else len(self.text)
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
    for m in _SENTENCE_END.finditer(text, lo, hi):
        head = text[max(lo, m.start() - 6): m.start() + 1]
        if text[m.start()] == "." and _ABBREVIATION.search(head):
            continue
        start = m.end()
    return start


def _sentence_end(text: str, lo: int, hi: int) -> int:
    for m in _SENTENCE_END.finditer(text, lo, hi):
        head = text[max(lo, m.start() - 6): m.start() + 1]
        if text[m.start()] == "." and _ABBREVIATION.search(head):
            continue
        return m.start() + 1
    return hi


def _word_count(text: str, start: int, end: int) -> int:
    return len(text[start:end].split())


class _Attributor:
    def __init__(self, text: str, entities: list[Entity]) -> None:
        self.text = text
        self.speakers = SpeakerEntities(text, entities)
        self.mentions = MentionIndex(entities)
        self.history = PersonHistory(text, entities)

    def refresh(self) -> None:
        """Take newly made entities into the mention index and the person history."""
        created = self.speakers.created
        if created:
            ents = self.speakers.entities
            self.mentions = MentionIndex(ents)
            old = self.history
            self.history = PersonHistory(self.text, ents)
            self.history.speakers = old.speakers
            for k, v in old.gender.items():
                if v is not None:
                    self.history.gender[k] = v
            self.speakers.created = []

    def settle(self, subject: Subject | None, cue: str | None) -> _Found | None:
        """Turn the subject of a cue into a speaker id (None when nobody is named)."""
        if subject is None:
            return None
        span = (subject.start, subject.end)
        if subject.kind == "entity":
            return _Found(subject.entity_id, cue, span)
        if subject.kind == "pronoun":
            pron = self.text[subject.start:subject.end].lower()
            pron = POSSESSIVE_PRONOUNS.get(pron, pron)
            return _Found(self.history.resolve(pron, subject.start), cue, span)
        if subject.kind == "name" and subject.name:
            ent_id = self.speakers.entity_for(subject.name, span)
            self.refresh()
            return _Found(ent_id, cue, span)
        return _Found(None, cue, span)

    # -- cues --------------------------------------------------------------------

    def cue_after(self, words: list[Word]) -> _Found | None:
        """`"...," said X` or `"...," X said` in the words just after a quote."""
        for j, w in enumerate(words[:_AFTER_WORDS]):
            if w.text in ";:" or w.text in ("(", ")"):
                return None
            if not is_cue_verb(w.text):
                continue
            if j == 0 or all(x.text in (",", "—", "–") for x in words[:j]):
                return self.settle(subject_after(words, j + 1, self.text, self.mentions),
                                   w.text.lower())
            if words[j - 1].text.lower() in DETERMINERS:
                continue
            subject = subject_before(words, j - 1, self.text, self.mentions)
            if subject is None or subject.kind == "relative":
                continue
            return self.settle(subject, w.text.lower())
        return None

    def cue_before(self, words: list[Word], sentence_words: list[Word],
                   previous: _Found | None) -> _Found | None:
        """The last cue before a quote in its sentence, and its subject."""
        for j in range(len(words) - 1, -1, -1):
            w = words[j]
            text_w = w.text
            if is_cue_verb(text_w):
                if j > 0 and words[j - 1].text.lower() in DETERMINERS:
                    continue  # "the report", "a statement": a noun here
                low = text_w.lower()
                if low.endswith("ing") and j > 0 and words[j - 1].text == ",":
                    # "..., saying": the speaker is the main clause's subject.
                    found = self._main_clause_speaker(words[: j - 1], sentence_words,
                                                      previous, low)
                    if found is not None:
                        return found
                    continue
                subject = subject_before(words, j - 1, self.text, self.mentions)
                if subject is None:
                    subject = subject_after(words, j + 1, self.text, self.mentions)
                    if subject is not None and subject.kind == "noun":
                        subject = None
                if subject is None or subject.kind == "relative":
                    continue
                return self.settle(subject, low)
            if is_cue_noun(text_w) and j > 0:
                owner = words[j - 1].text
                if owner.lower() in POSSESSIVE_PRONOUNS:
                    return self.settle(Subject("pronoun", words[j - 1].start, words[j - 1].end),
                                       text_w.lower())
                if strip_possessive(owner) != owner:
                    subject = subject_before(words, j - 1, self.text, self.mentions)
                    if subject is not None and subject.kind in ("entity", "name"):
                        return self.settle(subject, text_w.lower())
        return None

    def _main_clause_speaker(self, head: list[Word], sentence_words: list[Word],
                             previous: _Found | None, cue: str) -> _Found | None:
        found = self.cue_before(head, sentence_words, previous) if head else None
        if found is not None:
            return _Found(found.speaker, found.cue, found.span)
        if previous is not None:
            return _Found(previous.speaker, cue, previous.span)
        subject = first_subject(sentence_words, self.text, self.mentions)
        if subject is None:
            return None
        return self.settle(subject, cue)

    def according_to(self, start: int, end: int) -> _Found | None:
        m = ACCORDING_TO_RE.search(self.text, start, end)
        if m is None:
            return None
        words = words_in(self.text, m.end(), min(end, m.end() + 120))
        subject = subject_after(words, 0, self.text, self.mentions)
        if subject is None:
            return None
        return self.settle(subject, "according to")


def find_quotes(text: str, entities: list[Entity]) -> tuple[list[Quote], list[Entity]]:
    """The quotes in `text` with their speakers.

    Returns the quotes and the entity list, which may have grown when a speaker was
    named in a way the entity finder did not catch.
    """
    spans = find_quote_spans(text)
    if not spans:
        return [], entities
    paragraphs = _Paragraphs(text)
    att = _Attributor(text, entities)
    quotes: list[Quote] = []
    found_for: list[_Found | None] = []
    for index, (start, end) in enumerate(spans):
        found = _attribute(text, spans, index, paragraphs, att, found_for)
        found_for.append(found)
        if found is None:
            if _word_count(text, start, end) < _KEEP_UNATTRIBUTED_WORDS:
                continue
            found = _Found(None, None, None)
        if found.speaker is not None:
            att.history.note_speaker(start, found.speaker)
        quotes.append(Quote(start=start, end=end, text=text[start:end], speaker=found.speaker,
                            cue=found.cue, speaker_span=found.span))
    return quotes, att.speakers.finish()


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
    prev_in_sentence = sent_start == prev_end and prev_end > para_start and not _ends_sentence(
        text, spans[index - 1] if index > 0 else (0, 0), start)
    before_words = words_in(text, sent_start, start)
    quote_last = text[end - 2] if end - start >= 2 else ""
    after_limit = min(para_end, end + _LOOK_AHEAD)
    if index + 1 < len(spans):
        after_limit = min(after_limit, spans[index + 1][0])
    # A quote that ends a sentence ("...now.") has no cue after it.
    after_end = end if quote_last in _TERMINAL_PUNCT and _next_is_capital(text, end) \
        else _sentence_end(text, end, after_limit)
    after_words = words_in(text, end, after_end)

    before_text = text[sent_start:start].rstrip()
    opens_sentence = not before_text or before_text[-1] in ",:;(—–-"
    n_words = _word_count(text, start, end)
    after_ok = opens_sentence or (quote_last in _CLOSING_PUNCT and n_words >= 4)
    if after_ok:
        found = att.cue_after(after_words)
        if found is not None:
            return found
    found = att.cue_before(before_words, words_in(text, sent_start, start),
                           previous if prev_in_sentence else None)
    if found is not None:
        return found
    if prev_in_sentence and previous is not None:
        return _Found(previous.speaker, previous.cue, previous.span)
    found = att.according_to(end, after_end) or att.according_to(sent_start, start)
    if found is not None:
        return found
    if not before_text and start == _first_text(text, para_start):
        lead = paragraphs.previous(para_start)
        if lead is not None and text[lead[0]:lead[1]].rstrip().endswith(":"):
            lead_end = len(text[:lead[1]].rstrip())
            lo = _last_sentence_start(text, max(lead[0], lead_end - _LOOK_BACK), lead_end - 1)
            found = att.cue_before(words_in(text, lo, lead_end), words_in(text, lo, lead_end),
                                   None)
            if found is not None:
                return found
            subject = first_subject(words_in(text, lo, lead_end), text, att.mentions)
            if subject is not None:
                return att.settle(subject, ":")
    if not before_text and not after_words and index > 0:
        prior = found_for[index - 1]
        if prior is not None and prior.speaker is not None and _close_enough(
                text, paragraphs, spans[index - 1], start):
            return _Found(prior.speaker, prior.cue, prior.span)
    return None


def _ends_sentence(text: str, span: tuple[int, int], nxt: int) -> bool:
    """Whether the quote `span` ends its sentence (terminal mark inside, capital after)."""
    s, e = span
    if e - s < 2 or text[e - 2] not in _TERMINAL_PUNCT:
        return False
    return _next_is_capital(text, e)


def _next_is_capital(text: str, pos: int) -> bool:
    i = pos
    while i < len(text) and text[i] in " \t":
        i += 1
    return i >= len(text) or text[i] == "\n" or text[i].isupper() or text[i] in "\"“("


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
